// scanSource drops the optional openings of a pattern's alternatives for the whole-text scan: the scan must still
// hit every line the pattern itself matches, and the lines found must be those a test of each line finds.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { firstBodyLineMatching, linesMatching, linesMatchingEach } from "../../src/runtime/query.js";
import { scanSource } from "../../src/runtime/scan-source.js";

describe("scanSource", () => {
  it.each([
    ["(만\\s*)?(14|십사)\\s*세|(아동|어린이)\\(만?14|(만\\s*)?14\\s*세\\s*이상", "(14|십사)\\s*세|(아동|어린이)\\(만?14|14\\s*세\\s*이상"],
    ["(?:(관계|관련)\\s*)?법령[^.。]{0,40}기간", "법령[^.。]{0,40}기간"],
    ["\\s*[-*]?\\s{0,2}항목", "항목"],
    ["a??b*?c", "c"],
    // a class holding a bar or a bracket is one element
    ["[|(]?x|[\\]]?y", "x|y"],
  ])("leaves out the optional openings of %s", (source, expected) => {
    expect(scanSource(source)).toBe(expected);
  });

  it.each([
    // an anchor, a look-around or a required element opens the alternative: nothing is left out
    "^\\s*(?:[-*])?책임자",
    "(?<![가-힣])사상|(?=보유)보유\\s*기간",
    "(개인정보\\s*)+보호",
    // a back-reference may point into the opening
    "(만)?\\s*\\1세",
    // everything is optional: nothing would be left
    "(만)?",
  ])("keeps %s whole where leaving out would change it", (source) => {
    expect(scanSource(source)).toBe(source);
  });
});

describe("scans without optional openings", async () => {
  const text = [
    "만 14세 미만 아동",
    "만\u00a014세 미만",
    "14세 미만",
    "만 십사세",
    "보유 기간은 관련 법령에 따른 기간",
    "관계 법령",
    "끝",
  ].join("\n");
  const document = await parsePolicy(text, "text");
  const perLine = (pattern: RegExp) => document.plain.flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
  const UNDER_FOURTEEN = /(만\s*)?(14|십사)\s*세\s*(미만|이하)/;
  const BY_LAW = /(?:(관계|관련)\s*)?법령[^.。]{0,20}기간/;

  it("find the lines a test of each line finds", () => {
    expect(linesMatching(document, UNDER_FOURTEEN)).toEqual(perLine(UNDER_FOURTEEN));
    expect(linesMatching(document, BY_LAW)).toEqual(perLine(BY_LAW));
    expect(linesMatchingEach(document, [UNDER_FOURTEEN, BY_LAW])).toEqual([perLine(UNDER_FOURTEEN), perLine(BY_LAW)]);
    expect(firstBodyLineMatching(document, BY_LAW)?.line).toBe(5);
  });
});
