// Policies written without headings, in paragraphs only: each paragraph is the place of what it speaks of, whether
// its sentences run on one long line or are hard-wrapped over several.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const shop = (...paragraphs: string[][]) => ["솔바람책방 회원 개인정보 처리방침", "", ...paragraphs.flatMap((lines) => [...lines, ""])];

const itemsParagraph = ["책방이 다루는 개인정보는 회원 가입 때 받는 성명, 휴대폰 번호, 생일이며, 주문이 있으면 배송 주소도 함께 다룹니다."];
const destructionParagraph = [
  "쓸모가 다한 개인정보는 점장이 지울 대상을 골라 개인정보 보호책임자의 승인을 받은 뒤 없애며, 파일은 되살릴 수 없게 지우고 종이 서류는 파쇄합니다.",
];
const rightsParagraph = ["회원은 책방 앱의 1:1 상담 창구에서 자기 정보를 열람하거나 고쳐 달라고, 지워 달라고 요구할 수 있습니다."];
const cookiesParagraph = ["책방 누리집은 쿠키를 쓰지 않고, 광고식별자처럼 기기 정보를 모으는 장치도 두지 않습니다."];

describe("required items in a policy without headings, one paragraph per line", () => {
  it("must not fire: the items paragraph says by its subject what it lists", async () => {
    expect(await linesOf("required-items", shop(itemsParagraph))).toEqual([]);
  });

  it("must not fire: a destruction paragraph that gives the procedure and the method", async () => {
    expect(await linesOf("required-destruction", shop(itemsParagraph, destructionParagraph))).toEqual([]);
  });

  it("must not fire: a rights paragraph whose '1:1' is no field label", async () => {
    expect(await linesOf("required-rights", shop(itemsParagraph, rightsParagraph))).toEqual([]);
  });

  it("must not fire: cookies and the advertising identifier both denied, whatever the verb", async () => {
    expect(await linesOf("required-cookies", shop(itemsParagraph, cookiesParagraph))).toEqual([]);
  });

  it("must fire: a paragraph that names destruction without its method", async () => {
    const procedureOnly = ["쓸모가 다한 개인정보는 점장이 지울 대상을 골라 지체 없이 파기합니다."];
    expect(await findingsOf("required-destruction", shop(itemsParagraph, procedureOnly))).toMatchObject([
      { line: 1, messageId: "missing" },
    ]);
  });

  it("must fire: a paragraph that only mentions the items' word says nothing of them", async () => {
    const passing = ["책방은 회원이 원하는 책을 빨리 찾도록 돕고자 합니다. 앞으로 추가 수집이 필요하면 미리 알리겠습니다."];
    expect(await linesOf("required-items", shop(passing))).toEqual([1]);
  });
});
