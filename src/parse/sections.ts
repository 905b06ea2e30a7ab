// Turning a flat list of headings into nested sections with body line ranges.
import type { Heading, Section, TableOfContents } from "./model.js";
import { HEADING_BULLETS, isTitleText, isUnnumberedHeading, parseMarker, splitRunOnTitle } from "./headings.js";
import { splitHeaderTerms } from "./tables.js";
import { isBlank } from "./lines.js";

/** Headings found in plain text: numbered lines, and unnumbered lines that read as section titles. */
export function findTextHeadings(lines: readonly string[], tocLines: ReadonlySet<number>, tocs: TableOfContents[]): Heading[] {
  const knownTitles = new Map<number, string>();
  for (const toc of tocs) for (const entry of toc.entries) if (entry.number !== null) knownTitles.set(entry.number, entry.title);
  const headings: Heading[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    if (tocLines.has(line) || isBlank(text)) return;
    const marker = parseMarker(text);
    if (marker) {
      const rest = text.slice(marker.restIndex);
      let title = marker.bracketTitle ?? rest.trim();
      let inlineBody: string | null = marker.bracketTitle ? rest.trim() || null : null;
      if (!marker.bracketTitle && marker.style !== "bullet") {
        const known = marker.number !== null ? (knownTitles.get(marker.number) ?? null) : null;
        const split = splitRunOnTitle(rest, known);
        title = split.title;
        inlineBody = split.body;
      }
      const titleColumn = (marker.bracketTitle ? text.indexOf(marker.bracketTitle, marker.markerIndex) : marker.restIndex) + 1;
      headings.push({
        line,
        column: marker.markerIndex + 1,
        style: marker.style,
        marker: marker.marker,
        number: marker.number,
        title,
        titleColumn,
        inlineBody,
        isTitle: (marker.style !== "bullet" || HEADING_BULLETS.test(marker.marker)) && isTitleText(title),
      });
      return;
    }
    const previousBlank = index === 0 || isBlank(lines[index - 1]);
    if (previousBlank && isUnnumberedHeading(text) && !splitHeaderTerms(text)) {
      const column = text.length - text.trimStart().length + 1;
      headings.push({
        line,
        column,
        style: "plain",
        marker: "",
        number: null,
        title: text.trim(),
        titleColumn: column,
        inlineBody: null,
        isTitle: true,
      });
    }
  });
  return headings;
}

/** The key under which headings share a level: the same numbering written at the same indentation. */
function levelKey(heading: Heading, indentOf: (line: number) => number): string {
  if (heading.style === "markdown") return `md${heading.marker.length}`;
  if (heading.style === "bullet") return `bullet${heading.marker}:${indentOf(heading.line) > 0 ? "indented" : "flush"}`;
  return `${heading.style}:${indentOf(heading.line) > 0 ? "indented" : "flush"}`;
}

/**
 * Picks the top-level style: the first heading style, among those that read as titles, used by at least
 * two headings. A policy numbered 제N조 at the top keeps that even when 1., ① and 가. appear inside.
 */
function topLevelKey(headings: Heading[], keyOf: (heading: Heading) => string): string | null {
  const counts = new Map<string, number>();
  for (const heading of headings) if (heading.isTitle) counts.set(keyOf(heading), (counts.get(keyOf(heading)) ?? 0) + 1);
  const markdown = [...counts.keys()].filter((key) => key.startsWith("md")).sort();
  if (markdown.length > 0) {
    // "# Title" used once for the document name is not the section level
    const levels = markdown.filter((key) => (counts.get(key) ?? 0) >= 2);
    return levels[0] ?? markdown[0];
  }
  if ([...counts.keys()].some((key) => key.startsWith("article") && (counts.get(key) ?? 0) >= 2)) return "article:flush";
  for (const heading of headings) {
    const key = keyOf(heading);
    if (heading.isTitle && heading.style !== "plain" && (counts.get(key) ?? 0) >= 2) return key;
  }
  return null;
}

export function buildSections(headings: Heading[], lines: readonly string[]): { sections: Section[]; allSections: Section[] } {
  const indentOf = (line: number) => {
    const text = lines[line - 1] ?? "";
    return text.length - text.trimStart().length;
  };
  const keyOf = (heading: Heading) => levelKey(heading, indentOf);
  const topKey = topLevelKey(headings, keyOf);
  const isMarkdown = topKey?.startsWith("md") ?? false;
  const markdownDepth = (key: string) => Number(key.slice(2));

  const allSections: Section[] = [];
  const sections: Section[] = [];
  let stack: { key: string; section: Section }[] = [];
  for (const heading of headings) {
    const key = keyOf(heading);
    if (key === topKey) {
      stack = [];
    } else if (isMarkdown && key.startsWith("md")) {
      // Markdown depth decides nesting directly; a heading above the section level is top level
      const depth = markdownDepth(key);
      stack = stack.filter((entry) => entry.key.startsWith("md") && markdownDepth(entry.key) < depth);
    } else {
      const at = stack.findIndex((entry) => entry.key === key);
      if (at >= 0) stack = stack.slice(0, at);
    }
    const parent = stack.length > 0 ? stack[stack.length - 1].section : null;
    const section: Section = { heading, level: stack.length + 1, startLine: heading.line, endLine: heading.line, children: [], parent };
    if (parent) parent.children.push(section);
    else sections.push(section);
    allSections.push(section);
    stack.push({ key, section });
  }

  let lastTextLine = lines.length;
  while (lastTextLine > 0 && isBlank(lines[lastTextLine - 1])) lastTextLine--;
  allSections.forEach((section, index) => {
    let end = lastTextLine;
    for (let next = index + 1; next < allSections.length; next++) {
      if (allSections[next].level <= section.level) {
        end = allSections[next].startLine - 1;
        break;
      }
    }
    while (end > section.startLine && isBlank(lines[end - 1])) end--;
    section.endLine = Math.max(end, section.startLine);
  });
  return { sections, allSections };
}
