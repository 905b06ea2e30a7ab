// The section tree as the rules see it: every section with the statutory items it was taken for, and the
// titled list items that stand in for a section. For --outline, and for an editor's document outline.
import { resolve } from "node:path";
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import { parsePolicy } from "../parse/index.js";
import type { Annex, NumberingStyle, OutOfScope, PolicyDocument, Section, SourceFormat } from "../parse/model.js";
import type { Topic } from "../runtime/query.js";
import { assessTopic } from "../runtime/required.js";
import { outlineLooksUnread } from "../runtime/structure.js";
import { InputError, decodeText, readPolicyBytes } from "../input/read.js";
import { sourceFormatOf } from "../input/source-format.js";
import { selectFiles, type LintOptions } from "./lint.js";
import { rewrittenForReading } from "../parse/rewritten-source.js";
import { originalPositions } from "./reflowed-positions.js";

const TOPICS = Object.keys(sectionTopics.topics) as Topic[];

/** A list item that reads as a sub-heading and was taken for an item ("2. 파기 절차" inside another section). */
export interface OutlineListItem {
  title: string;
  startLine: number;
  endLine: number;
  topics: Topic[];
}

export interface OutlineSection {
  /** 1 = top level */
  level: number;
  /** the marker as written ("제3조", "1.", "①"; "##" for a Markdown heading or an HTML <h2>) */
  marker: string;
  /** the marker's value (가 = 1, ① = 1); for a Markdown or HTML heading, the number it starts with */
  number: number | null;
  title: string;
  /** the heading's translation, set as a heading of its own just above or below it ("## 3. Outsourcing") */
  translation?: { line: number; title: string };
  /** annexes after the policy's articles ([별표 1], <별첨>) the section refers to, read as its content */
  annexes?: Annex[];
  style: NumberingStyle;
  startLine: number;
  endLine: number;
  /** false when the line reads as a sentence or list item rather than a title: it is never taken for an item */
  isTitle: boolean;
  /** the items (keys of rules/data/section-topics.json) the rules take this section for */
  topics: Topic[];
  /** titled list items taken for an item, in this section and not in one of its subsections */
  listItems: OutlineListItem[];
  sections: OutlineSection[];
}

export interface PolicyOutline {
  format: SourceFormat;
  /** the policy's title line, when it has one */
  title: { text: string; line: number; column: number } | null;
  tablesOfContents: { startLine: number; endLine: number; entries: number }[];
  /** top-level sections in document order, each with its subsections */
  sections: OutlineSection[];
  /** titled list items taken for an item outside every section */
  listItems: OutlineListItem[];
  /** the outline looks implausible: a long policy read as one or two sections while item titles stand outside it */
  unread: boolean;
  /** parts of the page the rules do not read: an earlier version appended to the policy, another document */
  outOfScope: OutOfScope[];
}

export interface FileOutline extends PolicyOutline {
  filePath: string;
}

