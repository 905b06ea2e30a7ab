// 제3자 제공: when data is given to others, who receives it, for what, which items, for how long.
import type { Report, Rule } from "../src/runtime/rule.js";
import type { NumberingStyle, PolicyDocument, Section, Table, TableRow } from "../src/parse/model.js";
import { parseMarker } from "../src/parse/headings.js";
import { indentOf } from "../src/parse/lines.js";
import {
  anchorBody,
  bodyLinesMatching,
  fieldsByLine,
  firstBodyLineMatching,
  lineRange,
  linesBetween,
  sectionEndAt,
  sectionLines,
  titleTopics,
  titleLines,
  type LineText,
} from "../src/runtime/query.js";
import { assessTopic, blanksIn } from "../src/runtime/required.js";
import { missingData } from "../src/runtime/mentions.js";
import { narrowedToSomeCases } from "../src/runtime/not-applicable.js";
import { HANGUL, fieldOf, isPlaceholder, labelledValue, matchesOf, sentencesOf } from "../src/runtime/extract.js";
import { runInPairs, runInSentences, type LabelledPair } from "../src/runtime/run-in.js";
import { endsInKind, isBareHead, isBusinessKind } from "../src/runtime/business-kinds.js";
import {
  hardWrapsJoined,
  joinedFrom,
  sentencesAcrossWraps,
  wrappedFieldValues,
  type JoinedLine,
  type WrappedSentence,
} from "../src/runtime/wraps.js";
import { titledEntries } from "../src/runtime/titled-entries.js";
import { sectionsReferredTo } from "../src/runtime/cross-references.js";
import terms from "./data/third-party.json" with { type: "json" };
import processorTerms from "./data/processor-terms.json" with { type: "json" };

const PROVISION = new RegExp(terms.provisionStatement);
const LAWFUL_EXCEPTION = new RegExp(terms.lawfulException);
const EXCEPTION_ANNOUNCEMENT = new RegExp(terms.exceptionAnnouncement);
const EXCEPTION_ANNOUNCEMENTS = new RegExp(terms.exceptionAnnouncement, "g");
// the data's patterns that read the recipient's labels write them as "{recipientColumn}"
const withRecipientColumn = (pattern: string) => pattern.replace("{recipientColumn}", terms.recipientColumn);
const EXCEPTION_ITEM = new RegExp(withRecipientColumn(terms.exceptionItem));
const EXCEPTION_FORWARD = new RegExp(terms.exceptionForward);
const EXCEPTION_BACKWARD = new RegExp(terms.exceptionBackward);
const VAGUE_EXCEPTION = new RegExp(terms.vagueException, "g");
// what frames the cases an exception names: "다만," before them, "경우에는" after them
const CONDITION_OPENING = /^\s*(?:다만|단|그러나)?[\s,，]*/;
const CONDITION_CLOSING = /\s{0,3}(?:의\s{0,2})?(?:경우|때)?\s{0,3}(?:에는|에만|에도|에|는|엔|만|로)?\s{0,3}$/;
const MIN_CONDITION_LETTERS = 4;
// where a sentence ends: a full stop, or "니다" before a space where the stop is missing
const SENTENCE_BOUNDARY = /(?:[.。!?]|니다)(?=\s|$)/g;
const MAX_WRAPPED_LINES = 4;
// the statute's exceptions say in which cases ("…에 해당하는 경우에만", "…경우를 제외하고는"); a provision a law
// requires ("「…법」에 따라 관할 교육지원청에 제공합니다") names none
const STATUTE_CASES = /경우|때(?:에|에만|를|가)/;
// the gap after a sentence: a full stop or "니다", then white space
const SENTENCE_GAP = /(?<=[.。]|니다)\s+/;
const NAMED_RECIPIENT = new RegExp(terms.namedRecipient);
const RECIPIENT_CATEGORIES = new RegExp(terms.recipientCategory, "g");
const RECIPIENT_CATEGORY_WHOLE = new RegExp(`^(?:${terms.recipientCategory})$`);
// "이용자가 재직 중인 회사", "회원의 소속 기관", "회원이 가입한 보험사": the person's own employer, school or insurer,
// one party for each person and no kind of business (a relation chosen by the controller, "회사가 지정한 업체", is not);
// so is the person assigned to the member's own order ("배차된 라이더")
const relation = terms.subjectRelation;
const SUBJECTS_OWN = new RegExp(
  `^(?:(?:${relation.subject})\\s{0,2})?(?:${relation.own})\\s{0,2}[가-힣]|^(?:${relation.subject})\\s{0,2}(?:${relation.chosen})\\s{0,2}[가-힣0-9]|^(?:${relation.assigned})$`,
);
// the same relation just before a kind in a sentence: "회원이 가입한 " before "보험사에 제공합니다", and past a
// number of order or count: "보호자가 선택한 2차 " before "동물병원"
const SUBJECTS_OWN_BEFORE = new RegExp(
  `(?:^|\\s)(?:(?:${relation.subject})\\s{0,2})?(?:${relation.own})\\s{0,2}$|(?:^|\\s)(?:${relation.subject})\\s{0,2}(?:${relation.chosen})\\s{0,2}$`,
);
const RELATION_REACH = 30;
// an aside between the relation and the kind ("환자가 가입한(사고 상대방의) 자동차보험회사") is read past
const ASIDE_BETWEEN = /[ \t]{0,2}[(（][^()（）]{1,30}[)）]/g;
const relatesToDataSubject = (value: string) => SUBJECTS_OWN.test(value.trim().replace(ASIDE_BETWEEN, " "));
// a number of order or count between the relation and the kind ("2차 ", "3곳의 ") is read past
const NUMBER_WORD_AT_END = /(?<![0-9])[0-9]{1,2}[가-힣]{0,2}[ \t]{1,2}$/;
const relationRightBefore = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - RELATION_REACH), at).replace(ASIDE_BETWEEN, " ");
  return SUBJECTS_OWN_BEFORE.test(before) || SUBJECTS_OWN_BEFORE.test(before.replace(NUMBER_WORD_AT_END, ""));
};
// the kind before this one in a coordination: "숙박업체와 " before "항공사", "병원·" before "약국"
const COORDINATED_BEFORE = /(?<![가-힣])[가-힣]{1,12}[ \t]{0,2}(?:와|과|및|[·ㆍ,，/])[ \t]{0,2}$/;
const MAX_COORDINATED = 3;
// the relation may govern a coordination of kinds: "이용자가 예약한 숙박업체와 항공사에" gives each its own
const relationBefore = (text: string, at: number) => {
  let start = at;
  for (let kinds = 0; kinds <= MAX_COORDINATED; kinds++) {
    if (relationRightBefore(text, start)) return true;
    const coordinated = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - RELATION_REACH), start));
    if (coordinated === null) return false;
    start -= coordinated[0].length;
  }
  return false;
};
// a recipient field answered "없음" ("제공받는 자: 없음"): it says no one receives the data, and names no recipient
const NONE_ANSWER = /^(?:없음|없습니다|해당\s{0,2}(?:사항)?\s{0,2}없(?:음|습니다))\s{0,2}[.。]?$/;
const answersNone = (value: string) => NONE_ANSWER.test(value.trim());
// a cell that is only a kind of business: "결제 대행 업체", "서비스 제공 업체", "보험사"
const isGenericRecipient = (value: string) =>
  !relatesToDataSubject(value) && (isBusinessKind(value) || RECIPIENT_CATEGORY_WHOLE.test(value));
const RECIPIENTS_ELSEWHERE = new RegExp(withRecipientColumn(terms.recipientsElsewhere));
const DETAILS_ELSEWHERE = new RegExp(terms.detailsElsewhere);
const DEFERRAL_REACH = 2;
const FUTURE_PROVISION = new RegExp(terms.futureProvision);
const PRESENT_DENIAL = new RegExp(terms.presentDenial);
// data given to the kind of recipient (entrusting work to it is processor-disclosure's)
const GIVEN_TO = /(제공|공유|전달|협업|제휴)(?![^.。]{0,10}위탁)/;
// the labels a recipient is given under, one definition for tables, fields and list headings: "제공받는 자",
// "제공받는 기관", "받는 곳", "제공 대상 기관", "기관명: 국민건강보험공단"
const RECIPIENT_COLUMN = new RegExp(terms.recipientColumn);
// "제공 대상: 최종 면접 대상자": the bare label may say whose data is provided, a detail of the entry
const BARE_TARGET_LABEL = /제공\s{0,2}대상\s{0,2}$/;
const SUBJECTS_PROVIDED = new RegExp(terms.subjectsProvided);

/** True when the field gives whose data is provided under a label that could give the recipient. */
function namesSubjectsProvided(field: { label: string; value: string }): boolean {
  return BARE_TARGET_LABEL.test(field.label) && SUBJECTS_PROVIDED.test(field.value.trim());
}

/** True when the field gives a recipient: its label is a recipient's and its value is not the data subjects. */
function givesRecipient(field: { label: string; value: string }): boolean {
  return RECIPIENT_COLUMN.test(field.label) && !namesSubjectsProvided(field);
}
// the columns a recipient's row must fill: "제공 목적", "제공 항목", "보유 기간" (and "제공받는 자의 이용목적")
const DETAIL_COLUMN = /목적|항목|기간/;
const CONSENT_AS_MEANS = new RegExp(terms.consentAsMeans);
const CONSENT_AS_MEANS_ALL = new RegExp(terms.consentAsMeans, "g");
// "동의한 경우에는 긴급 지원 연계를 위하여 관계 기관에 … 제공하며": a provision made on consent, with its purpose
const CONSENT_WITH_PURPOSE = new RegExp(terms.consentWithPurpose);
const CONSENT_WITH_PURPOSE_ALL = new RegExp(terms.consentWithPurpose, "g");
// a sentence that sets a condition ("제공할 때에는 미리 동의를 받습니다") promises consent; it gives nothing
const CONDITIONAL = /경우|때|(?:하|으|려)면|시에는/;
const PROVISION_DETAIL = new RegExp(terms.provisionDetail);
// "협력 기관(누리손해보험)에": what stands in brackets beside the kind, and the words in it that are kinds too
const ASIDE = /^\s*\(([^()]{1,40})\)/;
const KIND_WORDS = new RegExp(`${terms.recipientCategory}|판매자|파트너|입점사|제\\s*3\\s*자|등|및|[\\s,·ㆍ/]`, "g");
const MIN_NAME_LETTERS = 2;
const MAX_DETAIL_LINES = 8;
const kindOnly = terms.recipientKindOnly;
// "관계 행정기관", "협력 단체", "제휴 금융기관", "보험사": a recipient given only as a kind of organisation
const KIND_ONLY = new RegExp(
  [
    // after a qualifier any word for a business or body: "제휴 여행사", "관계 행정기관"
    `^(?:(?:${kindOnly.qualifier})\\s*)+(?:[가-힣]{1,6}\\s*)?(?:${kindOnly.organisation}|${kindOnly.fieldCompany})$`,
    `^(?:(?:${kindOnly.field})\\s*)?(?:${kindOnly.organisation})$`,
    `^(?:${kindOnly.field})\\s*(?:${kindOnly.fieldCompany})$`,
    "^제\\s*3\\s*자$",
  ].join("|"),
);
// "판매자", "주문 매장", "한빛커피 가맹점", "배송 기사": one of many of a kind, a brand or qualifier before it or not
const HEAD_KIND = new RegExp(`^(?:\\S{1,20}\\s+){0,3}(?:${kindOnly.oneOfMany}|${kindOnly.headKind})$`);
// "가맹점 목록", "매장 찾기", a link: the stores the member chooses among are named there
const KIND_LIST = new RegExp(kindOnly.kindList);
// "구매자", "거래 상대방": a member on the other side of a trade, a person; a table that lists one lists the trade's parties
const TRADE_PARTY = new RegExp(kindOnly.tradeParty);
const MAX_ASIDE_LENGTH = 40;
// the recipients of a field, cell or list: "관계 행정기관 및 협력 단체", "보험사, 카드사 등", "보험사 등 제휴사"
// (no \s* around the marks: split() tries the pattern at every position, and a run of spaces made that quadratic;
// each recipient is trimmed instead)
const RECIPIENT_SEPARATOR = /[,、·ㆍ/]|\s(?:및|또는|혹은|등)\s/;
const MAX_RECIPIENTS_TEXT = 60;
// a list item's glyph or number ("- ", "1. ", "가) ")
const ITEM_MARK = /^\s*(?:\d{1,2}[.)]|[가-하][.)]|[-•·▶■□○●◦▪※]|\(\d{1,2}\))\s*/;
const RECIPIENT_DETAILS = (["purpose", "items", "retention"] as const).map((part) => ({
  ...terms.recipientDetails[part],
  part,
  regex: new RegExp(terms.recipientDetails[part].pattern),
}));
const STATUTORY_BASIS = new RegExp(terms.recipientDetails.statutoryBasis);
// "근거: 산업안전보건법 제134조": a provision a statute's article sets gives the recipient as the statute defines it
// (the examinee's employer, the patient's insurer), whom no policy can name in advance (law.md §1.4.6)
const STATUTE_ARTICLE = /(?:법|법률|령|규칙)[」』]?\s{0,2}제\s?\d{1,3}\s?조/;
// the lines an entry's details may run over under its title
const MAX_ENTRY_DETAIL_LINES = 6;
// a kind that points at no one in particular ("관계 행정기관", "협력 기관") stays vague whatever article is cited
const VAGUE_QUALIFIER = new RegExp(`^(?:${kindOnly.qualifier})`);

