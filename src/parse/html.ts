// HTML policies (the page on the website): rehype finds headings and table cells; the text rules read is
// the HTML with its markup blanked out character for character, so every line and column is the file's own.
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { Heading, Table, TableCell, TableRow } from "./model.js";
import { headingFromMarkup } from "./headings.js";
import { blankSpans, commentSpans } from "./comments.js";

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", bull: "•" };

const blank = (match: string) => match.replace(/[^\n\r]/g, " ");

const BLOCK_OPEN = /<(script|style|head)\b/gi;

/**
 * Blanks each <script>, <style> and <head> element (the page's title and metadata are not the policy's text)
 * and each comment. Found by searching for the closing text rather than with /<(…)\b[\s\S]*?<\/\1>/: on a
 * page of unclosed openings that regex reads to the end from each one.
 */
function blankBlocksAndComments(text: string): string {
  const spans: [number, number][] = [];
  const unclosed = new Set<string>();
  BLOCK_OPEN.lastIndex = 0;
  for (let open = BLOCK_OPEN.exec(text); open; open = BLOCK_OPEN.exec(text)) {
    const name = open[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, "gi");
    closing.lastIndex = BLOCK_OPEN.lastIndex;
    const close = closing.exec(text);
    if (!close) {
      unclosed.add(name); // a later opening of the same element has no closing either
      continue;
    }
    spans.push([open.index, closing.lastIndex]);
    BLOCK_OPEN.lastIndex = closing.lastIndex;
  }
  const masked = blankSpans(text, spans);
  return blankSpans(masked, commentSpans(masked));
}

/** Replaces tags, comments, scripts and styles with spaces and entities with their character plus spaces. */
export function maskHtml(text: string): string {
  return (
    blankBlocksAndComments(text)
      // a lone "<" in the text is not a tag: a tag ends before the next "<"
      .replace(/<[^<>]*>/g, blank)
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
        const lower = name.toLowerCase();
        const char = lower.startsWith("#x")
          ? String.fromCodePoint(parseInt(lower.slice(2), 16))
          : lower.startsWith("#")
            ? String.fromCodePoint(Number(lower.slice(1)))
            : (ENTITIES[lower] ?? " ");
        // keep one UTF-16 unit per masked character so later columns do not move
        const single = char.length === 1 ? char : " ";
        return single + " ".repeat(match.length - 1);
      })
  );
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function firstTextPosition(node: Element): { line: number; column: number } | null {
  for (const child of node.children) {
    if (child.type === "text" && child.value.trim() !== "" && child.position) {
      const leading = child.value.length - child.value.trimStart().length;
      const before = child.value.slice(0, leading);
      const lines = before.split("\n");
      return lines.length > 1
        ? { line: child.position.start.line + lines.length - 1, column: lines[lines.length - 1].length + 1 }
        : { line: child.position.start.line, column: child.position.start.column + leading };
    }
    if (child.type === "element") {
      const found = firstTextPosition(child);
      if (found) return found;
    }
  }
  return null;
}

export interface HtmlStructure {
  headings: Heading[];
  tables: Table[];
  /** the page's first <h1> */
  title: TitleLine | null;
  /** the page's <title>, in its head: the title when the body has none of its own */
  pageTitle: TitleLine | null;
}

export interface TitleLine {
  text: string;
  line: number;
  column: number;
}

export function parseHtmlStructure(text: string): HtmlStructure {
  const tree = unified().use(rehypeParse, { fragment: false }).parse(text) as Root;
  const headings: Heading[] = [];
  const tables: Table[] = [];
  let h1: TitleLine | null = null;
  let pageTitle: TitleLine | null = null;
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "title" && !pageTitle) {
      const at = firstTextPosition(node);
      const content = textOf(node).replace(/\s+/g, " ").trim();
      if (at && content) pageTitle = { text: content, ...at };
      return;
    }
    if (node.type === "element" && /^h[1-6]$/.test(node.tagName) && node.position) {
      const at = firstTextPosition(node) ?? { line: node.position.start.line, column: node.position.start.column };
      const content = textOf(node).replace(/\s+/g, " ").trim();
      if (node.tagName === "h1" && !h1 && content) h1 = { text: content, ...at };
      const heading = headingFromMarkup(content, Number(node.tagName[1]), { ...at, titleColumn: at.column });
      if (heading) headings.push(heading);
      return;
    }
    if (node.type === "element" && node.tagName === "table") {
      const rows: TableRow[] = [];
      const collectRows = (element: Element) => {
        for (const child of element.children) {
          if (child.type !== "element") continue;
          if (child.tagName === "tr") {
            const cells: TableCell[] = child.children
              .filter((cell): cell is Element => cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th"))
              .map((cell) => {
                const at = firstTextPosition(cell) ?? { line: cell.position?.start.line ?? 1, column: cell.position?.start.column ?? 1 };
                return { text: textOf(cell).replace(/\s+/g, " ").trim(), line: at.line, column: at.column };
              });
            if (cells.length > 0) rows.push({ line: cells[0].line, endLine: child.position?.end.line ?? cells[0].line, cells });
          } else collectRows(child);
        }
      };
      collectRows(node);
      if (rows.length > 0 && node.position) {
        const [header, ...body] = rows;
        tables.push({ form: "html", startLine: node.position.start.line, endLine: node.position.end.line, header, rows: body });
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { headings, tables, title: h1, pageTitle };
}
