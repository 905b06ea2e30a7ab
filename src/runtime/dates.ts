// Dates in Korean policies: "2024년 3월 29일", "2024. 3. 29.", "2024-03-29", "2020 0527", "2021년 7월 1부터".
import type { PolicyDocument, TableCell } from "../parse/model.js";
import { bodyLines, linesMatching, outsideToc, type LineText } from "./query.js";
import { HANGUL, findTemplateBlank } from "./extract.js";
import { locate, nameAcrossWrap } from "./wraps.js";
import dates from "../../rules/data/dates.json" with { type: "json" };

// a full date, or a month without a day ("2022. 09.", "[2023/04]", "2023년 4월"), which a policy may give
// for when it took effect; a month-only date is read as the month's first day
const DATE =
  /(?<!\d)(\d{4})\s*(?:년|[.\-/])\s*(\d{1,2})\s*(?:월|[.\-/])\s*(\d{1,2})(?!\d)|(?<!\d)(\d{4})\s(\d{2})(\d{2})(?!\d)|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)|(?<!\d)(\d{4})\s{0,3}(?:년|[.\-/])\s{0,3}(\d{1,2})(?:\s{0,3}월|\.)?(?![ \t]{0,3}[.\-/]?[ \t]{0,3}\d)/g;
const EFFECTIVE = new RegExp(dates.effectiveKeywords, "i");
const DIGIT = /\d/;
const LABELLED_EFFECTIVE = new RegExp(dates.effectiveLabelled, "i");
const OTHER_DATE_LABEL = new RegExp(dates.otherDateLabels, "i");
// the keyword and its label ("시행일 / Effective date: ") fit in this many characters before the date
const LABELLED_REACH = 50;

/** True when `text` ends in the effective-date keyword with a short label ("시행일자(Effective Date)", "시행일 / Effective date:"). */
function endsInLabelledKeyword(text: string): boolean {
  const labelled = LABELLED_EFFECTIVE.exec(text);
  return labelled !== null && !OTHER_DATE_LABEL.test(labelled[0]);
}

export interface FoundDate {
  iso: string;
  line: number;
  index: number;
  length: number;
}

/** Every date on a line, in order. */
export function parseDates(text: string, line = 0): FoundDate[] {
  const found: FoundDate[] = [];
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match !== null; match = DATE.exec(text)) {
    const parts = match[1] ? match.slice(1, 4) : match[4] ? match.slice(4, 7) : match[7] ? match.slice(7, 10) : [match[10], match[11], "1"];
    const [year, month, day] = parts.map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) continue;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    found.push({ iso, line, index: match.index, length: match[0].length });
  }
  return found;
}

export function parseDate(text: string, line = 0): FoundDate | null {
  return parseDates(text, line)[0] ?? null;
}

// "공고일자: 날짜 * 시행일자: 날짜": a bullet or bar between two dates ends what belongs to each
const MARK = /[*•·|]/;
const afterLastMark = (text: string) => {
  let at = text.length;
  while (at > 0 && !MARK.test(text[at - 1])) at--;
  return text.slice(at);
};
const beforeFirstMark = (text: string) => {
  const at = text.search(MARK);
  return at < 0 ? text : text.slice(0, at);
};

// windows beside a date count visible characters: an HTML page's inline tags (<span>, <font>, <b>) and
// &nbsp; runs are blanked to spaces in place, so "시행일자: <span …>날짜" puts many spaces between label and date
const collapsed = (text: string) => text.replace(/\s+/g, " ");
const lastChars = (text: string, count: number) => collapsed(text).slice(-count);
const firstChars = (text: string, count: number) => collapsed(text).slice(0, count);

export interface EffectiveDateReading {
  /** the latest effective date stated */
  date: FoundDate | null;
  /** lines that speak of an effective date but give a blank or no date */
  blanks: LineText[];
}

const readings = new WeakMap<PolicyDocument, EffectiveDateReading>();

/**
 * The policy's effective date: a date on a line that says 시행/적용/효력, or on the line after a bare label.
 * Read once per document (effective-date and outdated-reference both ask).
 */
export function readEffectiveDate(document: PolicyDocument): EffectiveDateReading {
  let reading = readings.get(document);
  if (!reading) readings.set(document, (reading = computeEffectiveDate(document)));
  return reading;
}

const RANGE_DASH = /^\.?\s{0,3}[~∼〜–-]\s{0,3}$/;

