// A bilingual policy sets each heading twice, in Korean and in English, with the same number ("## 3. 처리위탁"
// then "## 3. Outsourcing"), and writes both languages under the pair: one section with two titles, not two
// sections of which the first is empty and the second a duplicate number.
import type { Heading } from "./model.js";
import { isBlank } from "./lines.js";
import { topicOfTitle } from "./headings.js";

const HANGUL = /[가-힣]/;
const LATIN_WORD = /[A-Za-z]{2}/;
// the two titles stand together: nothing but blank lines between them
const MAX_BLANK_LINES_BETWEEN = 2;

const isKorean = (heading: Heading) => HANGUL.test(heading.title);
const isLatin = (heading: Heading) => !HANGUL.test(heading.title) && LATIN_WORD.test(heading.title);

/**
 * The English title sits where the Korean one does: the same Markdown depth, "Article 3" beside "제3조", the same
 * numbering, or an unnumbered title line; it carries the Korean one's number, or none; and it names no item the
 * Korean one does not.
 */
function translates(korean: Heading, english: Heading): boolean {
  if (korean.number === null || (english.number !== null && english.number !== korean.number)) return false;
  // an English title that names an item the Korean one does not is the next section's ("4. 고객 문의 응대", the last of
  // a list, over "PERSONAL DATA WE COLLECT")
  const englishTopic = topicOfTitle(english.title);
  if (englishTopic !== null && topicOfTitle(korean.title) !== englishTopic) return false;
  if (korean.style === "markdown" || english.style === "markdown") return korean.marker === english.marker;
  if (korean.style === "article" && english.style === "english-article") return true;
  if (english.number === null) return english.style === "plain" || english.style === "bracket";
  return english.style === korean.style;
}

/** Nothing but blank lines (no more than a few) between the two headings. */
function standTogether(first: Heading, second: Heading, plain: readonly string[]): boolean {
  const start = first.line;
  const end = (second.markerLine ?? second.line) - 1;
  // two headings on one line (a page written on a single line) may have anything between them
  if (end < start || end - start > MAX_BLANK_LINES_BETWEEN) return false;
  for (let index = start; index < end; index++) if (!isBlank(plain[index])) return false;
  return true;
}

/**
 * The headings with each translated title folded into the Korean heading beside it (English first or second):
 * the Korean heading keeps its place and records the English one as its `translation`.
 */
export function joinTranslatedHeadings(headings: Heading[], plain: readonly string[]): Heading[] {
  const joined: Heading[] = [];
  for (let at = 0; at < headings.length; at++) {
    const heading = headings[at];
    const next = headings[at + 1];
    if (next && standTogether(heading, next, plain)) {
      if (isKorean(heading) && isLatin(next) && translates(heading, next)) {
        joined.push({ ...heading, translation: { line: next.markerLine ?? next.line, title: next.title } });
        at++;
        continue;
      }
      if (isLatin(heading) && isKorean(next) && translates(next, heading)) {
        joined.push({ ...next, translation: { line: heading.markerLine ?? heading.line, title: heading.title } });
        at++;
        continue;
      }
    }
    joined.push(heading);
  }
  return joined;
}
