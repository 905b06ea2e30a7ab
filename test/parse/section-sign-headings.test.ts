// "§3 보유 기간": the section sign numbers a policy's sections as statutes and translated policies write them; a
// style of its own, so "1." lists inside such sections stay lists.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (numbers: number[]) => [
  "다솜복지관 개인정보 처리방침",
  "",
  `§${numbers[0]} 처리 목적`, // 3
  "1. 프로그램 신청 접수",
  "2. 도시락 배달 일정 안내",
  "",
  `§ ${numbers[1]}. 처리하는 개인정보 항목`, // 7
  "1. 어르신 성명과 주소",
  "2. 보호자 연락처",
  "",
  `§${numbers[2]} 파기`, // 11
  "이용 종료 후 지체 없이 파쇄합니다.",
];

describe("section-sign headings", () => {
  it.each([
    ["§3 보유 기간", 3],
    ["§ 12. 문의", 12],
  ])("reads '%s' as section %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "section-sign", number });
  });

  it("does not read a sub-section's number as a section", () => {
    expect(parseMarker("§ 3.1 세부 기준")).toBeNull();
  });

  it("makes them the top level with the numbered lists inside", async () => {
    const document = await parsePolicy(policy([1, 2, 3]).join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.style === "section-sign").map((section) => section.startLine)).toEqual([
      3, 7, 11,
    ]);
    expect((await findingsOf("numbering", policy([1, 2, 4]))).map((f) => [f.line, f.messageId])).toEqual([[11, "gap"]]);
  });
});
