// retention-statute: a public body's template opening above a table that gives each file's statute and period.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("retention-statute", lines)).map((f) => [f.line, f.messageId]);
const opening = "군청은 법령에 따른 개인정보 보유·이용기간 또는 수집 시 동의받은 보유·이용기간 내에서 개인정보를 처리·보유합니다.";
const policy = (...rows: string[]) => ["푸른군청 개인정보 처리방침", "", "제3조(개인정보파일의 보유 기간)", opening, "", ...rows];

describe("template opening with a table of statutes and periods", () => {
  it("must not fire: each file's statute and period in the table", async () => {
    const text = policy(
      "파일명 | 운영 근거 | 처리 항목 | 보유기간",
      "주민 상담 대장 | 민원 처리에 관한 법률 제12조 | 성명, 연락처 | 3년",
      "복지 수급자 명부 | 국민기초생활 보장법 제22조 | 성명, 주소, 소득 | 5년",
    );
    expect(await found(text)).toEqual([]);
  });

  it.each([
    ["a law titled in brackets, ending in 법률", "「지방세 징수에 관한 법률」 제7조"],
    ["a local ordinance", "「푸른군 장학금 지급 조례」 제4조"],
    ["an ordinance without brackets", "푸른군 체육시설 운영 조례 제9조"],
  ])("must not fire: the basis cell names %s", async (_, basis) => {
    const text = policy("개인정보파일명\t운영 근거\t개인정보 항목\t보유기간", `군민 장학생 파일\t${basis}\t성명, 학교명, 계좌번호\t5년`);
    expect(await found(text)).toEqual([]);
  });

  it("must fire: the basis cell names a bracketed title but the period cell gives none", async () => {
    const text = policy(
      "개인정보파일명\t운영 근거\t개인정보 항목\t보유기간",
      "군민 장학생 파일\t「푸른군 장학금 지급 조례」 제4조\t성명, 계좌번호\t영구 아님",
    );
    expect(await found(text)).toEqual([[4, "vague"]]);
  });

  // the row's cell says what is missing; the opening above it is not reported again
  it("must fire: the table's basis column says only 'related laws'", async () => {
    const text = policy("파일명 | 운영 근거 | 처리 항목 | 보유기간", "주민 상담 대장 | 관련 법령 | 성명, 연락처 | 3년");
    expect(await found(text)).toEqual([[7, "blankBasis"]]);
  });

  it("must fire: the table names statutes but gives no period", async () => {
    const text = policy(
      "파일명 | 운영 근거 | 처리 항목 | 보유기간",
      "주민 상담 대장 | 민원 처리에 관한 법률 제12조 | 성명, 연락처 | 별도 고지",
    );
    expect(await found(text)).toEqual([[4, "vague"]]);
  });

  it("must fire: the template opening alone", async () => {
    expect(await found(policy("개인정보파일 현황은 누리집에서 확인할 수 있습니다."))).toEqual([[4, "vague"]]);
  });
});

describe("template opening with statutes and periods given outside a bordered table", () => {
  const article = (...rows: string[]) => [
    "푸른군청 개인정보 처리방침",
    "",
    "제3조(개인정보의 처리 및 보유 기간)",
    opening,
    ...rows,
    "",
    "제4조(개인정보의 파기)",
    "군청은 「개인정보 보호법」 제21조에 따라 보유 기간이 지나면 5일 이내에 파기합니다.",
  ];

  it.each([
    ["bullets naming a sector statute", ["○ 졸업생 명부 : 고등교육법 시행령 제73조에 따라 준영구", "○ 상담 기록 : 동의일로부터 2년"]],
    ["a bracketed decree", ["- 기록물 열람 신청서 : 「공공기록물 관리에 관한 법률 시행령」에 따라 3년"]],
    ["an ordinance", ["- 체육시설 이용자 명단 : 푸른군 체육시설 운영 조례 제9조, 1년"]],
    ["rows set apart by │ with no border lines", ["│ 파일명 │ 운영 근거 │ 보유기간 │", "│ 민원 접수 대장 │ 민원처리법 │ 10년 │"]],
  ])("must not fire: %s", async (_, rows) => {
    expect(await found(article(...rows))).toEqual([]);
  });

  it("must fire: periods by consent only, with the privacy act's own deadline in another article", async () => {
    expect(await found(article("○ 소식지 구독자 명단 : 구독 해지 시까지"))).toEqual([[4, "vague"]]);
  });

  it("must fire: a law named without a period", async () => {
    expect(await found(article("○ 민원 접수 대장 : 「민원 처리에 관한 법률」에 따름"))).toEqual([[4, "vague"]]);
  });
});
