// Markdown policies: remark (with GFM tables) finds headings and tables; positions are the file's own.
// Loaded only when a Markdown file is linted, so plain-text runs do not pay for the parser.
import { unified } from "unified";
import remarkParse from "remark-parse";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { toString } from "mdast-util-to-string";
import type { Root, RootContent, Table as MdTable } from "mdast";
import type { Heading, Table, TableCell, TableRow } from "./model.js";
import { headingFromMarkup, titleBelow } from "./headings.js";
import { COMPANION_POLICY_NAME } from "./policy-name.js";
import type { maskHtml, parseHtmlTables } from "./html.js";

// the attribute block Pandoc, kramdown and MkDocs read at a heading's end: "## 쿠키 {#section-11}", "{.unnumbered}"
const HEADING_ATTRIBUTES = /\s\{[#.][\w:.-]+(?:\s+[#.][\w:.-]+)*\}\s*$/;

/** The HTML reader's parts the Markdown reader uses: loaded by the caller only for a file that sets HTML among its Markdown. */
export interface HtmlReader {
  maskHtml: typeof maskHtml;
  parseHtmlTables: typeof parseHtmlTables;
}

export interface MarkdownStructure {
  headings: Heading[];
  tables: Table[];
  /** the HTML the file sets among its Markdown (a `<table>`, a `<p>`), by where it starts and ends */
  htmlSpans: HtmlSpan[];
  /** those of them that hold a `<table>` */
  tableSpans: HtmlSpan[];
}

export interface HtmlSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const TABLE_OPEN = /<table\b/gi;
const HAS_TABLE = /<table\b/i;
const TABLE_CLOSE = /<\/table\s*>/gi;
// how far a <table> left open by a blank line inside it (CommonMark ends an HTML block there) is followed
const MAX_TABLE_LINES = 2000;

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/**
 * An HTML block that opens a <table> and ends before closing it (CommonMark ends the block at a blank line
 * inside the table) runs on to the line that closes it.
 */
function throughTableClose(span: HtmlSpan, lines: readonly string[], value: string): HtmlSpan {
  let open = count(TABLE_OPEN, value) - count(TABLE_CLOSE, value);
  if (open <= 0) return span;
  for (let index = span.endLine; index < Math.min(lines.length, span.endLine + MAX_TABLE_LINES); index++) {
    // a table never closed: the next heading is past it
    if (ATX_HEADING.test(lines[index])) break;
    open += count(TABLE_OPEN, lines[index]) - count(TABLE_CLOSE, lines[index]);
    if (open <= 0) return { ...span, endLine: index + 1, endColumn: lines[index].length + 1 };
  }
  return span;
}

/** The text of the spans, every other character blanked (lines kept), so positions in it are the file's. */
function onlySpans(lines: readonly string[], spans: readonly HtmlSpan[]): string {
  const kept = lines.map(() => "");
  for (const span of spans)
    for (let line = span.line; line <= span.endLine; line++) {
      const text = lines[line - 1] ?? "";
      const from = line === span.line ? span.column - 1 : 0;
      const to = line === span.endLine ? span.endColumn - 1 : text.length;
      kept[line - 1] =
        (kept[line - 1] || " ".repeat(text.length)).slice(0, from) + text.slice(from, to) + " ".repeat(Math.max(0, text.length - to));
    }
  return kept.join("\n");
}

/** The tables written in HTML among the Markdown, read as an HTML page's tables are. */
function htmlTables(lines: readonly string[], tableSpans: readonly HtmlSpan[], html: HtmlReader): Table[] {
  if (tableSpans.length === 0) return [];
  return html.parseHtmlTables(onlySpans(lines, tableSpans)).map((table) => {
    // a table never closed ends with its block, not at the next table the HTML reader closes it on
    const span = tableSpans.find((candidate) => candidate.line <= table.startLine && table.startLine <= candidate.endLine);
    if (!span || table.endLine <= span.endLine) return table;
    return { ...table, endLine: span.endLine, rows: table.rows.filter((row) => row.line <= span.endLine) };
  });
}

/** Blanks the tags and comments of the HTML among the Markdown, as an HTML page's are blanked: its text is the section's. */
export function maskHtmlSpans(plain: readonly string[], spans: readonly HtmlSpan[], html: HtmlReader): string[] {
  const masked = [...plain];
  for (const span of spans) {
    const last = Math.min(span.endLine, masked.length);
    if (span.line > last) continue;
    const first = masked[span.line - 1];
    const final = masked[last - 1];
    const end = last === span.endLine ? span.endColumn - 1 : final.length;
    const markup =
      span.line === last
        ? first.slice(span.column - 1, end)
        : [first.slice(span.column - 1), ...masked.slice(span.line, last - 1), final.slice(0, end)].join("\n");
    const blanked = (first.slice(0, span.column - 1) + html.maskHtml(markup, true) + final.slice(end)).split("\n");
    masked.splice(span.line - 1, blanked.length, ...blanked);
  }
  return masked;
}

function tableFrom(node: MdTable): Table | null {
  const rows: TableRow[] = node.children.map((row) => ({
    line: row.position!.start.line,
    endLine: row.position!.end.line,
    cells: row.children.map((cell): TableCell => ({
      text: toString(cell).trim(),
      line: cell.position!.start.line,
      // remark's cell starts at the pipe; the cell text starts after it and its spaces
      column: cell.position!.start.column + (cell.children[0] ? cell.children[0].position!.start.column - cell.position!.start.column : 1),
    })),
  }));
  if (rows.length === 0) return null;
  const [header, ...body] = rows;
  return { form: "markdown", startLine: node.position!.start.line, endLine: node.position!.end.line, header, rows: body };
}

/**
 * GFM tables and nothing else of GFM: we read headings and tables only, and remark-gfm's other extensions
 * (autolink literals above all, a pass over every text node) took a third of the time on table-heavy files.
 */
function remarkGfmTables(this: ReturnType<typeof unified>) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const markdown = unified().use(remarkParse).use(remarkGfmTables).freeze();

// what opens a line and is block structure: indentation, list markers, block quotes
const BLOCK_PREFIX = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+|>\s?)*/;
const ATX_HEADING = /^\s{0,3}(?:>\s?)*#{1,6}(?:\s|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const FENCE = /^\s*(?:>\s?)*(?:```|~~~)/;
const HAS_INLINE_MARKUP = /[[\]()*_`]/;
const INLINE_MARKUP = /[[\]()*_`]/g;

/**
 * Only headings and tables are read from the tree, so the inline markup of other lines is blanked before
 * parsing (same length, so positions hold): micromark merges a paragraph's text runs with an array splice
 * per run, and a paragraph of thousands of brackets ("[a](b" repeated) took seconds, quadratic in its length.
 * Heading lines, table rows (and the lines that continue a table), code fences and a line a setext
 * underline makes a heading keep their markup.
 */
function withoutParagraphMarkup(lines: readonly string[]): string {
  let inTable = false;
  return lines
    .map((line, index) => {
      if (line.trim() === "") inTable = false;
      else if (line.includes("|")) inTable = true;
      if (inTable || !HAS_INLINE_MARKUP.test(line)) return line;
      if (ATX_HEADING.test(line) || FENCE.test(line) || SETEXT_UNDERLINE.test(lines[index + 1] ?? "")) return line;
      const prefix = BLOCK_PREFIX.exec(line)![0].length;
      return line.slice(0, prefix) + line.slice(prefix).replace(INLINE_MARKUP, " ");
    })
    .join("\n");
}

// an ordered list item's opening, as CommonMark reads it: up to three spaces, a number, "." or ")", a space
const NUMBERED_LINE = /^ {0,3}\d{1,9}[.)][ \t]+\S/;
// a setext underline; a "-" one of a single character or two would be an empty list item, not an underline
const DASH_UNDERLINE = /^ {0,3}-{3,}[ \t]*$/;
const EQUALS_UNDERLINE = /^ {0,3}=+[ \t]*$/;

