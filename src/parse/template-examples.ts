// A policy drafted from the regulator's template with its example lines left in: "(작성예시) 제공받는 자: ○○○ /
// 제공 목적: ○○○", "[작성예시] 홈페이지 회원 가입 및 관리: …". An example says what a policy might write, not what
// this one says: its line is blanked, one space for each code unit, so lines and columns stay.

// the mark that opens an example line, in round, square or angle brackets ("작성 예시", "작성례", "예시")
const EXAMPLE_MARK = /^[ \t]*(?:※[ \t]*)?[(（[［<〈][ \t]?(?:작성[ \t]?)?(?:예시|예|례)[ \t]?[)）\]］>〉]/;

/** The lines with every line that opens as a template's example blanked, or the lines as they are where none does. */
export function withoutTemplateExamples(lines: readonly string[]): readonly string[] {
  // most policies have no example left in: one test of each line's opening, and no copy
  if (!lines.some((line) => EXAMPLE_MARK.test(line))) return lines;
  return lines.map((line) => (EXAMPLE_MARK.test(line) ? " ".repeat(line.length) : line));
}
