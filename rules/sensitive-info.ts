// 민감정보의 공개 가능성 및 비공개 선택 방법: when sensitive data is processed.
import type { Rule } from "../src/runtime/rule.js";
import { bodyLinesMatching, fieldLinesLabelled, lineRange, linesBetween, sectionsAt, type LineText } from "../src/runtime/query.js";
import { findMentions, passageAround } from "../src/runtime/mentions.js";
import { clauseDenies, clausesOf, denialOf, limitedToAPurposeOnly, lineDenies } from "../src/runtime/not-applicable.js";
import { assessTopic } from "../src/runtime/required.js";
import { hardWrapsJoined, lineAcrossWraps, wrappedPassage } from "../src/runtime/wraps.js";
import { HANGUL, matchesOf } from "../src/runtime/extract.js";
import { endsInKind } from "../src/runtime/business-kinds.js";
import type { PolicyDocument } from "../src/parse/model.js";
import items from "./data/conditional-items.json" with { type: "json" };
import sectionTopics from "./data/section-topics.json" with { type: "json" };

const spec = items.sensitive;
const PROCESSED = new RegExp(spec.processed);
const ITEMS_FIELD = new RegExp(sectionTopics.topics.items.fieldLabel);
const DISCLOSURE = new RegExp(spec.disclosure);
const COLLECTED_CATEGORY = new RegExp(spec.collectedCategory);
const COLLECTED_CATEGORY_EACH = new RegExp(spec.collectedCategory, "g");
const SUBJECT = new RegExp(spec.subject);
const DENIAL = denialOf(SUBJECT, spec.notApplicable);
const CATEGORY_DENIAL = denialOf(COLLECTED_CATEGORY, spec.notApplicable);
// "이 정보는 외부에 공개되지 않습니다": the subject is the passage's, the action is making it public
const NOT_PUBLIC = denialOf(new RegExp(spec.subject), spec.notPublic);
const ABOUT_ANIMALS = new RegExp(spec.aboutAnimals);
// the animals' names alone: the group that opens aboutAnimals
const ANIMALS = new RegExp(spec.aboutAnimals.slice(0, spec.aboutAnimals.indexOf(")") + 1));
const NAMED_SENSITIVE = new RegExp(spec.namedSensitive);
const NAMED_SENSITIVE_EACH = new RegExp(spec.namedSensitive, "g");
const SENTENCE_END = /(?<=[.。])\s/;
const DISJUNCTION = "거나 ";
const CONFINED_USE = new RegExp(spec.confinedUse);
const PUBLISHING_USE = new RegExp(spec.publishingUse);
// a sentence that says the data is published: "게시판에 … 기도 제목을 싣습니다", "소식지에 게재합니다", or may be:
// "소식지와 누리집에 실릴 수 있습니다", "게시될 수 있습니다"
const PUBLISHED =
  /싣습니다|싣는다|싣고|실립니다|실리며|실리고|(?:게시|게재|공개|공표|공고)(?:합니다|하며|하고|됩니다|되며|되고)|(?:실릴|실을|(?:게시|게재|공개|공표)(?:될|할))\s{0,2}수\s{0,2}있/;
