import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

// Text pulled out of PDFs and fixed-width pages breaks sentences at the margin, flush left, even inside a
// word ("설치·운영" over "하지 않습니다"). A rule reads the sentence whole, whatever line it is broken on.
const header = ["가람서점 개인정보 처리방침", "", "가람서점(이하 '서점')은 다음과 같이 개인정보 처리방침을 공개합니다.", ""];

describe("vague-listing: the statute's contract terms broken over lines", () => {
  it.each([
    [
      "a wrap inside a word before the list",
      [
        "서점은 위탁 계약을 맺을 때 「개인정보 보호법」 제26조에 따라 목적 외 처리 금",
        "지, 재위탁 제한, 안전조치 의무, 손해배상 등 책임에 관한 사항을",
        "계약서에 적고 있습니다.",
      ],
    ],
    [
      "a wrap right after 등",
      ["서점은 위탁 계약서에 목적 외 처리 금지, 재위탁 제한, 손해배상 등", "책임에 관한 사항을 문서로 정해 둡니다."],
    ],
  ])("does not fire with %s", async (_, lines) => {
    const text = [...header, "4. 처리 업무의 위탁", "서점은 택배 발송을 한빛로지스㈜에 맡깁니다.", ...lines];
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("still fires on a list of recipients closed with 등 whose sentence goes on to the next line", async () => {
    const text = [...header, "5. 개인정보의 제3자 제공", "서점은 한빛보험, 누리카드 등에 회원의 이름과", "연락처를 제공합니다."];
    expect((await findingsOf("vague-listing", text)).map((f) => [f.line, f.messageId])).toEqual([[6, "openList"]]);
  });
});

describe("a statement that an item does not apply, broken by a hard wrap inside the verb", () => {
  it("required-cookies: does not ask how to refuse cookies the policy says it does not install", async () => {
    const text = [
      ...header,
      "8. 자동 수집 장치",
      "  서점은 누리집을 두지 않으며, 쿠키 같은 자동 수집 장치를 설치하거나 운영",
      "  하지 않습니다.",
    ];
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });

  it("required-cookies: still asks when the wrapped sentence says cookies are installed", async () => {
    const text = [...header, "8. 자동 수집 장치", "  서점은 이용 기록을 분석하려고 쿠키를 설치하고 운영", "  합니다."];
    expect((await findingsOf("required-cookies", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "hollow"]]);
  });

  it("pseudonymized-info: reads '가명정보를 만들거나 처리' over '하지 않습니다' as none processed", async () => {
    const text = [...header, "9. 그 밖의 사항", "서점은 통계나 연구를 위해 가명정보를 만들거나 처리", "하지 않습니다."];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });

  it("pseudonymized-info: still fires when the wrapped sentence says it is processed", async () => {
    const text = [...header, "9. 그 밖의 사항", "서점은 판매 통계를 내기 위해 가명정보를 처리", "합니다."];
    expect(await linesOf("pseudonymized-info", text)).toEqual([6]);
  });

  it("overseas-transfer: a section whose denial is broken inside the verb declares nothing is transferred", async () => {
    const text = [...header, "10. 개인정보의 국외 이전", "서점은 회원의 개인정보를 나라 밖으로 이전", "하지 않습니다."];
    expect(await linesOf("overseas-transfer", text)).toEqual([]);
  });

  it("child-under-14: a denial of sign-up broken inside the verb keeps children out", async () => {
    const text = [...header, "11. 미성년자", "미성년자는 서점의 회원으로 가입", "할 수 없습니다."];
    expect(await linesOf("child-under-14", text)).toEqual([]);
  });
});

// a title in brackets with its body run on after it, the body hard-wrapped: the sentence goes on onto the next line
describe("a run-on title's body wrapped onto the next line", () => {
  it("reads '쿠키를 사용하지' over '않으며' as a denial of cookies", async () => {
    const text = [
      "늘봄 의원 개인정보 처리방침",
      "",
      "【개인정보 자동 수집 장치의 설치·운영 및 거부】 본원 누리집은 쿠키를 사용하지",
      "않으며, 방문 기록을 따로 모으지 않습니다.",
    ];
    expect(await findingsOf("required-cookies", text)).toEqual([]);
  });
});
