// Tables drawn with box-drawing characters (┌─┬┐ │ ├┼┤ └┴┘, heavy ┃━, double ║═) or ASCII grids (+---+ with |),
// as word processors and console tools export them. A cell too long for its column wraps onto a further
// physical row that leaves the other cells empty; that row belongs to the row above.
import type { Table, TableCell, TableRow } from "./model.js";
import { indentOf, isBlank, isWhiteSpaceCode } from "./lines.js";

const VERTICAL = /[│┃║|]/;
// the characters a drawn table's lines are made of (the hyphen last: it stands for itself in a class)
const DRAWING = "┌┍┎┏╒╓╔├┝┠┣╞╟╠└┕┖┗╘╙╚┬┯┰┳╤╥╦┼┿╂╋╪╫╬┴┷┸┻╧╨╩┐┑┒┓╕╖╗┤┥┨┫╡╢╣┘┙┚┛╛╜╝─━═+=:│┃║|-";
// a rule line: only drawing characters, with a corner or a junction ("├────┼────┤", "+----+----+")
const RULE_CHARACTERS = new RegExp(`^[ ${DRAWING}]+$`);
// a rule and a row of cells (opening with a vertical) both start with one of them, as codes: most lines do not
const DRAWING_CODES = new Set([...DRAWING].map((character) => character.charCodeAt(0)));
const CORNER_OR_JUNCTION = /[┌┍┎┏╒╓╔├┝┠┣╞╟╠└┕┖┗╘╙╚┬┯┰┳╤╥╦┼┿╂╋╪╫╬┴┷┸┻╧╨╩┐┑┒┓╕╖╗┤┥┨┫╡╢╣┘┙┚┛╛╜╝+]/;
const HORIZONTAL_RUN = /[─━═\-=]{3}/;
// an ASCII grid is told from a pipe table by its "+" corners; an Org-mode table's rule under its header,
// "|----+----|", joins its columns with "+" but has a pipe table's ends
const ASCII_CORNER = /^\s*\+[-=]/;

const isRule = (text: string) => {
  const trimmed = text.trim();
  return RULE_CHARACTERS.test(trimmed) && CORNER_OR_JUNCTION.test(trimmed) && HORIZONTAL_RUN.test(trimmed);
};
// a line made only of horizontal strokes ("━━━━", "────", "-----", "=====") draws no corner: it is a rule of the
// table it stands against (above the header, under it, between rows or at the bottom), never a table by itself
const BARE_RULE = /^[─━═\-= ]+$/;
export const isBareRule = (text: string) => {
  const trimmed = text.trim();
  return BARE_RULE.test(trimmed) && HORIZONTAL_RUN.test(trimmed);
};
const isCellRow = (text: string) => {
  const trimmed = text.trim();
  return VERTICAL.test(trimmed[0] ?? "") && trimmed.slice(1).search(VERTICAL) >= 0 && !isRule(text);
};

/** The cells of one physical row, each with its column; the borders outside the first and last cell dropped. */
function cellsOf(text: string, line: number): TableCell[] {
  const cells: TableCell[] = [];
  // 0-based index of the current part: the first starts after the left border
  let at = indentOf(text) + 1;
  const parts = text.slice(at).split(VERTICAL);
  parts.forEach((part, index) => {
    const isOuter = index === parts.length - 1 && part.trim() === "";
    if (!isOuter) cells.push({ text: part.trim(), line, column: at + indentOf(part) + 1 });
    at += part.length + 1;
  });
  return cells;
}

/** A wrapped cell's lines joined, cell by cell, into one row that starts on the first line. */
function mergeRows(physical: TableRow[]): TableRow {
  const width = Math.max(...physical.map((row) => row.cells.length));
  const cells: TableCell[] = [];
  for (let at = 0; at < width; at++) {
    const parts = physical.map((row) => row.cells[at]).filter((cell): cell is TableCell => cell !== undefined && cell.text !== "");
    const first = parts[0] ?? physical[0].cells[at] ?? { text: "", line: physical[0].line, column: 1 };
    const cell: TableCell = { text: parts.map((part) => part.text).join(" "), line: first.line, column: first.column };
    if (parts.length > 1) cell.pieces = parts;
    cells.push(cell);
  }
  return { line: physical[0].line, endLine: physical[physical.length - 1].endLine, cells };
}

