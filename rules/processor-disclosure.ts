// 처리위탁: every 수탁자 named, each with the task entrusted to it.
import type { Report, Rule } from "../src/runtime/rule.js";
import type { NumberingStyle, PolicyDocument, Section } from "../src/parse/model.js";
import { parseMarker } from "../src/parse/headings.js";
import {
  bodyLinesMatching,
  findSections,
  firstBodyLineMatching,
  headingRange,
  lineRange,
  sectionLines,
  sectionTables,
  type LineText,
} from "../src/runtime/query.js";
import { isPlaceholder, labelledValue, valueBelow } from "../src/runtime/extract.js";
import { cellsUnderHeader } from "../src/runtime/table-rows.js";
import { runInPairs, runInSentences, type LabelledPair } from "../src/runtime/run-in.js";
import { endsInKind, genericWordsOnly, isBareHead, isBusinessKind } from "../src/runtime/business-kinds.js";
import { titledEntries } from "../src/runtime/titled-entries.js";
import { denialOf, passageDeclaresNotApplicable } from "../src/runtime/not-applicable.js";
import { PROCESSOR_COLUMN, TASK_COLUMN, columnIndex } from "../src/parse/tables.js";
import terms from "./data/processor-terms.json" with { type: "json" };
import knownProcessors from "./data/known-processors.json" with { type: "json" };

const HEDGED_PROCESSOR = new RegExp(terms.hedgedProcessor);
const NO_ENTRUSTMENT = new RegExp(terms.noEntrustment);
// the shared reader of denials, for the wordings the fixed pattern does not know ("외부에 맡기지 않습니다")
const DENIAL = denialOf(new RegExp(terms.subject), terms.notApplicable);
// a clause about entrusting if it ever happens ("위탁하게 되면 알리겠습니다"): beside a denial it keeps it, alone it is
// the vague entrustment, not a denial
const IF_IT_HAPPENS = /(?:되|하)면(?=[\s,]|$)|(?:는|할|한)\s{0,2}경우(?!에도|라도)/;
const ANNOUNCEMENT = new RegExp(terms.announcement);
const ENTRUSTS = /위탁하고\s*있|위탁합니다|위탁하며/;
// a sentence entrusts the work to its parties whether it states it or hedges it ("…에 위탁할 수 있습니다")
const ENTRUSTS_IN_SENTENCE = /위탁하고\s*있|위탁합니다|위탁하며|위탁할\s*수\s*있|위탁하여\s*(?:처리|수행)할\s*수\s*있/;
const HEDGED = /할\s*수\s*있/;
// parties that point at the named list ("위 업체에", "아래 수탁자에", "해당 업체에"), not kinds of their own
const LIST_REFERENCE = /^(?:위|아래|다음|상기|해당|이들|각|표)(?:의|에\s{0,2}적은|와\s{0,2}같은)?\s/;
// a party that is only "a company" ("외부 업체", "전문 업체", "수탁업체"): it says entrustment happens, not to what kind
const GENERIC_PARTY =
  /^(?:외부|전문|관련|다른|별도의?|제3의?)?\s{0,2}(?:외부|전문)?\s{0,2}(?:업체|회사|기관|기업|사업자|수탁\s{0,2}(?:자|업체|사|회사|기관)|위탁\s{0,2}업체|협력\s{0,2}(?:업체|사))$/;
const TASKS_LABEL = /(?:위탁\s{0,2})?(?:하는\s{0,2})?업무(?:의)?\s{0,2}(?:내용)?\s{0,2}[:：]?$/;
// "수탁자가 바뀌면 공지사항 게시판에 공개합니다", or a menu path to the list ("(고객센터 > 약관 > 수탁업체 현황)")
const LIST_ELSEWHERE =
  /(게시판|홈페이지|누리집|페이지|목록|링크|현황)[^.。]{0,30}(공개|게시|참고|참조|확인)|[>＞][^>＞]{0,20}(위탁|수탁)[^>＞)]{0,10}현황/;
// "이 밖의 수탁자와 위탁 업무는 … 공지사항에서 확인할 수 있습니다", "위 목록 외에 … 부가 기능의 하위 처리자는 Trust
// Center(trust.example.com)에서 확인할 수 있으며": the processors beyond the list, left to a board, page or site (a
// dot inside an address ends no sentence; a change to come, "수탁자가 바뀌면 … 알리겠습니다", is not the list's rest)
const REST_ELSEWHERE =
  /(?:(?:이|그)\s{0,2}(?:밖|외)의|나머지|(?:위|앞|이)\s{0,2}(?:목록|표)\s{0,2}(?:외|밖)에(?:는|도)?|(?:목록|표)에\s{0,2}없는)\s{0,2}[^.。]{0,60}?(?:수탁|위탁|처리자|sub-?processor)[^.。]{0,30}?(?:게시판|홈페이지|누리집|페이지|목록|링크|현황|공지\s{0,2}사항|공지|포털|사이트|앱|화면|센터|[Cc]enter|https?:\/\/|www\.)(?:[^.。]|\.(?=\S)){0,60}?(?:공개|게시|참고|참조|확인|볼\s{0,2}수)/;
