// 자동화된 결정: where such decisions are made, how to refuse them or ask for an explanation.
import type { Rule } from "../src/runtime/rule.js";
import { lineRange } from "../src/runtime/query.js";
import { findMentions, passageAround } from "../src/runtime/mentions.js";
import { denialOf } from "../src/runtime/not-applicable.js";
import items from "./data/conditional-items.json" with { type: "json" };

const spec = items.automatedDecision;
const MENTION = new RegExp(spec.mention);
const DENIAL = denialOf(MENTION, spec.notApplicable);
const REFUSE = new RegExp(spec.refuse);
const EXPLAIN = new RegExp(spec.explain);

export const automatedDecision: Rule = {
  meta: {
    id: "automated-decision",
    severity: "warning",
    statute: "개인정보 보호법 제37조의2, 시행령 제44조의2~제44조의4",
    title: { ko: "자동화된 결정에 대한 거부·설명 요구", en: "Automated decisions: refusal and explanation" },
    description: {
      ko: "완전히 자동화된 시스템(AI 포함)으로 권리·의무에 중대한 영향을 미치는 결정을 하면, 정보주체는 거부하거나 설명을 요구할 수 있고(법 제37조의2; 2024-03-15 시행), 작성지침은 그 방법을 처리방침에 적도록 합니다. 자동화된 결정을 한다고 하면서 거부 방법이나 설명 요구 방법이 없으면 경고합니다. 자동화된 결정을 하지 않는다고 밝히면 충족합니다.",
      en: "Where decisions with significant effects are made by fully automated systems (AI included), data subjects may refuse them or ask for an explanation (PIPA Art. 37-2, in force 2024-03-15), and the drafting guideline asks the policy to say how. Making such decisions with no way to refuse or ask for an explanation is a warning; stating that none are made satisfies the rule.",
    },
    example: {
      ko: "회사는 대출 심사를 자동화된 결정으로 합니다. 정보주체는 고객센터를 통해 결정을 거부하거나 설명을 요구할 수 있습니다.",
      en: "Loan screening is an automated decision; data subjects may refuse it or ask for an explanation through customer support.",
    },
    messages: {
      noRefusal: { ko: "자동화된 결정을 거부하는 방법이 없습니다", en: "nothing says how to refuse an automated decision" },
      noExplanation: {
        ko: "자동화된 결정에 대한 설명을 요구하는 방법이 없습니다",
        en: "nothing says how to ask for an explanation of an automated decision",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const mentions = findMentions(document, MENTION, DENIAL);
    if (mentions.length === 0) return notApplicable();
    found(mentions[0].line);
    const text = mentions
      .flatMap((mention) => passageAround(document, mention.line))
      .map((entry) => entry.text)
      .join("\n");
    const range = lineRange(document, mentions[0].line);
    if (!REFUSE.test(text)) report({ messageId: "noRefusal", range });
    if (!EXPLAIN.test(text)) report({ messageId: "noExplanation", range });
  },
};
