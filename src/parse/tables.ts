// Tables as they arrive in pasted or scraped policies: delimited rows, one cell per line, or cells run
// together under a header row. Markdown tables come from the Markdown parser instead.
import type { Table, TableCell, TableRow } from "./model.js";
import { indentOf, isBlank, isWhiteSpaceCode, withoutSpaces } from "./lines.js";
import { parseMarker, isLabelledValue, isTitleText } from "./headings.js";
import { findBoxTables, isBareRule } from "./box-tables.js";
import { findAlignedTables } from "./aligned-tables.js";
import tableHeaders from "../../rules/data/table-headers.json" with { type: "json" };
import knownProcessors from "../../rules/data/known-processors.json" with { type: "json" };

// a short line that may be a header is squeezed by the run-together and cell-per-line finders and by the
// heading finder: each is squeezed once (lines are compared by content, so the memo is kept small)
const squeezedLines = new Map<string, string>();
const SQUEEZED_LINES_SIZE = 4096;
function squeezedLine(text: string): string {
  let squeezed = squeezedLines.get(text);
  if (squeezed === undefined) {
    if (squeezedLines.size >= SQUEEZED_LINES_SIZE) squeezedLines.clear();
    squeezedLines.set(text, (squeezed = withoutSpaces(text)));
  }
  return squeezed;
}
const HEADER_TERMS = [...new Set(tableHeaders.columns.map(withoutSpaces))].sort((a, b) => b.length - a.length);
const HEADER_SET = new Set(HEADER_TERMS);
// the terms by their first character, longest first as above: a header line is read term by term from each position
const HEADER_TERMS_BY_FIRST = new Map<number, string[]>();
for (const term of HEADER_TERMS) {
  const first = term.charCodeAt(0);
  HEADER_TERMS_BY_FIRST.set(first, [...(HEADER_TERMS_BY_FIRST.get(first) ?? []), term]);
}
// a header row starts and ends with a column name, so a line starting or ending with any other character is
// not one (tested before the line is squeezed: most lines are sentences ending in "다."), read as codes
const HEADER_FIRST_CHARACTERS = new Set(HEADER_TERMS.map((term) => term.charCodeAt(0)));
const HEADER_LAST_CHARACTERS = new Set(HEADER_TERMS.map((term) => term.charCodeAt(term.length - 1)));

// the longest header row seen is a few column names long; longer lines are not headers
const MAX_HEADER_LENGTH = 120;

// a column that joins two names ("성명/직위", "성명·직책", "부서명(담당자)"), each a known column name
const JOINED_COLUMNS = /^([^/·ㆍ,()]{1,12})(?:[/·ㆍ,]([^/·ㆍ,()]{1,12})|\(([^/·ㆍ,()]{1,12})\))$/;

/** True when a squeezed line is a column name, or two joined into one column ("성명/직위"). */
function isColumnName(squeezed: string): boolean {
  if (HEADER_SET.has(squeezed)) return true;
  const joined = JOINED_COLUMNS.exec(squeezed);
  return joined !== null && HEADER_SET.has(joined[1]) && HEADER_SET.has(joined[2] ?? joined[3]);
}

function mayBeHeaderText(text: string): boolean {
  if (text.length > MAX_HEADER_LENGTH) return false;
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  return start < end && HEADER_FIRST_CHARACTERS.has(text.charCodeAt(start)) && HEADER_LAST_CHARACTERS.has(text.charCodeAt(end - 1));
}

const PROCESSOR_NAMES = knownProcessors.processors.map((p) => p.name).sort((a, b) => b.length - a.length);
// the names as they are looked for in a lower-cased row, lower-cased once
const LOWER_PROCESSOR_NAMES = PROCESSOR_NAMES.map((name) => ({ name, lower: name.toLowerCase() }));

export const PROCESSOR_COLUMN = /수탁|위탁\s*받는|위탁업체|위탁사|업체명|회사명/;
export const TASK_COLUMN = /업무|위탁\s*내용/;
const PERIOD_COLUMN = /기간/;
const PERIOD_START =
  /(회원\s*탈퇴|탈퇴\s*시|위탁\s*계약|계약\s*종료|서비스\s*종료|목적\s*달성|(?<!\d)\d+\s*(년|개월|일)\s*(간|동안|보관|까지)?)/;

