// Reading a policy's statement that an optional item does not apply: "회사는 가명정보를 처리하지 않습니다",
// "해당 사항 없음", "CCTV를 설치·운영하지 아니합니다", "가명정보를 처리하게 되면 이 방침으로 알리겠습니다".
// One reader for every optional item, so each rule accepts the same wordings and turns down the same
// look-alikes: a negation of something else done with the item ("제3자에게 제공하지 않습니다"), a negation
// narrowed to some cases ("동의 없이는 처리하지 않습니다", "원칙적으로"), a narrower kind of the item ("민감한
// 행태정보는"), and the consequence of opting out ("끄면 이전하지 않으며").
import type { LineText } from "./query.js";

/** What an item's rule says about its item; the grammar of denial is the reader's. */
export interface NotApplicableSpec {
  /** the actions that are the item itself ("처리", "수집", "설치·운영"): negating one of them denies the item */
  verbs: string;
  /** words that narrow a denial to a kind of the item ("민감", "아동"): the rest may still be done */
  narrowing?: string;
  /** false when the verbs are all that counts: denying that something is made public is not denying processing */
  includesProcessing?: boolean;
  /** the tools that do the item ("도구", "SDK"): not installing "행태정보 수집 도구" denies the item */
  means?: string;
  /**
   * true when the item is where the data goes ("국외"): handing the data to a recipient the item places there
   * ("국외에 있는 자에게", "해외 사업자에게") is the item itself, not a provision that leaves it in place; and a
   * party there that gets nothing personal ("해외 본사는 열람할 수 없습니다", "해외 본사는 통계만 받습니다") says
   * nothing of the item either way
   */
  recipientIsTheItem?: boolean;
  /**
   * false when the item is a use of the data that withholding it from others does not show: "행태정보를 광고
   * 회사에 넘기지 않습니다" says nothing of targeted ads by the controller, so such a clause neither denies nor
   * affirms the item (true by default: "민감정보를 제3자에게 제공하지 않습니다" shows sensitive data is held)
   */
  withholdingShowsTheItem?: boolean;
  /**
   * verbs among `verbs` that deny the item only when others are the audience: "외부에 알리지 않습니다" says it is
   * not made known, "본인에게 알리지 않고 처리합니다" is processing without telling
   */
  toOthersOnly?: string;
  /**
   * true when the item is data the person gives (민감정보): no field for it ("병력 기재란을 두지 않습니다", "종교
   * 항목은 없습니다") and telling the person not to give it ("병력은 적지 마십시오") deny it
   */
  givenByThePerson?: boolean;
  /**
   * true when the item is itself a hand-over (위탁, 맡기다): "외부 업체에 맡기지 않습니다" denies the item, where
   * for other items handing the data to others leaves the item in place
   */
  handingOverIsTheItem?: boolean;
  /**
   * the purposes the statute gives the item itself ("통계 작성", "과학적 연구" for 가명정보): "통계 작성 등을 위한
   * 가명정보를 처리하지 않습니다" names the item by its purpose, it does not narrow the denial to one
   */
  ownPurposes?: string;
}

export interface Denial {
  subject: RegExp;
  verbs: RegExp;
  narrowing: RegExp | null;
  /** a tool of the item, at the end of the object: "행태정보 수집 도구를" */
  means: RegExp | null;
  /** an action of the item said as a noun: "자동화된 결정은 없습니다", "수집은 없습니다" */
  actionNoun: RegExp;
  /** the item as the purpose or field of an action: "행태정보 수집에는", "맞춤형 광고를 위해" */
  frame: RegExp;
  /** the subject, to find every mention of it */
  mentions: RegExp;
  /** a party or thing the item places, right after the item's word, as a topic, subject or recipient ("해외 본사는") */
  partyThere: RegExp | null;
  /** a recipient the item places ("국외에 있는 자", "해외 사업자"), at the end of the text up to the recipient */
  itemRecipient: RegExp | null;
  /** whether a clause that only withholds the item from others affirms it */
  withholdingShowsTheItem: boolean;
  /** whether any verb negated right on the item denies it (false when only the spec's verbs count) */
  anyVerbOnTheItem: boolean;
  /** the item's action done, as a modifier or a linked verb: "저장된", "이전하여" */
  verbDone: RegExp;
  /** the verbs that deny the item only when told to others (see NotApplicableSpec) */
  toOthersOnly: RegExp | null;
  /** whether a missing field for the item, or the person told not to give it, denies it (see NotApplicableSpec) */
  givenByThePerson: boolean;
  /** whether the item's verb is a hand-over, so that naming the one it goes to still denies it (see NotApplicableSpec) */
  handingOverIsTheItem: boolean;
  /** whether a purpose other than the item limits a negation ("광고 목적으로 사용하지 않습니다"); false to read past it */
  purposeLimits: boolean;
  /** the item's own statutory purposes, which name it rather than narrow it (see NotApplicableSpec) */
  ownPurposes: RegExp | null;
}

// processing in general denies any item: "취급하지 않습니다", "보유하지 않습니다", "다루지 않습니다"
const PROCESSING_VERBS = "처리|취급|다루|다뤄|수집|이용|활용|보유";

// "에 있는", "에 소재한": the item's word as the place of what follows ("해외에 있는 계열사")
const PLACED = "에\\s{0,3}(?:있는|소재한|소재하는|위치한|설립된)";
// one or two nouns, the first bare ("학회 발표", "계열사"), then the particle of a topic, subject or recipient
const PARTY =
  "(?:[가-힣A-Za-z]{1,10}(?<![을를은는이가에로도의])\\s{1,3})?[가-힣A-Za-z]{1,12}?(?:에게는|에게도|에게|에는|에도|에|께|은|는|도|이|가)(?=\\s)";

/** The reader for one item: its words and the actions whose negation says it is not done. */
export function denialOf(subject: RegExp, spec: NotApplicableSpec): Denial {
  const verbs = spec.includesProcessing === false ? spec.verbs : `${PROCESSING_VERBS}|${spec.verbs}`;
  return {
    subject: new RegExp(subject.source, subject.flags.replace(/[gy]/g, "")),
    verbs: new RegExp(verbs),
    narrowing: spec.narrowing ? new RegExp(spec.narrowing) : null,
    // "맞춤형 광고 식별자(ADID/IDFA)는": the tool may carry its name in brackets before the particle
    means: spec.means ? new RegExp(`(?:${spec.means})(?:[(（][^()（）]{0,30}[)）])?(?:을|를|은|는|도)?$`) : null,
    actionNoun: new RegExp(`(?:${verbs})$`),
    mentions: new RegExp(subject.source, subject.flags.replace(/[gy]/g, "") + "g"),
    frame: new RegExp(
      `(?:${subject.source})[^.。,]{0,12}?(?:에는|에서는|으로는|으로|에|위해|위하여|위한)(?=\\s)`,
      subject.flags.replace(/[gy]/g, ""),
    ),
    // the item, then "의", "에 있는" or nothing, then at most two words that end in the recipient
    itemRecipient: spec.recipientIsTheItem
      ? new RegExp(
          `(?:${subject.source})(?:의|에\\s{0,3}(?:있는|소재한|소재하는|위치한|설립된))?\\s{0,3}(?:[가-힣A-Za-z0-9]{1,10}\\s{1,3})?[가-힣A-Za-z0-9]{0,10}$`,
          subject.flags.replace(/[gy]/g, ""),
        )
      : null,
    partyThere: spec.recipientIsTheItem ? new RegExp(`^(?:${PLACED})?\\s{1,3}${PARTY}`) : null,
    withholdingShowsTheItem: spec.withholdingShowsTheItem ?? true,
    anyVerbOnTheItem: spec.includesProcessing !== false,
    verbDone: new RegExp(`(?:${verbs})(?:된|한|되는|하는|되어|하여|되고|하고|해)(?![가-힣])`),
    toOthersOnly: spec.toOthersOnly ? new RegExp(`^(?:${spec.toOthersOnly})$`) : null,
    givenByThePerson: spec.givenByThePerson ?? false,
    handingOverIsTheItem: spec.handingOverIsTheItem ?? false,
    purposeLimits: true,
    ownPurposes: spec.ownPurposes ? new RegExp(spec.ownPurposes) : null,
  };
}

// A clause ends at a sentence end or at a connective that starts a new predicate ("…사용하며", "…않으나,").
// "…하면" and "…경우" stay with what follows: a condition belongs to its consequence, and "…하거나, …하지 않습니다"
// stays whole: the negation at its end covers both.
const CLAUSE_BREAK = /(?<=[.。!?;；])\s{1,3}|(?<=(?:며|으나|지만|는데|면서|니다만))\s{0,3},?\s{1,3}|(?<=[고서]|(?<!거)나),\s{1,3}/;

// A note the regulator's template addresses to its user, left in front of the answer: "(해당하는 경우에만 작성)",
// "[선택]", "<해당 시 기재>", "※ 해당 시 작성:". It is no part of what the policy says, and its "경우" or "시"
// is no condition on the sentence after it.
const NOTE_WORD =
  "(?:해당\\s{0,2}(?:하는|되는|할|될)?\\s{0,2}(?:경우|시)(?:에만|에|만)?|필요\\s{0,2}시(?:에만|에)?|선택\\s{0,2}(?:사항|항목)?|작성|기재|기입|삭제|예시|필수|권장)";
