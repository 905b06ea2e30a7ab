// A policy laid out in two columns and copied out of a PDF: each section's title in a narrow left column, wrapped
// there ("2. 처리하는 개인정보의" / "   항목"), its text in the right column, the title sharing its first line with the
// text's first line. The right column starts at one display column on every line (Hangul takes two), so the left
// column is what stands before it. The titles are read whole from their column, and the column is blanked on the
// lines a title wraps onto, so that those lines hold the section's text alone.
import type { Heading } from "./model.js";
import { isBlank, isWideCode } from "./lines.js";
import { isTitleText, parseMarker } from "./headings.js";

// the right column starts this far in at least (a margin narrower than this holds no title), and this many lines
// at least show it: titles in the margin, text indented to it
const MIN_MARGIN = 16;
const MIN_MARGIN_TITLES = 3;
const MIN_SHARE = 0.6;
// a title wraps over this many lines of its column at most
const MAX_TITLE_LINES = 3;
// text, two spaces or more, text: a line across the two columns
const COLUMN_GAP = /\S {2,}\S/;

interface Split {
  /** the left column's text, trimmed */
  left: string;
  /** where the right column starts, a code unit index; -1 when the line has no text there */
  right: number;
}

/** The display column (Hangul and other wide characters two) of each code unit's start, and the line's width. */
function displayColumns(text: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (let index = 0; index < text.length; index++) {
    columns.push(column);
    column += text[index] === "\t" ? 8 - (column % 8) : isWideCode(text.charCodeAt(index)) ? 2 : 1;
  }
  columns.push(column);
  return columns;
}

/**
 * The line split at display column `margin`: all of it in the right column (indented to the margin or past it), or a
 * margin text ended by two spaces and the right column's text starting at the margin. Null for a line across it.
 */
function splitAt(text: string, margin: number): Split | null {
  const columns = displayColumns(text);
  const first = text.length - text.trimStart().length;
  if (columns[first] >= margin) return { left: "", right: first };
  // all of it in the margin: a title's wrapped part, or a line of text that does not reach the column
  if (columns[text.trimEnd().length] <= margin - 2) return { left: text.trim(), right: -1 };
  const at = columns.indexOf(margin);
  if (at < 0 || at >= text.length || text[at] === " ") return null;
  const left = text.slice(0, at);
  if (!/ {2}$|\t$/.test(left)) return null;
  return { left: left.trim(), right: at };
}

/** The display column most lines' text starts at past the margin's width, with how many lines start there. */
function commonMargin(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of lines) {
    if (isBlank(text)) continue;
    const columns = displayColumns(text);
    // the first text past the margin's least width that starts the line's text or follows two spaces
    for (let index = 1; index < text.length; index++) {
      if (text[index] === " " || text[index - 1] !== " ") continue;
      const startsLine = text.slice(0, index).trim() === "";
      if (!startsLine && text[index - 2] !== " ") continue;
      if (columns[index] >= MIN_MARGIN) {
        counts.set(columns[index], (counts.get(columns[index]) ?? 0) + 1);
        break;
      }
    }
  }
  let best: number | null = null;
  for (const [column, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = column;
  return best;
}

/**
 * The headings of a two-column policy read from its margin, and its lines with the margin blanked where a title
 * wraps; null where the text is not laid out so. Tables' lines (`tableLines`) are no part of the columns. `headings` are the ones read so far: those on a margin title's
 * lines give way to it, the others (the items in the right column) stay.
 */
export function withMarginTitles(
  headings: readonly Heading[],
  plain: readonly string[],
  tableLines: ReadonlySet<number>,
): { headings: Heading[]; plain: readonly string[] } | null {
  // most texts have no such margin: a text needs lines indented past it or parted by a gap, as many as its titles
  const gapped = plain.filter((text) => text.startsWith(" ".repeat(MIN_MARGIN)) || COLUMN_GAP.test(text)).length;
  if (gapped < MIN_MARGIN_TITLES * 2) return null;
  const margin = commonMargin(plain);
  if (margin === null) return null;
  // (a table's rows, and a table of contents' entries, stand in columns of their own)
  const splits = plain.map((text, index) => (isBlank(text) || tableLines.has(index + 1) ? null : splitAt(text, margin)));
  const filled = plain.filter((text) => !isBlank(text)).length;
  const aligned = splits.filter((split) => split !== null).length;
  if (aligned < filled * MIN_SHARE) return null;
  // the titles: a margin text that opens with a number, or reads as a title, and the margin texts under it
  const titles: { line: number; lines: number[]; text: string }[] = [];
  for (let index = 0; index < plain.length; index++) {
    const split = splits[index];
    if (!split || split.left === "" || split.right < 0) continue;
    const lines = [index + 1];
    const parts = [split.left];
    while (lines.length < MAX_TITLE_LINES) {
      const next = splits[index + lines.length];
      if (!next || next.left === "" || parseMarker(next.left) !== null) break;
      parts.push(next.left);
      lines.push(index + lines.length + 1);
    }
    titles.push({ line: index + 1, lines, text: parts.join(" ") });
    index += lines.length - 1;
  }
  if (titles.length < MIN_MARGIN_TITLES) return null;
  const marginHeadings: Heading[] = [];
  for (const { line, text } of titles) {
    const marker = parseMarker(text);
    const numbered = marker && marker.style !== "bullet" ? marker : null;
    const title = numbered ? text.slice(numbered.restIndex).trim() : text;
    if (!isTitleText(title)) continue;
    const lineText = plain[line - 1];
    const indent = lineText.length - lineText.trimStart().length;
    marginHeadings.push({
      line,
      column: indent + 1,
      style: numbered ? numbered.style : "plain",
      marker: numbered ? numbered.marker : "",
      number: numbered ? numbered.number : null,
      title,
      titleColumn: indent + (numbered ? numbered.restIndex : 0) + 1,
      inlineBody: lineText.slice(splits[line - 1]!.right).trim() || null,
      isTitle: true,
    });
  }
  if (marginHeadings.length < MIN_MARGIN_TITLES) return null;
  const titleLines = new Set(titles.flatMap((title) => title.lines));
  const opened = plain.map((text, index) => {
    const split = splits[index];
    // the lines a title wraps onto: its column blanked, the section's text left
    if (!split || !titleLines.has(index + 1) || titles.some((title) => title.line === index + 1)) return text;
    return split.right < 0 ? " ".repeat(text.length) : " ".repeat(split.right) + text.slice(split.right);
  });
  const kept = headings.filter((heading) => !titleLines.has(heading.line));
  return { headings: [...kept, ...marginHeadings].sort((a, b) => a.line - b.line || a.column - b.column), plain: opened };
}
