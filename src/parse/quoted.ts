// A policy forwarded or replied to in an e-mail stands quoted: every line opens with "> " (">> " once more for each
// reply). Its structure is the policy's as written: the quote marks are blanked, column for column, so that
// "> 제1조 (목적)" reads as the article it is.

// a quoted line: the marks, each perhaps followed by a space, before the text (or alone, on a quoted blank line)
const QUOTE_MARKS = /^[ \t]{0,3}(?:>[ \t]?)+/;
// fewer quoted lines in a row are a quote inside the text, not a forwarded document
const MIN_QUOTED_LINES = 5;

/** The lines with the quote marks of each run of quoted lines blanked; the lines as given when none is long enough. */
export function withoutQuoteMarks(lines: readonly string[]): readonly string[] {
  let blanked: string[] | null = null;
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end - start >= MIN_QUOTED_LINES) {
      blanked ??= [...lines];
      for (let index = start; index < end; index++) blanked[index] = lines[index].replace(QUOTE_MARKS, (marks) => " ".repeat(marks.length));
    }
    start = -1;
  };
  lines.forEach((text, index) => {
    // (most lines hold no ">" at all: a search for it sets them aside before the pattern is tried)
    const quoted = text.includes(">") && QUOTE_MARKS.test(text);
    if (quoted && start < 0) start = index;
    else if (!quoted) close(index);
  });
  close(lines.length);
  return blanked ?? lines;
}
