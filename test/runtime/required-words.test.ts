// The words a pattern cannot match without, for a whole-text scan to be skipped when the text holds none of them:
// a word given for an alternative must be in every match of it, or a scan would be skipped that finds something
import { describe, expect, it } from "vitest";
import { requiredWords } from "../../src/runtime/required-words.js";

describe("requiredWords", () => {
  it.each([
    ["가명\\s*(정보|처리)", ["가명"]],
    ["자동화된\\s*결정|완전히\\s*자동화", ["자동화된", "완전히"]],
    ["(?:법인세법|소득세법)", ["법인세법", "소득세법"]],
    ["(만\\s*)?14\\s*세", ["14"]],
    ["(?<![가-힣])사용\\s*도수", ["사용"]],
    ["(?:제휴)?\\s*업체", ["업체"]],
    ["개인\\.정보", ["개인.정보"]],
  ])("finds in %s the words %j", (source, words) => {
    expect(requiredWords(source, false)).toEqual(words);
  });

  it.each([
    ["an alternative with no word", "국외\\s*이전|\\d+일"],
    ["a word made optional", "(?:제휴)?\\s*\\d+"],
    ["a dot between letters", "가.나"],
    ["a single letter", "등|및"],
    ["too many words", "가나|다라|마바|사아|자차|카타|파하"],
  ])("gives none for %s (%s)", (_, source) => {
    expect(requiredWords(source, false)).toBeNull();
  });

  it("keeps no cased word when the case is ignored", () => {
    expect(requiredWords("Google\\s*Analytics|애널리틱스", true)).toBeNull();
    expect(requiredWords("Google\\s*Analytics|애널리틱스", false)).toEqual(["Analytics", "애널리틱스"]);
  });

  it("matches what the pattern matches: every match holds one of the words", () => {
    const sources = ["가명\\s*(정보|처리)", "(만\\s*)?14\\s*세", "제\\s*3\\s*자에게\\s*제공|제공\\s*받는\\s*자"];
    const texts = ["가명 정보", "가명처리", "만 14세", "14 세", "제3자에게 제공", "제 3 자에게  제공", "제공 받는 자"];
    for (const source of sources) {
      const words = requiredWords(source, false);
      for (const text of texts) if (new RegExp(source).test(text)) expect(words?.some((word) => text.includes(word))).toBe(true);
    }
  });
});
