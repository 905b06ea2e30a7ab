// "~등" and "외 N개사" closing a list of purposes, items, recipients or processors.
import type { Rule, RuleContext } from "../src/runtime/rule.js";
import type { PolicyDocument, TableCell } from "../src/parse/model.js";
import { fieldLinesLabelled, fieldsByLine, findSections, matchRange, type Topic } from "../src/runtime/query.js";
import { isContinuation, joinedFrom, locate, wrappedAround, type JoinedLine } from "../src/runtime/wraps.js";
import { headinglessParagraphs } from "../src/runtime/paragraphs.js";
import { findOpenList } from "../src/runtime/open-list.js";
import { maskDeungInStatuteTitles } from "../src/runtime/statute-titles.js";
import { endsInKind, marksCompany } from "../src/runtime/business-kinds.js";
import { isPlaceholder } from "../src/runtime/extract.js";
import items from "./data/conditional-items.json" with { type: "json" };
import sectionTopics from "./data/section-topics.json" with { type: "json" };

const spec = items.vagueListing;
// "… 및 평가 등 인사관리": the list gives examples of the purpose it ends in, and is as open as "평가 등을"
const LIST_END = new RegExp(`(?:${spec.listEndsWhereDeungIsFollowedBy})|(?:${spec.orByTheCategoryItExemplifies})`, "y");
// "불만처리 등 민원처리": the category after the "등" is the same work as the item before it, by the noun both end in,
// and names that work as the purpose; a broad category ("업무 처리") does not
const SAME_WORK = new RegExp(`(?:${spec.categoryOfTheSameWork})$`);
const BROAD_CATEGORY = new RegExp(spec.broadCategory);
const WORK_OF_A_PURPOSE = new RegExp(`(?:${spec.workOfAPurpose})$`);
// the category, up to the end of its item or the particle that ties it to the verb ("등 고객 상담에 이용합니다")
const CATEGORY_AFTER_DEUNG = /^등\s([가-힣]{1,10}?(?:\s[가-힣]{1,10}?){0,2}?)(?:\s{0,2}(?:[,，.。]|$)|(?:에|을|를|으로|로|의)(?=\s|$))/;
const COMPANY_COUNT = new RegExp(spec.companyCount);
// a sentence's object before the list its verb is given to ("위치를 제휴 음식점 등에 제공합니다"): no part of the list
const OBJECT_BEFORE_LIST = /^[^을를]{0,40}[을를]\s+(?=\S)/;
const GIVEN_TO = /^\s{0,2}(?:에게|에)(?![가-힣])/;
const FIXED_PHRASES = new RegExp(spec.fixedPhrases, "g");
// the four places the PIPC evaluation penalises an open-ended list, by section title; a title that is also
// about cookies, behavioural data or retention ("자동 수집 장치", "수집 및 보유") is not one of them
const PLACES = new RegExp(Object.values(spec.placeTitles).join("|"));
const NOT_PLACES = new RegExp(spec.notPlaces);
// "서비스별 처리 목적·항목·보유기간": a title that names the purposes or items with the retention beside them is
// their place still, its tables' item cells lists of the four
const RETENTION_WORDS = /보유|보존/g;
const PURPOSES_OR_ITEMS = /목적|항목/;
const notAPlace = (title: string) =>
  NOT_PLACES.test(title) && !(PURPOSES_OR_ITEMS.test(title) && !NOT_PLACES.test(title.replace(RETENTION_WORDS, "")));
const PLACE_TOPICS = Object.keys(spec.placeTitles) as Topic[];
// the places whose bulleted lists name one purpose or item a line, where one line's "등" leaves the list open
const MEMBER_TOPICS: Topic[] = ["purpose", "items"];
// a list member that ends in "등": a bullet or a number, a few words, "등" and nothing after it
const OPEN_MEMBER =
  /^\s{0,8}(?:[-•·∙*○●▪◦‣]|\d{1,2}[.)]|[①-⑳]|[가-하][.)])\s{1,3}([가-힣A-Za-z][^,，、:：]{0,28}?[가-힣A-Za-z)])\s등\s{0,2}[.。]?\s*$/;
