// mayMatch gates the per-line checks: it may say true when no line matches, never false when one does.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { linesMatching, linesMatchingEach, mayMatch } from "../../src/runtime/query.js";

describe("mayMatch", async () => {
  const document = await parsePolicy("개인정보 처리방침\n보유 기간은 5년\n위원회\n개인정보 분쟁조정위원회 안내", "text");
  const perLine = (pattern: RegExp) => document.plain.some((line) => pattern.test(line));

  it.each([
    [/^보유/, true],
    [/5년$/, true],
    // the third line is "위원회" alone: the next line's words must not hide it from the look-ahead
    [/위원회(?!\s*개인정보\s*분쟁)/, true],
    [/(?<!\S)위원회$/, true],
    [/없는\s*말/, false],
    // nothing matches across two lines
    [/년\s+위원회/, false],
  ])("says %s may match: %s, as the lines do", (pattern, expected) => {
    expect(perLine(pattern)).toBe(expected);
    expect(mayMatch(document, pattern)).toBe(expected);
  });
});

describe("linesMatching and linesMatchingEach", async () => {
  const text = ["제1조 목적", "보유 기간은 5년입니다.", "분쟁조정위원회", "개인정보 분쟁조정위원회 안내", "보유 근거: 상법", "끝 5년"].join(
    "\n",
  );
  const document = await parsePolicy(text, "text");
  const perLine = (pattern: RegExp) => document.plain.flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
  const patterns = [
    /5년/,
    /^보유/,
    /위원회$/,
    // reaches across a line end in the joined text ("5년입니다.\n\0\n분쟁"), where no line matches
    /니다[^가]{0,8}분쟁/,
    /위원회(?!\s*안내)/,
    /(?<count>\d)년/,
    /없는 말/,
  ];

  it.each(patterns.map((pattern) => [pattern]))("finds the lines %s matches, as testing each line does", (pattern) => {
    expect(linesMatching(document, pattern)).toEqual(perLine(pattern));
  });

  it("finds each pattern's lines in one scan, and with a named group among them (scanned on its own)", () => {
    const expected = patterns.map(perLine);
    expect(expected.slice(0, 3)).toEqual([[2, 6], [2, 5], [3]]);
    expect(linesMatchingEach(document, patterns)).toEqual(expected);
    const joinable = patterns.filter((pattern) => !pattern.source.includes("?<count>"));
    expect(linesMatchingEach(document, joinable)).toEqual(joinable.map(perLine));
  });
});
