// Retention periods too vague to predict when data is deleted.
import type { Rule } from "../src/runtime/rule.js";
import { linesBetween, matchRange, sectionEndAt } from "../src/runtime/query.js";
import { assessTopic } from "../src/runtime/required.js";
import { findPeriods } from "../src/runtime/extract.js";
import { isContinuation, joinedFrom, locate } from "../src/runtime/wraps.js";
import items from "./data/conditional-items.json" with { type: "json" };

const spec = items.vagueRetention;
const VAGUE_PERIOD = new RegExp(spec.vaguePeriod);
const UNTIL_PURPOSE = new RegExp(spec.untilPurpose);
const CONCRETE = new RegExp(spec.concreteAnchor);
// "관계 법령에 따라 일정 기간" is retention-statute's finding; reporting it twice helps no one
const COVERED_ELSEWHERE = new RegExp(spec.coveredElsewhere);
// "내부 방침 및 관련 법령에 따라 일정기간": the company's own rule sets the period, so no statute covers it
const INTERNAL_RULE = new RegExp(spec.internalRule);
const STATUTE = new RegExp(spec.statuteWithoutArticle);
const ARTICLE = /제\s*\d+\s*조/;
const LIST_BELOW = new RegExp(spec.listBelow);
// the lines read below a sentence that points to a list ("아래 정보는 정해진 기간 보관합니다" over "- 로그기록: 3개월")
const LIST_LINES = 8;

/** The sentence of `text` that holds `index`: from the end of the sentence before it to the end of its own. */
function sentenceAround(text: string, index: number): string {
  const end = /[다요]\s*[.。]|[.。](?=\s)/g;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (stop > index) return text.slice(start, stop);
    start = stop;
  }
  return text.slice(start);
}

export const vagueRetention: Rule = {
  meta: {
    id: "vague-retention",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항제2호, 개인정보 처리방침 작성지침(처리 및 보유 기간), 처리방침 평가 지표 3",
    title: { ko: "모호한 보유기간", en: "Vague retention periods" },
    description: {
      ko: "보유기간은 언제 파기되는지 예측할 수 있게 구체적으로 적어야 합니다. '필요한 기간', '일정 기간'처럼 기간을 정하지 않은 표현이나, 다른 기준 없이 '목적 달성 시까지'만 적은 줄은 경고합니다(2024년 평가에서 절반 이상이 지적됨). 법령에 따른 보존을 적으면서 조문을 밝히지 않으면 안내(정보)합니다: 평가는 법률명·조문·항목·기간을 모두 적어야 '우수'로 봅니다.",
      en: "Retention periods must let people predict when their data is deleted. Wording with no period ('as long as necessary', 'for a certain period'), or 'until the purpose is achieved' with nothing more concrete, is a warning — more than half the policies evaluated in 2024 did this. Statutory retention that names the law but not the article gets an info note: the evaluation grades only law + article + items + period as complete.",
    },
    example: {
      ko: "회원 정보: 회원 탈퇴 시까지 / 상담 기록: 상담 완료 후 1년",
      en: "Member data: until the member leaves / Support records: 1 year after the request is closed",
    },
    messages: {
      vaguePeriod: {
        ko: "'{phrase}'은(는) 보유기간이 아닙니다: 구체적인 기간을 적으십시오",
        en: "'{phrase}' is not a retention period: give a concrete one",
      },
      untilPurpose: {
        ko: "'목적 달성 시까지'만으로는 언제 파기되는지 알 수 없습니다",
        en: "'until the purpose is achieved' alone does not say when data is deleted",
      },
      noArticle: { ko: "보존 근거 법률의 조문이 없습니다", en: "the statute for this retention is named without its article" },
    },
  },
  check({ document, report }) {
    // a period is stated where data is kept, and also where it is destroyed ("일정기간 저장된 후 파기")
    const body = [...assessTopic(document, "retention").body, ...assessTopic(document, "destruction").body];
    const seen = new Set<number>();
    for (const entry of body) {
      // a sentence hard-wrapped over indented lines is read whole, from its first line
      if (seen.has(entry.line) || isContinuation(document, entry.line)) continue;
      seen.add(entry.line);
      // a heading's own body text (a run-on title) stands alone; a plain line is read with its continuations
      const joined = entry.text === document.plain[entry.line - 1] ? joinedFrom(document, entry.line) : null;
      const text = joined?.text ?? entry.text;
      const rangeOf = (index: number, length: number) => {
        const where = joined ? locate(joined, index) : { line: entry.line, index };
        return matchRange(where.line, where.index, length);
      };
      const vague = VAGUE_PERIOD.exec(text);
      // a period elsewhere on a run-together line ("… 일정기간 저장된 후 파기됩니다. 5일 이내에 …") does not make this one concrete
      const sentence = vague === null ? "" : sentenceAround(text, vague.index);
      const periodInSentence = vague !== null && findPeriods(sentence).length > 0;
      // a sentence that announces the list below it gives its periods there
      const periodsBelow =
        vague !== null &&
        LIST_BELOW.test(sentence) &&
        linesBetween(document, entry.line + 1, Math.min(entry.line + LIST_LINES, sectionEndAt(document, entry.line))).some(
          ({ text: below }) => findPeriods(below).length > 0,
        );
      if (vague && !periodInSentence && !periodsBelow && (!COVERED_ELSEWHERE.test(text) || INTERNAL_RULE.test(text))) {
        report({ messageId: "vaguePeriod", range: rangeOf(vague.index, vague[0].length), data: { phrase: vague[0] } });
        continue;
      }
      const until = UNTIL_PURPOSE.exec(text);
      const statute = STATUTE.exec(text);
      if (!until && !statute) continue;
      const hasPeriod = findPeriods(text).length > 0;
      if (until && !hasPeriod && !CONCRETE.test(text)) {
        report({ messageId: "untilPurpose", range: rangeOf(until.index, until[0].length) });
        continue;
      }
      if (statute && hasPeriod && !ARTICLE.test(text))
        report({ messageId: "noArticle", range: rangeOf(statute.index, statute[0].length), severity: "info" });
    }
  },
};
