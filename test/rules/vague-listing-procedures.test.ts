// vague-listing and the steps of a procedure: a '등' after a verb clause and before a measure or procedure ("동의를
// 다시 구하는 등 필요한 조치") closes no list of purposes, items, recipients or processors, cited statute or not;
// verb clauses that are purposes ("…하는 등의 목적으로") and nouns before a procedure are still open lists.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const section = (title: string, ...body: string[]) => ["솔밭캠핑장 개인정보 처리방침", "", title, ...body];

describe("vague-listing: the steps of a procedure closed by 등", () => {
  it.each([
    [
      "a change of purpose",
      section("1. 개인정보의 처리 목적", "캠핑장은 예약 관리에만 정보를 쓰며, 용도가 바뀌면 동의를 다시 받는 등 필요한 조치를 하겠습니다."),
    ],
    ["a new item", section("2. 처리하는 개인정보 항목", "이름과 연락처만 받으며, 새 항목이 생기면 미리 알리는 등의 절차를 밟습니다.")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    [
      "purposes written as verb clauses",
      section("1. 개인정보의 처리 목적", "예약 확인, 요금 정산, 분실물을 찾아 주는 등의 목적으로 씁니다."),
      4,
    ],
    ["nouns before a procedure", section("1. 개인정보의 처리 목적", "예약자 확인, 연령 확인 등의 절차에 씁니다."), 4],
    ["items before a measure", section("2. 처리하는 개인정보 항목", "이름, 연락처, 차량 번호 등 필요한 정보"), 4],
  ])("must fire: %s", async (_, text, line) => {
    expect(await linesOf("vague-listing", text)).toEqual([line]);
  });
});
