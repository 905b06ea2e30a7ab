// Hard-wrapped lines read as one: a list item or sentence broken over indented continuation lines
// ("- 이름, 이메일,\n  주소 등") is one line to a rule that reads lists or quoted references.
import type { PolicyDocument } from "../parse/model.js";
import { parseMarker } from "../parse/headings.js";
import { CONTINUES_LINE } from "../parse/sections.js";
import { PHONE, fieldOf, matchesOf } from "./extract.js";
import { indentOf, startsIndented } from "../parse/lines.js";
import { fieldsByLine } from "./query.js";

/** A head line with the lines that continue it, joined by one space. */
export interface JoinedLine {
  line: number;
  text: string;
  /** where each physical line starts in `text`, in order */
  parts: { line: number; at: number; column: number }[];
}

export const MAX_CONTINUATIONS = 3;
// a line that ends a sentence is not continued (tested on the trimmed line: a pattern anchored at $
// would retry from every trailing space)
const ENDS_SENTENCE = /[.。!?다]$/;

/**
 * True when `next` goes on with the line `head` started and `previous` (head itself, or its last
 * continuation) left unfinished: more deeply indented than the head, and neither numbered nor a field.
 */
function continues(head: string, previous: string, next: string | undefined): boolean {
  // cheapest tests first: most lines start flush left
  if (!startsIndented(next)) return false;
  const indent = indentOf(next!);
  if (indent === next!.length || indent <= indentOf(head) || ENDS_SENTENCE.test(previous.trimEnd())) return false;
  return parseMarker(next!) === null && fieldOf(next!) === null;
}

// a line of a page that opens a block (a paragraph, a list item, a table row or cell) starts new text, however
// deep the markup before its text puts it
const HTML_BLOCK_START = /^\s*<(?:p|div|li|dt|dd|tr|td|th|h[1-6]|ul|ol|dl|table|thead|tbody|section|article|blockquote)\b/i;

function startsHtmlBlock(document: PolicyDocument, line: number): boolean {
  // a Markdown file sets HTML blocks among its text too
  return document.format !== "text" && HTML_BLOCK_START.test(document.lines[line - 1] ?? "");
}

/**
 * The line with the lines that continue it (a line that itself continues the one before is for the caller
 * to skip: see isContinuation).
 */
export function joinedFrom(document: PolicyDocument, line: number): JoinedLine {
  const first = document.plain[line - 1] ?? "";
  const joined: JoinedLine = { line, text: first, parts: [{ line, at: 0, column: 0 }] };
  let previous = first;
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_CONTINUATIONS); next++) {
    const following = document.plain[next - 1];
    if (!continues(first, previous, following) || startsHtmlBlock(document, next)) break;
    const trimmed = following.trimStart();
    joined.parts.push({ line: next, at: joined.text.trimEnd().length + 1, column: following.length - trimmed.length });
    joined.text = `${joined.text.trimEnd()} ${trimmed}`;
    previous = following;
  }
  return joined;
}

const continuationCache = new WeakMap<PolicyDocument, Uint8Array>();

/** True when `line` continues a line above it (every continuation line of a wrapped line, not only the first). */
export function isContinuation(document: PolicyDocument, line: number): boolean {
  let continuations = continuationCache.get(document);
  if (!continuations) {
    // one pass: each line that continues none starts a wrapped line, whose other lines are marked
    continuations = new Uint8Array(document.plain.length + 2);
    for (let head = 1; head <= document.plain.length; head++) {
      if (continuations[head] === 1 || !startsIndented(document.plain[head])) continue;
      for (const part of joinedFrom(document, head).parts.slice(1)) continuations[part.line] = 1;
    }
    continuationCache.set(document, continuations);
  }
  return continuations[line] === 1;
}

/** The physical line and 0-based column of an index into a joined line. */
export function locate(joined: JoinedLine, index: number): { line: number; index: number } {
  let part = joined.parts[0];
  for (const candidate of joined.parts) if (candidate.at <= index) part = candidate;
  return { line: part.line, index: index - part.at + part.column };
}

