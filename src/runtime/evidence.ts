// Evidence that a required item is disclosed although no section is about it: the law asks for the
// disclosure, not for a heading. A policy may give it as a field ("보유기간 : 탈퇴 시까지"), a table
// column, a line that reads as a title but is not numbered like the sections, or a phrase in running text.
import type { PolicyDocument } from "../parse/model.js";
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import { isTitleText, parseMarker } from "../parse/headings.js";
import {
  fieldsByLine,
  findSections,
  inPartsOfAnother,
  linesBetween,
  linesMatching,
  linesMatchingEach,
  outsideToc,
  sectionEndAt,
  shortLinesMatching,
  topicPattern,
  type LineText,
  type Topic,
} from "./query.js";
import { isPlaceholder } from "./extract.js";
import { indentOf } from "../parse/lines.js";
import { headinglessParagraphs } from "./paragraphs.js";

export interface Evidence {
  /** the line that names the item */
  line: number;
  kind: "title-line" | "field" | "table-column" | "passage";
  /** the text that should carry the item's substance */
  body: LineText[];
}

interface EvidencePatterns {
  fieldLabel: RegExp | null;
  passage: RegExp | null;
  /** the measures a passage lists, and how many distinct ones make it the item (one array, as linesMatchingEach wants) */
  measures: { patterns: RegExp[]; minimum: number } | null;
}

const topics = sectionTopics.topics as Record<
  string,
  { fieldLabel?: string; passage?: string; listedMeasures?: { patterns: string[]; minimum: number } }
>;
const compiled = new Map<string, EvidencePatterns>();

function patternsFor(topic: Topic): EvidencePatterns {
  let patterns = compiled.get(topic);
  if (!patterns) {
    const { fieldLabel, passage, listedMeasures } = topics[topic];
    const passagePattern = passage ? new RegExp(passage, "i") : null;
    patterns = {
      fieldLabel: fieldLabel ? new RegExp(fieldLabel, "i") : null,
      passage: passagePattern,
      measures: listedMeasures
        ? { patterns: listedMeasures.patterns.map((pattern) => new RegExp(pattern, "i")), minimum: listedMeasures.minimum }
        : null,
    };
    compiled.set(topic, patterns);
  }
  return patterns;
}

// a list glyph, number or bracket in front of a title-like line
const LEAD = /^\s*(?:[-*•·▶▷►■□◆◇○●◦▪※]\s*|\d{1,2}[.)]\s*|[①-⑳]\s*|[가-하][.)]\s*|\(\d{1,2}\)\s*|[[【<〈《])+/;
const TRAIL = /[\]】>〉》]\s*$/;
// a title's colon with nothing after it
const OPEN_COLON = /[:：]$/;
// a passage is the named line and the two after it: near enough to be about the same thing
const PASSAGE_LINES = 2;
const MAX_TITLE_LINE = 80;
// a title line's passage runs to the next blank line, and no further than this
const MAX_TITLE_PASSAGE = 15;

/**
 * The lines after a title-like line, up to a blank line, the next numbered line or the end of its top-level
 * section: the line is a title the outline did not read as one, so the sections around it may be list items
 * taken for headings, and only a top-level heading is surely another item's.
 */
function passageAfter(document: PolicyDocument, line: number): LineText[] {
  const lines: LineText[] = [];
  // under an unnumbered title ("개인정보의 처리 목적:") numbered lines are its list, not the next title
  const numbered = (parseMarker(document.plain[line - 1])?.style ?? "bullet") !== "bullet";
  for (let next = line + 1; next <= Math.min(sectionEndAt(document, line, true), line + MAX_TITLE_PASSAGE); next++) {
    const text = document.plain[next - 1];
    if (text.trim() === "" && lines.length > 0) break;
    const marker = parseMarker(text);
    if (numbered && marker && marker.style !== "bullet" && lines.length > 0 && indentOf(text) <= indentOf(document.plain[line - 1])) break;
    lines.push({ line: next, text });
  }
  return lines;
}

