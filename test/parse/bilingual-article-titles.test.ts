// "Article 3 (Retention) 제3조(보유 기간)": an article numbered and titled in both languages on one line is read by
// its Korean title, so the item it holds is found; the English title alone named none for most items
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const bilingual = (cookieHeading: string) => [
  "바다숲 캠핑 예약 개인정보 처리방침",
  "",
  "Article 1 (Purpose) 제1조(개인정보의 처리 목적)",
  "캠핑장 예약 접수와 입실 안내에 씁니다.",
  "",
  cookieHeading, // 6
  "예약 페이지는 로그인 유지를 위해 쿠키를 씁니다. 쿠키를 저장하지 않으려면 브라우저의 설정 메뉴에서 쿠키 차단을 고르십시오.",
];

describe("articles titled in two languages on one line", () => {
  it.each([
    ["Article 4 (Cookies) 제4조(자동 수집 장치의 설치·운영 및 거부)", "english-article", "자동 수집 장치의 설치·운영 및 거부"],
    ["제4조(자동 수집 장치의 설치·운영 및 거부) Article 4 (Cookies)", "article", "자동 수집 장치의 설치·운영 및 거부"],
    ["Article 4 (Cookies) / 제4조(쿠키의 운영)", "english-article", "쿠키의 운영"],
  ])("reads '%s' by its Korean title", (line, style, title) => {
    expect(parseMarker(line)).toMatchObject({ style, number: 4, bracketTitle: title });
  });

  it("keeps a second article of another number as text after the title", () => {
    expect(parseMarker("Article 4 (Cookies) 제5조(파기)")).toMatchObject({ bracketTitle: "Cookies" });
  });

  it("finds the item the Korean title names", async () => {
    const document = await parsePolicy(bilingual("Article 2 (Tracking) 제2조(자동 수집 장치의 설치·운영 및 거부)").join("\n"), "text");
    expect(document.sections.map((section) => section.heading.title)).toEqual([
      "바다숲 캠핑 예약 개인정보 처리방침",
      "개인정보의 처리 목적",
      "자동 수집 장치의 설치·운영 및 거부",
    ]);
    expect(await findingsOf("required-cookies", bilingual("Article 2 (Tracking) 제2조(자동 수집 장치의 설치·운영 및 거부)"))).toEqual([]);
  });
});
