// The preamble: the paragraph under the title that says who publishes the policy ("(주)한별(이하 '회사')는 …").
// A policy may set a summary (a labelling block, a table of contents, a notice) between the title and the
// preamble, so it is found by what it is, not by how far down it stands.
import type { PolicyDocument, Section } from "./model.js";
import { isBlank } from "./lines.js";
import { looksLikeSentence } from "./headings.js";
import { POLICY_NAME } from "./policy-name.js";

// the controller defines the short name it goes by: "(이하 '회사')", "（이하 “재단”이라 한다）", also after its
// representative and registration in the same parenthesis ("(대표 …, 통신판매업 신고 …, 이하 '공방')")
const DEFINES_SHORT_NAME = /[(（](?:[^()（）]{0,100}[,，;])?\s*이하\s*[^)）]{0,20}[)）]/;
// a line this long is prose even before its sentence ends (a hard-wrapped line)
const PROSE_LENGTH = 60;
// a line of a hard-wrapped sentence runs at least this long; a label or a title line is shorter
const WRAPPED_LINE_LENGTH = 30;
// a preamble is a few sentences: a longer run of lines is the body of a policy whose sections went unread
const MAX_LINES_BEFORE = 3;
const MAX_LINES_AFTER = 6;

/**
 * The lines between the title and the first section heading that hold the preamble: the paragraph that defines
 * the controller's short name, else the first paragraph that reads as prose. Null when none is there.
 */
export function findPreamble(
  plain: readonly string[],
  titleLine: number | null,
  allSections: readonly Section[],
  tocLines: ReadonlySet<number>,
): PolicyDocument["preamble"] {
  const after = ownTitleLine(titleLine ?? 0, allSections);
  const firstSection = allSections.find(
    (section) => section.startLine > after && section.heading.isTitle && section.heading.style !== "bullet",
  );
  const end = (firstSection?.startLine ?? plain.length + 1) - 1;
  let prose: number | null = null;
  let defining: number | null = null;
  for (let line = after + 1; line <= end && defining === null; line++) {
    const text = plain[line - 1];
    if (isBlank(text) || tocLines.has(line)) continue;
    if (DEFINES_SHORT_NAME.test(text)) defining = line;
    else if (prose === null && (looksLikeSentence(text) || text.trim().length >= PROSE_LENGTH)) prose = line;
  }
  const found = defining ?? prose;
  if (found === null) return null;
  // the paragraph around it: back over the earlier lines of a wrapped sentence, on to the paragraph's end
  let startLine = found;
  const earliest = Math.max(after + 1, found - MAX_LINES_BEFORE);
  while (startLine - 1 >= earliest && isWrappedLine(plain[startLine - 2]) && !tocLines.has(startLine - 1)) startLine--;
  let endLine = found;
  const latest = Math.min(end, found + MAX_LINES_AFTER);
  while (endLine + 1 <= latest && !isBlank(plain[endLine]) && !tocLines.has(endLine + 1)) endLine++;
  return { startLine, endLine };
}

const ENDS_WITH_POLICY_NAME = new RegExp(`(?:${POLICY_NAME.source})\\s*$`, "i");

/**
 * Where the policy's own title stands: a scraped page's <title> is taken for the title, and a sidebar's
 * headings may come before the page's heading that names the policy ("다온구립도서관 개인정보 처리방침"),
 * under which the preamble stands. That heading counts when it comes before the first numbered section.
 */
function ownTitleLine(titleLine: number, allSections: readonly Section[]): number {
  const below = allSections.filter((section) => section.startLine > titleLine);
  const firstNumbered = below.find((section) => section.heading.number !== null)?.startLine ?? Infinity;
  const named = below.find(
    (section) =>
      section.heading.number === null && ENDS_WITH_POLICY_NAME.test(section.heading.title.trim()) && section.startLine < firstNumbered,
  );
  return named?.startLine ?? titleLine;
}

/** A line that a sentence wrapped from: long, and not itself the end of a sentence. */
function isWrappedLine(text: string): boolean {
  return !isBlank(text) && text.trim().length >= WRAPPED_LINE_LENGTH && !looksLikeSentence(text);
}