const BROAD_TITLE_WORDS = new RegExp(spec.broadTitleWords);
// "Q2. 어떤 개인정보를 수집하나요?": a title that asks what data is collected asks for the items, unless it asks how too
const WHAT_DATA_TITLE = new RegExp(spec.whatDataTitle);
const HOW_OR_SHARED_TITLE = new RegExp(spec.howOrSharedTitle);
const titledBroadly = (title: string) => BROAD_TITLE_WORDS.test(title) && (!WHAT_DATA_TITLE.test(title) || HOW_OR_SHARED_TITLE.test(title));
const PLACE_FIELDS = new RegExp(spec.placeFields);
// without headings, a sentence is one of the four by its own subject or object ("처리하는 개인정보는 …")
const PLACE_SUBJECT = new RegExp(Object.values(spec.placeSubjects).join("|"));
// a sentence, up to its full stop (or the end of the paragraph)
const SENTENCE = /[^.。!?]+[.。!?]?/g;
// "위탁하는 경우, 계약서 등" is a clause, not a list; "…등은 수집하지 않습니다" lists what is not done
const CLAUSE = /경우|하(는|여|며|고)\s|되(는|어)\s|있(는|어)\s|습니다|않/;
// a negated verb, in the everyday form or the statutes' ("…등의 정보를 수집하지 아니한다")
const NOT_DONE = /않|지\s{0,2}아니(?:하|한|함|합)/;
// a purpose before the list ("서비스 제공을 위하여 A, B 등에 위탁합니다") leads into it: the first item starts after it
const PURPOSE_LEAD_IN = /위하여\s+/g;
// lists a '등' closes that are not purposes, items, recipients or processors
const CONTRACT_TERMS = new RegExp(spec.notAList.contractTerms);
// the terms 제26조 puts in an entrustment contract ("목적 외 처리 금지, 재위탁 제한, 안전성 확보조치 등을 명시하고"),
// whatever verb follows them
const CONTRACT_TERM_ITEM = new RegExp(spec.notAList.contractTermItems);
const DISCLOSURE_FIELD = new RegExp(spec.notAList.disclosureFields);
// the grounds the statute allows processing or provision on ("정보주체의 동의, 법률의 특별한 규정 등에 해당하는 경우")
const LEGAL_GROUND_ITEM = new RegExp(spec.notAList.legalGroundItems);
// "그 근거, 일시, 목적, 항목 등을 … 게재합니다": the fields of a notice the statute prescribes, named bare
const FIELD_NAME_ITEM = new RegExp(spec.notAList.fieldNames);
const CHANNEL_LABEL = new RegExp(spec.notAList.channelLabel);
const EXAMPLES_OF = new RegExp(`(?:${spec.notAList.examplesOf})$`);
// examples of the cases a statute lists ("제21조제3항 각 호에 해당하는 경우(…, … 등)"): the citation closes the list
const STATUTE_LIST_EXAMPLES = new RegExp(`(?:${spec.notAList.statuteListExamples})$`);
// attributes of goods or animals ("상품 등록 정보: 상품명, 규격, 가격 등") are not personal data
const ABOUT_THINGS = new RegExp(`(?:${spec.notAList.aboutThings})\\s*$`);
// what a processor does for the controller ("위탁업무의 내용: SMS, 카카오톡 및 E-mail 등의 발송") is not a list of processors
const ENTRUSTED_TASK_FIELD = new RegExp(spec.notAList.entrustedTaskField);
// an entrustment list item "㈜한빛: A, B 등 안내 발송" is a row of processor and task: what follows the company is its
// task, and only the processors before the colon ("㈜한빛, 누리택배 등: 배송") are a list of the four
const ENTRUSTMENT_TITLE = new RegExp(spec.placeTitles.entrustment);
// "수탁의 목적", "제공받는 자의 이용 목적": the purpose of an entrustment or a provision is no purposes place, and the
// purpose of an entrustment is the task entrusted, which the rule leaves alone
const ANOTHER_PARTYS_PURPOSE = new RegExp(sectionTopics.topics.purpose.titleExcludes);
// a lead-in that announces the full list below ("회원가입, 상담 등을 위해 아래와 같은 개인정보를 수집합니다") sums it up
const ANNOUNCES_LIST_BELOW = new RegExp(spec.notAList.announcesListBelow);
// the steps of a procedure ("목적이 바뀌면 별도 동의를 받는 등 필요한 조치를"): a verb clause before the "등", a
// measure or procedure after it
const ACTION_BEFORE_DEUNG = new RegExp(spec.notAList.actionBeforeDeung);
const MEASURE_AFTER_DEUNG = new RegExp(spec.notAList.measureAfterDeung);
// a statute's article right before the "등" ("「출입국관리법」 제33조 등", "법 제8조제1항 등") and a basis after it
// ("에 따른", "에 의한", "에 근거한"): the "등" closes a list of legal bases, which the other rules weigh
const ARTICLE_BEFORE_DEUNG =
  /(?:법|법률|령|규칙|[」』])\s{0,2}제\s{0,2}\d{1,3}\s{0,2}조(?:의\s{0,2}\d{1,2})?(?:\s{0,2}제\s{0,2}\d{1,2}\s{0,2}(?:항|호)){0,3}\s{0,2}$/;
const LAWFUL_REQUEST_AFTER =
  /^\s{0,2}등\s{0,2}(?:이|가|에서)\s{0,2}(?:관계\s{0,2}|관련\s{0,2})?(?:법률|법령|법)[^.。]{0,20}?(?:근거|따라|따른|의해|의하여|의거)[^.。]{0,30}?(?:요청|요구)/;
