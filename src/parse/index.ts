// Raw policy text → document model.
import type { Heading, PolicyDocument, SourceFormat, Table } from "./model.js";
import { splitLines, firstTextColumn, isBlank } from "./lines.js";
import { findTablesOfContents } from "./toc.js";
import { isTitleText } from "./headings.js";
import { buildSections, findTextHeadings } from "./sections.js";
import { findTextTables } from "./tables.js";
import { blankCommentLines } from "./comments.js";

export type * from "./model.js";

// a Markdown or HTML file with fewer headings than this is read as plain text (bold lines, numbered paragraphs)
const MIN_STRUCTURED_HEADINGS = 2;

export async function parsePolicy(text: string, format: SourceFormat = "text"): Promise<PolicyDocument> {
  const lines = splitLines(text);
  let plain: readonly string[] = blankCommentLines(lines);
  let headings: Heading[] = [];
  let tables: Table[] = [];
  let markupTitle: PolicyDocument["title"] = null;
  if (format === "markdown") {
    const markdown = await import("./markdown.js");
    plain = plain.map(markdown.maskMarkdownLine);
    const structure = markdown.parseMarkdownStructure(lines);
    headings = structure.headings;
    tables = structure.tables;
  } else if (format === "html") {
    const html = await import("./html.js");
    plain = splitLines(html.maskHtml(lines.join("\n")));
    const structure = html.parseHtmlStructure(lines.join("\n"));
    headings = structure.headings;
    tables = structure.tables;
    markupTitle = structure.title;
  }
  const tablesOfContents = findTablesOfContents(plain);
  const tocLines = new Set<number>();
  for (const toc of tablesOfContents) for (let line = toc.startLine; line <= toc.endLine; line++) tocLines.add(line);
  // a table of contents written as headings (an HTML page's anchor list) is still not sections
  headings = headings.filter((heading) => !tocLines.has(heading.line));
  // tables first: a number in a table's cell is never a heading's (findTextTables adds its lines to `taken`)
  const taken = new Set<number>();
  for (const table of tables) for (let line = table.startLine; line <= table.endLine; line++) taken.add(line);
  tables = [...tables, ...findTextTables(plain, taken)].sort((a, b) => a.startLine - b.startLine);
  if (headings.length < MIN_STRUCTURED_HEADINGS) headings = findTextHeadings(plain, tocLines, tablesOfContents, taken);

  const { sections, allSections } = buildSections(headings, lines);
  const title = markupTitle ?? findTitle(lines, plain, headings);
  return {
    format,
    lines,
    plain,
    title,
    openingLine: title?.line ?? firstTextLine(plain),
    sections,
    allSections,
    tablesOfContents,
    tables,
    tocLines,
  };
}

/** The first line with text once comments and markup are blanked (1 for a blank document). */
function firstTextLine(plain: readonly string[]): number {
  return plain.findIndex((text) => !isBlank(text)) + 1 || 1;
}

/** The policy's title: its first line of text, when that line is not already a numbered section. */
function findTitle(lines: readonly string[], plain: readonly string[], headings: Heading[]): PolicyDocument["title"] {
  const index = plain.findIndex((text) => !isBlank(text));
  if (index < 0) return null;
  const heading = headings.find((h) => h.line === index + 1);
  if (heading && heading.style !== "markdown" && heading.style !== "plain") return null;
  // a policy that opens with its preamble has no title line
  if (!heading && !isTitleText(plain[index].replace(/\([^()]*\)/g, ""))) return null;
  return { text: heading ? heading.title : plain[index].trim(), line: index + 1, column: firstTextColumn(plain[index] ?? lines[index]) };
}
