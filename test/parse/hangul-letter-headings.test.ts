// "(가) 처리 목적", "㉮ 처리 목적", "㈎ 처리 목적", "ㄱ. 처리 목적": the Korean letters in parentheses or circled, or
// the consonants alone, number a policy's sections as "가." does; the "1." lists under them stay lists, and a letter
// skipped is numbering's finding
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const letters = (first: string, second: string, third: string) => [
  "모래알 제과 개인정보 처리방침",
  "",
  `${first} 개인정보를 처리하는 목적`, // 3
  "1. 케이크 예약 접수와 픽업 안내",
  "2. 단골 적립금 관리",
  "",
  `${second} 처리하는 개인정보 항목`, // 7
  "1. 예약자 이름, 휴대전화번호",
  "",
  `${third} 개인정보의 파기`, // 10
  "1. 보유 기간이 끝난 예약 기록은 그 달 말일에 복구할 수 없게 지우고, 예약 메모지는 파쇄합니다.",
];

describe("Korean letters in parentheses or circled, and consonants, as section numbers", () => {
  it.each([
    ["(가) 처리 목적", "paren-hangul", 1],
    ["（라） 보유 기간", "paren-hangul", 4],
    ["㈐ 파기", "paren-hangul", 3],
    ["㉮ 처리 목적", "circled-hangul", 1],
    ["㉻ 변경", "circled-hangul", 14],
    ["ㄱ. 처리 목적", "consonant", 1],
    ["ㅊ. 개인정보 보호책임자", "consonant", 10],
    ["ㅎ) 변경", "consonant", 14],
  ])("reads '%s' as %s %i", (line, style, number) => {
    expect(parseMarker(line)).toMatchObject({ style, number });
  });

  it.each([["(가칭) 달빛문고의 안내"], ["(가)를 참고하십시오"], ["ㅋㅋ. 웃음"], ["ㄱ.ㄴ 표기"]])(
    "does not read '%s' as a letter heading",
    (line) => {
      expect(parseMarker(line)?.style).not.toBe("paren-hangul");
      expect(parseMarker(line)?.style).not.toBe("consonant");
    },
  );

  it.each([
    ["(가)", "(나)", "(다)", "(라)"],
    ["㉮", "㉯", "㉰", "㉱"],
    ["㈎", "㈏", "㈐", "㈑"],
    ["ㄱ.", "ㄴ.", "ㄷ.", "ㄹ."],
  ])("makes '%s …' the sections, with their lists inside, and finds a letter skipped", async (first, second, third, fourth) => {
    const document = await parsePolicy(letters(first, second, third).join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1, 3, 7, 10]);
    expect(document.sections[1].children.map((child) => child.startLine)).toEqual([4, 5]);
    expect(await findingsOf("required-destruction", letters(first, second, third))).toEqual([]);
    expect(await findingsOf("numbering", letters(first, second, third))).toEqual([]);
    const skipped = await findingsOf("numbering", letters(first, second, fourth));
    expect(skipped.map((finding) => [finding.line, finding.messageId])).toEqual([[10, "gap"]]);
    expect(skipped[0].message).toContain(fourth);
  });

  it("keeps '(가)' items inside a numbered section a list of that section", async () => {
    const text = [
      "모래알 제과 개인정보 처리방침",
      "",
      "1. 개인정보의 처리 목적",
      "(가) 케이크 예약 접수",
      "(나) 적립금 관리",
      "",
      "2. 개인정보의 파기",
      "보유 기간이 끝난 기록은 복구할 수 없게 지우고, 종이는 파쇄합니다.",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1, 3, 7]);
    expect(document.sections[1].children.map((child) => child.startLine)).toEqual([4, 5]);
  });
});
