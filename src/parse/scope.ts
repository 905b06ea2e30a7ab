// Parts of a page that are not the policy in force: an earlier version appended to it ("이전 개인정보 처리방침
// (2023.1.1 ~ 2024.6.30)", "개정 전 처리방침 전문"), a table that sets the old text beside the new ("신·구조문
// 대비표"), and another document published on the same page (회원 이용약관, 마케팅 정보 수신 동의). The rules read
// none of them: their lines are blanked as comments are, so lines and columns hold, and the outline names them.
import type { OutOfScope, Section } from "./model.js";
import { isItemTitle, isTitleText, parseMarker } from "./headings.js";
import { isBlank, insideSentence } from "./lines.js";
import { isBareRule } from "./box-tables.js";
import pageParts from "../../rules/data/page-parts.json" with { type: "json" };
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };

// a title line is short: a longer line is a sentence, and is not tested further
const MAX_TITLE_LINE = 60;
// the same, with room for the indentation or the masked markup ("<h2 class=…>") around it
const MAX_LINE_WITH_INDENT = 200;
// a space, a tab, an ideographic or a no-break space (what masked markup and indentation leave)
const isSpaceCode = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
const MAX_DOCUMENT_TITLE = 30;
// most lines name no policy and no document: one test sets them aside
const MAY_NAME_A_DOCUMENT = /방침|정책|약관|동의|거부|Policy|Notice|Statement|Terms/i;
const POLICY_NAME = /(?:개인\s*정보\s*)?(?:처리|취급|보호)\s*(?:방침|정책)|프라이버시\s*정책|Privacy\s*(?:Policy|Notice|Statement)/i;
// the title ends with the policy's name: "이용약관 및 개인정보 처리방침" names the policy, "처리방침의 변경" a section
const ENDS_WITH_POLICY_NAME = new RegExp(`(?:${POLICY_NAME.source})$`, "i");
// "이전", "종전", "개정 전", "(구)" as a word of their own before the name ("가람구 개인정보 처리방침" is a district's)
const EARLIER = new RegExp(`(?:^|[\\s(<[【〈《「])(?:${pageParts.earlierVersion})(?:$|[\\s)>\\]】〉》」])`);
const CURRENT = new RegExp(`(?:^|[\\s(<[【〈《「])(?:${pageParts.currentVersion})`);
const OTHER_DOCUMENT = new RegExp(`(?:${pageParts.otherDocuments})$`, "i");
const COMPARISON = new RegExp(`(?:${pageParts.comparisonTable})$`);
// "(2023.1.1 ~ 2024.6.30)": a version that has ended; "(2024.7.1 ~ 현재)" is the one in force
const DATE = String.raw`\d{2,4}\s{0,2}[.\-/년]\s{0,2}\d{1,2}\s{0,2}[.\-/월]\s{0,2}\d{1,2}\s{0,2}일?\.?`;
const CLOSED_DATE_RANGE = new RegExp(`${DATE}\\s{0,3}[~∼〜–-]\\s{0,3}${DATE}`);
// a menu or a control ("이용약관 | 개인정보 처리방침", "2024.07.01 ▼"), not a title
const NAVIGATION = /다운로드|클릭|[|｜▼▲]/;
// a link to an earlier version ("이전 처리방침 보기"): its text must show that it holds that version
const LINK = /(?:보기|바로\s*가기)$/;
const PARENTHESISED = /[(（][^()（）]*[)）]/g;
const CLOSING: Record<string, string> = { "[": "]", "【": "】", "<": ">", "〈": "〉", "《": "》", "「": "」", "(": ")" };
const TOPICS = Object.values(sectionTopics.topics).map((topic) => new RegExp(topic.title, "i"));

// "earlier link": a link's text that names an earlier version ("이전 처리방침 보기"), over the version folded under it;
// "comparison": the title over a table of the old text beside the new ("개인정보 처리방침 신·구조문 대비표")
type TitleKind = "earlier" | "earlier link" | "current" | "policy" | "other" | "comparison";

/** "[이전 개인정보 처리방침]" → "이전 개인정보 처리방침": a title standing in brackets of its own. */
function unbracketed(text: string): string {
  const closing = CLOSING[text[0]];
  return closing && text.endsWith(closing) ? text.slice(1, -1).trim() : text;
}