const BASIS_AFTER_DEUNG = /^\s{0,2}등\s{0,2}에\s{0,2}(?:따른|따라|따라서|의한|의하여|의해|근거한|근거하여|근거해)/;

const RECIPIENT_FIELD = new RegExp(spec.recipientField);
// "제공받는 자의 이용 목적": a detail of the recipient, not the recipient
const RECIPIENT_DETAIL = /목적|항목|기간/;
// a "등" that stands as a word after the first recipient: "한빛대학교병원 등 협력 기관", "㈜한빛 등"
const DEUNG_WORD = / 등(?= |$)/;
const MAX_NAME_LENGTH = 40;

/**
 * A recipient value that names one recipient and leaves the rest open with "등", alone or before their kind
 * ("한빛대학교병원 등 협력 기관"): the name, what follows it, and where the "등" is. A kind before the "등" ("협력 병원
 * 등") names no one at all, which third-party-provision reports.
 */
function openAfterOneName(value: string): { name: string; rest: string; deung: number } | null {
  const space = value.search(DEUNG_WORD);
  if (space <= 0) return null;
  const name = value.slice(0, space).trim();
  const kind = value.slice(space + 2).trim();
  if (name.length > MAX_NAME_LENGTH || /[,、]/.test(name) || isPlaceholder(name) || endsInKind(name)) return null;
  if (kind !== "" && !endsInKind(kind)) return null;
  return { name, rest: value.slice(space + 1).trim(), deung: space + 1 };
}

/** True when the text ends inside a bracket opened right after a statute's own list ("각 호에 해당하는 경우(…"). */
function statuteListExamples(before: string): boolean {
  const bracket = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  if (bracket < 0 || /[)）]/.test(before.slice(bracket))) return false;
  return STATUTE_LIST_EXAMPLES.test(before.slice(0, bracket + 1));
}

/**
 * True when the list is of something else than the four lists: contract terms (by their verb or by two of the
 * statute's terms among the items), legal grounds (two among the items), the steps of a procedure, field names, channels,
 * examples of a category or of a statute's own list, attributes of things, or a summary in front of the list it announces. `goesOn`:
 * the rest of the sentence on the lines after a hard wrap ("손해배상 등 책임에 관한 사항을" over "문서에 명시"); `comesFrom`:
 * its start on the lines before ("… 각 호에 해당하는 경우(…" over "…, … 등)").
 */
function notOneOfTheFour(
  text: string,
  start: number,
  deung: number,
  { goesOn, comesFrom }: { goesOn: string; comesFrom: string },
): boolean {
  // (members joined by 및 or 또는 are members too: "그 근거, 목적 및 범위 등")
  const items = text.slice(start, deung).split(/[,、]|\s(?:및|또는)\s/);
  if (
    [DISCLOSURE_FIELD, CONTRACT_TERM_ITEM, LEGAL_GROUND_ITEM, FIELD_NAME_ITEM].some(
      (kind) => items.filter((item) => kind.test(item)).length >= 2,
    )
  )
    return true;
  const after = goesOn === "" ? text.slice(deung) : `${text.slice(deung).trimEnd()} ${goesOn}`;
  if (CONTRACT_TERMS.test(after) || ANNOUNCES_LIST_BELOW.test(after.slice(1))) return true;
  if (ACTION_BEFORE_DEUNG.test(text.slice(start, deung)) && MEASURE_AFTER_DEUNG.test(after)) return true;
  if (ARTICLE_BEFORE_DEUNG.test(text.slice(start, deung)) && BASIS_AFTER_DEUNG.test(after)) return true;
  // the bodies that may demand data under a law ("수사기관, 금융감독원 등이 법률에 근거하여 요청하는 경우"): the
  // statute's exception, not a list of recipients
  if (LAWFUL_REQUEST_AFTER.test(after)) return true;
  const before = text.slice(0, start + 1);
  return (
    CHANNEL_LABEL.test(before) ||
    EXAMPLES_OF.test(before.trimEnd()) ||
    statuteListExamples(comesFrom === "" ? before : `${comesFrom} ${before}`) ||
    ABOUT_THINGS.test(before.trimEnd())
  );
}

/**
 * The noun of work the category after the "등" ends in (`nouns`), when the category says more than that noun and is
 * not a broad one ("업무 처리"): "등 민원처리" → "처리"; null otherwise. `after` is the text from the "등" on.
 */
function workOfCategory(after: string, nouns: RegExp): string | null {
  // (kinds joined by a middle dot are one kind: "등 과태료·범칙금의 운전자 확인")
  const category = CATEGORY_AFTER_DEUNG.exec(after.replace(JOINED_KINDS, "").replace(KIND_OF_WORK, "$1 "));
  // ("결제 관련 민원처리": a noun's "관련" narrows the work to it, and makes no broad category)
  if (!category || BROAD_CATEGORY.test(withoutModifier(category[1]).replace(NARROWED_BY_NOUN, ""))) return null;
  const work = nouns.exec(category[1]);
  return work && category[1].replace(/\s/g, "").length > work[0].length ? work[0] : null;
}

