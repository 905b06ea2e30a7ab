// Splitting source text into lines the way editors count them.

const BYTE_ORDER_MARK = "\uFEFF";

/** Removes a leading byte-order mark, which is not part of line 1's text. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/** LF, CRLF and lone CR all end a line, so the three give identical line and column numbers. */
export function splitLines(text: string): string[] {
  return stripByteOrderMark(text).split(/\r\n|\r|\n/);
}

/** Column (1-based) of the first non-blank character, or 1 for a blank line. */
export function firstTextColumn(line: string): number {
  const match = /\S/.exec(line);
  return match ? match.index + 1 : 1;
}

/** How many blank characters a line starts with (a blank line is all of them). */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** True when the line starts with a space, a tab or an ideographic space: it is indented. */
export function startsIndented(line: string | undefined): boolean {
  return line !== undefined && (line[0] === " " || line[0] === "\t" || line[0] === "\u3000");
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === "";
}
