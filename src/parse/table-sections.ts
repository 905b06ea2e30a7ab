// A policy written as one table, a row a section: "| 번호 | 항목 | 내용 |", the item's title in one cell and its
// text in the cell after it ("<br>" breaking its lines), or a drawn table whose rows run over several lines
// ("┃ 3 ┃ 보유 기간 ┃ 회원 정보: … ┃" / "┃   ┃           ┃ 주문 기록: … ┃"), or a CSV file's rows (see csv.ts).
// The rows are the document's sections, not records.
import type { Heading, Table, TableCell, TableRow } from "./model.js";
import { isTitleText, looksLikeSentence, markedBy, parseMarker, topicOfTitle } from "./headings.js";
import { withSpanBlanked } from "./lines.js";

// tables whose rows stand each on one line of the file, the row's cells read from it
const ONE_LINE_ROW_FORMS = new Set<Table["form"]>(["markdown", "delimited"]);
// tables whose rows may run over several lines, a cell's text in its column on each: read as sections, the table's
// drawing is blanked and each row's lines below its first hold the text cell's lines only
const DRAWN_FORMS = new Set<Table["form"]>(["box"]);
// a policy's items in a run: this many rows at least, most of their titles naming items, and that many items apart
const MIN_ROWS = 4;
const MIN_TOPICS = 3;
const MIN_NAMED_SHARE = 2 / 3;
// the text cells hold the item's text (sentences, lists), not a word or a value as a summary table's cells do
const MIN_MEAN_TEXT_LENGTH = 40;
const MAX_TITLE_LENGTH = 60;
const ROW_NUMBER = /^[0-9]{1,2}[.)]?$/;

/**
 * The tables written as a policy's sections, read as headings (the title cell the title, the cell after it the
 * run-on body, a number cell before it the number), and the other tables. A table is read so only where most of
 * its rows' title cells name a policy's items, several of them, and the cells after them hold text: a table of
 * records, or a summary table of a word a cell, stays a table.
 */
export function withTableSections(
  tables: readonly Table[],
  lines: readonly string[],
  plain: readonly string[],
): { headings: Heading[]; tables: Table[]; plain: readonly string[] } {
  const headings: Heading[] = [];
  const kept: Table[] = [];
  let masked = plain;
  for (const table of tables) {
    if (DRAWN_FORMS.has(table.form) || table.form === "csv") {
      const opened = table.form === "csv" ? { plain: masked, textColumn: csvTextColumn(table) } : openDrawnTable(table, masked);
      const read = opened && sectionsOf(table, lines, opened.plain, opened.textColumn);
      if (read) {
        const csv = table.form === "csv";
        headings.push(...(csv ? withEntryBodies(read.headings, read.groups, read.titleColumn) : read.headings));
        masked = csv ? withEntryLabels(opened.plain, read.groups, read.titleColumn, " ") : opened.plain;
      } else kept.push(table);
      continue;
    }
    const read = ONE_LINE_ROW_FORMS.has(table.form) || table.form === "html" ? sectionsOf(table, lines, plain) : null;
    if (!read) {
      kept.push(table);
      continue;
    }
    // a sheet pasted as text, its cells set apart by tabs, holds its entries as a CSV does
    const sheet = table.form === "delimited" && lines[table.startLine - 1].includes("\t");
    headings.push(...(sheet ? withEntryBodies(read.headings, read.groups, read.titleColumn) : read.headings));
    if (sheet) masked = withEntryLabels(masked, read.groups, read.titleColumn, "\t");
  }
  return { headings, tables: headings.length === 0 ? [...tables] : kept, plain: masked };
}

/**
 * `textColumnAt`, for a table whose rows run down several lines in columns (drawn, CSV): where a cell starts on a
 * line, once the table's syntax is blanked (see openDrawnTable, csv.ts); its rows' text then runs from the title's
 * line down the row's lines.
 */
