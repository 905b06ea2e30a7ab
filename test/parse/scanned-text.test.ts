// A policy as a scan's text recognition gives it: a letter read for a digit in a section's number ("l. 처리 목적",
// "I2. 변경") and a space inside a word of a title ("보 유 기간"). The sections are read as numbered and titled.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { titleTopics } from "../../src/runtime/query.js";
import { findingsOf } from "../helpers.js";

describe("a letter read for a digit in a section's number", () => {
  it.each([
    ["l. 개인정보의 처리 목적", 1],
    ["I0. 자동 수집 장치", 10],
    ["1l. 개인정보 보호책임자", 11],
    ["I2. 권익침해 구제방법", 12],
    ["1O. 처리방침의 변경", 10],
  ])("reads '%s' as number %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "decimal", number });
  });

  it.each([
    ["I. 총칙", "roman"],
    ["O. 기타 안내", "latin"],
    ["lO. 주의", undefined],
  ])("leaves '%s' as it is", (line, style) => {
    expect(parseMarker(line)?.style).toBe(style);
  });
});

describe("a letter read for a digit in an article's number", () => {
  it.each([
    ["제l조 (개인정보의 처리 목적)", 1],
    ["제lO조 (개인정보 보호책임자)", 10],
    ["제ll조 (권익침해 구제방법)", 11],
    ["제l2조(처리방침의 변경)", 12],
  ])("reads '%s' as article %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "article", number });
  });

  it("leaves a word that only starts so as it is", () => {
    expect(parseMarker("제lOO조 목적")?.style).toBeUndefined();
  });
});

describe("a letter read for a digit in the officer's phone number", () => {
  const policy = (contact: string) => [
    "늘빛 재가센터 개인정보 처리방침",
    "",
    "제1조 (개인정보의 처리 목적)",
    "장기요양급여 제공과 급여비용 청구를 위해 처리합니다.",
    "",
    "제2조 (개인정보 보호책임자)",
    "성명 : 박미경 / 직책 : 센터장",
    contact,
  ];
  it("reads 'O2-7l2-45O8' as the officer's phone", async () => {
    expect(await findingsOf("dpo-contact", policy("연락처 : O2-7l2-45O8, neulbit@example.kr"))).toEqual([]);
  });
  it("still tells a passage with no number at all", async () => {
    const findings = await findingsOf("dpo-contact", policy("연락처 : neulbit@example.kr"));
    expect(findings.map((finding) => finding.messageId)).toEqual(["emailOnly"]);
  });
});

describe("a space inside a word of a title", () => {
  it.each([
    ["개인정보의 처리 및 보 유 기간", "retention"],
    ["개인정보 보호 책 임자", "dpo"],
    ["개 인정보의 파기", "destruction"],
  ])("reads '%s' as about %s", (title, topic) => {
    expect(titleTopics(title)).toContain(topic);
  });

  it("keeps the words that stand alone ('제 3 자', '및')", () => {
    expect(titleTopics("개인정보의 제 3 자 제공")).toEqual(["third-party"]);
  });

  it("reads a scanned policy's sections for their items", async () => {
    const scanned = [
      "물결 나눔센터 개인정보 처리방침",
      "",
      "l. 개인정보의 처리 목적",
      "후원 물품 배분 대상자 선정과 배분 일정 안내에 씁니다.",
      "",
      "2. 개인정보의 처리 및 보 유 기간",
      "배분 대상자 정보: 지원 종료 후 3년",
    ];
    expect(await findingsOf("required-purpose", scanned)).toEqual([]);
    expect(await findingsOf("required-retention", scanned)).toEqual([]);
    expect(await findingsOf("numbering", scanned)).toEqual([]);
  });
});