/**
 * The known column name that `squeezed` holds at `at`, if any. (A function of its own: a closure over the text in
 * splitHeaderTerms, asked of every line, would make each call allocate its context.)
 */
function termAt(squeezed: string, at: number): string | undefined {
  const candidates = HEADER_TERMS_BY_FIRST.get(squeezed.charCodeAt(at));
  if (candidates) for (const candidate of candidates) if (squeezed.startsWith(candidate, at)) return candidate;
  return undefined;
}

/** Splits a header line such as "구분수탁자위탁업무" into known column names, or null if it is not one. */
export function splitHeaderTerms(text: string): string[] | null {
  if (!mayBeHeaderText(text)) return null;
  const squeezed = squeezedLine(text);
  if (squeezed.length === 0) return null;
  const terms: string[] = [];
  let at = 0;
  while (at < squeezed.length) {
    const term = termAt(squeezed, at);
    if (!term) return null;
    terms.push(term);
    at += term.length;
  }
  return terms.length >= 2 ? terms : null;
}

// a wiki's header row, each cell between double bars: "||수탁자||위탁업무||" (Confluence)
const DOUBLE_BARRED = /^\s*\|\|[^|]/;

function cellsFromDelimited(text: string, line: number): TableCell[] {
  const delimiter = DOUBLE_BARRED.test(text) && text.trimEnd().endsWith("||") ? "||" : text.includes("|") ? "|" : "\t";
  const cells: TableCell[] = [];
  let start = 0;
  const parts = text.split(delimiter);
  parts.forEach((part, index) => {
    const leading = indentOf(part);
    let cellText = part.trim();
    let column = start + leading + 1;
    if (index === 0) {
      const bullet = /^[-•*·]\s*/.exec(cellText);
      if (bullet) {
        cellText = cellText.slice(bullet[0].length);
        column += bullet[0].length;
      }
    }
    // an outer pipe ("| a | b |") leaves an empty first and last part that is not a cell
    const isOuter = delimiter !== "\t" && cellText === "" && (index === 0 || index === parts.length - 1);
    if (!isOuter) cells.push({ text: cellText, line, column });
    start += part.length + delimiter.length;
  });
  return cells;
}

// a row may end in an empty cell ("누리콜센터 | "), which is exactly what the rules look for
// a tab between a list marker and its text ("6.⇥개인정보의 파기", "o⇥1. 제목") is not a cell boundary
const isDelimitedRow = (text: string) =>
  (text.includes("|") && /[^|\s:-]/.test(text)) || (text.includes("\t") && /\S\t+\S/.test(withoutLeadingMarker(text)));

/** A tab-separated row whose last cell is empty ("주식회사 한솔⇥"): its trailing tab is the only sign of that cell. */
function endsInTab(text: string): boolean {
  // a loop from the end: a pattern anchored at $ would retry from every tab
  let end = text.length;
  while (end > 0 && text[end - 1] === " ") end--;
  return end > 0 && text[end - 1] === "\t" && text.slice(0, end).trim() !== "";
}

/**
 * A row of a tab-separated table that ends in an empty cell: read as a row only under a tab-separated header
 * with as many columns as the row has cells, the empty last one included (a lone tab after a title is not one).
 */
function endsInEmptyTabCell(text: string, header: string): boolean {
  if (text.includes("|") || header.includes("|") || !endsInTab(text)) return false;
  const columns = (row: string) => row.trim().split(/\t+/).length;
  return columns(header) >= 2 && text.trimStart().split(/\t+/).length === columns(header);
}

function withoutLeadingMarker(text: string): string {
  if (!text.includes("\t")) return text;
  const marker = parseMarker(text);
  return marker && text.slice(0, marker.restIndex).includes("\t") ? text.slice(marker.restIndex) : text;
}

// a Markdown table's separator row: "|---|:---:|", "---|---" (read with its spaces taken out: a pattern with spaces
// between each of its parts backtracks polynomially on a long run of them)
const SEPARATOR_ROW = /^\|?:?-{3,}:?(?:\|:?-{3,}:?)+\|?$/;
const isSeparatorRow = (text: string) => text.includes("-") && SEPARATOR_ROW.test(text.replace(/[ \t]+/g, ""));

