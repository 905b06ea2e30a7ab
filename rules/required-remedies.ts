// 권익침해 구제방법: the outside bodies a data subject can turn to.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, headingAnchor, lineRange, type LineText } from "../src/runtime/query.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { assessTopic, reportMissing, requiredMessages } from "../src/runtime/required.js";
import agencies from "./data/remedy-agencies.json" with { type: "json" };

const AGENCY_LINE = new RegExp(agencies.agencyLinePattern, "i");
// an agency counts as listed when its number or site is given, not when it is only named in a sentence
const AGENCY_CONTACT = new RegExp(agencies.agencyContactPattern, "i");

/** The lines that name an agency whose site is the target of its link, masked in the plain text. */
function linkedAgencies(document: PolicyDocument): LineText[] {
  return bodyLinesMatching(document, AGENCY_LINE).filter(({ line }) => AGENCY_CONTACT.test(document.lines[line - 1] ?? ""));
}

export const requiredRemedies: Rule = {
  meta: {
    id: "required-remedies",
    // the 2025 작성지침 lists this item as recommended (권장), so a gap is a warning, not an error
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항, 개인정보 처리방침 작성지침(정보주체의 권익침해에 대한 구제방법)",
    title: { ko: "권익침해 구제방법", en: "remedies for infringement" },
    description: {
      ko: "처리방침에는 개인정보 침해에 대한 구제방법으로 개인정보 분쟁조정위원회(1833-6972), 개인정보침해신고센터(118), 대검찰청(1301), 경찰청(182) 등 기관과 연락처를 안내합니다(2025 작성지침은 권장 사항으로 분류). 안내가 전혀 없거나, '아래 기관에 문의하십시오'라고 하고 기관을 하나도 적지 않았으면 경고입니다.",
      en: "The policy should tell data subjects where to seek redress: the Personal Information Dispute Mediation Committee (1833-6972), the Privacy Infringement Report Center (118), the Supreme Prosecutors' Office (1301), the National Police Agency (182) — recommended by the 2025 drafting guideline. No such information, or a section that announces agencies and lists none, is a warning.",
    },
    example: {
      ko: "- 개인정보 분쟁조정위원회: (국번없이) 1833-6972, www.kopico.go.kr\n- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr",
      en: "- Dispute Mediation Committee: 1833-6972, www.kopico.go.kr\n- Privacy Infringement Report Center: 118, privacy.kisa.or.kr",
    },
    messages: requiredMessages({ ko: "권익침해 구제방법", en: "remedies for infringement" }),
  },
  check(context) {
    const { document, report, found } = context;
    // found by their contact (numbers, sites: one scan of a few Latin and digit openings) and then their agency,
    // not the other way round: the agencies' words are many, in two scripts, and their scan costs five times more
    const agencyLines = bodyLinesMatching(document, AGENCY_CONTACT).filter(({ text }) => AGENCY_LINE.test(text));
    // (a page or Markdown file may give the site as the agency's link only: "[개인정보 분쟁조정위원회](https://…)")
    if (agencyLines.length === 0 && document.format !== "text") agencyLines.push(...linkedAgencies(document));
    const { anchors } = assessTopic(document, "remedies");
    found(...anchors.map((anchor) => anchor.headingLine));
    if (anchors.length === 0) {
      found(...agencyLines.map(({ line }) => line));
      if (agencyLines.length === 0) reportMissing(context, "remedies");
      return;
    }
    if (agencyLines.length === 0) report({ messageId: "hollow", range: lineRange(document, headingAnchor(anchors).headingLine) });
  },
};
