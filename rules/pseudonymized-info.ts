// 가명정보: when the policy says it processes pseudonymised data, what the law asks it to say about it.
import type { Rule } from "../src/runtime/rule.js";
import { lineRange } from "../src/runtime/query.js";
import {
  disclosureMention,
  findMentions,
  missingElements,
  passageAround,
  missingData,
  withoutBareTitles,
} from "../src/runtime/mentions.js";
import { clausesOf, denialOf } from "../src/runtime/not-applicable.js";
import items from "./data/conditional-items.json" with { type: "json" };

const spec = items.pseudonymized;
const MENTION = new RegExp(spec.mention);
const DENIAL = denialOf(MENTION, spec.notApplicable);
// a definition or the decree's criterion names pseudonymised data without processing it
const NOT_A_MENTION = new RegExp(spec.notAMention);
// "회원번호(가명 처리)", "암호화 또는 가명 처리하여 보관": one field masked as a safeguard, not 제28조의2 processing
const SAFEGUARD = new RegExp(spec.safeguard);
// what makes it 제28조의2 processing: statistics, research, archiving, combining, or 가명정보 named as such
const PSEUDONYMISED_USE = new RegExp(spec.pseudonymisedUse);

// the safeguards named one by one ("재식별 방지 …, 코드 대조표는 … 따로 두고, 접근은 … 제한"): two of them are the item
const SAFEGUARD_MEASURES = spec.elements.safeguards.listedMeasures;
const MEASURE_PATTERNS = SAFEGUARD_MEASURES.patterns.map((pattern) => new RegExp(pattern, "i"));

/** True when the passage names at least the minimum of the distinct safeguards of 제28조의4. */
function listsSafeguards(text: string): boolean {
  return MEASURE_PATTERNS.filter((pattern) => pattern.test(text)).length >= SAFEGUARD_MEASURES.minimum;
}

// a field that names the party the data goes to
const RECIPIENT_FIELD = /(?:제공|이전)\s{0,2}받는\s{0,2}(?:자|기관|곳)\s{0,2}[:：]|수령자\s{0,2}[:：]|제공처\s{0,2}[:：]/;

/** True when every clause of the line that speaks of pseudonymisation applies it to a field as a safeguard. */
function onlyAsSafeguard(text: string): boolean {
  const clauses = clausesOf(text).filter((clause) => MENTION.test(clause) && !NOT_A_MENTION.test(clause));
  return clauses.length > 0 && clauses.every((clause) => SAFEGUARD.test(clause) && !PSEUDONYMISED_USE.test(clause));
}

export const pseudonymizedInfo: Rule = {
  meta: {
    id: "pseudonymized-info",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항제4호의2, 제28조의2~제28조의4",
    title: { ko: "가명정보의 처리", en: "Pseudonymised information" },
    description: {
      ko: "가명정보를 처리하면 처리 목적, 처리 기간, 가명처리하는 항목, 안전성 확보조치(추가정보 분리 보관 등)를 처리방침에 적어야 합니다(법 제30조제1항제4호의2). 가명정보를 언급하면서 이 가운데 빠진 것이 있으면 경고합니다. 가명정보를 처리하지 않는다고 밝히면 충족합니다.",
      en: "When pseudonymised information is processed the policy must give the purpose, the period, the items pseudonymised and the safeguards such as keeping additional information apart (PIPA Art. 30(1)4-2). Mentioning pseudonymised information without these is a warning; stating that none is processed satisfies the rule.",
    },
    example: {
      ko: "회사는 통계 작성을 위해 이용 기록을 가명처리합니다. 처리 기간은 3년이며, 가명처리 항목은 연령대와 이용 기록이고, 추가정보는 분리 보관하는 등 안전성 확보조치를 합니다.",
      en: "Usage records are pseudonymised for statistics for 3 years; the items are age band and usage records, and additional information is kept apart as a safeguard.",
    },
    messages: {
      incomplete: {
        ko: "가명정보 처리에 관한 {missing}이(가) 없습니다",
        en: "the passage on pseudonymised information does not give: {missingEn}",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    // the section about it, not a definition or the preamble ("개인정보와 가명정보에 관한 사항을 … 공개합니다")
    const mentions = findMentions(document, MENTION, DENIAL, NOT_A_MENTION).filter(({ text }) => !onlyAsSafeguard(text));
    const mention = disclosureMention(document, mentions, "pseudonymized");
    if (mention === undefined) return notApplicable();
    found(mention.line);
    const passage = withoutBareTitles(passageAround(document, mention.line));
    const text = passage.map((entry) => entry.text).join("\n");
    // a recipient's period ("제공받는 자: … / 보유 기간: 공동연구 종료 시까지") is how long the recipient keeps the
    // data, not the period of the controller's processing
    const ownText = passage
      .filter((entry) => !RECIPIENT_FIELD.test(entry.text))
      .map((entry) => entry.text)
      .join("\n");
    const absent = Object.values(spec.elements).filter(
      (element) =>
        missingElements(element === spec.elements.period ? ownText : text, { element }).length > 0 &&
        (element !== spec.elements.safeguards || !listsSafeguards(text)),
    );
    if (absent.length > 0) {
      report({
        messageId: "incomplete",
        range: lineRange(document, mention.line),
        data: missingData(absent),
      });
    }
  },
};