const NOTE = `${NOTE_WORD}(?:[\\s,·/]{0,3}${NOTE_WORD}){0,3}\\s{0,2}(?:요망|바람|할\\s{0,2}것|하십시오|하세요)?`;
const TEMPLATE_NOTE = new RegExp(
  `[(（[【〔<〈]\\s{0,2}${NOTE}\\s{0,2}[)）\\]】〕>〉]|※\\s{0,2}${NOTE}\\s{0,2}[:：]|※\\s{0,2}${NOTE}(?<=작성|기재|기입|요망|바람|하십시오|하세요)(?=\\s)`,
  "g",
);

/** The text without the template's notes to its user ("(해당하는 경우에만 작성) 회사는 …" → "회사는 …"). */
export function withoutTemplateNotes(text: string): string {
  return text.replace(TEMPLATE_NOTE, " ");
}

// an aside in brackets between a word and its particle that cites a provision or glosses in Latin letters: "결정(「개인정보
// 보호법」 제37조의2)을 하지 않습니다", "시스템(AI 포함)으로", "식별자(ADID)는"; what the clause says reads past it
const CITATION_ASIDE =
  /(?<=[가-힣A-Za-z0-9」』])[ \t]{0,2}[(（](?:[^()（）\n]{0,30}제[ \t]{0,2}\d{1,3}[ \t]{0,2}조[^()（）\n]{0,30}|[A-Za-z][A-Za-z0-9 ,./&'+-]{0,38}?(?:[ \t]{0,2}포함)?)[)）]/g;

/**
 * The clauses of a line or passage, each a predicate with what leads up to it; the template's notes and the
 * asides that cite or gloss are left out.
 */
export function clausesOf(text: string): string[] {
  return asTableRow(withoutTemplateNotes(text).replace(CITATION_ASIDE, ""))
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

const DRAWN_BAR = /[│┃║｜]/g;
const ALIGNING_SPACES = /[ \t]{2,}/g;
const DRAWN_OR_ALIGNED = /[│┃║｜]|[ \t]{2}/;

/**
 * A drawn table's bars read as a table's ("│ 국외 이전 │ 없음 │" as "| 국외 이전 | 없음 |"), and the runs of spaces that
 * align its cells as one space; most text has neither, and is returned as it is.
 */
function asTableRow(text: string): string {
  return DRAWN_OR_ALIGNED.test(text) ? text.replace(DRAWN_BAR, "|").replace(ALIGNING_SPACES, " ") : text;
}

// "하지 않", "하지는 아니", "할 수 없", "되지 못"
const NEGATED = /지(?:는|도)?\s{0,3}(?:않|아니|못)|수\s{0,3}(?:가|는|도)?\s{0,3}없(?!이)/g;
// a fact, plan, case or chance that does not exist, or a duty that does not hold: "처리한 사실이 없습니다",
// "이전할 계획이 없습니다", "공개될 가능성이 없습니다", "지정 대상이 아닙니다", "공개하는 기능은 없습니다",
// "공개되는 일은 없습니다"; the predicate is the word before the noun
const NOTHING_OF =
  /(?:사실|경우|계획|예정|바|대상|의무|가능성|우려|기능|서비스|메뉴|업무|(?<=(?:는|될|된|할|한)\s{1,3})일)\s{0,3}(?:이|가|은|는|도)?\s{0,3}(?:없(?!이)|아니|아닙|아님)/g;
// an action said not to exist, after the noun that names it: "자동화된 결정은 없습니다", "수집이 없습니다"
const NO_SUCH_ACTION = /(?<=[가-힣])(?:이|가|은|는|도)\s{0,3}없(?!이)/g;
// a label answered "없음": "자동화된 결정 사용: 없음", "국외 이전 | 하지 않음"; the label must name the item or its action
// "없음" closing a label that names the item: after a colon, a table cell's edge ("국외 이전 | 없음") or, in a
// summary's noun style, a space ("국외 이전 없음", "제3자 제공 없음")
// (the answer may carry an aside in brackets, and a summary may go on to its next field after a slash or a bar:
// "국외 이전: 없음 (서버는 국내에 있습니다)", "… / 국외 이전: 없음 / 문의: …")
const NONE_AS_ANSWER =
  /(?:[:：|]\s{0,3}(?:없음|없습니다|없다|안\s{0,2}함|안\s{0,2}합니다|하지\s{0,2}(?:않음|않습니다|않는다))|[ \t]{1,3}없음)\s{0,3}(?:[(（][^()（）]{0,80}[)）]\s{0,3})?[.。]?\s{0,3}(?:\|?\s{0,3}$|[/|｜]\s)/g;
// the end of a label, before its answer: "가명정보를 처리하는 경우: 해당 없음" answers the label, no condition
const LABEL_END = /[:：]\s{0,3}$/;
// statements with no verb to weigh: "해당 사항 없음", "해당되지 않습니다", "미운영", "설치·운영 안 함", a bare "없음"
const NOT_APPLICABLE =
  /해당\s{0,3}(?:사항|내용)?\s{0,3}(?:이|은|는)?\s{0,3}없(?!이)|(?<![가-힣])(?:설치|운영|사용|수집|처리|이용|제공|위탁|실시|도입)(?:\s{0,2}[·ㆍ/]\s{0,2}(?:설치|운영|사용|수집|처리|이용|제공|위탁))?\s{1,2}안\s{0,2}(?:함|합니다|해요|한다)(?![가-힣])|해당\s{0,3}(?:되|하)지\s{0,3}(?:않|아니)|(?<![가-힣])미\s{0,3}(?:해당|운영|설치|지정|실시|수집|처리|사용|보관|제공|위탁|도입)(?![가-힣])|^\s{0,3}(?:[-–•·※▶]\s{0,3})?(?:없음|없습니다|없다)\s{0,3}[.。]?\s{0,3}$/;
// a condition before the negation makes it the consequence of a choice: "끄면 이전하지 않으며", "거부할 경우"
const CONDITION =
  /(?:하|되|끄|않으|없으|있으|으|라|다|이)면(?=[\s,]|$)|(?:[는은한할될된인을]\s{0,3}|[하되]지\s{0,3}않는\s{0,3})경우|(?:할|한|될|된|는|을)\s{0,3}때|\s시(?:에는|에도|에)?(?=[\s,]|$)|(?:거부|해제|철회|해지|탈퇴|중단|미동의|비활성화)\s{0,3}(?:시|후)(?![가-힣])/;
// a negation that is itself a condition, or only a principle: "동의하지 않는 경우", "해당 사항이 없으면",
// "수집하지 않는 것을 원칙으로 합니다"
const NEGATION_AS_CONDITION = /^[^.。,]{0,8}?(?:않|아니하|없|못하)(?:(?:는|은|을)\s{0,3}(?:경우|때)|으면|는\s{0,3}것을\s{0,3}원칙)/;
const IN_NO_CASE = /(?:어떠한|어떤|어느|여하한)\s{0,3}경우(?:에도|라도|든지)/g;
// "발표 시에도", "공개할 때에도", "요청하는 경우에도": even then, not a condition; the denial holds all the more
const EVEN_WHEN = /(?:\s시|때|경우)(?:에도|라도)(?=[\s,]|$)/g;
// a negation that holds only in some cases or for some purposes
const SCOPE =
  /동의\s{0,3}(?:없이|를?\s{0,3}받지\s{0,3}않고)|원칙\s{0,3}적으로|제외하고|제외한|없이는|한하여|한해서|함부로|임의로|무단으로|허락\s{0,3}없이|부당하게|과도하게|불필요하게/;
// a negation limited to some people or purposes ("담임교사 외에는 볼 수 없고", "목적 외로 쓰지 않고", "상담 외의
// 용도로 쓰지 않습니다": it is used for the one named): the limit is an argument of its own predicate, so it ends
// where that predicate ends in a coordination
// (and "그 밖의 경우에는", "그 외의 경우", "나머지 경우에는": the cases not named before it)
const LIMIT =
  /(?:목적|용도)\s{0,3}(?:외|이외|범위)|(?:다른|그\s{0,3}외의?|(?<![가-힣])(?:외|이외)의?)\s{0,3}(?:목적|용도)|범위를\s{0,3}(?:넘|초과|벗어)|(?:외|이외)에는|(?:외|이외|밖)의\s{0,3}경우|(?<![가-힣])밖에는|나머지\s{0,3}경우/;
// a negated predicate coordinated with what follows ("볼 수 없고 ", "쓰지 않고 "), not "않고 있습니다"
const NEGATION_COORDINATED = /(?:없|않|아니하|못하)고\s{1,3}(?!있)/g;

/** True when the text narrows a negation to some cases or purposes: "동의 없이는", "원칙적으로", "그 밖의 경우에는". */
export function narrowedToSomeCases(text: string): boolean {
  return SCOPE.test(text) || LIMIT.test(text);
}

/**
 * True when the text limits its predicate to a purpose ("세무 신고 외의 목적으로 이용하"), with no case or condition
 * ("동의 없이", "경우에는") that would reach a predicate joined after it as well.
 */
export function limitedToAPurposeOnly(text: string): boolean {
  return LIMIT.test(text) && !SCOPE.test(text) && !CONDITION.test(text);
}

// the purpose or use a predicate is for: "맞춤형 광고 목적으로", "홍보 용도로는", "광고목적에", "재방문 유도를 위해"
const FOR_A_PURPOSE = /(?:목적|용도)(?:으로|로|에)(?:는|도|만)?(?=\s|$)|(?:을|를)\s{1,3}위(?:해서|하여|해|한)(?=\s|$)/g;
// "어떠한 목적으로도", "어떤 용도로도": every purpose, which makes a denial whole
const ANY_PURPOSE = /^(?:어떠한|어떤|어느|여하한|무슨)$/;
// a word of the purpose's noun phrase: a bare noun, or one joined to the next ("광고나", "분석과", "마케팅·"), or "및"
const PURPOSE_WORD = /^(?:및|또는|[가-힣A-Za-z0-9·]{1,14}(?<![을를은는이가에로도의서])(?:와|과|이나|나)?[,·]?)$/;
const MAX_PURPOSE_WORDS = 4;

/**
 * True when the predicate `lead` leads up to is done for a purpose that is not the item ("쿠키를 맞춤형 광고 목적으로
 * 사용하", "회원 정보를 홍보를 위해 국외로 이전하"): its negation denies that purpose, not the item. "맞춤형 광고
 * 목적으로 행태정보를 쓰지" names the item as the purpose, and "어떠한 목적으로도" is every purpose.
 */
export function forAnotherPurpose(lead: string, subject: RegExp, ownPurposes: RegExp | null = null): boolean {
  for (const purpose of lead.matchAll(FOR_A_PURPOSE)) {
    // the words that name the purpose: the one the marker is written onto, and bare nouns before it
    const words = lead.slice(0, purpose.index).split(/\s+/);
    const phrase = [words.pop() ?? ""];
    while (phrase.length < MAX_PURPOSE_WORDS && words.length > 0 && PURPOSE_WORD.test(words.at(-1)!)) phrase.unshift(words.pop()!);
    const named = phrase.join(" ");
    if (!phrase.some((word) => ANY_PURPOSE.test(word)) && !subject.test(named) && !(ownPurposes?.test(named) ?? false)) return true;
  }
  return false;
}

/** The part of the text before a negation that belongs to its own predicate: after the last coordinated negation. */
function ownPredicateLead(before: string): string {
  let start = 0;
  for (const coordinated of before.matchAll(NEGATION_COORDINATED)) start = coordinated.index + coordinated[0].length;
  return before.slice(start);
}
// giving the item to someone else: its negation leaves the item itself in place
const HANDING_OVER = /제공|공유|판매|팔|대여|양도|전달|위탁|맡기|맡겨|제출|넘기|넘겨|건네|내주|내어\s{0,3}주/;
// another party by what it is ("제3자", "광고주", "외부"); a bare "…에게" may also be the audience ("아동에게 … 광고를 제공하지")
const ANOTHER_PARTY =
  /제\s{0,3}3\s{0,3}자|타사|타인|외부|광고주|협력\s{0,3}(?:사|업체)|제휴\s{0,3}(?:사|업체)|다른\s{0,3}(?:회사|기관|사업자|업체)/;
const RECIPIENT = new RegExp(`에게|한테|${ANOTHER_PARTY.source}`);
// others as the audience of what is made known: "외부에", "다른 회원에게", "남에게"
const TOLD_TO_OTHERS = new RegExp(
  `${ANOTHER_PARTY.source}|다른\\s{0,3}(?:사람|회원|이용자|참가자|고객|환자|학생)|(?<![가-힣])남에게|공개적으로`,
);
const PARTICLE = /(?:을|를|이|가|은|는|도|에는|에서는|에|으로는|로는|으로|로)$/;
const TOLD_TO_OTHERS_EACH = new RegExp(TOLD_TO_OTHERS.source, "g");
// others as whose the data is, not who is told: "다른 사람의 개인정보", "타인 정보"
const WHOSE = /^(?:의|\s{0,2}(?:개인\s{0,2})?정보)/;

/** True when the text names others as the audience ("다른 회원에게"), not as whose the data is ("다른 사람의 개인정보를"). */
function toldToOthers(text: string): boolean {
  for (const others of text.matchAll(TOLD_TO_OTHERS_EACH)) if (!WHOSE.test(text.slice(others.index + others[0].length))) return true;
  return false;
}
// "…하게 되면 이 방침에 반영하여 알리겠습니다", "…미리 밝히겠습니다": a promise to disclose it if it starts, so it is
// not done now
const LATER_NOTICE =
  /(?:안내|공지|고지|공개|게시|반영|개정|명시|기재|추가)\s{0,3}(?:하겠|할\s{0,3}(?:예정|것)|하여|드리|합니다|하도록)|알리겠|알려\s{0,3}드리|밝히겠|밝힐\s{0,3}(?:예정|것)|밝혀\s{0,3}(?:드리|두겠)/;
// "다음과 같이", "아래 사항": the conditional introduces what follows, not a later notice
const LIST_FOLLOWS = /다음|아래|하기\s{0,3}(?:와|의|사항)|별표/;

/** A predicate's stem: "처리하" → "처리", "가입할" → "가입", "운영하는" → "운영"; a bare light verb → "". */
function stemOf(word: string): string {
  return word
    .replace(/지(?:는|도)?$/, "")
    .replace(/(?:하는|되는|한|할|된|될|는|을)$/, "")
    .replace(/(?:하|해|되|돼|시키)$/, "");
}

// a verb that serves the one before it, written apart ("보여 주지", "알려 드리지"), and that verb's form before it
const AUXILIARY = /^(?:주|드리)$/;
const SERVED_FORM = /[아어여해워와]$/;

// verbs that have another party do an action: "국외에서 처리하도록 위탁하지 않습니다" denies the action
const HAVE_DONE = /^(?:위탁|맡기|맡겨|의뢰|요청|지시)$/;
// verbs that let another party do an action: "제3자가 수집하도록 허용하지 않습니다", "수집하는 것을 허락하지",
// "수집하게 두지", "제3자의 수집: 허용하지 않음" deny the action, whoever would do it
const PERMIT = /^(?:허용|허락|용인|두)$/;
const LETS = /^(?:허용|허락|용인)$/;
// the action a permission is about: "수집하도록", "수집하게", "수집하는 것을", "수집을", a label "수집:" ("허용 여부:" before it)
const PERMITTED_ACTION = /(?:도록|게)$/;
const THE_ACTION = /^(?:것을|것은|것도|것)$/;
const LABEL_WORD = /^(?:허용|허락|여부)?[:：]?$/;
// verbs that provide the means of an action, a service, a function or a place on a form, and those means: "공개하는
// 서비스를 운영하지 않습니다", "게시할 수 있는 기능을 제공하지 않습니다" deny the action (a bare "서비스를 운영하지" does not)
const PROVIDE_MEANS = /^(?:두|운영|마련|제공|갖추|갖춰|만들|설치|개설)$/;
const MEANS_OF_ACTION = /^(?:서비스|기능|메뉴|게시판|공간|창구|화면)(?:을|를|은|는|도)$/;
const ADNOMINAL_ACTION = /[가-힣](?:하는|받는|되는|할|될)$/;
// of those, the ones whose object may be the action itself: "국외 보관을 위탁하지 않습니다"
const ENTRUST = /^(?:위탁|맡기|맡겨|의뢰)$/;

interface Predicate {
  stem: string;
  object: string | undefined;
  /** the verb that has another party do the action ("위탁", "맡기"), when the negation sits on it */
  haveDone?: string;
  /** the words before the verb, when the verb is a word of its own (not a light verb carried by its object) */
  lead?: string[];
  /** true when the verb is a light verb ("하") that its object carries: "결정은 하지 않습니다" */
  light?: true;
}

/**
 * The stem of the predicate that ends where a negation starts ("광고를 하" → "광고", "쿠키를 쓰" → "쓰"), and
 * the word before it when that word is its object or topic ("녹음 기능을 사용하지" → "기능을"). A negation on
 * a verb that has the action done ("보관하도록 맡기지", "처리를 위탁하지") negates the action.
 */
function predicateBefore(clause: string, at: number): Predicate {
  const words = clause.slice(0, at).trim().split(/\s+/);
  let stem = stemOf(words.pop() ?? "");
  // "이전하고 있지 않": the verb is the word before "있"
  if (stem === "있") stem = stemOf((words.pop() ?? "").replace(/고$/, ""));
  // "공개될 수 있는 경우는 없습니다": the verb is the word before "수 있"
  if (stem === "수") stem = stemOf(words.pop() ?? "");
  // "처리를 하지 않", "광고를 하지 않": a light verb carries the meaning of its object
  if (stem === "") return { stem: (words.pop() ?? "").replace(PARTICLE, ""), object: undefined, light: true };
  // "보여 주지 않", "알려 드리지 않": the verb is the one the auxiliary serves
  if (AUXILIARY.test(stem) && SERVED_FORM.test(words.at(-1) ?? "")) stem = words.pop()!;
  if (PERMIT.test(stem)) {
    const permitted = permittedAction(stem, words);
    if (permitted !== undefined) return { stem: permitted, object: undefined };
  }
  // "공개하는 서비스를 운영하지", "게시할 수 있는 기능을 두지": with no means for it, the action is not done
  if (PROVIDE_MEANS.test(stem) && MEANS_OF_ACTION.test(words.at(-1) ?? "")) {
    const at = words.length - 2;
    const action = words[at] === "있는" && words[at - 1] === "수" ? at - 2 : at;
    if (action >= 0 && ADNOMINAL_ACTION.test(words[action])) {
      const stemOfAction = stemOf(words[action]);
      words.splice(action);
      const object = words.at(-1);
      return { stem: stemOfAction, object: object !== undefined && OBJECT_OR_TOPIC.test(object) ? object : undefined, lead: words };
    }
  }
  let haveDone: string | undefined;
  const action = words.at(-1) ?? "";
  // "처리하도록 위탁하지", "보관되도록 요청한 사실이": the action is the clause the verb governs
  if (HAVE_DONE.test(stem) && /도록$/.test(action)) {
    haveDone = stem;
    stem = stemOf(words.pop()!.replace(/도록$/, ""));
  } else if (ENTRUST.test(stem) && /[을를]$/.test(action)) {
    // "보관을 위탁하지": the action is the object
    haveDone = stem;
    stem = words.pop()!.replace(PARTICLE, "");
    return { stem, object: undefined, haveDone };
  }
  const object = words.at(-1);
  return { stem, object: object !== undefined && OBJECT_OR_TOPIC.test(object) ? object : undefined, haveDone, lead: words };
}

/** The stem of the action a permission verb governs, from the words before it ("수집하도록" → "수집"); consumes them. */
function permittedAction(permit: string, words: string[]): string | undefined {
  const last = words.at(-1) ?? "";
  if (PERMITTED_ACTION.test(last)) return stemOf(words.pop()!.replace(PERMITTED_ACTION, ""));
  // "국내대리인을 두지 않습니다": "두" lets an action happen only after "…하도록" or "…하게"
  if (!LETS.test(permit)) return undefined;
  if (THE_ACTION.test(last) && words.length > 1) {
    words.pop();
    return stemOf(words.pop()!);
  }
  if (/[을를]$/.test(last)) return words.pop()!.replace(PARTICLE, "");
  // "행태정보 수집 허용 여부: 허용하지 않음": the label names the action
  if (/[:：]$/.test(last)) {
    while (words.length > 0 && LABEL_WORD.test(words.at(-1)!)) words.pop();
    const label = words.pop();
    return label === undefined ? undefined : stemOf(label.replace(/[:：]$/, ""));
  }
  return undefined;
}

// the word before a predicate, marked as its object or topic
const OBJECT_OR_TOPIC = /[을를은는]$/;
// objects that stand for the item or any data ("이를", "개인정보를"), and topics that are the one who acts ("회사는")
const STANDS_FOR_THE_ITEM =
  /^(?:이를|이것을|그것을|이는|이|그|해당|위|이러한|그러한|모든|일체|어떠한|[가-힣]*정보[을를은는]|[가-힣]*기록[을를은는]|[가-힣]*데이터[을를은는]|[가-힣]*자료[을를은는])$/;
const ONE_WHO_ACTS =
  /^[가-힣]{0,12}(?:회사|당사|본사|저희|우리|앱|서비스|사이트|누리집|플랫폼|기관|협회|학교|병원|의원|은행|법인|센터|재단|공단|조합|[가-힣]{1,12}(?:구|시|군|청|부|처))[은는]$/;

// the mention's word modifies the object: "완전히 자동화된 결정을", "자동화된 시스템을"
const ADNOMINAL_REST = /^(?:된|한|하는|되는|적인|인)\s{1,3}$/;
// a bare noun between the item and a tool it names, with no particle: "행태정보 수집 도구를", "맞춤형 광고 SDK를"
const BARE_NOUN = /^(?:[가-힣]{1,6}(?<![을를은는이가에로도의])|[A-Za-z]{1,10}|및|·)$/;

// "광고용", "수집용": a tool named by its use, the suffix written onto the item's last word
const FOR_USE = /^용(?=\s)/;

/** True when the gap holds only bare nouns, so that the item and the object make one compound. */
function compoundGap(gap: string): boolean {
  if (!/^\s/.test(gap) || !/\s$/.test(gap)) return false;
  return gap
    .trim()
    .split(/\s+/)
    .every((word) => word === "" || BARE_NOUN.test(word));
}

// the item joined to what follows it in one object: "행태정보와 ", "행태정보나 ", "행태정보, ", "행태정보 및 "
const COORDINATED_WITH = /^(?:와|과|이나|나|이랑|랑|하고)?[,·]?\s{1,3}(?:(?:및|또는|그리고)\s{1,3})?/;
// a noun of the coordination, bare or joined to the next ("위치정보와", "주소,"), not a word that modifies ("같은", "무관한")
const CONJUNCT_NOUN = /^(?:및|또는|[,·]|[가-힣A-Za-z0-9]{1,10}(?<![을를은는이가에로도의하되한된될할던른])(?:와|과|,|·)?)$/;
// words after "와" that make it a comparison or an accompaniment, not a coordination: "맞춤형 광고와 달리"
const NOT_A_CONJUNCT = /^(?:달리|같이|함께|마찬가지로|별도로|따로|대신|비슷하게|동일하게)$/;

/** True when the gap after the item is the rest of a coordination the object ends: "와 광고 " before "식별자를". */
function coordinatedGap(gap: string): boolean {
  const joined = COORDINATED_WITH.exec(gap);
  if (joined === null || joined[0].trim() === "" || !/\s$/.test(gap)) return false;
  return gap
    .slice(joined[0].length)
    .trim()
    .split(/\s+/)
    .every((word) => word === "" || ((CONJUNCT_NOUN.test(word) || CONJUNCT_DETERMINER.test(word)) && !NOT_A_CONJUNCT.test(word)));
}

// the second conjunct may say whose or which it is: "민감정보나 다른 사람의 개인정보를"
const CONJUNCT_DETERMINER = /^(?:다른|모든|기타|타인의|[가-힣]{1,8}의)$/;

// the item as an example of the tools the object names: "Google Analytics와 같은 " before "분석 도구나 광고 픽셀을"
const LIKE_AN_EXAMPLE = /^\s{0,3}(?:와|과)\s{1,3}같은(?=\s)/;

// the item as the object of what a tool does, in a clause before the tool: "을 수집하는 " before "분석 도구를"
const WHAT_THE_TOOL_DOES = /^(?:을|를)\s{1,3}[가-힣]{1,6}(?:하|되)는(?=\s)/;

// the item as an example of the noun after "등", that noun a member of the object's coordination: " 등 민감정보" before
// "와 주민등록번호를"
const EXAMPLE_OF_A_MEMBER = /^\s{1,3}등(?:의)?\s{1,3}[가-힣A-Za-z0-9]{1,12}?(?=(?:와|과|이나|나|이랑|랑|하고)?[,·]?\s)/;

/**
 * True when the object is the item, or a tool of it: a mention ends inside it, modifies it, heads a compound of
 * it, or is one of a coordinated object it ends ("행태정보와 광고 식별자를"), also as an example of one ("건강 정보 등
 * 민감정보와 주민등록번호를").
 */
function objectIsTheItem(object: string, before: string, denial: Denial): boolean {
  const objectStart = before.trimEnd().lastIndexOf(object);
  for (const mention of before.matchAll(denial.mentions)) {
    const end = mention.index + mention[0].length;
    if (end > objectStart) return true;
    const gap = before.slice(end, objectStart);
    if (ADNOMINAL_REST.test(gap) || coordinatedGap(gap)) return true;
    const example = EXAMPLE_OF_A_MEMBER.exec(gap);
    if (example !== null && coordinatedGap(gap.slice(example[0].length))) return true;
    // "맞춤형 광고용 쿠키를": the item names what the tool is for, "X와 같은 분석 도구를" one of its kind;
    // "행태정보를 수집하는 분석 도구를": what it does
    if (denial.means?.test(object) && compoundGap(gap.replace(FOR_USE, " ").replace(LIKE_AN_EXAMPLE, ""))) return true;
    const does = denial.means?.test(object) ? WHAT_THE_TOOL_DOES.exec(gap) : null;
    if (does !== null && compoundGap(gap.slice(does[0].length).replace(/·/g, " · "))) return true;
  }
  return false;
}

/**
 * True when the negated predicate has an object of its own that is neither the item nor data in general:
 * "CCTV 영상은 녹음 기능을 사용하지 않습니다" denies the sound, not the cameras. The item may frame the
 * object: "행태정보 수집에는 쿠키를 쓰지 않습니다".
 */
function aboutAnotherObject(object: string | undefined, before: string, denial: Denial): boolean {
  if (object === undefined || STANDS_FOR_THE_ITEM.test(object) || ONE_WHO_ACTS.test(object)) return false;
  // the object is the item when a mention of it ends inside the object ("맞춤형 광고를") or modifies it
  if (objectIsTheItem(object, before, denial)) return false;
  return !denial.frame.test(before);
}

// a predicate joined to the negated one, which the negation at the end covers too: "이전하거나 … 위탁하지 않습니다",
// "이전 및 위탁하지 않습니다"
const CONJUNCT = /(?<![가-힣])([가-힣]{1,12})(?:거나|든지),?\s|(?<![가-힣])([가-힣]{1,12})\s{1,3}(?:및|또는)\s/g;

/** The stems of the predicates coordinated before the negated one, each with the text that leads up to it. */
function conjunctsBefore(before: string): { stem: string; lead: string }[] {
  return [...before.matchAll(CONJUNCT)].map((match) => ({
    stem: stemOf(match[1] ?? match[2]),
    lead: before.slice(0, match.index),
  }));
}

// a word that ends a member of a list: "처리와", "결정,", "처리·", "가명처리나"; or one before "및", "또는"
const MEMBER_JOINT = /(?:와|과|이나|나)?[,·]$|(?:와|과|이나|나)$/;
const JOINING_WORD = /^(?:및|또는|혹은|그리고)$/;
// the list is what another noun is about: "운영·관리에 관한 설치 위치가 없습니다" says the details are missing
const ABOUT_WORD = /^(?:관한|대한|관련된|관련한|따른|의한)$/;
// a word that ends a member of a list with a predicate or case of its own ("가명정보는 … 이용하고", "민감정보의 제공"):
// a topic or subject, a source or addressee, a connective, a genitive; an adnominal "하는", "되는" stays inside the
// member, and so does a noun's own ending ("광고", "문서"): the connectives are the verb's, "하고", "되어서"
const OWN_CLAUSE_WORD =
  /(?:(?<![하되있없않])는|은|이|가|도|의|에서|에게|께|으로|로|(?:[하되있없않]|이)(?:고|며|면|지만)|하여|되어|해서|돼서|니다)[,·]?$/;

/**
 * The text without the word it ends in and the spaces before that word ("…결정은 하" → "…결정은"), unchanged when it
 * ends in a space: what /\s*\S+$/ removes, without its backtracking over a long run of spaces.
 */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !/\s/.test(text[end - 1])) end--;
  if (end === text.length) return text;
  return text.slice(0, end).trimEnd();
}

/**
 * True when the item, as an action ("가명정보 처리", "자동화된 결정"), is an earlier member of the coordinated noun
 * phrase that `text` ends in, so the one predicate after it covers the item too: "가명정보 처리, 자동화된 결정,
 * 행태정보를 이용한 광고는 [하지 않습니다]". A member followed by a clause of its own ("가명정보는 … 이용하고") or
 * a list that modifies another noun ("가명정보와 민감정보의 제공") is not one.
 */
function listedBeforeTheLast(text: string, denial: Denial): boolean {
  for (const mention of text.matchAll(denial.mentions)) {
    const words = text
      .slice(mention.index)
      .replace(/([,·])(?=\S)/g, "$1 ")
      .split(/\s+/);
    // the member: the mention's word and at most two more, up to the word that joins it to the next member
    for (let at = 0; at < Math.min(3, words.length - 1); at++) {
      const byWord = JOINING_WORD.test(words[at + 1]);
      const joint = MEMBER_JOINT.exec(words[at]);
      if (!byWord && joint === null) {
        if ((OWN_CLAUSE_WORD.test(words[at]) || /(?:에|을|를)$/.test(words[at])) && !/의$/.test(words[at])) break;
        continue;
      }
      const member = [...words.slice(0, at), byWord ? words[at] : words[at].slice(0, joint!.index)].join(" ");
      const others = words.slice(byWord ? at + 2 : at + 1);
      if (
        denial.actionNoun.test(member) &&
        others.length > 0 &&
        others.slice(0, -1).every((word) => !OWN_CLAUSE_WORD.test(word) && !ABOUT_WORD.test(word))
      )
        return true;
      break;
    }
  }
  return false;
}

/**
 * True when what leads up to a negation makes it hold only sometimes: a condition (unless the negation answers a
 * label), a scope ("동의 없이는"), a limit on its own predicate ("…외에는"), or a narrower kind of the item.
 */
function limitedOrConditional(before: string, denial: Denial, answersLabel = false): boolean {
  return (
    (!answersLabel && CONDITION.test(before)) ||
    SCOPE.test(before) ||
    LIMIT.test(ownPredicateLead(before)) ||
    (denial.purposeLimits && forAnotherPurpose(ownPredicateLead(before), denial.subject, denial.ownPurposes)) ||
    (denial.narrowing?.test(before) ?? false)
  );
}

// verbs done to data that is held: handing it on, moving or showing it, changing, joining or re-identifying it,
// recording, keeping or deleting it, letting it out. Negated, they leave the item in place: "가명정보를 재식별하지
// 않습니다" says pseudonymised data is processed.
const DONE_TO_HELD_DATA =
  /보내|전송|송신|송부|업로드|옮기|옮겨|이전|반출|이관|공개|노출|게시|표시|보여|보이|열람|재식별|식별|결합|연계|대조|변경|수정|조작|변조|위조|가공|분석|녹음|녹화|촬영|출력|복사|복제|인쇄|보관|저장|보존|남기|남겨|삭제|파기|폐기|지우|지워|유출|누설|남용|오용|악용|도용|확정|암호화|입력|기재|작성/;
// what may stand between the item and a verb negated on it: emphasis, time, and the one who acts
const BETWEEN_ITEM_AND_VERB =
  /^(?:별도로|따로|일절|일체|전혀|절대|절대로|결코|굳이|아예|직접|현재|지금|이제|앞으로|앞으로도|향후|더|이상|어떠한|어떤|어느|여하한|경우에도|경우라도|저희|우리|[가-힣]{0,12}(?:회사|당사|본사|저희|우리|기관|법인|센터|재단|공단|조합)(?:는|은|가|이|에서는))$/;
// the last verb of "A지도 B지도 않다", and a verb before it in the same form
const NEITHER_NOR = /^지도\s{0,3}않/;
const ALSO_NEGATED = /^[가-힣]{1,12}지도$/;
// the item's word ends in a particle only: "가명정보를", "민감정보는", "자동화된 결정도"
const PARTICLE_ONLY = /^(?:을|를|은|는|이|가|도)?$/;
// a negation that advises or states a purpose: "입력하지 않도록", "밝히지 않아도", "쓰지 않게"
const NOT_A_STATEMENT = /^지(?:는|도)?\s{0,3}않(?:도록|게|아도|더라도)/;

/**
 * True when the verb is negated right on the item, whatever the verb ("가명정보를 만들지 않습니다", "민감정보는
 * 일절 묻지 않습니다"): the item's word is the object or topic of the predicate, with only emphasis or the one who
 * acts between, and the verb is not something done to data that is held.
 */
function negatedOnTheItem(clause: string, at: number, predicate: Predicate, denial: Denial): boolean {
  const { stem, lead, haveDone } = predicate;
  if (!denial.anyVerbOnTheItem || lead === undefined || haveDone !== undefined) return false;
  if (DONE_TO_HELD_DATA.test(stem) || HANDING_OVER.test(stem) || NOT_A_STATEMENT.test(clause.slice(at))) return false;
  // "가명정보를 만들지도 쓰지도 않습니다": the verbs before the last one in a "neither … nor" share its negation
  const neitherNor = NEITHER_NOR.test(clause.slice(at));
  const sharesTheNegation = (word: string) =>
    neitherNor && ALSO_NEGATED.test(word) && !DONE_TO_HELD_DATA.test(word) && !HANDING_OVER.test(stemOf(word));
  let end = lead.length;
  while (end > 0 && (BETWEEN_ITEM_AND_VERB.test(lead[end - 1]) || sharesTheNegation(lead[end - 1]))) end--;
  if (end === 0) return false;
  const text = lead.slice(0, end).join(" ");
  const wordStart = text.length - lead[end - 1].length;
  for (const mention of text.matchAll(denial.mentions)) {
    const mentionEnd = mention.index + mention[0].length;
    if (mentionEnd > wordStart && PARTICLE_ONLY.test(text.slice(mentionEnd))) return true;
  }
  return false;
}

// verbs that say an action happens: "발생하지", "이루어지지", "일어나지", "생기지"; negated with the action as their
// subject ("국외 이전은 발생하지 않습니다"), they say the action is not done
const HAPPENS = /^(?:발생|이루어|일어나|생기)$/;

/** True when the negated verb says the item's action does not happen: "국외 이전은 이루어지지 않습니다". */
function actionDoesNotHappen(clause: string, at: number, predicate: Predicate, denial: Denial): boolean {
  const { stem, lead } = predicate;
  if (!HAPPENS.test(stem) || lead === undefined || NOT_A_STATEMENT.test(clause.slice(at))) return false;
  let end = lead.length;
  while (end > 0 && BETWEEN_ITEM_AND_VERB.test(lead[end - 1])) end--;
  const subject = /^(.+?)(?:은|는|이|가|도)$/.exec(lead[end - 1] ?? "");
  return subject !== null && denial.actionNoun.test(subject[1]);
}

/** True when the negation at `at` in the clause denies the item outright. */
function deniesAt(clause: string, at: number, denial: Denial, verbFree: boolean): boolean {
  // "어떠한 경우에도" strengthens a denial; it is no condition
  const before = clause.slice(0, at).replace(IN_NO_CASE, "").replace(EVEN_WHEN, "");
  if (NEGATION_AS_CONDITION.test(clause.slice(at))) return false;
  const answersLabel = verbFree && LABEL_END.test(before);
  if (limitedOrConditional(before, denial, answersLabel)) return false;
  if (verbFree) return true;
  const predicate = predicateBefore(clause, at);
  const { stem, object, haveDone } = predicate;
  // "외부 업체가 처리하도록 맡기지 않습니다": the hand-over is negated, whatever it would have done
  if (denial.handingOverIsTheItem && haveDone !== undefined) return !NOT_A_STATEMENT.test(clause.slice(at));
  if (!denial.verbs.test(stem))
    return (
      // "국외로 이전하거나 국외 업체에 위탁하지 않습니다": the negation covers the verb joined to its own
      conjunctsBefore(before).some(
        (conjunct) => denial.verbs.test(conjunct.stem) && !(HANDING_OVER.test(conjunct.stem) && handedToOthers(conjunct.lead, denial)),
      ) ||
      negatedOnTheItem(clause, at, predicate, denial) ||
      actionDoesNotHappen(clause, at, predicate, denial) ||
      // "가명정보 처리, 자동화된 결정은 하지 않습니다": one light verb closes a list the item is a member of
      (predicate.light === true && listedBeforeTheLast(withoutLastWord(before), denial))
    );
  if (aboutAnotherObject(object, before, denial)) return false;
  if (denial.toOthersOnly?.test(stem) && !TOLD_TO_OTHERS.test(ownPredicateLead(before))) return false;
  // "외부 업체에 맡기지 않습니다" denies an entrustment: the hand-over is the item; "맡기지 않도록" is a duty, not a fact
  if (denial.handingOverIsTheItem) return !NOT_A_STATEMENT.test(clause.slice(at));
  // "제3자에게 제공하지 않습니다", "외부 업체에 보관하도록 맡기지 않습니다" are about handing the item over,
  // not about the item — unless the item's own verb is joined before it: "행태정보를 수집하거나 제3자에게
  // 제공하지 않습니다" denies the collection too
  if ((haveDone !== undefined || HANDING_OVER.test(stem)) && handedToOthers(before, denial))
    return conjunctsBefore(before).some((conjunct) => denial.verbs.test(conjunct.stem) && !HANDING_OVER.test(conjunct.stem));
  return true;
}

/** True when the text names a recipient other than one the item places ("제3자에게", not "국외에 있는 자에게"). */
function handedToOthers(lead: string, denial: Denial): boolean {
  const recipient = RECIPIENT.exec(lead);
  if (recipient === null) return false;
  return !(denial.itemRecipient?.test(lead.slice(0, recipient.index + recipient[0].length)) ?? false);
}

/** "가명정보를 처리하게 되면 … 알리겠습니다": the item, a condition on it, then a promise to say so. */
function laterNotice(clause: string, denial: Denial): boolean {
  const subject = denial.subject.exec(clause);
  if (!subject || LIST_FOLLOWS.test(clause)) return false;
  const after = clause.slice(subject.index);
  const condition = CONDITION.exec(after);
  return condition !== null && LATER_NOTICE.test(after.slice(condition.index));
}

// what a field names of the item after its word: the work, the matter or the party of it ("위탁 업무", "위탁하는
// 업무", "수탁자", "이전 대상 국가"), not a thing about it ("위탁 업무 관련 민원", "이전 거부 방법")
const ITEM_FIELD_TAIL =
  /^(?:[가-힣]{0,2}(?:하는|받는|되는|한|된)\s{1,2})?(?:(?:대상|업무)\s{0,2})?(?:업무|사항|내역|현황|대상|내용|자|사|업체|업자|회사|기관|국가)$/;

/**
 * True when the label ends in the item or an action of it: "자동화된 결정", "행태정보 수집", or names the work,
 * matter or party of it ("위탁 업무", "수탁자"); not "보유 기간", nor what is beyond a list ("그 밖의 위탁 업무").
 */
function labelNamesTheItem(label: string, denial: Denial): boolean {
  const trimmed = label.trimEnd();
  const last = trimmed.split(/\s+/).at(-1) ?? "";
  if (denial.actionNoun.test(last)) return true;
  for (const mention of trimmed.matchAll(denial.mentions)) {
    const end = mention.index + mention[0].length;
    if (end === trimmed.length) return true;
    if (ITEM_FIELD_TAIL.test(trimmed.slice(end).trimStart()) && !NOTHING_MORE.test(trimmed)) return true;
  }
  return false;
}

// "국외로 이전하는 개인정보는 없습니다", "이전되는 회원 정보는 없습니다": no data the item's verb is done to;
// the verb is the relative before the data ("이전하는"), weighed as a negated predicate
const NO_DATA_DONE_TO =
  /(?<=(?:는|될|된|할|한))\s{1,3}(?:[가-힣]{1,8}\s{1,2})?[가-힣]{0,6}(?:정보|데이터|자료)\s{0,3}(?:이|가|은|는|도)?\s{0,3}없(?!이)/g;
// "처리를 위탁한 업체는 없습니다", "국외로 이전받는 회사는 없습니다": no party the item's verb is done with; the verb
// is the relative before the party, weighed as a negated predicate
const NO_PARTY_DONE_WITH =
  /(?<=(?:는|될|된|할|한))\s{1,3}(?:[가-힣]{1,8}\s{1,2})?(?:업체|회사|곳|기관|사업자|수탁자|수탁사|수탁업체|협력사)\s{0,3}(?:이|가|은|는|도)?\s{0,3}없(?!이)/g;
// "위 외의 국외 이전은 없습니다", "다른 정보는 없습니다": nothing more than what was listed, not nothing at all
const NOTHING_MORE = /(?<![가-힣])(?:외|이외)(?:의|에)?\s|그\s{0,2}밖의|(?<![가-힣])다른\s|(?<![가-힣])추가(?:로|적인|적으로|\s)/;

// a matter or record of an action, after the action's noun: "이전 사항", "이전 내역", "이전 건"
const RECORD_OF = /^(?:사항|내역|건|사례|실적)$/;

// a party or place that would hold the data, by the end of its noun: "수탁자", "제3자", "계열사", "업체", "서버"
const HOLDER = /(?:자|사|업체|업자|회사|법인|기관|단체|곳|파트너|서버|센터|클라우드)$/;

/** True when the text ends in a party or place the item places: "국외에 있는 수탁자", "해외 계열사", "국외 서버". */
function holderThere(text: string, denial: Denial): boolean {
  return HOLDER.test(text) && (denial.itemRecipient?.test(text) ?? false);
}

/**
 * True when the clause says the item's action does not happen: the action named as a noun ("국외 이전은 없습니다",
 * "…결정은 없습니다"), no data it is done to ("이전하는 개인정보는 없습니다"), or no party the item places that
 * would hold the data ("국외에 있는 수탁자는 없습니다", "해외 계열사가 없으며").
 */
function nothingDone(clause: string, denial: Denial): boolean {
  if (NOTHING_MORE.test(clause)) return false;
  for (const none of clause.matchAll(NO_SUCH_ACTION)) {
    if (holderThere(clause.slice(0, none.index), denial) && deniesAt(clause, none.index, denial, true)) return true;
    const words = clause.slice(0, none.index).trim().split(/\s+/);
    // "국외 이전 사항은 없습니다", "이전 내역이 없습니다": the action's record or matter, said not to exist
    const record = RECORD_OF.test(words.at(-1) ?? "");
    const noun = (record ? words.at(-2) : words.at(-1)) ?? "";
    const listed = !denial.actionNoun.test(noun) && listedBeforeTheLast(clause.slice(0, none.index), denial);
    if ((denial.actionNoun.test(noun) || listed) && deniesAt(clause, none.index, denial, listed || record)) return true;
  }
  for (const pattern of [NO_DATA_DONE_TO, NO_PARTY_DONE_WITH]) {
    pattern.lastIndex = 0;
    for (let none = pattern.exec(clause); none !== null; none = pattern.exec(clause))
      if (deniesAt(clause, none.index, denial, false)) return true;
  }
  return false;
}

// a place on a form where the person gives data: "입력란", "기재칸", "항목", "문항", "양식"
const FIELD = "(?:(?:입력|기재|기입|작성|응답|선택|체크)\\s{0,2}(?:란|칸)|칸|항목|필드|문항|질문|선택지|양식|서식)";
// right after the item: the field it heads ("병력 기재란을", "건강 상태 항목은") or the field it is written in ("병력을
// 적는 칸이"), then the field not provided ("두지 않습니다", "마련하지 않았습니다") or not there ("없습니다")
const NO_FIELD_FOR_IT = new RegExp(
  "^(?:\\s{0,2}(?:[가-힣A-Za-z]{1,6}(?<![을를은는이가에로도의])\\s{1,2})?|(?:에|과|와)\\s{0,2}(?:관한|대한|관련된|관련한)\\s{1,2}|(?:을|를|은|는)?\\s{1,2}(?:적|쓰|입력하|입력받|기재하|기재받|기입하|작성하|선택하|고르|체크하|제출받|수집하|받)(?:는|을)\\s{1,2}(?:수\\s{1,2}있는\\s{1,2})?)" +
    `${FIELD}(?:을|를|은|는|이|가|도)?\\s{1,3}(?:(?:별도로|따로|일절|전혀|아예)\\s{1,3})?` +
    "(?=(?:두|마련하|만들|넣|포함하|추가하)지\\s{0,3}(?:는|도)?\\s{0,3}(?:않|아니)|없(?!이))",
);
// the person told not to do something: "적지 마십시오", "입력하지 마세요", "보내지 말아 주십시오", "쓰지 않도록 하십시오"
const PROHIBITED =
  /지\s{0,3}(?:마(?:십시오|세요|시기|시고|시길|시오|라|요)|말(?:아|고|기|\s{0,2}것)|않도록\s{0,3}(?:하십시오|하세요|해\s{0,3}주|하여\s{0,3}주|주의|유의))/g;
// the person's giving of data: writing, entering, sending, attaching it
const GIVING = /^(?:적|쓰|써|입력|기재|기입|작성|제출|보내|올리|첨부|포함|등록|기록|남기|넣|업로드|전송)$/;
// a place where what the person writes is shown to others: told not to post the data there, the person is warned it
// would become public, which says nothing of what the controller collects ("게시판에 민감정보를 입력하지 않도록")
const PUBLIC_PLACE = /게시판|게시물|게시글|커뮤니티|후기|리뷰|댓글|채팅|단체\s{0,2}대화|SNS|공개/;
// data about the item: "병력에 관한 정보를", "종교와 관련된 내용은"
const ABOUT_THE_ITEM = /^(?:에|과|와)\s{0,2}(?:관한|대한|관련된|관련한)\s{1,2}(?:정보|내용|사항|자료)[을를은는도]$/;
// where the data would go, between the item and the verb: "자기소개란에", "학원으로"
const PLACE_WORD = /^[가-힣A-Za-z0-9]{1,12}(?:에|에는|에도|에서|에서는|으로|로|으로는|로는)$/;

/** True when the clause says the form has no field for the item: "병력 기재란을 두지 않습니다", "종교를 적는 칸은 없습니다". */
function noFieldForIt(clause: string, denial: Denial): boolean {
  for (const mention of clause.matchAll(denial.mentions)) {
    const end = mention.index + mention[0].length;
    const field = NO_FIELD_FOR_IT.exec(clause.slice(end));
    if (field === null) continue;
    const at = end + field[0].length;
    const before = clause.slice(0, at).replace(IN_NO_CASE, "").replace(EVEN_WHEN, "");
    if (!NEGATION_AS_CONDITION.test(clause.slice(at)) && !limitedOrConditional(before, denial)) return true;
  }
  return false;
}

/** True when the clause tells the person not to give the item: "병력은 쓰지 마세요", "진료 기록을 보내지 마십시오". */
function toldNotToGiveIt(clause: string, denial: Denial): boolean {
  for (const prohibition of clause.matchAll(PROHIBITED)) {
    const before = clause.slice(0, prohibition.index).replace(IN_NO_CASE, "").replace(EVEN_WHEN, "");
    if (limitedOrConditional(before, denial) || toldToOthers(before) || /에게|한테/.test(before) || PUBLIC_PLACE.test(before)) continue;
    const { stem, lead } = predicateBefore(clause, prohibition.index);
    if (!GIVING.test(stem) || lead === undefined) continue;
    let end = lead.length;
    while (end > 0 && (BETWEEN_ITEM_AND_VERB.test(lead[end - 1]) || PLACE_WORD.test(lead[end - 1]))) end--;
    const object = lead[end - 1];
    if (object === undefined || !/[을를은는도]$/.test(object)) continue;
    const text = lead.slice(0, end).join(" ");
    if (objectIsTheItem(object, text, denial)) return true;
    if ([...text.matchAll(denial.mentions)].some((mention) => ABOUT_THE_ITEM.test(text.slice(mention.index + mention[0].length))))
      return true;
  }
  return false;
}

/**
 * True when the clause says the item is not done. `subjectKnown`: the clause stands under a title about the
 * item, so "처리하지 않습니다" or "해당 사항 없음" need not name it.
 */
export function clauseDenies(clause: string, denial: Denial, subjectKnown = false): boolean {
  const named = denial.subject.test(clause);
  if (!named && !subjectKnown) return false;
  if (named && laterNotice(clause, denial)) return true;
  if (named && denial.givenByThePerson && (noFieldForIt(clause, denial) || toldNotToGiveIt(clause, denial))) return true;
  const verbFree = NOT_APPLICABLE.exec(clause);
  if (verbFree && deniesAt(clause, verbFree.index, denial, true)) return true;
  for (const pattern of [NEGATED, NOTHING_OF]) {
    pattern.lastIndex = 0;
    for (let negation = pattern.exec(clause); negation !== null; negation = pattern.exec(clause))
      if (deniesAt(clause, negation.index, denial, false)) return true;
  }
  for (const answer of clause.matchAll(NONE_AS_ANSWER)) {
    // in a summary of fields the label is the last field's ("처리 항목: … / 국외 이전: 없음")
    const label = clause
      .slice(0, answer.index)
      .split(/[/|｜]\s/)
      .at(-1)!;
    if (labelNamesTheItem(label, denial) && deniesAt(clause, answer.index + 1, denial, true)) return true;
  }
  // "CCTV가 없습니다", "국내대리인은 없습니다": the item itself is said not to exist
  const subject = denial.subject.exec(clause);
  if (subject) {
    const rest = clause.slice(subject.index + subject[0].length);
    if (/^\s{0,3}(?:이|가|은|는|도)?\s{0,3}없(?!이)/.test(rest) && !CONDITION.test(clause.slice(0, subject.index))) return true;
  }
  return nothingDone(clause, denial);
}

// something done to the data before the hand-over, in the same clause: "행태정보를 분석하여 … 넘기지 않습니다"
const DONE_BEFORE = /(?:수집|이용|활용|분석|처리|모으|모아|모읍|쌓)[가-힣]{0,3}(?:하여|해서|하고|한\s|하며|해)/;
// a business the data would go to, with its particle: "광고 대행사에", "광고 사업자와", "업체로도"
const TO_A_BUSINESS = /(?:사|업체|사업자|업자|기관|단체|회사|플랫폼|네트워크)\s{0,2}(?:에게|한테|에|와|과|으로|로)(?:는|도)?(?=\s|$)/;

/**
 * True when the clause only says the item is not handed to others, unconditionally ("행태정보를 광고 회사에
 * 넘기지 않습니다"), for an item that such a clause does not show to be done.
 */
function onlyWithheld(clause: string, denial: Denial): boolean {
  if (denial.withholdingShowsTheItem) return false;
  NEGATED.lastIndex = 0;
  for (let negation = NEGATED.exec(clause); negation !== null; negation = NEGATED.exec(clause)) {
    const before = clause.slice(0, negation.index).replace(IN_NO_CASE, "").replace(EVEN_WHEN, "");
    if (limitedOrConditional(before, denial) || DONE_BEFORE.test(before)) return false;
    const { stem, haveDone } = predicateBefore(clause, negation.index);
    if ((haveDone !== undefined || HANDING_OVER.test(stem)) && (ANOTHER_PARTY.test(before) || TO_A_BUSINESS.test(before))) return true;
  }
  return false;
}

// seeing or getting the data: the party's negated action that leaves it without the data ("열람할 수 없습니다",
// "접근하지 않습니다", "받지 않습니다", "볼 수 없습니다")
const ACCESS = /(?:열람|접근|조회|접속|수령|취득|받|보|볼|가져가|내려받)$/;
// access said as a right the party lacks: "접근 권한이 없습니다", "열람 권한을 주지 않습니다"
const NO_ACCESS_RIGHT =
  /(?:접근|열람|조회|이용)\s{0,3}권한\s{0,3}(?:이|은|도|을|를)?\s{0,3}(?:없(?!이)|(?:갖|가지|부여하|주|드리|받)지\s{0,3}(?:는|도)?\s{0,3}(?:않|아니|못))/;
// data that names no one, as the only thing given: "통계만", "통계로만", "집계 자료만", "익명화된 수치만"
const ONLY_NON_PERSONAL =
  /(?<![가-힣])(?:통계|집계|익명)[가-힣]{0,4}(?:\s{1,2}(?:자료|수치|정보|데이터|결과|형태|값|지표|보고서))?\s{0,2}(?:만|으로만|로만)(?![가-힣])/;
// another thing coordinated with the non-personal data ("회원 명단과 통계만"): not the only thing given
const COORDINATED_BEFORE = /(?:와|과|및|,|·|하고|이랑|랑)\s{0,2}(?:[가-힣]{1,8}(?:된|한)\s{1,2})?$/;

/**
 * True when the clause names the item only as a party or thing it places that gets nothing personal: "해외
 * 계열사도 열람할 수 없습니다", "해외 파트너사는 접근 권한이 없습니다", "해외 본사에는 집계 자료만 보고합니다".
 * Such a clause neither affirms nor denies the item; one that names the item a second time, narrows the negation
 * ("동의 없이는"), or has the data done to before the statistics are taken ("해외 서버에 저장된 자료 중 통계만")
 * is not one.
 */
function nothingPersonalReaches(clause: string, denial: Denial): boolean {
  if (denial.partyThere === null) return false;
  const mentions = [...clause.matchAll(denial.mentions)];
  if (mentions.length !== 1) return false;
  const end = mentions[0].index + mentions[0][0].length;
  const party = denial.partyThere.exec(clause.slice(end));
  if (party === null) return false;
  const from = end + party[0].length;
  const only = ONLY_NON_PERSONAL.exec(clause.slice(from));
  if (only !== null) {
    // the word right before the statistics says how they were made ("가명처리된 통계"), not what was done to the data
    const between = clause.slice(from, from + only.index).replace(/[가-힣]{1,10}(?:된|한)\s{1,2}$/, "");
    return !COORDINATED_BEFORE.test(between) && !denial.verbDone.test(between);
  }
  const rest = clause.slice(from);
  const right = NO_ACCESS_RIGHT.exec(rest);
  if (right !== null) return !limitedOrConditional(clause.slice(0, from + right.index), denial);
  NEGATED.lastIndex = 0;
  for (let negation = NEGATED.exec(clause); negation !== null; negation = NEGATED.exec(clause)) {
    if (negation.index < from || NEGATION_AS_CONDITION.test(clause.slice(negation.index))) continue;
    const before = clause.slice(0, negation.index).replace(IN_NO_CASE, "").replace(EVEN_WHEN, "");
    if (!limitedOrConditional(before, denial) && ACCESS.test(predicateBefore(clause, negation.index).stem)) return true;
  }
  return false;
}

/**
 * True when the clause denies the item for a kind or audience only ("어린이에게는 맞춤형 광고를 하지 않습니다"): it
 * implies the rest is done, unless another clause denies the item outright, which covers that kind too.
 */
function deniesForSomeOnly(clause: string, denial: Denial, subjectKnown = false): boolean {
  return denial.narrowing !== null && clauseDenies(clause, { ...denial, narrowing: null }, subjectKnown);
}

// where the data stays instead of with the controller: only somewhere ("…에만", "…에서만") or on the person's own device,
// then the verb of staying there, closing the clause ("단말기에만 저장되며", "이용자의 휴대폰 안에 보관되고")
const KEPT_ELSEWHERE =
  /(?:(?:에|에서|안에|안에서|내에|내에서)만|(?:단말|단말기|기기|휴대폰|휴대전화|스마트폰|디바이스|브라우저|PC)\s{0,2}(?:에|에서|안에|안에서|내에|내에서))\s{1,3}(?:[가-힣]{1,6}\s{1,3})?(?:(?:저장|보관|보존|처리|관리|기록)(?:되|돼)(?:며|고|지만|나)|남(?:으며|고))\s{0,2},?$/;
// the controller's own systems as the place: "회사 서버에만 저장되며" keeps the data with the controller
const CONTROLLERS_PLACE = /(?:회사|당사|본사|서버|시스템|데이터베이스|DB|센터|클라우드)\s{0,2}(?:에|에서|안에|안에서|내에|내에서)만/;

/**
 * True when the clause has the item, as its topic, stay somewhere other than with the controller ("생체정보는
 * 단말기에만 저장되며") and the next clause, on the same topic, denies the item ("회사는 수집하지 않습니다"): the
 * pair says the controller does not hold it. "생체정보는 암호화하여 보관하며, …" is the controller keeping it.
 */
function keptElsewhereOnly(clause: string, next: string | undefined, denial: Denial): boolean {
  if (next === undefined || denial.subject.test(next)) return false;
  // the item's word, or one noun after it ("지문 정보는"), ends in the topic's particle
  const asTopic = [...clause.matchAll(denial.mentions)].find((mention) =>
    /^(?:\s{1,2})?[가-힣]{0,8}(?<=은|는)(?=\s)/.test(clause.slice(mention.index + mention[0].length)),
  );
  if (asTopic === undefined) return false;
  const rest = clause.slice(asTopic.index + asTopic[0].length);
  return (
    KEPT_ELSEWHERE.test(rest) && !CONTROLLERS_PLACE.test(rest) && (clauseDenies(next, denial, true) || NOT_SENT_TO_CONTROLLER.test(next))
  );
}

// the next clause says the data does not reach the controller: "회사 서버로 전송되지 않습니다", "회사로 보내지 않습니다"
const NOT_SENT_TO_CONTROLLER =
  /(?:회사|당사|본사|서버)[^.。]{0,12}?(?:로|으로|에|에게)\s{0,2}(?:전송|전달|송신|업로드|보내|저장)(?:되|하|돼)?지\s{0,2}(?:는|도)?\s{0,2}(?:않|아니)/;

/**
 * True when the clause would deny the item but for the purpose it is limited to ("쿠키를 맞춤형 광고 목적으로 사용하지
 * 않습니다"): it denies one use, so it neither denies the item nor says it is done.
 */
function deniedForAnotherPurposeOnly(clause: string, denial: Denial, subjectKnown = false): boolean {
  if (!denial.purposeLimits) return false;
  const unlimited = { ...denial, purposeLimits: false };
  return clauseDenies(clause, unlimited, subjectKnown) || onlyWithheld(clause, unlimited);
}

// the item as what something is not: "…의 질환 정보는 보호자의 건강 정보가 아닙니다", "…는 민감정보가 아니므로"
const IS_NOT_IT = /^\s{0,3}(?:이|가)\s{0,3}(?:아닙니다|아니다|아님|아니며|아니고|아니므로|아니어서|아니라)/;

/**
 * True when the clause says something is not the item ("반려동물의 질환 정보는 보호자의 건강 정보가 아닙니다"): it
 * sorts a thing out of the item, and neither does the item nor denies it.
 */
function saysIsNotTheItem(clause: string, denial: Denial): boolean {
  for (const mention of clause.matchAll(denial.mentions)) if (IS_NOT_IT.test(clause.slice(mention.index + mention[0].length))) return true;
  return false;
}

// a duty or a safeguard that the item not happen ("수탁자가 국외에서 개인정보에 접근하지 않도록 계약으로 정합니다"):
// the item's word, then the negated purpose with nothing done to it in between ("국외로 이전된 정보가 유출되지
// 않도록" is done, then guarded)
const GUARDED_AGAINST = /지\s{0,3}않도록/;
const DONE_BETWEEN = /(?:된|한|하는|되는|하여|되어|해서|되고|하고|하며|되며)\s/;
const GUARD_REACH = 40;

function guardedAgainst(clause: string, denial: Denial): boolean {
  const subject = denial.subject.exec(clause);
  if (!subject) return false;
  const rest = clause.slice(subject.index + subject[0].length);
  const guard = GUARDED_AGAINST.exec(rest);
  return guard !== null && guard.index <= GUARD_REACH && !DONE_BETWEEN.test(rest.slice(0, guard.index));
}

/** How a line speaks of the item: every clause that names it denies it ("denies"), some clause affirms it, or none names it. */
export function readLine(text: string, denial: Denial, ignore?: RegExp): "denies" | "affirms" | "silent" {
  let denies = false;
  let narrowed = false;
  const clauses = clausesOf(text);
  for (const [index, clause] of clauses.entries()) {
    if (!denial.subject.test(clause) || ignore?.test(clause) || saysIsNotTheItem(clause, denial)) continue;
    if (clauseDenies(clause, denial) || keptElsewhereOnly(clause, clauses[index + 1], denial)) denies = true;
    else if (deniesForSomeOnly(clause, denial)) narrowed = true;
    else if (
      !onlyWithheld(clause, denial) &&
      !nothingPersonalReaches(clause, denial) &&
      !deniedForAnotherPurposeOnly(clause, denial) &&
      !guardedAgainst(clause, denial)
    )
      return "affirms";
  }
  return denies ? "denies" : narrowed ? "affirms" : "silent";
}

/** True when some line of the passage says, unconditionally, that the action is not done: "외부에 공개되지 않습니다". */
export function passageDenies(lines: LineText[], denial: Denial): boolean {
  return lines.some(({ text }) => clausesOf(text).some((clause) => clauseDenies(clause, denial, true)));
}

/** True when the line names the item only to deny it. */
export function lineDenies(text: string, denial: Denial, ignore?: RegExp): boolean {
  return readLine(text, denial, ignore) === "denies";
}

/**
 * True when a passage under a title about the item says the item does not apply: some clause denies it,
 * with or without naming it, and no clause names it to say it is done.
 */
export function passageDeclaresNotApplicable(lines: LineText[], denial: Denial, ignore?: RegExp): boolean {
  let denies = false;
  for (const { text } of lines) {
    const clauses = clausesOf(text);
    for (const [index, clause] of clauses.entries()) {
      if (ignore?.test(clause)) continue;
      const named = denial.subject.test(clause);
      if (named && saysIsNotTheItem(clause, denial)) continue;
      if (clauseDenies(clause, denial, true) || (named && keptElsewhereOnly(clause, clauses[index + 1], denial))) denies = true;
      else if (
        named &&
        !deniesForSomeOnly(clause, denial, true) &&
        !nothingPersonalReaches(clause, denial) &&
        !deniedForAnotherPurposeOnly(clause, denial, true) &&
        !guardedAgainst(clause, denial)
      )
        return false;
    }
  }
  return denies;
}