const WITHOUT_CONSENT = /동의\s*(없이|를\s*받지\s*않고)/;
const VAGUE_ENTRUSTMENT = new RegExp(terms.vagueEntrustment);
const PROCESSOR_LABEL =
  /(?:업체|회사|기관)\s?명(?![가-힣])|수탁\s*(자|업체|사|회사|기관)(\s*명)?(\s*\(.*?\))?|위탁\s*받는\s*자(\s*\(수탁자\))?|위탁\s*대상자|위탁\s*업체(\s*명)?/;
const TASK_LABEL = /위탁\s*(하는\s*)?업무(\s*의)?(\s*내용)?|위탁\s*내용/;
// "- 호스팅사: 시스템 운영", "* Amazon Web Services : 서버 운영", "가. 탁송 업체: 차량 배송", "ㄱ. ㈜한빛: 배송", "① 문자 발송 대행사 – 안내
// 문자", "▶ ㈜한빛 등: 보관": any list mark or glyph a policy sets its items with, the task after a colon or a spaced dash
const NAMED_ITEM =
  /^\s*(?:[-*•·▶►▷▸○●◦■□◆◇※]|\d{1,2}[.)]|\(\d{1,2}\)|[가-하ㄱ-ㅎ][.)]|\([가-하ㄱ-ㅎ]\)|[①-⑳])\s*([^:：\s–—―](?:[^:：–—―]{0,38}[^:：\s–—―-])?)(?:\s*[:：]|\s[–—―-]\s)\s*(\S.*)$/;

// the same after any other list marker the parser knows ("(c) 결제 대행사: 카드 결제", "a) ㈜한빛: 배송"), but
// not after an article's or a question's, which opens a section rather than an item
const ITEM_AFTER_MARKER = /^\s*([^:：\s–—―](?:[^:：–—―]{0,38}[^:：\s–—―-])?)(?:\s*[:：]|\s[–—―-]\s)\s*(\S.*)$/;
const SECTION_STYLES = new Set<NumberingStyle>(["article", "chapter", "english-article", "section-sign", "question", "answer"]);

function namedItem(text: string): RegExpExecArray | null {
  const item = NAMED_ITEM.exec(text);
  if (item) return item;
  const marker = parseMarker(text);
  return marker && !SECTION_STYLES.has(marker.style) ? ITEM_AFTER_MARKER.exec(text.slice(marker.restIndex)) : null;
}

// a line indented under a form's label that gives a name and what it does after a colon
const INDENTED_ENTRY = /^(?: {2,8}|\t{1,2})[^\s:：][^:：]{0,38}[:：][ \t]{0,3}\S/;

const KNOWN_NAMES = knownProcessors.processors.map((p) => p.name.toLowerCase());
const COMPANY_MARK = /㈜|\(주\)|주식회사|Inc\.?|Corp\.?|Ltd\.?|LLC|Co\.,?/;
// a field of the entrustment, not a processor's name: "위탁기간: 계약 종료 시까지", "재위탁: 없음"
const FIELD_LABEL = /기간|기한|목적|항목|일시|시간|방법|연락처|전화|주소|재위탁|재수탁|비고|근거/;

// what an entry under a processor's title gives: the task, its period, the items ("- 위탁 업무: 배송", "- 위탁 기간: …")
const isEntrustmentDetail = (label: string) => TASK_LABEL.test(label) || FIELD_LABEL.test(label);

type Verdict = "ok" | "emptyProcessor" | "unnamedProcessor" | "vagueProcessor";

// "문자발송 업체 / 위탁업무 : 안내 문자 발송": the fields that follow the processor's on its line
const NEXT_FIELD = /\s{0,2}[/|,]\s{0,2}[가-힣A-Za-z ]{1,10}[:：]/;
// "결제대행사(PG사)": the kind said again in brackets
const BRACKETED_ALIAS = /\s{0,2}[(（]([^()（）]{1,20})[)）]$/;

// a sheet's cell ends at a tab: "수탁자⇥약국관리 프로그램 공급업체⇥조제 프로그램 유지보수" gives the processor's cell, then
// the task's
const CELL_END = /\t/;

/** The processor a field gives, without the fields or cells after it on its line. */
function fieldProcessor(value: string): string {
  const cell = value.trimStart().split(CELL_END)[0];
  const next = cell.search(NEXT_FIELD);
  return (next < 0 ? cell : cell.slice(0, next)).trim();
}

// "(배송 대행업체)": a bracket that is all the field gives, no name before it
const BRACKET_ALONE = /^[(（]([^()（）]{1,40})[)）]$/;

/**
 * True when the name is a kind of business, or a kind with its kind again in brackets ("결제대행사(PG사)"), or a
 * kind in brackets with no name before it; a name glossed with its kind ("한결물류(배송 대행업체)") is a name.
 */
