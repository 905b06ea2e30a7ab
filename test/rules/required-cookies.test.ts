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

describe("required-cookies: a label on the cookies answered '없음'", () => {
  const section = (line: string) => [
    "다온 장례식장 개인정보 처리방침",
    "",
    "제1조(처리 목적)",
    "빈소 예약에 씁니다.",
    "",
    "제2조(쿠키)",
    line,
  ];
  it.each([["쿠키 사용 : 없음."], ["쿠키 사용 여부: 해당 없음"]])("must not fire: %s", async (line) => {
    expect(await findingsOf("required-cookies", section(line))).toEqual([]);
  });
  it("must fire: an answer about something else", async () => {
    const findings = await findingsOf("required-cookies", section("쿠키를 사용합니다. 쿠키 사용 시 추가 요금: 없음"));
    expect(findings.map((finding) => finding.messageId)).toEqual(["hollow"]);
  });
});

// "쿠키 등 자동 수집 장치: 설치·운영 안 함": the short negation of a summary's noun style
describe("required-cookies: a device denied with '안 함'", () => {
  const section = (line: string) => ["솔밭치과 개인정보 처리방침", "", "8. 자동 수집 장치", line];
  it.each(["쿠키 등 자동 수집 장치: 설치·운영 안 함 (홈페이지에 로그인 기능이 없습니다)", "쿠키 사용 안 합니다."])(
    "must not fire: %s",
    async (line) => {
      expect(await findingsOf("required-cookies", section(line))).toEqual([]);
    },
  );
  it("must fire where the device is used and the refusal is left out", async () => {
    expect(
      (await findingsOf("required-cookies", section("쿠키를 설치·운영하며, 방문 기록을 저장합니다."))).map((f) => f.messageId),
    ).toEqual(["hollow"]);
  });
});