const JOINED_KINDS = /(?<=[가-힣])[·ㆍ](?=[가-힣])/g;
const NARROWED_BY_NOUN = /(?<=[가-힣])\s관련\s/g;
// "등 각종 서류의 발급": the kind, "의", and the work done with it, read as one category ("각종 서류 발급")
const KIND_OF_WORK = /^(등\s[가-힣]{1,10}(?:\s[가-힣]{1,10})?)의\s(?=[가-힣]{1,10}(?:\s[가-힣]{1,10})?(?:\s{0,2}[,，.。]|\s*$))/;
// a modifier before the kind ("각종 서류", "기타 서비스"): the kind after it tells whether the category is broad
const MODIFIER = /^(?:각종|제반|기타|관련|일반)\s(?=\S)/;
const withoutModifier = (category: string) => category.replace(MODIFIER, "");

/** The last item before the "등", the list split at `breaks`. */
const lastItemBefore = (text: string, deung: number, breaks: RegExp) => text.slice(0, deung).split(breaks).pop()!.trim();

/**
 * True when the "등" gives an example of the work the category after it names ("…, 불만처리 등 민원처리"): the
 * category ends in a noun of work that the last item ends in too, or opens with one and goes on with what is done
 * about that work ("불만처리 등 민원처리 결과 통보").
 */
function exampleOfItsWork(text: string, deung: number): boolean {
  const lastItem = lastItemBefore(text, deung, /[,、]/);
  const sameWork = (work: string | null) => work !== null && lastItem.length > work.length && lastItem.endsWith(work);
  // (a page's closing tags leave spaces after the text)
  const after = text.slice(deung).trimEnd();
  if (sameWork(workOfCategory(after, SAME_WORK))) return true;
  // "불만처리 등 민원처리 결과 통보": the work's first word, then what is done about it, which ends in a work too
  const category = CATEGORY_AFTER_DEUNG.exec(after)?.[1];
  const [first, ...rest] = category?.split(/\s/) ?? [];
  if (rest.length === 0 || !WORK_OF_A_PURPOSE.test(rest.at(-1)!) || BROAD_CATEGORY.test(first)) return false;
  const work = SAME_WORK.exec(first)?.[0] ?? null;
  return work !== null && first.length > work.length && sameWork(work);
}

/**
 * True when the "등" gives examples of what the purpose after it is about ("급가속·급제동 등 운전 습관 분석",
 * "결석·안전사고 등 긴급 상황 안내"): the category ends in a noun of work, and the item before the "등" is a thing
 * or an event, no work of its own ("평가 등 인사관리" lists works, and stays open). `goesOn`: the rest of the
 * sentence on the lines after a hard wrap.
 */
function exampleOfItsObject(text: string, deung: number, goesOn: string): boolean {
  // a category hard-wrapped is read whole: "카드번호 등 카드결제" over "승인 정보" names data, not a work
  const after = text.slice(deung).trimEnd();
  const work = workOfCategory(goesOn === "" ? after : `${after} ${goesOn}`, WORK_OF_A_PURPOSE);
  if (work === null) return false;
  const lastItem = lastItemBefore(text, deung, /[,、·ㆍ]/);
  return lastItem !== "" && (!WORK_OF_A_PURPOSE.test(lastItem) || instanceOfWhatItIsAbout(lastItem, after, work));
}

// how far after the "등" the category's work is looked for
const CATEGORY_REACH = 40;

/**
 * True when the item's last word is what the category's work is about, named before that work ("중복 결제 등
 * 결제사고 예방", "중복 결제 등 결제 관련 민원처리"): the item is an instance of that thing, an event, though its word
 * also names a work ("결제"); "본인 확인, 결제 검증 등 사고 예방" lists works.
 */
function instanceOfWhatItIsAbout(item: string, after: string, work: string): boolean {
  const lastWord = item.split(/\s/).pop() ?? "";
  const lead = after.slice(0, CATEGORY_REACH);
  const at = lead.lastIndexOf(work);
  return lastWord.length >= 2 && at > 0 && lead.slice(1, at).includes(lastWord);
}

/**
 * True when the "등" closes a bracket of examples right after the thing they are examples of, and they are things,
 * no works ("기기 측정값(걸음 수, 체온 등)의 분석"): in a purpose, data the purpose works on, not a list of purposes.
 */
