// Findings made on a rewritten source (rewritten-source.ts: a page reflowed, its character references read) carry
// lines, columns and fix offsets of the rewritten text; the user's file is the original, so each is moved back to
// the same character there.
import type { Finding, Fix } from "../runtime/rule.js";
import type { RewrittenSource } from "../parse/model.js";
import { sourceText } from "./source-text.js";
import { lineIndexAt } from "../parse/lines.js";

/** The 1-based line and column of each offset of `text`, with a byte-order mark outside line 1's columns. */
function positionsOf(text: string): (offset: number) => { line: number; column: number } {
  const starts = [text.startsWith("\uFEFF") ? 1 : 0];
  const ending = /\r\n|\r|\n/g;
  for (let match = ending.exec(text); match; match = ending.exec(text)) starts.push(match.index + match[0].length);
  return (offset) => {
    const index = lineIndexAt(starts, offset);
    return { line: index + 1, column: offset - starts[index] + 1 };
  };
}

/** Where a line and column of the rewritten text is in the original. */
export function originalPositions(
  reflowed: RewrittenSource,
  original: string,
): (line: number, column: number) => { line: number; column: number } {
  const reflowedSource = sourceText(reflowed.text);
  const positionAt = positionsOf(original);
  return (line, column) => positionAt(reflowed.toOriginal(reflowedSource.offsetOf(line, column)));
}

export function toOriginalPositions(findings: Finding[], reflowed: RewrittenSource, original: string): Finding[] {
  const moved = originalPositions(reflowed, original);
  const movedFix = (fix: Fix): Fix => ({ ...fix, range: [reflowed.toOriginal(fix.range[0]), reflowed.toOriginal(fix.range[1])] });
  return findings.map((finding) => {
    const start = moved(finding.line, finding.column);
    const end = moved(finding.endLine, finding.endColumn);
    return {
      ...finding,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(finding.fix && { fix: movedFix(finding.fix) }),
      ...(finding.suggestions && {
        suggestions: finding.suggestions.map((suggestion) => ({ ...suggestion, fix: movedFix(suggestion.fix) })),
      }),
    };
  });
}