/** True when the recipient is a kind a cited article of a statute defines: one with no vague qualifier. */
function statuteDefines(recipient: string, citing: boolean): boolean {
  return citing && !VAGUE_QUALIFIER.test(recipient.trim());
}

/** True when the lines under the entry's title, to a blank line or the next entry, cite a statute's article. */
function entryCitesStatute(document: PolicyDocument, line: number, nextEntry: number): boolean {
  for (let at = line + 1; at < Math.min(nextEntry, line + 1 + MAX_ENTRY_DETAIL_LINES); at++) {
    const text = document.plain[at - 1] ?? "";
    if (text.trim() === "") return false;
    if (STATUTE_ARTICLE.test(text)) return true;
  }
  return false;
}
// a provision that announces its recipients: "다음과 같이 제3자에게 제공합니다", "아래의 제3자에게 제공합니다"
const LIST_ANNOUNCEMENT = new RegExp(processorTerms.announcement);
// a company's mark: a recipient named without a colon after it ("- ㈜한빛보험 (보험 가입 상담)")
const COMPANY_MARK = /㈜|주식회사|\(주\)/;
const RECIPIENT_HEADING = new RegExp(
  `^[ \\t]{0,8}(?:(?:\\d{1,2}[.)]|[가-하][.)]|[-•·▶■□○●◦▪]|\\(\\d{1,2}\\))[ \\t]{0,3})?(?:${terms.recipientColumn})[ \\t]{0,8}$`,
);

// "아래와 같이 개인정보를 제공": an announcement of the provisions themselves, not of exceptions or cases
const PROVISION_ANNOUNCED = /같[^.。]{0,20}제공$/;
// what names who receives the data in the place a section points to: a recipient's label ("제공받는 자", "이전받는
// 자"), or a company's name in a section about provision or transfer abroad (a name elsewhere, a processor in the
// purposes, answers nothing)
const RECIPIENT_LABEL = new RegExp(`${terms.recipientColumn}|이전\\s{0,2}받는\\s{0,2}(?:자|기관|곳|업체|회사|단체)`);
const PROVIDING_TOPICS = new Set(["third-party", "overseas"]);

const sentencesByLine = new WeakMap<PolicyDocument, Map<number, WrappedSentence[]>>();

/**
 * The sentences a line holds a part of, read across hard wraps (sentencesAcrossWraps), once per line: the checks
 * below ask for most lines of the section two or three times, and each reading walks the wraps around the line.
 */
function sentencesOn(document: PolicyDocument, line: number): readonly WrappedSentence[] {
  let byLine = sentencesByLine.get(document);
  if (!byLine) sentencesByLine.set(document, (byLine = new Map()));
  let sentences = byLine.get(line);
  if (!sentences) byLine.set(line, (sentences = sentencesAcrossWraps(document, line)));
  return sentences;
}

/**
 * True when the sentence sends the reader to another article or section of the policy ("제6조에서 안내합니다",
 * "「개인정보의 국외 이전」 참조") that exists and names recipients.
 */
function pointsToRecipients(document: PolicyDocument, sentence: string, own: Section | null): boolean {
  return sectionsReferredTo(document, sentence).some(({ sections }) =>
    sections.some((section) => {
      if (section === own) return false;
      const lines = sectionLines(document, section);
      if (lines.some(({ text }) => RECIPIENT_LABEL.test(text))) return true;
      return (
        titleTopics(section.heading.title).some((topic) => PROVIDING_TOPICS.has(topic)) &&
        lines.some(({ text }) => NAMED_RECIPIENT.test(text))
      );
    }),
  );
}

/**
 * The words of the sentence that runs up to `index` on body line `at`: from its last sentence end, or from the
 * lines above it when the sentence was hard-wrapped ("… 않습니다. 다만\n   법률에 … 경우에는\n   예외로 합니다.").
 */
function sentenceUpTo(body: readonly LineText[], at: number, index: number): string {
  let text = body[at].text.slice(0, index);
  for (let above = at - 1; above >= 0 && at - above <= MAX_WRAPPED_LINES; above--) {
    if (lastSentenceEnd(text) >= 0) break;
    const line = body[above];
    if (line.line !== body[above + 1].line - 1 || line.text.trim() === "") break;
    text = `${line.text.trim()} ${text.trim()}`;
  }
  return text.slice(lastSentenceEnd(text) + 1);
}

function lastSentenceEnd(text: string): number {
  let end = -1;
  for (const match of matchesOf(SENTENCE_BOUNDARY, text)) end = match.index + match[0].length - 1;
  return end;
}

/**
 * True when the sentence that makes an exception ("다만 법률에 … 요청하는 경우에는 예외로 합니다") names the cases
 * itself, or points to cases listed above it ("위의 경우에는"); false when it points to a list below ("다음의
 * 경우는") or names no case ("다만, 일부 경우는 예외로 합니다").
 */
function exceptionStatedInline(sentence: string, announcement: string): boolean {
  if (EXCEPTION_FORWARD.test(sentence + announcement)) return false;
  const condition = sentence.replace(CONDITION_OPENING, "").replace(CONDITION_CLOSING, "");
  if (EXCEPTION_BACKWARD.test(condition)) return true;
  // "일부 경우", "불가피한 경우" name no case: what is left without those words must
  return (condition.replace(VAGUE_EXCEPTION, "").match(/[가-힣A-Za-z]/g)?.length ?? 0) >= MIN_CONDITION_LETTERS;
}

// a negation inside a modifier or a condition ("배송망이 닿지 않는 지역", "동의하지 않은 경우", "근거가 없으면")
// is about something else: only a negated predicate of the sentence ("제공하지 않습니다") denies the provision
const NEGATION_IN_MODIFIER =
  /[가-힣]{1,8}지\s{0,3}(?:않|아니하|못하)(?:는|은|을|던|으면|다면)(?=[\s,])(?!\s{1,3}것)|[가-힣]{1,8}\s{1,3}없(?:는|은|을|던|으면|다면)(?=[\s,])(?!\s{1,3}것)/g;

// every such negation holds one of these: a sentence without them (most) is spared the pattern, which tries its
// opening words at every syllable
const NEGATION_WORD = /않|아니하|못하|없/;

/** The sentence without the negations that modify a noun or set a condition: what is left says what is done. */
const withoutModifyingNegations = (text: string) => (NEGATION_WORD.test(text) ? text.replace(NEGATION_IN_MODIFIER, " ") : text);

/** True when the sentence reads as the statute's exception, a negation of the provision or a ground for it. */
const excusedLoosely = (text: string) => LAWFUL_EXCEPTION.test(withoutModifyingNegations(text));

/**
 * The statute's exceptions ("동의한 경우", "법령에 따라", "동의 없이는 … 않습니다"); consent as the way data is
 * given ("동의를 받아 다음과 같이 협력 기관에 제공합니다") makes a provision, which must name its recipient.
 */
function isLawfulException(sentence: string): boolean {
  const text = withoutModifyingNegations(sentence);
  if (!LAWFUL_EXCEPTION.test(text)) return false;
  if (CONSENT_WITH_PURPOSE.test(text)) return LAWFUL_EXCEPTION.test(text.replace(CONSENT_WITH_PURPOSE_ALL, ""));
  if (!CONSENT_AS_MEANS.test(text)) return true;
  // a condition that is itself a ground ("법령에 따라 요청하는 경우 … 동의를 받아") makes the exception; one that is not
  // ("고객이 요청한 경우, 회사는 고객의 동의를 받아 제휴 할부금융사에 … 제공합니다") leaves consent the means of a provision
  const condition = CONDITIONAL.exec(text);
  if (condition && LAWFUL_EXCEPTION.test(text.slice(0, condition.index).replace(CONSENT_AS_MEANS_ALL, ""))) return true;
  return LAWFUL_EXCEPTION.test(text.replace(CONSENT_AS_MEANS_ALL, ""));
}

/**
 * "제3자에게 제공하지 않습니다. 앞으로 제공이 필요해지면 받는 자·목적·항목·기간을 알리고 별도로 동의를 받겠습니다":
 * the details are promised for a provision that may come, and none is made now (a denial on the lines just above
 * or earlier in the sentence, not limited to some cases), so nothing is put off to a consent screen.
 */
function promisedForLater(document: PolicyDocument, line: number, above: readonly { text: string }[]): boolean {
  const sentences = sentencesOn(document, line).map(({ text }) => text);
  const at = sentences.findIndex((text) => DETAILS_ELSEWHERE.test(text));
  const sentence = sentences[at] ?? document.plain[line - 1];
  const future = FUTURE_PROVISION.exec(sentence);
  if (future === null) return false;
  const said = [...above.map(({ text }) => text), ...sentences.slice(0, Math.max(0, at)), sentence.slice(0, future.index)].join(" ");
  return sentencesOf(said).some((earlier) => PRESENT_DENIAL.test(earlier) && !narrowedToSomeCases(earlier));
}

/** "협력 기관(누리손해보험)에" names the recipient beside its kind; "제3자(판매자)에게", "(보험사 등)" do not. */
function namedInAside(afterKind: string): boolean {
  const aside = ASIDE.exec(afterKind);
  if (!aside) return false;
  if (NAMED_RECIPIENT.test(aside[1])) return true;
  // a condition on whom or when ("단말기 보험에 가입한 고객에 한함") names no one
  if (CONDITION_TEXT.test(aside[1])) return false;
  return (aside[1].replace(KIND_WORDS, "").match(/[가-힣A-Za-z]/g)?.length ?? 0) >= MIN_NAME_LETTERS;
}

/** True when a cell opens with a company's name before a colon: "(주)하늘항공: 마일리지 전환". */
function namesMemberFirst(cell: string): boolean {
  const colon = cell.search(/[:：]/);
  return colon > 0 && colon <= MAX_NAME_LENGTH && NAMED_RECIPIENT.test(cell.slice(0, colon));
}
const MAX_NAME_LENGTH = 40;

// an aside that may run over the lines a field wraps onto, closed there or not
const LONG_ASIDE = /^\s*[(（]([^()（）]{1,200})(?:[)）]|$)/;

/**
 * The recipient field's line with the lines it wraps onto, when its value, a kind ("제공받는 자: … 보험회사"), goes
 * on with its members named in brackets ("(한빛생명, 누리화재해상보험, …)"); null otherwise.
 */
function namedInAsideBelow(document: PolicyDocument, line: number, value: string): JoinedLine | null {
  const joined = joinedFrom(document, line);
  if (joined.parts.length < 2) return null;
  const at = joined.text.indexOf(value.trim());
  const aside = at < 0 ? null : LONG_ASIDE.exec(joined.text.slice(at + value.trim().length));
  if (!aside) return null;
  // names, two at least, each a word or two and no kind ("한빛생명보험, 누리화재해상보험"); not a clause
  const names = aside[1].split(/[,，、]/).filter((part) => ASIDE_NAME.test(part.trim()) && !onlyKinds(part.trim(), false));
  return names.length >= MIN_NAMES_IN_ASIDE ? joined : null;
}
const ASIDE_NAME = /^[가-힣A-Za-z0-9㈜&.]{2,20}(?:\s[가-힣A-Za-z0-9㈜&.]{1,20})?$/;
const MIN_NAMES_IN_ASIDE = 2;

/**
 * True when the lines under a provision statement list its details ("제공 항목: …", "보유 기간: …") and nothing
 * that could name the recipient: no 제공받는 자, no other item ("- 누리손해보험: 보험 가입"), no company mark in the
 * title above it. The lines run to a blank line, a title, or a line less indented than the statement.
 */
function detailsWithoutRecipient(document: PolicyDocument, line: number, headKinds: boolean, blankBefore = false): boolean {
  const titles = titleLines(document);
  const fields = fieldsByLine(document);
  const title = document.plain[line - 2] ?? "";
  if (!fields.has(line - 1) && NAMED_RECIPIENT.test(title)) return false;
  const indent = indentOf(document.plain[line - 1]);
  // a recipient's own field: the next recipient's field starts the next entry, whatever that one names
  const ownField = fields.get(line);
  const ownEntry = ownField !== undefined && givesRecipient(ownField);
  let details = 0;
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_DETAIL_LINES); next++) {
    const text = document.plain[next - 1];
    // a Markdown or HTML page sets the list apart from its lead-in by a blank line
    if (blankBefore && details === 0 && text.trim() === "" && next === line + 1) continue;
    if (text.trim() === "" || titles.has(next) || indentOf(text) < indent) break;
    const field = fields.get(next);
    if (field && (PROVISION_DETAIL.test(field.label) || namesSubjectsProvided(field))) details++;
    // a sentence after the details ends them ("그 밖에 법령에 … 제공할 수 있습니다"); before any, it may name the recipient
    else if (!field && details > 0) break;
    else if (ownEntry && field && givesRecipient(field)) break;
    // "제공받는 자: 보험사" gives the recipient as a kind, which names no one either
    else if (
      !field ||
      !RECIPIENT_COLUMN.test(field.label) ||
      !(isPlaceholder(field.value) || isGenericRecipient(field.value) || onlyKinds(field.value, headKinds))
    )
      return false;
  }
  return details > 0;
}

/**
 * True when a line of the block under `line` (up to a blank line) has been reported. A blank line right under the
 * lead-in does not end it: a Markdown or HTML page sets the list apart from its lead-in so.
 */
function reportedBelow(document: PolicyDocument, line: number, reported: ReadonlySet<number>): boolean {
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_DETAIL_LINES); next++) {
    if (document.plain[next - 1].trim() === "") {
      if (next === line + 1) continue;
      return false;
    }
    if (reported.has(next)) return true;
  }
  return false;
}