/** What a line names when it is a document's title: the policy (an earlier version, the one in force), or another document. */
function titleKind(text: string): TitleKind | null {
  // most lines are sentences: their length sets them aside before any pattern is tried
  if (text.length > MAX_LINE_WITH_INDENT) return null;
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - start < 2 || end - start > MAX_TITLE_LINE) return null;
  const trimmed = text.slice(start, end);
  if (COMPARISON.test(unbracketed(trimmed)) && !NAVIGATION.test(trimmed)) return "comparison";
  if (!MAY_NAME_A_DOCUMENT.test(trimmed) || NAVIGATION.test(trimmed)) return null;
  // a numbered line is a section or a list item (a list of versions), not a document's title
  const marker = parseMarker(trimmed);
  if (marker && marker.style !== "bracket") return null;
  const title = unbracketed(trimmed);
  const linked = LINK.test(title);
  const bare = title
    .replace(PARENTHESISED, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s(?:전문|원문|보기|바로\s*가기)$/, "");
  if (bare.length < 2 || !isTitleText(bare)) return null;
  const name = ENDS_WITH_POLICY_NAME.exec(bare);
  if (name) {
    if (EARLIER.test(bare.slice(0, name.index)) || CLOSED_DATE_RANGE.test(title)) return linked ? "earlier link" : "earlier";
    return linked ? null : CURRENT.test(title) ? "current" : "policy";
  }
  // a document's name lists nothing: "이름, 이메일주소, 마케팅 수신동의" is a table's cell or a list
  if (linked || bare.length > MAX_DOCUMENT_TITLE || /[,，、]/.test(bare)) return null;
  return OTHER_DOCUMENT.test(bare) && !POLICY_NAME.test(bare) ? "other" : null;
}

interface SectionLine {
  style: string | null;
  number: number | null;
  topics: number[];
}

/** A line that reads as a section's title about a statutory item ("3. 개인정보 관리책임자"), with its number. */
function sectionLine(text: string): SectionLine | null {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_TITLE_LINE) return null;
  const marker = parseMarker(trimmed);
  if (marker?.style === "bullet") return null;
  const whole = marker ? (marker.bracketTitle ?? trimmed.slice(marker.restIndex)) : trimmed;
  // a summary's numbered line answered on itself ("1. 수집하는 개인정보 항목: 휴대전화번호, 닉네임") is titled before its colon
  const colon = whole.search(/[:：]/);
  const title = colon > 0 && marker?.number != null ? whole.slice(0, colon).trim() : whole;
  if (!isTitleText(title)) return null;
  const topics = TOPICS.flatMap((topic, index) => (topic.test(title) ? [index] : []));
  if (topics.length === 0) return null;
  return { style: marker?.number != null ? marker.style : null, number: marker?.number ?? null, topics };
}

// an earlier version shows its items early: this many of its section titles are enough to see them repeat
const REPEAT_LOOKAHEAD = 12;

/**
 * What the checks below ask of every line, found once when a page has a candidate heading: a page of thousands
 * of them is then still read in one pass, each check in constant time.
 */
class PageLines {
  readonly count: number;
  /** each line as a section's title about an item ("3. 개인정보 관리책임자"), or null */
  readonly sections: (SectionLine | null)[];
  /** the next line after each with a section title, a numbered one, or any numbered line (`count` for none) */
  readonly nextSection: Int32Array;
  readonly nextNumberedSection: Int32Array;
  readonly nextNumbered: Int32Array;
  /** whether a numbered line is a document's first article ("제1조(목적)", "1. 목적") */
  readonly opensDocument: Uint8Array;
  /** how many lines before each read as an item's title ("개인정보의 파기") */
  readonly itemTitlesBefore: Int32Array;
  /** the last line at or before each with text (-1 for none) */
  readonly lastText: Int32Array;
  // the policy's numbering and items before the line the checks have come to (they come in order)
  private readonly highest = new Map<string, number>();
  private readonly covered = new Set<number>();
  private scanned = 0;

  constructor(texts: readonly string[]) {
    const count = (this.count = texts.length);
    this.sections = texts.map(sectionLine);
    this.nextSection = new Int32Array(count + 1).fill(count);
    this.nextNumberedSection = new Int32Array(count + 1).fill(count);
    this.nextNumbered = new Int32Array(count + 1).fill(count);
    this.opensDocument = new Uint8Array(count);
    this.itemTitlesBefore = new Int32Array(count + 1);
    this.lastText = new Int32Array(count);
    const numbered: boolean[] = [];
    texts.forEach((text, index) => {
      const blank = isBlank(text);
      this.lastText[index] = blank ? (index > 0 ? this.lastText[index - 1] : -1) : index;
      const marker = blank ? null : parseMarker(text);
      const title = marker && marker.style !== "bullet" ? (marker.bracketTitle ?? text.slice(marker.restIndex)) : text;
      numbered[index] = marker !== null && marker.style !== "bullet" && marker.number !== null;
      if (numbered[index]) this.opensDocument[index] = marker!.number === 1 && isTitleText(title) ? 1 : 0;
      this.itemTitlesBefore[index + 1] = this.itemTitlesBefore[index] + (!blank && isItemTitle(title) ? 1 : 0);
    });
    for (let index = count - 1; index >= 0; index--) {
      const section = this.sections[index + 1];
      this.nextSection[index] = section ? index + 1 : this.nextSection[index + 1];
      this.nextNumberedSection[index] = section?.number != null && section.style ? index + 1 : this.nextNumberedSection[index + 1];
      this.nextNumbered[index] = numbered[index + 1] ? index + 1 : this.nextNumbered[index + 1];
    }
  }

