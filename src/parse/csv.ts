// A policy kept in a spreadsheet and saved as CSV: a header of column names ("번호,항목,내용"), then a row a section
// ("3,개인정보의 보유 기간,""회원 정보는 …" with the cell's lines inside its quotes). The commas and quotes are the
// file's, not the policy's: they are blanked, one space for each code unit, so lines and columns stay; the rows
// are a table, which the section reader takes for the policy's sections (see table-sections.ts), and a row that
// holds the policy's name is its title.
import type { PolicyDocument, Table, TableCell, TableRow } from "./model.js";
import { POLICY_NAME } from "./policy-name.js";
import { withSpanBlanked } from "./lines.js";

// the header: two to six short column names, no quotes, between commas or (a sheet saved as TSV) tabs; a sheet
// may save a few empty columns after them ("번호,항목,내용,,")
const HEADER = /^[ \t]{0,3}[^,"\n]{1,12}(?:,[^,"\n]{1,12}){1,5}(?:,[ \t]*){0,4}$/;
const TAB_HEADER = /^ {0,3}[^\t"\n]{1,12}(?:\t[^\t"\n]{1,12}){1,5}(?:\t *){0,4}$/;
// a row opens with its number, or its first cell, before a comma or a tab
const ROW_START = { ",": /^\d{1,3},/, "\t": /^\d{1,3}\t/ };
const MIN_ROWS = 3;
const TITLE_ROWS = 3;

interface CsvPolicy {
  plain: readonly string[];
  tables: Table[];
  title: PolicyDocument["title"];
}

/** The lines of a CSV file read as its rows, the syntax blanked; null where the text is no such file. */
export function readCsvPolicy(lines: readonly string[]): CsvPolicy | null {
  const headerAt = lines.findIndex((line) => line.trim() !== "");
  if (headerAt < 0) return null;
  const delimiter = HEADER.test(lines[headerAt]) ? "," : TAB_HEADER.test(lines[headerAt]) ? "\t" : null;
  if (delimiter === null || lines.filter((line) => ROW_START[delimiter].test(line)).length < MIN_ROWS) return null;
  const opened = [...lines];
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let cell: TableCell | null = null;
  let quoted = false;
  let rowLine = headerAt + 1;
  const blankAt = (line: number, index: number) => {
    const text = opened[line];
    opened[line] = text.slice(0, index) + " " + text.slice(index + 1);
  };
  // a cell left empty ("0,제목,,…") is a cell still, so that the columns after it stay in place
  const endCell = (line: number, column: number) => {
    cells.push(cell ? { ...cell, text: cell.text.trim() } : { text: "", line, column });
    cell = null;
  };
  // the row ends on `endLine` (1-based), and the next starts on the line after it
  const endRow = (endLine: number) => {
    if (cell || cells.length > 0) endCell(endLine, (lines[endLine - 1]?.length ?? 0) + 1);
    if (cells.some((written) => written.text !== "")) rows.push({ line: rowLine, endLine, cells });
    cells = [];
    rowLine = endLine + 1;
  };
  for (let index = headerAt; index < lines.length; index++) {
    const text = lines[index];
    for (let at = 0; at < text.length; at++) {
      const character = text[at];
      if (quoted) {
        if (character === '"' && text[at + 1] === '"') {
          // a quote written twice inside a quoted cell is one quote
          blankAt(index, at);
          cell!.text += '"';
          at++;
        } else if (character === '"') {
          blankAt(index, at);
          quoted = false;
        } else cell!.text += character;
        continue;
      }
      if (character === delimiter) {
        blankAt(index, at);
        endCell(index + 1, at + 1);
        continue;
      }
      if (cell === null) {
        if (character === " " || (character === "\t" && delimiter === ",")) continue;
        cell = { text: "", line: index + 1, column: at + 1 };
        if (character === '"') {
          blankAt(index, at);
          cell.column = at + 2;
          quoted = true;
          continue;
        }
      }
      cell.text += character;
    }
    if (quoted) {
      if (cell) (cell as TableCell).text += "\n";
      continue;
    }
    endRow(index + 1);
  }
  endRow(lines.length);
  if (quoted) return null;
  const [header, ...body] = rows;
  if (!header || body.length < MIN_ROWS) return null;
  // the row that holds the policy's name ("0,개인정보 처리방침,…") is its title and preamble, not a section
  // (among the first rows: a later row may name the policy in a sentence, "이전 개인정보 처리방침 보기")
  const titleRow = body
    .slice(0, TITLE_ROWS)
    .find((row) => row.cells.some((candidate) => POLICY_NAME.test(candidate.text) && candidate.text.length <= 40));
  const titleCell = titleRow?.cells.find((candidate) => POLICY_NAME.test(candidate.text));
  // the cells before the name are the row's number and label ("0,제목,,…"): blanked, the name stands alone
  for (const before of titleRow && titleCell ? titleRow.cells.slice(0, titleRow.cells.indexOf(titleCell)) : [])
    opened[before.line - 1] = withSpanBlanked(opened[before.line - 1], before.column - 1, before.text.length);
  opened[headerAt] = " ".repeat(lines[headerAt].length);
  const sections = body.filter((row) => row !== titleRow);
  const table: Table = {
    form: "csv",
    startLine: sections[0]?.line ?? header.line,
    endLine: sections.at(-1)?.endLine ?? header.endLine,
    header,
    rows: sections,
  };
  return {
    plain: opened,
    tables: sections.length > 0 ? [table] : [],
    title: titleCell ? { text: titleCell.text, line: titleCell.line, column: titleCell.column } : null,
  };
}