/**
 * The passage with hard wraps undone, flush-left ones too: a line that stops mid-sentence ("따라서
 * 민감정보가") goes on in the next ("공개될 가능성은 없으나"), unless the next is blank, a list item, a field
 * or a heading, or the line is a heading. New entries are made; the given ones are shared and left as they are.
 */
export function hardWrapsJoined(
  document: PolicyDocument,
  lines: readonly { line: number; text: string }[],
  notHeadings: ReadonlySet<number> = new Set(),
): { line: number; text: string }[] {
  const roles = titleLines(document);
  const headings = notHeadings.size === 0 ? roles.titles : new Set([...roles.titles].filter((line) => !notHeadings.has(line)));
  const joined: { line: number; text: string }[] = [];
  let previous: { line: number; text: string } | undefined;
  for (const entry of lines) {
    const last = joined[joined.length - 1];
    const goesOn =
      last !== undefined &&
      previous !== undefined &&
      previous.line === entry.line - 1 &&
      wrapsInto(previous, entry, { ...roles, titles: headings });
    if (goesOn) joined[joined.length - 1] = { line: last.line, text: `${last.text.trimEnd()} ${entry.text.trimStart()}` };
    else joined.push({ line: entry.line, text: entry.text });
    previous = entry;
  }
  return joined;
}

interface TitleLines {
  /** the lines of headings that read as titles */
  titles: ReadonlySet<number>;
  /** those of them whose body runs on after the title ("【보유 기간】 회사는 … 보관하"): their line may wrap */
  runOn: ReadonlySet<number>;
  /** each line of a table, with the first line of its row (a line of no row, such as "|---|---|", minus itself) */
  tableRows: ReadonlyMap<number, number>;
  /** the lines on which a page's block element starts its text (see PolicyDocument.blockStartLines) */
  blockStarts: ReadonlySet<number>;
}

const titleLinesCache = new WeakMap<PolicyDocument, TitleLines>();

/**
 * The lines of headings that read as titles, found once per document: rules ask about wraps line by line. A
 * numbered paragraph ("① 회사는 … 경우에만 개인정보" over "를 제3자에게 제공합니다.") is prose, and its sentence
 * wraps as any other does.
 */
function titleLines(document: PolicyDocument): TitleLines {
  let lines = titleLinesCache.get(document);
  if (!lines) {
    const titles = new Set<number>();
    const runOn = new Set<number>();
    for (const { heading, startLine } of document.allSections) {
      if (!heading.isTitle) continue;
      titles.add(startLine);
      if (heading.inlineBody) runOn.add(startLine);
    }
    const tableRows = new Map<number, number>();
    for (const table of document.tables) {
      for (let line = table.startLine; line <= table.endLine; line++) tableRows.set(line, -line);
      for (const row of [table.header, ...table.rows, ...(table.notes ?? [])])
        for (let line = row.line; line <= row.endLine; line++) tableRows.set(line, row.line);
    }
    lines = { titles, runOn, tableRows, blockStarts: document.blockStartLines };
    titleLinesCache.set(document, lines);
  }
  return lines;
}

// a measure cut from the word bound to it: "… 시행 7일" over "전부터 알리며", "… 3월 1일" over "이후 적용"
const ENDS_IN_A_MEASURE = /\d\s{0,2}(?:일|개월|년|월|주|시간)\s*$/;
const BOUND_TO_THE_MEASURE = /^(?:전|후|이내|이전|이후|간|동안|부터|까지|이상|이하|미만|초과)/;

/**
 * True when `next`, the line after `previous`, goes on with the sentence `previous` left unfinished. A title's
 * line is not continued by the body under it, unless that line opens on a particle: "① 회사는 법률에 따른 경우에만
 * 개인정보" over "를 제3자에게 제공합니다." is one sentence, however short its first line, and so is a measure over the
 * word bound to it ("② … 시행 7일" over "전부터 알리며"). A table's row goes on only
 * in its own next line (a cell wrapped within the row), never into another row, the table's rule line or the text
 * beside the table; a page's paragraph never goes on into the next block element.
 */
