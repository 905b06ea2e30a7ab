// A policy forwarded in an e-mail, every line quoted with "> ": its title, articles and old names are read as the
// policy's own; a short quote inside a text is left as it stands.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";
import { withoutQuoteMarks } from "../../src/parse/quoted.js";

const mail = [
  "보낸 사람: 다온문구 <notice@daon.example>", // 1
  "제목: 개인정보 처리방침 개정 안내", // 2
  "", // 3
  "개정된 처리방침 전문을 아래에 붙입니다.", // 4
  "", // 5
  "> 다온문구 개인정보 처리방침", // 6
  ">", // 7
  "> 다온문구(이하 '회사')는 다음과 같이 개인정보를 처리합니다.", // 8
  ">", // 9
  "> 제1조 (개인정보의 처리 목적)", // 10
  "> 주문 처리와 배송에 씁니다.", // 11
  ">", // 12
  "> 제2조 (개인정보 관리책임자)", // 13
  ">> 관리책임자: 대표 윤다온, 02-555-0161", // 14
];

describe("a policy quoted in an e-mail", () => {
  it("reads its title and articles", async () => {
    const document = await parsePolicy(mail.join("\n"), "text");
    expect(document.title?.line).toBe(6);
    expect(document.sections.filter((section) => section.heading.style === "article").map((section) => section.startLine)).toEqual([
      10, 13,
    ]);
    expect(document.plain[9]).toBe("  제1조 (개인정보의 처리 목적)");
  });

  it("reports an old name in the quoted text at its line", async () => {
    expect((await findingsOf("outdated-reference", mail)).map((finding) => finding.line)).toEqual([13]);
  });

  it("leaves a short quote as it stands", () => {
    const lines = ["고객님 말씀:", "> 배송이 늦어요", "> 언제 오나요", "답변드립니다."];
    expect(withoutQuoteMarks(lines)).toBe(lines);
  });
});
