// A policy in two columns copied out of a PDF: the titles in a narrow margin, wrapped there, the text beside them.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// the right column starts at display column 26 on every line: a Hangul syllable takes two
const MARGIN = 26;
const width = (text: string) => [...text].reduce((sum, character) => sum + (/[가-힣]/.test(character) ? 2 : 1), 0);
const row = (left: string, right: string) => (right === "" ? left : `${left}${" ".repeat(MARGIN - width(left))}${right}`);
const section = (title: string[], text: string[]) =>
  Array.from({ length: Math.max(title.length, text.length) }, (_, at) => row(title[at] ?? "", text[at] ?? ""));

const policy = (processor: string) => [
  "솔빛 사진관 개인정보 처리방침", // 1
  "",
  row("", "솔빛 사진관(이하 '사진관')은 고객의 개인정보를"), // 3
  row("", "다음과 같이 처리합니다."),
  "",
  ...section(["1. 개인정보의 처리", "   목적"], ["사진관은 촬영 예약과 사진 인화, 보정본", "전달을 위하여 개인정보를 처리합니다."]), // 6–7
  "",
  ...section(["2. 처리하는 개인정보의", "   항목"], ["이름, 휴대전화번호, 촬영 원본 사진"]), // 9–10
  "",
  ...section(["3. 개인정보 처리업무의", "   위탁"], ["사진관은 다음과 같이 업무를 맡깁니다.", `- ${processor}: 인화 사진 배송`]), // 12–13
  "",
  ...section(["4. 개인정보 보호책임자"], ["대표 한솔빛 (031-555-0147, solbit@example.kr)"]), // 15
];

describe("titles in a margin beside the text", () => {
  it("are read whole at their first line, the text beside them the section's", async () => {
    const document = await parsePolicy(policy("㈜누리택배").join("\n"));
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [6, 1, "개인정보의 처리 목적"],
      [9, 2, "처리하는 개인정보의 항목"],
      [12, 3, "개인정보 처리업무의 위탁"],
      [15, 4, "개인정보 보호책임자"],
    ]);
    expect(document.sections[1].heading.inlineBody).toBe("사진관은 촬영 예약과 사진 인화, 보정본");
    // the margin is blanked where a title wraps: the line holds the section's text alone
    expect(document.plain[6].trim()).toBe("전달을 위하여 개인정보를 처리합니다.");
  });

  it("lets each section be checked", async () => {
    expect(await findingsOf("processor-disclosure", policy("㈜누리택배"))).toEqual([]);
    expect((await findingsOf("processor-disclosure", policy("택배 업체"))).map((finding) => finding.line)).toEqual([13]);
    expect(await findingsOf("numbering", policy("㈜누리택배"))).toEqual([]);
  });

  it("a policy indented deep without a margin's titles is left as it is", async () => {
    const indented = [
      "솔빛 사진관 개인정보 처리방침",
      "",
      "1. 개인정보의 처리 목적",
      ...Array.from({ length: 8 }, () => `${" ".repeat(MARGIN)}촬영 예약에 씁니다.`),
    ];
    const document = await parsePolicy(indented.join("\n"));
    expect(document.plain).toEqual(indented);
    expect(document.allSections.map((section) => section.heading.title)).toContain("개인정보의 처리 목적");
  });
});
