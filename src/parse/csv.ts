// A policy kept in a spreadsheet and saved as CSV: a header of column names ("번호,항목,내용"), then a row a section
// ("3,개인정보의 보유 기간,""회원 정보는 …" with the cell's lines inside its quotes). The commas and quotes are the
// file's, not the policy's: they are blanked, one space for each code unit, so lines and columns stay; the rows
// are a table, which the section reader takes for the policy's sections (see table-sections.ts), and a row that
// holds the policy's name is its title.
import type { PolicyDocument, Table, TableCell, TableRow } from "./model.js";
import { POLICY_NAME } from "./policy-name.js";

// the header: two to six short column names, no quotes
const HEADER = /^[ \t]{0,3}[^,"\n]{1,12}(?:,[^,"\n]{1,12}){1,5}[ \t]*$/;
// a row opens with its number, or its first cell, before a comma
const ROW_START = /^\d{1,3},/;
const MIN_ROWS = 3;

interface CsvPolicy {
  plain: readonly string[];
  tables: Table[];
  title: PolicyDocument["title"];
}

/** The lines of a CSV file read as its rows, the syntax blanked; null where the text is no such file. */
export function readCsvPolicy(lines: readonly string[]): CsvPolicy | null {
  const headerAt = lines.findIndex((line) => line.trim() !== "");
  if (headerAt < 0 || !HEADER.test(lines[headerAt])) return null;
  if (lines.filter((line) => ROW_START.test(line)).length < MIN_ROWS) return null;
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
  const endCell = () => {
    if (cell) cells.push({ ...cell, text: cell.text.trim() });
    cell = null;
  };
  // the row ends on `endLine` (1-based), and the next starts on the line after it
  const endRow = (endLine: number) => {
    endCell();
    if (cells.length > 0) rows.push({ line: rowLine, endLine, cells });
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
      if (character === ",") {
        blankAt(index, at);
        endCell();
        continue;
      }
      if (cell === null) {
        if (character === " " || character === "\t") continue;
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
  const titleRow = body.find((row) =>
    row.cells.slice(0, 2).some((candidate) => POLICY_NAME.test(candidate.text) && candidate.text.length <= 40),
  );
  const titleCell = titleRow?.cells.find((candidate) => POLICY_NAME.test(candidate.text));
  if (titleRow?.cells[0] && titleRow.cells[0] !== titleCell) {
    const number = titleRow.cells[0];
    opened[number.line - 1] =
      opened[number.line - 1].slice(0, number.column - 1) +
      " ".repeat(number.text.length) +
      opened[number.line - 1].slice(number.column - 1 + number.text.length);
  }
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
