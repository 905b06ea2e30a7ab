// 자동화된 결정: where such decisions are made, how to refuse them or ask for an explanation.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, lineRange, linesBetween, sectionLines, sectionsAt, titleLines, type LineText } from "../src/runtime/query.js";
import { findMentions, passageAround } from "../src/runtime/mentions.js";
import { clausesOf, denialOf, lineDenies, narrowedToSomeCases } from "../src/runtime/not-applicable.js";
import { lineAcrossWraps, paragraphHolding } from "../src/runtime/wraps.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { isRevisionHistoryLine } from "../src/runtime/revision-history.js";
import items from "./data/conditional-items.json" with { type: "json" };

const spec = items.automatedDecision;
const MENTION = new RegExp(spec.mention);
const DENIAL = denialOf(MENTION, spec.notApplicable);
const REFUSE = new RegExp(spec.refuse);
const EXPLAIN = new RegExp(spec.explain);
const WITHOUT_PERSON = new RegExp(spec.withoutPerson);
const AUTOMATED_MEANS = new RegExp(spec.automatedMeans);
const JUDGEMENT = new RegExp(spec.judgement);
const EFFECT = new RegExp(spec.effect, "g");
// the effect itself said to be done automatically is the judgement ("시스템이 자동으로 7일간 이용을 제한합니다")
const DONE_AUTOMATICALLY = new RegExp(`자동(?:으로|적으로)\\s{0,2}[^.。]{0,20}?(?:${spec.effect})`);
// a negated predicate: "정지되지 않습니다", "처리되는 일은 없습니다", "…이 아닙니다"
const NEGATED = /지\s{0,3}(?:는|도)?\s{0,3}(?:않|아니|못)|없(?!이)|아니|아닙/;
// a judgement said to be made automatically ("시스템이 자동으로 판정하여", "자동으로 분석하여 불성실 응답을 판정"): the
// word says no person makes it, as "사람의 검토 없이" does
const AUTOMATIC_JUDGEMENT = new RegExp(`자동(?:으로|적으로)\\s{0,2}[^.。]{0,16}?(?:${spec.judgement})`);
// a person who reviews the judgement before its effect: "담당자 확인 후", "운영자의 검토를 거쳐", "운영자가 검토한 뒤"
const PERSON_REVIEWS =
  /(?:사람|담당자|직원|운영자|관리자|검토자|심사역|심사자|상담원)[^.。]{0,8}?(?:검토|확인|심사)\s{0,2}(?:후|을\s{0,2}거쳐|를\s{0,2}거쳐|한\s{0,2}(?:뒤|후|다음))/;

// what the effect is decided on, before it in the clause: a judgement ("패턴이 탐지되면") or a measure of the person
// ("안전운전 점수가 40점 미만인 회원에 대하여")
const DECIDED_ON = new RegExp(`(?:${spec.judgement})|점수|등급|지수|신용도|패턴|의심`);

/**
 * True when the clause says a judgement is made automatically, not that it is not ("자동으로 판정하지 않습니다"), or
 * that an effect is applied automatically on a judgement or a measure of the person ("패턴이 탐지되면 시스템이 자동으로
 * 주문 기능을 정지합니다"); an effect applied automatically on no judgement ("비밀번호를 5회 틀리면 자동으로 로그인이
 * 제한됩니다", "계약이 자동으로 해지됩니다") is a rule of the service, not a decision about the person.
 */
function judgedAutomatically(clause: string): boolean {
  const automatic = AUTOMATIC_JUDGEMENT.exec(clause);
  if (automatic !== null) return !NEGATED.test(clause.slice(automatic.index + automatic[0].length).replace(EFFECT, " "));
  const done = DONE_AUTOMATICALLY.exec(clause);
  return done !== null && DECIDED_ON.test(clause.slice(0, done.index)) && effectHappens(clause.slice(done.index));
}

