// Hard-wrapped lines read as one: a list item or sentence broken over indented continuation lines
// ("- 이름, 이메일,\n  주소 등") is one line to a rule that reads lists or quoted references.
import type { PolicyDocument } from "../parse/model.js";
import { parseMarker } from "../parse/headings.js";
import { fieldOf } from "./extract.js";
import { indentOf, startsIndented } from "../parse/lines.js";

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

/**
 * True when `next` goes on with the line `head` started and `previous` (head itself, or its last
 * continuation) left unfinished: more deeply indented than the head, and neither numbered nor a field.
 */
function continues(head: string, previous: string, next: string | undefined): boolean {
  // cheapest tests first: most lines start flush left
  if (!startsIndented(next)) return false;
  const indent = indentOf(next!);
  if (indent === next!.length || indent <= indentOf(head) || ENDS_SENTENCE.test(previous.trimEnd())) return false;
  return parseMarker(next!) === null && fieldOf(next!) === null;
}

/**
 * The line with the lines that continue it (a line that itself continues the one before is for the caller
 * to skip: see isContinuation).
 */
export function joinedFrom(document: PolicyDocument, line: number): JoinedLine {
  const first = document.plain[line - 1] ?? "";
  const joined: JoinedLine = { line, text: first, parts: [{ line, at: 0, column: 0 }] };
  let previous = first;
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_CONTINUATIONS); next++) {
    const following = document.plain[next - 1];
    if (!continues(first, previous, following)) break;
    const trimmed = following.trimStart();
    joined.parts.push({ line: next, at: joined.text.trimEnd().length + 1, column: following.length - trimmed.length });
    joined.text = `${joined.text.trimEnd()} ${trimmed}`;
    previous = following;
  }
  return joined;
}

const continuationCache = new WeakMap<PolicyDocument, Uint8Array>();

/** True when `line` continues a line above it (every continuation line of a wrapped line, not only the first). */
export function isContinuation(document: PolicyDocument, line: number): boolean {
  let continuations = continuationCache.get(document);
  if (!continuations) {
    // one pass: each line that continues none starts a wrapped line, whose other lines are marked
    continuations = new Uint8Array(document.plain.length + 2);
    for (let head = 1; head <= document.plain.length; head++) {
      if (continuations[head] === 1 || !startsIndented(document.plain[head])) continue;
      for (const part of joinedFrom(document, head).parts.slice(1)) continuations[part.line] = 1;
    }
    continuationCache.set(document, continuations);
  }
  return continuations[line] === 1;
}

/** The physical line and 0-based column of an index into a joined line. */
export function locate(joined: JoinedLine, index: number): { line: number; index: number } {
  let part = joined.parts[0];
  for (const candidate of joined.parts) if (candidate.at <= index) part = candidate;
  return { line: part.line, index: index - part.at + part.column };
}
