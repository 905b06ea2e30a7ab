// A plain-text file written in a lightweight markup other than Markdown: a wiki's "== 3. 보유 기간 ==", AsciiDoc's
// "== 3. 보유 기간" (with ":toc:" attributes, "[cols=…]" block attributes and "|===" table fences), and Emacs
// org-mode's "* 3. 보유 기간" (with "#+TITLE:" keywords), and LaTeX's "\section{보유 기간}". Their heading marks are
// blanked and the lines they mark given as titles standing apart; their directives are blanked ("#+TITLE:" and
// "\title{…}" keep their value, the document's title). One space for each code unit blanked, so lines and columns
// stay. AsciiDoc's tables ("|===" fences around "|cell" lines, a row's cells on one line or one a line) and LaTeX's
// tabular rows ("a & b \\") are read as tables.
import type { Table, TableCell, TableRow } from "./model.js";
import { indentOf, isBlank } from "./lines.js";

// "== 제목 ==" (a wiki closes the title with as many "=" as open it) or "== 제목" (AsciiDoc); "=" alone is a title
const EQUALS_HEADING = /^(={1,6})[ \t]+[^\s=]/;
// "* 제목", "** 제목": org-mode's headings, read as such only in a document that shows org's keywords or table rules
const STARS_HEADING = /^(\*{1,6})[ \t]+\S/;
// "#+TITLE: …", "#+OPTIONS: toc:nil": org-mode's keywords
const ORG_KEYWORD = /^#\+[A-Za-z_]{2,20}:/;
const ORG_TITLE = /^#\+(?:TITLE|title):[ \t]*/;
// "|----+----|": an org table's rule, its columns crossing at "+"
const ORG_TABLE_RULE = /^\|-+(?:\+-+)+\|$/;
// AsciiDoc's document attributes (":toc: left", ":lang: ko") and block attributes ("[cols="1,2",options="header"]")
const ASCIIDOC_ATTRIBUTE = /^:[A-Za-z][\w-]{0,30}:(?:[ \t]|$)/;
const ASCIIDOC_BLOCK_ATTRIBUTE = /^\[(?:cols|options|%|\.|#|source|width|frame|grid|caption)[^\]]{0,200}\]$/;
// "|===": an AsciiDoc table's fence; "----", "====", "****": a delimited block's
const ASCIIDOC_FENCE = /^(?:\|={3,}|-{4,}|={4,}|\*{4,}|\.{4,})$/;
const TABLE_FENCE = /^\|={3,}$/;
// "[cols="1,2,2"]": the columns counted ("3*" says three)
const COLUMNS = /cols\s{0,2}=\s{0,2}"?(\d{1,2})\*|cols\s{0,2}=\s{0,2}"([^"\]]{1,200})"?/;
// a cell's specifier before its bar: a span ("2+"), a repeat ("3*"), a style ("a", "h")
const CELL_START = /(?:^|\s)(?:\d{1,2}[+*.])?[adehlmsv]?\|/g;
// a document must mark this many headings so before its marks are read as headings, not as a stray "= 합계"
const MIN_HEADINGS = 2;
const MAX_TITLE_LENGTH = 100;

export interface TextMarkup {
  /** the lines with the markup blanked */
  plain: readonly string[];
  /** the lines the markup marks as headings, 1-based */
  headingLines: ReadonlySet<number>;
  /** AsciiDoc's and LaTeX's tables, their syntax blanked in `plain` */
  tables: Table[];
}

/** The lines with a wiki's, AsciiDoc's, org-mode's or LaTeX's markup read, or null where the text shows none. */
export function readTextMarkup(lines: readonly string[]): TextMarkup | null {
  // most texts have none: one pass over the lines' first characters spares the rest
  if (!lines.some((line) => line.startsWith("=") || line.startsWith("#+") || line.startsWith("*") || line.startsWith("\\"))) return null;
  const latex = readLatex(lines);
  if (latex) return latex;
  const org = lines.some((line) => ORG_KEYWORD.test(line) || ORG_TABLE_RULE.test(line.trim()));
  const equals = headingsMarked(lines, EQUALS_HEADING, "=");
  const stars = org ? headingsMarked(lines, STARS_HEADING, "*") : new Map<number, string>();
  const marked = equals.size >= MIN_HEADINGS ? equals : stars.size >= MIN_HEADINGS ? stars : null;
  if (!marked && !org) return null;
  const asciidoc = marked === equals;
  const tables: Table[] = [];
  const opened = asciidoc ? withAsciidocTables(lines, tables) : lines;
  const plain = opened.map((line, index) => {
    const heading = marked?.get(index + 1);
    if (heading !== undefined) return heading;
    if (org && ORG_KEYWORD.test(line)) {
      const title = ORG_TITLE.exec(line);
      return title ? " ".repeat(title[0].length) + line.slice(title[0].length) : blank(line);
    }
    if (asciidoc && (ASCIIDOC_ATTRIBUTE.test(line) || ASCIIDOC_BLOCK_ATTRIBUTE.test(line) || ASCIIDOC_FENCE.test(line.trim())))
      return blank(line);
    return line;
  });
  // a heading's line that holds more than a title (a body run on after it) is left to the text's own reading
  const headingLines = [...(marked ?? [])].filter(([, text]) => text.trim().length <= MAX_TITLE_LENGTH).map(([line]) => line);
  return { plain, headingLines: new Set(headingLines), tables };
}

/**
 * The lines with each AsciiDoc table's cell bars blanked, its tables added to `tables`: the cells between the
 * fences, in order, make rows of as many cells as the columns ("cols" in the block's attributes, else the first
 * line's cells); a line with no bar goes on with the cell above it.
 */
function withAsciidocTables(lines: readonly string[], tables: Table[]): readonly string[] {
  const opened = [...lines];
  for (let start = 0; start < lines.length; start++) {
    if (!TABLE_FENCE.test(lines[start].trim())) continue;
    let end = start + 1;
    while (end < lines.length && !TABLE_FENCE.test(lines[end].trim())) end++;
    if (end >= lines.length) break;
    const attributes = start > 0 ? lines[start - 1] : "";
    const cells: TableCell[] = [];
    let firstLineCells = 0;
    for (let at = start + 1; at < end; at++) {
      const text = lines[at];
      if (isBlank(text)) continue;
      // each cell's specifier and bar: where the one before it ends, and where its text starts
      const starts = [...text.matchAll(CELL_START)].map((found) => ({
        from: found.index + (/\s/.test(found[0][0]) ? 1 : 0),
        bar: found.index + found[0].length - 1,
      }));
      if (starts.length === 0 || starts[0].from !== indentOf(text)) {
        // a cell's text wrapped onto a line of its own
        const last = cells.at(-1);
        if (last) last.text = `${last.text} ${text.trim()}`;
        continue;
      }
      if (firstLineCells === 0) firstLineCells = starts.length;
      let blanked = text;
      starts.forEach(({ from, bar }, index) => {
        const cell = text.slice(bar + 1, starts[index + 1]?.from ?? text.length);
        cells.push({ text: cell.trim(), line: at + 1, column: bar + 2 + indentOf(cell) });
        blanked = blanked.slice(0, from) + " ".repeat(bar + 1 - from) + blanked.slice(bar + 1);
      });
      opened[at] = blanked;
    }
    const width = columnsOf(attributes) ?? firstLineCells;
    if (width >= 2 && cells.length >= width * 2) {
      const rows: TableRow[] = [];
      for (let at = 0; at + width <= cells.length; at += width) {
        const row = cells.slice(at, at + width);
        rows.push({ line: row[0].line, endLine: row[row.length - 1].line, cells: row });
      }
      const [header, ...body] = rows;
      tables.push({ form: "cell-per-line", startLine: start + 1, endLine: end + 1, header, rows: body });
    }
    start = end;
  }
  return opened;
}

/** The lines (1-based) on which `opening` finds a heading's mark, each with its marks blanked. */
function headingsMarked(lines: readonly string[], opening: RegExp, mark: "=" | "*"): Map<number, string> {
  const marked = new Map<number, string>();
  lines.forEach((line, index) => {
    const found = opening.exec(line);
    if (found) marked.set(index + 1, blankHeadingMarks(line, found[1].length, mark));
  });
  return marked;
}

// a wiki's closing run after the title ("== 제목 =="), set off by a space; "=" held to a word is the title's text
const CLOSING_EQUALS = /[ \t](=+)(?=[ \t]|$)/g;

/** The heading's line with its opening mark, and a wiki's closing "=" run, blanked. */
function blankHeadingMarks(line: string, opening: number, mark: "=" | "*"): string {
  const blanked = " ".repeat(opening) + line.slice(opening);
  if (mark !== "=") return blanked;
  CLOSING_EQUALS.lastIndex = opening;
  const closing = CLOSING_EQUALS.exec(line);
  if (closing === null) return blanked;
  const from = closing.index + 1;
  return blanked.slice(0, from) + " ".repeat(closing[1].length) + blanked.slice(from + closing[1].length);
}

const blank = (line: string) => (isBlank(line) ? line : " ".repeat(line.length));

/** The number of columns a table's block attributes give ("cols="1,2,2"" is three, "cols="3*"" three), or undefined. */
function columnsOf(attributes: string): number | undefined {
  const columns = COLUMNS.exec(attributes);
  if (columns === null) return undefined;
  return columns[1] !== undefined ? Number(columns[1]) : columns[2].split(",").length;
}

// LaTeX: "\section{제목}" (and "\subsection", "\subsubsection", starred), "\title{…}", "\item", and a tabular's rows
// "a & b & c \\"; the preamble's and the environments' commands say nothing of the policy
const LATEX_HEADING = /^([ \t]*\\(?:sub){0,2}section\*?\{)([^{}]{1,150})\}[ \t]*$/;
const LATEX_TITLE = /^([ \t]*\\title\{)([^{}]{1,150})\}[ \t]*$/;
const LATEX_COMMAND_LINE =
  /^[ \t]*(?:\\(?:documentclass|usepackage|author|date|begin|end|maketitle|tableofcontents|hline|toprule|midrule|bottomrule|cline|newpage|clearpage|noindent|setlength|pagestyle|label)\b.*|%.*)$/;
const LATEX_ITEM = /^([ \t]*)\\item(?:\[[^\]]{0,20}\])?(?=[ \t])/;

/** The lines with LaTeX's markup read: sections as titles, items as bullets, a tabular's rows as a table's; or null. */
function readLatex(lines: readonly string[]): TextMarkup | null {
  const headingLines = new Set<number>();
  lines.forEach((line, index) => {
    if (LATEX_HEADING.test(line)) headingLines.add(index + 1);
  });
  if (headingLines.size < MIN_HEADINGS) return null;
  const tables: Table[] = [];
  let rows: TableRow[] = [];
  const closeTable = () => {
    if (rows.length >= 2) {
      const [header, ...body] = rows;
      tables.push({ form: "delimited", startLine: header.line, endLine: body[body.length - 1].line, header, rows: body });
    }
    rows = [];
  };
  const plain = lines.map((line, index) => {
    const heading = LATEX_HEADING.exec(line) ?? LATEX_TITLE.exec(line);
    if (heading) return " ".repeat(heading[1].length) + heading[2] + " ".repeat(line.length - heading[1].length - heading[2].length);
    if (LATEX_COMMAND_LINE.test(line)) {
      if (/\\end\{tabular/.test(line)) closeTable();
      return blank(line);
    }
    const item = LATEX_ITEM.exec(line);
    if (item) return `${item[1]}-${" ".repeat(item[0].length - item[1].length - 1)}${line.slice(item[0].length)}`;
    if (isLatexRow(line)) {
      // "a & b \\": its cells, and the line with "&" and "\\" blanked, one code unit for one
      const end = line.lastIndexOf("\\\\");
      const cells: TableCell[] = [];
      let from = 0;
      for (let at = 0; at <= end; at++) {
        if (at < end && line[at] !== "&") continue;
        const cell = line.slice(from, at);
        cells.push({ text: cell.trim(), line: index + 1, column: from + indentOf(cell) + 1 });
        from = at + 1;
      }
      rows.push({ line: index + 1, endLine: index + 1, cells });
      return line.slice(0, end).replace(/&/g, "|") + " ".repeat(line.length - end);
    }
    return line;
  });
  closeTable();
  return { plain, headingLines, tables };
}

/** True when the line is a tabular's row: cells parted by "&", ended by "\\" (and "\hline" after it). */
function isLatexRow(line: string): boolean {
  // read with string ends, not a pattern: ".*" before the row's end was retried from every "&" of a long line
  let end = line.trimEnd();
  if (end.endsWith("\\hline")) end = end.slice(0, -"\\hline".length).trimEnd();
  return end.endsWith("\\\\") && end.includes("&");
}