// a sentence about the policy itself: "다음과 같이 개인정보 처리방침을 공개합니다" publishes no data
const ABOUT_THE_POLICY = /방침/;
// "진료 기록은 환자 본인 외에는 공개하지 않습니다": shown to no one but the person it is about is never made public
const ONLY_TO_SUBJECT = new RegExp(spec.onlyToSubject);
// "관할 기관에 제출하는 것 외에는": an exception that hands the data to a party, which makes nothing public
const HANDED_OVER_EXCEPT = new RegExp(spec.handedOverExcept);
// "의료법에 따른 경우를 제외하고는": an exception for what a law requires is a provision the law makes, not a publication
const LAWFUL_EXCEPT = new RegExp(spec.lawfulExcept);
// "담당 기사와 응급 시 구급대원 외에는": an exception that names only the people the data is shown to
const PERSONS_EXCEPT = new RegExp(spec.personsExcept);
const PERSON = new RegExp(`${spec.persons}$`);
const ACCESS_ONLY_FOR_PERSONS = new RegExp(`(?:${spec.persons})(?:에게)?만\\s{0,3}(?:접근|열람|조회|볼\\s{0,2}수|확인할\\s{0,2}수)`);
const DESTROYED_ONCE_USED = /(?:완료|직후|끝나면|마치면|마친\s{0,2}(?:뒤|후)|후)\s{0,3}(?:즉시|곧바로|바로)\s{0,2}(?:파기|삭제|폐기)/;
// where the list of those people starts: after the word before it that ends in a particle or a verb's ending
const LIST_START = /(?<=[은는을를의에도로며고서면])\s|[.。:：()（）]/;
// between the members of the list: "기사와 구급대원", "교사 및 보건 교사", "담임, 원장"
const LIST_BREAK = /(?<=[가-힣])(?:와|과|이나)\s{1,2}|\s{0,2}(?:및|또는)\s{1,2}|\s{0,2}[,·]\s{0,2}/;
// a sentence read across hard wraps: the line that names the data and the few that may finish it
const SENTENCE_LINES = 3;
// "운전원에게는 배차에 필요한 정보만 보이며, 그 밖에는 공개되지 않습니다": the data shown to some people, and "그 밖에는"
// (otherwise) pointing back at them
const SHOWN_TO = /([가-힣][가-힣 ]{0,20}?)에게(?:는|만)?\s[^.。,]{0,60}?(?:보이|보여|열람|공유)/;
const OTHERWISE = /(?<![가-힣])그\s{0,2}(?:밖|외)에는\s/;

// a sentence that opens on the data named before it: "이 정보는", "해당 정보는", "이러한 민감정보는"
const REFERS_BACK = /^\s{0,3}(?:이|해당|이러한|위|그|이들)\s{0,2}(?:민감\s{0,2})?(?:정보|자료|기록)(?:은|는|도)?\s/;

// a qualifier in brackets after a member of the list ("선택한 약국(처방 정보에 한함)") says what it sees, not who it is
const QUALIFIER = /\s{0,2}[(（][^()（）]{1,30}[)）]/g;
const withoutQualifiers = (text: string) => text.replace(QUALIFIER, "");

/**
 * True when the clause says the data is not made public ("외부에 공개되지 않습니다"), also with an exception that
 * only hands it to a party ("근로 감독 기관에 제출하는 것 외에는 외부에 공개되지 않습니다"), is what a law requires
 * ("관계 법령에 따른 경우를 제외하고는"), or shows it to the person
 * or those the law names ("환자 본인에게 열람시키는 경우 외에는"): what is denied after the exception is denied
 * outright, unless the exception is itself a publishing use or shows the data to other users.
 */
function deniesPublication(written: string, subjectKnown: boolean): boolean {
  const clause = withoutQualifiers(written);
  if (clauseDenies(clause, NOT_PUBLIC, subjectKnown)) return true;
  // "세무 신고 외의 목적으로 이용하거나 외부에 공개하지 않습니다": the purpose limits the use before "거나", and what is
  // made public after it is denied outright
  const or = clause.lastIndexOf(DISJUNCTION);
  if (or > 0 && limitedToAPurposeOnly(clause.slice(0, or)) && clauseDenies(clause.slice(or + DISJUNCTION.length), NOT_PUBLIC, true))
    return true;
  return [HANDED_OVER_EXCEPT.exec(clause), LAWFUL_EXCEPT.exec(clause), personsExcepted(clause)].some((exception) => {
    if (exception === null) return false;
    const end = exception.index + exception[0].length;
    const before = clause.slice(0, end);
    return !PUBLISHING_USE.test(before) && !SHOWN_TO_OTHER_USERS.test(before) && clauseDenies(clause.slice(end), NOT_PUBLIC, true);
  });
}

// the data shown to the service's other users is published to them: "다른 회원에게 보이는 것 외에는"
const SHOWN_TO_OTHER_USERS =
  /다른\s{0,2}(?:회원|이용자|사용자|고객|사람)|(?:회원|이용자|사용자)들에게|모든\s{0,2}(?:회원|이용자|사용자)|누구나/;

