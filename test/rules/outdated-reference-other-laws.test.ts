// outdated-reference and an article number cited under another law: the Network Act's 제39조의6 (the repealed
// dormancy rule) and PIPA's 제39조의3 and after are stale, but "「노인복지법」 제39조의6" is the elder-welfare act's
// own article, in force, whatever the privacy acts' article of that number was.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...body: string[]) => [
  "햇살 주간보호센터 개인정보 처리방침",
  "",
  "1. 개인정보의 제3자 제공",
  ...body,
  "",
  "2. 개인정보 보호책임자",
  "사무국장 한누리(02-000-0000)",
];
const stale = async (text: string[]) =>
  (await findingsOf("outdated-reference", text)).filter((f) => f.messageId === "stale").map((f) => f.line);

describe("outdated-reference: an article number cited under another law", () => {
  it.each([
    "센터는 「노인복지법」 제39조의6에 따라 학대가 의심되면 노인보호전문기관에 신고합니다.",
    "「아동복지법 시행령」 제39조의4에 따른 자료는 관할 기관에 제출합니다.",
    "장기요양기관은 노인장기요양보험법 제39조의3에 따라 기록을 관리합니다.",
  ])("must not fire: %s", async (sentence) => {
    expect(await stale(policy(sentence))).toEqual([]);
  });
  it.each([
    "센터는 정보통신망법 제39조의6에 따라 1년간 이용하지 않은 회원의 정보를 분리하여 보관합니다.",
    "「개인정보 보호법」 제39조의6에 따라 1년간 이용하지 않은 회원의 정보를 파기합니다.",
    "제39조의6에 따라 휴면 회원의 정보를 분리 보관합니다.",
  ])("must fire: %s", async (sentence) => {
    expect(await stale(policy(sentence))).toEqual([4]);
  });
});
