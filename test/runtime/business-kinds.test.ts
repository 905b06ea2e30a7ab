// The shared reader of kinds of business: what processor-disclosure and third-party-provision take for "only a kind".
import { describe, expect, it } from "vitest";
import { genericWordsOnly, isBusinessKind } from "../../src/runtime/business-kinds.js";

describe("isBusinessKind", () => {
  it.each(["전산 유지보수 업체", "콜센터위탁운영업체", "PG사", "pg사", "문자/알림 발송 업체", "제휴 은행", "공동연구기관", "타 기관"])(
    "reads '%s' as a kind",
    (phrase) => expect(isBusinessKind(phrase)).toBe(true),
  );

  it.each([
    "주식회사 바로결제",
    "누리콜 주식회사",
    "KCP 결제대행사",
    "새벽의원",
    "업체",
    "회사",
    "Hanbit Cloud Inc.",
    "고객센터",
    "카타기관",
  ])("reads '%s' as no kind", (phrase) => expect(isBusinessKind(phrase)).toBe(false));
});

describe("isBusinessKind: shops, salons and studios", () => {
  it.each(["한복숍", "제휴 예복샵", "협력 네일살롱", "사진 스튜디오", "제휴 안경점", "지정 웨딩홀"])("reads '%s' as a kind", (phrase) =>
    expect(isBusinessKind(phrase)).toBe(true),
  );
  it.each(["누리한복숍", "봄빛 스튜디오", "서교점", "본점", "지점", "오렌지샵", "웨딩홀"])("reads '%s' as no kind", (phrase) =>
    expect(isBusinessKind(phrase)).toBe(false),
  );
});

// a bracket that restates the word before it ("전자차트(EMR)") names no one; one with a name in it does
describe("isBusinessKind: a word glossed in brackets", () => {
  it.each(["전자차트(EMR) 유지보수 업체", "EMR 유지보수업체", "매장 POS 관리 업체"])("reads '%s' as a kind", (phrase) =>
    expect(isBusinessKind(phrase)).toBe(true),
  );
  it.each(["결제대행사(KCP)", "전자차트(누리메디) 유지보수 업체", "한빛의료정보(EMR) 업체", "고객사(근무 중인 회사)"])(
    "reads '%s' as no kind",
    (phrase) => expect(isBusinessKind(phrase)).toBe(false),
  );
});

describe("genericWordsOnly", () => {
  it("takes words that say what a business does, alone or run together", () => {
    expect(genericWordsOnly("공동연구")).toBe(true);
    expect(genericWordsOnly("고객센터 전문")).toBe(true);
  });

  it("takes any other word for a name", () => {
    expect(genericWordsOnly("서울대학교")).toBe(false);
    expect(genericWordsOnly("한빛손해")).toBe(false);
  });
});

describe("isBusinessKind: how a company stands to an event, and schools", () => {
  it.each([
    "협찬사",
    "등반 대회 협찬사",
    "행사 후원사",
    "공연 주관사",
    "박람회 참여사",
    "예약 플랫폼 운영사",
    "협약 학교",
    "연계 대학",
    "진로교육기관",
    "직업훈련기관",
  ])("reads '%s' as a kind", (phrase) => expect(isBusinessKind(phrase)).toBe(true));
  it.each(["HBC 협찬사", "㈜누리 후원사", "누리대학교", "한빛고등학교", "대학", "학교"])("reads '%s' as no kind", (phrase) =>
    expect(isBusinessKind(phrase)).toBe(false),
  );
});

// what a trade deals in and how ("중고", "가전", "매입", "유통") is work too: a recipient given only so is a kind
describe("isBusinessKind: the goods a trade deals in", () => {
  it.each([
    "협력 중고가전 매입업체",
    "제휴 가전제품 유통사",
    "중고 도서 매입업체",
    "식품 도매업체",
    "차량 매입 업체",
    "제휴 수출업체",
    "통관 대행사",
    "출하 대금 정산 대행 금융기관",
    "관제시스템 업체",
    "출동 경비 업체",
    "제휴 수산물 가공업체",
  ])("reads '%s' as a kind", (phrase) => expect(isBusinessKind(phrase)).toBe(true));
  it.each(["누리가전 매입업체", "한빛중고 유통사", "㈜새봄식품", "중고나라", "가전", "한빛무역", "누리 수출업체"])(
    "reads '%s' as no kind",
    (phrase) => expect(isBusinessKind(phrase)).toBe(false),
  );
});

// the work a facility's contractors do, in its own nouns ("주차관제", "출입 통제", "시설 미화", "영상 녹화"): a phrase of
// them with a head is a kind, a name before the same head is not
describe("isBusinessKind: a facility's contractors, an insurer's co-insurers", () => {
  it.each([
    ["주차관제 시스템 유지보수업체"],
    ["출입 통제 용역업체"],
    ["시설 미화 업체"],
    ["영상 녹화 장비 업체"],
    ["무인 발권기 업체"],
    ["공동인수 참여 보험회사"],
    ["분양대행 전문업체"],
  ])("reads '%s' as a kind", (phrase) => expect(isBusinessKind(phrase)).toBe(true));
  it.each([["가람주차 유지보수업체"], ["한솔 시설관리"]])("reads '%s' as no kind", (phrase) => expect(isBusinessKind(phrase)).toBe(false));
});

// a trade that supplies goods or gear ("공급", "프로그램", "장비", "굿즈") is work: the supplier is a kind
describe("isBusinessKind: suppliers of goods and gear", () => {
  it.each(["약국관리 프로그램 공급업체", "제휴 굿즈 제작사", "의료 장비 공급업체", "출입 기기 유지보수 업체"])(
    "reads '%s' as a kind",
    (phrase) => expect(isBusinessKind(phrase)).toBe(true),
  );
  it.each(["한빛공급", "누리 굿즈샵 주식회사", "온담프로그램"])("reads '%s' as no kind", (phrase) =>
    expect(isBusinessKind(phrase)).toBe(false),
  );
});
