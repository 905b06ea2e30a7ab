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
    ["the work, then what is done about it", purposes("체험 일정 안내, 분실물 신고처리 등 요청처리 결과 회신")],
    [
      "the same in a page's list item",
      ["<h2>1. 개인정보의 처리 목적</h2>", "<ul>", "<li>예약 변경, 전화 상담 등 이용자상담 내용 안내</li>", "</ul>"],
    ],
  ])("must not fire: %s", async (_, text) => {
    const format = text[0].startsWith("<") ? "html" : "text";
    expect(await linesOf("vague-listing", text, format)).toEqual([]);
  });

  it.each([
    ["a category of another work", purposes("체험 강사 모집, 강사 평가 등 인사관리")],
    ["a category of another work, then what is done about it", purposes("체험 강사 모집, 강사 평가 등 인사관리 결과 통보")],
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
    ["occasions before the support given for them", purposes("- 동호회 운영: 정기 모임 일정 공지, 출산·입원 등 회원 경조 지원")],
    // the kinds joined by a middle dot, tied to the work by "의"
    ["events before the work done about their kinds", purposes("- 사고 처리: 사고 접수, 신호 위반 등 벌점·과태료의 운전자 확인")],
    // an event that ends in a noun of work, before what prevents it or what concerns its matter
    ["events before their prevention", purposes("- 결제 보호: 문의 접수, 중복 결제 등 결제사고 예방")],
    ["matters before the work that concerns them", purposes("- 문의 대응: 버그 신고 확인, 결제 오류·중복 결제 등 결제 관련 민원처리")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    ["works before a broader work", "- 체험 강사 모집, 강사 평가 등 인사관리"],
    ["works (a refund last) before the support they give", "- 체험비 청구, 수납, 환급 등 예약지원"],
    ["works before a broad category narrowed by a noun", "- 예약 관리: 예약 접수, 결제 처리 등 결제 관련 업무"],
    ["works before a broad category tied by '의' to its kind", "- 직원 관리: 채용 면접, 근무 평가 등 직원의 인사 관리"],
  ])("must fire on %s", async (_, line) => {
    expect(await linesOf("vague-listing", purposes(line))).toEqual([4]);
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

// a purpose named after the "등" for a kind of thing the examples are of: the kind may carry a modifier ("각종
// 증명서"), be tied to its work by "의" ("… 등 각종 서류의 발급"), and the work may be a prevention ("… 등 금융사고 예방");
// a broad kind after the modifier ("각종 서비스") stays open
describe("vague-listing: examples of a kind whose work is the purpose", () => {
  it.each([
    ["a modified kind tied by 의", purposes("- 서류 발급: 졸업 증명, 성적 증명 등 각종 서류의 발급")],
    ["a prevention", purposes("- 거래 보호: 명의 도용, 카드 복제, 전화 사기 등 금융사고 예방")],
    ["a detection", purposes("- 이상 거래 확인: 대포통장, 도박 자금 등 의심 거래 탐지")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    ["a broad kind after a modifier", purposes("- 서비스 제공: 회원 관리, 고객 상담 등 각종 서비스 제공")],
    ["works before a prevention", purposes("- 부정 이용 방지: 본인 확인, 결제 검증 등 사고 예방")],
  ])("must fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([4]);
  });
});

// in a purpose, a bracket of examples right after the thing it describes ("기기 측정값(걸음 수, 체온 등)의 분석") lists
// data the purpose works on, not purposes; the same bracket among the items processed leaves the items open, and a
// bracket of works after a purpose ("서비스 제공(회원 관리, 상담 등)") leaves the purposes open
describe("vague-listing: a bracket of examples of a thing inside a purpose", () => {
  it("must not fire in a purpose", async () => {
    expect(await linesOf("vague-listing", purposes("- 건강 기록: 기기 측정값(걸음 수, 체온, 호흡수 등)의 기록과 분석"))).toEqual([]);
  });

  it("must fire among the items processed", async () => {
    const items = ["푸른숲 체험농장 개인정보 처리방침", "", "2. 처리하는 개인정보의 항목", "- 기기 측정값(걸음 수, 체온, 호흡수 등)"];
    expect(await linesOf("vague-listing", items)).toEqual([4]);
  });

  it("must fire on works in the bracket of a purpose", async () => {
    expect(await linesOf("vague-listing", purposes("- 서비스 제공(회원 관리, 예약 확인, 고객 상담 등)"))).toEqual([4]);
  });
});

describe("vague-listing: a purposes sub-section of a chapter on what is collected", () => {
  const chapter = (line: string) => [
    "푸른숲 체험농장 개인정보 처리방침",
    "",
    "Ⅰ. 개인정보의 수집과 이용",
    "가. 처리 목적",
    line,
    "나. 처리하는 개인정보의 항목",
    "- 이름, 휴대전화번호",
  ];
  it("must not fire on examples of a thing in the purposes", async () => {
    expect(await linesOf("vague-listing", chapter("- 건강 기록: 기기 측정값(걸음 수, 체온, 호흡수 등)의 기록"))).toEqual([]);
  });
  it("must fire on the same bracket among the items", async () => {
    const text = chapter("- 건강 기록");
    text[6] = "- 기기 측정값(걸음 수, 체온, 호흡수 등)";
    expect(await linesOf("vague-listing", text)).toEqual([7]);
  });
});

// the bodies that may demand data under a law, listed with "등": the statute's exception, not recipients chosen
describe("vague-listing: the bodies that may demand data under a law", () => {
  const provision = (line: string) => [
    "푸른숲 체험농장 개인정보 처리방침",
    "",
    "4. 개인정보의 제3자 제공",
    "농장은 예약자의 동의를 받아 한빛여행사에 예약자 이름을 제공합니다.",
    line,
  ];
  it("must not fire on a request under a law", async () => {
    expect(
      await linesOf(
        "vague-listing",
        provision("이 밖에 수사기관, 세무서, 감독 기관 등이 법률에 근거하여 요청하는 경우 그 범위에서 제공할 수 있습니다."),
      ),
    ).toEqual([]);
  });
  it("must fire on recipients the farm chooses", async () => {
    expect(await linesOf("vague-listing", provision("이 밖에 한빛여행사, 누리관광, 가람투어 등에 예약자 이름을 제공합니다."))).toEqual([5]);
  });
});
