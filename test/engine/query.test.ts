// mayMatch gates the per-line checks: it may say true when no line matches, never false when one does.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { mayMatch } from "../../src/engine/query.js";

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