function wrapsInto(
  previous: { line: number; text: string },
  next: { line: number; text: string },
  { titles: headings, runOn, tableRows, blockStarts }: TitleLines,
): boolean {
  return (
    tableRows.get(previous.line) === tableRows.get(next.line) &&
    !blockStarts.has(next.line) &&
    previous.text.trim() !== "" &&
    next.text.trim() !== "" &&
    (!headings.has(previous.line) ||
      runOn.has(previous.line) ||
      CONTINUES_LINE.test(next.text.trimStart()) ||
      (ENDS_IN_A_MEASURE.test(previous.text) && BOUND_TO_THE_MEASURE.test(next.text.trimStart()))) &&
    !headings.has(next.line) &&
    !ENDS_SENTENCE.test(previous.text.trimEnd()) &&
    parseMarker(next.text) === null &&
    fieldOf(next.text) === null
  );
}

/**
 * What the sentence holding `line` says on the lines around it, across hard wraps, flush-left ones too: the
 * lines before it that it goes on from, and the lines after it that go on with it, a few at most each way
 * ("쿠키를 설치·운영" over "하지 않습니다."). Each side is joined by single spaces; "" when the line stands alone.
 */
export function wrappedAround(document: PolicyDocument, line: number): { before: string; after: string } {
  const { first, last } = wrappedSpan(document, line);
  const joined = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => (document.plain[from + index - 1] ?? "").trim()).join(" ");
  return { before: joined(first, line - 1), after: joined(line + 1, last) };
}

/** The first and last lines of the hard-wrapped passage around `line` that wrappedAround reads (both `line` when it stands alone). */
export function wrappedSpan(document: PolicyDocument, line: number): { first: number; last: number } {
  const roles = titleLines(document);
  const entry = (at: number) => ({ line: at, text: document.plain[at - 1] ?? "" });
  let first = line;
  while (first > 1 && line - first < MAX_CONTINUATIONS && wrapsInto(entry(first - 1), entry(first), roles)) first--;
  let last = line;
  while (last < document.plain.length && last - line < MAX_CONTINUATIONS && wrapsInto(entry(last), entry(last + 1), roles)) last++;
  return { first, last };
}

/**
 * A name cut by a hard wrap: the line joined with the next when `pattern` (global) matches across the break only,
 * though the next line reads as a field of its own ("대금결제 및 재화 등의 공급에" over "관한 기록: 3년", a notice
 * or a PDF copy cut at a fixed width); null when the line ends a sentence, either line is blank, a heading or a
 * list item's start, or no match starts on the line and ends on the next. A copy cut at a fixed width may cut a
 * word ("「공공기관의 개인정" over "보보호에 관한 법률」"): between two syllables the lines are also read joined with
 * nothing between them. `locate` maps the joined text's indexes back to the lines.
 */
export function nameAcrossWrap(document: PolicyDocument, line: number, pattern: RegExp): JoinedLine | null {
  const head = (document.plain[line - 1] ?? "").trimEnd();
  const next = document.plain[line] ?? "";
  const tail = next.trimStart();
  if (head.trim() === "" || tail === "" || ENDS_SENTENCE.test(head) || parseMarker(next) !== null) return null;
  const headings = titleLines(document).titles;
  if (headings.has(line) || headings.has(line + 1)) return null;
  const joins = CUT_WORD.test(`${head.at(-1)}${tail[0]}`) ? [" ", ""] : [" "];
  for (const between of joins) {
    const text = `${head}${between}${tail}`;
    const resumes = head.length + between.length;
    if (!matchesOf(pattern, text).some((match) => match.index < head.length && match.index + match[0].length > resumes)) continue;
    return {
      line,
      text,
      parts: [
        { line, at: 0, column: 0 },
        { line: line + 1, at: resumes, column: next.length - tail.length },
      ],
    };
  }
  return null;
}

// two syllables on either side of a break: a word may have been cut there
const CUT_WORD = /^[가-힣]{2}$/;

/** The line read whole with the sentence it belongs to across hard wraps (see wrappedAround). */
export function lineAcrossWraps(document: PolicyDocument, line: number): string {
  const { before, after } = wrappedAround(document, line);
  const text = document.plain[line - 1] ?? "";
  return [before, before || after ? text.trim() : text, after].filter((part) => part !== "").join(" ");
}

