// A numbered title hard-wrapped onto a second line where it stops on a word that qualifies a noun still to come
// ("… 및 그" over "거부에 관한 사항", "… 방법에 관한" over "사항") is one title, and its second line is the title's
// words: none of the item's substance (the 거부 in it says nothing of how to refuse cookies).
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (cookieBody: string[]) => [
  "솔바람 요가원 개인정보 처리방침", // 1
  "",
  "1. 개인정보의 처리 목적", // 3
  "수강 등록과 수업 일정 안내를 위하여 개인정보를 처리합니다.",
  "",
  "2. 정보주체의 권리·의무 및 그 행사방법에 관한", // 6
  "   사항",
  "회원은 열람, 정정·삭제, 처리정지를 전화로 요구할 수 있습니다.",
  "",
  "3. 누리집의 자동 수집 장치 설치·운영 및 그", // 10
  "   거부에 관한 사항",
  ...cookieBody, // 12
  "",
  "4. 개인정보 보호책임자",
  "성명: 남궁솔, 전화 031-555-0142",
];

const usesCookies = ["누리집은 로그인 상태를 유지하려고 쿠키를 사용합니다. 쿠키는 기기에 저장되는 작은", "파일입니다."];
const refusal = [...usesCookies, "이용자는 웹 브라우저의 설정에서 쿠키 저장을 막을 수 있습니다."];

describe("a numbered title wrapped onto a second line", () => {
  it("is one title, whichever word it stops on", async () => {
    const document = await parsePolicy(policy(usesCookies).join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "솔바람 요가원 개인정보 처리방침"],
      [3, "개인정보의 처리 목적"],
      [6, "정보주체의 권리·의무 및 그 행사방법에 관한 사항"],
      [10, "누리집의 자동 수집 장치 설치·운영 및 그 거부에 관한 사항"],
      [15, "개인정보 보호책임자"],
    ]);
  });

  it("gives none of its words to the item's substance", async () => {
    expect((await findingsOf("required-cookies", policy(usesCookies))).map((finding) => [finding.line, finding.severity])).toEqual([
      [10, "warning"],
    ]);
  });

  it("leaves the body that does say how to refuse", async () => {
    expect(await findingsOf("required-cookies", policy(refusal))).toEqual([]);
  });
});