/** True when the clause says the effect happens: "회원 자격이 정지됩니다", "리워드가 지급되지 않으며"; not "제한되지 않습니다". */
function effectHappens(clause: string): boolean {
  return [...clause.matchAll(EFFECT)].some((effect) => !NEGATED.test(clause.slice(effect.index + effect[0].length)));
}

/**
 * True when the paragraph describes a fully automated decision without the term: a judgement by automated means
 * ("시스템으로 … 판정합니다"), said to be made with no person's review ("사람의 검토 없이 이루어집니다") or made
 * automatically ("시스템이 자동으로 판정하여") where no person reviews it before its effect, with an effect on the
 * person ("회원 자격이 정지됩니다"). A review denied ("검토 없이 … 정지되는 일은 없습니다") is no such decision.
 */
function describesAutomatedDecision(text: string): boolean {
  if (!AUTOMATED_MEANS.test(text) || !(JUDGEMENT.test(text) || DONE_AUTOMATICALLY.test(text))) return false;
  const clauses = clausesOf(text);
  const withoutPerson = clauses.some((clause) => {
    const without = WITHOUT_PERSON.exec(clause);
    // the effect's own negative form ("지급되지 않으며") is no denial of the missing review
    return without !== null && !NEGATED.test(clause.slice(without.index + without[0].length).replace(EFFECT, " "));
  });
  const automatic =
    !withoutPerson &&
    clauses.some(judgedAutomatically) &&
    !PERSON_REVIEWS.test(text) &&
    !clauses.some((clause) => PERSON_DECIDES.test(clause));
  return (withoutPerson || automatic) && clauses.some(effectHappens);
}

// "자동화된 시스템만으로 합격 여부를 결정하지 않습니다": automated means with the decision denied; "합격 여부는
// 면접위원이 결정합니다": a person who decides
// (or the decision first, then the means it is not made by: "결정을 완전히 자동화된 시스템으로 하지 않으며")
const DECISION_DENIED = new RegExp(
  `(?:${spec.automatedMeans})[^.。]{0,40}(?:${spec.judgement})(?:하|되)지\\s{0,2}(?:않|아니)|` +
    `(?:${spec.judgement})(?:을|를|은|는)\\s{0,2}[^.。]{0,12}?(?:${spec.automatedMeans})[^.。]{0,16}?(?:으로|로)(?:만)?\\s{0,2}(?:하|내리|정하)지\\s{0,2}(?:않|아니)`,
);
const PERSON_DECIDES =
  /(?:사람|담당자|직원|면접\s{0,2}위원|심사\s{0,2}위원|위원회|심사역|검토자)(?:이|가|께서)\s{0,2}(?:직접\s{0,2})?(?:최종\s{0,2})?(?:결정|판단|판정|심사|확인)(?:합니다|하며|하고|하여)/;
// the words a paragraph that tells of a decision without the term holds: no person's review, or an automatic judgement
const TELLING_WORDS = [WITHOUT_PERSON, AUTOMATIC_JUDGEMENT, DONE_AUTOMATICALLY];

/**
 * True when the section under the heading on `line` says no automated decision is made, or that a person decides,
 * and describes none in other words ("AI가 … 자동으로 탈락을 결정합니다" beside "최종 합격은 면접위원이 결정합니다").
 */
function saysNoneUnder(document: PolicyDocument, line: number): boolean {
  const section = document.allSections.find((candidate) => candidate.heading.line === line);
  if (!section) return false;
  // (a note of what an amendment did, under the article in a 부칙, makes no decision)
  const lines = sectionLines(document, section).filter((entry) => entry.line !== line && !isRevisionHistoryLine(document, entry.line));
  // (a line that names the decisions is read with the sentence it wraps into: "…결정을 완전히 자동화된" over "시스템으로
  // 하지 않으며")
  const namesAndMakes = (entry: LineText) => MENTION.test(entry.text) && !deniesDecision(lineAcrossWraps(document, entry.line));
  if (lines.some((entry) => describesAutomatedDecision(entry.text) || namesAndMakes(entry))) return false;
  return lines.some(
    ({ text }) => lineDenies(text, DENIAL) || clausesOf(text).some((clause) => DECISION_DENIED.test(clause) || PERSON_DECIDES.test(clause)),
  );
}