/** A sentence read whole across hard wraps, with the part of its line it takes. */
export interface WrappedSentence {
  text: string;
  /** where the sentence starts and ends on the line (0-based, end exclusive): the line's part of it */
  from: number;
  to: number;
}

// where a sentence ends, as sentencesOf splits them: after a full stop or "니다", before a space
const SENTENCE_GAP = /(?<=[.。]|니다)\s+/g;

/**
 * The sentences that `line` holds or a part of, each read whole across hard wraps (see wrappedAround): the second
 * line of "…제18조에 해당하는 경우에만 개인정보" over "를 제3자에게 제공합니다." holds a part of the whole
 * exception, not a sentence of its own that provides.
 */
export function sentencesAcrossWraps(document: PolicyDocument, line: number): WrappedSentence[] {
  const own = document.plain[line - 1] ?? "";
  const indent = indentOf(own);
  const core = own.trim();
  const { before, after } = wrappedAround(document, line);
  const whole = [before, core, after].filter((part) => part !== "").join(" ");
  const coreStart = before === "" ? 0 : before.length + 1;
  const coreEnd = coreStart + core.length;
  const sentences: WrappedSentence[] = [];
  let start = 0;
  const take = (end: number) => {
    if (end > coreStart && start < coreEnd)
      sentences.push({
        text: whole.slice(start, end),
        from: Math.max(start, coreStart) - coreStart + indent,
        to: Math.min(end, coreEnd) - coreStart + indent,
      });
  };
  SENTENCE_GAP.lastIndex = 0;
  for (let gap = SENTENCE_GAP.exec(whole); gap !== null; gap = SENTENCE_GAP.exec(whole)) {
    take(gap.index);
    start = gap.index + gap[0].length;
  }
  take(whole.length);
  return sentences;
}

// how many times a passage is carried on into the section a wrapped sentence runs into
const MAX_WRAPPED_SECTIONS = 2;

/**
 * A passage read as prose: when its last line stops mid-sentence and the next line, taken for a heading,
 * goes on with it ("노동조합의 가입·탈퇴에 관한 정보는" over "「개인정보 보호법」 제23조 및 같은 법"), the
 * section that line starts is the same passage; then hard wraps are undone (hardWrapsJoined).
 */
export function wrappedPassage(
  document: PolicyDocument,
  lines: readonly { line: number; text: string }[],
): { line: number; text: string }[] {
  const passage = [...lines];
  // the lines taken for headings that only go on with the sentence above them
  const carriedOn = new Set<number>();
  for (let carried = 0; carried < MAX_WRAPPED_SECTIONS && passage.length > 0; carried++) {
    const last = passage[passage.length - 1];
    const next = document.plain[last.line];
    if (last.text.trim() === "" || ENDS_SENTENCE.test(last.text.trimEnd()) || next === undefined || next.trim() === "") break;
    const section = document.allSections.find((candidate) => candidate.startLine === last.line + 1);
    if (!section) break;
    carriedOn.add(section.startLine);
    for (let line = section.startLine; line <= section.endLine; line++) passage.push({ line, text: document.plain[line - 1] });
  }
  return hardWrapsJoined(document, passage, carriedOn);
}

// a line that stops inside a number ("전화 062-600-5", "전화 062") and the next that goes on with it ("010 /",
// "-600-5018"): the digits and separators at the end of the one and the start of the other
const NUMBER_AT_END = /\d[\d\-. ]{0,15}$/;
const NUMBER_AT_START = /^[-.]?\d[\d\-.]{0,15}/;

/**
 * The lines with a contact number broken by a hard wrap made whole: a line that ends inside a number (a PDF or
 * word-processor copy cut at a fixed width: "062-600-5" over "010") gets the rest of the number from the next
 * line, joined without a space, when only the two parts together read as a number. The next line stays as it is;
 * new entries are made for the lines that change.
 */