interface NumberedSetext {
  /** 0-based index of the title line; the underline is the line after it */
  index: number;
  depth: 1 | 2;
}

/**
 * "1. 개인정보의 처리 목적" with "-----" or "=====" under it, standing as a block of its own: a setext heading its
 * writer numbered, which CommonMark reads as a list item followed by a rule (or a lazy line). A numbered line
 * that continues a list or a paragraph, or stands in a code block, is left to remark.
 */
function numberedSetextHeadings(lines: readonly string[]): NumberedSetext[] {
  const found: NumberedSetext[] = [];
  let inFence = false;
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index];
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !NUMBERED_LINE.test(line)) continue;
    const underline = lines[index + 1];
    const depth = EQUALS_UNDERLINE.test(underline) ? 1 : DASH_UNDERLINE.test(underline) ? 2 : null;
    if (depth === null) continue;
    const before = index === 0 ? "" : lines[index - 1];
    const startsBlock = before.trim() === "" || ATX_HEADING.test(before) || SETEXT_UNDERLINE.test(before);
    if (startsBlock) found.push({ index, depth });
  }
  return found;
}

// an admonition block's opening line, its title in quotes (MkDocs: '!!! note "3. 보유 기간"', '??? info "…"') or
// after its kind (Docusaurus: ':::note 3. 보유 기간', ':::info[3. 보유 기간]'); its body is indented or fenced below
const ADMONITION =
  /^[ \t]{0,3}(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+[ \t]+"([^"\n]{2,80})"[ \t]*|:::[ \t]*[\w-]+(?:\[([^\]\n]{2,80})\][ \t]*|[ \t]+(\S[^\n]{1,79})))$/;

