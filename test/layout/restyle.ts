// Rewrites how a policy marks its headings, and nothing else: titles, body lines and their order stay. The
// generator behind the layout-invariance test. It finds the headings with the project's own parser: the
// caller passes the original's parsed document, so this module needs no runtime import from src/ and
// scripts/invariance.mjs can run it against the built dist.
import type { Heading, NumberingStyle, PolicyDocument, Section, SourceFormat } from "../../src/parse/model.js";
import { NUMBERINGS, unicodeRoman, type LayoutStyle, type MarkerFamily } from "./styles.js";

export interface LineSpan {
  first: number;
  last: number;
}

export interface Restyled {
  text: string;
  format: SourceFormat;
  /** where each original line went: lineMap[line - 1] (a wrapped line spans several) */
  lineMap: LineSpan[];
  /** original line numbers of the headings whose marker was rewritten */
  rewritten: number[];
}

/** The top-level sections a layout rewrites, and whether they keep their own numbers. */
export interface Articles {
  sections: Section[];
  /** false when the top level is unnumbered (■ titles, Markdown headings): they are numbered 1, 2, … in order */
  numbered: boolean;
}

/** The parser's heading style for each marker family: such headings, flush left, would read as top level. */
const LOOKALIKE_STYLES: Record<MarkerFamily, readonly NumberingStyle[]> = {
  article: ["article"],
  decimal: ["decimal"],
  "decimal-paren": ["decimal-paren"],
  "paren-decimal": ["paren-decimal"],
  distinct: [],
};

// how long titles run on in real policies, shortest first; none names a topic a rule looks for, and none has
// brackets, which would nest inside "제N조(…)"
const LONG_TITLE_TAILS = [
  "및 회사가 제공하는 서비스 공통 기준",
  "및 회사가 운영하는 모든 온라인·오프라인 서비스의 공통 기준",
  "및 회사가 운영하는 모든 온라인·오프라인 서비스에 공통으로 적용되는 세부 기준에 관한 안내",
];
const LONG_TITLE_LENGTH = 50;

/** The title run on with the shortest of the tails that takes it past 50 characters. */
export function lengthenTitle(title: string): string {
  const longer = LONG_TITLE_TAILS.map((tail) => `${title} ${tail}`);
  return longer.find((candidate) => candidate.length > LONG_TITLE_LENGTH) ?? longer[longer.length - 1];
}

const isDocumentTitle = (document: PolicyDocument, section: Section) =>
  document.title !== null &&
  section.startLine === document.title.line &&
  (section.heading.style === "plain" || section.heading.style === "markdown");

/** The top-level sections, the document's own title set aside: its sub-sections take its place ("# 개인정보 처리방침" over "## …"). */
const topLevelSections = (document: PolicyDocument): Section[] =>
  document.sections.flatMap((section) => (isDocumentTitle(document, section) ? section.children : [section]));

/**
 * How a heading is marked, for grouping: Markdown by depth, the rest by numbering style (bullets by glyph)
 * and whether it is indented, as the parser nests them (an indented "제1조(…)" is a TOC entry or an item).
 */
function markKey(heading: Heading): string {
  if (heading.style === "markdown") return `markdown${heading.marker.length}`;
  const indented = heading.column > 1 ? ":indented" : "";
  return (heading.style === "bullet" ? `bullet${heading.marker}` : heading.style) + indented;
}

/**
 * The top-level sections to restyle: of those that read as titles, the largest group marked alike. A stray
 * heading marked otherwise (an unnumbered "부칙") stays as it is.
 */
export function topLevelArticles(document: PolicyDocument): Articles {
  const tops = topLevelSections(document);
  const groups = new Map<string, Section[]>();
  for (const section of tops) {
    if (!section.heading.isTitle || section.heading.style === "plain") continue;
    const key = markKey(section.heading);
    groups.set(key, [...(groups.get(key) ?? []), section]);
  }
  let largest: Section[] = [];
  for (const group of groups.values()) if (group.length > largest.length) largest = group;
  if (largest.length < 2) return { sections: [], numbered: false };
  const withNumbers = largest.filter((section) => section.heading.number !== null);
  return withNumbers.length * 2 >= largest.length ? { sections: withNumbers, numbered: true } : { sections: largest, numbered: false };
}

const CLOSING_BRACKET: Record<string, string> = { "(": ")", "（": "）", "[": "]", "【": "】", "<": ">", "〈": "〉" };

/**
 * The line with the heading's marker and title (from `start`, the marker's index) replaced by `written`;
 * a bracket or emphasis around the title goes with it, a body running on after it stays. Null when the title
 * is not written out on the line (inline markup inside a Markdown or HTML heading).
 */
