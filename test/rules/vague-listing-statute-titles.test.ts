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
