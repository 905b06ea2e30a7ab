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

// "X·Y 등 Z 분석" where X and Y are things or events and Z names the work done about them: the purpose is named and
// the "등" gives examples of what it is about, not of the purposes
describe("vague-listing: examples of what a named purpose is about", () => {
  it.each([
    ["events before an analysis", purposes("- 안전 관리: 차량 위치 확인, 과속·급회전 등 운행 습관 분석")],
    ["events before a notice", purposes("- 보호자 연락: 조퇴·부상 등 긴급 상황 안내")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("must fire on works before a broader work", async () => {
    expect(await linesOf("vague-listing", purposes("- 체험 강사 모집, 강사 평가 등 인사관리"))).toEqual([4]);
  });

  // the category is read whole where a page's list item wraps it: "카드결제" ends in a noun of work, the category
  // "카드결제 승인 정보" names data
  it("must fire on data before the data's name, hard-wrapped in a page's list item after a noun of work", async () => {
    const page = [
      "<h1>푸른숲 체험농장 개인정보 처리방침</h1>",
      "<h2>2. 처리하는 개인정보의 항목</h2>",
      "<ul>",
      "  <li>카드 결제 시: 카드사명, 카드번호 등 카드결제",
      "    승인 정보</li>",
      "</ul>",
    ];
    expect(await linesOf("vague-listing", page, "html")).toEqual([4]);
  });
});

// "X 등 Y 여부": X gives examples of a kind whose presence is the one thing asked; the item is a yes or a no
describe("vague-listing: examples of a kind asked yes or no", () => {
  const items = (line: string) => ["한빛 콜택시 개인정보 처리방침", "", "2. 처리하는 개인정보의 항목", line];

  it.each([
    ["whether a device of the kind is used", items("- 이용자: 성명, 휴대전화번호, 보행기·목발 등 보조기구 사용 여부")],
    ["whether a habit of the kind is present", items("- 건강 설문: 흡연·음주 등 생활 습관 유무")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("must fire on a list of data closed by a kind that is no yes or no", async () => {
    expect(await linesOf("vague-listing", items("- 이용자: 성명, 휴대전화번호 등 연락 정보"))).toEqual([4]);
  });
});