export function replaceHeading(line: string, start: number, title: string, written: string): string | null {
  const at = line.indexOf(title, start);
  if (at < 0) return null;
  const before = line.slice(start, at);
  let end = at + title.length;
  const opener = /([(（[【<〈])\s*$/.exec(before);
  if (opener) {
    const closer = new RegExp(`^\\s*\\${CLOSING_BRACKET[opener[1]]}`).exec(line.slice(end));
    if (closer) end += closer[0].length;
  }
  const emphasis = /^[*_]+/.exec(before);
  if (emphasis && line.startsWith(emphasis[0], end)) end += emphasis[0].length;
  return line.slice(0, start) + written + line.slice(end);
}

/** Where a heading's marker starts: in text, the marker itself; in Markdown and HTML, the heading's content. */
const markerIndex = (heading: Heading, format: SourceFormat) => (format === "text" ? heading.column - 1 : heading.titleColumn - 1);

/** A group's heading over `article`: a line of text, or in Markdown a heading one level above the article's. */
function groupHeading(article: Heading, text: string): string {
  return article.style === "markdown" ? `${"#".repeat(Math.max(1, article.marker.length - 1))} ${text}` : text;
}

function headingText(style: LayoutStyle, number: number, title: string): string {
  const numbering = NUMBERINGS[style.numbering!];
  const [open, close] = style.emphasis ?? ["", ""];
  return `${style.prefix ?? ""}${open}${numbering.render(number, title)}${close}`;
}

/**
 * Rewrites the policy parsed as `document` into `style`. Null when the layout does not apply: no top-level
 * headings marked alike to rewrite, or Markdown asked of an HTML page.
 */
export function restyle(document: PolicyDocument, style: LayoutStyle): Restyled | null {
  const format = document.format;
  if (style.markdown && format === "html") return null;
  // a page's heading levels are its tags': a group's heading over <h2> articles would take the <h1> of its title
  if (style.groupsOf && format === "html") return null;
  const lines = [...document.lines];
  const rewritten: number[] = [];
  // lines written before an original line (a group's heading before its first article), belonging to none
  const inserted = new Map<number, string[]>();
  // top-level headings are not wrapped, rewritten or not (nor sub-sections made Markdown headings)
  const headingLines = new Set<number>(topLevelSections(document).map((section) => section.startLine));

  if (style.numbering) {
    const { sections, numbered } = topLevelArticles(document);
    if (sections.length === 0) return null;
    const numbering = NUMBERINGS[style.numbering];
    const markdownHeadings = style.markdown === true && format === "text";
    const numberOf = new Map<Section, number>(sections.map((section, index) => [section, numbered ? section.heading.number! : index + 1]));
    if ("most" in numbering && Math.max(...numberOf.values()) > numbering.most) return null;
    sections.forEach((section, index) => {
      const heading = section.heading;
      const title = style.longTitle && index === 0 ? lengthenTitle(heading.title) : heading.title;
      const written = headingText(style, numberOf.get(section)!, title);
      const next = replaceHeading(
        lines[heading.line - 1],
        markerIndex(heading, format),
        heading.title,
        markdownHeadings ? `## ${written}` : written,
      );
      if (next === null) return;
      lines[heading.line - 1] = next;
      rewritten.push(heading.line);
      // a group's title says nothing a rule looks for: the articles it holds are the sections
      if (style.groupsOf && index % style.groupsOf === 0) {
        const group = index / style.groupsOf + 1;
        inserted.set(heading.markerLine ?? heading.line, [groupHeading(heading, `${unicodeRoman(group)}. 제${group}편`), ""]);
      }
    });

    if (format === "text" && markdownHeadings && style.nestChildren) {
      for (const section of sections)
        for (const child of section.children)
          if (child.heading.isTitle) {
            lines[child.startLine - 1] = `### ${lines[child.startLine - 1].trimStart()}`;
            headingLines.add(child.startLine);
          }
    }
    if (format === "text" && !markdownHeadings) {
      // sub-sections marked like the new top level ("1." items under 제N조 articles turned "N.") are
      // indented, as a writer would: otherwise the restyled policy itself would be ambiguous
      const tops = new Set(topLevelSections(document));
      const lookalikes = style.prefix || style.emphasis ? [] : LOOKALIKE_STYLES[numbering.family];
      for (const section of document.allSections)
        if (!tops.has(section) && lookalikes.includes(section.heading.style) && section.heading.column === 1)
          lines[section.startLine - 1] = `  ${lines[section.startLine - 1]}`;
    }
    if (format === "text") {
      // a table of contents repeats the headings' numbering (with its own numbers, which may differ from the body's);
      // entries set side by side on one line ("제1조(목적)  제2조(범위)") are rewritten one after the other
      const startOf = new Map<number, number>();
      for (const toc of document.tablesOfContents)
        for (const entry of toc.entries) {
          if (entry.number === null) continue;
          const line = lines[entry.line - 1];
          const start = startOf.get(entry.line) ?? line.length - line.trimStart().length;
          const written = numbering.render(entry.number, entry.title);
          const next = replaceHeading(line, start, entry.title, written);
          if (next === null) continue;
          lines[entry.line - 1] = next;
          const after = start + written.length;
          startOf.set(entry.line, after + (next.slice(after).length - next.slice(after).trimStart().length));
        }
    }
  }

  const output: string[] = [];
  const lineMap: LineSpan[] = [];
  const wrappable = style.wrap ? wrappableLines(document, headingLines) : null;
  lines.forEach((line, index) => {
    output.push(...(inserted.get(index + 1) ?? []));
    const pieces = style.wrap && wrappable!.has(index + 1) ? wrapLine(line, style.wrap.width, style.wrap.indent, format) : [line];
    lineMap.push({ first: output.length + 1, last: output.length + pieces.length });
    output.push(...pieces);
  });
  return { text: output.join("\n"), format: style.markdown && format === "text" ? "markdown" : format, lineMap, rewritten };
}

/** Body lines that may be hard-wrapped: not headings, tables, tables of contents, code or script. */
function wrappableLines(document: PolicyDocument, headingLines: ReadonlySet<number>): Set<number> {
  const excluded = new Set<number>(headingLines);
  for (const line of document.tocLines) excluded.add(line);
  for (const table of document.tables) for (let line = table.startLine; line <= table.endLine; line++) excluded.add(line);
  // a Markdown or HTML heading cannot run over two lines
  if (document.format !== "text") for (const section of document.allSections) excluded.add(section.heading.line);
  const lines = new Set<number>();
  // code and script keep their lines: a break could change what they say
  let verbatim = false;
  document.lines.forEach((line, index) => {
    if (document.format === "markdown" && /^\s*(```|~~~)/.test(line)) {
      verbatim = !verbatim;
      return;
    }
    if (document.format === "html" && (verbatim || /<(script|style|pre|textarea)\b/i.test(line))) {
      verbatim = !/<\/(script|style|pre|textarea)>/i.test(line);
      return;
    }
    if (!verbatim && !excluded.has(index + 1) && line.trim() !== "") lines.add(index + 1);
  });
  return lines;
}

// a continuation line must not open with what reads as a marker or Markdown block syntax: a wrap that lands
// before "제30조에 따라" or "1." would make a heading a reader would not see
const LOOKS_LIKE_A_MARKER =
  /^(?:제\s*\d|\d{1,3}\s*[.)．]|\d{1,3}$|[(（[【<〈]|[①-⑳]|[가-하]\s*[.)]|[A-Za-z]\s*[.)]|[Ⅰ-ↈ]|[０-９]|[-–—•*※▶▷■□◆◇○●∙·‣►→✓✔▪+>#|=~`]|o\s)/;

/** How a continuation would start to a reader: after the tags (HTML) or emphasis (Markdown) that open it. */
function visibleStart(text: string, format: SourceFormat): string {
  const start = text.trimStart();
  if (format === "html") return start.replace(/^(?:<[^>]*>\s*)+/, "");
  return format === "markdown" ? start.replace(/^[*_`]+/, "") : start;
}

/**
 * Breaks a line at spaces so that each piece fits in `width` where a space allows (the last space before
 * the width, else the first after it), continuing `indent` spaces further in than the line itself.
 */
export function wrapLine(line: string, width: number, indent: number, format: SourceFormat = "text"): string[] {
  const hanging = (/^\s*/.exec(line)?.[0] ?? "") + " ".repeat(indent);
  const pieces: string[] = [];
  let current = line;
  while (current.length > width) {
    const at = breakPoint(current, width, format);
    if (at < 0) break;
    pieces.push(current.slice(0, at).trimEnd());
    current = hanging + current.slice(at + 1).trimStart();
  }
  pieces.push(current);
  return pieces;
}

function breakPoint(line: string, width: number, format: SourceFormat): number {
  const textStart = line.length - line.trimStart().length;
  let best = -1;
  let tagDepth = 0;
  for (let index = textStart; index < line.length; index++) {
    const char = line[index];
    if (format === "html" && char === "<") tagDepth++;
    if (format === "html" && char === ">") tagDepth = Math.max(0, tagDepth - 1);
    if (char !== " " || tagDepth > 0) continue;
    const rest = line.slice(index + 1);
    const visible = visibleStart(rest, format);
    if (visible === "" || LOOKS_LIKE_A_MARKER.test(visible)) continue;
    if (index <= width) best = index;
    else return best >= 0 ? best : index;
  }
  return best;
}
