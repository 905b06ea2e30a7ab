// Markdown policies: remark (with GFM tables) finds headings and tables; positions are the file's own.
// Loaded only when a Markdown file is linted, so plain-text runs do not pay for the parser.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Root, RootContent, Table as MdTable } from "mdast";
import type { Heading, Table, TableCell, TableRow } from "./model.js";
import { headingFromMarkup } from "./headings.js";

export interface MarkdownStructure {
  headings: Heading[];
  tables: Table[];
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

export function parseMarkdownStructure(text: string): MarkdownStructure {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const headings: Heading[] = [];
  const tables: Table[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === "heading" && node.position) {
      const start = node.position.start;
      const titleColumn = node.children[0]?.position?.start.column ?? start.column + node.depth + 1;
      const heading = headingFromMarkup(toString(node).trim(), node.depth, { line: start.line, column: start.column, titleColumn });
      if (heading) headings.push(heading);
      return;
    }
    if (node.type === "table") {
      const table = tableFrom(node);
      if (table) tables.push(table);
      return;
    }
    if ("children" in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return { headings, tables };
}

/**
 * Replaces Markdown syntax with spaces, keeping every other character where it is, so rules can search
 * words without tripping on `**` or link targets and still report the file's own columns.
 */
export function maskMarkdownLine(line: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  return line
    .replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => indent + blank(hashes))
    .replace(/^(\s*)>/, (_, indent: string) => indent + " ")
    .replace(/!?\[([^[\]]*)\]\(([^()]*)\)/g, (match, label: string) => ` ${label}${" ".repeat(match.length - label.length - 1)}`)
    .replace(/<br\s*\/?>/gi, blank)
    .replace(/\*\*|__|~~|`/g, blank);
}
