// retention-statute and records given field by field: a record named in the field that says where the data comes
// from ("수집방법 : 입사지원서, 근로계약서") is a source, not a record kept, so the period of the record's group below it
// ("보유기간 : 불합격자는 180일") is not the record's; the record kept under its statute is still checked. And a
// record's value that names its statute but leaves the period to the law again has no period.
// A record named in brackets at the end of its sentence takes no period from the sentence after it.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (keptLine: string) => [
  "바른길 학원 개인정보 처리방침",
  "",
  "1. 처리하는 개인정보와 보유 기간",
  "  가. 강사 채용",
  "    수집항목 : 성명, 휴대전화번호, 경력",
  "    수집방법 : 지원서 양식, 근로계약서 사본, 경력 증명서",
  "    보유기간 : 채용되지 않은 지원자는 전형 종료 후 90일",
  "",
  "2. 법령에 따른 보존",
  `  - ${keptLine}`,
];
const lines = async (text: string[]) => (await findingsOf("retention-statute", text)).map((finding) => finding.line);

describe("retention-statute: a record named as where the data comes from", () => {
  it("must not fire on the source's line, given the period of its group", async () => {
    expect(await lines(policy("근로자 명부, 근로계약서, 임금대장 : 3년 (「근로기준법」 제42조)"))).toEqual([]);
  });
  it("must fire on the record kept under its statute with a shorter period", async () => {
    expect(await lines(policy("근로자 명부, 근로계약서, 임금대장 : 1년 (「근로기준법」 제42조)"))).toEqual([10]);
  });
});

// a record kept "under" its statute for "the period the relevant laws set": the statute is named, the period is not
describe("retention-statute: a record under its statute, its period left to the law again", () => {
  const retention = (item: string) => [
    "누리페이 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 및 보유 기간",
    "회원 탈퇴 시 지체 없이 파기합니다. 다만 다음 정보는 보존합니다.",
    `- ${item}`,
    "- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래법 시행령 제6조)",
  ];
  it("must fire: the period is what the relevant laws set", async () => {
    const found = await findingsOf(
      "retention-statute",
      retention("전자금융거래에 관한 기록: 「전자금융거래법」 제22조에 따라 관계 법령에서 정한 기간"),
    );
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "noPeriodUnderStatute"]]);
  });
  it.each([
    ["what the named law and the relevant laws set", "아동 급식 기록: 「식품위생법」 등 관계 법령에서 정한 기간"],
    ["what the named law sets", "아동 급식 기록: 「식품위생법」에서 정하는 보존기간"],
  ])("must fire: the period is %s", async (_, item) => {
    const found = await findingsOf("retention-statute", retention(item));
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "noPeriodUnderStatute"]]);
    expect(found[0].message).toContain("「식품위생법」");
  });
  it("must not fire: the period is given", async () => {
    expect(await lines(retention("전자금융거래에 관한 기록: 「전자금융거래법」 제22조에 따라 5년"))).toEqual([]);
    expect(await lines(retention("아동 급식 기록: 「식품위생법」에서 정한 기간인 2년"))).toEqual([]);
  });
});

// a record named in brackets at the end of its sentence takes no period from the sentence after it
describe("retention-statute: a period in the next sentence", () => {
  const retention = (sentence: string) => ["별똥별 게임 개인정보 처리방침", "", "1. 개인정보의 처리 및 보유 기간", sentence];
  it("must not fire on the next sentence's period", async () => {
    const sentence =
      "고객 문의 기록은 처리 완료 후 3년간 보관합니다(소비자 불만 처리 기록에 해당). 1년간 접속하지 않은 계정은 휴면 안내 후에도 보관합니다.";
    expect(await lines(retention(sentence))).toEqual([]);
  });
  it("must fire on a period too short in the record's own sentence", async () => {
    expect(await lines(retention("소비자 불만 처리 기록은 1년간 보관합니다(전자상거래법). 계정 정보는 탈퇴 시까지 보관합니다."))).toEqual([
      4,
    ]);
  });
});
