// A paragraph hard-wrapped after a statute's name: the next line opens with the articles it cites ("「개인정보
// 보호법」" over "제17조 및 제18조에 해당하는 경우에만 …"). An article's number followed by another article or by a
// paragraph of it is a citation, never a heading, however the line opens; the paragraph stays in its article.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (wrapped: string) => [
  "봄날사진관 개인정보 처리방침", // 1
  "",
  "제1조(개인정보의 처리 목적)", // 3
  "사진관은 촬영 예약과 사진 인도를 위하여 개인정보를 처리합니다.",
  "",
  "제2조(개인정보의 제3자 제공)", // 6
  "① 사진관은 정보주체의 동의를 받았거나 「개인정보 보호법」",
  wrapped, // 8
  "② 사진관은 앨범 제작을 위하여 다음과 같이 개인정보를 제공합니다.",
  "- 제공받는 자: 제휴 앨범 제작 업체", // 10
  "- 제공 목적: 앨범 제작",
  "- 제공 항목: 이름, 연락처",
  "- 보유 기간: 앨범 인도 후 1개월",
  "",
  "제3조(개인정보의 파기)", // 15
  "보유 기간이 끝난 정보는 지체 없이 지웁니다.",
];

describe("an article cited at the start of a wrapped line", () => {
  it.each([
    ["another article after 및", "제17조 및 제18조에 해당하는 경우에만 개인정보를 제공합니다."],
    ["a list of articles", "제17조, 제18조에 해당하는 경우에만 개인정보를 제공합니다."],
    ["a range of articles", "제17조~제18조에 해당하는 경우에만 개인정보를 제공합니다."],
    ["a paragraph of the article", "제18조 제2항 각 호에 해당하는 경우에만 개인정보를 제공합니다."],
    ["the bracket that closes the citation", "제18조의2)에 해당하는 경우에만 개인정보를 제공합니다."],
  ])("is no heading: %s", async (_, wrapped) => {
    const document = await parsePolicy(policy(wrapped).join("\n"), "text");
    expect(document.allSections.filter((section) => section.heading.style === "article").map((section) => section.startLine)).toEqual([
      3, 6, 15,
    ]);
    // the recipient written as a kind is read in its article, and reported there
    expect((await findingsOf("third-party-provision", policy(wrapped))).map((finding) => finding.line)).toEqual([10]);
  });

  it("still reads an article with its title after the number", async () => {
    const document = await parsePolicy(policy("제17조(개인정보의 파기) 지체 없이 지웁니다.").join("\n"), "text");
    expect(document.allSections.some((section) => section.startLine === 8 && section.heading.title === "개인정보의 파기")).toBe(true);
  });
});
