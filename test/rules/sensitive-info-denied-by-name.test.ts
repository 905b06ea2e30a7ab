// sensitive-info and a category an items list names only as a way of doing something ("출입 방식(비밀번호·카드·지문)"),
// where the policy says, naming it, that it does not hold such data ("…지문 정보는 기기에만 저장되므로 회사는 지문
// 정보를 처리하지 않습니다"): nothing sensitive is processed, so nothing is to be said of its publication.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("sensitive-info", lines)).map((f) => [f.line, f.messageId]);
const policy = (...after: string[]) => [
  "한결 스마트홈 개인정보 처리방침",
  "",
  "1. 처리하는 개인정보의 항목",
  "- 현관 잠금장치 이용: 출입 일시, 잠금 해제 방식(번호·카드·지문), 출입자 별칭",
  ...after,
];

describe("a category named as a way in, denied by name", () => {
  it.each([
    ["in a sentence of its own", ["잠금장치의 지문 데이터는 기기 안에만 남으므로 회사는 지문 정보를 수집하지 않습니다."]],
    [
      "in another sentence after a clause on the device",
      ["지문 데이터는 기기 안에만 저장되며 회사 서버로 오지 않으므로, 회사는 지문 정보를 보관하지 않습니다."],
    ],
  ])("must not fire: %s", async (_, after) => {
    expect(await found(policy(...after))).toEqual([]);
  });
  it.each([
    ["handing it over denied, not holding it", ["회사는 지문 정보를 외부 업체에 제공하지 않습니다."]],
    ["its use confined, not denied", ["지문 정보는 잠금 해제 확인에만 씁니다."]],
    ["other data denied", ["회사는 주민등록번호를 수집하지 않습니다."]],
  ])("must fire: %s", async (_, after) => {
    expect((await found(policy(...after))).map(([line]) => line)).toEqual([4]);
  });
});
