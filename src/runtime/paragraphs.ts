// Policies written without headings, in paragraphs only (a shop's or clinic's short notice, text pasted without
// its formatting): there each paragraph is the place of what it speaks of, as a section is elsewhere.
import type { PolicyDocument } from "../parse/model.js";
import { titleTopics, type LineText } from "./query.js";

/** A policy with fewer sections about a statutory item than this reads its paragraphs as its places. */
const MIN_ITEM_SECTIONS = 2;

const paragraphsCache = new WeakMap<PolicyDocument, LineText[][]>();

/**
 * The paragraphs of a policy without headings, each its lines up to a blank line (tables, the table of contents
 * and the title left out); none when the policy has sections about its items, which are its places then.
 * Made once per document.
 */
export function headinglessParagraphs(document: PolicyDocument): LineText[][] {
  let paragraphs = paragraphsCache.get(document);
  if (!paragraphs) {
    paragraphs = isHeadingless(document) ? paragraphsOf(document) : [];
    paragraphsCache.set(document, paragraphs);
  }
  return paragraphs;
}

/** The paragraph of a policy without headings that holds `line`, if any. */
export function headinglessParagraphAt(document: PolicyDocument, line: number): LineText[] | undefined {
  return headinglessParagraphs(document).find((paragraph) => paragraph[0].line <= line && line <= paragraph[paragraph.length - 1].line);
}

/**
 * True when nothing but the title heads the text: no numbered or marked heading, and at most one unmarked line
 * read as a heading about an item (a wrapped sentence's first line in a paragraph-only policy is no outline).
 */
function isHeadingless(document: PolicyDocument): boolean {
  const titleLine = document.title?.line;
  const headings = document.allSections.filter((section) => section.startLine !== titleLine && !document.tocLines.has(section.startLine));
  if (headings.some((section) => section.heading.style !== "plain")) return false;
  return headings.filter((section) => titleTopics(section.heading.title).length > 0).length < MIN_ITEM_SECTIONS;
}

function paragraphsOf(document: PolicyDocument): LineText[][] {
  const inTable = new Uint8Array(document.plain.length + 2);
  for (const table of document.tables) inTable.fill(1, table.startLine, table.endLine + 1);
  const paragraphs: LineText[][] = [];
  let current: LineText[] = [];
  document.plain.forEach((text, index) => {
    const line = index + 1;
    const outside = text.trim() === "" || inTable[line] === 1 || document.tocLines.has(line) || line === document.title?.line;
    if (outside) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push({ line, text });
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
