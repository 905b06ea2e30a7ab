// A summary of the changes above the sections names the sections it changed by their numbers, each behind a list
// glyph ("• 3. 보유 기간: … 신설"): a list of its own, not the first sections of the policy, whose numbers are set
// without a glyph. A policy that sets every section's number behind one ("▪ 1. 처리 목적") reads as before.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const sections = (mark: (n: number) => string) => [
  `${mark(1)} 개인정보의 처리 목적`,
  "관람권 예매와 환불을 위해 처리합니다.",
  "",
  `${mark(2)} 개인정보의 보유 기간`,
  "예매 정보는 관람 후 1년간 보관합니다.",
  "",
  `${mark(3)} 맞춤형 광고와 행태정보`,
  "- 수집 항목: 공연 조회 기록, 광고식별자",
  "- 이용 목적: 관심 장르 공연 광고",
  "- 보유 기간: 수집 후 6개월",
  "- 거부 방법: 휴대전화 설정에서 광고 ID를 재설정하거나 추적을 끄십시오.",
  "",
  `${mark(4)} 개인정보 보호책임자`,
  "- 보호책임자: 운영이사 남궁별, 02-777-0000, privacy@example.kr",
];

const summary = (mark: (n: number) => string) => [
  "무대별 개인정보 처리방침",
  "",
  "이번 개정의 주요 내용",
  `• ${mark(2)} 보유 기간: 예매 기록 보관 기간 변경`,
  `• ${mark(4)} 보호책임자: 연락처 변경`,
  "",
];

describe("numbers behind list glyphs in a summary above the sections", () => {
  it.each([
    ["keycap emoji", (n: number) => `${n}\uFE0F\u20E3`],
    ["decimal", (n: number) => `${n}.`],
  ])("keeps the sections at the top level with %s numbers", async (_, mark) => {
    const document = await parsePolicy([...summary(mark), ...sections(mark)].join("\n"), "text");
    const titled = document.sections.filter((section) => section.heading.isTitle && section.heading.number !== null);
    expect(titled.map((section) => section.heading.number)).toEqual([1, 2, 3, 4]);
    expect(titled.every((section) => section.level === 1)).toBe(true);
  });

  it("reads the behavioural section's period where the summary stands above it", async () => {
    const mark = (n: number) => `${n}\uFE0F\u20E3`;
    expect(await findingsOf("behavioral-info", [...summary(mark), ...sections(mark)])).toEqual([]);
  });

  it("reads a policy that sets every number behind a glyph as one level", async () => {
    const document = await parsePolicy(["무대별 개인정보 처리방침", "", ...sections((n) => `▪ ${n}.`)].join("\n"), "text");
    expect(document.sections.map((section) => section.heading.number).filter((number) => number !== null)).toEqual([1, 2, 3, 4]);
  });
});