function findDelimitedTables(lines: readonly string[], taken: Set<number>): Table[] {
  const tables: Table[] = [];
  // the table whose first row is line `start`; returns the line after it. (A function of its own: the closures
  // below capture its rows, and a loop body holding them would allocate their context for every line.)
  const readTable = (start: number): number => {
    let index = start;
    const rows: TableRow[] = [];
    // a bare rule ("-----", "━━━━") under the header or between rows is the table's own, when a row follows it
    // ("|---|---|", the separator a Markdown table sets under its header, is one when written in plain text)
    const ruleInside = (at: number) =>
      rows.length > 0 && (isBareRule(lines[at]) || isSeparatorRow(lines[at])) && at + 1 < lines.length && isDelimitedRow(lines[at + 1]);
    const continues = (at: number) =>
      isDelimitedRow(lines[at]) || ruleInside(at) || (rows.length > 0 && endsInEmptyTabCell(lines[at], lines[rows[0].line - 1]));
    while (index < lines.length && continues(index) && !taken.has(index + 1)) {
      if (!/^\s*(?:\|\s*)?:?-{3,}/.test(lines[index]) && !isBareRule(lines[index])) {
        rows.push({ line: index + 1, endLine: index + 1, cells: cellsFromDelimited(lines[index], index + 1) });
      }
      index++;
    }
    if (rows.length >= 2) {
      const [header, ...body] = rows;
      tables.push({ form: "delimited", startLine: header.line, endLine: rows[rows.length - 1].line, header, rows: body });
    }
    return index;
  };
  let index = 0;
  while (index < lines.length) index = taken.has(index + 1) || !isDelimitedRow(lines[index]) ? index + 1 : readTable(index);
  return tables;
}

// prose after a table ("의원은 위탁계약서에 … 감독합니다."): several words ending in a verb; no cell's name or
// key reads so ("해당 없음", "㈜한바다" are short or one word)
const ENDS_IN_VERB = /다\s*[.。]?$/;
const MIN_PROSE_WORDS = 4;
// a sentence that opens on its topic ("수탁업체는 …"): a task or period cell never does, so it ends a table even
// where a row's next cell was due (-하는, -받는 … modify a noun and are no topic)
const OPENS_ON_TOPIC = /^\S{0,15}(?<![하받있되없않같시])[은는]\s/;

function readsAsProse(text: string): boolean {
  const trimmed = text.trim();
  return ENDS_IN_VERB.test(trimmed) && trimmed.split(/\s+/).length >= MIN_PROSE_WORDS;
}

// a line that ends a sentence with its full stop ("문서에 명시하고 있습니다."): however short, no row reads so
const ENDS_SENTENCE = /(?:다|요)\s*[.。]$/;
// a sentence wrapped after a particle ("… 사항을"); a cell wrapped mid-list ends on "및" or a comma instead
const STOPS_AFTER_PARTICLE = /[가-힣](?:을|를|은|는|에게|하여|하고|하며)$/;
// the gap between two columns of a space-aligned table
const COLUMN_GAP = /\S(?: {2,}|\u3000)\S/;

/** How a run-together table is laid out: where its rows start, and whether its columns are set apart by wide gaps. */
interface RowLayout {
  indent: number;
  gapped: boolean;
}

/**
 * True when a line under a run-together table is the prose after it, not another row (a paragraph may follow
 * the last row without a blank line): it reads as a sentence, opens on its topic ("약국은 …") or stops
 * mid-sentence ("… 사항을") in several words, starts left of the rows, or lacks the wide gaps every row has.
 */
function startsProse(text: string, layout: RowLayout): boolean {
  const trimmed = text.trim();
  if (readsAsProse(text) || ENDS_SENTENCE.test(trimmed)) return true;
  const sentenceLike = OPENS_ON_TOPIC.test(trimmed) || STOPS_AFTER_PARTICLE.test(trimmed);
  if (sentenceLike && trimmed.split(/\s+/).length >= MIN_PROSE_WORDS) return true;
  const indent = indentOf(text);
  if (indent < layout.indent) return true;
  // a row's cell wrapped onto the next line stands further right; a line at the rows' edge has their gaps
  return layout.gapped && indent === layout.indent && !COLUMN_GAP.test(trimmed);
}

