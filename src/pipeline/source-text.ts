// Lines and columns → offsets into the text that was linted, and the text's own line ending, for fixes.
import type { Edit, Fix } from "../runtime/rule.js";

export interface SourceText {
  /** offset of a 1-based line and column */
  offsetOf(line: number, column: number): number;
  /** what ends this text's lines: inserted lines end the same way */
  lineEnding: string;
}

/** Built on the first fix: most findings carry none, and linting should not pay for the line table. */
export function sourceText(text: string): SourceText {
  let starts: number[] | null = null;
  const lineStarts = () => {
    if (starts) return starts;
    // a byte-order mark is not part of line 1's columns
    starts = [text.startsWith("\uFEFF") ? 1 : 0];
    if (!text.includes("\r")) {
      // the usual case, found without a regular expression: fixes are made on every policy that has one
      for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
      return starts;
    }
    const ending = /\r\n|\r|\n/g;
    for (let match = ending.exec(text); match; match = ending.exec(text)) starts.push(match.index + match[0].length);
    return starts;
  };
  const first = /\r\n|\r|\n/.exec(text);
  return {
    offsetOf(line, column) {
      const table = lineStarts();
      const start = table[Math.min(line, table.length) - 1];
      let end = line < table.length ? table[line] : text.length;
      // a column past the line's last character is the end of the line, before its line ending
      if (text[end - 1] === "\n") end--;
      if (text[end - 1] === "\r") end--;
      return Math.min(start + column - 1, Math.max(end, start));
    },
    lineEnding: first ? first[0] : "\n",
  };
}

export function toFix(edit: Edit, source: SourceText): Fix {
  const { range } = edit;
  return {
    range: [source.offsetOf(range.line, range.column), source.offsetOf(range.endLine, range.endColumn)],
    text: source.lineEnding === "\n" ? edit.text : edit.text.replace(/\n/g, source.lineEnding),
  };
}