function examplesOfAThing(text: string, deung: number): boolean {
  if (!/^등\s{0,2}[)）]/.test(text.slice(deung))) return false;
  const open = Math.max(text.lastIndexOf("(", deung), text.lastIndexOf("（", deung));
  if (open < 1 || !/[가-힣A-Za-z]/.test(text[open - 1])) return false;
  const examples = text.slice(open + 1, deung).split(/[,、·ㆍ]/);
  return examples.every((example) => example.trim() !== "" && !WORK_OF_A_PURPOSE.test(example));
}

// after the "등", a kind and the yes-or-no asked of it: "휠체어 등 보조기기 사용 여부"
const WHETHER_OF_A_KIND = /^등\s{0,2}[가-힣]{1,12}(?:\s{1,2}[가-힣]{1,8}){0,2}\s{0,2}(?:여부|유무)(?![가-힣])/;

/**
 * True when the "등" gives examples of a kind whose presence is the one thing asked ("휠체어 등 보조기기 사용 여부",
 * "흡연·음주 등 생활 습관 유무"): the item is a yes or a no, and no list stays open.
 */
const whetherOfAKind = (text: string, deung: number) => WHETHER_OF_A_KIND.test(text.slice(deung));

/**
 * Where the list's first item starts once a purpose that leads into it is cut off ("제공을 위하여 한빛페이, …"
 * starts at "한빛페이"): the character before the item, as `findOpenList` gives a start. A purpose after the list
 * ("회원가입, 상담 등을 위해") is no lead-in and leaves the start alone.
 */
function afterPurpose(text: string, start: number): number {
  const comma = text.slice(start).search(/[,、]/);
  if (comma < 0) return start;
  let cut = start;
  for (const leadIn of text.slice(start, start + comma).matchAll(PURPOSE_LEAD_IN)) cut = start + leadIn.index + leadIn[0].length - 1;
  return cut;
}

const taskCellsCache = new WeakMap<PolicyDocument, ReadonlyMap<number, TableCell[]>>();

/** The cells of tables' task columns ("위탁업무", "위탁하는 업무의 내용"), by the line they stand on. */
function taskCells(document: PolicyDocument): ReadonlyMap<number, TableCell[]> {
  let found = taskCellsCache.get(document);
  if (!found) {
    const byLine = new Map<number, TableCell[]>();
    for (const table of document.tables) {
      const columns = table.header.cells.flatMap((cell, at) => (ENTRUSTED_TASK_FIELD.test(cell.text) ? [at] : []));
      for (const row of columns.length > 0 ? table.rows : [])
        for (const at of columns) {
          const cell = row.cells[at];
          if (!cell || cell.spanned) continue;
          for (const piece of cell.pieces ?? [cell]) byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece]);
        }
    }
    taskCellsCache.set(document, (found = byLine));
  }
  return found;
}

/**
 * The row with its task cells blanked: in a processor table, "문자 발송(총회 소집 통지, 교육 일정 안내 등)" in the task
 * column gives examples of the task entrusted, which the rule leaves alone, not a list of the four.
 */
function withoutTaskCells(document: PolicyDocument, joined: JoinedLine): JoinedLine {
  let text = joined.text;
  for (const part of joined.parts)
    for (const cell of taskCells(document).get(part.line) ?? []) {
      const at = part.at + (cell.column - 1 - part.column);
      if (at < 0 || text.slice(at, at + cell.text.length) !== cell.text) continue;
      text = text.slice(0, at) + " ".repeat(cell.text.length) + text.slice(at + cell.text.length);
    }
  return text === joined.text ? joined : { ...joined, text };
}

/** The line with the task after a processor's name blanked: "㈜한빛, 누리택배 등:" is what is left to read. */
function withoutTask(joined: JoinedLine): JoinedLine {
  const colon = joined.text.search(/[:：]/);
  return { ...joined, text: joined.text.slice(0, colon + 1) + " ".repeat(joined.text.length - colon - 1) };
}

/**
 * In a policy without headings, the sentences that are one of the four places: each paragraph's lines joined as
 * one text, and every other sentence of it blanked, so that positions still locate the "등" on its physical line.
 */
function placeSentences(document: PolicyDocument): JoinedLine[] {
  const sentences: JoinedLine[] = [];
  for (const paragraph of headinglessParagraphs(document)) {
    const joined: JoinedLine = { line: paragraph[0].line, text: "", parts: [] };
    for (const { line, text } of paragraph) {
      const trimmed = text.trim();
      const at = joined.text === "" ? 0 : joined.text.length + 1;
      joined.parts.push({ line, at, column: text.length - text.trimStart().length });
      joined.text = joined.text === "" ? trimmed : `${joined.text} ${trimmed}`;
    }
    for (const sentence of joined.text.matchAll(SENTENCE)) {
      if (!PLACE_SUBJECT.test(sentence[0]) || NOT_PLACES.test(sentence[0])) continue;
      const start = sentence.index;
      const end = start + sentence[0].length;
      const text = " ".repeat(start) + sentence[0] + " ".repeat(joined.text.length - end);
      sentences.push({ ...joined, text });
    }
  }
  return sentences;
}