/** The processor named in a run-together row: a known vendor, else the first run of Latin script. */
function findProcessorSpan(text: string): { start: number; end: number } | null {
  const lower = text.toLowerCase();
  let best: { start: number; end: number } | null = null;
  for (const { name, lower: lowerName } of LOWER_PROCESSOR_NAMES) {
    const at = lower.indexOf(lowerName);
    if (at >= 0 && (!best || at < best.start || (at === best.start && at + name.length > best.end))) {
      best = { start: at, end: at + name.length };
    }
  }
  if (!best) {
    const latin = /[A-Za-z][A-Za-z0-9.&'\- ]*[A-Za-z0-9]/.exec(text);
    if (latin) best = { start: latin.index, end: latin.index + latin[0].length };
  }
  if (!best) {
    const company = /(㈜|\(주\)|주식회사)\s*[가-힣A-Za-z]+|(?<![가-힣A-Za-z])[가-힣A-Za-z]+\s*(㈜|\(주\)|주식회사)/.exec(text);
    if (company) best = { start: company.index, end: company.index + company[0].length };
  }
  if (best) {
    const bracket = /^\s*\([^)]{0,40}\)/.exec(text.slice(best.end));
    if (bracket) best.end += bracket[0].length;
  }
  return best;
}

/**
 * Splits a row whose cells ran together ("서비스 문의 관리 및 처리Zendesk") using the header's columns:
 * the processor column is found by vendor name or script change, the rest falls before and after it.
 */
export function splitRunTogetherCells(text: string, columns: string[], line: number, column = 1): TableCell[] {
  const cell = (value: string, at: number): TableCell => ({
    text: value.trim(),
    line,
    column: column + at + indentOf(value),
  });
  const processorIndex = columns.findIndex((name) => PROCESSOR_COLUMN.test(name));
  const span = processorIndex >= 0 ? findProcessorSpan(text) : null;
  if (!span) return [cell(text, 0)];
  const cells: TableCell[] = [];
  for (let i = 0; i < processorIndex; i++) cells.push(cell(i === processorIndex - 1 ? text.slice(0, span.start) : "", 0));
  cells.push(cell(text.slice(span.start, span.end), span.start));
  const rest = text.slice(span.end);
  const remaining = columns.slice(processorIndex + 1);
  if (remaining.length === 0) return cells;
  const periodIndex = remaining.findIndex((name) => PERIOD_COLUMN.test(name));
  const periodAt = periodIndex > 0 ? PERIOD_START.exec(rest) : null;
  if (periodAt && periodAt.index > 0) {
    cells.push(cell(rest.slice(0, periodAt.index), span.end));
    cells.push(cell(rest.slice(periodAt.index), span.end + periodAt.index));
  } else {
    cells.push(cell(rest, span.end));
  }
  while (cells.length < columns.length) cells.push({ text: "", line, column: column + text.length });
  return cells;
}

function headerRowFrom(terms: string[], text: string, line: number): TableRow {
  const column = indentOf(text) + 1;
  return { line, endLine: line, cells: terms.map((term) => ({ text: term, line, column })) };
}

function findRunTogetherTables(lines: readonly string[], taken: Set<number>): Table[] {
  const tables: Table[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (taken.has(index + 1)) continue;
    const terms = splitHeaderTerms(lines[index]);
    if (!terms || isBlank(lines[index + 1])) continue;
    const header = headerRowFrom(terms, lines[index], index + 1);
    const rows: TableRow[] = [];
    let cursor = index + 1;
    // the rows' layout is the header's, kept while every row shares it
    const layout: RowLayout = { indent: indentOf(lines[index]), gapped: COLUMN_GAP.test(lines[index].trim()) };
    while (cursor < lines.length && !isBlank(lines[cursor])) {
      const text = lines[cursor];
      const marker = parseMarker(text);
      if (marker && marker.style !== "bullet" && isTitleText(text.slice(marker.restIndex))) break;
      // each row is a line: a sentence after the rows is prose, not a row whose cells ran together
      if (startsProse(text, layout)) break;
      if (!COLUMN_GAP.test(text.trim())) layout.gapped = false;
      const indent = indentOf(text);
      rows.push({ line: cursor + 1, endLine: cursor + 1, cells: splitRunTogetherCells(text.trim(), terms, cursor + 1, indent + 1) });
      cursor++;
    }
    if (rows.length === 0) continue;
    tables.push({ form: "run-together", startLine: index + 1, endLine: cursor, header, rows });
    index = cursor - 1;
  }
  return tables;
}