/**
 * Where the titled section around `line` ends: the innermost section with a title heading, or the next such heading.
 * A list item read as a section ("1) … 5일 이내에 파기합니다" over "3) … 삭제하고 … 파쇄합니다") is no title: the items
 * after it are the same passage.
 */
function titledSectionEnd(document: PolicyDocument, line: number): number {
  let end = sectionEndAt(document, line, true);
  for (const section of document.allSections) {
    if (!section.heading.isTitle) continue;
    if (section.startLine <= line && line <= section.endLine) end = Math.min(end, section.endLine);
    else if (section.startLine > line) end = Math.min(end, section.startLine - 1);
  }
  return end;
}

/** A field's value with the more deeply indented lines that continue it ("필수항목 :" then "  - 이름"). */
function fieldValue(document: PolicyDocument, line: number, value: string): LineText[] {
  const lines: LineText[] = value ? [{ line, text: value }] : [];
  const indent = indentOf(document.plain[line - 1]);
  for (let next = line + 1; next <= document.plain.length; next++) {
    const text = document.plain[next - 1];
    if (text.trim() === "" || indentOf(text) <= indent) break;
    lines.push({ line: next, text });
  }
  return lines;
}

const evidenceCache = new WeakMap<PolicyDocument, Map<Topic, Evidence[]>>();

/** Evidence for `topic`, found once per document (several rules ask). */
export function findEvidence(document: PolicyDocument, topic: Topic): Evidence[] {
  let byTopic = evidenceCache.get(document);
  if (!byTopic) evidenceCache.set(document, (byTopic = new Map()));
  let found = byTopic.get(topic);
  if (!found) byTopic.set(topic, (found = computeEvidence(document, topic)));
  return found;
}

// sections whose tables and fields describe another party's use: their "목적" or "항목" column is what the
// recipient, processor or overseas receiver does, not the controller's own purposes or items
const OTHER_PARTIES: readonly Topic[] = ["third-party", "entrustment", "overseas"];

/** True when `line` lies in a section about another party's use of the data (and not about `topic` itself). */
function inOtherPartysSection(document: PolicyDocument, line: number, topic: Topic): boolean {
  if (OTHER_PARTIES.includes(topic)) return false;
  return inSectionAbout(document, line, OTHER_PARTIES);
}

function inSectionAbout(document: PolicyDocument, line: number, about: readonly Topic[]): boolean {
  return about.some((other) => findSections(document, other).some((section) => section.startLine <= line && line <= section.endLine));
}

// sections whose safeguards are their own processing's: a recipient's, a processor's, the cameras', pseudonymised data's
const OWN_SAFEGUARDS: readonly Topic[] = [...OTHER_PARTIES, "video", "pseudonymized"];

/**
 * Passages that list at least `minimum` distinct measures ("내부관리계획 수립, 접근권한 관리, 개인정보 암호화"):
 * the measures are the item's substance (시행령 제30조), so such a passage is the item under whatever heading.
 * A passage is the line and the two after it, in the line's top-level section.
 */
function listedMeasures(
  document: PolicyDocument,
  measures: { patterns: RegExp[]; minimum: number },
  taken: ReadonlySet<number>,
): Evidence[] {
  const found = new Map<number, Set<number>>();
  linesMatchingEach(document, measures.patterns).forEach((lines, which) => {
    for (const line of lines) found.set(line, (found.get(line) ?? new Set()).add(which));
  });
  const evidence: Evidence[] = [];
  for (const line of outsideToc(
    document,
    [...found.keys()].sort((a, b) => a - b),
  )) {
    if (taken.has(line) || inSectionAbout(document, line, OWN_SAFEGUARDS)) continue;
    // the passage runs on through the list items after the line (each item may read as a section of its own)
    const end = Math.min(line + PASSAGE_LINES, sectionEndAt(document, line, true));
    const listed = new Set<number>();
    for (let next = line; next <= end; next++) for (const which of found.get(next) ?? []) listed.add(which);
    if (listed.size >= measures.minimum) evidence.push({ line, kind: "passage", body: linesBetween(document, line, end) });
  }
  return evidence;
}

