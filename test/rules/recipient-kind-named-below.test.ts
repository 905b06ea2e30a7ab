// third-party-provision and a recipient field whose value is a kind ("… 체결한 보험회사") hard-wrapped onto lines that
// name its members in brackets ("(한빛생명, 누리화재해상보험, …)"): the recipients are named. A bracket that names
// no one ("(계약 시 따로 알림)") leaves the kind alone.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...field: string[]) => [
  "든든 보험대리점 개인정보 처리방침",
  "",
  "제4조「개인정보의 제3자 제공」",
  "① 회사는 다음과 같이 개인정보를 제3자에게 제공합니다.",
  ...field,
  "       - 제공 목적: 보험계약의 청약과 인수 심사",
  "       - 제공 항목: 성명, 생년월일, 연락처",
  "       - 보유 및 이용기간: 보험계약 종료 후 5년",
];
const kinds = async (text: string[]) =>
  (await findingsOf("third-party-provision", text)).filter((f) => f.messageId === "recipientKind").map((f) => f.line);

describe("third-party-provision: a kind whose members are named on the lines below", () => {
  it("must not fire when the bracket below names the companies", async () => {
    const text = policy(
      "   가. 제공받는 자: 회사와 위탁계약을 맺은 보험회사",
      "       (한빛생명보험, 누리화재해상보험, 가람손해보험, 새솔생명보험. 전체 목록은",
      "       홈페이지 '제휴 보험회사' 메뉴 참조)",
    );
    expect(await kinds(text)).toEqual([]);
  });
  it("must fire when the bracket below names no one", async () => {
    const text = policy("   가. 제공받는 자: 회사와 위탁계약을 맺은 보험회사", "       (계약을 체결할 때 따로 알려 드림)");
    expect(await kinds(text)).toEqual([5]);
  });
  it("must fire on the kind alone", async () => {
    expect(await kinds(policy("   가. 제공받는 자: 회사와 위탁계약을 맺은 보험회사"))).toEqual([5]);
  });
});

// a page's table that groups named recipients under their kind (<th rowspan>): the kind labels the group, and each
// member is named at the start of the cell beside it
describe("third-party-provision: a kind spanning the rows of its named members", () => {
  const page = (first: string, second: string) =>
    [
      "<html><body>",
      "<h1>별빛카드 개인정보 처리방침</h1>",
      "<h2>제4조 (개인정보의 제3자 제공)</h2>",
      "<table>",
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 및 이용 기간</th></tr>",
      `<tr><th rowspan="2">포인트 전환 제휴사</th><td>${first}</td><td>성명, 회원번호</td><td rowspan="2">전환 완료 후 5년</td></tr>`,
      `<tr><td>${second}</td><td>성명, 휴대전화번호</td></tr>`,
      "</table>",
      "</body></html>",
    ].join("\n");
  const kinds = async (html: string) =>
    (await findingsOf("third-party-provision", html, "html")).filter((f) => f.messageId === "recipientKind").map((f) => f.line);
  it("must not fire when each member is named", async () => {
    expect(await kinds(page("(주)하늘항공: 마일리지 전환", "(주)온누리쇼핑: 쇼핑 포인트 전환"))).toEqual([]);
  });
  it("must fire when the cells beside give only the purposes", async () => {
    expect(await kinds(page("마일리지 전환", "쇼핑 포인트 전환"))).toEqual([6]);
  });
});
