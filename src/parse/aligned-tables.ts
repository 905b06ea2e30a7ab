// Tables whose columns are set apart by runs of spaces, as `pdftotext -layout` or a fixed-width text export writes
// them: a header row of column names, rows whose cells start where the header's do, and a cell too long for its
// column wrapped onto a further line that leaves the first column empty. Column starts are compared by display
// width (a Hangul syllable takes two columns, as the text was laid out to be read), else by characters.
import type { Table, TableCell, TableRow } from "./model.js";
import { isBlank, isWideCode, withoutSpaces } from "./lines.js";
import { looksLikeSentence, parseMarker } from "./headings.js";
import { isBareRule } from "./box-tables.js";

/** A stretch of text between runs of two or more spaces. */
interface Stretch {
  text: string;
  /** 0-based index in the line */
  index: number;
  /** the column it starts at: display width or characters before it */
  at: number;
}

type Metric = "display" | "characters";

// two stretches of one column may start a column or two apart: a writer aligning by eye, brackets ("「」") that a
// font sets narrower or wider than a syllable
const TOLERANCE = 2;
// a line with a gap of two spaces between two stretches of text
const HAS_GAP = /\S(?: {2,}|\u3000)\S/;
// no gap without two spaces or an ideographic space: most lines have neither, and are not trimmed and scanned
const mayHaveGap = (text: string) => text.includes("  ") || text.includes("\u3000");
// a header names at least this many columns the parser knows ("제공받는 자", "제공 목적", "수탁자" …): two stretches
// of a sentence, or a label and its value ("성명    홍길동"), do not
const MIN_KNOWN_COLUMNS = 2;
const MAX_HEADER_CELL_LENGTH = 24;
// the most lines one table is read over: a longer run (hostile input) is read as several, each from a header of its own
const MAX_TABLE_LINES = 400;

/** The stretches of a line, each with where it starts by `metric`; none for a line with tabs (a delimited table's). */
function stretchesOf(text: string, metric: Metric): Stretch[] {
  if (text.includes("\t")) return [];
  const stretches: Stretch[] = [];
  let column = 0;
  let spaces = 2;
  let current: Stretch | null = null;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 0x20 || code === 0x3000;
    if (space) spaces += code === 0x3000 ? 2 : 1;
    else {
      if (current === null || spaces >= 2) {
        current = { text: "", index, at: column };
        stretches.push(current);
      } else if (spaces > 0) current.text += " ";
      current.text += text[index];
      spaces = 0;
    }
    column += metric === "display" && isWideCode(code) ? 2 : 1;
  }
  return stretches;
}

interface Line {
  line: number;
  stretches: Stretch[];
}

/**
 * The columns of the lines: where stretches start, near starts taken as one, kept where two or more lines start
 * a stretch (`byHeader`: where the header, the first line, starts one). Each column is the range of starts it takes.
 */
function columnsOf(lines: Line[], byHeader = false): { from: number; to: number }[] {
  const starts = lines.flatMap(({ line, stretches }) => stretches.map((stretch) => ({ line, at: stretch.at }))).sort((a, b) => a.at - b.at);
  const clusters: { from: number; to: number; lines: Set<number> }[] = [];
  for (const { line, at } of starts) {
    const last = clusters.at(-1);
    // measured from the cluster's first start: a chain of near starts is not one column
    if (last && at - last.from <= TOLERANCE) {
      last.to = at;
      last.lines.add(line);
    } else clusters.push({ from: at, to: at, lines: new Set([line]) });
  }
  const kept = byHeader
    ? clusters.filter((cluster) => cluster.lines.has(lines[0].line))
    : clusters.filter((cluster) => cluster.lines.size >= 2);
  return kept.map(({ from, to }) => ({ from, to }));
}

const columnAt = (columns: { from: number; to: number }[], at: number) =>
  columns.findIndex((column) => at >= column.from && at <= column.to);

/** True when every stretch of the line starts at one of the columns. */
const aligned = (line: Line, columns: { from: number; to: number }[]) =>
  line.stretches.every((stretch) => columnAt(columns, stretch.at) >= 0);

/**
 * The columns of a row read by its gaps, one per stretch, or null: a cell that overflows its column (a long
 * company name) or starts a little short of it is still the next cell. As many stretches as columns fill them
 * in order; fewer go to the last column starting at or before them, never left of the cell before.
 */
function columnsByGaps(line: Line, columns: { from: number; to: number }[]): number[] | null {
  const { stretches } = line;
  if (stretches.length < 2 || stretches.length > columns.length || columnAt(columns, stretches[0].at) !== 0) return null;
  if (stretches.length === columns.length) return stretches.map((_, index) => index);
  const placed: number[] = [];
  for (const stretch of stretches) {
    let under = 0;
    while (under + 1 < columns.length && columns[under + 1].from <= stretch.at + TOLERANCE) under++;
    const index = Math.max(under, (placed.at(-1) ?? -1) + 1);
    if (index >= columns.length) return null;
    placed.push(index);
  }
  return placed;
}

/**
 * The space-aligned table whose header row is `start`, read by `metric`, or null. Its lines: the header and the
 * lines after it, up to a blank line, a line claimed already, or one whose stretches do not start at the columns
 * (prose after the table starts at the left edge as one stretch, and its gaps fall anywhere).
 */