function computeEvidence(document: PolicyDocument, topic: Topic): Evidence[] {
  const { fieldLabel, passage, measures } = patternsFor(topic);
  const title = topicPattern(topic);
  // a title is short: only the short lines are read for the item's title words (a long line that names the item
  // is a sentence, read as a passage below)
  const titleLines = shortLinesMatching(document, title, MAX_TITLE_LINE);
  const passageLines = passage ? linesMatching(document, passage) : [];
  const evidence: Evidence[] = [];
  const fields = fieldsByLine(document);
  for (const [line, field] of fields) {
    if (
      fieldLabel?.test(field.label) &&
      !isPlaceholder(field.value) &&
      !inOtherPartysSection(document, line, topic) &&
      !inPartsOfAnother(document, line, topic)
    )
      evidence.push({ line, kind: "field", body: fieldValue(document, line, field.value) });
  }
  // lines that name the item, found with one scan of the text each; a field line is a field, not a title
  const titled = new Set<number>();
  // a table's header row names its columns, not a section: the columns are read as such below
  const inTable = (line: number) => document.tables.some((table) => table.startLine <= line && line <= table.endLine);
  for (const line of outsideToc(document, titleLines)) {
    // "개인정보의 처리 목적:" with nothing after the colon is a title over the lines below, not a field
    if ((fields.has(line) && fields.get(line)!.value.trim() !== "") || inTable(line) || inPartsOfAnother(document, line, topic)) continue;
    const bare = document.plain[line - 1].replace(LEAD, "").replace(TRAIL, "").trim().replace(OPEN_COLON, "").trimEnd();
    if (bare.length >= 2 && title.test(bare) && isTitleText(bare)) {
      evidence.push({ line, kind: "title-line", body: passageAfter(document, line) });
      titled.add(line);
    }
  }
  const passages = new Set<number>(titled);
  if (passage) {
    // a heading's words name its section's item, and are none of its substance ("파기 절차 및 방법" gives no method):
    // the passage of a heading (a table's row header, read as no title line above) is the lines under it; a list
    // item that is a sentence ("③ 보호자는 … 열람, 정정을 요구할 수 있습니다") is its own substance
    const headingLines =
      passageLines.length > 0
        ? new Set(document.allSections.filter((section) => section.heading.isTitle).map((section) => section.heading.line))
        : null;
    for (const line of outsideToc(document, passageLines)) {
      if (fields.has(line) || titled.has(line) || inPartsOfAnother(document, line, topic)) continue;
      passages.add(line);
      const start = headingLines?.has(line) ? line + 1 : line;
      // the window stays in the line's section: the next heading is another item's
      evidence.push({
        line,
        kind: "passage",
        body: linesBetween(document, start, Math.min(line + PASSAGE_LINES, titledSectionEnd(document, line))),
      });
    }
  }
  if (measures) evidence.push(...listedMeasures(document, measures, passages));
  // in a policy without headings, a paragraph that names the item or speaks of it is its place: read whole, as
  // its sentences run on over wrapped lines or stand on one long line
  for (const paragraph of headinglessParagraphs(document)) {
    const text = paragraph.map((entry) => entry.text).join(" ");
    if (title.test(text) || passage?.test(text)) evidence.push({ line: paragraph[0].line, kind: "passage", body: paragraph });
  }
  if (fieldLabel) {
    for (const table of document.tables) {
      table.header.cells.forEach((cell, column) => {
        if (!fieldLabel.test(cell.text) || inOtherPartysSection(document, cell.line, topic)) return;
        const cells = table.rows.map((row) => row.cells[column]).filter((value) => value && !isPlaceholder(value.text));
        if (cells.length > 0)
          evidence.push({ line: cell.line, kind: "table-column", body: cells.map(({ line, text }) => ({ line, text })) });
      });
    }
  }
  return evidence.sort((a, b) => a.line - b.line);
}
