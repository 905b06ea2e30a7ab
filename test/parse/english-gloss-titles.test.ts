// A bilingual title, its English after the Korean in brackets ("11. 자동 수집 장치 및 행태정보 (Cookies and Behavioural
// Information)"): the English does not count toward the length a Korean title may have, so the line stays a title
// and numbering sees no gap; a Korean part over that length is still no title.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (third: string) => [
  "주식회사 새길 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적 (Purposes)",
  "서비스 가입과 요금 청구를 위하여 처리합니다.",
  "",
  "2. 처리하는 개인정보의 항목 (Personal Information We Process)",
  "이름, 회사 이메일, 결제 수단 정보를 처리합니다.",
  "",
  `3. ${third}`,
  "로그인 유지를 위해 쿠키를 쓰며, 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.",
  "",
  "4. 개인정보 보호책임자 (Privacy Officer)",
  "보안팀장 강다온, privacy@example.io, 02-6000-1000",
];

describe("a title with its English gloss", () => {
  it("is a title though the whole line is longer than a Korean title may be", async () => {
    const document = await parsePolicy(
      policy("쿠키 등 자동 수집 장치와 행태정보의 처리 (Cookies and Behavioural Information)").join("\n"),
      "text",
    );
    const third = document.allSections.find((section) => section.heading.number === 3);
    expect(third?.heading.isTitle).toBe(true);
    expect(await findingsOf("numbering", policy("쿠키 등 자동 수집 장치와 행태정보의 처리 (Cookies and Behavioural Information)"))).toEqual(
      [],
    );
  });

  it("is no title where the Korean before the gloss is a sentence", async () => {
    const document = await parsePolicy(
      policy("회사는 로그인 유지를 위하여 쿠키를 사용하고 이용 통계를 분석합니다 (We use cookies)").join("\n"),
      "text",
    );
    expect(document.allSections.find((section) => section.heading.number === 3)?.heading.isTitle ?? false).toBe(false);
  });
});
