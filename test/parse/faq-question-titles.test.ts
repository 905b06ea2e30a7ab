// An FAQ-style policy: each section's title is an unnumbered question alone on its line, its answer the lines
// under it (often bulleted with "→"). Three or more such questions are the policy's sections.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const faq = [
  "새싹 어린이 수영장 개인정보 처리방침", // 1
  "",
  "자주 묻는 질문으로 개인정보 처리 내용을 안내합니다.",
  "",
  "수영장은 왜 개인정보를 받나요?", // 5
  "→ 수강 신청 접수와 반 배정",
  "→ 수업 변경과 휴강 안내 문자 발송",
  "",
  "어떤 정보를 받나요?", // 9
  "→ 보호자 이름, 휴대전화번호, 아이의 이름과 나이",
  "",
  "정보를 지키기 위해 무엇을 하나요?", // 12
  "→ 수강생 명단은 잠금장치가 있는 서랍에 두고, 컴퓨터 파일에는 비밀번호를 겁니다.",
  "→ 명단을 볼 수 있는 사람은 원장과 사무장으로 정해 두었습니다.",
  "",
  "다른 업체에 처리를 맡기나요?", // 16
  "→ 문자 발송을 누리문자(주)에 맡기고 있습니다.",
];

describe("FAQ question titles", () => {
  it("are the sections where three or more questions stand as titles", async () => {
    const document = await parsePolicy(faq.join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1, 5, 9, 12, 16]);
    expect(await findingsOf("required-purpose", faq)).toEqual([]);
    expect(await findingsOf("required-safety", faq)).toEqual([]);
  });

  it("are no sections where a passage asks one or two questions", async () => {
    const two = faq.slice(0, 11);
    const document = await parsePolicy(two.join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1]);
  });

  it("read an arrow that opens a line as its bullet, not as directions to another page", async () => {
    const findings = await findingsOf("required-purpose", faq);
    expect(findings.filter((finding) => finding.messageId === "elsewhere")).toEqual([]);
    const directions = [...faq.slice(0, 5), "→ 홈페이지 → 안내 → 이용 목적 메뉴에서 확인하십시오.", "", ...faq.slice(8)];
    expect((await findingsOf("required-purpose", directions)).map((finding) => finding.line)).toEqual([5]);
  });
});