/** The outline of a parsed document: its sections as a tree, with what findTopic takes each one for. */
export function outlineDocument(document: PolicyDocument): PolicyOutline {
  const byStartLine = new Map<number, OutlineSection>();
  const toOutline = (section: Section): OutlineSection => {
    const { heading } = section;
    const node: OutlineSection = {
      level: section.level,
      marker: heading.marker,
      number: heading.number,
      title: heading.title,
      ...(heading.translation ? { translation: { ...heading.translation } } : {}),
      ...(section.annexes ? { annexes: section.annexes.map(({ title, startLine, endLine }) => ({ title, startLine, endLine })) } : {}),
      style: heading.style,
      startLine: section.startLine,
      endLine: section.endLine,
      isTitle: heading.isTitle,
      topics: [],
      listItems: [],
      sections: section.children.map(toOutline),
    };
    byStartLine.set(section.startLine, node);
    return node;
  };
  const outline: PolicyOutline = {
    format: document.format,
    title: document.title,
    tablesOfContents: document.tablesOfContents.map((toc) => ({
      startLine: toc.startLine,
      endLine: toc.endLine,
      entries: toc.entries.length,
    })),
    sections: document.sections.map(toOutline),
    listItems: [],
    unread: outlineLooksUnread(document),
    outOfScope: document.outOfScope.map((part) => ({ ...part })),
  };

  // one list item can be taken for several items: keep one entry per line
  const listItems = new Map<number, OutlineListItem>();
  for (const topic of TOPICS) {
    // the sections the rules take for the item: not the policy's article about itself ("제1조(목적)")
    for (const anchor of assessTopic(document, topic).anchors) {
      if (anchor.section) {
        byStartLine.get(anchor.headingLine)?.topics.push(topic);
        continue;
      }
      let item = listItems.get(anchor.headingLine);
      if (!item) {
        item = { title: anchor.title, startLine: anchor.startLine, endLine: anchor.endLine, topics: [] };
        listItems.set(anchor.headingLine, item);
        const container = innermostSectionAt(document, anchor.headingLine);
        (container ? byStartLine.get(container.startLine)! : outline).listItems.push(item);
      }
      item.topics.push(topic);
    }
  }
  for (const node of [outline, ...byStartLine.values()]) node.listItems.sort((a, b) => a.startLine - b.startLine);
  return outline;
}

/** The deepest section whose lines include `line`: sections nest, so it is the last such in document order. */
function innermostSectionAt(document: PolicyDocument, line: number): Section | null {
  let found: Section | null = null;
  for (const section of document.allSections) {
    if (section.startLine > line) break;
    if (section.endLine >= line) found = section;
  }
  return found;
}

/** Parses a policy and outlines it; a rewritten source (a page reflowed) is read as the linter reads it, lines mapped back. */
export async function outlinePolicy(text: string, format: SourceFormat = "text"): Promise<PolicyOutline> {
  const reflowed = rewrittenForReading(text, format);
  if (!reflowed) return outlineDocument(await parsePolicy(text, format));
  const outline = outlineDocument(await parsePolicy(reflowed.text, format));
  const moved = originalPositions(reflowed, text);
  const at = (line: number, column = 1) => moved(line, column);
  const lineOf = (line: number) => at(line).line;
  const lines = <T extends { startLine: number; endLine: number }>(node: T): T => ({
    ...node,
    startLine: lineOf(node.startLine),
    endLine: lineOf(node.endLine),
  });
  const section = (node: OutlineSection): OutlineSection => ({
    ...lines(node),
    ...(node.translation && { translation: { ...node.translation, line: lineOf(node.translation.line) } }),
    listItems: node.listItems.map(lines),
    sections: node.sections.map(section),
  });
  return {
    ...outline,
    title: outline.title && { text: outline.title.text, ...at(outline.title.line, outline.title.column) },
    tablesOfContents: outline.tablesOfContents.map(lines),
    sections: outline.sections.map(section),
    listItems: outline.listItems.map(lines),
    outOfScope: outline.outOfScope.map(lines),
  };
}

export interface OutlineRun {
  outlines: FileOutline[];
  /** files that could not be read, each with its reason */
  inputErrors: InputError[];
}

/**
 * Outlines files, directories and globs: the files lint() would read, read the same way (encoding, size
 * limit). A file that cannot be read is reported and the rest are still outlined.
 */
export async function outlineFiles(patterns: readonly string[], options: LintOptions = {}): Promise<OutlineRun> {
  const { files, errors } = await selectFiles(patterns, options);
  const outlines: FileOutline[] = [];
  for (const { file, options: fileOptions, ignoredBy } of files) {
    // a named file an ignore pattern leaves out is not outlined, as it is not linted
    if (ignoredBy !== undefined) continue;
    try {
      const text = decodeText(readPolicyBytes(file, fileOptions.maxFileSize), file, fileOptions.encoding);
      outlines.push({ filePath: resolve(file), ...(await outlinePolicy(text, sourceFormatOf(text, file, fileOptions.parser))) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  return { outlines, inputErrors: errors };
}
