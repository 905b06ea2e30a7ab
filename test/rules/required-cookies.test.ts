// required-cookies: devices denied in a summary's nouns, and an advertising identifier read beside them.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// a summary's nouns deny the devices as a sentence does: "쿠키 미사용", "광고식별자 미수집"
describe("required-cookies: devices denied in a summary's nouns", () => {
  const section = (...lines: string[]) => [
    "하늘 필라테스 개인정보 처리방침",
    "",
    "1. 처리 목적",
    "수업 예약에 씁니다.",
    "",
    "2. 자동 수집 장치",
    ...lines,
  ];
  it("must not fire: cookies and the advertising identifier both denied", async () => {
    expect(await findingsOf("required-cookies", section("웹: 쿠키 미사용", "앱: 광고식별자(ADID) 미수집"))).toEqual([]);
  });
  it("must fire: cookies denied, the advertising identifier read with no way to refuse it", async () => {
    const findings = await findingsOf("required-cookies", section("웹: 쿠키 미사용", "앱: 광고식별자(ADID) 수집"));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[6, "hollow"]]);
  });
});