const NO_RECIPIENT = /^(?:없음|해당\s{0,2}(?:사항\s{0,2})?없음|없습니다|N\/A|-|－|—)$/;
const OPTIONAL_COLUMN = /선택/;

/**
 * The details a recipient's row leaves empty, by column name. Only where the cells line up with the header: an
 * HTML row that a rowspan above fills, or under a header that spans two rows, has fewer or more cells than the
 * header and is not read; a Markdown row that stops short shows its last cells empty, as GFM renders it. In tab
 * separated text only a dash is read (an empty cell there may be alignment); a row whose recipient cell is empty
 * (it continues the row above) or whose other cells all are (a group label) is not read.
 */
function emptyDetails(document: PolicyDocument, table: Table, row: TableRow, recipient: number): string[] {
  const header = table.header.cells;
  // (read on the text as the parser left it: a LaTeX row's "&" is a bar there. In a tab-separated row two tabs may
  // only align the next cell; a tab that ends the row, nothing after it, leaves its last cell empty)
  const text = document.plain[row.line - 1];
  const delimitedByPipes = table.form === "delimited" && text.includes("|");
  const lastLeftEmpty = table.form === "delimited" && !delimitedByPipes && /\t[ ]*$/.test(text);
  if (table.form === "markdown" ? row.cells.length > header.length : row.cells.length !== header.length) return [];
  const textAt = (column: number, of = row) => of.cells[column]?.text.trim() ?? "";
  const columns = header.flatMap((cell, column) => (column !== recipient && DETAIL_COLUMN.test(cell.text) ? [column] : []));
  // a cell that holds a dash or a template's blank ("-", "○○") is left empty whatever draws the table; not in a row
  // that says there is no recipient ("없음 | - | -"), nor in a column of optional items, where it says there are none
  const noRecipient = NO_RECIPIENT.test(textAt(recipient));
  const dashed = columns.filter(
    (column) => !noRecipient && !OPTIONAL_COLUMN.test(header[column].text) && textAt(column) !== "" && isPlaceholder(textAt(column)),
  );
  if (table.form !== "html" && table.form !== "markdown" && !delimitedByPipes && !lastLeftEmpty)
    return dashed.map((column) => header[column].text);
  // a row that writes only its recipient continues the one above, unless it stands under recipients whose details
  // are written: a blank there is an empty cell, as processor-disclosure reads one (a Markdown table cannot merge
  // cells; "same as above" must be written, "〃" or the text; an HTML rowspan is read as the merge it is)
  const above = table.rows.slice(0, table.rows.indexOf(row));
  const underFilledRow = above.some((earlier) => columns.some((column) => textAt(column, earlier) !== ""));
  if (header.every((_, column) => column === recipient || textAt(column) === "") && !underFilledRow) return [];
  const empty = columns.filter(
    (column) => (textAt(column) === "" && (!lastLeftEmpty || column === header.length - 1)) || dashed.includes(column),
  );
  return empty.map((column) => header[column].text);
}

/** "보험사 등" → "보험사" (string ends, not /\s*등$/, which retries from every space of a long run). */
function withoutClosingDeung(recipient: string): string {
  const trimmed = recipient.trim();
  return trimmed.endsWith("등") ? trimmed.slice(0, -1).trim() : trimmed;
}

/** "주문 매장(한빛커피 가맹점)" → the word and what its closing bracket holds; null for any other use of brackets. */
function kindAndAside(value: string): [string, string] | null {
  const open = value.search(/[(（]/);
  if (open <= 0 || !/[)）]$/.test(value)) return null;
  const aside = value.slice(open + 1, -1);
  if (aside.trim() === "" || aside.length > MAX_ASIDE_LENGTH || /[()（）]/.test(aside)) return null;
  return [value.slice(0, open).trim(), aside];
}

/**
 * True when every recipient the text gives is only a kind ("관계 행정기관 및 협력 단체", "관계 행정기관 등"): none
 * is named, and no bracket beside one may name it (a bracket that gives another kind does not). With
 * `headKinds`, one of many of a kind ("판매자", "주문 매장", "한빛커피 가맹점") is a kind too.
 */
// a numbered provision of its own, its purpose and what it gives before the kind ("① 배달을 위하여 성명, 위치를
// 제휴 음식점 등에 제공합니다"): no lead-in to the recipient table another item gives
const OWN_PROVISION_ITEM = /^\s{0,8}(?:[①-⑳]|\(?\d{1,2}[.)]|[가-하][.)])\s{0,2}[^.。]{0,60}(?:위하여|위해)[^.。]{0,80}[을를]\s/;

const BRACKET_ALONE = /^[(（]([^()（）]{1,40})[)）]$/;
// a bracket that limits the provision to some cases or people: "…에 가입한 고객에 한함", "…를 신청한 경우", "… 시"
const LIMITING_CONDITION = String.raw`(?:에\s{0,2}한함|에\s{0,2}한정|에\s{0,2}한하여|에\s{0,2}한해|경우(?:에\s{0,2}(?:한함|만))?|(?<=[가-힣])\s시|때)`;
const CONDITION_ASIDE = new RegExp(String.raw`\s{0,2}[(（][^()（）]{1,40}${LIMITING_CONDITION}[)）]$`);
// (the condition itself, as an aside's text)
const CONDITION_TEXT = new RegExp(String.raw`${LIMITING_CONDITION}\s{0,2}$`);
// a kind's English gloss, every word a generic one ("Customs Broker", "International Courier", "Partner Hotels"); a
// word of a name ("DHL", "Global Express") makes it a name
const ENGLISH_KIND_GLOSS =
  /^(?:(?:local|international|overseas|global|domestic|customs|delivery|shipping|logistics|payment|travel|insurance|partner|partners|affiliated|affiliates?|third|party|parties|service|services|provider|providers|company|companies|vendor|vendors|broker|brokers|courier|couriers|carrier|carriers|agency|agencies|agent|agents|forwarder|forwarders|merchant|merchants|seller|sellers|stores?|hotels?|airlines?|hospitals?|banks?|institutions?|organi[sz]ations?|business|businesses|and|or)(?:[ \t]*[&/,][ \t]*|[ \t]+|$))+$/i;

// "회사와 제휴한 스튜디오", "당사와 계약을 맺은 병원": the controller's tie to them, said as a clause, points at no
// one in particular, as the qualifier "제휴" does
const RELATION_CLAUSE = new RegExp(`^(?:${kindOnly.relationClause})\\s+`);
const asQualified = (recipient: string) => recipient.replace(RELATION_CLAUSE, "제휴 ");

/**
 * `bareHeads`: a head alone ("병원", "스튜디오") is a kind too, as it is in a bracket giving a kind's kinds ("제휴
 * 업체(스튜디오, 드레스샵)"); elsewhere a head alone may be how the policy names the controller ("회사").
 */
// a word that ends a clause modifying the noun after it: "여는", "맡은", "선정된", "함께할"; not a noun that ends so
// ("관할 수사기관", "권한")
const MODIFYING_WORD = /[가-힣](?:는|은|한|된|던|할)$/;
const NOUN_ENDING_SO = /^(?:관할|역할|권한|기한|제한|무한|소관)$/;

/**
 * What follows a clause that says which ones, not who ("행사를 함께 여는 협력 출판사" → "협력 출판사"), or null where
 * the recipient has no such clause before its last word.
 */
function kindAfterClause(recipient: string): string | null {
  const words = recipient.trim().split(/\s+/);
  for (let at = words.length - 2; at >= 0; at--)
    if (MODIFYING_WORD.test(words[at]) && !NOUN_ENDING_SO.test(words[at])) return words.slice(at + 1).join(" ");
  return null;
}

function onlyKinds(text: string, headKinds = true, bareHeads = false): boolean {
  const value = text
    .trim()
    .replace(/[.。]$/, "")
    .trimEnd();
  if (value === "" || value.length > MAX_RECIPIENTS_TEXT) return false;
  // a bracket at the end that limits the provision to some people or cases names no one: "제휴 보험사(단말기 보험에
  // 가입한 고객에 한함)" is read as "제휴 보험사"
  const condition = CONDITION_ASIDE.exec(value);
  if (condition !== null) return onlyKinds(value.slice(0, condition.index), headKinds, bareHeads);
  // "문자/알림 발송 업체": one kind, though a mark in it would split recipients
  if (isGenericRecipient(value)) return true;
  // "(배송 대행업체)": a bracket that is all the text gives is read for what it holds
  const alone = BRACKET_ALONE.exec(value);
  if (alone !== null) return onlyKinds(alone[1], headKinds);
  if (/[(（]/.test(value)) {
    const aside = kindAndAside(value);
    // "통관 대행 업체 (Customs Broker)": the kind said again in English names no one either
    if (aside !== null && ENGLISH_KIND_GLOSS.test(aside[1].trim())) return onlyKinds(aside[0], headKinds);
    return aside !== null && onlyKinds(aside[0], headKinds) && onlyKinds(aside[1], headKinds, true);
  }
  const closedWithDeung = /\s등(?:\s|$)/.test(value);
  const recipients = value
    .split(RECIPIENT_SEPARATOR)
    .map(withoutClosingDeung)
    .filter((recipient) => recipient !== "");
  const isKind = (recipient: string) => {
    if (relatesToDataSubject(recipient)) return false;
    const qualified = asQualified(recipient);
    // ("… 협력병원 등 공동 연구기관": a list closed with 등 is read for the kind fused in it)
    const afterClause = closedWithDeung ? null : kindAfterClause(recipient);
    return (
      KIND_ONLY.test(qualified) ||
      isBusinessKind(qualified) ||
      (afterClause !== null && (KIND_ONLY.test(afterClause) || isBusinessKind(afterClause))) ||
      (headKinds && HEAD_KIND.test(recipient)) ||
      (bareHeads && isBareHead(recipient))
    );
  };
  return recipients.length > 0 && recipients.every(isKind);
}

// "입점 판매자", "픽업 매장(○○ 가맹점)": the stores, sellers or drivers of which each trade picks one
const ONE_OF_MANY = new RegExp(`(?:${kindOnly.oneOfMany})(?:\\s*[(（][^()（）]*[)）])?\\s*(?:등)?$`);

/** Where the word that runs through `at` ends: "가맹점" read in "가맹점주에게" ends after "주" (its particle is cut later). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && /[가-힣]/.test(text[end])) end++;
  return end;
}

/** True when the line goes on with the value of a purpose, items or period field above it. */
function continuesADetail(document: PolicyDocument, line: number): boolean {
  const fieldLine = wrappedFieldValues(document).get(line);
  const field = fieldLine === undefined ? undefined : fieldsByLine(document).get(fieldLine);
  return field !== undefined && PROVISION_DETAIL.test(field.label);
}

/** Reports the finding, where there is one. */
function reportIfAny(report: (finding: Report) => void, finding: Report | null): void {
  if (finding) report(finding);
}

/**
 * The finding for a recipient given as a kind. One of many ("해당 거래의 판매자", "주문한 매장") is the one of the
 * member's own trade, whom the member can tell: what is missing is where they see which, a warning; a plain kind
 * ("보험사", "협력 업체") names no one, the rule's error.
 */
function kindFinding(document: PolicyDocument, line: number, value: string): Report | null {
  const range = lineRange(document, line);
  if (!ONE_OF_MANY.test(value.trim())) return { messageId: "recipientKind", range, data: { value } };
  // the line may say where the member sees which one ("가맹점주(주문 화면과 주문 내역에 매장명이 표시됩니다)"), or a
  // sentence right under its table or list that names the same kind ("소속 회사는 … [내 정보 > 소속 회사]에서 확인")
  if (WHERE_SHOWN.test(document.plain[line - 1] ?? "")) return null;
  const head = /[가-힣]{1,4}$/.exec(value.trim())?.[0];
  for (let next = line + 1; head !== undefined && next <= Math.min(document.plain.length, line + SHOWN_BELOW_REACH); next++) {
    const text = document.plain[next - 1] ?? "";
    if (WHERE_SHOWN.test(text) && text.includes(head)) return null;
  }
  return { messageId: "recipientOneOfMany", range, data: { value }, severity: "warning" };
}
// how far below a one-of-many recipient a sentence may say where it is shown
const SHOWN_BELOW_REACH = 6;
// the member's screen, list or record where the one of many is shown, or a menu's path in brackets ("[내 정보 > 소속
// 회사]에서 확인")
const WHERE_SHOWN =
  /(?:화면|내역|목록|메뉴|페이지|앱)[^.。]{0,20}(?:표시|확인|보이|보여|안내|나타)|\[[^\]\n]{1,40}\][^.。]{0,12}(?:확인|조회)/;

/**
 * The list of recipients under "제공받는 자" standing alone on its line, when every item is only a kind:
 * the items run to a blank line, a title or a field, and none may be a sentence.
 */
function listOfKindsUnder(document: PolicyDocument, line: number, headKinds: boolean): string | null {
  const titles = titleLines(document);
  const kinds: string[] = [];
  for (let next = line + 1; next <= Math.min(document.plain.length, line + MAX_DETAIL_LINES); next++) {
    const text = document.plain[next - 1];
    if (text.trim() === "" || titles.has(next)) break;
    if (!ITEM_MARK.test(text)) return null;
    const item = text.replace(ITEM_MARK, "");
    if (!onlyKinds(item, headKinds)) return null;
    kinds.push(item.trim());
  }
  return kinds.length > 0 ? kinds.join(", ") : null;
}

