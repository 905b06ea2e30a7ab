// "II-1.", "II-2." under "II.": sub-sections numbered under a Roman chapter, as "2-1." is under "2.". They nest
// under their chapter even where the document has one chapter, and a number they skip is a gap.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const chapters = (third: number) => [
  "새봄요양원 개인정보 처리방침", // 1
  "",
  "I. 모으는 정보와 쓰는 곳", // 3
  "",
  "I-1. 개인정보의 처리 목적", // 5
  "입소 상담과 돌봄 기록을 위해 씁니다.",
  "",
  "I-2. 처리하는 개인정보 항목", // 8
  "어르신 성명, 보호자 연락처",
  "",
  "II. 넘기는 곳과 지우는 법", // 11
  "",
  "II-1. 처리 위탁", // 13
  "위탁하지 않습니다.",
  "",
  `II-${third}. 파기 절차 및 방법`, // 16
  "퇴소 후 1년이 지나면 지체 없이 파쇄하거나 복구할 수 없게 지웁니다.",
];

describe("sub-sections numbered under Roman chapters", () => {
  it.each([
    ["II-1. 제3자 제공", 1],
    ["Ⅲ-4 파기", 4],
    ["I.2 처리 위탁", 2],
  ])("reads '%s' as sub-section %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "decimal-sub", number });
  });

  it("nests them under their chapter", async () => {
    const document = await parsePolicy(chapters(2).join("\n"), "text");
    const outline = document.allSections.map((section) => [section.startLine, section.level]);
    expect(outline).toEqual(
      expect.arrayContaining([
        [3, 1],
        [5, 2],
        [8, 2],
        [11, 1],
        [13, 2],
        [16, 2],
      ]),
    );
  });

  it("nests them under the one chapter a short policy has", async () => {
    const document = await parsePolicy(["새봄요양원 개인정보 처리방침", "", ...chapters(2).slice(10)].join("\n"), "text");
    const chapter = document.allSections.find((section) => section.heading.style === "roman");
    expect(chapter?.children.map((section) => section.heading.number)).toEqual([1, 2]);
  });

  it("reports a skipped sub-section number, and none where they run on", async () => {
    expect((await findingsOf("numbering", chapters(3))).map((f) => [f.line, f.messageId])).toEqual([[16, "gap"]]);
    expect(await findingsOf("numbering", chapters(2))).toEqual([]);
  });

  it("counts numbered sentences in the run, titled or not ('7.1 고객은 …')", async () => {
    const text = [
      "1. 정보주체의 권리",
      "1.1 회원은 언제든지 열람을 요구할 수 있습니다.",
      "1.2 권리 행사",
      "1.3 회원은 대리인을 통하여 요구할 수 있습니다.",
      "1.4 권리 행사의 제한",
      "",
      "2. 파기",
      "지체 없이 지웁니다.",
    ];
    expect((await findingsOf("numbering", text)).filter((f) => f.messageId === "gap")).toEqual([]);
  });
});
