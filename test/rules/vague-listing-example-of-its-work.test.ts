// vague-listing and "X 등 Y" where Y is the work X is an example of, by the noun both end in ("…, 분실 신고처리 등
// 고객 요청처리, …"): Y names the purpose and X gives its example, so the list is not left open. A broad category
// ("업무 처리"), a category of another work ("평가 등 인사관리") and a list closed with no category stay open.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const purposes = (line: string) => ["푸른숲 체험농장 개인정보 처리방침", "", "1. 개인정보의 처리 목적", line];

describe("vague-listing: an example before the work it names", () => {
  it.each([
    ["a fused noun of work", purposes("예약자 확인, 체험 일정 안내, 분실물 신고처리 등 고객 요청처리, 요금 환불")],
    ["a spaced noun of work", purposes("본인 확인, 예약 변경, 전화 상담 등 이용자 상담에 이용합니다.")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    ["a category of another work", purposes("체험 강사 모집, 강사 평가 등 인사관리")],
    ["a broad category", purposes("예약 접수, 결제 처리 등 업무 처리")],
    ["a list closed without a category", purposes("예약자 확인, 체험 일정 안내, 분실물 신고처리 등")],
  ])("must fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([4]);
  });
});