/**
 * The exception of a clause that names only people the data is shown to ("담당 교사와 응급 시 구급대원 외에는"):
 * each member of the list before it is one of the persons (staff, responders, the person, a guardian) or a kind of
 * business that does the work for the service ("견적을 요청받은 시공 파트너 외에는", "제작을 맡은 화원 외에는"), to
 * which the data is handed, not published. A list with any other party ("다른 회원과 담당 직원 외에는") is no such
 * exception.
 */
function personsExcepted(clause: string): RegExpExecArray | null {
  const exception = PERSONS_EXCEPT.exec(clause);
  if (exception === null) return null;
  const list = clause.slice(0, exception.index).split(LIST_START).at(-1) ?? "";
  const members = list.split(LIST_BREAK).map((member) => member.trim());
  return members.every((member) => PERSON.test(member) || endsInKind(member)) ? exception : null;
}

/**
 * True when a sentence that names sensitive data ("건강정보가", "바이오정보는") says it is never made public
 * ("공개되는 일은 없습니다", "외부에 공개되지 않습니다") or confines it to a use that publishes nothing ("출입
 * 인증 외의 용도로 쓰지 않으며"): wherever it stands, that answers 제23조제3항.
 */
function saidNeverPublic(document: PolicyDocument): boolean {
  return bodyLinesMatching(document, NAMED_SENSITIVE).some(({ line }) => {
    // (two lines more than a sentence takes: the sentence after the next one may publish what a use was confined to)
    const [joined, ...below] = hardWrapsJoined(document, linesBetween(document, line, line + SENTENCE_LINES + 1));
    const beyond = below.flatMap((paragraph) => paragraph.text.split(SENTENCE_END));
    // each sentence that names the data, from the name on, and the sentence after it, which may say who sees it
    return [...joined.text.matchAll(NAMED_SENSITIVE_EACH)].some((named) => {
      const own = joined.text.slice(named.index).split(SENTENCE_END);
      const [sentence, next = ""] = own;
      // the two sentences after it, read on into the lines below its paragraph
      const [, following = "", afterNext = ""] = [...own, ...beyond];
      const denies = (text: string, sentenceAfter: string) =>
        clausesOf(text).some((clause) => {
          if (deniesPublication(clause, true) || ONLY_TO_SUBJECT.test(clause)) return true;
          // kept from everyone but the staff ("담당자만 접근할 수 있도록"), or gone once its one use is done ("대조 완료
          // 즉시 파기하고"): nothing of it is published
          if (ACCESS_ONLY_FOR_PERSONS.test(clause) || DESTROYED_ONCE_USED.test(clause)) return true;
          // a use it is confined to, unless the sentence after it publishes the data ("… 목적으로만 이용합니다. … 주보에
          // … 기도 제목을 싣습니다")
          const confined = CONFINED_USE.exec(clause);
          return confined !== null && !PUBLISHING_USE.test(clause.slice(0, confined.index)) && !PUBLISHED.test(sentenceAfter);
        });
      // the sentence after it may speak of the data again ("이 정보는 … 어디에도 공개되지 않습니다")
      return (
        denies(sentence, following) || (REFERS_BACK.test(next) && denies(next, afterNext)) || [sentence, next].some(shownOnlyToPersons)
      );
    });
  });
}

/**
 * True when the sentence shows the data to people of the service only and says it is otherwise not made public
 * ("운전원에게는 … 휠체어 이용 여부만 보이며, 그 밖에는 공개되지 않습니다"); shown to another party ("다른 회원에게는
 * 닉네임이 보이며, 그 밖에는 …") it is published to them.
 */
function shownOnlyToPersons(sentence: string): boolean {
  const otherwise = OTHERWISE.exec(sentence);
  if (otherwise === null) return false;
  const shown = SHOWN_TO.exec(sentence.slice(0, otherwise.index));
  if (shown === null) return false;
  const members = withoutQualifiers(shown[1])
    .split(LIST_START)
    .at(-1)!
    .split(LIST_BREAK)
    .map((member) => member.trim());
  return (
    members.every((member) => PERSON.test(member)) && clauseDenies(sentence.slice(otherwise.index + otherwise[0].length), NOT_PUBLIC, true)
  );
}

// where the sentence or cell that holds a category starts: an animal's category makes the rest of it the animal's too
const PASSAGE_START = /[.。|]/g;