/** The admonition blocks' titles, read as second-level headings: a documentation site's way to set out sections. */
function admonitionHeadings(lines: readonly string[], markdownHeadings: readonly Heading[]): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  let above = 0;
  lines.forEach((line, index) => {
    if (FENCE.test(line)) inFence = !inFence;
    while (above < markdownHeadings.length && markdownHeadings[above].line <= index + 1) above++;
    const admonition = inFence || (!line.includes('"') && !line.includes(":::")) ? null : ADMONITION.exec(line);
    if (!admonition) return;
    const title = (admonition[1] ?? admonition[2] ?? admonition[3]).trim();
    const titleColumn = line.indexOf(title) + 1;
    const at = { line: index + 1, column: line.length - line.trimStart().length + 1, titleColumn };
    // a numbered box is a section of its own; a box titled otherwise ("문의처", "요약") is a part of the section
    // whose heading stands above it, one level below that heading
    const numbered = headingFromMarkup(title, 2, at);
    if (!numbered) return;
    const parentDepth = above > 0 ? markdownHeadings[above - 1].marker.length : 0;
    headings.push(numbered.number !== null || parentDepth < 2 ? numbered : headingFromMarkup(title, Math.min(6, parentDepth + 1), at)!);
  });
  return headings;
}

const MAX_COMPANION_TITLE = 40;

