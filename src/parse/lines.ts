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

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === "";
}

/**
 * A line with its policy-lint disable comments blanked: a comment put above a line to silence a rule must not
 * read as text (a title, a paragraph) to the rules. HTML masks every comment already.
 */
export function maskDisableComments(line: string): string {
  if (!line.includes("policy-lint-")) return line;
  let masked = line;
  for (let open = line.indexOf("<!--"); open !== -1; open = line.indexOf("<!--", open + 4)) {
    let at = open + 4;
    while (at < line.length && /\s/.test(line[at])) at++;
    if (!line.startsWith("policy-lint-", at)) continue;
    const close = line.indexOf("-->", at);
    if (close === -1) break;
    masked = masked.slice(0, open) + " ".repeat(close + 3 - open) + masked.slice(close + 3);
    open = close - 1;
  }
  return masked;
}
