// How a policy is read: as Markdown, HTML or plain text. The extension says so when it can; a policy copied
// from a repository into a .txt file, or piped in without a name, is recognised by its Markdown.
import type { SourceFormat } from "../parse/model.js";

/** The format an extension names, or null for .txt, no extension and unknown ones. */
export function formatByExtension(filePath: string): SourceFormat | null {
  if (/\.(md|markdown|mdx)$/i.test(filePath)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(filePath)) return "html";
  return null;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
const DELIMITER_CELL = /^:?-{3,}:?$/;
const EMPHASIS_AT_LINE_START = /^ {0,3}(?:\*\*|__)\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** A GFM table's delimiter row, `| --- | :---: |`: two or more cells of dashes (split by hand, linear). */
function isTableDelimiterRow(line: string): boolean {
  let cells = line.trim().split("|");
  if (cells[0].trim() === "") cells = cells.slice(1);
  if (cells.length > 0 && cells[cells.length - 1].trim() === "") cells = cells.slice(0, -1);
  return cells.length >= 2 && cells.every((cell) => DELIMITER_CELL.test(cell.trim()));
}

/**
 * True when the text is written in Markdown. Conservative, since a plain-text policy read as Markdown
 * loses lines to markup it never had: two ATX headings (`## 제1조`), or one with a GFM table or bold line
 * openings, or a GFM table with bold line openings. One signal alone is not enough.
 */
export function looksLikeMarkdown(text: string): boolean {
  // every signal needs one of these characters; most plain-text policies hold none of them
  if (!text.includes("#") && !text.includes("|") && !text.includes("**") && !text.includes("__")) return false;
  let headings = 0;
  let tables = 0;
  let emphasis = 0;
  let inFence = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (ATX_HEADING.test(line)) headings++;
    else if (line.includes("-") && line.includes("|") && isTableDelimiterRow(line)) tables++;
    else if (EMPHASIS_AT_LINE_START.test(line)) emphasis++;
    if (headings >= 2 || (headings >= 1 && (tables >= 1 || emphasis >= 2)) || (tables >= 1 && emphasis >= 2)) return true;
  }
  return false;
}

/** The format to read a policy in: the one asked for, else its extension's, else Markdown by its content, else text. */
export function sourceFormatOf(text: string, filePath: string, parser?: SourceFormat): SourceFormat {
  return parser ?? formatByExtension(filePath) ?? (looksLikeMarkdown(text) ? "markdown" : "text");
}