function tableAt(
  lines: readonly string[],
  start: number,
  taken: ReadonlySet<number>,
  metric: Metric,
  known: ReadonlySet<string>,
  byGaps = false,
): Table | null {
  const header: Line = { line: start + 1, stretches: stretchesOf(lines[start], metric) };
  if (header.stretches.length < 2) return null;
  if (header.stretches.filter((stretch) => known.has(withoutSpaces(stretch.text))).length < MIN_KNOWN_COLUMNS) return null;
  // column names are short and no sentence: a justified paragraph's first line may hold the words, never as a header
  if (header.stretches.some((stretch) => stretch.text.length > MAX_HEADER_CELL_LENGTH) || looksLikeSentence(lines[start])) return null;
  const left = header.stretches[0].at;
  const block: Line[] = [header];
  const end = Math.min(lines.length, start + MAX_TABLE_LINES);
  for (let index = start + 1; index < end && !isBlank(lines[index]) && !taken.has(index + 1); index++) {
    // a rule under the header or between rows ("------   ------", "──────") draws the table: no row of it
    if (isBareRule(lines[index])) continue;
    const stretches = stretchesOf(lines[index], metric);
    // a row has two or more cells from the left edge; a wrapped cell's line leaves the first column empty
    if (stretches.length === 0 || stretches[0].at < left - TOLERANCE) break;
    if (stretches.length < 2 && stretches[0].at <= left + TOLERANCE) break;
    block.push({ line: index + 1, stretches });
  }
  // read by its gaps, a row fits when its cells fall in order under the header's columns; a sentence never does
  const fits = (line: Line, columns: { from: number; to: number }[]) =>
    aligned(line, columns) || (byGaps && columnsByGaps(line, columns) !== null && !looksLikeSentence(lines[line.line - 1]));
  // the lines up to the first that does not fit the columns, the columns made again from the lines kept
  let kept = block;
  for (let pass = 0; pass < 2; pass++) {
    const columns = columnsOf(kept, byGaps);
    const misfit = kept.findIndex((line) => !fits(line, columns));
    if (misfit < 0) break;
    kept = kept.slice(0, misfit);
  }
  const columns = columnsOf(kept, byGaps);
  if (kept.length < 2 || columns.length < 2 || !kept.every((line) => fits(line, columns)) || columnAt(columns, left) !== 0) return null;
  const rows: TableRow[] = [];
  const rowOf = (line: Line): TableRow => {
    const text = lines[line.line - 1];
    const cells: TableCell[] = columns.map(() => ({ text: "", line: line.line, column: text.length + 1 }));
    const placed = aligned(line, columns) ? line.stretches.map((stretch) => columnAt(columns, stretch.at)) : columnsByGaps(line, columns)!;
    line.stretches.forEach((stretch, index) => {
      cells[placed[index]] = { text: stretch.text, line: line.line, column: stretch.index + 1 };
    });
    return { line: line.line, endLine: line.line, cells };
  };
  const headerRow = rowOf(header);
  for (const line of kept.slice(1)) {
    if (columnAt(columns, line.stretches[0].at) === 0) {
      rows.push(rowOf(line));
      continue;
    }
    // a wrapped cell: its text goes on in the row above (or in the header, wrapped itself)
    const row = rows.at(-1) ?? headerRow;
    for (const stretch of line.stretches) {
      const cell = row.cells[columnAt(columns, stretch.at)];
      if (cell.text === "") row.cells[columnAt(columns, stretch.at)] = { text: stretch.text, line: line.line, column: stretch.index + 1 };
      else cell.text = `${cell.text} ${stretch.text}`;
    }
    row.endLine = line.line;
  }
  if (rows.length === 0) return null;
  // numbered lines with a page number or a date set apart are a list or a TOC, not a table's rows
  if (rows.filter((row) => isNumbered(lines[row.line - 1])).length * 2 > rows.length) return null;
  return { form: "space-aligned", startLine: start + 1, endLine: kept.at(-1)!.line, header: headerRow, rows };
}

/**
 * The table under the header row `start`: its rows' cells where the header's start, or, under a header whose every
 * cell is a column name, by their gaps (a PDF's or an e-mail's table, where a long name pushes the next cell right
 * or padding falls a column short) when that reads more rows, so that a row out of line is neither cut off nor
 * made a column of its own.
 */
function alignedTableAt(lines: readonly string[], start: number, taken: ReadonlySet<number>, known: ReadonlySet<string>): Table | null {
  const table = tableAt(lines, start, taken, "display", known) ?? tableAt(lines, start, taken, "characters", known);
  if (!stretchesOf(lines[start], "characters").every((stretch) => known.has(withoutSpaces(stretch.text)))) return table;
  const byGaps = tableAt(lines, start, taken, "display", known, true) ?? tableAt(lines, start, taken, "characters", known, true);
  if (!table) return byGaps;
  const unnamedColumn = table.header.cells.some((cell) => cell.text === "");
  return byGaps && (unnamedColumn || byGaps.endLine > table.endLine) ? byGaps : table;
}

function isNumbered(text: string): boolean {
  const marker = parseMarker(text);
  return marker !== null && marker.style !== "bullet" && marker.number !== null;
}

/**
 * Space-aligned tables under a header of known column names (`known`, squeezed); lines already claimed (`taken`)
 * are skipped.
 */
export function findAlignedTables(lines: readonly string[], taken: ReadonlySet<number>, known: ReadonlySet<string>): Table[] {
  const tables: Table[] = [];
  let index = 0;
  while (index < lines.length) {
    const text = lines[index];
    const table =
      taken.has(index + 1) || !mayHaveGap(text) || !HAS_GAP.test(text.trim()) ? null : alignedTableAt(lines, index, taken, known);
    if (table) {
      tables.push(table);
      index = table.endLine;
    } else index++;
  }
  return tables;
}