interface RecipientEntry {
  line: number;
  recipient: string;
  /** what the entry says besides the recipient's name: its fields, cells or the text around it */
  details: string;
  /** where its period may stand, when not in every detail (a table's cells under its items and purpose are not) */
  period?: string;
  /** the sentence itself lists what it gives ("…에 회원번호와 이름을 제공하며") */
  itemsGiven?: boolean;
  /** where a statutory basis may stand, when not in every detail (the statute's own exceptions around a table are not one) */
  basis?: string;
}

// "제공 항목: 실시간 위치(탑승 전까지)", "제공 목적: 통화 종료 시까지 유효한 안심번호 발급": a limit inside what is
// provided or why, not how long the recipient keeps it; a detail that speaks of keeping ("… 종료 시까지 보관") is one
const ITEM_OR_PURPOSE_FIELD = /^\s*(?:[-•·▶■□○●◦▪※]\s*)?(?:제공|이용|이전)?\s{0,2}(?:하는\s{0,2})?(?:항목|목적)\s{0,2}[:：]/;
const ITEM_OR_PURPOSE_COLUMN = /항목|목적/;
const SPEAKS_OF_KEEPING = /기간|보유|보관|보존|파기/;
// the fields run together on one line: "제공 항목: … / 보유 기간: …"
const FIELD_SEPARATOR = /\s[/|]\s|\t/;

/** The entry's text without its items and purpose, where a "…까지" says what is given, not for how long. */
function periodOf(details: string): string {
  return details
    .split("\n")
    .flatMap((line) => line.split(FIELD_SEPARATOR))
    .filter((part) => !ITEM_OR_PURPOSE_FIELD.test(part) || SPEAKS_OF_KEEPING.test(part))
    .join("\n");
}

/**
 * Each named recipient given as a field ("제공받는 자 : ㈜한빛") in a provision section, with the lines that
 * follow it up to a blank line, a title or the next recipient: its purpose, items and period are given there.
 */
// a page's line that only opens a list ("<ul>"): blank in the plain text, it nests the details under an item still open
const OPENS_LIST = /^\s*<(?:ul|ol|dl)\b[^>]{0,200}>\s*$/i;
const OPENS_ITEM = /<li\b/i;
const CLOSES_ITEM = /<\/li\s*>/i;

/**
 * True when `line` is a page's markup line that opens a list nested in the recipient's item ("<li>제공받는 자: …" left
 * open over "<ul>"): the details it holds are the recipient's, though the line is blank in the plain text.
 */
function opensNestedList(document: PolicyDocument, recipient: number, line: number): boolean {
  if (document.format !== "html" || !OPENS_LIST.test(document.lines[line - 1] ?? "")) return false;
  const item = document.lines[recipient - 1] ?? "";
  return OPENS_ITEM.test(item) && !CLOSES_ITEM.test(item);
}

// another field after a recipient's on the same line: " / 목적:", " | 제공 항목 :", "; 보유기간:"
const NEXT_FIELD_ON_LINE = /\s[/|;]\s{0,2}(?=[가-힣][가-힣 ]{0,11}\s{0,2}[:：])/;

function recipientFields(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const titles = titleLines(document);
  const fields = fieldsByLine(document);
  const isRecipient = (line: number) => {
    const field = fields.get(line);
    // "제공받는 자의 이용목적 :" is a detail of the recipient above, not another recipient
    return field !== undefined && givesRecipient(field) && !PROVISION_DETAIL.test(field.label) ? field : undefined;
  };
  const entries: RecipientEntry[] = [];
  body.forEach(({ line }, at) => {
    const field = isRecipient(line);
    if (!field) return;
    // an item a PDF copy wrapped flush left ("1. 제공받는 자: … 의뢰자(의뢰자의 명칭은" over "연구대상자 설명문 … /
    // 제공 목적: …"): its name is read across the wrap
    const [item, afterItem] = hardWrapsJoined(document, linesBetween(document, line, line + MAX_DETAIL_LINES));
    const itemEnd = afterItem ? afterItem.line - 1 : line + MAX_DETAIL_LINES;
    const joined = itemEnd > line ? fieldOf(item.text) : null;
    const wrapped = (other: number) => joined !== null && other > line && other <= itemEnd;
    const value = joined?.value ?? field.value;
    // the fields may run on along the line: "제공받는 자: 제휴 수출업체 / 목적: … / 항목: …"
    const [recipient, ...sameLine] = value.split(NEXT_FIELD_ON_LINE);
    if (isPlaceholder(recipient) || answersNone(recipient) || isGenericRecipient(recipient)) return;
    const details = [recipient, ...sameLine];
    // the fields under the recipient end where a sentence that is no field follows them ("감염병 환자 발생 시
    // 「감염병예방법」 제18조에 따라 보건소에 … 제공할 수 있습니다" is another provision, not this one's basis)
    let fieldsRead = false;
    let previous = item.text;
    const ownMarker = parseMarker(document.plain[line - 1] ?? "");
    for (const next of body.slice(at + 1, at + 1 + MAX_DETAIL_LINES)) {
      if (wrapped(next.line)) continue;
      if (next.text.trim() === "" && opensNestedList(document, line, next.line)) continue;
      if (next.text.trim() === "" || titles.has(next.line) || isRecipient(next.line)) break;
      const isField = fields.has(next.line);
      // a paragraph numbered in another style, no deeper than the recipient's line ("6.2.1 제공받는 자: …" then "6.3 수사기관이
      // … 요청하는 경우에는 …"), is the next paragraph, not one of its fields
      const marker = isField ? null : parseMarker(next.text);
      if (ownMarker && marker && marker.style !== ownMarker.style && indentOf(next.text) <= indentOf(document.plain[line - 1] ?? "")) break;
      // (a field's wrapped line, indented, a marked line, and the wrapped line of fields that run on along their lines
      // go on with them)
      if (
        fieldsRead &&
        !isField &&
        !/^\s/.test(next.text) &&
        parseMarker(next.text) === null &&
        !fieldsRunOn(previous) &&
        !wrappedFieldValues(document).has(next.line)
      )
        break;
      fieldsRead ||= isField;
      details.push(next.text);
      previous = next.text;
    }
    entries.push({ line, recipient: recipient.trim(), details: details.join("\n") });
  });
  return entries;
}

/**
 * True when a line of fields that run on along it ("… / 제공 항목: 연구대상자") or one that ends in a field's label
 * ("… / 보유 기간:") stops short of its end: a PDF copy wraps it flush left onto the next line.
 */
function fieldsRunOn(line: string): boolean {
  const text = line.trimEnd();
  return /[:：]$/.test(text) || (NEXT_FIELD_ON_LINE.test(text) && !/[.。]$|다$/.test(text));
}

// a recipient needs at least this many detail fields under it (one "목적:" line under an item may be a case's note)
const MIN_SUB_ITEM_DETAILS = 2;
// a list item that gives a recipient and then its details after a colon, parted by slashes or bars
const INLINE_ENTRY = /^\s{0,8}(?:[-•·▶■□○●◦▪※]|\d{1,2}[.)]|[가-하][.)])\s{0,2}([^:：\s][^:：]{1,29}?)[:：]\s{0,3}(\S.*)$/;
const DETAIL_BREAK = /\s[/|]\s/;
const isProvisionDetail = (label: string) => PROVISION_DETAIL.test(label);

/**
 * Each recipient written as a marked sub-item with its details as fields under it, and no "제공받는 자" label:
 * "가. 국민건강보험공단" over "- 제공 목적: …", "- 제공 항목: …" (see titledEntries).
 */
function recipientSubItems(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const entries = titledEntries(document, body, isProvisionDetail, MIN_SUB_ITEM_DETAILS).map(({ line, title, details }) => ({
    line,
    recipient: title,
    details: [title, ...details].join("\n"),
  }));
  // the lead-in above the first recipient may give a detail for all of them ("보험 가입을 위해 다음과 같이 제공합니다")
  const lead = body.filter(({ line }) => entries.length > 0 && line < entries[0].line).map(({ text }) => text);
  // (its statute's exceptions, "법률에 특별한 규정이 있는 경우 등 제17조 및 제18조에 해당하는 경우에만", are no basis of them)
  const leadBasis = withoutStatuteCases(lead);
  return entries.map((entry) => ({
    ...entry,
    details: [entry.details, ...lead].join("\n"),
    basis: [entry.details, ...leadBasis].join("\n"),
  }));
}

/** The sentences of the lines that are not the statute's exceptions ("…제17조 및 제18조에 해당하는 경우에만 제공합니다"). */
function withoutStatuteCases(lines: readonly string[]): string[] {
  return lines
    .join(" ")
    .split(SENTENCE_GAP)
    .filter((sentence) => !(isLawfulException(sentence) && STATUTE_CASES.test(sentence)));
}

/**
 * Each named recipient's row in a table with a recipient column that has no column for some detail: the text
 * of the section outside the table may give it for every row ("보유 기간은 제공 목적 달성 시까지입니다").
 */
/**
 * True when the table is one recipient's record written label | value: two columns, the recipient's label and name
 * on top, and under it rows whose labels name the provision's details ("제공 목적", "제공 항목", "보유 기간").
 */
function isRecordTable(table: Table): boolean {
  if (table.header.cells.length !== 2 || !RECIPIENT_COLUMN.test(table.header.cells[0].text) || table.rows.length === 0) return false;
  const labelled = table.rows.filter((row) => row.cells.length === 2 && PROVISION_DETAIL.test(row.cells[0].text)).length;
  return labelled * 2 >= table.rows.length;
}

function recipientRows(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const lines = new Set(body.map(({ line }) => line));
  const entries: RecipientEntry[] = [];
  for (const table of document.tables) {
    if (!lines.has(table.startLine)) continue;
    const column = table.header.cells.findIndex((cell) => RECIPIENT_COLUMN.test(cell.text));
    if (column < 0) continue;
    const outside = body.filter(({ line }) => line < table.startLine || line > table.endLine).map(({ text }) => text);
    // a label | value table, one recipient's record ("제공받는 자 | 국가평생교육진흥원" over "제공 목적 | …"): its rows are
    // the recipient's fields, not recipients
    if (isRecordTable(table)) {
      const recipient = table.header.cells[1].text.trim();
      const fields = table.rows.map((row) => row.cells.map((cell) => cell.text).join(" "));
      if (!isPlaceholder(recipient) && !isGenericRecipient(recipient))
        entries.push({
          line: table.header.line,
          recipient,
          details: [...fields, ...outside].join("\n"),
          basis: [...fields, ...outside].join("\n"),
        });
      continue;
    }
    // ("…법률의 특별한 규정 등 제17조 및 제18조에 해당하는 경우에만 제3자에게 제공합니다" over the table gives the
    // statute's exceptions, no basis of the rows)
    const outsideBasis = withoutStatuteCases(outside);
    const header = table.header.cells.map((cell) => cell.text).join(" ");
    for (const row of table.rows) {
      const recipient = row.cells[column]?.text.trim() ?? "";
      // a row that does not line up with the header (a header over two rows) is not read, and a recipient that
      // spans rows (rowspan) is read once, on the row that writes it
      if (row.cells.length !== table.header.cells.length || row.cells[column]?.spanned) continue;
      if (isPlaceholder(recipient) || isGenericRecipient(recipient)) continue;
      const cells = row.cells.filter((_, index) => index !== column).map((cell) => cell.text);
      // the cells under the items and purpose hold no period, unless they speak of keeping
      const periodCells = row.cells.filter(
        (cell, index) =>
          index !== column && (!ITEM_OR_PURPOSE_COLUMN.test(table.header.cells[index]?.text ?? "") || SPEAKS_OF_KEEPING.test(cell.text)),
      );
      entries.push({
        line: row.line,
        recipient,
        details: [header, ...cells, ...outside].join("\n"),
        period: [header, ...periodCells.map((cell) => cell.text), ...outside].join("\n"),
        basis: [header, ...cells, ...outsideBasis].join("\n"),
      });
    }
  }
  return entries;
}

// a line that opens a list: a list mark or number, a field ("제공받는 자 : …"), or a table's row
const LIST_LINE = /^\s*(?:[-*•·▶▷►■□◆◇○●◦▪※]|\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\)|[①-⑳])|[:：]/;

/** True when the line is an item of a list, a field or a table row: what an announcement's list is made of. */
function startsAList(document: PolicyDocument, { line, text }: LineText): boolean {
  return LIST_LINE.test(text) || document.tables.some((table) => table.startLine <= line && line <= table.endLine);
}

/** True when `line` opens a section numbered as `section` is: the next item, not a list under this one. */
function nextSectionAt(document: PolicyDocument, line: number, section: Section | null): boolean {
  const next = document.allSections.find((candidate) => candidate.startLine === line);
  return next !== undefined && section !== null && next.heading.style === section.heading.style;
}

/**
 * True when a provision that announces its recipients ("다음과 같이 제3자에게 제공합니다") is followed by a recipient
 * named in a list: in the sentences after it on its line, run together ("㈜한빛보험: 보험 상담 / ㈜가온여행: …"), or on
 * the lines below it (after one blank line at most) up to a blank line, a title, the end of its section or the next announcement (another list),
 * one a line or run together. A recipient is named by its label ("한빛보험: 보험 가입 상담") when the label is not a
 * kind ("제휴 보험사") nor a detail ("제공 항목"), or by a company's mark.
 */
