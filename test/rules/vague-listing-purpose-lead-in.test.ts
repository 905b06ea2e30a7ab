// vague-listing and a purpose before the list: "…을 위하여 A, B 등에 맡깁니다" leads into the list, whose first item
// starts after it; a purpose the list itself gives ("예약, 문의 등을 위하여 아래 정보를 받습니다") still sums up a
// list below, and a clause that is the list's own first item still keeps it from being a list.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const section = (title: string, ...body: string[]) => ["솔밭캠핑장 개인정보 처리방침", "", title, ...body];

describe("vague-listing: a purpose that leads into the list", () => {
  it.each([
    [
      "processors after a purpose",
      section("5. 개인정보 처리의 위탁", "캠핑장은 예약 결제를 위하여 한빛페이, 누리결제 등에 업무를 맡기고 있습니다."),
      4,
    ],
    [
      "items after a purpose",
      section("2. 처리하는 개인정보 항목", "캠핑장은 예약 확인을 위하여 이름, 연락처, 차량 번호 등을 받습니다."),
      4,
    ],
    [
      "recipients after a purpose",
      section("4. 개인정보의 제3자 제공", "캠핑장은 단체 보험 가입을 위하여 한빛손해보험, 누리화재 등에 이름을 제공합니다."),
      4,
    ],
  ])("must fire: %s", async (_, text, line) => {
    expect(await linesOf("vague-listing", text)).toEqual([line]);
  });

  it.each([
    [
      "a purpose list over the items below",
      section("2. 처리하는 개인정보 항목", "예약, 문의 등을 위하여 아래와 같은 정보를 받습니다.", "- 이름, 연락처"),
    ],
    ["a list that is not done", section("5. 개인정보 처리의 위탁", "캠핑장은 홍보를 위하여 광고 대행, 문자 발송 등을 맡기지 않습니다.")],
    [
      "a case clause after the purpose",
      section("4. 개인정보의 제3자 제공", "안전을 위하여 사고가 생긴 경우, 구조 요청 등 급박한 때에만 제공합니다."),
    ],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
});