function sectionsOf(
  table: Table,
  lines: readonly string[],
  plain: readonly string[],
  textColumnAt?: (line: number, column: number) => number | undefined,
): { headings: Heading[]; groups: TableRow[][]; titleColumn: number } | null {
  // a text table's first row may be a section itself; a Markdown or CSV table's first row is its header
  const headed = table.form === "markdown" || table.form === "csv";
  const candidates = headed ? table.rows : [table.header, ...table.rows];
  // a page's table may set a row over several lines ("<td>2</td>" / "<th>제목</th>" / "<td>…</td>"), and a drawn
  // table; a table of one line a row may not
  const rowsRunOn = table.form === "html" || textColumnAt !== undefined;
  if (candidates.length < MIN_ROWS || (!rowsRunOn && candidates.some((row) => row.endLine !== row.line))) return null;
  const width = Math.max(...candidates.map((row) => row.cells.length));
  if (width < 2) return null;
  // the title column: the one whose cells name the most items; the text is in the column after it
  let titleColumn = -1;
  let named = 0;
  for (let column = 0; column < width - 1; column++) {
    const count = candidates.filter((row) => namesItem(row.cells[column])).length;
    if (count > named) [titleColumn, named] = [column, count];
  }
  if (titleColumn < 0) return null;
  const allRows = headed || namesItem(table.header.cells[titleColumn]) ? candidates : table.rows;
  // a section set over several rows: its title in the first, left blank or written again in the rows after it
  const groups = rowGroups(allRows, titleColumn);
  const rows = groups.map((group) => group[0]);
  if (rows.length < MIN_ROWS || rows.filter((row) => namesItem(row.cells[titleColumn])).length < rows.length * MIN_NAMED_SHARE) return null;
  const topics = new Set(rows.map((row) => topicOfTitle(row.cells[titleColumn]?.text ?? "")).filter((topic) => topic !== null));
  if (topics.size < MIN_TOPICS) return null;
  // every title cell reads as a title, the rows' own titles not sentences
  if (rows.some((row) => !readsAsTitle(row.cells[titleColumn]))) return null;
  const textOf = (row: TableRow) =>
    row.endLine === row.line
      ? bodyOf(row, titleColumn + 1, lines, plain)
      : row.cells
          .slice(titleColumn + 1)
          .map((cell) => cell.text)
          .join("\n");
  const texts = rows.map(textOf);
  const groupLength = groups.reduce((sum, group) => sum + group.reduce((length, row) => length + textOf(row).length, 0), 0);
  if (groupLength / rows.length < MIN_MEAN_TEXT_LENGTH) return null;
  if (textColumnAt) {
    // such a row's first line holds the title and the text cell's first line, the body run on after the title
    const headings = rows.map((row) => {
      const title = row.cells[titleColumn];
      const from = textColumnAt(title.line, titleColumn + 1);
      const body = from === undefined ? "" : (plain[title.line - 1] ?? "").slice(from - 1).trim();
      return { ...headingOf({ ...row, endLine: row.line }, titleColumn, body), inlineBody: body === "" ? null : body };
    });
    return { headings: withoutRepeatedNumbers(headings), groups, titleColumn };
  }
  return { headings: withoutRepeatedNumbers(rows.map((row, index) => headingOf(row, titleColumn, texts[index]))), groups, titleColumn };
}

// an entry's label: a word or a few ("수탁자", "장기요양급여 제공 기록"), not a sentence
const MAX_ENTRY_LABEL = 24;

/**
 * A spreadsheet's entries read as the fields they are: where a row gives a label cell and a value cell after the
 * item's title ("6⇥처리 위탁⇥수탁자⇥㈜케어포유"), the blank its delimiter left after the label (a CSV's comma blanked
 * to a space, a sheet's tab) reads as a colon ("수탁자: ㈜케어포유"), and on the item's later rows its number and
 * title, written again, are blanked: each row is then a field line of the item's section, as the same policy written
 * as text would have it.
 */
function withEntryLabels(
  plain: readonly string[],
  groups: readonly TableRow[][],
  titleColumn: number,
  delimiter: " " | "\t",
): readonly string[] {
  const opened = [...plain];
  const blank = (cell: TableCell) => (opened[cell.line - 1] = withSpanBlanked(opened[cell.line - 1], cell.column - 1, cell.text.length));
  for (const group of groups)
    group.forEach((row, index) => {
      if (index > 0) for (const cell of row.cells.slice(0, titleColumn + 1)) if (cell.line === row.line && cell.text !== "") blank(cell);
      const label = entryLabel(row, titleColumn);
      if (!label) return;
      const text = opened[label.line - 1];
      const after = label.column - 1 + label.text.length;
      if (text[after] === delimiter) opened[label.line - 1] = `${text.slice(0, after)}:${text.slice(after + 1)}`;
    });
  return opened;
}