function recipientsListedAfter(document: PolicyDocument, line: number, rest: string, headKinds: boolean, casesFirst = false): boolean {
  const titles = titleLines(document);
  const listed = [...runInSentences(rest)];
  // Markdown sets a list apart from the paragraph that announces it by one blank line: the list still follows it
  const first = document.plain[line]?.trim() === "" ? line + 2 : line + 1;
  const end = Math.min(sectionEndAt(document, line, true), first - 1 + MAX_DETAIL_LINES);
  for (let next = first; next <= end; next++) {
    const text = document.plain[next - 1];
    // a list item the outline took for a sub-heading ("○ 국세청 — 연말정산 자료 제출") is the list announced
    if (text.trim() === "" || (titles.has(next) && !ITEM_MARK.test(text)) || LIST_ANNOUNCEMENT.test(text)) break;
    listed.push(text.replace(ITEM_MARK, ""));
  }
  const namesRecipient = (label: string) =>
    label.length >= MIN_NAME_LETTERS &&
    !PROVISION_DETAIL.test(label) &&
    !RECIPIENT_COLUMN.test(label) &&
    // after "다음의 경우에만 제공합니다" a label that is a case ("긴급한 경우: …") names no one
    !(casesFirst && CASE_LABEL.test(label)) &&
    (NAMED_RECIPIENT.test(label) || !(isGenericRecipient(label) || onlyKinds(label, headKinds)));
  // "1. 한빛은행" over "- 제공 목적: …": recipients as the titles of the items that follow, their details under them
  const following = linesBetween(document, line + 1, sectionEndAt(document, line, true));
  const firstItem = following.find(({ text }) => text.trim() !== "");
  const entries = firstItem ? titledEntries(document, following, isProvisionDetail, MIN_SUB_ITEM_DETAILS) : [];
  if (entries[0]?.line === firstItem?.line && entries.some(({ title }) => namesRecipient(title))) return true;
  return listed.some((text) => {
    const pairs = runInPairs(text);
    // a bracket after a word is as often an aside ("연락처(선택)") as a recipient's purpose: only a company's mark names one there
    const labelled = pairs.filter((pair) => pair.form !== "bracket");
    // "기관명: 국민건강보험공단": under a label for the recipient, the value is who
    const names = (pair: LabelledPair) => (RECIPIENT_COLUMN.test(pair.label) ? namesRecipient(pair.value) : namesRecipient(pair.label));
    return labelled.length > 0 ? labelled.some(names) : COMPANY_MARK.test(text);
  });
}

// a case, not a recipient: "생명이 위급한 경우", "수사기관이 요청할 때"
const CASE_LABEL = /(?:경우|때|시)(?:에는|에만|에)?$/;

// what ends one recipient of a list: a list mark, a field's colon, a cell's border, a conjunction or a "등"
const ITEM_BREAK = /[,、:：(（|\t]|\s(?:및|또는|혹은|등)\s/g;

/** Where the recipient that runs up to `end` starts: after the last list mark, colon, conjunction or "등". */
function itemStart(text: string, end: number): number {
  const breaks = matchesOf(ITEM_BREAK, text.slice(0, end));
  const last = breaks[breaks.length - 1];
  return last ? last.index + last[0].length : 0;
}

/** Where the word that ends at `end` starts: "협력연구기관" for a kind matched at its "연구기관". */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && /[가-힣A-Za-z]/.test(text[start - 1])) start--;
  return start;
}

/** True when the recipient is a name, though it may end in a word for a kind ("한빛대학교병원", "한빛대학교 병원"). */
const isName = (recipient: string) => recipient !== "" && !endsInKind(recipient) && !onlyKinds(recipient);

/**
 * True when the text before a kind ends in a named recipient closed by "등" ("한빛대학교병원 등 " before "협력
 * 기관"): one recipient is named and the rest left open, which vague-listing reports.
 */
function closesNamedList(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith("등")) return false;
  const upToDeung = trimmed.slice(0, -1);
  return isName(upToDeung.slice(itemStart(upToDeung, upToDeung.length)).trim());
}

// the bracket a gloss closes: "(사진 촬영 제휴업체)" ends at the kind (its "등" read with it)
const CLOSES_BRACKET = /^\s{0,2}[)）]/;
const MAX_GLOSSED_NAME = 30;

/**
 * True when the kind at `start` is the gloss in brackets after a name ("한결물류(택배 협력사)", "OO스튜디오 (촬영
 * 제휴업체)"): the bracket says what the named party is. A bracket that is all the recipient given is no gloss.
 */
function glossesName(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf("(", start), text.lastIndexOf("（", start));
  if (open <= 0 || /[)）]/.test(text.slice(open, start))) return false;
  // "한결물류(제휴업체 등)": the bracket leaves the list open, a kind of recipient beside the one named
  if (!CLOSES_BRACKET.test(text.slice(end)) || text.slice(start, end).trimEnd().endsWith("등")) return false;
  const before = text.slice(0, open).trimEnd();
  const name = before.slice(itemStart(before, before.length)).trim();
  return name.length <= MAX_GLOSSED_NAME && !ENDS_BEFORE_RECIPIENT.test(name) && isName(name);
}

// a word that points back at a recipient named before: "제공받은 보험회사는", "해당 보험사는", "위 기관은"
const POINTS_BACK_BEFORE = /(?:^|\s)(?:제공\s{0,2}받은|제공\s{0,2}받는|해당|위|상기|이|그|동)\s{1,2}$/;
// a kind's name or number as a thing written or entered ("신청서에 보험회사명을 적고", "병원 코드"), not a recipient
const NAME_OF_THE_KIND = /^(?:명|이름|코드|번호)(?:을|를|은|는|이|가|과|와|의|도|만)?(?![가-힣])/;

/**
 * The first kind of recipient the line gives (from the word it starts on to its 등 and particle), skipping a word
 * for a kind that ends a name ("한빛대학교병원"; "협력연구기관" is a kind, its first word says what it is, not who)
 * and a kind that closes a list after a named recipient.
 */
function kindGiven(text: string): { start: number; end: number } | null {
  for (const match of matchesOf(RECIPIENT_CATEGORIES, text)) {
    // "보험사고 이력", "카드사용 내역": a longer noun the kind's "사" opens, no kind
    if (/사$/.test(match[0]) && NOUN_AFTER_SA.test(text.charAt(match.index + match[0].length))) continue;
    if (NAME_OF_THE_KIND.test(text.slice(match.index + match[0].length))) continue;
    // "제공받은 보험회사는 …까지 보유합니다": the recipient named before, pointed back at
    if (POINTS_BACK_BEFORE.test(text.slice(0, wordStart(text, match.index)))) continue;
    const from = itemStart(text, match.index);
    if (isName(text.slice(from, match.index + match[1].length).trim()) || closesNamedList(text.slice(0, from))) continue;
    if (glossesName(text, match.index, match.index + match[0].length)) continue;
    if (isGiversSubject(text, match.index, match.index + match[0].length)) continue;
    // "회원이 가입한 보험사에": the person's own insurer
    if (relationBefore(text, wordStart(text, match.index))) continue;
    return { start: withQualifier(text, wordStart(text, match.index)), end: match.index + match[0].length };
  }
  return null;
}

// the syllables that make "…사" a longer noun (사고, 사기, 사용, 사항, 사례, 사업 …), not a kind and its particle
const NOUN_AFTER_SA = /^[고기용항례업무실유진전후내람회망정건장본설]$/;

// a word before the particle that receives a provision ("…단체에 이름을 제공할 수 있으며", "…파트너사에게 전달합니다"),
// a gloss in brackets between them ("중개사무소(공인중개사)에게")
const RECEIVER = /(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{1,20}?)(?:\([가-힣A-Za-z0-9 ·]{1,20}\))?(에게|한테|께|에)(?=\s)/g;
// what follows a noun and "에" that makes it no receiver: "동의한", "한하여", "따라", "관한"
const NOT_A_RECEIVER_AFTER = /^\s{0,2}(?:동의|한하|한해|한정|따라|따른|따르|의하|의한|의해|관한|관하|대한|대하|대해)/;
// the provision, later in the clause: "제공합니다", "전달할 수 있으며", "공유하고"
// (a denial, "제3자에게 제공하지 않습니다", gives to no one)
const PROVIDES_AFTER =
  /^[^.。]{0,60}?(?:(?:제공|전달|공유)\s{0,2}(?:하(?!지\s{0,2}(?:않|아니))|합|할|해|했|되(?!지\s{0,2}(?:않|아니))|됩|될|됨)|넘겨\s{0,2}(?:지(?!\s{0,2}(?:않|아니))|집|져|질))/;
// the verbs PROVIDES_AFTER needs, looked for before the receivers are (see receivers)
const mayProvide = (text: string) => text.includes("제공") || text.includes("전달") || text.includes("공유") || text.includes("넘겨");
// a clause ends before it: "…안내하며, 이름을 제공합니다" gives the name to someone the clause does not say
const CLAUSE_END = /(?:며|지만|으나|는데)\s{0,2}[,，]?\s|[고서][,，]\s/;
// a word that ends a phrase before the recipient: a particle or a verb's ending ("연락처를", "위하여", "참가자의")
// (a verb's connective ending too: "동의를 받아 협력 기관에", "법령에 따라 수사기관에")
const ENDS_BEFORE_RECIPIENT = /(?:은|는|을|를|이|가|의|도|만|로|서|에|께|고|며|면|여|해|게|와|과|아|어|^따라|[.,，:：)\]」』])$/;
const MAX_RECIPIENT_WORDS = 6;
// a word of time or condition that closes the phrase before the recipient: "문의 시 담당 사무소에게", "동의한 경우
// 협력 업체에"
const TIME_WORD = /^(?:시|때|후|전|중|경우)$/;
const COMPANY_MARK_BEFORE = /(?:㈜|\(주\)|주식회사\s?)$/;

/** Where the word the text ends in starts; 0 when it ends in a space (what /\S+$/ finds, without its backtracking). */
function lastWordStart(text: string): number {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return start === text.length ? 0 : start;
}

/**
 * The kind of recipient a sentence provides to, read as a field's value is ("후원 기관 등 협력 단체에 … 제공할 수
 * 있으며", "… 제휴 파트너사에 제공합니다"): the words before the particle, back to a particle or a verb's ending, when
 * the provision follows in the same clause and every recipient they give is only a kind.
 */
function kindReceiving(text: string, headKinds: boolean): { start: number; end: number } | null {
  for (const { start, end, recipient } of receivers(text)) {
    if (!onlyKinds(recipient, headKinds) || closesNamedList(text.slice(0, start))) continue;
    // "이용자가 예약한 항공사에": the receiver's words stop at the subject's particle, the relation reaches past it
    if (relationBefore(text, start + lastWordStart(recipient))) continue;
    return { start, end };
  }
  return null;
}

/**
 * A kind on this line that receives a provision made on the next ("… 관계 행정기관에 감면 대상자의" over "개인정보를
 * 제공할 수 있습니다"): the receivers of the sentence read whole, the first that starts on this line's part of it.
 */
function kindReceivingAcrossWrap(
  document: PolicyDocument,
  line: number,
  physical: string,
  headKinds: boolean,
): { start: number; end: number } | null {
  for (const { text, from, to } of sentencesOn(document, line)) {
    const part = physical.slice(from, to).trim();
    const at = part === "" ? -1 : text.indexOf(part);
    if (at < 0 || part.length === text.trim().length) continue;
    const offset = physical.indexOf(part, from) - at;
    const kind = kindReceiving(text, headKinds);
    if (kind && kind.start >= at && kind.start < at + part.length)
      return { start: kind.start + offset, end: Math.min(physical.length, kind.end + offset) };
  }
  return null;
}

interface Receiver {
  start: number;
  end: number;
  recipient: string;
}

/**
 * Each recipient a sentence provides to: the words before "에게"/"에", back to a particle or a verb's ending, when
 * the provision follows in the same clause ("… 담당 중개사무소에게 개인정보를 제공합니다").
 */
function receivers(text: string): Receiver[] {
  const found: Receiver[] = [];
  // PROVIDES_AFTER needs one of its verbs: a text without them (most) provides to no one
  if (!mayProvide(text)) return found;
  for (const match of matchesOf(RECEIVER, text)) {
    const end = match.index + match[0].length;
    // "…제3자 제공에 동의한 회원에 한하여": what one consents to, or whom a case is limited to, receives nothing
    if (match[2] === "에" && NOT_A_RECEIVER_AFTER.test(text.slice(end))) continue;
    const provision = PROVIDES_AFTER.exec(text.slice(end));
    if (provision === null || CLAUSE_END.test(provision[0])) continue;
    let start = match.index;
    for (let words = 1; words < MAX_RECIPIENT_WORDS && /\s/.test(text[start - 1] ?? ""); words++) {
      const head = text.slice(0, start).trimEnd();
      const from = Math.max(head.lastIndexOf(" "), head.lastIndexOf("\t")) + 1;
      const word = head.slice(from);
      if (word === "" || ENDS_BEFORE_RECIPIENT.test(word) || TIME_WORD.test(word)) break;
      start = from;
    }
    // "㈜한결에게": the company's mark before the name is part of it
    const mark = COMPANY_MARK_BEFORE.exec(text.slice(0, start));
    if (mark) start -= mark[0].length;
    // the gloss in brackets is part of the recipient: "평가기관(누리에듀)에게" names the body, "한결(협력사)에게" says what it is
    found.push({ start, end, recipient: text.slice(start, end - match[2].length) });
  }
  return found;
}

