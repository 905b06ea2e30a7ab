// 시행일자: the date the policy takes effect.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, documentStart, lineRange } from "../src/runtime/query.js";
import { parseDate, readEffectiveDate } from "../src/runtime/dates.js";

const ENACTED = /제정/;

export const effectiveDate: Rule = {
  meta: {
    id: "effective-date",
    severity: "error",
    statute: "개인정보 보호법 제30조제2항, 개인정보 처리방침 작성지침(처리방침의 변경)",
    title: { ko: "시행일자", en: "Effective date" },
    description: {
      ko: "처리방침을 정하거나 바꾸면 공개해야 하고(법 제30조제2항), 작성지침은 시행일자와 변경 이력을 적도록 합니다. 시행일(적용일)이 전혀 없으면 오류, '시행일자 : [YYYY.MM.DD]'처럼 채우지 않았으면 그 줄에 오류입니다. 제정일만 있는 것은 시행일이 아닙니다.",
      en: "A policy must be published when made or changed (PIPA Art. 30(2)), and the drafting guideline expects its effective date and change history. No effective date at all is an error, and so is a date left as a template blank ('시행일자 : [YYYY.MM.DD]'), reported on that line. A date of enactment alone is not an effective date.",
    },
    example: {
      ko: "시행일자: 2026년 1월 1일",
      en: "Effective date: 1 January 2026 (시행일자: 2026년 1월 1일)",
    },
    messages: {
      missing: { ko: "처리방침의 시행일자가 없습니다", en: "the policy states no effective date" },
      enactmentOnly: {
        ko: "처리방침의 시행일자가 없습니다: 제정일({date})만 있고 현행 방침이 언제부터 적용되는지 적지 않았습니다",
        en: "the policy states no effective date: only when it was first made ({date}), not when this version applies",
      },
      blank: { ko: "시행일자를 채우지 않았습니다", en: "the effective date is left blank" },
    },
  },
  check({ document, report, found }) {
    const { date, blanks } = readEffectiveDate(document);
    if (date) return found(date.line);
    if (blanks.length > 0) for (const blank of blanks) report({ messageId: "blank", range: lineRange(document, blank.line) });
    else {
      // a policy that gives only the date it was first made still lacks the date this version took effect
      const enacted = bodyLinesMatching(document, ENACTED).find(({ text }) => parseDate(text) !== null);
      if (enacted) report({ messageId: "enactmentOnly", range: documentStart(document), data: { date: parseDate(enacted.text)!.iso } });
      else report({ messageId: "missing", range: documentStart(document) });
    }
  },
};