/**
 * Reports the open list in a line (or a sentence) of one of the four places: "…, 선호 매장 등", "외 3개사", a recipient
 * field that names one and leaves the rest open. `sentenceAround`: its sentence on the lines after (`goesOn`) and before
 * (`comesFrom`), read only for a list found open: most lines hold none, and reading the wraps costs more than the test.
 */
function examineList(
  report: RuleContext["report"],
  joined: JoinedLine,
  field: { label: string; value: string } | undefined,
  sentenceAround: () => { goesOn: string; comesFrom: string },
  { listMember = false, inPurpose = false }: { listMember?: boolean; inPurpose?: boolean } = {},
): void {
  const text = joined.text;
  // no list closes without "등" and no company count without "등" or "외"
  if (!text.includes("등") && !text.includes("외")) return;
  const at = (index: number) => locate(joined, index);
  // read at most once, and only for a list found open
  let sentence: { goesOn: string; comesFrom: string } | undefined;
  const around = () => (sentence ??= sentenceAround());
  const count = COMPANY_COUNT.exec(text);
  if (count) {
    const where = at(count.index);
    report({ messageId: "companyCount", range: matchRange(where.line, where.index, count[0].length), data: { phrase: count[0] } });
    return;
  }
  let masked = text.includes("등") ? text.replace(FIXED_PHRASES, (phrase) => " ".repeat(phrase.length)) : text;
  // "「부동산 거래신고 등에 관한 법률」": a statute's title is one name, and its "등" closes no list
  masked = maskDeungInStatuteTitles(masked);
  // "주소(배송지), 요청사항 등": a bracket without commas is part of its item, and so is one that details it
  // ("정산 계좌(은행, 계좌번호, 예금주)") unless it leaves its own list open with "등"
  if (masked.includes("(") || masked.includes("（"))
    masked = masked.replace(/[(（][^()（）]{0,40}[)）]/g, (bracket) => {
      const inner = bracket.slice(1, -1);
      const lists = /[,，、]/.test(inner);
      return (!lists && inner.length <= 20) || (lists && !inner.includes("등")) ? "＿".repeat(bracket.length) : bracket;
    });
  const open = findOpenList(masked, LIST_END, spec.maxItemLength);
  // "- 수업 변경·취소 안내 등": a purpose or an item of a bulleted list, left open by itself
  if (!open && listMember) {
    const member = OPEN_MEMBER.exec(masked);
    if (member && !NOT_DONE.test(text)) {
      const where = at(member.index + member[0].lastIndexOf("등"));
      report({ messageId: "openList", range: matchRange(where.line, where.index, 1), data: { phrase: member[1].trim() + " 등" } });
    }
    return;
  }
  if (!open && field && RECIPIENT_FIELD.test(field.label) && !RECIPIENT_DETAIL.test(field.label)) {
    const valueAt = text.indexOf(field.value, Math.max(text.indexOf(":"), text.indexOf("：")));
    const left = valueAt >= 0 ? openAfterOneName(field.value) : null;
    if (left) {
      const where = at(valueAt + left.deung);
      report({ messageId: "openAfterName", range: matchRange(where.line, where.index, 1), data: { name: left.name, rest: left.rest } });
    }
    return;
  }
  const start = open ? afterPurpose(masked, open.start) : 0;
  if (
    open &&
    !CLAUSE.test(masked.slice(start, open.deung + 1)) &&
    !NOT_DONE.test(text.slice(start)) &&
    !exampleOfItsWork(masked, open.deung) &&
    !exampleOfItsObject(masked, open.deung, around().goesOn) &&
    !whetherOfAKind(masked, open.deung) &&
    !(inPurpose && examplesOfAThing(masked, open.deung)) &&
    !notOneOfTheFour(text, start, open.deung, around())
  ) {
    const lastItem = text
      .slice(start, open.deung + 1)
      .split(/[,、]/)
      .pop()!
      .trim();
    // "…휴대전화번호를 제휴 음식점 등에 제공": the list is who it is given to, after the object given
    const phrase = GIVEN_TO.test(masked.slice(open.deung + 1)) ? lastItem.replace(OBJECT_BEFORE_LIST, "") : lastItem;
    const where = at(open.deung);
    report({ messageId: "openList", range: matchRange(where.line, where.index, 1), data: { phrase } });
  }
}