// the provision as done, the data only called personal information: "개인정보를 제공합니다", "회원 정보를 제공하고
// 있습니다", or in the passive, the data its subject: "이용자의 정보가 제공됩니다", "회원 정보가 넘겨집니다" (a clause
// that lists the items, "이름과 연락처를 제공합니다", gives them)
const PROVIDES_PERSONAL_DATA =
  /^\s{0,3}(?:(?:회원|고객|이용자|정보주체)(?:님)?의?\s{0,2})?(?:(?:개인\s{0,2})?정보|회원\s{0,2}정보|고객\s{0,2}정보)(?:(?:를|을)?\s{0,3}(?:제공|전달)\s{0,2}(?:합니다|하고\s{0,2}있습니다|하며|됩니다|함)|(?:가|이)?\s{0,3}(?:(?:제공|전달)\s{0,2}(?:됩니다|되며|되고\s{0,2}있습니다|됨)|넘겨\s{0,2}(?:집니다|지며|지고\s{0,2}있습니다)))/;
const mayProvidePersonalData = (text: string) =>
  text.includes("정보") && (text.includes("제공") || text.includes("전달") || text.includes("넘겨"));
// the person the data is about, or someone acting for them, is no third party ("보호자에게 … 제공합니다" is a notice)
const DATA_SUBJECT = /회원|고객|이용자|정보주체|본인|보호자|법정\s{0,2}대리인|신청인|당사자/;
// data sent abroad is the overseas-transfer rule's to read
const ABROAD = /국외|해외|외국/;

/**
 * The prose provisions of a section that name who receives the data ("㈜한결부동산에게 개인정보를 제공합니다") when the
 * section gives no purpose, items or period for them anywhere: not in the sentence, the lines under it, a table or
 * fields (the statute's exceptions, sentences that promise consent, and provisions the law sets are not these).
 */
function bareProvisions(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const entries: RecipientEntry[] = [];
  const read = new Set<string>();
  for (const { line } of body) {
    // a sentence hard-wrapped over lines is read once, on its first line
    for (const { text } of sentencesOn(document, line)) {
      // PROVIDES_PERSONAL_DATA needs "정보" and a verb of giving: a sentence without them (most) names no receiver
      if (!mayProvidePersonalData(text)) continue;
      if (read.has(text) || PROVISION.test(text) || ABROAD.test(text) || isLawfulException(text)) continue;
      read.add(text);
      const receiver = receivers(text).find(({ end }) => PROVIDES_PERSONAL_DATA.test(text.slice(end)));
      if (!receiver || DATA_SUBJECT.test(receiver.recipient) || STATUTORY_BASIS.test(text)) continue;
      entries.push({ line, recipient: withoutTrailingParticle(receiver.recipient), details: "" });
    }
  }
  const listing = provisionsListingItems(document, body);
  if (entries.length === 0) return listing;
  // what the section says besides the statute's exceptions (the template's "동의, 법률의 특별한 규정 등 … 경우에만
  // 제공합니다" mentions the purpose of processing, not of this provision)
  const said = body
    .flatMap(({ text }) => sentencesOf(text))
    .filter((sentence) => !isLawfulException(sentence))
    .join("\n");
  return RECIPIENT_DETAILS.some((part) => part.regex.test(said)) ? listing : [...entries, ...listing];
}

// after the recipient, the items the clause gives, two or more in a list, before its verb: "…에 이름, 생년월일,
// 사고 내용을 제공합니다", "…에 이름과 카드번호 일부를 제공할 수 있습니다" (not "개인정보를", nor a list announced: "다음
// 정보를")
const LISTED_ITEMS_GIVEN =
  /^\s{0,3}(?!다음|아래|위의?\s|상기|해당|이러한)[^.。]{1,60}?(?:[,，·ㆍ]|(?<=[가-힣])(?:와|과)\s)[^.。]{1,60}?(?:을|를)\s{0,3}(?:제공|전달)/;

/**
 * True when the sentence, after the recipient written `recipient`, lists the items it gives: a provision on consent
 * so made ("동의를 받아 보험사에 이름, 생년월일을 제공합니다") is a provision with its details, not the statute's
 * exception.
 */
function listsItemsAfter(sentence: string, recipient: string): boolean {
  const at = recipient === "" ? -1 : sentence.indexOf(recipient);
  if (at < 0) return false;
  const after = sentence.slice(at + recipient.length).replace(/^(?:에게|에|께|한테)/, "");
  return LISTED_ITEMS_GIVEN.test(after) && !PROVIDES_PERSONAL_DATA.test(after);
}

// the case of consent that makes a provision ("고객이 동의한 경우", "정보주체가 동의하는 때에는")
const CONSENT_CASE = /(?:[가-힣]{1,6}(?:이|가)\s{0,2})?동의\s{0,2}(?:한|하신|하는|했을|하였을)\s{0,2}(?:경우|때)(?:에(?:는|만)?)?/;
const CONSENT_CASES = new RegExp(CONSENT_CASE.source, "g");
// right after the recipient, the list of what it is given announced: "…에 다음 정보를 제공합니다", "…에 아래와 같이"
const DETAILS_ANNOUNCED_AFTER = new RegExp(
  `^(?:에게|에|께|한테)?\\s{0,2}(?:${processorTerms.announcement}|(?:다음|아래)\\s{0,2}(?:정보|항목|개인정보))`,
);

/**
 * True when a provision on consent ("고객이 동의한 경우 협력 업체에 다음 정보를 제공합니다") announces, right after
 * the recipient written `recipient`, the list of what it gives, and no other exception stands in the sentence: it is
 * a provision with its details under it, not the statute's exception for consent.
 */
function consentProvisionListedBelow(sentence: string, recipient: string): boolean {
  const at = recipient === "" ? -1 : sentence.indexOf(recipient);
  if (at < 0 || !CONSENT_CASE.test(sentence.slice(0, at))) return false;
  return (
    DETAILS_ANNOUNCED_AFTER.test(sentence.slice(at + recipient.length)) && !LAWFUL_EXCEPTION.test(sentence.replace(CONSENT_CASES, " "))
  );
}

// the items a provision lists before its verb, in the form of one done: "…에 회원번호와 이름만 제공하며", "…에
// 이름, 학년, 점수를 제공합니다" (short items between commas)
// ("다음 정보를 제공합니다" announces a list, which the fields under it give)
const PROVIDES_LISTED_ITEMS =
  /^\s{1,3}(?!다음|아래|위의?\s|상기|해당|이러한)(?:[^,，.。]{1,20}[,，]\s{0,2}(?=[^\s,，.。])){0,8}[^,，.。]{1,40}?(?:을|를|만|와\s{0,2}함께)\s{0,3}(?:제공|전달)\s{0,2}(?:합니다|하고\s{0,2}있습니다|하며|함)/;

/**
 * The provisions of a section that name who receives the data and list the items given to it in the same clause
 * ("상호대차를 위해 구립도서관(…)에 회원번호와 도서관 정보만 제공하며, 그 밖에는 … 제공하지 않습니다"): each is a
 * recipient's entry, whose purpose and period must stand in its sentence or elsewhere in the section. The clause on
 * every other case is read apart (it provides nothing), and a provision on a condition only promises.
 */
function provisionsListingItems(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const entries: RecipientEntry[] = [];
  const read = new Set<string>();
  // what the section says besides the statute's exceptions to provision and the clauses on every other case (a
  // detail field that mentions the law, "보유 기간: … (열람만 할 수 있습니다)", is no exception); read only for
  // a section with such a provision, which few have
  let said: string | undefined;
  const saidInSection = () =>
    (said ??= body
      .flatMap(({ text }) => sentencesOf(text))
      .map(withoutOtherCases)
      .filter((sentence) => !(/제공/.test(sentence) && isLawfulException(sentence)))
      .join("\n"));
  for (const { line } of body) {
    for (const { text } of sentencesOn(document, line)) {
      // PROVIDES_LISTED_ITEMS needs "제공" or "전달": a sentence without either (most) lists nothing given
      if (!text.includes("제공") && !text.includes("전달")) continue;
      const own = withoutOtherCases(text);
      if (read.has(text) || PROVISION.test(own) || ABROAD.test(own) || isLawfulException(own)) continue;
      read.add(text);
      if (CONDITIONAL.test(own) || STATUTORY_BASIS.test(own)) continue;
      // "…에 개인정보를 제공합니다" lists nothing: bareProvisions reads it
      const receiver = receivers(own).find(
        ({ end }) => PROVIDES_LISTED_ITEMS.test(own.slice(end)) && !PROVIDES_PERSONAL_DATA.test(own.slice(end)),
      );
      if (!receiver || DATA_SUBJECT.test(receiver.recipient)) continue;
      entries.push({ line, recipient: withoutTrailingParticle(receiver.recipient), details: saidInSection(), itemsGiven: true });
    }
  }
  return [...entries, ...labelledProvisions(document, body)];
}

// the marks of a list's items ("③", "2.", "(2)", "가.", "-"), read by the parser's marker grammar
const ENTRY_STYLES = new Set<NumberingStyle>(["circled", "decimal", "decimal-paren", "paren-decimal", "hangul", "bullet"]);
const entryMark = (text: string) => {
  const marker = parseMarker(text);
  return marker && ENTRY_STYLES.has(marker.style) ? marker : null;
};
// the items given, two or more between commas, right before the verb: "…위하여 이름, 학년, 점수를 제공합니다"
const ITEMS_BEFORE_VERB =
  /(?:[^,，.。]{1,20}[,，]\s{0,2}(?=[^\s,，.。])){1,8}[^,，.。]{1,20}?(?:을|를)\s{0,3}(?:제공|전달)\s{0,2}(?:합니다|하며|함|하고)/;
const MAX_LABEL_NAME = 30;

/**
 * The marked items whose label names the recipient and whose value gives it the items ("③ 누리장학회: 장학생 심사를
 * 위하여 이름, 학년, 점수를 제공합니다"), on the member's consent or not: each is a recipient's entry, whose details
 * are its own item's lines and the section's unmarked text, not another recipient's item.
 */
function labelledProvisions(document: PolicyDocument, body: readonly LineText[]): RecipientEntry[] {
  const fields = fieldsByLine(document);
  const marked = body.map(({ text }) => entryMark(text) !== null);
  // each marked item with the lines that go on with it, up to the next mark or a blank line
  const itemOf = new Map<number, number>();
  let item = -1;
  body.forEach(({ text }, at) => {
    if (text.trim() === "") item = -1;
    else if (marked[at]) item = at;
    if (item >= 0) itemOf.set(at, item);
  });
  const unmarked = body.filter((_, at) => !itemOf.has(at)).map(({ text }) => text);
  const entries: RecipientEntry[] = [];
  body.forEach(({ line, text }, at) => {
    if (!marked[at]) return;
    const field = fields.get(line);
    if (!field || !ITEMS_BEFORE_VERB.test(field.value) || PROVIDES_PERSONAL_DATA.test(field.value)) return;
    const mark = entryMark(field.label);
    const label = (mark ? field.label.slice(mark.restIndex) : field.label).trim();
    if (label === "" || label.length > MAX_LABEL_NAME || /\s{2}|[,、]/.test(label)) return;
    if (RECIPIENT_COLUMN.test(label) || PROVISION_DETAIL.test(label) || isPlaceholder(label)) return;
    if (isGenericRecipient(label) || onlyKinds(label) || endsInKind(label) || DATA_SUBJECT.test(label)) return;
    // (a word of a programme abroad in the value, "해외연수 장학생", sends no data abroad: the label says who receives it)
    if (STATUTORY_BASIS.test(text) || ABROAD.test(label)) return;
    const own = body.filter((_, index) => itemOf.get(index) === at).map((entry) => entry.text);
    entries.push({ line, recipient: label, details: [...own, ...unmarked].join("\n"), itemsGiven: true });
  });
  return entries;
}

/**
 * True when a sentence the line holds a part of, or the line itself, gives data (GIVEN_TO): a kind of recipient is
 * reported only in such a sentence, so the kinds on the other lines (most) are not looked for.
 */
function givesOnLine(document: PolicyDocument, line: number, physical: string): boolean {
  return GIVEN_TO.test(physical) || sentencesOn(document, line).some(({ text }) => GIVEN_TO.test(text));
}

// a provision said as done, and any particle that could give its recipient ("…에", "…에게", "…와 공유")
const PROVIDES_UNNAMED = /제공\s{0,2}(?:합니다|하고\s{0,2}있|할\s{0,2}수\s{0,2}있|됩니다|하며|함)/;
const RECEIVING_PARTICLE = /[가-힣A-Za-z0-9)](?:에게|한테|께|에)\s|(?:와|과)\s{1,3}공유/;

// "…제공할 수 있으며, 그 외에는 동의 없이 제공하지 않습니다": a clause on every other case says nothing of the provision
// before it, so the statute's exceptions are read without it
// ("그 밖의 경우에는", "이 외에는", "위의 경우를 제외하고는", "이를 제외하고는", "나머지 경우에는")
const OTHER_CASES =
  /(?<=(?:며|고|으나|지만|되)[,，]?)\s{1,3}(?:(?:그|이)\s{0,2}(?:외|밖|이외)(?:에는|에도|의\s{0,2}경우(?:에는)?)|(?:위|앞|이상)의?\s{0,2}경우(?:를\s{0,2}제외하고는?|\s{0,2}외에는)|이를\s{0,2}제외하고는?|나머지\s{0,2}경우(?:에는)?)\s[^.。\n]{0,200}[.。]?\s{0,3}$/;

/**
 * The sentence without its clause on every other case. Each such clause holds "외", "밖" or "경우": a sentence with
 * none of them (most) is spared the pattern, whose look-behind is tried at every space.
 */
const withoutOtherCases = (text: string) =>
  text.includes("외") || text.includes("밖") || text.includes("경우") ? text.replace(OTHER_CASES, "") : text;