const MAX_CELL_LENGTH = 80;
const BLANK_LINES_ENDING_TABLE = 3;

// a page break's blank lines and furniture between two cells: the run of blanks may be this much longer
const BLANK_LINES_AT_PAGE_BREAK = 3;

function findCellPerLineTables(lines: readonly string[], taken: Set<number>, pageBreaks: ReadonlySet<number>): Table[] {
  const tables: Table[] = [];
  let index = 0;
  while (index < lines.length) {
    const headerCells: TableCell[] = [];
    let cursor = index;
    // the header: consecutive short lines (blank lines between them allowed) that are all column names
    while (cursor < lines.length) {
      if (isBlank(lines[cursor])) {
        if (headerCells.length > 0 && isBlank(lines[cursor + 1])) break;
        cursor++;
        continue;
      }
      const candidate = lines[cursor];
      if (taken.has(cursor + 1) || !mayBeHeaderText(candidate) || !isColumnName(squeezedLine(candidate))) break;
      const text = lines[cursor];
      headerCells.push({ text: text.trim(), line: cursor + 1, column: indentOf(text) + 1 });
      cursor++;
    }
    if (headerCells.length < 2) {
      index = Math.max(cursor, index + 1);
      continue;
    }
    const cells: TableCell[] = [];
    let blanks = 0;
    // the blank run holds a page's furniture (blanked): the table may go on on the next page
    let pageBreak = false;
    while (cursor < lines.length) {
      const text = lines[cursor];
      if (isBlank(text)) {
        if (pageBreaks.has(cursor + 1)) pageBreak = true;
        if (++blanks >= BLANK_LINES_ENDING_TABLE + (pageBreak ? BLANK_LINES_AT_PAGE_BREAK : 0)) break;
        cursor++;
        continue;
      }
      const marker = parseMarker(text);
      // "제4조(개인정보의 제3자 제공)" holds its title in its brackets
      const isHeading = marker !== null && marker.style !== "bullet" && isTitleText(marker.bracketTitle ?? text.slice(marker.restIndex));
      if (taken.has(cursor + 1) || isHeading || text.trim().length > MAX_CELL_LENGTH) break;
      // the table ends where prose begins: a sentence is no row's first cell, nor a cell at all when it opens on its topic
      if (readsAsProse(text) && (cells.length % headerCells.length === 0 || OPENS_ON_TOPIC.test(text.trim()))) break;
      // nor a paragraph after the last row, wrapped over lines: "학원은 위탁계약 체결 시 … 위탁업무 수" over "행목적 외 …"
      if (cells.length % headerCells.length === 0 && OPENS_ON_TOPIC.test(text.trim()) && !isBlank(lines[cursor + 1] ?? "")) break;
      blanks = 0;
      pageBreak = false;
      cells.push({ text: text.trim(), line: cursor + 1, column: indentOf(text) + 1 });
      cursor++;
    }
    const width = headerCells.length;
    const rows: TableRow[] = [];
    for (let at = 0; at < cells.length; at += width) {
      const rowCells = cells.slice(at, at + width);
      rows.push({ line: rowCells[0].line, endLine: rowCells[rowCells.length - 1].line, cells: rowCells });
    }
    if (rows.length > 0) {
      const header: TableRow = { line: headerCells[0].line, endLine: headerCells[width - 1].line, cells: headerCells };
      tables.push({ form: "cell-per-line", startLine: header.line, endLine: rows[rows.length - 1].endLine, header, rows });
    }
    index = cursor;
  }
  return tables;
}

// a record this many fields long, at least, written label over value
const MIN_LABELLED_FIELDS = 3;
// blank lines a label and its value, or two fields, may stand apart by
const MAX_BLANKS_IN_RECORD = 2;