/**
 * True when the text denies the decisions: the shared reader of denials, or a clause that names them and denies
 * deciding so ("대여 가능 여부를 판단할 때 완전히 자동화된 시스템으로 결정하지 않으며": the occasion before it is no
 * condition on the denial), not only in some cases ("원칙적으로", "동의 없이").
 */
function deniesDecision(text: string): boolean {
  return (
    lineDenies(text, DENIAL) ||
    clausesOf(text).some(
      (clause) => MENTION.test(clause) && (DECISION_DENIED.test(clause) || NO_EFFECT.test(clause)) && !narrowedToSomeCases(clause),
    )
  );
}
// "완전히 자동화된 결정으로 회원의 권리·의무에 영향을 미치는 경우는 없습니다": no decision with an effect is made
const NO_EFFECT = /영향을\s{0,2}(?:미치는|주는)\s{0,2}(?:경우|일)(?:은|는|가|도)?\s{0,2}(?:없|있지\s{0,2}않)/;

/**
 * The lines that speak of automated decisions: those that name them and say they are made, or, where the policy
 * never uses the term to deny them, paragraphs that describe one in other words.
 */
function decisionLines(document: PolicyDocument): LineText[] {
  // (a revision history's "자동화된 결정 항목 신설" tells how the policy changed, not that decisions are made)
  const mentions = findMentions(document, MENTION, DENIAL).filter(({ line }) => !isRevisionHistoryLine(document, line));
  // a heading that names the decisions ("인적성검사와 자동화된 결정") says nothing of its own: the text under it may say
  // that none is made ("사람의 검토 없이 자동화된 시스템만으로 결정하지 않습니다", "합격 여부는 면접위원이 결정합니다")
  const titles = titleLines(document);
  if (mentions.length > 0 && mentions.every(({ line }) => titles.has(line)) && mentions.every(({ line }) => saysNoneUnder(document, line)))
    return [];
  if (mentions.length > 0) {
    // (a line that names the decisions to deny them in its own clause says none is made)
    const made = mentions.filter(({ line }) => !deniesDecision(lineAcrossWraps(document, line)));
    if (made.every(({ line }) => titles.has(line)) && made.every(({ line }) => saysNoneUnder(document, line))) return [];
    return made;
  }
  // a line that uses the term to deny it ("자동화된 결정은 하지 않습니다") settles it; one whose words only span two
  // clauses ("사람의 검토 없이 판정하며, … 정지됩니다") is read as a description below
  if (bodyLinesMatching(document, MENTION).some(({ line }) => lineDenies(lineAcrossWraps(document, line), DENIAL))) return [];
  // (reported once a paragraph, at its first line that tells it: a page's paragraph of <br> lines holds other items)
  const told = new Map<number, LineText>();
  const tellingLines = [...new Set(TELLING_WORDS.flatMap((words) => bodyLinesMatching(document, words)).map(({ line }) => line))];
  for (const line of tellingLines.sort((a, b) => a - b)) {
    const paragraph = paragraphHolding(document, line);
    if (!told.has(paragraph.line) && describesAutomatedDecision(paragraph.text)) told.set(paragraph.line, { line, text: paragraph.text });
  }
  return [...told.values()].sort((a, b) => a.line - b.line);
}

// a section titled as the decisions' own: "자동화된 결정", "자동화된 결정에 대한 정보주체의 권리"
const DECISIONS_TITLE = /자동화된\s{0,2}결정|자동\s{0,2}결정/;

/**
 * Where a way to refuse or to ask must be: the section titled as the decisions' own when one holds the line (the
 * sections beside it under one chapter tell how to refuse cookies or ads, which refuses no decision), else the
 * passage around it.
 */