// "…협력사에 이름을 제공할 수 있으며, 이 경우 응모 화면에서 미리 동의를 받습니다": a clause after the provision on
// how consent to it is taken makes the provision, on consent, and is no exception of the statute's to excuse it
const CONSENT_FOR_IT =
  /(?<=(?:며|고)[,，]?)\s{1,3}(?:이|그)\s{0,2}(?:경우|때)(?:에는|에도|에)?\s[^.。\n]{0,80}?동의를?\s{0,2}(?:받|얻)[^.。\n]{0,40}[.。]?\s{0,3}$/;

/** The sentence without a clause after its provision on how consent to it is taken. */
const withoutConsentForIt = (text: string) =>
  text.includes("동의") && (text.includes("경우") || text.includes("때")) ? text.replace(CONSENT_FOR_IT, "") : text;

// a word before a kind that says which of that kind, not who: "제휴 보험사", "협력 기관"
const QUALIFIER_BEFORE = new RegExp(`(?:^|\\s)((?:${kindOnly.qualifier})\\s{1,2})$`);

/** Where the kind that starts at `start` starts with the qualifier before it: "제휴 보험사" for a kind matched at "보험사". */
function withQualifier(text: string, start: number): number {
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return qualifier ? start - qualifier[1].length : start;
}

// a kind that opens its sentence with a topic particle: "병원은 …", "공단은 …" (the end of the previous sentence or
// a list mark may stand before it)
const TOPIC_AFTER = /^(?:은|는)(?:\s|$)/;
const SENTENCE_OPENING = /(?:^|[.。!?]\s)\s{0,8}(?:(?:\d{1,2}[.)]|[가-하][.)]|[-•·▶■□○●◦▪]|\(\d{1,2}\))\s{0,3})?$/;
// a sentence in which the kind receives: "제휴 보험사는 제공받은 정보를 …"
const RECEIVES = /제공\s{0,2}받|전달\s{0,2}받|받은\s/;

/**
 * True when the kind at `start` is the subject of a sentence that gives the data ("병원은 다음과 같이 개인정보를
 * 제3자에게 제공합니다"): the controller calls itself by a common noun, and it is never its own recipient.
 */
function isGiversSubject(text: string, start: number, end: number): boolean {
  if (!TOPIC_AFTER.test(text.slice(end))) return false;
  const before = text.slice(0, wordStart(text, start));
  return SENTENCE_OPENING.test(before) && !RECEIVES.test(text.slice(end));
}

/** "보험사·의료기관 등과" → "보험사·의료기관": the kind without the 등 and the particle that close it. */
function withoutTrailingParticle(text: string): string {
  let kind = text.trimEnd();
  for (const particle of ["에게", "과", "와", "에", "의"]) if (kind.endsWith(particle)) kind = kind.slice(0, -particle.length).trimEnd();
  if (kind.endsWith("등")) kind = kind.slice(0, -1).trimEnd();
  return kind;
}

