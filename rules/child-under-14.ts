// 만 14세 미만 아동: how children's data is handled, or that children cannot join.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, documentStart, firstBodyLineMatching, type LineText } from "../src/runtime/query.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { denialOf, lineDenies } from "../src/runtime/not-applicable.js";
import { lineAcrossWraps } from "../src/runtime/wraps.js";
import items from "./data/conditional-items.json" with { type: "json" };

// "만 14세 미만", "14세 미만 아동", "만14세미만", or "만 14세 이상만 가입" (children cannot join);
// a bare "법정대리인" in the rights section does not count
const UNDER_FOURTEEN =
  /(만\s*)?(14|십사)\s*세\s*(미만|이하|가\s*되지\s*않은)|(아동|어린이)\s*\(\s*만?\s*14\s*세|(만\s*)?14\s*세\s*이상[^.。]{0,30}(가입|이용|회원)/;

const spec = items.children;
const MINORS = new RegExp(spec.minors);
// "만 19세 이상만 가입할 수 있습니다": no child can join
const ADULTS_ONLY = new RegExp(spec.adultsOnly);
const MINORS_KEPT_OUT = denialOf(MINORS, spec.notApplicable);
// what minors would give, refused: "미성년자의 이력서는 등록받지 않습니다", "아동의 가입을 받지 않습니다"
const MINORS_REFUSED = new RegExp(spec.minorsRefused);
// "만 16세 미만인 사람은 계정을 만들 수 없습니다": an age bar at 14 or above keeps every child out
const AGE_BAR = new RegExp(spec.ageBar);
// "신생아의 개인정보는 법정대리인의 동의를 받아 수집하며": a young child's data taken with the guardian's consent
const GUARDIAN_CONSENT = new RegExp(spec.guardianConsent);

// a form's label for the service's criterion with nothing after its colon: "이용 대상:" over "    만 65세 이상 노인 …"
const CRITERION_LABEL = /(?:대상|기준|자격|조건)\s{0,2}[:：]\s{0,3}$/;

/** The criterion a form gives on the line under its label, read as "이용 대상: 만 65세 이상 …" would be. */
function criterionUnderLabel(document: PolicyDocument): LineText | undefined {
  return bodyLinesMatching(document, CRITERION_LABEL).find(({ line, text }) => {
    const next = document.plain[line] ?? "";
    return next.trim() !== "" && ADULTS_ONLY.test(`${text.trim()} ${next.trim()}`);
  });
}

export const childUnder14: Rule = {
  meta: {
    id: "child-under-14",
    severity: "warning",
    statute: "개인정보 보호법 제22조의2",
    title: { ko: "만 14세 미만 아동", en: "Children under 14" },
    description: {
      ko: "만 14세 미만 아동의 개인정보를 처리하려면 법정대리인의 동의를 받고 확인해야 합니다(법 제22조의2). 처리방침은 법정대리인 동의를 어떻게 받고 확인하는지, 또는 14세 미만은 가입할 수 없다는 것을 밝혀야 합니다. 미성년자는 가입할 수 없다거나, 만 19세 이상만 이용할 수 있다거나, 만 16세 미만의 가입은 받지 않는다고(14세 이상의 나이로 가입을 막으면), 미성년자의 신청·의뢰를 받지 않는다고, 또는 이용 대상·지원 기준을 만 14세 이상의 나이로 정했다고('이용 대상: 만 65세 이상') 밝혀도 충족합니다. 나이 대신 신생아·원아·어린이 같은 말로 아동의 개인정보를 법정대리인(보호자)의 동의를 받아 처리한다고 밝혀도 충족합니다. 14세 미만에 대한 언급이 전혀 없으면 경고합니다. 권리 행사 절의 일반적인 '법정대리인' 언급만으로는 충족하지 않습니다.",
      en: "Processing the data of children under 14 needs a legal guardian's consent, verified (PIPA Art. 22-2). The policy must say how that consent is obtained and verified, or that children under 14 cannot sign up; saying that minors cannot sign up, that only those 19 or older may, that sign-ups under an age of 14 or more (16, say) or minors' requests are not accepted, or that the service's criteria admit only people of 14 or older ('이용 대상: 만 65세 이상') also satisfies it. So does saying, in words other than the age (newborns, kindergarten pupils, children), that a child's data is taken with a guardian's consent. No mention of under-14s at all is a warning; a generic 'legal representative' in the rights section does not count.",
    },
    example: {
      ko: "회사는 만 14세 미만 아동의 개인정보를 처리할 때 법정대리인의 동의를 받으며, 법정대리인의 휴대전화 본인인증으로 동의 여부를 확인합니다.",
      en: "For children under 14 the company obtains a legal guardian's consent and verifies it through the guardian's mobile-phone identity check.",
    },
    messages: {
      missing: {
        ko: "만 14세 미만 아동의 개인정보 처리(법정대리인 동의와 확인 방법, 또는 가입 제한)에 관한 내용이 없습니다",
        en: "nothing says how the data of children under 14 is handled (guardian consent and how it is verified, or that they cannot sign up)",
      },
    },
  },
  check({ document, report, found }) {
    const mention = firstBodyLineMatching(document, UNDER_FOURTEEN) ?? firstBodyLineMatching(document, GUARDIAN_CONSENT);
    if (mention) return found(mention.line);
    // a service closed to minors has no children's data to handle
    const closed =
      firstBodyLineMatching(document, ADULTS_ONLY) ??
      criterionUnderLabel(document) ??
      firstBodyLineMatching(document, AGE_BAR) ??
      bodyLinesMatching(document, MINORS).find(({ line }) => {
        const text = lineAcrossWraps(document, line);
        return lineDenies(text, MINORS_KEPT_OUT) || MINORS_REFUSED.test(text);
      });
    if (closed) return found(closed.line);
    report({ messageId: "missing", range: documentStart(document) });
  },
};