function passageOfDecision(document: PolicyDocument, line: number): LineText[] {
  const own = sectionsAt(document, line)
    .reverse()
    .find((section) => section.heading.isTitle && DECISIONS_TITLE.test(section.heading.title));
  return own ? linesBetween(document, own.startLine, own.endLine) : passageAround(document, line);
}

export const automatedDecision: Rule = {
  meta: {
    id: "automated-decision",
    severity: "warning",
    statute: "개인정보 보호법 제37조의2, 시행령 제44조의2~제44조의4",
    title: { ko: "자동화된 결정에 대한 거부·설명 요구", en: "Automated decisions: refusal and explanation" },
    description: {
      ko: "완전히 자동화된 시스템(AI 포함)으로 권리·의무에 중대한 영향을 미치는 결정을 하면, 정보주체는 거부하거나 설명을 요구할 수 있고(법 제37조의2; 2024-03-15 시행), 작성지침은 그 방법을 처리방침에 적도록 합니다. 자동화된 결정을 한다고 하면서 거부 방법(계약 이행을 위한 결정이라 거부할 수 없을 때의 이의 제기 포함)이나 설명 요구 방법이 없으면 경고합니다. 그 말을 쓰지 않고 시스템이 사람의 검토 없이(또는 '자동으로') 판정하여 자격 정지·이용 제한 같은 효과가 생긴다고 적거나, 탐지한 것이나 점수 같은 잣대에 따라 시스템이 자동으로 정지·제한한다고 적은 경우도 같습니다(효과에 앞서 사람이 검토하는 판정이나 추천, 비밀번호 오류 횟수처럼 판정 없이 자동으로 걸리는 제한은 해당하지 않습니다). 거부·설명 요구 방법은 자동화된 결정을 다루는 절에서 찾습니다(같은 장의 쿠키·광고 거부 방법은 해당하지 않습니다). 자동화된 결정을 하지 않는다고 밝히면 충족합니다.",
      en: "Where decisions with significant effects are made by fully automated systems (AI included), data subjects may refuse them or ask for an explanation (PIPA Art. 37-2, in force 2024-03-15), and the drafting guideline asks the policy to say how. Making such decisions with no way to refuse (or to object, where a decision made to perform the contract cannot be refused) or ask for an explanation is a warning, also where the policy never uses the term but says a system judges the person with no human review (or 'automatically') and with an effect such as suspension, or that a system automatically suspends or restricts on what it detects or on a measure such as a score (a judgement a person reviews before its effect, a recommendation, or a restriction that follows by itself with no judgement, such as a lock-out after wrong passwords, is not one); the ways to refuse and ask are looked for in the section on the decisions (a cookie or ad opt-out beside it in the same chapter is not one); stating that none are made satisfies the rule.",
    },
    example: {
      ko: "회사는 대출 심사를 자동화된 결정으로 합니다. 정보주체는 고객센터를 통해 결정을 거부하거나 설명을 요구할 수 있습니다.",
      en: "Loan screening is an automated decision; data subjects may refuse it or ask for an explanation through customer support.",
    },
    messages: {
      // (a decision made to perform a contract cannot be refused, only objected to: the message names both)
      noRefusal: {
        ko: "자동화된 결정을 거부하는 방법(계약 이행을 위한 결정이면 이의를 제기하는 방법)이 없습니다",
        en: "nothing says how to refuse an automated decision (or, for one made to perform a contract, how to object to it)",
      },
      noExplanation: {
        ko: "자동화된 결정에 대한 설명을 요구하는 방법이 없습니다",
        en: "nothing says how to ask for an explanation of an automated decision",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const mentions = decisionLines(document);
    if (mentions.length === 0) return notApplicable();
    found(mentions[0].line);
    const text = mentions
      .flatMap((mention) => passageOfDecision(document, mention.line))
      .map((entry) => entry.text)
      .join("\n");
    const range = lineRange(document, mentions[0].line);
    if (!REFUSE.test(text)) report({ messageId: "noRefusal", range });
    if (!EXPLAIN.test(text)) report({ messageId: "noExplanation", range });
  },
};
