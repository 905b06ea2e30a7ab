// --outline: each file's sections as a tree (like `tree`), with line ranges, numbering styles and the items
// the rules take each section for; or the same as JSON (schemas/outline.schema.json).
import { relative } from "node:path";
import type { Topic } from "../runtime/query.js";
import type { Locale } from "../runtime/rule.js";
import type { FileOutline, OutlineListItem, OutlineSection, PolicyOutline } from "../pipeline/outline.js";
import { topicName } from "./topic-names.js";

export interface OutlineTextOptions {
  locale: Locale;
  cwd?: string;
}

const LABELS = {
  ko: {
    title: "제목",
    tableOfContents: "목차",
    none: "없음",
    lineOf: (line: number) => `${line}행`,
    linesOf: (start: number, end: number) => `${start}–${end}행`,
    entries: (count: number) => `항목 ${count}개`,
    number: (value: number) => `번호 ${value}`,
    notTitle: "제목 아님",
    annex: "붙은 별표",
    listItem: "목록 항목",
    noSections: "(절 없음)",
    outOfScope: "범위 밖",
    reasons: { "previous-version": "이전 판", comparison: "신·구 대비표", "other-document": "다른 문서" },
    unread: "주의: 절 구분을 읽지 못한 것 같습니다(긴 처리방침이 한두 절로 읽혔고, 항목 제목으로 보이는 줄이 절 밖에 있습니다)",
  },
  en: {
    title: "title",
    tableOfContents: "table of contents",
    none: "none",
    lineOf: (line: number) => `line ${line}`,
    linesOf: (start: number, end: number) => `lines ${start}–${end}`,
    entries: (count: number) => `${count} ${count === 1 ? "entry" : "entries"}`,
    number: (value: number) => `number ${value}`,
    notTitle: "not a title",
    annex: "annex",
    listItem: "list item",
    noSections: "(no sections)",
    outOfScope: "out of scope",
    reasons: {
      "previous-version": "an earlier version",
      comparison: "a table of the old text beside the new",
      "other-document": "another document",
    },
    unread:
      "note: the sections do not seem to have been read (a long policy read as one or two sections, with lines that look like item titles outside them)",
  },
} as const;

// a heading that is really a sentence runs to hundreds of characters; the JSON output keeps it whole
const MAX_TITLE_LENGTH = 50;

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length <= MAX_TITLE_LENGTH ? text : `${characters.slice(0, MAX_TITLE_LENGTH - 1).join("")}…`;
}

type Node = { kind: "section"; section: OutlineSection } | { kind: "list-item"; item: OutlineListItem };

/** Subsections and list items, merged in line order. */
function childrenOf(parent: { sections: OutlineSection[]; listItems: OutlineListItem[] }): Node[] {
  const nodes: Node[] = [
    ...parent.sections.map((section) => ({ kind: "section" as const, section })),
    ...parent.listItems.map((item) => ({ kind: "list-item" as const, item })),
  ];
  const lineOf = (node: Node) => (node.kind === "section" ? node.section.startLine : node.item.startLine);
  return nodes.sort((a, b) => lineOf(a) - lineOf(b));
}

function describeNode(node: Node, locale: Locale): string {
  const labels = LABELS[locale];
  const takenFor = (topics: Topic[]) => (topics.length > 0 ? `  → ${topics.map((topic) => topicName(topic, locale)).join(", ")}` : "");
  if (node.kind === "list-item") {
    const { item } = node;
    return `(${labels.listItem}) ${shorten(item.title)}  (${item.startLine}–${item.endLine})${takenFor(item.topics)}`;
  }
  const { section } = node;
  const details = [`${section.startLine}–${section.endLine}`, section.style];
  // a Markdown or HTML heading's marker is its level; the number it starts with is shown apart
  if (section.style === "markdown" && section.number !== null) details.push(labels.number(section.number));
  if (!section.isTitle) details.push(labels.notTitle);
  // an annex after the articles that the section refers to: read as its content
  for (const annex of section.annexes ?? []) details.push(`${labels.annex} ${shorten(annex.title)} ${annex.startLine}–${annex.endLine}`);
  const title = section.translation ? `${shorten(section.title)} / ${shorten(section.translation.title)}` : shorten(section.title);
  const heading = [section.marker, title].filter((part) => part !== "").join(" ");
  return `${heading}  (${details.join(", ")})${takenFor(section.topics)}`;
}