export function numbersAcrossWraps(lines: readonly { line: number; text: string }[]): { line: number; text: string }[] {
  return lines.map((entry, index) => {
    const next = lines[index + 1];
    if (!next || next.line !== entry.line + 1) return entry;
    const head = entry.text.trimEnd();
    const tail = NUMBER_AT_END.exec(head);
    const rest = tail ? NUMBER_AT_START.exec(next.text.trimStart()) : null;
    if (!tail || !rest || PHONE.test(tail[0]) || PHONE.test(rest[0]) || !PHONE.test(tail[0].trimStart() + rest[0])) return entry;
    return { line: entry.line, text: head + next.text.trimStart() };
  });
}

const MAX_PARAGRAPH_LINES = 6;

/**
 * The paragraph of markup that holds `line`, read as one line: an HTML block (a <p> whose sentences the page's
 * source puts on two lines) from where it starts to before the next block, or a Markdown paragraph up to a blank
 * line, a list item or a heading; a few lines at most. In a plain-text policy a line break may end a list item or
 * a field, so the line is read across its hard wraps only. With the line the paragraph starts on (the line itself
 * in a plain-text policy).
 */
export function paragraphHolding(document: PolicyDocument, line: number): { line: number; text: string } {
  if (document.format === "text") return { line, text: lineAcrossWraps(document, line) };
  const headings = titleLines(document).titles;
  const html = document.format === "html";
  const opensBlock = (at: number) =>
    headings.has(at) || (html ? document.blockStartLines.has(at) : parseMarker(document.plain[at - 1] ?? "") !== null);
  const inBlock = (at: number) => at >= 1 && at <= document.plain.length && (document.plain[at - 1] ?? "").trim() !== "";
  let start = line;
  while (line - start < MAX_PARAGRAPH_LINES && !opensBlock(start) && inBlock(start - 1) && !headings.has(start - 1)) start--;
  let end = line;
  while (end - line < MAX_PARAGRAPH_LINES && inBlock(end + 1) && !opensBlock(end + 1)) end++;
  const texts: string[] = [];
  for (let at = start; at <= end; at++) texts.push(document.plain[at - 1].trim());
  return { line: start, text: texts.join(" ") };
}

// a field's value runs onto at most this many lines before the next field
const MAX_VALUE_LINES = 3;
const wrappedValuesCache = new WeakMap<PolicyDocument, ReadonlyMap<number, number>>();

/**
 * The lines that go on with the value of the field above them, each with that field's line: a PDF copy set in
 * narrow columns wraps "제공 목적: 매장 내 안전사고에 대한 영업" onto "배상책임보험금 청구 및 지급", flush left, before
 * the next field ("제공 항목: …"). Only lines between two fields count, no heading, list item or field among them,
 * and only where neither the value nor the lines end a sentence: a sentence between or after fields is text of its own.
 */
export function wrappedFieldValues(document: PolicyDocument): ReadonlyMap<number, number> {
  let found = wrappedValuesCache.get(document);
  if (found) return found;
  const values = new Map<number, number>();
  const { titles } = titleLines(document);
  const plain = document.plain;
  const fields = fieldsByLine(document);
  for (const fieldLine of fields.keys()) {
    const index = fieldLine - 1;
    const text = plain[index];
    if (ENDS_SENTENCE.test(text.trimEnd())) continue;
    const run: number[] = [];
    let at = index + 1;
    for (; at < plain.length && run.length <= MAX_VALUE_LINES; at++) {
      const next = plain[at];
      if (next.trim() === "" || titles.has(at + 1) || parseMarker(next) !== null || indentOf(next) < indentOf(text)) break;
      if (fields.has(at + 1)) break;
      run.push(at + 1);
      // a sentence of its own between two fields ends here, and is no value's
      if (ENDS_SENTENCE.test(next.trimEnd())) break;
    }
    const last = run.length > 0 ? plain[run[run.length - 1] - 1] : "";
    const closedByField = run.length > 0 && run.length <= MAX_VALUE_LINES && !ENDS_SENTENCE.test(last.trimEnd()) && fields.has(at + 1);
    if (closedByField) for (const line of run) values.set(line, index + 1);
  }
  wrappedValuesCache.set(document, (found = values));
  return found;
}