  /** The numbering and items of the lines before `start`, gathered as the checks come down the page. */
  private before(start: number): { highest: Map<string, number>; covered: Set<number> } {
    for (; this.scanned < start; this.scanned++) {
      const line = this.sections[this.scanned];
      if (!line) continue;
      for (const topic of line.topics) this.covered.add(topic);
      if (line.style && line.number !== null) this.highest.set(line.style, Math.max(this.highest.get(line.style) ?? 0, line.number));
    }
    return { highest: this.highest, covered: this.covered };
  }

  /**
   * True when the lines after `start` hold a version of the policy itself: its numbering starts again below where
   * the policy before it had come to ("3. 개인정보 관리책임자" after "13."), or two of its first section titles are
   * about items the policy has already covered. A list of earlier versions or links under the heading is neither.
   */
  holdsAnotherVersion(start: number, end: number): boolean {
    const { highest, covered } = this.before(start);
    const first = this.nextNumberedSection[start];
    if (first <= end) {
      const line = this.sections[first]!;
      if (line.number! <= (highest.get(line.style!) ?? 0)) return true;
    }
    let repeated = 0;
    for (let at = this.nextSection[start], seen = 0; at <= end && seen < REPEAT_LOOKAHEAD; at = this.nextSection[at], seen++)
      if (this.sections[at]!.topics.every((topic) => covered.has(topic)) && ++repeated >= 2) return true;
    return false;
  }

  /**
   * True when the lines after `start` are another document: it opens at its first article ("제1조", "1.") or ends
   * where the policy's own title starts, and does not read as the policy's own sections (two item titles).
   */
  holdsAnotherDocument(start: number, end: number, endsAtPolicy: boolean): boolean {
    if (this.itemTitlesBefore[end + 1] - this.itemTitlesBefore[start + 1] >= 2) return false;
    const first = this.nextNumbered[start];
    return endsAtPolicy || (first <= end && this.opensDocument[first] === 1);
  }
}

export interface MarkupHints {
  /** a heading's text by line, for a heading whose text the masked line does not show ("<h2>< 제목 ></h2>") */
  headingTexts?: ReadonlyMap<number, string>;
  /** lines of tables the markup gives: a cell is never a document's title */
  tableLines?: ReadonlySet<number>;
}

/**
 * A document's title stands as a heading: a heading element, a title in brackets, or a line of its own after a
 * blank line; not a paragraph's line or a list's item that happens to end with a document's name, nor a label in
 * the policy's text ("… 시행합니다." then "이전 개인정보 처리방침" over the links to earlier versions).
 */
function standsAsHeading(texts: readonly string[], index: number, hints: MarkupHints): boolean {
  if (hints.headingTexts?.has(index + 1)) return true;
  const text = texts[index].trim();
  if (CLOSING[text[0]] !== undefined && text.endsWith(CLOSING[text[0]])) return !insideSentence(texts, index);
  // (or set off by a rule above it: "────────" over "이전 개인정보 처리방침 (… 적용)")
  return index === 0 || isBlank(texts[index - 1]) || isBareRule(texts[index - 1]);
}

