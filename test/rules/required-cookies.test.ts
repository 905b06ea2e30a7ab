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

// a denial of a narrower kind of device (another's, advertising cookies) says the rest is used; the controller's own
// cookies denied are all it uses
describe("required-cookies: a narrower kind of cookie denied", () => {
  const section = (...lines: string[]) => ["하늘 필라테스 개인정보 처리방침", "", "2. 쿠키의 운영", ...lines];
  it.each([
    "회원은 쿠키로 로그인을 유지합니다. 필라테스는 외부 광고 사업자의 쿠키를 설치하지 않습니다.",
    "로그인에 쿠키를 씁니다. 제3자 쿠키는 두지 않습니다.",
  ])("must fire where no way to refuse is given: %s", async (sentence) => {
    expect((await findingsOf("required-cookies", section(sentence))).map((finding) => finding.messageId)).toEqual(["hollow"]);
  });
  it.each(["필라테스는 쿠키를 사용하지 않습니다.", "필라테스는 당사의 쿠키도 외부의 쿠키도 설치하지 않습니다."])(
    "must not fire where every cookie is denied: %s",
    async (sentence) => {
      expect(await findingsOf("required-cookies", section(sentence))).toEqual([]);
    },
  );
});
