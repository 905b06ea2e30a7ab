// Reading how a policy says a person can opt out, in other words than 거부: "이전을 원하지 않으시면 이메일로
// 문의하시면 되며, 이 경우 국외 이전 없이 응대합니다", "쿠키 저장을 원하지 않으시면 브라우저 옵션에서 끄시면 됩니다".
// One reader for the items whose refusal the law asks for (국외 이전, 자동 수집 장치, 행태정보), so each accepts the
// same wordings; the words are data (rules/data/opt-out.json).
import optOut from "../../rules/data/opt-out.json" with { type: "json" };

// the way out, then within its sentence or the next what follows it (bounded windows that stop at a sentence end
// or a line break: a list item does not run into the next; callers join hard-wrapped sentences first)
const followedBy = (what: string) => new RegExp(`(?:${optOut.wayOut})[^.。\\n]{0,80}(?:[.。]\\s{0,3}[^.。\\n]{0,60})?(?:${what})`, "i");
const WITH_EFFECT = followedBy(optOut.effect);
/** A way out with the way to take it or what follows: one of an item's signs of substance (the cookie section's). */
export const OPT_OUT_WITH_METHOD = followedBy(`${optOut.method}|${optOut.effect}`);

/** True when the text says how not to have it done and what follows ("원하지 않으시면 … 이 경우 … 없이"). */
export function optOutWithEffect(text: string): boolean {
  return WITH_EFFECT.test(text);
}

/** True when the text says how not to have it done: a way out with the way to take it or what follows. */
export function optOutWithMethod(text: string): boolean {
  return OPT_OUT_WITH_METHOD.test(text);
}