function treeLines(parent: { sections: OutlineSection[]; listItems: OutlineListItem[] }, indent: string, locale: Locale): string[] {
  const children = childrenOf(parent);
  return children.flatMap((node, index) => {
    const last = index === children.length - 1;
    const line = `${indent}${last ? "└── " : "├── "}${describeNode(node, locale)}`;
    if (node.kind === "list-item") return [line];
    return [line, ...treeLines(node.section, indent + (last ? "    " : "│   "), locale)];
  });
}

function headerLines(outline: PolicyOutline, locale: Locale): string[] {
  const labels = LABELS[locale];
  const title = outline.title ? `${outline.title.text} (${labels.lineOf(outline.title.line)})` : labels.none;
  const tablesOfContents =
    outline.tablesOfContents.length > 0
      ? outline.tablesOfContents.map((toc) => `${labels.linesOf(toc.startLine, toc.endLine)} (${labels.entries(toc.entries)})`).join(", ")
      : labels.none;
  const lines = [`${labels.title}: ${title}`, `${labels.tableOfContents}: ${tablesOfContents}`];
  // an appended earlier version or another document on the page, which the rules do not read
  if (outline.outOfScope.length > 0)
    lines.push(
      `${labels.outOfScope}: ${outline.outOfScope
        .map((part) => `${labels.linesOf(part.startLine, part.endLine)} (${labels.reasons[part.reason]}: ${shorten(part.title)})`)
        .join(", ")}`,
    );
  return outline.unread ? [...lines, labels.unread] : lines;
}

export function formatOutlineText(outlines: readonly FileOutline[], options: OutlineTextOptions): string {
  return outlines
    .map((outline) => {
      const tree = treeLines(outline, "", options.locale);
      return [
        relative(options.cwd ?? process.cwd(), outline.filePath) || outline.filePath,
        ...headerLines(outline, options.locale),
        ...(tree.length > 0 ? tree : [LABELS[options.locale].noSections]),
        "",
      ].join("\n");
    })
    .join("\n");
}

interface JsonTopic {
  id: Topic;
  name: string;
}

export interface JsonOutlineListItem extends Omit<OutlineListItem, "topics"> {
  topics: JsonTopic[];
}

export interface JsonOutlineSection extends Omit<OutlineSection, "topics" | "listItems" | "sections"> {
  topics: JsonTopic[];
  listItems: JsonOutlineListItem[];
  sections: JsonOutlineSection[];
}

export interface JsonOutline extends Omit<FileOutline, "sections" | "listItems"> {
  sections: JsonOutlineSection[];
  listItems: JsonOutlineListItem[];
}

/** The outlines with each item named in `locale` beside its id. */
export function toJsonOutlines(outlines: readonly FileOutline[], locale: Locale): JsonOutline[] {
  const named = (topics: Topic[]) => topics.map((id) => ({ id, name: topicName(id, locale) }));
  const listItem = (item: OutlineListItem): JsonOutlineListItem => ({ ...item, topics: named(item.topics) });
  const section = (node: OutlineSection): JsonOutlineSection => ({
    ...node,
    topics: named(node.topics),
    listItems: node.listItems.map(listItem),
    sections: node.sections.map(section),
  });
  return outlines.map(({ filePath, ...outline }) => ({
    filePath,
    ...outline,
    sections: outline.sections.map(section),
    listItems: outline.listItems.map(listItem),
  }));
}

export function formatOutlineJson(outlines: readonly FileOutline[], locale: Locale): string {
  return `${JSON.stringify(toJsonOutlines(outlines, locale), null, 2)}\n`;
}
