// Reading how a policy says a person can opt out, in other words than 거부: "이전을 원하지 않으시면 이메일로
// 문의하시면 되며, 이 경우 국외 이전 없이 응대합니다", "쿠키 저장을 원하지 않으시면 브라우저 옵션에서 끄시면 됩니다".
// One reader for the items whose refusal the law asks for (국외 이전, 자동 수집 장치, 행태정보), so each accepts the
// same wordings; the words are data (rules/data/opt-out.json).
import optOut from "../../rules/data/opt-out.json" with { type: "json" };
import { matchesOf } from "./extract.js";

const WAY_OUT = new RegExp(optOut.wayOut, "gi");
const EFFECT = new RegExp(optOut.effect, "i");
const METHOD_OR_EFFECT = new RegExp(`${optOut.method}|${optOut.effect}`, "i");
const TURN_OFF = new RegExp(optOut.turnOff, "i");
// what belongs to a way out: the rest of its sentence and the sentence after it, each cut short, and never past a
// line break (a list item does not run into the next; callers join hard-wrapped sentences first)
const REST_OF_SENTENCE = 140;
const NEXT_SENTENCE = 60;
const GAP_AFTER_STOP = 3;
const LONGEST_FOLLOWER = 12;
const SENTENCE_STOP = /[.。\n]/;

/** The text a way out that ends at `from` reaches: the rest of its sentence, and the next sentence when it ends soon. */
function reachOf(text: string, from: number): string {
  // the longest word for what follows may start at a window's last character
  const rest = text.slice(from, from + REST_OF_SENTENCE + LONGEST_FOLLOWER).split(SENTENCE_STOP)[0];
  const stop = from + rest.length;
  if (rest.length > REST_OF_SENTENCE || (text[stop] !== "." && text[stop] !== "。")) return rest;
  let next = stop + 1;
  while (next < text.length && next - stop <= GAP_AFTER_STOP && /\s/.test(text[next])) next++;
  return `${rest} ${text.slice(next, next + NEXT_SENTENCE + LONGEST_FOLLOWER).split(SENTENCE_STOP)[0]}`;
}

function followedBy(text: string, follower: RegExp): boolean {
  return matchesOf(WAY_OUT, text).some((match) => follower.test(reachOf(text, match.index + match[0].length)));
}

/** True when the text says how not to have it done and what follows ("원하지 않으시면 … 이 경우 … 없이"). */
export function optOutWithEffect(text: string): boolean {
  return followedBy(text, EFFECT);
}

/** True when the text says how not to have it done: a way out with the way to take it or what follows. */
export function optOutWithMethod(text: string): boolean {
  return followedBy(text, METHOD_OR_EFFECT);
}

/** True when the text refuses by stopping the collection: "쿠키 저장을 막을 수", "광고 식별자 수집을 꺼 두면". */
export function turnsOff(text: string): boolean {
  return TURN_OFF.test(text);
}

/** The shared words for stopping the collection, to find them in a whole document. */
export const TURN_OFF_WORDS: RegExp = TURN_OFF;
