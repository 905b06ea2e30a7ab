// Finding a list closed with "등": "이름, 이메일, 주소 등을". Scanned backwards from each "등" rather than with
// one pattern such as /(?:^|\s)(?:[^,]{1,15},)+[^,]{1,15}?\s?등/: that pattern restarts at every space inside
// a long comma-separated line and reads the rest of the list again from each, quadratic in the line's length.
import { isWhiteSpaceCode } from "../parse/lines.js";

/**
 * Characters an item cannot contain: list commas, and the punctuation that ends a clause (as codes: the scans
 * read back character by character, and indexing a Korean string allocates a string per character).
 */
const SEPARATOR_CODES = new Set([...",、.。:：()\n"].map((character) => character.charCodeAt(0)));
const COMMA_CODES = new Set([...",、"].map((character) => character.charCodeAt(0)));
/** What may stand just before the first item: a space, an opening bracket or a colon (or the line's start). */
const BEFORE_FIRST_ITEM_CODES = new Set([..."(（:："].map((character) => character.charCodeAt(0)));
const isComma = (code: number) => COMMA_CODES.has(code);
const mayPrecedeFirstItem = (code: number) => isWhiteSpaceCode(code) || BEFORE_FIRST_ITEM_CODES.has(code);
/** Lists longer than this are not followed further back; it keeps the scan linear on hostile lines. */
const MAX_ITEMS = 100;

export interface OpenList {
  /** where the list starts: the character before its first item, or 0 at the line's start */
  start: number;
  /** index of the closing "등" */
  deung: number;
}

/**
 * The first list on the line that ends in "등" followed by `follows` (a sticky pattern, tried just after the
 * "등"), with at least two items of at most `maxItem` characters each.
 */
export function findOpenList(text: string, follows: RegExp, maxItem: number): OpenList | null {
  let found: (OpenList & { lastComma: number }) | null = null;
  for (let deung = text.indexOf("등"); deung !== -1; deung = text.indexOf("등", deung + 1)) {
    // the last syllable of a word ("부부갈등, 트라우마", "남녀평등"), not "etc."
    if (WORD_ENDING_IN_DEUNG.test(text.slice(Math.max(0, deung - 2), deung + 1))) continue;
    follows.lastIndex = deung + 1;
    if (!follows.test(text)) continue;
    const list = listStart(text, deung, maxItem);
    if (list === null) continue;
    if (!found) found = { ...list, deung };
    else if (list.start !== found.start) break;
    // a list that goes on past one "등" to more commas ("A 등의 B, C 등") ends at the "등" after its last comma
    else if (list.lastComma > found.lastComma) found = { ...list, deung };
  }
  return found && { start: found.start, deung: found.deung };
}

// words whose last syllable is 등 ("갈등", "평등", "균등", "형광등"): the syllable is the word's own, not "etc." run on to it
const WORD_ENDING_IN_DEUNG = /(?:갈|평|균|우|열|형광)등$/;

// what a caller blanked inside an item (an aside in brackets, "정산 계좌(은행, 계좌번호)"): part of it, of no length
const MASK_CODE = "＿".charCodeAt(0);

/** Start of the run of item characters that ends at `end`, or null when it is longer than `limit`. */
function runStart(text: string, end: number, limit: number): number | null {
  let at = end;
  let length = 0;
  while (at > 0 && !SEPARATOR_CODES.has(text.charCodeAt(at - 1))) {
    if (length >= limit) return null;
    if (text.charCodeAt(at - 1) !== MASK_CODE) length++;
    at--;
  }
  return at;
}

function listStart(text: string, deung: number, maxItem: number): { start: number; lastComma: number } | null {
  // the last item, with one space allowed before "등"
  const lastEnd = isWhiteSpaceCode(text.charCodeAt(deung - 1)) ? deung - 1 : deung;
  const lastStart = runStart(text, lastEnd, maxItem);
  if (lastStart === null || lastStart === lastEnd || !isComma(text.charCodeAt(lastStart - 1))) return null;
  // the commas of the list, nearest first: every item between two of them is a whole item
  const commas = [lastStart - 1];
  while (commas.length < MAX_ITEMS) {
    const comma = commas[commas.length - 1];
    const start = runStart(text, comma, maxItem);
    if (start === null || start === comma || !isComma(text.charCodeAt(start - 1))) break;
    commas.push(start - 1);
  }
  // the first item ends at one of these commas; the earliest one that has a place to start wins
  for (let i = commas.length - 1; i >= 0; i--) {
    const end = commas[i];
    // positions inside the item's run are item characters; the one before the run is a separator or the line's start
    const run = runStart(text, end, maxItem + 1);
    const earliest = run === null ? end - maxItem - 1 : Math.max(run - 1, end - maxItem - 1);
    for (let at = earliest; at < end - 1; at++) {
      if (at === -1) return { start: 0, lastComma: commas[0] };
      if (mayPrecedeFirstItem(text.charCodeAt(at))) return { start: at, lastComma: commas[0] };
    }
  }
  return null;
}