/** The parts of the page the rules should not read, in order; none for a page that holds only the policy. */
export function findOutOfScope(plain: readonly string[], hints: MarkupHints = {}): OutOfScope[] {
  const headingTexts = hints.headingTexts;
  const texts = headingTexts?.size ? plain.map((text, index) => (isBlank(text) ? (headingTexts.get(index + 1) ?? text) : text)) : plain;
  const kinds = texts.map((text, index) => {
    const kind = text.length === 0 || hints.tableLines?.has(index + 1) ? null : titleKind(text);
    return (kind === "other" || kind === "earlier" || kind === "earlier link" || kind === "comparison") &&
      !standsAsHeading(texts, index, hints)
      ? null
      : kind;
  });
  if (!kinds.some((kind) => kind === "earlier" || kind === "earlier link" || kind === "other" || kind === "comparison")) return [];
  const page = new PageLines(texts);
  const count = texts.length;
  // where each part would end: an earlier version at a heading that returns to the version in force, another
  // document at the policy's title (an earlier version or another document inside either is out of scope all the same)
  const nextCurrent = new Int32Array(count + 1).fill(count);
  const nextPolicy = new Int32Array(count + 1).fill(count);
  for (let index = count - 1; index >= 0; index--) {
    nextCurrent[index] = kinds[index] === "current" ? index : nextCurrent[index + 1];
    nextPolicy[index] = kinds[index] === "current" || kinds[index] === "policy" ? index : nextPolicy[index + 1];
  }
  const policyTitles = kinds.flatMap((kind, index) => (kind === "policy" || kind === "current" ? [index] : []));
  const parts: OutOfScope[] = [];
  let index = 0;
  while (index < count) {
    const kind = kinds[index];
    if (kind === "comparison") {
      // the part is the table under the title, and ends with it: the policy may go on after it
      const end = tableUnder(texts, index, hints);
      if (end >= 0) parts.push({ startLine: index + 1, endLine: end + 1, reason: "comparison", title: unbracketed(texts[index].trim()) });
      index = Math.max(index, end) + 1;
      continue;
    }
    if (kind !== "earlier" && kind !== "earlier link" && kind !== "other") {
      index++;
      continue;
    }
    const next = kind === "other" ? nextPolicy[index + 1] : nextCurrent[index + 1];
    const end = Math.max(index, page.lastText[next - 1]);
    const valid =
      kind === "other"
        ? // the policy itself stands outside the other document
          (policyTitles[0] < index || policyTitles[policyTitles.length - 1] > end) && page.holdsAnotherDocument(index, end, next < count)
        : (kind === "earlier" && next < count) || page.holdsAnotherVersion(index, end);
    if (!valid) {
      index++;
      continue;
    }
    parts.push({
      startLine: index + 1,
      endLine: end + 1,
      reason: kind === "other" ? "other-document" : "previous-version",
      title: unbracketed(texts[index].trim()),
    });
    index = next;
  }
  return parts;
}

// a text table's row: cells set apart by bars or tabs (the markup's tables are given in the hints)
const TEXT_ROW = /[|｜\t]/;
// lines that may introduce the table under its title ("개정 사항은 다음과 같습니다.")
const MAX_LINES_BEFORE_TABLE = 2;

/** The index of the last line of the table under the title at `index`, with blank lines inside it; -1 for none. */
function tableUnder(texts: readonly string[], index: number, hints: MarkupHints): number {
  const isRow = (at: number) => hints.tableLines?.has(at + 1) === true || (!isBlank(texts[at]) && TEXT_ROW.test(texts[at]));
  let at = index + 1;
  for (let before = 0; at < texts.length && !isRow(at); at++) if (!isBlank(texts[at]) && ++before > MAX_LINES_BEFORE_TABLE) return -1;
  if (at >= texts.length) return -1;
  let end = at;
  for (; at < texts.length; at++) {
    if (isRow(at)) end = at;
    else if (!isBlank(texts[at])) break;
  }
  return end;
}

/** The lines with the out-of-scope parts blanked character for character. */
export function blankOutOfScope(plain: readonly string[], parts: readonly OutOfScope[]): readonly string[] {
  if (parts.length === 0) return plain;
  const blanked = [...plain];
  for (const part of parts)
    for (let line = part.startLine; line <= part.endLine; line++) blanked[line - 1] = " ".repeat(plain[line - 1].length);
  return blanked;
}

/** 1 for each line (1-based) in an out-of-scope part, 0 elsewhere. */
export function linesOutOfScope(parts: readonly OutOfScope[], lineCount: number): Uint8Array {
  const outside = new Uint8Array(lineCount + 2);
  for (const part of parts) outside.fill(1, part.startLine, part.endLine + 1);
  return outside;
}

/**
 * A section ends before the out-of-scope part that follows it: the policy's last section does not hold the
 * earlier version appended after it. (Parts come in order: each section looks for its first with a search.)
 */
export function endSectionsBeforeParts(sections: readonly Section[], parts: readonly OutOfScope[], plain: readonly string[]): void {
  if (parts.length === 0) return;
  for (const section of sections) {
    let low = 0;
    let high = parts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (parts[middle].startLine > section.startLine) high = middle;
      else low = middle + 1;
    }
    const part = parts[low];
    if (!part || part.startLine > section.endLine) continue;
    let end = part.startLine - 1;
    while (end > section.startLine && isBlank(plain[end - 1])) end--;
    section.endLine = end;
  }
}