// "수탁자:" over its value: a colon marks the line as a label, where a bare one may be a list's item
const FINAL_COLON = /[:：]\s*$/;
const withoutFinalColon = (text: string) => text.replace(FINAL_COLON, "");
// two fields make a record when every label ends in a colon; bare labels need three (see MIN_RECORD_FIELDS)
const MIN_COLON_LABELLED_FIELDS = 2;
const minimumFields = (labels: readonly TableCell[]) =>
  labels.every((cell) => FINAL_COLON.test(cell.text)) ? MIN_COLON_LABELLED_FIELDS : MIN_LABELLED_FIELDS;

/**
 * A record written label over value, each on a line of its own, as a PDF's two-column table is copied out ("제공받는
 * 자" / "㈜한빛출판" / "제공 목적" / "…"): three or more fields whose labels name a record's fields (see isFieldLabel),
 * or two whose labels end in a colon ("수탁자:" / "㈜한빛물류"), and whose values are short lines of no label or
 * number of their own. Read as a two-column table, which withKeyValueRecords turns into the record.
 */
function findLabelOverValueRecords(lines: readonly string[], taken: Set<number>): Table[] {
  const tables: Table[] = [];
  const nextText = (from: number) => {
    let at = from;
    while (at < lines.length && at - from < MAX_BLANKS_IN_RECORD && isBlank(lines[at])) at++;
    return at < lines.length && !isBlank(lines[at]) ? at : -1;
  };
  const cellAt = (at: number): TableCell => ({ text: lines[at].trim(), line: at + 1, column: indentOf(lines[at]) + 1 });
  const isLabel = (at: number) => !taken.has(at + 1) && mayBeHeaderText(withoutFinalColon(lines[at])) && isFieldLabel(cellAt(at));
  const isValue = (at: number) => {
    const text = lines[at];
    return (
      !taken.has(at + 1) &&
      text.trim().length <= MAX_CELL_LENGTH &&
      !isLabel(at) &&
      parseMarker(text) === null &&
      !isLabelledValue(text.trim())
    );
  };
  for (let index = 0; index < lines.length; index++) {
    if (!isLabel(index)) continue;
    const fields: TableRow[] = [];
    let at = index;
    while (at >= 0 && isLabel(at)) {
      const value = nextText(at + 1);
      if (value < 0 || !isValue(value)) break;
      // a form's field ("처리 목적:" over its value set further in) titles what is under it: no table's cell
      if (FINAL_COLON.test(lines[at]) && indentOf(lines[value]) > indentOf(lines[at])) break;
      fields.push({ line: at + 1, endLine: value + 1, cells: [cellAt(at), cellAt(value)] });
      at = nextText(value + 1);
    }
    if (fields.length < minimumFields(fields.map((field) => field.cells[0]))) continue;
    const [header, ...rows] = fields;
    tables.push({ form: "cell-per-line", startLine: header.line, endLine: rows[rows.length - 1].endLine, header, rows });
    index = rows[rows.length - 1].endLine - 1;
  }
  return tables;
}

function markTaken(tables: Table[], taken: Set<number>): void {
  for (const table of tables) for (let line = table.startLine; line <= table.endLine; line++) taken.add(line);
}

/** Finds tables in plain text; lines already claimed (`taken`, e.g. Markdown tables) are skipped. */
export function findTextTables(
  lines: readonly string[],
  taken: Set<number> = new Set(),
  pageBreaks: ReadonlySet<number> = new Set(),
): Table[] {
  const all: Table[] = [];
  const findSpaceAligned = (text: readonly string[], claimed: Set<number>) => findAlignedTables(text, claimed, HEADER_SET);
  const findCellPerLine = (text: readonly string[], claimed: Set<number>) => findCellPerLineTables(text, claimed, pageBreaks);
  for (const finder of [
    findBoxTables,
    findDelimitedTables,
    findSpaceAligned,
    findRunTogetherTables,
    findLabelOverValueRecords,
    findCellPerLine,
  ]) {
    const found = finder(lines, taken);
    markTaken(found, taken);
    all.push(...found);
  }
  return all.sort((a, b) => a.startLine - b.startLine);
}

/** Index of the column whose header matches `pattern`, or -1. */
export function columnIndex(table: Table, pattern: RegExp): number {
  return table.header.cells.findIndex((cell) => pattern.test(cell.text));
}

// a remark written as a table's row ("※ …", "주) …", "* …"): marks that open notes, not records
const REMARK = /^(?:※|\*|주\s?[)）:：]|참고\s?[)）:：])/;

