// A page that sets a section's number in a heading of its own and the title in the element after it
// ("<h2>05</h2>" then "<p class="lead">개인정보 처리업무의 위탁</p>", or "## 05" then a paragraph): the section is the
// title's, numbered by the heading, as a text's number standing above its title is (see numbersAboveTitles).
import type { Heading } from "./model.js";
import { bareNumber, isTitleText } from "./headings.js";
import { firstTextColumn, isBlank } from "./lines.js";

// the title follows its number at once, or after a blank line
const MAX_LINES_TO_TITLE = 2;

/** The headings with each tag heading that holds only a number joined to the title after it. */
export function withTitlesUnderNumbers(headings: readonly Heading[], plain: readonly string[]): Heading[] {
  const numberOf = (heading: Heading) => (heading.style === "markdown" ? bareNumber(heading.title) : null);
  if (!headings.some((heading) => numberOf(heading)?.number != null)) return [...headings];
  const byLine = new Map(headings.map((heading) => [heading.line, heading]));
  const replaced = new Map<Heading, Heading>();
  const dropped = new Set<Heading>();
  for (const heading of headings) {
    const number = numberOf(heading);
    if (number?.number == null) continue;
    let line = heading.line + 1;
    while (line <= Math.min(plain.length, heading.line + MAX_LINES_TO_TITLE) && isBlank(plain[line - 1])) line++;
    const numbered = { numbering: number.style, number: number.number, markerLine: heading.line };
    const below = byLine.get(line);
    // the title set as a heading of its own ("<p><strong>…</strong></p>" read as one): it takes the number
    if (below && below.number === null) {
      replaced.set(below, { ...below, ...numbered, column: heading.column });
      dropped.add(heading);
      continue;
    }
    const text = plain[line - 1]?.trim() ?? "";
    if (below || !isTitleText(text)) continue;
    replaced.set(heading, {
      ...heading,
      ...numbered,
      line,
      title: text,
      titleColumn: firstTextColumn(plain[line - 1]),
      inlineBody: null,
      isTitle: true,
    });
  }
  return headings.filter((heading) => !dropped.has(heading)).map((heading) => replaced.get(heading) ?? heading);
}