/**
 * A test of each category on a line, in order, for whether it is a person's: not one that an animal's name stands
 * shortly before ("반려견의 치료 기록"), nor a later one in the same sentence or cell ("반려견 …: 건강 상태, 질병 이력").
 */
function personsCategory(text: string): (category: RegExpExecArray) => boolean {
  let animalsFrom: number | undefined;
  return (category) => {
    const before = text.slice(0, category.index);
    const from = matchesOf(PASSAGE_START, before).at(-1)?.index ?? -1;
    if (ABOUT_ANIMALS.test(before)) animalsFrom = from;
    return animalsFrom !== from;
  };
}

/** The first cell of the table row on `line`, "" for a line of no table. */
function rowLabel(document: PolicyDocument, line: number): string {
  for (const table of document.tables) {
    if (line < table.startLine || line > table.endLine) continue;
    const row = [table.header, ...table.rows].find((candidate) => candidate.line <= line && line <= candidate.endLine);
    return row?.cells[0]?.text ?? "";
  }
  return "";
}

/** The word a category was found in, whole: "종교" in "식사 제한 사항(종교식·채식)" is "종교식". */
function wordAround(text: string, match: RegExpExecArray): string {
  let start = match.index;
  const matchEnd = match.index + match[0].length;
  let end = matchEnd;
  while (start > 0 && HANGUL.test(text[start - 1])) start--;
  while (end < text.length && HANGUL.test(text[end])) end++;
  // the particle after the name is none of it: "건강에 관한 정보는" quotes "건강에 관한 정보"
  if (PARTICLE.test(text.slice(matchEnd, end))) end = matchEnd;
  return text.slice(start, end);
}
const PARTICLE = /^(?:은|는|이|가|을|를|도|의|와|과|에|으로|로|만)$/;

/**
 * True when a sentence says the category is not processed, naming it ("도어록의 지문 정보는 기기에만
 * 저장되므로 회사는 지문 정보를 처리하지 않습니다"): an item list's "출입 방식(비밀번호·카드·지문)" names a way in, not
 * data the controller holds.
 */
function deniedByName(document: PolicyDocument, itemLine: number, category: string): boolean {
  return bodyLinesMatching(document, COLLECTED_CATEGORY).some(({ line, text }) =>
    clausesOf(text).some(
      (clause) =>
        clause.includes(category) &&
        clauseDenies(clause, CATEGORY_DENIAL) &&
        // on the item's own line, only a denial of holding it at all: "…에 이용하지 않습니다" limits a use of data held
        (line !== itemLine || NOT_HELD.test(clause)),
    ),
  );
}
const NOT_HELD = /(?:(?:처리|수집|보유|보관|저장|생성)(?:하|되)|만들)지\s{0,2}않/;

/**
 * The first line that lists a sensitive category (건강정보, 병력, 생체정보 …) among the items collected, and the
 * item it was read in: in the items section or an items field. A sentence that denies it ("사상, 신념 … 은
 * 수집하지 않습니다") does not count.
 */
function collectedCategory(document: PolicyDocument): { line: number; item: string } | undefined {
  // the items section, and fields that name the items wherever they stand ("수집항목 : …")
  const fields = fieldLinesLabelled(document, ITEMS_FIELD);
  const { body } = assessTopic(document, "items");
  // most policies list no sensitive category: their item lines are tested once, and neither put in order nor
  // joined (a test of the joined passage cost more than this)
  const holdsCategory = ({ text }: LineText) => COLLECTED_CATEGORY.test(text);
  if (!body.some(holdsCategory) && !fields.some(holdsCategory)) return undefined;
  const itemLines = [...body, ...fields].sort((a, b) => a.line - b.line);
  for (const { line, text } of itemLines) {
    // a category named in a sentence that says no sensitive data is processed ("민감정보를 수집하지 않으며, 종교·건강
    // 등을 적는 입력란을 두지 않습니다") is part of that denial
    const across = COLLECTED_CATEGORY.test(text) ? lineAcrossWraps(document, line) : "";
    if (across === "" || lineDenies(across, CATEGORY_DENIAL) || lineDenies(across, DENIAL)) continue;
    // an animal's health ("한우 개체 정보(품종, 건강상태 등)", or under a livestock-records heading) is not a person's;
    // each category is read for whose it is ("반려견의 치료 기록은 …. … 보호자의 병력을 수집합니다" holds a person's)
    const headings = sectionsAt(document, line);
    if (headings.some((section) => ABOUT_ANIMALS.test(section.heading.title))) continue;
    // (as is a table row whose label names an animal: "반려동물 정보 | 이름, 품종, 예방접종 내역, 질병")
    if (ANIMALS.test(rowLabel(document, line))) continue;
    const persons = matchesOf(COLLECTED_CATEGORY_EACH, text)
      .filter(personsCategory(text))
      .find((category) => !deniedByName(document, line, category[0]));
    if (persons) return { line, item: wordAround(text, persons) };
  }
  return undefined;
}