/** The label cell of a row that gives an entry (a label, then its value on the same line), or null. */
function entryLabel(row: TableRow, titleColumn: number): TableCell | null {
  const [label, value] = [row.cells[titleColumn + 1], row.cells[titleColumn + 2]];
  if (!label || !value || label.text === "" || value.text === "" || label.line !== value.line) return null;
  return label.text.length > MAX_ENTRY_LABEL || looksLikeSentence(label.text) ? null : label;
}

/**
 * The headings of a sheet's item rows with their entry as a field: the row that titles the item gives its first
 * entry on the title's line ("5⇥위탁⇥수탁자⇥약국관리 프로그램 공급업체⇥유지보수"), read as "수탁자: 약국관리 프로그램
 * 공급업체⇥유지보수", each cell after the value kept apart by a tab, as the item's later rows read.
 */
function withEntryBodies(headings: Heading[], groups: readonly TableRow[][], titleColumn: number): Heading[] {
  const bodies = new Map<number, string>();
  for (const [row] of groups) {
    const label = entryLabel(row, titleColumn);
    if (!label) continue;
    const cells = row.cells.slice(titleColumn + 2).filter((cell) => cell.line === row.line && cell.text.trim() !== "");
    bodies.set(row.line, `${label.text}: ${cells.map((cell) => cell.text.trim()).join("\t")}`);
  }
  return headings.map((heading) => (bodies.has(heading.line) ? { ...heading, inlineBody: bodies.get(heading.line)! } : heading));
}

/**
 * The rows in groups, one a section: a row whose title cell is blank, or holds the title of the row before it,
 * continues that row's section ("| 7. 파기 | 절차: … |" / "| | 방법: … |"; a spreadsheet's "7⇥파기⇥절차⇥…" /
 * "7⇥파기⇥방법⇥…", one row an entry).
 */