export const thirdPartyProvision: Rule = {
  meta: {
    id: "third-party-provision",
    severity: "error",
    statute: "개인정보 보호법 제17조, 제18조, 제30조제1항제3호",
    title: { ko: "개인정보의 제3자 제공", en: "Provision to third parties" },
    description: {
      ko: "개인정보를 제3자에게 제공하면 제공받는 자, 제공 목적, 제공 항목, 보유·이용기간을 적어야 합니다(법 제30조제1항제3호, 제17조). '제휴사(판매자)에게 제공합니다'라고 하면서 받는 자를 밝히지 않거나, '아래의 경우에는 예외로 합니다'라고 하고 예외를 적지 않거나, 제공받는 자·목적 칸이나 표의 제공 목적·항목·보유기간 칸을 비워 두거나, 목적·항목·기간만 적고 제공받는 자를 적지 않거나, 받는 자를 표·항목에서든 문장에서든('협력 단체에 … 제공할 수 있습니다') 업체 종류('결제 대행 업체', '보험사 등')로만 적거나 다른 곳(파일 목록·게시판)으로 미루면 오류입니다. 거래마다 하나가 정해지는 판매자·매장·가맹점주·기사('해당 거래의 판매자', '주문한 매장')로 적으면 이용자가 자기 거래에서 누구인지 알 수 있으므로, 업체명이나 이용자가 어디서 확인하는지(주문 화면, 매장 목록)를 적으라고 경고합니다. 이름을 밝힌 제공받는 자에 대해 이용 목적·제공 항목·보유 기간 중 빠진 것이 있으면 경고합니다('담당 중개사무소에게 개인정보를 제공합니다'처럼 문장으로만 받는 자를 밝히고 절 어디에도 목적·항목·기간이 없을 때도 마찬가지입니다. 법령에 따른 제공, 수사기관·보건소 같은 공공기관은 제외). 서비스로 연결된 상대 회원·거래 상대방처럼 사람인 받는 자와, 급박한 생명·신체 보호를 위해 응급 의료기관에 제공하는 경우에는 업체명을 요구하지 않습니다. 제공하지 않는다고 밝히거나 동의·법령에 따른 예외만 두면 충족합니다.",
      en: "When personal information is given to third parties the policy must name the recipient, the purpose, the items and the retention period (PIPA Arts. 17, 30(1)3). Saying data goes to 'partners' or 'sellers' without naming them, announcing exceptions and listing none, leaving the recipient or purpose fields, or a recipient's purpose, items or retention cell in a table, blank, giving the purpose, items and period with no recipient at all, naming recipients only by kind ('payment agents', 'insurers'), in a field or in a sentence ('… to partner organisations'), or leaving them to another place (a file list, a board) is an error. A recipient that each trade picks from many (a seller, a store, its owner, a driver: 'the seller of the trade', 'the store ordered from') is one the member can tell from their own trade: naming them, or where the member sees which one (the order page, a store list), is asked for as a warning. A named recipient given without its purpose, items or retention period is a warning that names what is missing (so is a recipient named only in a sentence, 'we provide personal information to the handling agency', when the section gives none of the three; not for provision the law requires, or to public authorities such as investigators or health centres). A recipient who is a person the member deals with through the service (the matched member, the other party to a trade), and provision to the treating hospital in an emergency to protect life or body, need no company name. Stating that nothing is provided, or only the exceptions for consent and law, satisfies the rule.",
    },
    example: {
      ko: "제공받는 자 | 목적 | 항목 | 보유기간\n한빛보험㈜ | 보험 가입 상담 | 이름, 연락처 | 상담 종료 후 1년",
      en: "Recipient | Purpose | Items | Retention\nHanbit Insurance Co. | insurance consultation | name, phone | 1 year after the consultation",
    },
    messages: {
      unnamedRecipient: {
        ko: "'{recipient}'에게 제공한다고만 하고 누구인지 밝히지 않았습니다: 제공받는 자의 이름과 목적·항목·보유기간을 적으십시오",
        en: "personal information is provided to '{recipient}' without saying who they are: name the recipient, with the purpose, items and retention period",
      },
      announcedNotListed: {
        ko: "제3자 제공의 예외를 안내한다고 하였으나 예외를 적지 않았습니다",
        en: "the section announces exceptions to non-provision but lists none",
      },
      announcedProvisionNotListed: {
        ko: "'{announcement}'한다고 하였으나 제공받는 자와 제공 목적·항목·보유기간을 적지 않았습니다",
        en: "the section announces a provision ('{announcement}') but gives no recipient with its purpose, items and retention period",
      },
      blank: { ko: "제3자 제공 절에 채우지 않은 칸이 있습니다{value}", en: "the third-party section has a field left blank{value}" },
      emptyCell: {
        ko: "제공받는 자 '{recipient}'의 {columns} 칸이 비어 있습니다",
        en: "the {columns} cell for the recipient '{recipient}' is empty",
      },
      recipientKind: {
        ko: "제공받는 자를 업체 종류('{value}')로만 적었습니다: 업체명을 밝히십시오",
        en: "the recipient is given only as a kind of business ('{value}'): name it",
      },
      recipientOneOfMany: {
        ko: "제공받는 자를 '{value}'처럼 여러 곳 중 하나로만 적었습니다: 업체명을 밝히거나, 거래마다 정해지면 이용자가 어디서 확인하는지(주문 화면, 판매자·매장 목록 등)를 적으십시오",
        en: "the recipient is given only as one of many ('{value}'): name them, or, where each trade decides who, say where the member sees which one (the order page, a list of sellers or stores)",
      },
      detailsElsewhere: {
        ko: "제공 목적·항목·보유기간을 처리방침에 적지 않고 동의 화면, 별도 안내나 다른 문서로 미뤘습니다",
        en: "the purpose, items and retention of the provision are left to the consent screen, a separate notice or another document",
      },
      recipientDetailsMissing: {
        ko: "제공받는 자 '{recipient}'의 {missing}이(가) 없습니다",
        en: "the recipient '{recipient}' is given without its {missingEn}",
      },
      recipientMissing: {
        ko: "제3자 제공의 목적·항목·기간을 적었으나 제공받는 자가 없습니다: 누구에게 제공하는지 이름으로 적으십시오",
        en: "the provision gives its purpose, items and period but not who receives the data: name the recipient",
      },
      recipientsElsewhere: {
        ko: "제공받는 자를 처리방침에 적지 않고 다른 곳(목록·게시판·페이지)으로 미뤘습니다",
        en: "the recipients are not given in the policy but left to another place (a file list, a board, a page)",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const { anchors, body: sectionBody } = assessTopic(document, "third-party");
    found(...anchors.map((anchor) => anchor.headingLine));
    // where the provision lists the stores or sellers or links to a list, the one the member chooses is named there
    const headKinds =
      anchors.length > 0 ? !sectionBody.some(({ text }) => KIND_LIST.test(text)) : firstBodyLineMatching(document, KIND_LIST) === undefined;
    // recipients named in a table ("제공받는 자 | 목적 | …") or as a field ("제공받는 자 : 한빛보험㈜")
    // a recipient column whose cells are kinds of business ("결제 대행 업체") names no one: each such row is reported
    // and a row that leaves its purpose, items or period empty is reported, naming the column
    const categoryRows: { line: number; value: string }[] = [];
    const emptyRows: { line: number; recipient: string; columns: string[] }[] = [];
    let namedInTable = false;
    for (const table of document.tables) {
      const column = table.header.cells.findIndex((cell) => RECIPIENT_COLUMN.test(cell.text));
      if (column < 0) continue;
      // beside a buyer, "판매자" is the member who sells, not one of many businesses of a kind
      const tradeParties = table.rows.some((row) => TRADE_PARTY.test(row.cells[column]?.text.trim() ?? ""));
      const tableHeadKinds = headKinds && !tradeParties;
      for (const row of table.rows) {
        const cell = row.cells[column]?.text.trim() ?? "";
        // a recipient that spans rows (rowspan) is judged on the row that writes it
        if (isPlaceholder(cell) || row.cells[column]?.spanned) continue;
        // a kind standing alone in its row ("**공공기관**") labels the group of rows below it
        const groupLabel = row.cells.every((other, at) => at === column || other.text.trim() === "");
        const statuteSets = statuteDefines(
          cell,
          row.cells.some((other, at) => at !== column && STATUTE_ARTICLE.test(other.text)),
        );
        // a kind over its members, each named at the start of the cell beside it ("포인트 전환 제휴사 | (주)하늘항공: …",
        // the kind spanning the members' rows)
        const membersBeside = namesMemberFirst(row.cells[column + 1]?.text ?? "");
        if (onlyKinds(cell, tableHeadKinds) && !groupLabel && !statuteSets && !membersBeside)
          categoryRows.push({ line: row.line, value: cell });
        else namedInTable = true;
        // a kind alone in its row is a group's label, not a recipient with empty cells
        const columns = groupLabel && onlyKinds(cell, tableHeadKinds) ? [] : emptyDetails(document, table, row, column);
        if (columns.length > 0) emptyRows.push({ line: row.line, recipient: cell, columns });
      }
    }
    // one finding a row: a row reported here is not told again that its details are missing
    const reported = new Set<number>();
    const recipientLines = bodyLinesMatching(document, RECIPIENT_COLUMN);
    for (const { line, value } of categoryRows) {
      reportIfAny(report, kindFinding(document, line, value));
      reported.add(line);
    }
    for (const { line, recipient, columns } of emptyRows) {
      report({ messageId: "emptyCell", range: lineRange(document, line), data: { recipient, columns: columns.join(", ") } });
      reported.add(line);
    }
    const hasRecipientTable =
      namedInTable ||
      categoryRows.length > 0 ||
      // a field or a list heading names the recipient column: the lines that do not cannot be either
      recipientLines.some(({ line, text }) => {
        const recipient = labelledValue(text, RECIPIENT_COLUMN);
        if (recipient !== null) return !isPlaceholder(recipient);
        // "1. 제공받는 자" as a list heading, the recipients on the lines below it
        const next = document.plain[line] ?? "";
        return RECIPIENT_HEADING.test(text) && next.trim() !== "" && !RECIPIENT_COLUMN.test(next);
      });
    // a provision the statute's exceptions read loosely ("동의를 받아 … 제공합니다" has 동의) or the policy's
    // recipient tables excused stands on its own when the lines under it list its details and no recipient
    const standsUnnamed = (line: number, excusedLoosely: boolean) => {
      if (!excusedLoosely && !hasRecipientTable) return true;
      return detailsWithoutRecipient(document, line, headKinds);
    };
    const namedAcrossWrap = new Set<number>();
    // a recipient field, or a list under "제공받는 자", whose every recipient is a kind names no one
    // ("제공받는 자: 관계 행정기관 및 협력 단체", "제공받는 자 : 관계 행정기관 등")
    for (const { line, text } of recipientLines) {
      const value = labelledValue(text, RECIPIENT_COLUMN)?.split(NEXT_FIELD_ON_LINE)[0] ?? null;
      const kinds =
        value !== null
          ? onlyKinds(value, headKinds)
            ? value
            : null
          : RECIPIENT_HEADING.test(text)
            ? listOfKindsUnder(document, line, headKinds)
            : null;
      if (kinds === null) continue;
      // the kind's members named in brackets on the lines it wraps onto ("…보험회사" over "(한빛생명, 누리화재, …)"):
      // those lines are the field's, and a kind in them ("목록은 '제휴 보험회사' 메뉴 참조") no recipient
      const named = value !== null ? namedInAsideBelow(document, line, value) : null;
      if (named) {
        for (const part of named.parts) namedAcrossWrap.add(part.line);
        continue;
      }
      reportIfAny(report, kindFinding(document, line, withoutTrailingParticle(kinds)));
      reported.add(line);
    }
    for (const anchor of anchors) {
      const body = anchorBody(document, anchor);
      // "서비스 제공을 위해 필요한 경우(보험사·의료기관 등과의 협업 시)": a kind of recipient, not a recipient
      for (const { line, text: physical } of body) {
        if (reported.has(line) || namedAcrossWrap.has(line) || !givesOnLine(document, line, physical)) continue;
        // a kind in the wrapped value of a detail's field ("제공 항목: …," over "진료 병원, 보호자 계좌번호") is data
        if (continuesADetail(document, line)) continue;
        // a sentence that provides to a word the provision statements know ("제3자에게", "제휴사에") is theirs to read
        const kind =
          kindGiven(physical) ??
          (PROVISION.test(physical)
            ? null
            : (kindReceiving(physical, headKinds) ?? kindReceivingAcrossWrap(document, line, physical, headKinds)));
        if (!kind) continue;
        // the sentence that names the kind, read whole across hard wraps ("동의를 받은 경우에 한하여 협력" over "기관에
        // 제공합니다" is an exception)
        const text =
          sentencesOn(document, line).find((sentence) => sentence.from <= kind.start && kind.start < sentence.to)?.text ?? physical;
        const ownCases = withoutConsentForIt(withoutOtherCases(text));
        const read = physical.slice(kind.start, kind.end);
        const listedOnConsent = consentProvisionListedBelow(ownCases, read);
        if (!GIVEN_TO.test(text) || (isLawfulException(ownCases) && !listedOnConsent) || NAMED_RECIPIENT.test(text)) continue;
        // a provision on consent that gives its purpose ("동의에 따른 제공: … 안내를 위해") is not excused loosely
        // (a line the provision statements below read is theirs to report)
        const loosely =
          !listedOnConsent &&
          excusedLoosely(ownCases) &&
          (PROVISION.test(text) || !CONSENT_WITH_PURPOSE.test(text)) &&
          !(CONSENT_AS_MEANS.test(ownCases) && listsItemsAfter(ownCases, read));
        if (namedInAside(physical.slice(kind.end))) continue;
        // (a sentence that lists what it gives the kind, "…보험사에 접수자 성명, 연락처를 제공하며", is a provision of its
        // own beside a table of named recipients, not a lead-in to it)
        const ownProvision =
          hasRecipientTable &&
          (/(?:에게|에|께|한테)$/.test(read) || /^(?:에게|에|께|한테)/.test(physical.slice(kind.end))) &&
          listsItemsAfter(text, read);
        if (!standsUnnamed(line, loosely) && !OWN_PROVISION_ITEM.test(physical.slice(0, kind.start)) && !ownProvision) continue;
        // a lead-in over a recipient field already reported as a kind is that finding
        if (reportedBelow(document, line, reported)) continue;
        // the whole word the kind stands in ("가맹점주", not "가맹점"): the message quotes the recipient written
        const endsInKindWord = /[가-힣]$/.test(read) && withoutTrailingParticle(read) === read.trimEnd();
        const end = endsInKindWord ? wordEnd(physical, kind.end) : kind.end;
        const value = withoutTrailingParticle(physical.slice(kind.start, end));
        reportIfAny(report, kindFinding(document, line, value));
        reported.add(line);
      }
      // "다음과 같이 제공합니다" over the purpose, items and period, no one named in the sentence or the list: the
      // recipient itself is missing
      const leadsWithoutRecipient = new Set<number>();
      for (const { line } of body) {
        if (reported.has(line) || reportedBelow(document, line, reported)) continue;
        const lead = sentencesOn(document, line).find(
          ({ text }) => LIST_ANNOUNCEMENT.test(text) && PROVIDES_UNNAMED.test(text) && !RECEIVING_PARTICLE.test(text),
        );
        if (lead === undefined || isLawfulException(lead.text) || !detailsWithoutRecipient(document, line, headKinds, true)) continue;
        report({ messageId: "recipientMissing", range: lineRange(document, line) });
        reported.add(line);
        leadsWithoutRecipient.add(line);
      }
      for (const blank of blanksIn(document, body)) {
        report(blank);
        reported.add(blank.range.line);
      }
      // "제공하는 기관과 범위는 [파일 목록]의 … 부분을 참고": who receives the data is left to another place
      const deferral = body.find(({ text }) => RECIPIENTS_ELSEWHERE.test(text));
      if (deferral && !hasRecipientTable) {
        report({ messageId: "recipientsElsewhere", range: lineRange(document, deferral.line) });
        reported.add(deferral.line);
      }
      const subItems = recipientSubItems(document, body);
      // "1. 제휴 보험사" over its purpose, items and period: a recipient given as a kind, on its own line
      for (const [at, { line, recipient }] of subItems.entries()) {
        if (reported.has(line) || !onlyKinds(recipient, headKinds)) continue;
        if (statuteDefines(recipient, entryCitesStatute(document, line, subItems[at + 1]?.line ?? Infinity))) continue;
        reportIfAny(report, kindFinding(document, line, withoutTrailingParticle(recipient)));
        reported.add(line);
      }
      // "• 협력 소아과 의원: 건강검진 결과 확인 / 영유아 성명 / 계약 종료 시까지": the recipient before its details, run
      // together on its item's line
      for (const { line, text } of body) {
        const entry = INLINE_ENTRY.exec(text);
        if (reported.has(line) || !entry || entry[2].split(DETAIL_BREAK).length < 2 || !onlyKinds(entry[1].trim(), headKinds)) continue;
        reportIfAny(report, kindFinding(document, line, entry[1].trim()));
        reported.add(line);
      }
      // every sentence that makes an exception: one that names its cases ("다만 법률에 … 경우에는 예외로 합니다")
      // lists them; one that points below ("다만, 아래의 경우에는 예외로 합니다") needs the list after it, and
      // recipients with their details below a lead-in ("다음의 경우에 한하여 제공합니다") are that list
      let unlisted: string | undefined;
      body.some(({ line, text }, at) => {
        // "아래와 같이 제공하고 있습니다" over details with no recipient was read above: its list came, without the recipient
        // a line already reported (its recipient given only as a kind) is one defect, reported once
        if (!EXCEPTION_ANNOUNCEMENT.test(text) || leadsWithoutRecipient.has(line) || reported.has(line)) return false;
        if (subItems.some((item) => item.line > line)) return false;
        // the provisions announced ("다음과 같이 제공합니다") come as fields, bullets or a table, perhaps after a blank line
        // (or run on after it on its line); the next line of the section, whether or not the outline took it for a sub-heading
        const listFollows = () => {
          const next = linesBetween(document, line + 1, document.plain.length).find(({ text: after }) => after.trim() !== "");
          return next !== undefined && startsAList(document, next) && !nextSectionAt(document, next.line, anchor.section);
        };
        // the announcement left without its cases, read first: it is cheap, and most announcements state their cases,
        // so the costlier readings of what follows (a list of recipients, a pointer to another section) are seldom needed
        const announcement = matchesOf(EXCEPTION_ANNOUNCEMENTS, text).find((match) => {
          if (exceptionStatedInline(sentenceUpTo(body, at, match.index), match[0])) return false;
          const rest = text.slice(match.index + match[0].length);
          if (PROVISION_ANNOUNCED.test(match[0]) && (LIST_LINE.test(rest) || listFollows())) return false;
          return !EXCEPTION_ITEM.test(rest) && !body.slice(at + 1).some((after) => EXCEPTION_ITEM.test(after.text));
        })?.[0];
        if (announcement === undefined) return false;
        // "다음의 경우에만 제공합니다" over named recipients with their details ("국민건강보험공단: 요양급여 청구, …"):
        // what follows the announcement answers it
        if (recipientsListedAfter(document, line, "", headKinds, true)) return false;
        // "국외 제휴사에 대한 제공은 제6조에서 안내합니다": the list stands where the section points, when that place names recipients
        const after = [text, ...body.slice(at + 1).map((next) => next.text)];
        if (after.some((sentence) => pointsToRecipients(document, sentence, anchor.section))) return false;
        unlisted = announcement;
        return true;
      });
      // "아래와 같이 개인정보를 제공합니다" announces provisions, "다만 아래의 경우는 예외로 합니다" exceptions: say which
      if (unlisted !== undefined)
        report(
          PROVISION_ANNOUNCED.test(unlisted)
            ? { messageId: "announcedProvisionNotListed", range: lineRange(document, anchor.headingLine), data: { announcement: unlisted } }
            : { messageId: "announcedNotListed", range: lineRange(document, anchor.headingLine) },
        );
      // a named recipient must come with the purpose, the items and the period (제30조제1항제3호); a recipient
      // the law names (수사기관, a statute's basis) needs none of them
      for (const entry of [
        ...recipientFields(document, body),
        ...subItems,
        ...recipientRows(document, body),
        ...bareProvisions(document, body),
      ]) {
        if (reported.has(entry.line) || STATUTORY_BASIS.test(entry.basis ?? entry.details) || STATUTORY_BASIS.test(entry.recipient))
          continue;
        const absent = RECIPIENT_DETAILS.filter(
          ({ part, regex }) =>
            !(part === "items" && entry.itemsGiven) &&
            !regex.test(part === "retention" ? (entry.period ?? periodOf(entry.details)) : entry.details),
        );
        if (absent.length === 0) continue;
        report({
          messageId: "recipientDetailsMissing",
          range: lineRange(document, entry.line),
          severity: "warning",
          data: { recipient: entry.recipient, ...missingData(absent) },
        });
        reported.add(entry.line);
      }
    }
    // "받는 목적과 항목, 보유 기간은 동의받을 때 알려 드립니다": the details are left to the consent screen;
    // the provision that line qualifies (just above it) is that finding, not another one
    const deferred: number[] = [];
    for (const anchor of anchors) {
      const body = anchorBody(document, anchor);
      for (const [at, { line, text }] of body.entries()) {
        if (!DETAILS_ELSEWHERE.test(text) || reported.has(line)) continue;
        if (promisedForLater(document, line, body.slice(Math.max(0, at - DEFERRAL_REACH), at))) continue;
        report({ messageId: "detailsElsewhere", range: lineRange(document, line) });
        reported.add(line);
        deferred.push(line);
      }
    }
    // the lines that speak of providing, found with one scan of the text (most policies have none or few)
    const provisions = bodyLinesMatching(document, PROVISION);
    if (provisions.length === 0) {
      // no section, no recipients and no word of providing: nothing is provided
      if (anchors.length === 0 && !hasRecipientTable) notApplicable();
      return;
    }
    for (const { line, text } of provisions) {
      if (reported.has(line) || !HANGUL.test(text)) continue;
      if (deferred.some((at) => at > line && at - line <= DEFERRAL_REACH)) continue;
      // a lead-in ("다음과 같이 제3자에게 제공합니다") over a recipient already reported as a kind is that finding
      if (reportedBelow(document, line, reported)) continue;
      let unnamed: string | undefined;
      // a sentence hard-wrapped over lines is read whole: "… 제18조에 해당하는 경우에만 개인정보" over "를 제3자에게
      // 제공합니다." is the statute's exception, not a provision that names no one on its second line
      for (const { text: sentence } of sentencesOn(document, line)) {
        // "…제휴사에 제공하며, 그 밖의 경우에는 … 제공하지 않습니다": the clause on every other case leaves the
        // provision before it in place, so the provision is read without it
        const ownCases = withoutOtherCases(sentence);
        const match = PROVISION.exec(ownCases);
        if (match === null || isLawfulException(ownCases)) continue;
        // "㈜한빛 등 제휴사에게" names someone; "관련 제휴사에게" does not
        const recipient = sentence.slice(Math.max(0, match.index - 25), match.index + match[1].length);
        if (NAMED_RECIPIENT.test(recipient) || namedInAside(sentence.slice(match.index + match[1].length))) continue;
        // "이용자가 가입한 보험사에게": the person's own insurer is determinate for them
        if (relationBefore(sentence, wordStart(sentence, match.index))) continue;
        // "다음과 같이 제3자에게 제공합니다. ㈜한빛보험: 보험 상담 / …", or the list on the lines below it
        const after = text.slice(text.indexOf(sentence) + sentence.length);
        if (LIST_ANNOUNCEMENT.test(sentence) && recipientsListedAfter(document, line, after, headKinds)) continue;
        // a provision on consent that gives its purpose in the sentence is not excused loosely: its details are there
        if (standsUnnamed(line, excusedLoosely(ownCases) && !CONSENT_WITH_PURPOSE.test(sentence))) {
          unnamed = match[1];
          break;
        }
      }
      if (unnamed !== undefined) {
        report({ messageId: "unnamedRecipient", range: lineRange(document, line), data: { recipient: unnamed } });
        reported.add(line);
      }
    }
  },
};
