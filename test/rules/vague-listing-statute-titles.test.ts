// vague-listing: a "등" inside a statute's title ("「방문판매 등에 관한 법률」") is part of one name, not the end of
// a list, whether the title is bracketed or not; a list closed with "등" beside such a title is still one.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const header = ["들꽃마켓 개인정보 처리방침", "", '들꽃마켓(이하 "회사")은 다음과 같이 개인정보 처리방침을 공개합니다.', ""];
const items = (line: string) => [...header, "2. 처리하는 개인정보의 항목", line];
const purposes = (line: string) => [...header, "1. 개인정보의 처리 목적", line];

describe("vague-listing: statute titles with 등", () => {
  it.each([
    ["a bracketed title in an items line", items("- 거래 확인(법령상 의무, 「방문판매 등에 관한 법률」 제6조): 주문자 이름, 연락처")],
    ["a title in 『』", items("- 계약 이행(법적 근거, 『할부거래 등에 관한 법률』 제5조): 이름, 주소")],
    [
      "a title whose 등 is followed by 에서의",
      items("- 주문 기록(동의 없이 처리, 「전자상거래 등에서의 소비자보호에 관한 법률」): 이름, 주소"),
    ],
    ["an unbracketed title with its article", items("- 분쟁 대응(동의 없이 처리, 전자상거래 등에서의 소비자보호에 관한 법률 제6조): 이름")],
    ["an unbracketed 시행령", purposes("- 위치 기반 안내, 위치정보의 보호 및 이용 등에 관한 법률 시행령에 따른 기록 보관")],
    ["an unbracketed title in a purposes line", purposes("- 회원 확인, 장애인 등에 대한 특수교육법 제28조의 지원 대상 확인")],
  ])("does not fire on %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("still fires on a list closed with 등 on the same line as such a title", async () => {
    const text = items("- 거래 확인(「방문판매 등에 관한 법률」 제6조): 이름, 연락처, 주소 등");
    const findings = await findingsOf("vague-listing", text);
    expect(findings.map((f) => [f.line, f.messageId, f.message])).toEqual([
      [6, "openList", "'주소 등'처럼 '등'으로 목록을 닫지 말고 모두 적으십시오"],
    ]);
  });

  it("still fires on a list closed with 등 followed by a word that is no title ('등에 관한 법적 의무')", async () => {
    expect(await linesOf("vague-listing", purposes("- 회원 관리, 요금 정산, 고지 등에 관한 법적 의무 이행"))).toEqual([6]);
  });
});

describe("vague-listing: examples in brackets after a statute's own list of cases", () => {
  const provision = (...lines: string[]) => [...header, "4. 개인정보의 제3자 제공", ...lines];
  it.each([
    [
      "각 호 on one line",
      provision("회사는 「개인정보 보호법」 제18조제2항 각 호에 해당하는 경우(법원의 제출 명령, 감염병 역학조사 등)에만 제공합니다."),
    ],
    ["a single 호", provision("「약사법」 제30조제3항제2호의 경우(보건소의 감시, 식약처의 조사 등)에는 기록을 보여 줍니다.")],
    [
      "어느 하나에 해당하는",
      provision("법 제17조제1항 각 호의 어느 하나에 해당하는 경우(분쟁 조정 기관의 자료 요청, 감사원 감사 등)에 제공합니다."),
    ],
    [
      "a bracket opened on the line above, hard-wrapped flush left",
      provision(
        "회사는 원칙적으로 이용자의 개인정보를 외부에 제공하지 않습니다. 다만 「개인정보 보호법」 제18조제2항",
        "각 호에 해당하는 경우(통계청의 승인된 조사,",
        "소방 당국의 구조 요청, 경찰의 수색 요청 등)에는 법이 허용하는 범위에서 제공합니다.",
      ),
    ],
  ])("does not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
  it.each([
    [
      "recipients after a citation of an article, not of its list",
      provision("회사는 법 제17조에 따라 협력사(한결물류, 바른페이 등)에 제공합니다."),
      6,
    ],
    [
      "recipients in a bracket after the citation of a clause",
      provision("「개인정보 보호법」 제17조제1항제1호에 따라 동의를 받아 제휴사(한결물류, 바른페이 등)에 제공합니다."),
      6,
    ],
  ])("still fires: %s", async (_, text, line) => {
    expect(await linesOf("vague-listing", text)).toEqual([line]);
  });
});

// the names a statute gives the records it makes a business keep ("계약 또는 청약철회 등에 관한 기록", "진단서 등의
// 부본") are fixed names, read from retention-statute's data: their "등" opens no list, in whatever section they stand
describe("vague-listing: statutory record names with 등", () => {
  it.each([
    ["the contract record after another record", "결제 분쟁 기록 3년, 계약 또는 청약철회 등에 관한 기록 5년 보존"],
    ["the payment and supply record after another record", "표시 광고 기록 6개월, 대금결제 및 재화 등의 공급에 관한 기록 5년"],
    ["a clinic's copies of certificates", "환자 명부 5년, 처방전 2년, 진단서 등의 부본 3년"],
  ])("does not fire on %s, but does on a list closed with 등 after it", async (_, line) => {
    expect(await linesOf("vague-listing", items(line))).toEqual([]);
    const findings = await findingsOf("vague-listing", items(`${line}, 이름, 연락처 등`));
    expect(findings.map((f) => [f.line, f.message])).toEqual([[6, "'연락처 등'처럼 '등'으로 목록을 닫지 말고 모두 적으십시오"]]);
  });
});

// a "등" after a statute's article, before "에 따른": it closes a list of legal bases, not of items or purposes
describe("vague-listing: a legal basis closed with 등", () => {
  it.each([
    ["a bracketed title and its article", items("- 외국인 회원(필수): 여권번호(본인 확인, 「여권법」 제7조 등에 따른 신원 확인)")],
    ["an unbracketed title, article and paragraph", items("- 사업자 회원: 사업자등록번호(부가가치세법 제8조제1항 등에 의한 사업자 확인)")],
    ["a purpose on such a basis", purposes("- 세법 제85조의3 등에 근거한 거래 기록의 보관")],
  ])("does not fire on %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
  it("still fires on items closed with 등 beside such a basis", async () => {
    expect(await linesOf("vague-listing", items("- 외국인 회원(「여권법」 제7조에 따른 신원 확인): 여권번호, 국적 등"))).toEqual([6]);
  });
});
