// Lists run together on one line, as short policies and text that lost its line breaks write them:
// "① 회사는 다음과 같이 위탁합니다. ㈜가온: 결제 처리 / ㈜나래: 문자 발송. ② 위탁계약 시 …".
import { CIRCLED } from "../parse/headings.js";
import { sentencesOf } from "./extract.js";

const CIRCLED_NUMBER = new RegExp(`[${CIRCLED}]`);

/** The paragraphs a line runs together, split before each circled number ("① … ② …"); a line without one is one paragraph. */
export function runInParagraphs(text: string): string[] {
  if (!CIRCLED_NUMBER.test(text)) return [text];
  const paragraphs: string[] = [];
  let start = 0;
  for (let at = 1; at < text.length; at++) {
    if (CIRCLED.includes(text[at]) && /\s/.test(text[at - 1])) {
      paragraphs.push(text.slice(start, at));
      start = at;
    }
  }
  paragraphs.push(text.slice(start));
  return paragraphs;
}

/** The sentences of a line's paragraphs, in order: what a run-in list is read from. */
export function runInSentences(text: string): string[] {
  return runInParagraphs(text).flatMap((paragraph) => sentencesOf(paragraph.trim()));
}

export interface LabelledPair {
  label: string;
  value: string;
  /** how the two are joined: "가온: 결제", "가온 — 결제", "가온(결제)" (a bracket may hold an aside, not a value: see runInPairs) */
  form: "colon" | "dash" | "bracket";
}

// where one pair of a run-in list ends and the next may start: a slash, a semicolon, a middle dot or a comma
// followed by a space (a middle dot or comma inside a value, "회비·후원금", stays in it: see runInPairs)
const PAIR_SEPARATOR = /([/;；]|·|ㆍ|,(?=\s)|，)/;
// "label: value": a label of a few words before the first colon; no web address ("https://…") and no time ("09:00")
// (read on a trimmed piece; the label starts and ends with a non-space, so the spaces around the colon split one way)
const PAIR = /^([^:：\s](?:[^:：]{0,38}[^:：\s])?)\s*[:：]\s*(\S.*)$/;
// "가온페이 — 카드 결제": a dash with spaces around it
const DASH_PAIR = /^(\S.{0,39}?)[ \t]{1,3}[-–—―][ \t]{1,3}(\S.*)$/;
// "가온페이(카드 결제)": a name with the value in the bracket that closes the piece; not a statute's article ("제26조(…)")
const BRACKET_PAIR = /^([^()（）\s](?:[^()（）]{0,38}[^()（）\s])?)\s*[(（]([^()（）]{2,40})[)）]$/;
const STATUTE = /제\s*\d+\s*조|법|령|규칙/;
const LETTERS = /[가-힣A-Za-z]/;
const ADDRESS = /(?:https?|www)$/i;

function pairOf(text: string): LabelledPair | null {
  const piece = text.trim().replace(/[.。]$/, "");
  const colon = PAIR.exec(piece);
  if (colon) {
    const label = colon[1].trim();
    return LETTERS.test(label) && !ADDRESS.test(label) && !colon[2].startsWith("//")
      ? { label, value: colon[2].trim(), form: "colon" }
      : null;
  }
  const dash = DASH_PAIR.exec(piece);
  if (dash && LETTERS.test(dash[1])) return { label: dash[1].trim(), value: dash[2].trim(), form: "dash" };
  const bracket = BRACKET_PAIR.exec(piece);
  if (bracket && LETTERS.test(bracket[1]) && LETTERS.test(bracket[2]) && !STATUTE.test(bracket[0]))
    return { label: bracket[1].trim(), value: bracket[2].trim(), form: "bracket" };
  return null;
}

/**
 * The pairs a sentence runs together ("㈜가온: 결제 처리 / ㈜나래: 문자 발송", "가온페이(카드 결제), 나래문자(문자
 * 발송)"), split at "/", ";", "·" or ", " where the piece after it opens another pair; a piece that opens none
 * continues the value before it ("회비·후원금 자동이체"). Text before the first pair is no pair. A bracket may hold an
 * aside rather than a value ("관리·감독(정기 점검)"): callers take that form only where a list is announced.
 */
export function runInPairs(sentence: string): LabelledPair[] {
  if (!/[:：(（\-–—―]/.test(sentence)) return [];
  const pairs: LabelledPair[] = [];
  const pieces = sentence.split(PAIR_SEPARATOR);
  for (let at = 0; at < pieces.length; at += 2) {
    const pair = pairOf(pieces[at]);
    if (pair) {
      pairs.push(pair);
      continue;
    }
    const last = pairs[pairs.length - 1];
    if (last) last.value = `${last.value}${pieces[at - 1] ?? ""}${pieces[at]}`.trim();
  }
  return pairs.map((pair) => ({ ...pair, value: pair.value.replace(/[.。]$/, "").trim() }));
}