// "프로필 항목은 … 다른 회원에게 공개됩니다": data shown to the service's other users, or to anyone
const SHOWN_TO_OTHERS =
  /(?:다른\s{0,2}(?:회원|이용자|사용자)|모든\s{0,2}(?:회원|이용자|사용자)|누구나|전체\s{0,2}공개)[^.。]{0,40}(?:공개됩니다|공개되며|공개되고|보여집니다|보여지며|보입니다|보이며|표시됩니다|표시되며|노출됩니다|노출되며)/;

/**
 * The line that says the data a sensitive category was read in is shown to other users: one that names the category
 * ("종교") or the label of its row ("프로필(선택) | … 종교 …" and "프로필 항목은 … 다른 회원에게 공개됩니다").
 */
function shownToOthers(document: PolicyDocument, category: { line: number; item: string }): LineText | undefined {
  const label = rowLabel(document, category.line)
    .replace(/[(（][^)）]*[)）]?/g, "")
    .trim();
  const names = [category.item, label].filter((name) => name.length >= 2);
  return bodyLinesMatching(document, SHOWN_TO_OTHERS).find(({ text }) => names.some((name) => text.includes(name)));
}

export const sensitiveInfo: Rule = {
  meta: {
    id: "sensitive-info",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항제3호의3, 제23조제3항",
    title: { ko: "민감정보의 공개 가능성", en: "Sensitive information: possible disclosure" },
    description: {
      ko: "민감정보(건강, 사상·신념, 정치적 견해 등)를 처리하면서 서비스 과정에서 공개될 수 있다면, 공개 가능성과 비공개를 선택하는 방법을 처리방침에 적어야 합니다(법 제30조제1항제3호의3, 제23조제3항; 2023-09-15 시행). 민감정보를 처리한다고 하면서 공개 가능성이나 비공개 방법을 전혀 언급하지 않으면 경고합니다. 민감정보를 처리하지 않는다고 밝히거나('수집하지 않습니다', '입력란을 두지 않습니다', '적지 마십시오'), 그 정보가 공개되지 않는다고 밝히거나('외부에 공개되지 않습니다', '공개될 가능성이 없습니다', '공개되는 일은 없습니다', '공개하는 서비스를 운영하지 않습니다', 기관에 내는 것이나 담당자에게 보이는 것, 법령이 정한 경우만 예외로 둔 '관할 기관에 제출하는 것 외에는 공개되지 않습니다', '관계 법령에 따른 경우를 제외하고는 공개되지 않습니다', '담당 교사와 구급대원 외에는 공개되지 않습니다'), 공개와 무관한 한 가지 용도로만 쓴다고 밝히거나('본인 확인 외의 용도로 쓰지 않습니다'; 바로 다음 문장에서 그 정보를 게시판·소식지에 싣는다고 하면 제외), 담당자만 접근할 수 있다거나('감면 업무 담당자만 접근할 수 있도록 관리합니다') 쓰고 나면 즉시 파기한다고 밝히면('대조 완료 즉시 파기합니다') 충족합니다. 다만 항목 목록에서 민감정보가 든 행의 정보를 다른 이용자에게 공개한다고 하면('프로필 항목은 다른 회원에게 공개됩니다') 비공개를 선택하는 방법이 있어야 하며, 다른 민감정보가 공개되지 않는다는 문장으로는 충족하지 않습니다.",
      en: "Where sensitive information (health, beliefs, political views …) is processed and may become public through the service, the policy must say so and explain how to keep it private (PIPA Arts. 30(1)3-3 and 23(3), in force 2023-09-15). Processing sensitive information with no word on possible disclosure or how to opt out is a warning; stating that none is processed (also by saying there is no field for it, or asking people not to give it), saying that it is never made public or that no service publishes it (also save for handing it to a named body, such as filing it with an agency, showing it to named people, such as the staff in charge or responders, or what a law requires), confining it to one use that publishes nothing (unless the next sentence publishes it after all), opening it to the staff in charge alone, or destroying it as soon as that use is done satisfies the rule. Where the item list's row that holds sensitive data is said to be shown to other users ('profile items are shown to other members'), a way to keep it private must be given; a statement that other sensitive data is never public does not answer it.",
    },
    example: {
      ko: "회사는 건강 기록(민감정보)을 처리하며, 커뮤니티 게시물로 공개될 가능성이 있습니다. 게시물 작성 시 '비공개'를 선택하면 공개되지 않습니다.",
      en: "Health records (sensitive information) may become public through community posts; choosing 'private' when posting keeps them hidden.",
    },
    messages: {
      shownWithoutChoice: {
        ko: "공개하거나 게시한다고 한 정보에 민감정보{item}도 들어 있으나 비공개를 선택하는 방법을 적지 않았습니다",
        en: "data said to be shown to others or posted holds sensitive information{item}, but no way to keep it private is given",
      },
      noDisclosure: {
        ko: "처리하는 민감정보{item}의 공개 가능성과 비공개를 선택하는 방법을 적지 않았습니다: 서비스 과정에서 공개되는 일이 없다면 그렇다고 밝히십시오",
        en: "sensitive information{item} is processed but the policy does not say whether it may become public through the service or how to keep it private; if it is never made public, say so",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const processed = findMentions(document, PROCESSED, DENIAL);
    // a policy that says outright it processes no sensitive data ("구단은 민감정보를 처리하지 않습니다") is not read
    // against a word in its item list ("얼굴 사진(… 얼굴인식 기술에는 사용하지 않음)")
    // (read only where an item list holds a category: most policies name none)
    const inferred = processed.length > 0 ? undefined : collectedCategory(document);
    const deniedOutright =
      inferred !== undefined &&
      bodyLinesMatching(document, SUBJECT).some(({ line }) => lineDenies(lineAcrossWraps(document, line), DENIAL));
    const category = deniedOutright ? undefined : inferred;
    const where = processed[0]?.line ?? category?.line;
    if (where === undefined) return notApplicable();
    const disclosures = findMentions(document, DISCLOSURE);
    if (disclosures.length > 0) return found(disclosures[0].line);
    // the policy says the data is shown to others: no statement that other sensitive data is never public answers that
    const shown = category ? shownToOthers(document, category) : undefined;
    if (category && shown) {
      report({ messageId: "shownWithoutChoice", range: lineRange(document, shown.line), data: { item: ` ('${category.item}')` } });
      return;
    }
    // data that is never made public has no disclosure to choose against (제23조제3항): a plain statement
    // beside the sensitive data answers the item, read with hard-wrapped lines joined ("민감정보가" / "공개될 가능성은 없으나")
    const passage = wrappedPassage(document, passageAround(document, where));
    const deniedBeside = passage.some(({ text }) => clausesOf(text).some((clause) => deniesPublication(clause, true)));
    if (deniedBeside || saidNeverPublic(document)) return found(where);
    // an item read as sensitive is named, since the policy itself may never call it that ("종교식")
    const item = category ? ` ('${category.item}')` : "";
    // the passage may say it is published ("알레르기 식품을 … 교실 게시판에 게시합니다"): then only the way to keep it
    // private is missing, said where the publication is
    const posted = passage.find(({ text }) => PUBLISHED.test(text) && !ABOUT_THE_POLICY.test(text));
    if (posted) report({ messageId: "shownWithoutChoice", range: lineRange(document, posted.line), data: { item } });
    else report({ messageId: "noDisclosure", range: lineRange(document, where), data: { item } });
  },
};