function rowGroups(rows: readonly TableRow[], titleColumn: number): TableRow[][] {
  const groups: TableRow[][] = [];
  for (const row of rows) {
    const title = row.cells[titleColumn]?.text.trim() ?? "";
    const group = groups.at(-1);
    if (group && (title === "" || title === group[0].cells[titleColumn]?.text.trim())) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The headings with a number written again dropped: a spreadsheet numbers the entries it keeps under one item
 * ("6⇥처리 위탁", "6⇥국외 이전"), and the later titles are that item's, not a duplicate of its number.
 */
function withoutRepeatedNumbers(headings: Heading[]): Heading[] {
  let last: number | null = null;
  return headings.map((heading) => {
    if (heading.number === null) return heading;
    if (heading.number === last) return { ...heading, style: "plain", marker: "", number: null };
    last = heading.number;
    return heading;
  });
}

const CELL_BAR = /[│┃║|]/g;

/** Where a CSV row's cell at `column` starts on `line`: its syntax is blanked already (see csv.ts). */
function csvTextColumn(table: Table): (line: number, column: number) => number | undefined {
  return (line, column) => {
    const cell = [table.header, ...table.rows].find((row) => row.line === line)?.cells[column];
    return cell && cell.line === line ? cell.column : undefined;
  };
}

/**
 * The text with the drawn table's strokes blanked (its rules become blank lines, its bars spaces), each row's lines
 * after its first keeping only what stands in its last cell, and where each cell starts on each line. Null where a
 * row's later line has no bar before its last cell.
 */
function openDrawnTable(
  table: Table,
  plain: readonly string[],
): { plain: readonly string[]; textColumn: (line: number, column: number) => number | undefined } | null {
  const rows = [table.header, ...table.rows];
  const rowOf = new Map<number, TableRow>();
  for (const row of rows) for (let line = row.line; line <= row.endLine; line++) rowOf.set(line, row);
  // each line's bars: the n-th cell starts after the n-th bar (the left border the first)
  const bars = new Map<number, number[]>();
  const opened = [...plain];
  for (let line = table.startLine; line <= table.endLine; line++) {
    const text = plain[line - 1] ?? "";
    const row = rowOf.get(line);
    if (!row) {
      opened[line - 1] = " ".repeat(text.length);
      continue;
    }
    const at = [...text.matchAll(CELL_BAR)].map((found) => found.index);
    bars.set(line, at);
    opened[line - 1] = text.replace(CELL_BAR, " ");
  }
  const textColumn = (line: number, column: number) => {
    const at = bars.get(line)?.[column];
    return at === undefined ? undefined : at + 2;
  };
  // a row's later lines: the cells before the last blanked (a wrapped title's second half is in the heading)
  const last = Math.max(...rows.map((row) => row.cells.length)) - 1;
  for (const row of rows) {
    for (let line = row.line + 1; line <= row.endLine; line++) {
      const from = textColumn(line, last);
      if (from === undefined) return null;
      opened[line - 1] = " ".repeat(from - 1) + opened[line - 1].slice(from - 1);
    }
  }
  return { plain: opened, textColumn };
}

const namesItem = (cell: TableCell | undefined) =>
  cell !== undefined && cell.text.length <= MAX_TITLE_LENGTH && topicOfTitle(cell.text) !== null && !looksLikeSentence(cell.text);

const readsAsTitle = (cell: TableCell | undefined) =>
  cell !== undefined && cell.text.length >= 2 && cell.text.length <= MAX_TITLE_LENGTH && isTitleText(cell.text, MAX_TITLE_LENGTH);

// a line break inside a cell ("…합니다.<br>- 한빛결제: 결제 처리")
const CELL_BREAK = /<br\s{0,3}\/?>/gi;

/**
 * The row's text from the cell at `column` to the end of its line, as the masked line holds it (no closing bar),
 * a line break written in the cell kept as "\n": the lines of the section's text.
 */
function bodyOf(row: TableRow, column: number, lines: readonly string[], plain: readonly string[]): string {
  const cell = row.cells[column];
  if (!cell) return "";
  const from = cell.column - 1;
  const raw = (lines[cell.line - 1] ?? "").slice(from);
  const masked = (plain[cell.line - 1] ?? "").slice(from);
  const parts: string[] = [];
  let start = 0;
  for (const found of raw.matchAll(CELL_BREAK)) {
    parts.push(masked.slice(start, found.index));
    start = found.index + found[0].length;
  }
  parts.push(withoutClosingBar(masked.slice(start)));
  return parts
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")
    .join("\n");
}

/**
 * The row as a heading. A row set over several lines is headed on its title cell's line, a number cell on a line of
 * its own above it the heading's marker line, and its text the lines below.
 */
function headingOf(row: TableRow, titleColumn: number, body: string): Heading {
  const title = row.cells[titleColumn];
  const numberCell = titleColumn > 0 ? row.cells[titleColumn - 1] : undefined;
  const numbered = numberCell !== undefined && ROW_NUMBER.test(numberCell.text);
  const numberAbove = numbered && numberCell.line < title.line;
  const bodyOnTitleLine = row.cells.slice(titleColumn + 1).some((cell) => cell.line === title.line);
  return {
    line: title.line,
    ...(numberAbove && { markerLine: numberCell.line }),
    column: numbered && !numberAbove ? numberCell.column : title.column,
    style: numbered ? "decimal" : "plain",
    marker: numbered ? numberCell.text : "",
    number: numbered ? Number.parseInt(numberCell.text, 10) : null,
    title: title.text,
    titleColumn: title.column,
    inlineBody: body === "" || (row.endLine !== row.line && !bodyOnTitleLine) ? null : body,
    isTitle: true,
  };
}

/** The text without the bar that closes its row and the spaces about it (a loop: no pattern anchored at the end). */
function withoutClosingBar(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "|" || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

/**
 * Tables that are each one section, its numbered title in the first cell of the first row and that cell left blank
 * in the rows after it ("| 구분 | 내용 |" / "| 7. 개인정보의 파기 절차 및 방법 | 파기 절차: … |" / "| | 파기 방법: … |"):
 * the title cell is the section's heading, the table the body under it. A table may hold several such titles
 * down its first column, each over the blank cells after it. Tables that are records (a name in every first
 * cell) or whose titles are not numbered items are none.
 */
export function titledTableHeadings(tables: readonly Table[], taken: ReadonlySet<number>): { headings: Heading[]; tables: Table[] } {
  const headings: Heading[] = [];
  const read: Table[] = [];
  for (const table of tables) {
    // "| 5. 개인정보 처리업무의 위탁 | 위탁 업무 | 위탁 기간 |" over its records: the header's first cell titles the
    // table, the section, and its other cells name the columns; the first column is left unnamed, as it is
    // (or spans the rows under it, "<th rowspan>", the header then the section's first record)
    // ("| 구분 | 제3조 개인정보의 처리 및 보유 기간 |": the title in the cell after a generic first column's name)
    const titleAt = numberedTitle(table.header.cells[0]) === null && GENERIC_COLUMN.test(table.header.cells[0]?.text.trim() ?? "") ? 1 : 0;
    const headerTitle = numberedTitle(table.header.cells[titleAt]);
    const columnNames = table.header.cells.slice(titleAt + 1).every(namesColumn);
    // (a title the page already heads, as a bold paragraph in the cell, still titles the rows under it)
    const titledByHeader = headerTitle !== null && (columnNames || table.rows[0]?.cells[0]?.spanned === true);
    if (titledByHeader && !taken.has(table.header.line)) {
      const rest = table.header.cells
        .slice(titleAt + 1)
        .map((cell) => cell.text.trim())
        .join(" ");
      headings.push({ ...headerTitle, line: table.header.cells[titleAt].line, inlineBody: columnNames || rest === "" ? null : rest });
      const cells = table.header.cells.map((cell, at) => (at === titleAt ? { ...cell, text: "" } : cell));
      read.push({ ...table, header: { ...table.header, cells } });
    } else read.push(table);
    // (a page's row may be set over several lines, "<tr>" / "<th …>" / "<td>…"; a text table's row is one line)
    if (table.rows.length === 0 || (table.form !== "html" && table.rows[0].endLine !== table.rows[0].line)) continue;
    // (a title cell spanning rows, "<th rowspan>", is written on its first row and left blank on the others: the
    // header's title may span the rows under it, and other titles follow down the column)
    const titleCell = (row: TableRow) => (row.cells[0]?.spanned ? undefined : row.cells[0]);
    const titled = table.rows.map((row) => numberedTitle(titleCell(row)));
    if (titled[0] === null && !titledByHeader) continue;
    if (table.rows.some((row, index) => titled[index] === null && (titleCell(row)?.text.trim() ?? "") !== "")) continue;
    table.rows.forEach((row, index) => {
      const heading = titled[index];
      if (heading === null || taken.has(row.line) || taken.has(row.cells[0].line)) return;
      const rest = row.cells
        .slice(1)
        .map((cell) => cell.text.trim())
        .filter((text) => text !== "")
        .join(" ");
      // (the cells beside the title hold its text: a page number or a mark beside it is a contents table's)
      if (!HOLDS_TEXT.test(rest)) return;
      headings.push({ ...heading, line: row.cells[0].line, inlineBody: rest });
    });
  }
  return { headings, tables: read };
}

const HOLDS_TEXT = /[가-힣A-Za-z]{2}/;
const MAX_COLUMN_NAME = 15;
// a column's name: a word or a few ("위탁 업무", "보유 기간"), no sentence
const namesColumn = (cell: TableCell) => cell.text.length <= MAX_COLUMN_NAME && !looksLikeSentence(cell.text);
// a first column's generic name, before a title in the cell after it
const GENERIC_COLUMN = /^(?:구분|항목|분류|내용|번호|순번)$/;

/** The cell read as a numbered title naming an item ("7. 개인정보의 파기 절차 및 방법"), as a heading; else null. */
function numberedTitle(cell: TableCell | undefined): Omit<Heading, "line" | "inlineBody"> | null {
  if (!cell) return null;
  const marker = parseMarker(cell.text);
  if (!marker || marker.number === null || marker.markerIndex !== 0) return null;
  const title = cell.text.slice(marker.restIndex).trim();
  const titleCell = { ...cell, text: title };
  if (!namesItem(titleCell) || !readsAsTitle(titleCell)) return null;
  return {
    ...markedBy(marker),
    column: cell.column,
    title,
    titleColumn: cell.column + cell.text.indexOf(title),
    isTitle: true,
  };
}