function kindOnly(name: string): boolean {
  if (isBusinessKind(name)) return true;
  const alone = BRACKET_ALONE.exec(name);
  if (alone !== null) return isBusinessKind(alone[1]);
  const alias = BRACKETED_ALIAS.exec(name);
  if (alias === null || !isBusinessKind(name.slice(0, alias.index))) return false;
  // "시공 협력업체 (목공, 전기, 타일, 도배)": the trades the kind covers, in brackets, name no member of it
  const trades = alias[1].split(/[,、·]/).map((member) => member.trim());
  return isBusinessKind(alias[1]) || UNNAMED_MEMBERS.test(alias[1]) || (trades.length > 1 && trades.every(genericWordsOnly));
}

// a kind's bracket that says its members are not fixed: "배송 업체(불특정 복수)", "택배사(수시 변경)", "대행사(미정)"
const UNNAMED_MEMBERS = /^\s{0,2}(?:불특정|다수|복수|여러|미정|수시|변동|그때그때)/;

// "가맹 세탁소(서교점, 상수점 등)": a kind with some of its members in brackets, the rest left open with "등"
const OPEN_MEMBERS = /\s{0,2}[(（]([^()（）]{1,40}?)\s{0,2}등\s{0,2}[)）]$/;

// a bilingual cell's English after the Korean: "결제대행사 / Payment service provider"
const ENGLISH_AFTER = /\s{1,3}\/\s{1,3}[A-Za-z][A-Za-z .,&'-]{1,60}$/;

function judgeProcessor(value: string, inField = false): Verdict {
  const name = value
    .replace(/^\[|\]$/g, "")
    .replace(ENGLISH_AFTER, "")
    .trim();
  if (isPlaceholder(value)) return "emptyProcessor";
  // "수탁자 : 업체": a field filled with a head noun alone names no one
  if (inField && isBareHead(name)) return "unnamedProcessor";
  if (HEDGED_PROCESSOR.test(name)) return "vagueProcessor";
  // "㈜한빛 등 배송업체", "㈜한빛 등 산모용품 배송업체": one processor named and the rest left open under their kind
  const deung = name.lastIndexOf(" 등 ");
  if (deung > 0 && endsInKind(name.slice(deung + 3))) return "vagueProcessor";
  // the same list written after its kind, in brackets: "배송업체(㈜한빛 등)"; kinds there name no one ("결제대행사(PG사 등)")
  const members = OPEN_MEMBERS.exec(name);
  if (members !== null && isBusinessKind(name.slice(0, members.index)))
    return members[1].split(/[,、·]/).every((member) => isBusinessKind(member.trim())) ? "unnamedProcessor" : "vagueProcessor";
  if (kindOnly(name)) return "unnamedProcessor";
  return "ok";
}

const namesProcessor = (text: string) => {
  const lower = text.toLowerCase();
  return KNOWN_NAMES.some((name) => lower.includes(name)) || COMPANY_MARK.test(text);
};

/**
 * The processors a line lists run together with their tasks ("㈜가온: 결제 처리 / ㈜나래: 문자 발송", "가온페이(카드
 * 결제), 나래문자(문자 발송)"), in the sentences after an announcement on the same line ("다음과 같이 위탁합니다.
 * ㈜가온: …") or on the line after one, or two or more pairs on any line; each pair's processor is the side that
 * names a company (the task may come first: "문자 발송: ㈜나래"), else its label. Null when the line holds no such list.
 */
function runInProcessors(text: string, afterAnnouncement: boolean): string[] | null {
  const sentences = runInSentences(text);
  const listed = sentences.filter((sentence) => !ANNOUNCEMENT.test(sentence));
  const announces = afterAnnouncement || listed.length < sentences.length;
  // "가온페이(카드 결제)" reads as a processor and its task only where a list is announced: elsewhere a bracket is an aside
  const pairs = listed
    .flatMap(runInPairs)
    .filter(
      (pair) =>
        (announces || pair.form !== "bracket") && ![FIELD_LABEL, PROCESSOR_LABEL, TASK_LABEL].some((label) => label.test(pair.label)),
    );
  // one pair on a marked line is a list item ("- ㈜가온: 결제 처리"), read as the others are
  if (pairs.length === 0 || (pairs.length < 2 && (!announces || namedItem(text) !== null))) return null;
  return pairs.map(processorOf);
}

// the side of a pair that is the processor: the one that names a company, or, when neither does, a kind of business
// after a task ("- 배송 업무: 택배사"); else the label
const processorOf = ({ label, value }: Pick<LabelledPair, "label" | "value">) =>
  !namesProcessor(label) && (namesProcessor(value) || (kindOnly(value.trim()) && !kindOnly(label.trim()))) ? value : label;

// where the parties of a list entrusted in a sentence part ("결제대행사, 배송 업체 등 외부 업체", "한빛물류와 누리택배")
const LIST_BREAK = /\s{0,2},\s{0,2}|\s등\s|(?<=[가-힣])(?:와|과)\s/;
// the clause before the parties ("…서비스 제공을 위해 결제대행사, …"): they start after it
const LEAD_CLAUSE_END = /(?:위해|위하여|위한|는|은)\s/g;
// where the parties start when the work comes before them: after the lead clause or the work's object particle
const WORK_OR_LEAD_CLAUSE_END = /(?:위해|위하여|위한|는|은|을|를)\s/g;
// what the work is, between the parties and the verb ("…에 배송 업무를 위탁하고")
const OBJECT = /[을를]\s/;
// a time or a condition before 에 ("탈퇴 시에", "필요한 경우에"), not a party
const NOT_A_PARTY = /(?:시|때|경우|후|전|중|위|범위|한도|기간)$/;
const MAX_PARTY_WORDS = 4;
// the work between the parties and the verb is a few words ("에 배송 업무를 "), or a short list of tasks ("에 원장
// 시스템 운영, 비대면 실명확인, 고객센터 업무를 "); more is another clause
const MAX_WORK_LENGTH = 48;
// 에 that cites or qualifies ("법 제26조에 따라", "동의에 의하여"), not one that gives the work to a party
const NOT_TO_A_PARTY = /^에(?:게)?\s(?:따라|따른|의하|의해|근거|관한|대한|한하)/;
// a comma in the work ends a clause ("에 따라, …"), unless the work is a short list of tasks ("에 원장 시스템 운영,
// 비대면 실명확인, 고객센터 업무를 ")
const TASK_IN_LIST = /^[^,]{1,15}$/;
const VERB_ENDING = /(?:하|되|이)(?:여|고|며|면|서|는)(?:\s|$)/;

/** True when the work between the parties and the verb holds a clause of its own, not only the tasks. */
function clauseInWork(work: string): boolean {
  const parts = work.slice(1).split(",");
  return parts.slice(0, -1).some((part) => !TASK_IN_LIST.test(part.trim()) || VERB_ENDING.test(part));
}

interface EntrustedParties {
  phrase: string;
  /** the parties one by one */
  parties: string[];
  /** "…에 위탁할 수 있습니다": the sentence hedges the entrustment */
  hedged: boolean;
  /** "kinds": every party only a kind; "open": one named and the rest left to a kind; "named": companies */
  given: "kinds" | "open" | "named";
}

/**
 * The parties a sentence entrusts the work to ("결제대행사, 카드 배송 업체 등 외부 전문업체에 … 업무를 위탁하고
 * 있습니다", "한빛물류와 누리택배에 배송 업무를 위탁합니다"): the words before 에(게) on the way to the entrusting
 * verb, with the work as its object in between. Null when the line has no such sentence.
 */
function entrustedParties(text: string): EntrustedParties | null {
  // a sentence that entrusts makes the line match too: a line that does not (most) is not split into sentences
  if (!ENTRUSTS_IN_SENTENCE.test(text)) return null;
  for (const sentence of runInSentences(text)) {
    const verb = sentence.search(ENTRUSTS_IN_SENTENCE);
    if (verb < 0) continue;
    const before = sentence.slice(0, verb);
    const to = Math.max(before.lastIndexOf("에게 "), before.lastIndexOf("에 "));
    const work = before.slice(to);
    // the work may come first, as the object before the parties ("배송 업무를 한빛물류, 누리택배에 위탁합니다")
    const workFirst = /^에(?:게)?\s$/.test(work);
    if (to <= 0 || work.length > MAX_WORK_LENGTH || (!OBJECT.test(work) && !workFirst) || NOT_TO_A_PARTY.test(work) || clauseInWork(work))
      continue;
    let phrase = before.slice(0, to);
    let leadEnd = 0;
    for (const lead of phrase.matchAll(workFirst ? WORK_OR_LEAD_CLAUSE_END : LEAD_CLAUSE_END)) leadEnd = lead.index + lead[0].length;
    phrase = phrase.slice(leadEnd).trim();
    // "택배사, 결제대행사 등에": the 등 closing the list is no party
    const parties = phrase
      .replace(/\s{0,2}등$/, "")
      .split(LIST_BREAK)
      .filter((party) => party.trim() !== "");
    if (parties.length === 0 || NOT_A_PARTY.test(phrase)) continue;
    if (parties.some((party) => party.trim().split(/\s+/).length > MAX_PARTY_WORDS)) continue;
    const hedged = HEDGED.test(sentence.slice(verb));
    if (parties.every(endsInKind) && !namesProcessor(phrase)) return { phrase, parties, hedged, given: "kinds" };
    return { phrase, parties, hedged, given: judgeProcessor(phrase) === "vagueProcessor" ? "open" : "named" };
  }
  return null;
}

/** The line's text without the sentences that announce a list: what may name a processor. */
function withoutAnnouncements(text: string): string {
  return runInSentences(text)
    .filter((sentence) => !ANNOUNCEMENT.test(sentence))
    .join(" ");
}

interface SectionReading {
  listed: number;
  problems: Report[];
}

function readTables(document: PolicyDocument, section: Section): SectionReading {
  const reading: SectionReading = { listed: 0, problems: [] };
  for (const table of sectionTables(document, section)) {
    let processor = columnIndex(table, PROCESSOR_COLUMN);
    const task = columnIndex(table, TASK_COLUMN);
    if (processor < 0 && task < 0) continue;
    if (processor < 0) processor = task === 0 ? 1 : 0;
    // in tab-separated text an empty cell may be alignment: it is a blank where other rows fill its column
    const tabSeparated = table.form === "delimited" && !document.lines[table.header.line - 1].includes("|");
    const taskFilled = table.rows.some((row) => task >= 0 && (cellsUnderHeader(document, table, row)[task]?.text.trim() ?? "") !== "");
    for (const row of table.rows) {
      reading.listed++;
      const cells = cellsUnderHeader(document, table, row);
      const processorText = cells[processor]?.text ?? "";
      const taskText = task >= 0 ? (cells[task]?.text ?? "") : "";
      const range = lineRange(document, row.line);
      // a task with no processor beside it: the processor is what is missing, for that task
      if (isPlaceholder(processorText) && task >= 0 && !isPlaceholder(taskText)) {
        reading.problems.push({ messageId: "emptyProcessorForTask", range, data: { value: taskText } });
        continue;
      }
      // a processor cell spanning rows (rowspan) is judged once, on the row that writes it
      if (cells[processor]?.spanned) continue;
      const verdict = judgeProcessor(processorText);
      if (verdict !== "ok") reading.problems.push({ messageId: verdict, range, data: { value: processorText } });
      const blank = taskText.trim() !== "" || !tabSeparated || taskFilled;
      if (task >= 0 && isPlaceholder(taskText) && blank)
        reading.problems.push({ messageId: "emptyTask", range, data: { value: processorText } });
    }
  }
  return reading;
}

const isLabelKey = (key: string) => PROCESSOR_LABEL.test(key) || TASK_LABEL.test(key);

/**
 * True when the list item at `index` is a "name: task" entry although its key reads as a label ("2. 위탁업체: 고객
 * 상담"): an item next to it is such an entry with a key that is no label ("1. ㈜누리인증: 본인인증"). Items whose
 * neighbours are labels too ("- 위탁업체: 한빛물류" over "- 위탁업무: 배송"), or whose value names a company or goes on
 * with another field, are fields.
 */
function entryAmongEntries(items: (RegExpExecArray | null)[], index: number): boolean {
  // a value with a company's mark or a known name is what a label gives ("- 수탁업체: ㈜한빛" beside "- ㈜누리: 배송")
  if (namesProcessor(items[index]![2])) return false;
  // a value that goes on with a field of its own ("- 수탁자: 택배사 / 위탁 업무: 배송") is a line of fields
  if (isLabelKey(items[index]![1]) && NEXT_FIELD.test(items[index]![2])) return false;
  return [items[index - 1], items[index + 1]].some((item) => item !== null && item !== undefined && !isLabelKey(item[1]));
}

/**
 * The section's lines with each row of two cells in a table that names no processor or task column read as the
 * list item "- name: task" ("<td>문자 발송 대행 업체</td><td>안내 문자 발송</td>"): on the line its cells stand apart
 * by spaces only, so the row would name its processor to no reader. A row of two labels is a header, left as it is.
 */
function rowsAsItems(document: PolicyDocument, lines: LineText[]): LineText[] {
  if (lines.length === 0) return lines;
  const within = new Set(lines.map(({ line }) => line));
  const items = new Map<number, string>();
  const covered = new Set<number>();
  // a line that holds several rows (a table written on one line) is left as it is
  const shared = new Set<number>();
  for (const table of document.tables) {
    if (table.endLine < lines[0].line || table.startLine > lines[lines.length - 1].line) continue;
    for (const { cells } of [table.header, ...table.rows]) {
      if (cells.length !== 2 || cells.some((cell) => cell.spanned || cell.text.trim() === "" || !within.has(cell.line))) continue;
      const [name, task] = cells.map((cell) => cell.text.replace(/\s+/g, " ").trim());
      if (isLabelKey(name) && isLabelKey(task)) continue;
      if (items.has(cells[0].line)) shared.add(cells[0].line);
      items.set(cells[0].line, `- ${name}: ${task}`);
      if (cells[1].line !== cells[0].line) covered.add(cells[1].line);
    }
  }
  if (items.size === shared.size) return lines;
  return lines.flatMap(({ line, text }) =>
    covered.has(line) ? [] : [{ line, text: shared.has(line) ? text : (items.get(line) ?? text) }],
  );
}

function readList(document: PolicyDocument, section: Section): SectionReading {
  const reading: SectionReading = { listed: 0, problems: [] };
  const [heading, ...body] = sectionLines(document, section);
  // a table's row read as the section (its title cell the heading) holds its lines in its text cell, apart
  const inline = section.heading.inlineBody;
  // (as does a heading whose body runs on after its title on the line: "제7조(위탁) 의원은 … ① ㈜가온: 백업 ② …")
  const cellLines = heading && inline ? inline.split("\n").map((text) => ({ line: heading.line, text })) : [];
  const lines = rowsAsItems(
    document,
    [...cellLines, ...body].filter(({ text }) => text.trim() !== ""),
  );
  const items = lines.map(({ line, text }) => {
    // a page's list item lost its bullet with the markup ("<li>본인인증 기관: 본인확인</li>"): read it with one
    // (as does a form's field indented under its label, "맡기는 업무:" over "    ㈜문자세상: 알림 문자 발송")
    // (and a page's definition term over its description, "<dt>㈜페이온</dt>" over "<dd>결제 처리</dd>", is "- ㈜페이온: 결제 처리")
    const description = document.definitionTerms.get(line);
    const described = description === undefined ? undefined : document.plain[description - 1]?.trim();
    const marked =
      described && !/[:：]/.test(text) && !/[:：]/.test(described)
        ? `- ${text.trim()}: ${described}`
        : (document.listItemLines.has(line) || INDENTED_ENTRY.test(text)) && namedItem(text) === null
          ? `- ${text.trim()}`
          : text;
    const item = ANNOUNCEMENT.test(marked) ? null : namedItem(marked);
    // "1) 수탁업체 – ㈜한빛": a label and its value, written with a dash
    return item !== null && isLabelKey(item[1]) && !/[:：]/.test(text) ? null : item;
  });
  // "1. 한빛물류" over "- 위탁 업무: 배송": the processor is the item's title, its task a field under it
  const read = new Set<number>();
  for (const entry of titledEntries(document, lines, isEntrustmentDetail, 1)) {
    if (!entry.details.some((detail) => labelledValue(detail, TASK_LABEL) !== null)) continue;
    reading.listed++;
    const verdict = judgeProcessor(entry.title);
    if (verdict !== "ok")
      reading.problems.push({ messageId: verdict, range: lineRange(document, entry.line), data: { value: entry.title } });
    const at = lines.findIndex(({ line }) => line === entry.line);
    for (const { line } of lines.slice(at, at + 1 + entry.details.length)) read.add(line);
  }
  // "위탁 업무:" with its value on the next line, which is no field of its own: the value is under its label
  const withValueBelow = (value: string | null, index: number): string | null => {
    const next = lines[index + 1];
    if (value !== "" || !valueBelow(next?.text) || ANNOUNCEMENT.test(next.text)) return value;
    read.add(next.line);
    return next.text.trim();
  };
  let announced = false;
  for (const [index, { line, text }] of lines.entries()) {
    if (read.has(line)) continue;
    const afterAnnouncement = announced;
    announced = ANNOUNCEMENT.test(text);
    const entry = items[index] !== null && entryAmongEntries(items, index);
    const field = entry ? null : withValueBelow(labelledValue(text, PROCESSOR_LABEL), index);
    const processor = field === null ? null : fieldProcessor(field);
    const task = field === null ? withValueBelow(labelledValue(text, TASK_LABEL), index) : labelledValue(text, TASK_LABEL);
    if (processor !== null) {
      reading.listed++;
      const verdict = judgeProcessor(processor, true);
      if (verdict !== "ok") reading.problems.push({ messageId: verdict, range: lineRange(document, line), data: { value: processor } });
      continue;
    }
    if (task !== null && !entry) {
      if (isPlaceholder(task)) reading.problems.push({ messageId: "emptyTaskField", range: lineRange(document, line) });
      continue;
    }
    // "다음과 같이 위탁합니다. ㈜가온: 결제 처리 / ㈜나래: 문자 발송": the pairs run together after the announcement
    const runIn = runInProcessors(text, afterAnnouncement);
    if (runIn) {
      reading.listed += runIn.length;
      for (const processor of runIn) {
        const verdict = judgeProcessor(processor);
        if (verdict !== "ok") reading.problems.push({ messageId: verdict, range: lineRange(document, line), data: { value: processor } });
      }
      continue;
    }
    // "- 카카오: 알림톡 발송" names a processor and its task, whatever the company is called; the task may come
    // first ("- 알림톡 발송: ㈜카카오 등"), where the value names a company and the key does not
    const item = items[index];
    if (item) {
      reading.listed++;
      const processor = processorOf({ label: item[1], value: item[2] }).trim();
      const verdict = judgeProcessor(processor);
      if (verdict !== "ok") reading.problems.push({ messageId: verdict, range: lineRange(document, line), data: { value: processor } });
      continue;
    }
    // a sentence that names one processor and leaves the rest open ("㈜코스콤 외 2개사에 … 업무를 위탁하고 있습니다")
    const inSentence = entrustedParties(text);
    if (inSentence !== null && !inSentence.hedged && inSentence.given === "open") {
      reading.listed++;
      reading.problems.push({ messageId: "vagueProcessor", range: lineRange(document, line), data: { value: inSentence.phrase } });
      continue;
    }
    // a processor named after the announcement on its line ("다음과 같이 위탁합니다. ㈜가온(결제 처리)")
    if (namesProcessor(ANNOUNCEMENT.test(text) ? withoutAnnouncements(text) : text)) reading.listed++;
  }
  return reading;
}

/** The section's lines without its heading, whose title names entrustment; a run-on heading's body text stays. */
function bodyOf(section: Section, lines: LineText[]): LineText[] {
  const inline = section.heading.inlineBody;
  return lines.flatMap((entry) => (entry.line !== section.startLine ? [entry] : inline ? [{ line: entry.line, text: inline }] : []));
}

/** True when the section says nothing is entrusted ("위탁하지 않습니다"), other than without consent. */
function deniesEntrustment(section: Section, lines: LineText[]): boolean {
  if (lines.some(({ text }) => NO_ENTRUSTMENT.test(text) && !WITHOUT_CONSENT.test(text))) return true;
  const body = bodyOf(section, lines);
  return passageDeclaresNotApplicable(body, DENIAL) && passageDeclaresNotApplicable(body, DENIAL, IF_IT_HAPPENS);
}

export const processorDisclosure: Rule = {
  meta: {
    id: "processor-disclosure",
    severity: "error",
    statute: "개인정보 보호법 제26조제2항, 제30조제1항제4호, 시행령 제28조",
    title: { ko: "처리위탁 수탁자 공개", en: "Processors (수탁자) disclosed" },
    description: {
      ko: "개인정보 처리업무를 위탁하면 수탁자와 위탁하는 업무의 내용을 모두 공개해야 합니다(법 제26조제2항). '다음과 같이 위탁하고 있습니다'라고 하고 목록이 없거나, 수탁자·위탁업무 칸이 비었거나, '호스팅사', 'PG사', '차량 탁송 업체'처럼 종류만 적거나(표든 '가. ○○ 업체: 업무' 같은 목록이든), '외부 업체에 위탁할 수 있습니다'라고만 하고 수탁자를 하나도 밝히지 않거나, '㈜한빛 등 배송업체', '가맹 세탁소(서교점, 상수점 등)'처럼 일부만 적고 나머지를 '등'으로 열어 두거나, 목록 밖의 수탁자를 '그 밖의 수탁자는 공지사항에서 확인할 수 있습니다'처럼 다른 곳으로 미루면 오류입니다. 위탁하지 않는다고 밝히면 충족합니다.",
      en: "When processing is entrusted, every processor (수탁자) and the task entrusted to it must be disclosed (PIPA Art. 26(2)). Announcing a list that never comes, a row with an empty processor or task cell, a processor named only by its kind ('hosting company', 'PG', 'vehicle delivery company'), in a table or a list item ('가. … 업체: task'), only saying work 'may be entrusted to outside companies' with no processor named, or naming some and leaving the rest open with '등' ('㈜한빛 등 배송업체', '가맹 세탁소(서교점, 상수점 등)'), or leaving the processors beyond the list to another place ('the other processors are on the notice board') is an error. Stating that nothing is entrusted satisfies the rule.",
    },
    example: {
      ko: "제6조 (개인정보 처리업무의 위탁)\n수탁자 | 위탁업무\n한빛택배 주식회사 | 상품 배송\n바른결제㈜ | 결제 처리",
      en: "Art. 6 (Entrustment)\nProcessor | Task\nHanbit Express Co., Ltd. | delivery\nBareun Payments Inc. | payment processing",
    },
    messages: {
      tasksWithoutProcessor: {
        ko: "위탁업무는 적었으나 수탁자(업체명)를 밝히지 않았습니다",
        en: "the tasks entrusted are listed but not the processors (the companies) that do them",
      },
      listElsewhere: {
        ko: "수탁자와 위탁업무를 처리방침에 적지 않고 다른 곳(게시판·페이지·목록)으로 미뤘습니다",
        en: "the processors and their tasks are not given in the policy but left to another place (a board, a page, a list)",
      },
      restElsewhere: {
        ko: "목록 밖의 수탁자와 위탁업무를 처리방침에 적지 않고 다른 곳(게시판·페이지·공지사항)으로 미뤘습니다",
        en: "the processors beyond the list, and their tasks, are left to another place (a board, a page, notices)",
      },
      announcedNotListed: {
        ko: "위탁 현황을 안내한다고 하였으나 수탁자와 위탁업무 목록이 없습니다",
        en: "the section announces its processors but lists none",
      },
      noProcessor: {
        ko: "처리위탁 절에 수탁자가 하나도 나와 있지 않습니다",
        en: "the entrustment section names no processor",
      },
      vague: {
        ko: "위탁할 수 있다고만 하고 수탁자와 위탁업무를 밝히지 않았습니다",
        en: "entrustment is mentioned only vaguely; no processor or task is named",
      },
      emptyProcessor: {
        ko: "수탁자 이름이 비어 있습니다",
        en: "the processor's name is empty",
      },
      unnamedProcessor: {
        ko: "수탁자를 업체 종류('{value}')로만 적었습니다: 업체명을 밝히십시오",
        en: "the processor is given only by its kind ('{value}'): name the company",
      },
      vagueProcessor: {
        ko: "수탁자를 확정하지 않은 표현('{value}')으로 적었습니다",
        en: "the processor is given in open-ended terms ('{value}')",
      },
      emptyProcessorForTask: {
        ko: "위탁업무 '{value}'의 수탁자가 비어 있습니다: 그 업무를 맡은 업체명을 적으십시오",
        en: "no processor is given for the task '{value}': name the company it is entrusted to",
      },
      emptyTaskField: {
        ko: "위탁하는 업무의 내용이 비어 있습니다",
        en: "the entrusted task is left blank",
      },
      emptyTask: {
        ko: "수탁자 '{value}'의 위탁업무 내용이 비어 있습니다",
        en: "the task entrusted to '{value}' is empty",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const sections = findSections(document, "entrustment");
    found(...sections.map((section) => section.startLine));
    if (sections.length === 0) {
      const vague = firstBodyLineMatching(document, VAGUE_ENTRUSTMENT);
      const anyNamed = bodyLinesMatching(document, PROCESSOR_LABEL).some(({ text }) => namesProcessor(text));
      if (vague && !anyNamed) report({ messageId: "vague", range: lineRange(document, vague.line) });
      else notApplicable();
      return;
    }
    const reported = new Set<string>();
    // a section that names no processor is hollow only when no other section on entrustment names one: a summary's
    // item ("2. 처리 위탁 / 예약 문자 발송") stands before the body that lists the processors
    const hollow: Report[] = [];
    let anyNamed = false;
    for (const section of sections) {
      const lines = sectionLines(document, section);
      // "위탁하지 않습니다" says nothing is entrusted, unless it only rules out entrusting without consent
      // ("동의 없이 … 위탁하지 않습니다") or the section goes on to announce what is ("아래와 같이 위탁하고 있으며")
      // (the announcement is read first: beside it, the costlier reading of the denials is not needed)
      const entrustsAsBelow = lines.some(({ text }) => ANNOUNCEMENT.test(text) && ENTRUSTS.test(text));
      if (!entrustsAsBelow && deniesEntrustment(section, lines)) continue;
      const table = readTables(document, section);
      const reading = table.listed > 0 ? table : readList(document, section);
      const problems = [...reading.problems];
      // kinds entrusted in a sentence ("배송·결제 업무를 물류사, 결제대행사 등에 위탁할 수 있습니다") are processors left
      // unnamed, whatever other processors the section names; a sentence about the named list or a bare "외부 업체" is not
      if (reading.listed > 0)
        for (const { line, text } of lines) {
          const parties = entrustedParties(text);
          if (parties === null || parties.given !== "kinds" || ANNOUNCEMENT.test(text) || LIST_REFERENCE.test(parties.phrase)) continue;
          if (parties.parties.every((party) => GENERIC_PARTY.test(party.trim()))) continue;
          problems.push({ messageId: "unnamedProcessor", range: lineRange(document, line), data: { value: parties.phrase } });
        }
      // the processors beyond the list left to a board or page are not disclosed in the policy either
      if (reading.listed > 0)
        for (const { line, text } of lines)
          if (REST_ELSEWHERE.test(text)) problems.push({ messageId: "restElsewhere", range: lineRange(document, line) });
      for (const problem of problems) {
        const key = `${problem.range.line}:${problem.messageId}`;
        if (!reported.has(key)) report(problem);
        reported.add(key);
      }
      if (reading.listed > 0) {
        anyNamed = true;
        continue;
      }
      // the processors named in a sentence rather than a list ("…한빛물류와 누리택배에 배송 업무를 위탁합니다"); a hedged
      // sentence with no list beside it is the vague entrustment, reported at the section as before
      const inSentence = lines
        .map(({ line, text }) => ({ line, parties: entrustedParties(text) }))
        .find(({ parties }) => parties !== null && !parties.hedged);
      if (inSentence?.parties) {
        const { phrase, given } = inSentence.parties;
        if (given === "named") anyNamed = true;
        else
          report({
            messageId: given === "kinds" ? "unnamedProcessor" : "vagueProcessor",
            range: lineRange(document, inSentence.line),
            data: { value: phrase },
          });
        continue;
      }
      const announced = lines.some(({ text }) => ANNOUNCEMENT.test(text));
      const vague = lines.some(({ text }) => VAGUE_ENTRUSTMENT.test(text));
      const elsewhere = lines.some(({ text }) => LIST_ELSEWHERE.test(text));
      // the tasks listed under their own label ("1. 위탁 업무 내용" / "- 서버 운영") with no company named
      const tasksListed = lines.some(({ text }, index) => TASKS_LABEL.test(text) && /^\s*[-•·*]/.test(lines[index + 1]?.text ?? ""));
      const messageId = elsewhere
        ? "listElsewhere"
        : tasksListed
          ? "tasksWithoutProcessor"
          : announced
            ? "announcedNotListed"
            : vague
              ? "vague"
              : "noProcessor";
      hollow.push({ messageId, range: headingRange(document, section) });
    }
    if (!anyNamed) for (const finding of hollow) report(finding);
  },
};