export const vagueListing: Rule = {
  meta: {
    id: "vague-listing",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항, 개인정보 처리방침 작성지침(목적·항목·제공받는 자·수탁자), 처리방침 평가 지표",
    title: { ko: "'~등'으로 끝나는 목록", en: "Open-ended lists ('등')" },
    description: {
      ko: "처리 목적, 처리하는 항목, 제공받는 자, 수탁자는 빠짐없이 적어야 하며 '이메일, 주소 등'이나 'A사 외 3개사'처럼 '등'·'외 N개사'로 목록을 닫으면 평가에서 감점됩니다. 이 네 곳에서 그런 목록을 경고합니다('평가 등 인사관리'처럼 '등' 뒤에 상위 범주를 붙여도 열린 목록입니다. 다만 '불만처리 등 민원처리'처럼 '등' 뒤의 말이 앞 항목과 같은 일을 가리키며 그 일을 목적으로 밝히거나('불만처리 등 민원처리 결과 통보'처럼 그 일에 대해 하는 일이 뒤에 붙어도), '급가속·급제동 등 운전 습관 분석', '보이스피싱 등 전자금융사고 예방'처럼 '등' 앞이 목적이 다루는 일·사물의 예이고 '등' 뒤가 목적을 밝히거나, 처리 목적 안에서 '측정값(심박수, 수면 등)의 분석'처럼 괄호가 바로 앞 사물의 예를 들면 열린 목록으로 보지 않습니다). 목적·항목을 한 줄에 하나씩 적은 목록에서 한 줄이 '등'으로 끝나도('- 수업 변경·취소 안내 등') 열린 목록입니다. 제공받는 자를 하나만 밝히고 '한빛대학교병원 등 협력 기관'처럼 나머지를 '등'으로 열어 둔 것도 경고합니다(이름 없이 종류만 적은 제공받는 자는 third-party-provision이 알립니다). '전화번호 등 연락처', '정정·삭제 등'처럼 굳어진 표현, 아래 목록을 안내하는 머리말('회원가입, 상담 등을 위해 아래와 같은 개인정보를 수집합니다'), 수탁자의 위탁업무 설명, 근거 법령의 목록('「○○법」 제33조 등에 따른 신분 확인'), 법률에 근거해 요구할 수 있는 기관의 목록('수사기관, 금융감독원 등이 법률에 근거하여 요청하는 경우')은 제외합니다. 목록 앞의 목적('서비스 제공을 위하여 A, B 등에 위탁합니다')은 목록의 머리말로 읽습니다.",
      en: "Purposes, items processed, recipients and processors must be listed in full; closing such a list with '등' (etc.) or 'A and N other companies' is penalised by the PIPC evaluation. The rule warns on such lists in those four places, including lists that end in the category they exemplify ('평가 등 인사관리'; not where the category is the same work as the item before it and names it as the purpose: '불만처리 등 민원처리', also with what is done about that work after it ('… 결과 통보'), nor where the items are things or events a named purpose is about: '급가속·급제동 등 운전 습관 분석', '보이스피싱 등 전자금융사고 예방', nor, among the purposes, a bracket of examples of the thing right before it: '측정값(심박수, 수면 등)의 분석'), a line of a bulleted list of purposes or items that ends in '등' by itself ('- 수업 변경·취소 안내 등'), and a recipient field that names one recipient and leaves the rest open ('한빛대학교병원 등 협력 기관'; recipients given only as a kind are third-party-provision's). Fixed phrases such as '전화번호 등 연락처' and '정정·삭제 등', a lead-in announcing the full list below ('회원가입, 상담 등을 위해 아래와 같은 개인정보를 수집합니다'), the description of an entrusted task, a list of legal bases ('under Article 33 of the ○○ Act etc.') and a list of the bodies that may demand data under a law ('when investigators, the FSS etc. request it under a law') are left alone. A purpose before the list ('to provide the service, we entrust A, B etc.') is read as leading into it.",
    },
    example: {
      ko: "수집 항목: 이름, 이메일 주소, 휴대전화번호, 배송 주소",
      en: "Items: name, e-mail address, mobile number, delivery address",
    },
    messages: {
      openList: {
        ko: "'{phrase}'처럼 '등'으로 목록을 닫지 말고 모두 적으십시오",
        en: "the list ends in '등' ('{phrase}'): list every entry",
      },
      companyCount: { ko: "'{phrase}' 대신 업체를 모두 적으십시오", en: "name every company instead of '{phrase}'" },
      openAfterName: {
        ko: "제공받는 자를 '{name}' 하나만 밝히고 나머지는 '{rest}'(으)로 열어 두었습니다: 모두 이름으로 적으십시오",
        en: "only '{name}' is named as a recipient and the rest are left open ('{rest}'): name every recipient",
      },
    },
  },
  check({ document, report }) {
    const seen = new Set<number>();
    // a recipient cell that names one and leaves the rest open: "| 한빛대학교병원 등 협력 기관 | 공동연구 | … |"
    for (const table of document.tables) {
      const column = table.header.cells.findIndex((cell) => RECIPIENT_FIELD.test(cell.text) && !RECIPIENT_DETAIL.test(cell.text));
      if (column < 0) continue;
      for (const row of table.rows) {
        const cell = row.cells[column];
        const left = cell ? openAfterOneName(cell.text) : null;
        if (!cell || !left) continue;
        const valueAt = document.plain[cell.line - 1].indexOf(cell.text, cell.column - 1);
        if (valueAt < 0) continue;
        report({
          messageId: "openAfterName",
          range: matchRange(cell.line, valueAt + left.deung, 1),
          data: { name: left.name, rest: left.rest },
        });
        seen.add(cell.line);
      }
    }
    // a section the outline takes for one of the four under a title in plain words ("Q2. 어떤 정보를 가져가나요?") is
    // one of them; broad words ("수집 방법", "공유") also title what is no list of the four, but not where the title
    // asks what data is collected ("어떤 개인정보를 수집하나요?")
    const plain = new Set(
      PLACE_TOPICS.flatMap((topic) => findSections(document, topic)).filter((section) => !titledBroadly(section.heading.title)),
    );
    const plainEntrustment = new Set(findSections(document, "entrustment"));
    const places = document.allSections.filter(
      (section) =>
        section.heading.isTitle &&
        !document.tocLines.has(section.startLine) &&
        (PLACES.test(section.heading.title) || plain.has(section)) &&
        !notAPlace(section.heading.title) &&
        !ANOTHER_PARTYS_PURPOSE.test(section.heading.title),
    );
    // a field that names one of the four ("수집항목 : …", "제공받는 자 : …") is one of the places wherever it stands
    const fields = fieldLinesLabelled(document, PLACE_FIELDS);
    // the lines to read, each once and in order: places nest (a chapter and its articles), so a line may be in several
    const toRead = new Uint8Array(document.plain.length + 1);
    for (const section of places) toRead.fill(1, section.startLine + 1, Math.min(section.endLine, document.plain.length) + 1);
    for (const { line } of fields) toRead[line] = 1;
    for (const section of document.allSections)
      if (ANOTHER_PARTYS_PURPOSE.test(section.heading.title) && ENTRUSTMENT_TITLE.test(section.heading.title))
        toRead.fill(0, section.startLine + 1, Math.min(section.endLine, document.plain.length) + 1);
    const fieldAt = fieldsByLine(document);
    const memberLines = new Uint8Array(document.plain.length + 1);
    for (const section of places)
      if (MEMBER_TOPICS.some((topic) => findSections(document, topic).includes(section)) && !ENTRUSTMENT_TITLE.test(section.heading.title))
        memberLines.fill(1, section.startLine + 1, Math.min(section.endLine, document.plain.length) + 1);
    // the lines of a purposes section that is not about the items too ("수집 목적 및 항목"): the innermost section
    // decides, a purposes sub-section of a chapter on the items and an items sub-section of the purposes alike
    const purposeLines = new Uint8Array(document.plain.length + 1);
    const itemSections = new Set(findSections(document, "items"));
    const bySection = [
      ...findSections(document, "purpose").map((section) => ({ section, purpose: !itemSections.has(section) })),
      ...[...itemSections].map((section) => ({ section, purpose: false })),
    ].sort((a, b) => a.section.level - b.section.level);
    for (const { section, purpose } of bySection)
      purposeLines.fill(purpose ? 1 : 0, section.startLine + 1, Math.min(section.endLine, document.plain.length) + 1);
    const entrusting = places.filter((section) => ENTRUSTMENT_TITLE.test(section.heading.title) || plainEntrustment.has(section));
    const taskOfProcessor = (line: number, label: string) =>
      marksCompany(label) && entrusting.some((section) => section.startLine < line && line <= section.endLine);
    for (let line = 1; line < toRead.length; line++) {
      if (!toRead[line]) continue;
      // a list hard-wrapped over indented lines is read whole, from its first line
      if (seen.has(line) || isContinuation(document, line)) continue;
      const label = fieldAt.get(line)?.label ?? "";
      if (ENTRUSTED_TASK_FIELD.test(label)) continue;
      seen.add(line);
      const joined = withoutTaskCells(
        document,
        taskOfProcessor(line, label) ? withoutTask(joinedFrom(document, line)) : joinedFrom(document, line),
      );
      const sentenceAround = () => {
        // a line that is not hard-wrapped itself (most are not) has its sentence around it read once, not twice
        const last = joined.parts[joined.parts.length - 1].line;
        const around = wrappedAround(document, line);
        return { goesOn: last === line ? around.after : wrappedAround(document, last).after, comesFrom: around.before };
      };
      examineList(report, joined, fieldAt.get(line), sentenceAround, {
        listMember: memberLines[line] === 1 && joined.parts.length === 1,
        inPurpose: purposeLines[line] === 1,
      });
    }
    // a policy without headings: the sentence whose own subject is one of the four lists is its place
    for (const sentence of placeSentences(document)) {
      if (sentence.parts.some((part) => seen.has(part.line))) continue;
      examineList(report, sentence, undefined, () => ({ goesOn: "", comesFrom: "" }));
    }
  },
};
