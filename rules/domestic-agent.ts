// 국내대리인: a controller abroad names its agent in Korea with name, address, phone and e-mail.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, documentStart, lineRange, linesBetween, sectionsAt } from "../src/runtime/query.js";
import { disclosureMention, findMentions, missingElements, passageAround, missingData } from "../src/runtime/mentions.js";
import { denialOf, lineDenies } from "../src/runtime/not-applicable.js";
import { lineAcrossWraps } from "../src/runtime/wraps.js";
import { HANGUL } from "../src/runtime/extract.js";
import items from "./data/conditional-items.json" with { type: "json" };

const spec = items.domesticAgent;
const MENTION = new RegExp(spec.mention);
const DENIAL = denialOf(MENTION, spec.notApplicable);
const FOREIGN_CONTROLLER = new RegExp(spec.foreignController);
const KOREAN_LEGAL_FORM = new RegExp(spec.koreanLegalForm);
// the Korean text is authoritative: an English translation of the preamble ("TeamLog Inc. publishes …"),
// or a Korean company's English name beside its Korean one ("주식회사 누리(Nuri Inc.)"), is not a foreign controller
const namesForeignController = (text: string) => HANGUL.test(text) && FOREIGN_CONTROLLER.test(text) && !KOREAN_LEGAL_FORM.test(text);
const PREAMBLE_LINES = 12;
// an agent that is a company is named with its representative (법 제31조의2제3항제1호: "법인의 경우에는 그 명칭 및
// 대표자의 성명")
const AGENT_COMPANY = new RegExp(spec.agentCompany);
const REPRESENTATIVE = new RegExp(spec.representative.pattern);
const OFFICER = /보호\s*책임자/;
// a line about the privacy officer that does not speak of the agent
const OFFICER_LINE = /보호\s*책임자|Privacy\s+Officer|Data\s+Protection\s+Officer|(?<![A-Za-z])DPO(?![A-Za-z])/i;
const officersOwn = (text: string) => OFFICER_LINE.test(text) && !MENTION.test(text) && !AGENT_WORD_EN.test(text);
const AGENT_WORD_EN = /Domestic\s+(?:Agent|Representative)|Local\s+Representative/i;

export const domesticAgent: Rule = {
  meta: {
    id: "domestic-agent",
    severity: "error",
    statute: "개인정보 보호법 제31조의2제3항",
    title: { ko: "국내대리인", en: "Domestic agent" },
    description: {
      ko: "국내에 주소나 영업소가 없는 개인정보처리자가 국내대리인을 지정하면 처리방침에 국내대리인의 성명(법인은 명칭과 대표자 성명), 주소(영업소 소재지), 전화번호, 전자우편 주소를 적어야 합니다(법 제31조의2제3항; 2025-10-02부터 누락 시 과태료). 국내대리인을 적었으나 이 가운데 빠진 것이 있으면 오류입니다. 국내대리인을 지정하지 않는다(지정 대상이 아니다)고 밝히면 충족합니다. 서문의 한국어 문장에 해외 법인(Inc., LLC, Ltd. 등)이 처리자로 나오는데 국내대리인이 없으면 지정 대상인지 확인하라고 안내(정보)합니다. 영어 번역 문장이나 국내 법인의 영문 병기('주식회사 누리(Nuri Inc.)')는 해외 사업자로 보지 않습니다.",
      en: "A controller with no address or office in Korea that designates a domestic agent must give the agent's name (for a company, its name and representative), address, phone number and e-mail address in the policy (PIPA Art. 31-2(3); fines for omissions since 2025-10-02). An agent section missing any of these is an error; stating that no agent is designated (or none is required) satisfies the rule. A foreign entity (Inc., LLC, Ltd. …) named as controller in the Korean preamble with no agent at all gets an info note to check whether it must designate one; an English translation of the preamble or a Korean company's English name beside its Korean one is not a foreign controller.",
    },
    example: {
      ko: "국내대리인\n- 명칭 및 대표자: 주식회사 한국대리 (대표 이도윤)\n- 주소: 서울특별시 중구 세종대로 1\n- 전화번호: 02-555-0199 / 전자우편: agent@example.kr",
      en: "Domestic agent\n- Name and representative: Korea Agent Co., Ltd. (CEO Lee Doyun)\n- Address: 1 Sejong-daero, Jung-gu, Seoul\n- Phone: 02-555-0199 / e-mail: agent@example.kr",
    },
    messages: {
      incomplete: { ko: "국내대리인의 {missing}이(가) 없습니다", en: "the domestic agent's {missingEn} is not given" },
      maybeRequired: {
        ko: "해외 사업자로 보이나 국내대리인이 없습니다: 지정 대상(매출액·이용자 수 기준)인지 확인하십시오",
        en: "the controller appears to be abroad but names no domestic agent: check whether it must designate one",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    // the agent section, not a passing word in another section ("국내대리인에게 서면으로 요구할 수도")
    const mention = disclosureMention(document, findMentions(document, MENTION, DENIAL), "domestic-agent");
    if (mention === undefined) {
      notApplicable();
      // (a policy that says it appoints none, "지정 대상에 해당하지 않아 … 지정하지 않았습니다", has answered the question)
      const saysNone = bodyLinesMatching(document, MENTION).some(({ line }) => lineDenies(lineAcrossWraps(document, line), DENIAL));
      if (!saysNone && linesBetween(document, 1, PREAMBLE_LINES).some(({ text }) => namesForeignController(text))) {
        report({ messageId: "maybeRequired", range: documentStart(document), severity: "info" });
      }
      return;
    }
    // the agent's details stand with the word and after it (the officer's contact above it is not the agent's); where
    // the agent is named more than once (a summary card, then the section), the mention that gives most is the disclosure
    const absentAt = (line: number) => {
      // (a sub-section of its own, "A.1 국내대리인" under a supplement, ends before the next: "A.2 구제방법" lists
      // other bodies' numbers)
      const own = [...sectionsAt(document, line)].reverse().find((section) => MENTION.test(section.heading.title));
      const passage = own ? linesBetween(document, own.startLine, own.endLine) : passageAround(document, line);
      // (the officer's own lines in a section they share, "개인정보 보호책임자: … 전화 …", give the officer's contact)
      const text = passage
        .filter((entry) => entry.line >= line && !officersOwn(entry.text))
        .map((entry) => entry.text)
        .join("\n");
      const absent: { ko: string; en: string }[] = missingElements(text, spec.fields);
      if (AGENT_COMPANY.test(text) && !REPRESENTATIVE.test(text)) absent.push(spec.representative);
      return absent;
    };
    // (a heading shared with the privacy officer, "보호책임자 및 국내대리인", is passed over for the agent's own lines)
    const mentions = findMentions(document, MENTION, DENIAL);
    const ownLines = mentions.filter(({ text }) => !OFFICER.test(text));
    const candidates = ownLines.length > 0 ? ownLines : mentions.length > 0 ? mentions : [mention];
    const best = candidates
      .map((other) => ({ line: other.line, absent: absentAt(other.line) }))
      .reduce((most, other) => (other.absent.length < most.absent.length ? other : most));
    found(best.line);
    if (best.absent.length > 0) {
      report({
        messageId: "incomplete",
        range: lineRange(document, best.line),
        data: missingData(best.absent),
      });
    }
  },
};