// a row labelled as the table's notes ("| 비고 | 직영 매장 픽업은 제공이 아닙니다. | |"): no record, whatever it fills
const NOTES_LABEL = /^(?:비\s?고|참\s?고|주|유의\s?사항)\s?[:：]?$/;

/**
 * The table with its remark rows set apart: a row of a text table whose only filled cell is its first and opens
 * as a note ("| ※ 수탁자가 바뀌면 알립니다 | |"), or a row labelled as notes, is a remark on the table, not a record
 * with empty cells. (An HTML table's rows that span every column are set apart as it is read.)
 */
export function withRemarksApart(table: Table): Table {
  if (table.header.cells.length < 2) return table;
  // (an HTML table's remarks across it are set apart as it is read)
  const isRemark = (row: TableRow) => {
    const first = row.cells[0]?.text.trim() ?? "";
    return (
      (table.form !== "html" && REMARK.test(first) && row.cells.slice(1).every((cell) => cell.text.trim() === "")) ||
      (NOTES_LABEL.test(first) && row.cells.slice(1).some((cell) => cell.text.trim() !== ""))
    );
  };
  const remarks = table.rows.filter(isRemark);
  if (remarks.length === 0) return table;
  return { ...table, rows: table.rows.filter((row) => !isRemark(row)), notes: [...(table.notes ?? []), ...remarks] };
}

// column names that name no field of a record: a "구분 | 내용" header stands over a record's labels and values
const GENERIC_COLUMNS = new Set(["구분", "분류", "번호", "순번", "항목", "내용", "세부내용", "대상", "필수", "선택"]);
const labelOf = (cell: TableCell) => withoutSpaces(cell.text).replace(/[:：]$/, "");
const isFieldLabel = (cell: TableCell) => HEADER_SET.has(labelOf(cell)) && !GENERIC_COLUMNS.has(labelOf(cell));

/** True when the text is a record's field label ("수탁자", "보유 기간:"), not a name or a title. */
export function isRecordFieldLabel(text: string): boolean {
  return isFieldLabel({ text: text.trim(), line: 0, column: 0 });
}
// a record has at least this many fields: two labels beside values are as often two rows of a list
const MIN_RECORD_FIELDS = 3;

/**
 * A key–value table read as the records it holds: two columns whose first holds only field labels ("제공받는 자",
 * "이용 목적", "보유 기간") and whose second their values is one record written downwards, not one record per
 * row. It becomes a table whose header is the labels and whose row is the values; several records set one under
 * another (the first label coming again) become one row each, when every record gives the same labels.
 */
export function withKeyValueRecords(table: Table): Table {
  const twoCells = (row: TableRow) => row.cells.length === 2 && row.cells.every((cell) => !cell.spanned);
  if (!twoCells(table.header) || !table.rows.every(twoCells)) return table;
  const [headLabel, headValue] = table.header.cells;
  // the header is a record's first field, or a "구분 | 내용" header over the fields
  const fields = isFieldLabel(headLabel)
    ? [table.header, ...table.rows]
    : GENERIC_COLUMNS.has(labelOf(headLabel)) && !HEADER_SET.has(labelOf(headValue))
      ? table.rows
      : null;
  if (!fields || !fields.every((row) => isFieldLabel(row.cells[0]))) return table;
  if (fields.length < Math.min(MIN_RECORD_FIELDS, minimumFields(fields.map((row) => row.cells[0])))) return table;
  const first = labelOf(fields[0].cells[0]);
  const records: TableRow[][] = [];
  for (const row of fields) {
    if (labelOf(row.cells[0]) === first) records.push([]);
    records[records.length - 1].push(row);
  }
  const labels = (record: TableRow[]) => record.map((row) => labelOf(row.cells[0])).join("|");
  if (new Set(labels(records[0]).split("|")).size !== records[0].length) return table;
  if (!records.every((record) => labels(record) === labels(records[0]))) return table;
  const rowOf = (record: TableRow[], column: number): TableRow => ({
    line: record[0].line,
    endLine: record[record.length - 1].endLine,
    cells: record.map((row) => row.cells[column]),
  });
  return { ...table, header: rowOf(records[0], 0), rows: records.map((record) => rowOf(record, 1)) };
}
