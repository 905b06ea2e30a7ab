// A table row's cells under the header's columns: a delimited row whose leading cells are empty or a
// dash ("- | 배송 알림 발송", " | 배송 알림 발송") arrives with those cells left out, and its first cell
// would be read as the first column's.
import type { PolicyDocument, Table, TableCell, TableRow } from "../parse/model.js";
import type { JoinedLine } from "./wraps.js";
import retention from "../../rules/data/statutory-retention.json" with { type: "json" };

const DELIMITER = /[|\t]/g;

/** How many delimiters stand before the row's first cell on its line. */
function delimitersBefore(document: PolicyDocument, row: TableRow): number {
  const first = row.cells[0];
  if (!first) return 0;
  return (document.plain[first.line - 1] ?? "").slice(0, first.column).match(DELIMITER)?.length ?? 0;
}

/**
 * The row's cells by the header's column: a short delimited row with more delimiters before its first cell
 * than the header has before its own starts that many columns to the right, the columns before it empty.
 */
export function cellsUnderHeader(document: PolicyDocument, table: Table, row: TableRow): (TableCell | undefined)[] {
  if (table.form !== "delimited" || row.cells.length >= table.header.cells.length) return row.cells;
  const shift = delimitersBefore(document, row) - delimitersBefore(document, table.header);
  if (shift <= 0) return row.cells;
  return [...Array<undefined>(shift).fill(undefined), ...row.cells];
}

export interface CellInRow {
  /** the header cell of the line's column */
  column: TableCell;
  /** the row's other cells, in the header's column order */
  others: TableCell[];
}

/**
 * Where a one-cell-per-line table holds `line`: its column's header and the other cells of its row, cut by the
 * header's column count, so that a record type can take its own row's statute and period whichever column
 * comes first. Null when the line is no such cell, or when the table's cells do not fill its last row (a cell
 * wrapped over two lines would shift every row after it).
 */
export function cellInRow(document: PolicyDocument, line: number): CellInRow | null {
  const table = document.tables.find(
    (candidate) => candidate.form === "cell-per-line" && candidate.startLine <= line && line <= candidate.endLine,
  );
  if (!table) return null;
  const width = table.header.cells.length;
  if (table.rows.some((row) => row.cells.length !== width)) return null;
  const row = table.rows.find((candidate) => candidate.cells.some((cell) => cell.line === line));
  if (!row) return null;
  const at = row.cells.findIndex((cell) => cell.line === line);
  return { column: table.header.cells[at], others: row.cells.filter((cell) => cell.line !== line) };
}

const wrappedRowsCache = new WeakMap<PolicyDocument, Map<number, TableRow>>();

/** Every line of a box-drawn row drawn over several lines, with its row: found once per document. */
function wrappedBoxRows(document: PolicyDocument): Map<number, TableRow> {
  let rows = wrappedRowsCache.get(document);
  if (!rows) {
    rows = new Map();
    for (const table of document.tables) {
      if (table.form !== "box") continue;
      for (const row of table.rows) if (row.endLine > row.line) for (let line = row.line; line <= row.endLine; line++) rows.set(line, row);
    }
    wrappedRowsCache.set(document, rows);
  }
  return rows;
}

/** The first line of the box-drawn row drawn over several lines that `line` stands in; undefined for any other line. */
export function wrappedBoxRowStart(document: PolicyDocument, line: number): number | undefined {
  return wrappedBoxRows(document).get(line)?.line;
}

/**
 * The box-drawn row that starts on `line` and wraps its cells over the lines below it, read as one line: each cell's
 * pieces joined in turn ("위치정보 이용·제공사실 확인" and "자료"), the cells set apart by " │ ", each piece placed on
 * its own line for reporting. Null when no such row starts there.
 */
export function wrappedBoxRow(document: PolicyDocument, line: number): JoinedLine | null {
  const row = wrappedBoxRows(document).get(line);
  if (row === undefined || row.line !== line) return null;
  let text = "";
  const parts: JoinedLine["parts"] = [];
  row.cells.forEach((cell, column) => {
    if (column > 0) text += " │ ";
    (cell.pieces ?? (cell.text === "" ? [] : [cell])).forEach((piece, at) => {
      if (at > 0) text += " ";
      parts.push({ line: piece.line, at: text.length, column: piece.column - 1 });
      text += piece.text;
    });
  });
  return { line, text, parts };
}

// a table that sorts its records into groups ("구분") and names each record in a column of its own ("보존 항목")
const GROUP_COLUMN = /^(?:구분|분류|유형|종류|대분류)$/;
const RECORD_COLUMN = /항목|기록|자료|서류|대상/;
// (a basis column as retention-statute's data names one, or a period column; "보유 항목" is a column of records)
const BASIS_OR_PERIOD_COLUMN = new RegExp(`${retention.retentionTable.basisColumn}|기간`);
// a record cell that names a record of its own ("진료비 수납 및 결제 기록"), not its fields ("결제 수단, 금액")
const NAMES_A_RECORD = /(?:기록부?|자료|서류|장부|대장|명부|내역|부본|일지)$/;

const groupLabelCache = new WeakMap<PolicyDocument, Map<number, TableCell[]>>();

/** For each line, the group labels written on it over rows whose record cell names a record of its own. */
function groupLabels(document: PolicyDocument): Map<number, TableCell[]> {
  let labels = groupLabelCache.get(document);
  if (labels) return labels;
  labels = new Map();
  for (const table of document.tables) {
    const columns = table.header.cells.map((cell) => cell.text.trim());
    const group = columns.findIndex((column) => GROUP_COLUMN.test(column));
    const record = columns.findIndex((column, at) => at !== group && RECORD_COLUMN.test(column) && !BASIS_OR_PERIOD_COLUMN.test(column));
    if (group < 0 || record < 0) continue;
    for (const row of table.rows) {
      const cells = cellsUnderHeader(document, table, row);
      const label = cells[group];
      if (!label || label.spanned || !NAMES_A_RECORD.test(cells[record]?.text.trim() ?? "")) continue;
      labels.set(label.line, [...(labels.get(label.line) ?? []), label]);
    }
  }
  groupLabelCache.set(document, labels);
  return labels;
}

/**
 * The line's text with the group labels of its table rows blanked (same length, so columns hold): "결제·접속 기록"
 * over "진료비 수납 및 결제 기록 | 「국세기본법」 | 5년" names the group, and the row keeps the record its own cell
 * names under the row's statute, not a log under it.
 */
export function withoutGroupLabels(document: PolicyDocument, line: number, text: string): string {
  for (const label of groupLabels(document).get(line) ?? []) {
    const start = label.column - 1;
    if (text.slice(start, start + label.text.length) !== label.text) continue;
    text = text.slice(0, start) + " ".repeat(label.text.length) + text.slice(start + label.text.length);
  }
  return text;
}
