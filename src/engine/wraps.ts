// Hard-wrapped lines read as one: a list item or sentence broken over indented continuation lines
// ("- 이름, 이메일,\n  주소 등") is one line to a rule that reads lists or quoted references.
import type { PolicyDocument } from "../parse/model.js";
import { parseMarker } from "../parse/headings.js";
import { fieldOf } from "./extract.js";
import { indentOf } from "../parse/lines.js";

/** A head line with the lines that continue it, joined by one space. */
export interface JoinedLine {
  line: number;
  text: string;
  /** where each physical line starts in `text`, in order */
  parts: { line: number; at: number; column: number }[];
}

const MAX_CONTINUATIONS = 3;
// a line that ends a sentence is not continued (tested on the trimmed line: a pattern anchored at $
// would retry from every trailing space)
const ENDS_SENTENCE = /[.。!?다]$/;

/** True when `next` continues `current`: more deeply indented, and neither numbered nor a field. */
function continues(current: string, next: string | undefined): boolean {
  // cheapest tests first: most lines start flush left
  if (next === undefined || (next[0] !== " " && next[0] !== "\t" && next[0] !== "\u3000")) return false;
  const indent = indentOf(next);
  if (indent === next.length || indent <= indentOf(current) || ENDS_SENTENCE.test(current.trimEnd())) return false;
  return parseMarker(next) === null && fieldOf(next) === null;
}

/**
 * The line with the lines that continue it (a line that itself continues the one before is for the caller
 * to skip: see isContinuation).
 */
export function joinedFrom(document: PolicyDocument, line: number): JoinedLine {
  const first = document.plain[line - 1] ?? "";
  const joined: JoinedLine = { line, text: first, parts: [{ line, at: 0, column: 0 }] };
  let current = first;
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_CONTINUATIONS); next++) {
    const following = document.plain[next - 1];
    if (!continues(current, following)) break;
    const trimmed = following.trimStart();
    joined.parts.push({ line: next, at: joined.text.trimEnd().length + 1, column: following.length - trimmed.length });
    joined.text = `${joined.text.trimEnd()} ${trimmed}`;
    current = following;
  }
  return joined;
}

/** True when `line` continues the line before it. */
export function isContinuation(document: PolicyDocument, line: number): boolean {
  return line > 1 && continues(document.plain[line - 2] ?? "", document.plain[line - 1]);
}

/** The physical line and 0-based column of an index into a joined line. */
export function locate(joined: JoinedLine, index: number): { line: number; index: number } {
  let part = joined.parts[0];
  for (const candidate of joined.parts) if (candidate.at <= index) part = candidate;
  return { line: part.line, index: index - part.at + part.column };
}