/** The latest date in the text that is the effective one: beside the keyword, or after a label that has it. */
function latestEffective(text: string, line: number): FoundDate | null {
  // the date must be the effective one: "시행일자 : 날짜", "날짜부터 시행", not "날짜에 제정되었으며 … 시행하기
  // 7일 전"; a line may give two ("공고일자: 날짜 * 시행일자: 날짜"), and the one beside the keyword counts
  // "2023. 3. 1. ~ 2024. 2. 29. 적용": a closed range is when an earlier version applied, not when this one took effect
  const dates = parseDates(text, line);
  const inClosedRange = new Set<FoundDate>();
  for (let at = 1; at < dates.length; at++) {
    const between = text.slice(dates[at - 1].index + dates[at - 1].length, dates[at].index);
    if (RANGE_DASH.test(between)) [dates[at - 1], dates[at]].forEach((date) => inClosedRange.add(date));
  }
  const effective = dates.filter((date) => {
    if (inClosedRange.has(date)) return false;
    const before = lastChars(text.slice(0, date.index), 14);
    const after = firstChars(text.slice(date.index + date.length), 14);
    if (EFFECTIVE.test(afterLastMark(before)) || EFFECTIVE.test(beforeFirstMark(after))) return true;
    // a label between the keyword and the date: "시행일 / Effective date: 날짜", not "공고일 / Announced: 날짜"
    return endsInLabelledKeyword(afterLastMark(lastChars(text.slice(0, date.index), LABELLED_REACH)));
  });
  return effective.reduce<FoundDate | null>((latest, date) => (!latest || date.iso > latest.iso ? date : latest), null);
}

// a date cut by a hard wrap ("2026년 6월" over "1일부터 시행"), or a date whose "부터 시행" went on to the next
// line ("… 2026년 6월 1일" over "부터 시행합니다", "… 1일부터" over "적용합니다")
const CUT_DATE = new RegExp(
  `${DATE.source}|(?:일|\\d\\.?)\\s{1,3}(?:부터|자로|자)?\\s{0,3}(?:시행|적용)|(?:부터|자로)\\s{1,3}(?:시행|적용)`,
  "g",
);

/**
 * The effective date of a keyword line read with the line above or below it, when a wrap at a fixed width (a PDF
 * copy) cut the date or parted it from its keyword; the date keeps the line it starts on.
 */
function effectiveAcrossWrap(document: PolicyDocument, line: number): FoundDate | null {
  for (const head of [line - 1, line]) {
    const joined = head >= 1 ? nameAcrossWrap(document, head, CUT_DATE) : null;
    const date = joined ? latestEffective(joined.text, head) : null;
    if (!joined || !date) continue;
    const start = locate(joined, date.index);
    return { ...date, line: start.line, index: start.index };
  }
  return null;
}

/**
 * The effective date a table gives in a cell of its own, read as the line "label: date" is: a row whose label
 * cell names the date ("| 시행일자 | 2026년 4월 1일 |"), or a header cell over the dates in its column
 * ("| 시행일 |" over "| 2026. 4. 1. |"). The bar between the cells would otherwise part the date from its label.
 */
function effectiveInTable(document: PolicyDocument, line: number): FoundDate | null {
  const table = document.tables.find((candidate) => candidate.startLine <= line && line <= candidate.endLine);
  if (!table) return null;
  const labelled: { label: string; value: TableCell }[] = [];
  const row = [table.header, ...table.rows].find((candidate) => candidate.line === line);
  row?.cells.slice(1).forEach((value, at) => labelled.push({ label: row.cells[at].text, value }));
  if (row === table.header)
    table.header.cells.forEach((label, column) => {
      for (const below of table.rows) if (below.cells[column]) labelled.push({ label: label.text, value: below.cells[column] });
    });
  let latest: FoundDate | null = null;
  for (const { label, value } of labelled) {
    const prefix = `${label}: `;
    const date = latestEffective(prefix + value.text, value.line);
    if (date && date.index >= prefix.length && (!latest || date.iso > latest.iso))
      latest = { ...date, index: value.column + date.index - prefix.length };
  }
  return latest;
}

function computeEffectiveDate(document: PolicyDocument): EffectiveDateReading {
  const lines = bodyLines(document);
  const reading: EffectiveDateReading = { date: null, blanks: [] };
  // the body lines that say 시행/적용/효력, found with one scan of the text; each is read with the lines after it
  let index = 0;
  for (const line of outsideToc(document, linesMatching(document, EFFECTIVE))) {
    while (lines[index].line < line) index++;
    const entry = lines[index];
    // the Korean text is authoritative: an English translation's date line does not count twice
    if (!HANGUL.test(entry.text)) continue;
    // every date is written with digits: a keyword line outside a table with none on it or near it ("시행령에 따라
    // …" says 시행 too) gives none, and the readings across wraps and cells are spared
    const mayHoldDate =
      lines.slice(Math.max(0, index - 1), index + 3).some((candidate) => DIGIT.test(candidate.text)) ||
      document.tables.some((table) => table.startLine <= line && line <= table.endLine);
    let found = !mayHoldDate
      ? null
      : (latestEffective(entry.text, entry.line) ?? effectiveInTable(document, entry.line) ?? effectiveAcrossWrap(document, entry.line));
    if (!found) {
      const next = lines.slice(index + 1, index + 3).find((candidate) => candidate.text.trim() !== "");
      const label = entry.text.trim();
      if (next && (/(일자|일)(?:\s*[:：])?\s*$/.test(label) || endsInLabelledKeyword(label))) found = parseDate(next.text, next.line);
    }
    if (found) {
      if (!reading.date || found.iso > reading.date.iso) reading.date = found;
    } else if (findTemplateBlank(entry.text) || /(시행|적용)\s*(일자|일)\s*[:：]\s*(-|$)/.test(entry.text.trim())) {
      reading.blanks.push(entry);
    }
  }
  return reading;
}
