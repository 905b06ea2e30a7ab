// third-party-provision on a policy copied from a PDF set in narrow columns: each field's value wraps flush left
// onto the next lines before the next field ("제공 목적: 매장 내 사고에 대한 영업" over "배상책임 보험금 청구"). The
// record is read to its last field, and a kind of business named among the items ("진료 병원") is data given,
// not a recipient.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...record: string[]) => [
  "놀이숲 키즈카페 개인정보 처리방침",
  "",
  "5. 개인정보의 제3자 제공",
  "회사는 정보주체의 동의를 받은 경우에만",
  "제3자에게 제공합니다.",
  ...record,
];
const found = async (lines: string[]) => (await findingsOf("third-party-provision", lines)).map((f) => [f.line, f.messageId]);

describe("a recipient's fields wrapped at a narrow column", () => {
  it("must not fire: every detail is there, each wrapped onto the next line", async () => {
    const text = policy(
      "제공받는 자: 한빛화재해상보험㈜",
      "제공 목적: 매장 내 안전사고에 대한 영업",
      "배상책임 보험금 청구 및 지급",
      "제공 항목: 보호자 성명, 휴대전화번호,",
      "아동 이름, 사고 경위, 부상 부위,",
      "진료 병원, 보호자 계좌번호",
      "보유·이용기간: 보험금 지급 후 5년",
    );
    expect(await found(text)).toEqual([]);
  });
  it("must fire: the period is missing, the items wrapped", async () => {
    const text = policy(
      "제공받는 자: 한빛화재해상보험㈜",
      "제공 목적: 배상책임 보험금 청구",
      "제공 항목: 보호자 성명, 휴대전화번호,",
      "진료 병원, 보호자 계좌번호",
      "비고: 사고 접수 시에만 제공",
    );
    expect(await found(text)).toEqual([[6, "recipientDetailsMissing"]]);
  });
  it("must fire: the recipient is a kind, however the items wrap", async () => {
    const text = policy(
      "제공받는 자: 협력 병원",
      "제공 목적: 응급 처치 후 진료",
      "제공 항목: 아동 이름, 부상 부위,",
      "보호자 연락처",
      "보유·이용기간: 진료 종료 시까지",
    );
    expect(await found(text)).toEqual([[6, "recipientKind"]]);
  });
});

// one recipient's record as a label | value table (<th scope="row">): its rows are the recipient's fields
describe("a recipient's record as a label | value table", () => {
  const page = (...rows: [string, string][]) => [
    "<h2>5. 개인정보의 제3자 제공</h2>",
    "<table>",
    '<tr><th scope="row">제공받는 자</th><td>한빛평생교육재단</td></tr>',
    ...rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`),
    "</table>",
  ];
  const html = async (lines: string[]) => (await findingsOf("third-party-provision", lines, "html")).map((f) => [f.line, f.messageId]);
  it("must not fire: every field is there", async () => {
    const text = page(["제공 목적", "수료증 발급 대행"], ["제공 항목", "성명, 생년월일, 수료 과정"], ["보유·이용기간", "발급 후 1년"]);
    expect(await html(text)).toEqual([]);
  });
  it("must fire once, at the recipient, where the period is missing", async () => {
    const text = page(["제공 목적", "수료증 발급 대행"], ["제공 항목", "성명, 생년월일, 수료 과정"]);
    expect(await html(text)).toEqual([[3, "recipientDetailsMissing"]]);
  });
});

// the person's own employer ("기사님이 소속된 택시 회사"): one of many, the one the person chose, whom the person can see
describe("a recipient that is the person's own employer", () => {
  const table = (...after: string[]) => [
    "# 달림 기사 앱 개인정보 처리방침",
    "",
    "## 4. 개인정보의 제3자 제공",
    "",
    "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유·이용기간 |",
    "| --- | --- | --- | --- |",
    "| 기사님이 소속된 택시 회사 | 운행 관리와 수입금 정산 | 성명, 운행 기록 | 퇴사 후 3년 |", // 7
    "",
    ...after,
  ];
  const markdown = async (lines: string[]) =>
    (await findingsOf("third-party-provision", lines, "markdown")).map((f) => [f.line, f.messageId]);
  it("must not fire where a sentence under the table says where to see it", async () => {
    expect(await markdown(table("소속 회사는 가입할 때 고른 회사이며, [내 정보 > 소속 회사]에서 확인할 수 있습니다."))).toEqual([]);
  });
  it("must warn, not err, where nothing says where to see it", async () => {
    expect(await markdown(table())).toEqual([[7, "recipientOneOfMany"]]);
  });
});
