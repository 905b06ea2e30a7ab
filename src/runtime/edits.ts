// Edits rules propose: a span of a line replaced with new text.
import type { PolicyDocument } from "../parse/model.js";
import type { Edit } from "./rule.js";
import { matchRange } from "./query.js";

/**
 * Replaces `length` characters of a line from `index` (as found in `document.plain`), or null when the source
 * holds markup inside the span (Markdown `**`, an HTML tag): replacing it would drop the markup with the words.
 */
export function replaceSpan(document: PolicyDocument, line: number, index: number, length: number, text: string): Edit | null {
  const source = document.lines[line - 1] ?? "";
  if (source.slice(index, index + length) !== document.plain[line - 1]?.slice(index, index + length)) return null;
  return { range: matchRange(line, index, length), text };
}