// a cell cut off by its column's width: a bracket left open ("「위치정보의 보호 및"), or a modifier or a joining word
// with nothing after it ("…에 관한", "… 및", "…,")
const OPENING = /[(（「『[【<〈《]/g;
const CLOSING = /[)）」』\]】>〉》]/g;
const CUT_AFTER = /(?:(?:^|\s)(?:및|또는|관한|대한|따른|의한|위한|관련|관련된|등의)|[·ㆍ,，]|[가-힣](?:에|에서|를))$/;
// a cell that opens with a qualifier in brackets ("(건당 1만원 이하)") or closes one: it goes on with the cell above
const GOES_ON = /^[(（)）」』\]】]/;

function cutOff(text: string): boolean {
  return (text.match(OPENING)?.length ?? 0) > (text.match(CLOSING)?.length ?? 0) || CUT_AFTER.test(text);
}

/**
 * True when `row` finishes cells its logical row so far (`above`) left cut: it leaves empty a cell the row's first
 * line fills (a row of its own fills them all, or leaves empty what is empty), and one of its cells goes on with the
 * one above it. A row of its own whose optional cell is empty follows a finished row and is kept apart.
 */
function finishesCutCells(above: TableRow[], row: TableRow): boolean {
  const first = above[0];
  if (!row.cells.some((cell, at) => cell.text === "" && (first.cells[at]?.text ?? "") !== "")) return false;
  return row.cells.some((cell, at) => {
    if (cell.text === "") return false;
    const soFar = above
      .map((line) => line.cells[at]?.text ?? "")
      .filter((text) => text !== "")
      .join(" ");
    return soFar !== "" && (cutOff(soFar) || GOES_ON.test(cell.text));
  });
}

/**
 * The logical rows of a table's physical rows, grouped between its rule lines. Where rules separate every row,
 * the lines between two rules are one row; else a line whose first cell is empty continues the row above, and so
 * does one that finishes the row above's cut-off cells.
 */
function logicalRows(groups: TableRow[][]): TableRow[] {
  const rulePerRow = groups.length > 2;
  return groups.flatMap((group) => {
    if (rulePerRow) return [mergeRows(group)];
    const rows: TableRow[][] = [];
    for (const row of group) {
      const above = rows.at(-1);
      const continues =
        above !== undefined && row.cells.some((cell) => cell.text !== "") && (row.cells[0]?.text === "" || finishesCutCells(above, row));
      if (continues) above.push(row);
      else rows.push([row]);
    }
    return rows.map(mergeRows);
  });
}

/** True when the line's first character with ink is a drawing character: only then can it be a rule or a row of cells. */
function startsWithDrawing(text: string): boolean {
  let at = 0;
  while (at < text.length && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  return DRAWING_CODES.has(text.charCodeAt(at));
}

/** Box-drawn and ASCII-grid tables; lines already claimed (`taken`) are skipped. */
export function findBoxTables(lines: readonly string[], taken: ReadonlySet<number>): Table[] {
  const tables: Table[] = [];
  const isRowAt = (at: number) => at >= 0 && at < lines.length && !taken.has(at + 1) && isCellRow(lines[at]);
  // a bare rule belongs to the table when a row of cells stands right above or below it
  const isTableRule = (at: number) => isRule(lines[at]) || (isBareRule(lines[at]) && (isRowAt(at - 1) || isRowAt(at + 1)));
  const startsTable = (at: number) => !taken.has(at + 1) && startsWithDrawing(lines[at]) && (isTableRule(at) || isCellRow(lines[at]));
  let index = 0;
  while (index < lines.length) {
    if (!startsTable(index)) {
      index++;
      continue;
    }
    const start = index;
    const groups: TableRow[][] = [[]];
    let rules = 0;
    let ascii = false;
    let bare = false;
    while (index < lines.length && !isBlank(lines[index]) && startsTable(index)) {
      const text = lines[index];
      if (isTableRule(index)) {
        rules++;
        ascii ||= ASCII_CORNER.test(text);
        bare ||= !isRule(text);
        if (groups[groups.length - 1].length > 0) groups.push([]);
      } else groups[groups.length - 1].push({ line: index + 1, endLine: index + 1, cells: cellsOf(text, index + 1) });
      index++;
    }
    const filled = groups.filter((group) => group.length > 0);
    const pipesOnly = filled.flat().every((row) => !/[│┃║]/.test(lines[row.line - 1]));
    // a pipe table without "+" corners is a delimited table, read elsewhere, unless bare rules stand between its rows
    if (rules === 0 || (pipesOnly && !ascii && !bare)) continue;
    const [header, ...rows] = logicalRows(filled);
    if (!header || rows.length === 0) continue;
    tables.push({ form: "box", startLine: start + 1, endLine: index, header, rows });
  }
  return tables;
}