export function parseMarkdownStructure(lines: readonly string[]): MarkdownStructure {
  const numberedSetext = numberedSetextHeadings(lines);
  // (a front matter block is metadata: its last key over its closing "---" is no setext heading)
  const frontMatter = frontMatterEnd(lines);
  let source = frontMatter < 0 ? lines : lines.map((line, index) => (index <= frontMatter ? " ".repeat(line.length) : line));
  if (numberedSetext.length > 0) {
    // remark is given them as blank lines (same length, so positions hold); they are read here instead
    const blanked = [...source];
    for (const { index } of numberedSetext) for (const at of [index, index + 1]) blanked[at] = " ".repeat(lines[at].length);
    source = blanked;
  }
  const tree = markdown.parse(withoutParagraphMarkup(source)) as Root;
  const headings: Heading[] = [];
  for (const { index, depth } of numberedSetext) {
    const column = lines[index].length - lines[index].trimStart().length + 1;
    const content = maskMarkdownLine(lines[index]).trim().replace(/\s+/g, " ");
    const heading = headingFromMarkup(content, depth, { line: index + 1, column, titleColumn: column });
    if (heading) headings.push(heading);
  }
  const tables: Table[] = [];
  const htmlSpans: HtmlSpan[] = [];
  const tableSpans: HtmlSpan[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === "html" && node.position) {
      const { start, end } = node.position;
      const span = throughTableClose(
        { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
        lines,
        node.value,
      );
      htmlSpans.push(span);
      if (HAS_TABLE.test(node.value)) tableSpans.push(span);
      return;
    }
    if (node.type === "heading" && node.position) {
      const start = node.position.start;
      const titleColumn = node.children[0]?.position?.start.column ?? start.column + node.depth + 1;
      // a comment beside the heading (a disable directive) is not part of its title
      const content = node.children
        .filter((child) => child.type !== "html")
        .map((child) => toString(child))
        .join("");
      // (nor the attributes a site generator reads after it, "{#section-11}", "{.unnumbered}")
      const title = content.replace(HEADING_ATTRIBUTES, "").trim();
      const heading = headingFromMarkup(title, node.depth, { line: start.line, column: start.column, titleColumn });
      if (heading) headings.push(heading);
      return;
    }
    if (node.type === "table") {
      const table = tableFrom(node);
      if (table) tables.push(table);
      return;
    }
    // the video-device operating policy appended under its title in plain text ("영상정보처리기기 운영·관리 방침", a
    // paragraph of its own after the policy's headings): a document's title, at the top
    if (node.type === "paragraph" && node.position && node.position.start.line === node.position.end.line && headings.length > 0) {
      const content = toString(node).trim();
      const { start } = node.position;
      if (content.length <= MAX_COMPANION_TITLE && COMPANION_POLICY_NAME.test(content)) {
        const heading = headingFromMarkup(content, 1, { line: start.line, column: start.column, titleColumn: start.column });
        if (heading) headings.push(heading);
        return;
      }
    }
    if ("children" in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  const admonitions = admonitionHeadings(
    lines,
    [...headings].sort((a, b) => a.line - b.line),
  );
  headings.push(...admonitions);
  if (numberedSetext.length > 0 || admonitions.length > 0) headings.sort((a, b) => a.line - b.line);
  for (const heading of headings) withTitleBelow(heading, lines);
  const toggles = togglesInSequence(lines, headings);
  if (toggles.length > 0) {
    headings.push(...toggles);
    headings.sort((a, b) => a.line - b.line);
  }
  return { headings, tables, htmlSpans, tableSpans };
}

/**
 * A numbered heading with no title ("### 제3조", as a PDF converted to Markdown leaves it) takes the title on the line
 * under it ("(개인정보의 처리 및 보유 기간)"): the heading then stands on that line, its number on the line above.
 */
function withTitleBelow(heading: Heading, lines: readonly string[]): void {
  if (heading.number === null || heading.title.trim() !== "") return;
  const below = titleBelow(lines, heading.line - 1);
  if (!below) return;
  heading.markerLine = heading.line;
  heading.line = below.titleIndex + 1;
  heading.title = below.title;
  heading.titleColumn = below.titleColumn;
  heading.isTitle = true;
}

// a note-taking app's toggle exported as a bullet whose whole text is a bold numbered title ("- **8. 개인정보의
// 파기**"), or a paragraph that is one, a question numbered with the sections too ("**Q6. 계정이 정지될 수 있나요?**")
// (or an article, "**제4조 개인정보의 제3자 제공**", between "## 제3조" and "## 제5조")
const BOLD_NUMBERED_ITEM =
  /^(\s{0,3})(?:[-*+]\s+)?\*\*((?:(?:Q\s?)?(\d{1,2})[.)]|제\s?(\d{1,2})\s?조(?=[\s(.]))\s{0,2}[^*]{1,80}?)\*\*\s*$/;

// an article in bold at the start of its paragraph, the text run on after it ("**제4조(제3자 제공)** 회사는 …"); not a
// reference in bold that a particle continues ("**제4조(제3자 제공)**에 따라", "… 에 따라")
const BOLD_ARTICLE_RUN_IN =
  /^(\s{0,3})\*\*(제\s?(\d{1,2})\s?조(?:의\s?\d{1,2})?\s{0,2}[(（][^*()（）]{1,80}[)）])\*\*[ \t]+(?!(?:에|의|을|를|와|과|로|으로|은|는|이|가|도|에서|에게|에 따라|에 따른)[ \t])(\S.*)$/;

/**
 * Toggles that carry on the numbering of the file's headings: "### 7. 국외 이전" then "- **8. 파기**", "- **9. …**"
 * (a Notion export sets some sections as headings and some as toggles; a FAQ page numbers its bold questions
 * with the headings: "**Q3. …**" then "## 4. …"). Each toggle whose number is the next
 * after the heading or toggle before it is a heading of the numbered headings' level; toggles numbered otherwise
 * are a list.
 */
function togglesInSequence(lines: readonly string[], headings: readonly Heading[]): Heading[] {
  const numbered = headings.filter((heading) => heading.number !== null);
  if (numbered.length === 0) return [];
  const depth = numbered[0].marker.length;
  const candidates: { line: number; column: number; content: string; number: number; article: boolean; body: string | null }[] = [];
  lines.forEach((text, index) => {
    if (!text.includes("**")) return;
    const item = BOLD_NUMBERED_ITEM.exec(text);
    const runIn = item ? null : BOLD_ARTICLE_RUN_IN.exec(text);
    if (!item && !runIn) return;
    const column = text.indexOf("**") + 3;
    candidates.push({
      line: index + 1,
      column,
      content: (item ? item[2] : runIn![2]).trim(),
      number: Number(item ? (item[3] ?? item[4]) : runIn![3]),
      article: !item || item[4] !== undefined,
      body: runIn ? runIn[4].trim() : null,
    });
  });
  if (candidates.length === 0 || (candidates.length < 2 && !candidates[0].article)) return [];
  const inOrder = [
    ...numbered
      .filter((heading) => heading.marker.length === depth)
      .map((heading) => ({ line: heading.line, number: heading.number!, article: heading.numbering === "article", toggle: null })),
    ...candidates.map((candidate) => ({ line: candidate.line, number: candidate.number, article: candidate.article, toggle: candidate })),
  ].sort((a, b) => a.line - b.line);
  const toggles: Heading[] = [];
  let previous = 0;
  // (an article named in bold, "**제4조 …**", is one whatever sections the file titles another way between: a table's
  // or chapters', "### 제2장 …", which number apart from the articles)
  let previousArticle = 0;
  for (const { number, article, toggle } of inOrder) {
    const inSequence = article ? number > previousArticle : number === previous + 1;
    if (toggle && inSequence) {
      const heading = headingFromMarkup(toggle.content, depth, { line: toggle.line, column: toggle.column, titleColumn: toggle.column });
      if (heading) toggles.push(toggle.body === null ? heading : { ...heading, inlineBody: toggle.body });
    }
    if (!toggle || inSequence) {
      previous = number;
      if (article) previousArticle = number;
    }
  }
  // one toggle in sequence among a list is no level of its own; an article in bold is one by its marker
  return toggles.length >= 2 || (toggles.length === 1 && candidates.every((candidate) => candidate.article)) ? toggles : [];
}

/** The file's tables with those written in HTML among its Markdown, read as an HTML page's tables are, in line order. */
export function withHtmlTables(tables: Table[], lines: readonly string[], tableSpans: readonly HtmlSpan[], html: HtmlReader): Table[] {
  const inHtml = htmlTables(lines, tableSpans, html);
  return inHtml.length === 0 ? tables : [...tables, ...inHtml].sort((a, b) => a.startLine - b.startLine);
}

/**
 * Replaces Markdown syntax with spaces, keeping every other character where it is, so rules can search
 * words without tripping on `**` or link targets and still report the file's own columns.
 */
export function maskMarkdownLine(line: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  const masked = line
    .replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => indent + blank(hashes))
    // a quote's mark, and the callout's type a wiki or GitHub sets after it ("> [!NOTE]", "> [!tip]-"): no title
    .replace(/^(\s*)>(?:\s{0,3}\[![A-Za-z]{1,20}\][+-]?)?/, (match, indent: string) => indent + blank(match.slice(indent.length)))
    .replace(/!?\[([^[\]]*)\]\(([^()]*)\)/g, (match, label: string) => ` ${label}${" ".repeat(match.length - label.length - 1)}`)
    .replace(/<br\s*\/?>/gi, blank)
    .replace(/\*\*|__|~~|`/g, blank);
  return masked === line ? masked : withWordsRejoined(line, masked);
}

const isSpace = (character: string | undefined) => character === undefined || character === " " || character === "\t";

/**
 * The masked line with each word the markup split rejoined: "**완전히 자동화된 결정**을" masks to "결정  을", where the
 * particle no longer follows its noun, and "[고객센터](https://…)로" to "고객센터 … 로". The blanks between the two
 * parts move to after the second, so that the word reads whole and every column after it stays where it was.
 */
function withWordsRejoined(line: string, masked: string): string {
  let text = masked;
  let at = 0;
  while (at < text.length) {
    if (!(text[at] === " " && line[at] !== " ") || isSpace(text[at - 1])) {
      at++;
      continue;
    }
    let after = at;
    while (after < text.length && text[after] === " " && line[after] !== " ") after++;
    if (isSpace(text[after])) {
      at = after;
      continue;
    }
    let wordEnd = after;
    while (wordEnd < text.length && !isSpace(text[wordEnd])) wordEnd++;
    text = text.slice(0, at) + text.slice(after, wordEnd) + text.slice(at, after) + text.slice(wordEnd);
    at = wordEnd;
  }
  return text;
}

// a list item that is wholly a link to another page: "1. [법무 문서](index.md)", "- [공개 정책](policies.md)"
const LINK_TO_ANOTHER_PAGE = /^\s{0,3}(?:\d{1,2}[.)]|[-*+])\s+\[[^\]]{1,80}\]\((?!#)[^()\s]{1,300}\)\s*$/;

/**
 * The lines above the file's first heading that list links to other pages blanked: a wiki export's breadcrumb
 * ("1. [워크플랫 법무](index.md)" over "2. [대외 공개 정책](…)") is the site's navigation, neither the policy's
 * title nor its first sections.
 */
export function withoutNavigationAbove(plain: readonly string[], lines: readonly string[]): readonly string[] {
  const firstHeading = lines.findIndex((line) => ATX_HEADING.test(line));
  if (firstHeading <= 0) return plain;
  let blanked: string[] | null = null;
  for (let index = 0; index < firstHeading; index++)
    if (LINK_TO_ANOTHER_PAGE.test(lines[index])) (blanked ??= [...plain])[index] = " ".repeat(plain[index].length);
  return blanked ?? plain;
}

// a YAML front matter block opening the file ("---" / "title: …" / "---"), as site generators write it: metadata,
// not the policy's text, but for its title
const FRONT_MATTER_OPEN = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)\s*$/;
const FRONT_MATTER_ENTRY = /^(?:[A-Za-z_][\w-]*\s*:|\s+\S|\s*-\s)|^\s*$/;
const FRONT_MATTER_TITLE_KEY = /^\s*title\s*:/i;
const MAX_FRONT_MATTER_LINES = 40;

/** The index of the line that closes the front matter opening the file, or -1 when it opens with none. */
export function frontMatterEnd(lines: readonly string[]): number {
  if (!FRONT_MATTER_OPEN.test(lines[0] ?? "")) return -1;
  for (let index = 1; index < Math.min(lines.length, MAX_FRONT_MATTER_LINES); index++) {
    if (FRONT_MATTER_CLOSE.test(lines[index])) return index > 1 ? index : -1;
    if (!FRONT_MATTER_ENTRY.test(lines[index])) return -1;
  }
  return -1;
}

/**
 * The plain text with the front matter blanked but for its title's value, which stands where it is written as the
 * policy's title line ("title: \"… 개인정보 처리방침\"").
 */
export function withoutFrontMatter(plain: readonly string[], lines: readonly string[]): readonly string[] {
  const end = frontMatterEnd(lines);
  if (end < 0) return plain;
  const blanked = [...plain];
  for (let index = 0; index <= end; index++) {
    const line = lines[index];
    const key = FRONT_MATTER_TITLE_KEY.exec(line);
    blanked[index] = " ".repeat(line.length);
    if (!key) continue;
    // the value after the key, its quotes left out
    let start = key[0].length;
    let stop = line.trimEnd().length;
    while (start < stop && /\s/.test(line[start])) start++;
    if (start < stop && /["']/.test(line[start])) start++;
    if (stop > start && /["']/.test(line[stop - 1])) stop--;
    blanked[index] = " ".repeat(start) + line.slice(start, stop) + " ".repeat(line.length - stop);
  }
  return blanked;
}

// a Confluence or Jira macro in a page exported as Markdown: "{anchor:purpose}", "{toc:maxLevel=2}", "{info:title=…}",
// "{info}", "{panel}" (a name in Latin letters: a placeholder such as "{회사명}" is the policy's text)
const WIKI_MACRO =
  /\{(?:anchor|toc|info|note|tip|warning|panel|expand|section|column|status|excerpt|code|noformat|children|include)(?::[^{}\n]{0,200})?\}/g;

/** The lines with each wiki macro blanked, one space for each of its characters, so lines and columns stay. */
export function withoutWikiMacros(lines: readonly string[]): readonly string[] {
  if (!lines.some((line) => line.includes("{"))) return lines;
  return lines.map((line) => (line.includes("{") ? line.replace(WIKI_MACRO, (macro) => " ".repeat(macro.length)) : line));
}
