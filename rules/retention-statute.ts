// 법정 보존기간: statutory record types kept for at least the period the statute sets.
import type { Rule, RuleContext } from "../src/runtime/rule.js";
import type { LineText } from "../src/runtime/query.js";
import type { PolicyDocument } from "../src/parse/model.js";
import {
  bodyLines,
  definitionField,
  fieldsByLine,
  lineRange,
  linesBetween,
  linesMatchingEach,
  matchRange,
  outsideToc,
  rowTexts,
  sectionLines,
  sectionsAt,
} from "../src/runtime/query.js";
import { describeDays, fieldOf, findPeriods, isPlaceholder, labelledValue, matchesOf, sentencesOf } from "../src/runtime/extract.js";
import { looksLikeSentence, parseMarker } from "../src/parse/headings.js";
import { indentOf, withoutSpaces } from "../src/parse/lines.js";
import { cellInRow, withoutGroupLabels, wrappedBoxRow, wrappedBoxRowStart } from "../src/runtime/table-rows.js";
import { assessTopic } from "../src/runtime/required.js";
import { hardWrapsJoined, locate, nameAcrossWrap, type JoinedLine } from "../src/runtime/wraps.js";
import { alternativesOf } from "../src/runtime/scan-source.js";
import { pointsToSectionWithPeriods } from "../src/runtime/period-pointers.js";
import retention from "./data/statutory-retention.json" with { type: "json" };

const STATUTES = retention.statutes.map((statute) => ({
  ...statute,
  regex: new RegExp(statute.pattern),
  everywhere: new RegExp(statute.pattern, "g"),
}));
const RECORDS = retention.records.map((record) => ({
  ...record,
  alsoKeptUnder: new Set<string>("alsoKeptUnder" in record ? record.alsoKeptUnder : []),
  regex: new RegExp(record.pattern),
  everywhere: new RegExp(record.pattern, "g"),
}));
const VAGUE_RETENTION = new RegExp(retention.vagueRetention);
const BASIS_LABEL = new RegExp(retention.blankBasisLabel);
const ANY_RETENTION_STATUTE = new RegExp(retention.otherRetentionStatutes);
const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;
const ANY_RELATED_LAW = /등\s{0,2}(관련|관계)\s{0,2}법(령|률)/;
// a statute named by its title: "전자금융거래법 시행령 제12조", "의료법"
const NAMED_STATUTE = /[가-힣]{2,20}법(?:\s{0,2}시행령|\s{0,2}시행규칙)?(?:\s{0,2}제\s{0,2}\d{1,3}\s{0,2}조)?(?![령률가-힣])/;
// a statute named by its title before a particle ("영유아보육법에서 정한 기간"), not a word that ends in 법
// ("처리방법에", "관련법에") nor a law in general
// a statute by its bracketed title, which may end in 법률 ("「장사 등에 관한 법률」", "「○○시 … 조례」")
const BRACKETED_STATUTE = /「[^」\n]{1,60}(?:법|법률|시행령|시행규칙|조례)」/;
// a statute's short name: a word ending in 법 that is none of the words that end so ("처리방법") nor a law in general
const STATUTE_SHORT_NAME = "[가-힣]{1,20}(?<![방불위적합편용기문수]|관련|관계|해당|개별|현행|기타)법";
const STATUTE_BEFORE_PARTICLE = new RegExp(`${STATUTE_SHORT_NAME}(?=에서|에\\s{0,2}(?:따|의하|근거|정)|상\\s)`);
const GENERIC_LAW = /^(관련|관계|해당|기타)?\s{0,2}(법령|법률)(에\s{0,2}(의함|따름|따라))?\.?$/;
const VAGUE_TEMPLATE = new RegExp(retention.vagueTemplate);
// scanned for only where the records leave the answer open (a medical record's statute, a policy that states no
// record): the statutes' and the vague phrases' words ("법령", "의료법") stand on as many lines again as the records
const SCANNED_IF_NEEDED = [ANY_RETENTION_STATUTE, VAGUE_RETENTION, VAGUE_TEMPLATE];
const [OTHER_STATUTE_AT, VAGUE_AT, TEMPLATE_AT] = [0, 1, 2];
const BACK_REFERENCE = new RegExp(retention.backReference);
const BASIS_FIELD = new RegExp(retention.basisFieldLabel);
const TABLE_BASIS_COLUMN = new RegExp(retention.retentionTable.basisColumn);
const TABLE_PERIOD_COLUMN = new RegExp(retention.retentionTable.periodColumn);
// a period column's name: "보존 항목" is the records' column, though it reads 보존 too
const PERIOD_HEADER = /기간/;
// a basis cell's law: "「민원 처리에 관한 법률」 제8조", "「○○시 제안제도 운영 조례」 제5조" as well as "고등교육법 제34조"
const TABLE_NAMED_LAW = new RegExp(retention.retentionTable.namedLaw);
const LOOKAHEAD_LINES = 4;
// tested on the trimmed line: a pattern anchored at $ after \s* would retry from every trailing space
const SENTENCE_END = /(다|니다|요)\s{0,8}[.。]?$/;
const LOOKBEHIND_LINES = 6;
const CONTEXT_BEFORE = 3;
const MAX_CELL_LENGTH = 60;
// the access-log rule binds only services the statute names, so it counts only where the statute is cited
const NEEDS_CITED_STATUTE = new Set(["telecom-secrecy"]);
// the medical-records rule binds only clinics and hospitals, the pharmacy one only pharmacies and the labour one only
// employers, so their records count only in a policy that cites 의료법, 약사법 or 근로기준법
const NEEDS_STATUTE_IN_POLICY = new Set(["medical", "pharmacy", "labor"]);
// and those records are documents a clinic also issues: "사본은 … 7일 이내에 발급", "처방전은 … 3일 동안 유효" say
// when a copy is issued or how long a prescription is valid, not how long the record is kept
const ISSUED_NOT_KEPT = /발급|열람|사본|제출|유효|이내|내에/;
const TEXT_AFTER_PERIOD = 8;

type RecordType = (typeof RECORDS)[number];

const recordById = (id: string) => RECORDS.find((record) => record.id === id)!;
const SUB_CATEGORIES = retention.subCategories.map((family) => ({
  general: recordById(family.general),
  qualifier: new RegExp(family.qualifier),
  excluding: new RegExp(family.excluding),
  selectors: Object.entries(family.selectors).map(([id, pattern]) => ({ record: recordById(id), regex: new RegExp(pattern) })),
}));

/**
 * The record whose period applies to a mention, given the words that qualify it (its brackets, the 호 it cites,
 * up to its period; made only for a record with sub-categories): "전자금융거래 기록(건당 1만원 이하)" is the 1-year record. Null when a qualifier leaves the
 * sub-category undecided (an amount the statute does not split at, an exclusion, both picked): no period is checked.
 */
function subCategoryOf(record: RecordType, qualifiedBy: () => string): RecordType | null {
  const family = SUB_CATEGORIES.find(
    (candidate) => candidate.general === record || candidate.selectors.some((selector) => selector.record === record),
  );
  if (!family) return record;
  const qualified = qualifiedBy();
  const picked = new Set(family.selectors.filter((selector) => selector.regex.test(qualified)).map((selector) => selector.record));
  if (picked.size === 0 && !family.qualifier.test(qualified)) return record;
  // a line that gives each sub-category its own period ("1년, 단 1만원 초과 거래는 5년") splits the record itself
  if (family.excluding.test(qualified) || findPeriods(qualified).length > 1) return null;
  // a record named by its sub-category ("건당 1만원 이하 … 기록") is picked by its name
  if (record !== family.general) picked.add(record);
  return picked.size === 1 ? [...picked][0] : null;
}

// most texts read for a statute or a record (a record's region, the cells below it, the lines above) name none:
// one test of all of them answers those
const ANY_STATUTE = new RegExp(STATUTES.map((statute) => `(?:${statute.pattern})`).join("|"));
const ANY_RECORD = new RegExp(RECORDS.map((record) => `(?:${record.pattern})`).join("|"));
const ANY_RECORD_EVERYWHERE = new RegExp(ANY_RECORD.source, "g");

const isHangulWord = (word: string) => word !== "" && [...word].every((character) => character >= "가" && character <= "힣");

/**
 * The words of Hangul an alternative ends with: its last word ("…기록" → 기록), or each word of a group that ends it
 * ("…(로그|기록)" → 로그, 기록); null when it ends otherwise. (Read from the end by hand: a pattern anchored at $
 * would be tried from every position.)
 */
function endingWords(alternative: string): string[] | null {
  if (alternative.endsWith(")")) {
    const open = alternative.lastIndexOf("(");
    const words = alternative
      .slice(open + 1, -1)
      .replace(/^\?:/, "")
      .split("|");
    return open >= 0 && words.every(isHangulWord) ? words : null;
  }
  let start = alternative.length;
  while (start > 0 && isHangulWord(alternative[start - 1])) start--;
  return start < alternative.length ? [alternative.slice(start)] : null;
}

/**
 * The words the record names end with ("기록", "자료", "부" of "진료 기록 부"), as one pattern; null when some
 * alternative ends otherwise. A name read across a hard wrap ends on the next line, and its last word, which holds
 * no blank, stands there whole: a next line with none of them cannot finish one.
 */
export function recordEndings(patterns: readonly string[]): RegExp | null {
  const endings = new Set<string>();
  for (const alternative of patterns.flatMap(alternativesOf)) {
    const words = endingWords(alternative);
    if (!words) return null;
    for (const word of words) endings.add(word);
  }
  return new RegExp([...endings].join("|"));
}

const RECORD_ENDINGS = recordEndings(RECORDS.map((record) => record.pattern));

// a statute that sets one period for whatever is kept under it (the tax acts: every book and voucher 5년), with
// the record anything kept under it is
const OWN_PERIOD_STATUTES = STATUTES.flatMap((statute) =>
  statute.recordsKeptUnderIt ? [{ statute, record: recordById(statute.recordsKeptUnderIt) }] : [],
);
// scanned for together: one pass over the text finds the lines each may be on (the records, the basis fields, and
// the statutes that set a period of their own)
const SCANNED = [...RECORDS.map((record) => record.regex), BASIS_LABEL, ...OWN_PERIOD_STATUTES.map(({ statute }) => statute.regex)];
const BASIS_AT = RECORDS.length;
const OWN_PERIOD_AT = BASIS_AT + 1;
const COLLECTION_BASIS = new RegExp(retention.collectionBasis);
const KEEPING = /보존|보관|보유/;
// "7일 이내에 발급", "3개월 내에": a deadline, not how long something is kept
const DEADLINE_AFTER = /^\s{0,2}(?:이내|내에|안에)/;

function statutesIn(text: string) {
  if (!ANY_STATUTE.test(text)) return [];
  return STATUTES.filter((statute) => statute.regex.test(text));
}

type Statute = (typeof STATUTES)[number];

interface StatuteMention {
  statute: Statute;
  index: number;
  end: number;
}

// the line statuteMentionsIn read last, and what it found: each record on a line asks for the same line's statutes
let lastMentions: { text: string; mentions: StatuteMention[] } | undefined;

/** Every statute a line names, in order. */
function statuteMentionsIn(text: string): StatuteMention[] {
  if (lastMentions?.text !== text) lastMentions = { text, mentions: findStatuteMentions(text) };
  return lastMentions.mentions;
}

function findStatuteMentions(text: string): StatuteMention[] {
  if (!ANY_STATUTE.test(text)) return [];
  return STATUTES.filter((statute) => statute.regex.test(text))
    .flatMap((statute) =>
      matchesOf(statute.everywhere, text).map((match) => ({ statute, index: match.index, end: match.index + match[0].length })),
    )
    .sort((a, b) => a.index - b.index);
}

const distinct = (mentions: StatuteMention[]) => [...new Set(mentions.map((mention) => mention.statute))];

// Where a line's clauses start: a run-in item (① ②, "(2)", "2)"), a sentence end, or a predicate that ends its
// clause ("…보존하고,", "…보관하며"). A statute governs only records of its own clause.
const CLAUSE_START = /[①-⑳]|(?<=\s)\(?\d{1,2}\)\s|(?<=[.。;；]|니다)\s+|(?<=(?:하|되|이|있)(?:고|며)),?\s+/g;

/** The clause of a line that holds the offset `at`, as [start, end). */
function clauseAround(text: string, at: number): [number, number] {
  let [start, end] = [0, text.length];
  for (const match of matchesOf(CLAUSE_START, text)) {
    if (match.index <= at) start = match.index;
    else {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

// "「A」 제6조에 따라 X는 …": a statute that introduces what follows it
const GOVERNS_WHAT_FOLLOWS = /에\s{0,2}(?:따라|따른|따르면|의거|의하여|의해|의한|근거하여|근거한)/;

/**
 * True when the statute introduces the record after it ("「A」에 따라 X는 3년"), rather than standing after a
 * record it belongs to ("X는 「A」에 따라 5년", "X 5년(「A」)"): a postposition, then that record before any period.
 */
function introduces(text: string, statute: StatuteMention, record: RecordMention | undefined): boolean {
  if (!record || record.index < statute.end) return false;
  const between = text.slice(statute.end, record.index);
  const open = Math.max(text.lastIndexOf("(", statute.index), text.lastIndexOf("（", statute.index));
  const inBrackets = open >= 0 && !/[)）]/.test(text.slice(open, statute.index));
  return !inBrackets && GOVERNS_WHAT_FOLLOWS.test(between) && findPeriods(between).length === 0;
}

/**
 * The statutes a line gives a record, read by clause: those standing after it, before the next record ("X
 * 5년(「A」)", "X는 「A」에 따라 5년"), and for the clause's first record those before it ("「A」에 따라 X는 3년").
 * A statute that introduces the next record is that record's, and none crosses into another clause, run-in
 * item or sentence: in "「A」에 따라 X는 3년간 보존하고, 「B」에 따라 Y는 …" X is A's and Y is B's.
 */
function statutesOfRecord(text: string, mentions: RecordMention[], which: number) {
  const mention = mentions[which];
  const [start, end] = clauseAround(text, mention.index);
  const next = mentions[which + 1];
  const regionEnd = Math.min(next?.index ?? text.length, end);
  const statutes = statuteMentionsIn(text).filter((statute) => statute.index >= start && statute.end <= end);
  const after = statutes.filter((statute) => statute.index >= mention.end && statute.index < regionEnd && !introduces(text, statute, next));
  const firstInClause = (mentions[which - 1]?.index ?? -1) < start;
  const before = firstInClause ? statutes.filter((statute) => statute.end <= mention.index) : [];
  return { after: distinct(after), before: distinct(before), inClause: distinct(statutes) };
}

interface RecordMention {
  record: RecordType;
  index: number;
  end: number;
}

/** Every statutory record type named on a line, in order ("계약 … 5년, 대금결제 … 5년, 소비자 불만 … 3년"). */
// right after a record's name, that there is none of it
const NONE_OF_IT = /^\s{0,2}(?:이|가|도)\s{0,2}없/;
const NONE_REACH = 8;

// a copy of a record, as the label's last word: "처방전 이미지", "진단서 사본", "… 받은 처방전 스캔본"
const COPY_OF_IT = /(?:이미지|사본|복사본|스캔본?|사진|캡처(?:본)?|촬영본)$/;
const FILE_OF_IT = /(?:파일|전송본)$/;
const LABEL_END = /[:：(（|│\t]/;
const MAX_LABEL_REST = 30;

/** The rest of a field's label after a record's name: up to its colon, bracket or cell border. */
function labelRest(text: string, from: number): string {
  const rest = text.slice(from, from + MAX_LABEL_REST + 1);
  const stop = rest.search(LABEL_END);
  return stop < 0 ? "" : rest.slice(0, stop).trimEnd();
}

function recordsIn(text: string, records: readonly RecordType[]): RecordMention[] {
  const mentions: RecordMention[] = [];
  if (!ANY_RECORD.test(text)) return mentions;
  // the statutes the line names, read only when two records claim the same words
  let named: Set<string> | undefined;
  const names = (statute: string) => (named ??= new Set(statutesIn(text).map((found) => found.id))).has(statute);
  for (const record of records) {
    if (!record.regex.test(text)) continue;
    for (const match of matchesOf(record.everywhere, text)) {
      const [index, end] = [match.index, match.index + match[0].length];
      // "로그인 기록이 없는 회원": the record named only to say there is none is no record kept
      if (NONE_OF_IT.test(text.slice(end, end + NONE_REACH))) continue;
      // "처방전 이미지: 조제 후 30일": a copy of the record, the original kept under its own period
      // (and a document's file passed on by a platform, "처방전 파일: 약국 전송 후 30일", is its copy too)
      const rest = labelRest(text, end);
      if (COPY_OF_IT.test(rest) || (NEEDS_STATUTE_IN_POLICY.has(record.statute) && FILE_OF_IT.test(rest))) continue;
      const taken = mentions.findIndex((mention) => index < mention.end && end > mention.index);
      // the same words are two statutes' records ("처방전": 의료법, 약사법): the statute the line names decides
      if (taken >= 0 && mentions[taken].index === index && mentions[taken].end === end && names(record.statute))
        if (!names(mentions[taken].record.statute)) mentions[taken] = { record, index, end };
      if (taken < 0) mentions.push({ record, index, end });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

// how far up a run of statute headings and their records is followed to the heading that opens it
const GROUP_LOOKBEHIND_LINES = 12;

/** A line that only names a statute, as a title over the records it governs ("「통신비밀보호법」 시행령 제41조"). */
function isStatuteHeading(text: string, records: readonly RecordType[]): boolean {
  const trimmed = text.trim();
  if (statutesIn(trimmed).length === 0 || findPeriods(trimmed).length > 0 || recordsIn(trimmed, records).length > 0) return false;
  // a bracket ("(전자상거래법 시행령 제6조)") or a sentence goes on from the line above; a basis field is its cell
  return !/^[(（]/.test(trimmed) && !SENTENCE_END.test(trimmed) && fieldOf(trimmed) === null;
}

/**
 * A line of a group's records: one that names a record type or gives a period for something ("- 회원 상담 기록:
 * 1년"); a period alone ("5년") is a cell of a table flattened one cell per line.
 */
function isGroupRecord(text: string, records: readonly RecordType[]): boolean {
  if (recordsIn(text, records).length > 0) return true;
  const [period] = findPeriods(text);
  return period !== undefined && /[가-힣]{2}/.test(text.replace(period.text, ""));
}

/**
 * True when the statute heading at `below` opens the next group of records rather than closing the record at `at`:
 * records follow it, and the run of records and headings that holds `at` opens with a heading of its own (each
 * statute above its records). Where the run opens with a record, each statute follows the record it governs.
 */
function opensNextGroup(lines: LineText[], at: number, below: number, records: readonly RecordType[]): boolean {
  let next = below + 1;
  while (next < lines.length && lines[next].text.trim() === "") next++;
  if (next >= lines.length || !isGroupRecord(lines[next].text, records)) return false;
  // the run's first line: the record or heading above which the lines are neither
  let opensWithHeading = false;
  for (let above = at - 1; above >= 0 && at - above <= GROUP_LOOKBEHIND_LINES; above--) {
    const text = lines[above].text;
    if (text.trim() === "") continue;
    if (isStatuteHeading(text, records)) opensWithHeading = true;
    else if (isGroupRecord(text, records)) opensWithHeading = false;
    else break;
  }
  return opensWithHeading;
}

/**
 * Cells that follow a record type when a table arrives one cell per line (statute, then period), or the fields
 * under it ("보존 근거 : …"). A list item below a list item is the next item, not its cell: "- 소비자 불만 …
 * 기록: 3년(같은 조)" does not take the statute of "- 세금계산서 등 거래 증빙: 5년(국세기본법)".
 */
// a full stop that ends a sentence inside a line ("… 3년 동안 보존합니다. 요양급여비용 …")
const FULL_STOP_INSIDE = /[.。](?=\s)/;

function followingCells(lines: LineText[], at: number, records: readonly RecordType[]): LineText[] {
  const following: LineText[] = [];
  const head = lines[at].text;
  const headIsItem = parseMarker(head) !== null;
  // a sentence ("…자료를 보관합니다.") is no table cell: only its basis or period fields below belong to it
  const headIsSentence = SENTENCE_END.test(head.trimEnd());
  for (let next = at + 1; next < lines.length && following.length < LOOKAHEAD_LINES; next++) {
    const candidate = lines[next];
    if (candidate.text.trim() === "") continue;
    if (recordsIn(candidate.text, records).length > 0 || candidate.text.trim().length > MAX_CELL_LENGTH) break;
    // a field with a label of its own ("- 상담 기록: 1개월") is another item, not this record's cell
    const label = fieldOf(candidate.text)?.label;
    if (label !== undefined && !BASIS_FIELD.test(label)) break;
    if (headIsSentence && label === undefined) break;
    // a statute heading over the next records is theirs ("- 불만 기록: 3년" / "「통신비밀보호법」" / "- 로그: 3개월")
    if (isStatuteHeading(candidate.text, records) && opensNextGroup(lines, at, next, records)) break;
    const marker = parseMarker(candidate.text);
    if (marker && marker.style !== "bullet") break;
    if (marker && headIsItem && indentOf(candidate.text) <= indentOf(head) && !BASIS_FIELD.test(fieldOf(candidate.text)?.label ?? ""))
      break;
    // a hard-wrapped sentence goes on here: what follows its end is another sentence's, with its own records and laws
    const stop = FULL_STOP_INSIDE.exec(candidate.text);
    if (stop) {
      following.push({ line: candidate.line, text: candidate.text.slice(0, stop.index + 1) });
      break;
    }
    following.push(candidate);
  }
  return following;
}

/**
 * The other cells of a record's row when a table arrives one cell per line, which may stand above it ([근거 법령,
 * 보존 항목, 보존 기간]). Only when the record stands in neither the basis nor the period column: a table whose
 * header lost a column is cut into rows that straddle two records, and is read line by line instead.
 */
function recordRowCells(document: PolicyDocument, line: number): LineText[] | null {
  const cell = cellInRow(document, line);
  if (!cell || TABLE_BASIS_COLUMN.test(cell.column.text) || PERIOD_HEADER.test(cell.column.text)) return null;
  return cell.others.map(({ line, text }) => ({ line, text }));
}

/** The statutes "같은 조", "동법 시행령" point to: those the nearest line above names (lines pointing back too are passed). */
function statutesAbove(lines: LineText[], at: number) {
  for (let above = at - 1; above >= 0 && at - above <= LOOKBEHIND_LINES; above--) {
    const named = statutesIn(lines[above].text);
    if (named.length > 0) return named;
  }
  return [];
}

const TOPIC_PARTICLE = /^(?:은|는)\s/;

/**
 * The period a record in brackets stands after ("12개월(가입자 전기통신일시 …), 3개월(로그기록자료 …)"): the
 * first period after the record would be the next bracket's. None when the brackets give a period of their own.
 */
function periodBeforeBrackets(text: string, mention: RecordMention) {
  const open = Math.max(text.lastIndexOf("(", mention.index), text.lastIndexOf("（", mention.index));
  if (open < 0 || /[)）]/.test(text.slice(open, mention.index))) return null;
  // "30일 (원본 처방전은 아래 법정 기간 보존)": the record the topic of a clause of its own, kept otherwise
  if (TOPIC_PARTICLE.test(text.slice(mention.end, mention.end + 2))) return null;
  const close = text.slice(mention.end).search(/[)）]/);
  if (close < 0 || findPeriods(text.slice(mention.end, mention.end + close)).length > 0) return null;
  const before = text.slice(0, open).trimEnd();
  const last = findPeriods(before).at(-1);
  return last && last.index + last.text.length === before.length ? last : null;
}

/**
 * The body lines with the one at `at` read as `text`, and the other lines `joined` reads with it left empty: they
 * are no cells of their own below it.
 */
function readAsRow(lines: LineText[], at: number, line: number, text: string, joined: JoinedLine | null): LineText[] {
  if (joined === null) return text === lines[at].text ? lines : lines.map((entry, index) => (index === at ? { line, text } : entry));
  const within = new Set(joined.parts.map((part) => part.line));
  return lines.map((entry, index) =>
    index === at ? { line, text } : within.has(entry.line) && entry.line !== line ? { line: entry.line, text: "" } : entry,
  );
}

/**
 * Checks the record a line names `which`-th of its `mentions`; false when it is not a retention statement after
 * all (no period). `joined`: the line is two read as one (a record's name cut by a hard wrap), and a period on it
 * is reported on the line it stands on.
 */
function checkMention(
  context: RuleContext,
  lines: LineText[],
  at: number,
  mentions: RecordMention[],
  which: number,
  records: readonly RecordType[],
  joined?: JoinedLine,
): boolean {
  const { document, report } = context;
  const mention = mentions[which];
  const { record } = mention;
  const { line, text } = lines[at];
  const regionEnd = mentions[which + 1]?.index ?? text.length;
  // the cells after the line's last record, read only where the line itself leaves the statute or the period open
  let cells: LineText[] | undefined;
  // (a sentence that ends after the record on its line leaves the lines below to the sentences after it)
  // (a box-drawn row read whole holds its own cells: the lines below it are other rows)
  const following = () =>
    (cells ??=
      which !== mentions.length - 1 || FULL_STOP_INSIDE.test(text.slice(mention.end)) || wrappedBoxRowStart(document, line) === line
        ? []
        : (recordRowCells(document, line) ?? followingCells(lines, at, records)));
  if (NEEDS_CITED_STATUTE.has(record.statute)) {
    // the record's own statute, tested alone: which others the lines cite does not matter here
    const ownStatute = STATUTES.find((candidate) => candidate.id === record.statute)!.regex;
    const cites = (entries: LineText[]) => ownStatute.test(entries.map((entry) => entry.text).join("\n"));
    // most lines cite the statute themselves, or under a heading above them: the cells below are read only when
    // neither does (a citation found in these lines is found in them with the cells after them too)
    const upToLine = [...lines.slice(Math.max(0, at - CONTEXT_BEFORE), at), lines[at]];
    if (!cites(upToLine) && !cites([...upToLine, ...following()])) {
      // kept under no statute of its own, it may still be put under another that does not require it ("웹사이트
      // 방문 기록 | 3개월 | 「전자상거래 등에서의 소비자보호에 관한 법률」 시행령 제6조"): its line or its row names it
      // (a statute with a duty of its own to keep it, 전자금융거래법 for a transaction's access log, is no wrong one)
      const after = statutesOfRecord(text, mentions, which).after;
      const basis = after.length > 0 ? { line, text } : following().find((cell) => statutesIn(cell.text).length > 0);
      const named = basis ? (after.length > 0 ? after : statutesIn(basis.text)) : [];
      if (named.length === 1 && named[0].id !== record.statute && !record.alsoKeptUnder.has(named[0].id)) {
        const statute = STATUTES.find((candidate) => candidate.id === record.statute)!;
        report({
          messageId: "wrongStatute",
          range: lineRange(document, basis!.line),
          data: { record: record.label, cited: named[0].name, statute: statute.name },
        });
      }
      return false;
    }
  }

  // (up to the end of the record's sentence: "…3년간 보관합니다(소비자 불만 처리 기록에 해당). 1년간 접속하지 않은
  // 계정은 …" gives the record no 1년)
  const region = withinSentence(text.slice(mention.end, regionEnd));
  // the statute on the record's line, or on a field line below it ("보존 이유 : 통신비밀보호법")
  const onLine = statutesOfRecord(text, mentions, which);
  let cited = onLine.after;
  let citedAt = line;
  // a statute that introduces the record ("통신비밀보호법에 따라 통신사실확인자료를 …") is its basis, and the
  // list below such a sentence holds other records, not its cells
  const lead = onLine.before;
  if (cited.length === 0 && BACK_REFERENCE.test(region)) cited = statutesAbove(lines, at);
  else if (cited.length === 0 && lead.length > 0) cited = lead;
  else if (cited.length === 0) {
    const basis = following().find((cell) => statutesIn(cell.text).length > 0);
    if (basis) [cited, citedAt] = [statutesIn(basis.text), basis.line];
  }
  const statute = STATUTES.find((candidate) => candidate.id === record.statute)!;
  // a record whose own statute its clause names is not put under another
  const ownNamed = onLine.inClause.some((named) => named.id === record.statute);
  if (cited.length === 1 && cited[0].id !== record.statute && !ownNamed) {
    report({
      messageId: "wrongStatute",
      range: lineRange(document, citedAt),
      data: { record: record.label, cited: cited[0].name, statute: statute.name },
    });
  }

  const periodsAfter = findPeriods(region);
  const bracketed = periodBeforeBrackets(text, mention);
  // where an index of the line's text stands: on the physical line of a record read across a hard wrap
  const placed = (index: number) => (joined ? locate(joined, index) : { line, index });
  let period = bracketed
    ? { ...bracketed, ...placed(bracketed.index) }
    : periodsAfter.length > 0
      ? { ...periodsAfter[0], ...placed(mention.end + periodsAfter[0].index) }
      : null;
  let periodContext = period ? text.slice(mention.index, period.index + period.text.length + TEXT_AFTER_PERIOD) : "";
  if (!period) {
    for (const cell of following()) {
      const bare = BARE_NUMBER.exec(cell.text);
      if (bare) {
        const index = cell.text.indexOf(bare[1]);
        report({
          messageId: "noUnit",
          range: matchRange(cell.line, index, bare[1].length),
          data: { record: record.label, value: bare[1] },
        });
        return true;
      }
      const periods = findPeriods(cell.text);
      if (periods.length > 0) {
        period = { ...periods[0], line: cell.line };
        periodContext = cell.text;
        break;
      }
    }
  }
  if (period && NEEDS_STATUTE_IN_POLICY.has(record.statute) && ISSUED_NOT_KEPT.test(periodContext)) return false;
  // what qualifies the record: the rest of its line and its cells below it
  const qualified = () => [region, ...following().map((cell) => cell.text)].join("\n");
  const applies = period ? subCategoryOf(record, qualified) : null;
  if (period && applies && period.days < applies.days) {
    report({
      messageId: "tooShort",
      range: matchRange(period.line, period.index, period.text.length),
      data: {
        record: applies.label,
        found: period.text,
        required: describeDays(applies.days, "ko"),
        requiredEn: describeDays(applies.days, "en"),
        article: applies.article,
      },
    });
  }
  // a record named with no period ("제22조(전자금융거래기록의 생성 및 보존)에 의해 …") states no retention
  return period !== null;
}

/**
 * The header of the table column in which `line`'s row gives `statute`, when the line is a table row; null when the
 * header row itself cites it (a data row read as the header, under a line the table did not take): the column's
 * name is unknown.
 */
function headerOfCellCiting(document: PolicyDocument, line: number, statute: RegExp): string | null | undefined {
  for (const table of document.tables) {
    if (line < table.startLine || line > table.endLine) continue;
    if (table.header.cells.some((cell) => cell.line === line && statute.test(cell.text))) return null;
    for (const row of table.rows) {
      const at = row.cells.findIndex((cell) => cell.line === line && statute.test(cell.text));
      if (at >= 0) return table.header.cells[at]?.text;
    }
  }
  return undefined;
}

/**
 * What the policy calls the record it keeps under such a statute: the label of the line's field ("기부금영수증 발급
 * 명세: 발급일부터 3년 (「소득세법」 …)"), not a period's or a basis's; null for a line that is no such field.
 */
function keptRecordName(text: string): string | null {
  const field = fieldOf(text);
  const record = field === null ? null : recordOfLabel(field.label);
  return record !== null && !PERIOD_FIELD_LABEL.test(record) ? record : null;
}

/** The record a field's label names, its item mark left out; null for a label that names none (a basis, a case). */
function recordOfLabel(label: string): string | null {
  // (the whole of an outline's number: "4.2.3 승차권 환불 … 기록")
  const marker = parseMarker(label);
  const record = (marker ? label.slice(marker.restIndex) : label.replace(ITEM_MARK, "")).trim();
  return record.length >= 2 && !NOT_A_RECORD_LABEL.test(record) ? record : null;
}

/**
 * Checks a line that cites a statute setting one period for whatever is kept under it ("회비 수납 대장: 3년
 * (국세기본법 제85조의3)"): the clause that cites it, with its period, is that statute's record whatever the policy
 * calls it. A clause that cites it to collect something ("…에 따라 수집하고"), or gives no period, keeps nothing
 * under it; false then.
 */
function checkKeptUnder(context: RuleContext, line: number, text: string, cells: LineText[]): boolean {
  const { document, report } = context;
  let stated = false;
  for (const { statute, record } of OWN_PERIOD_STATUTES) {
    const header = headerOfCellCiting(document, line, statute.regex);
    if (header === null || (header !== undefined && COLLECTION_BASIS.test(header) && !KEEPING.test(header))) continue;
    for (const match of matchesOf(statute.everywhere, text)) {
      const [start, end] = clauseAround(text, match.index);
      const clause = text.slice(start, end);
      // a clause that names another statute too leaves open which one its period is for
      if (statutesIn(clause).length > 1) continue;
      if (COLLECTION_BASIS.test(clause) && !KEEPING.test(clause)) continue;
      const kept = (within: string) =>
        findPeriods(within).filter((period) => !DEADLINE_AFTER.test(within.slice(period.index + period.text.length)));
      let periods = kept(clause).map((period) => ({ ...period, line, index: start + period.index }));
      // a cell of a one-cell-per-line table: the period is a cell of its own
      if (periods.length === 0) periods = cells.flatMap((cell) => kept(cell.text).map((period) => ({ ...period, line: cell.line })));
      if (periods.length === 0) continue;
      stated = true;
      const short = periods.find((period) => period.days < record.days);
      if (!short || periods.some((period) => period.days >= record.days)) continue;
      report({
        messageId: "tooShort",
        range: matchRange(short.line, short.index, short.text.length),
        data: {
          record: keptRecordName(text) ?? record.label,
          found: short.text,
          required: describeDays(record.days, "ko"),
          requiredEn: describeDays(record.days, "en"),
          article: record.article,
        },
      });
      break;
    }
  }
  return stated;
}

/**
 * The first row of a table with a basis column and a period column that names a statute in the one and a
 * period in the other ("입학지원자 파일 | 고등교육법 제34조 | … | 4년"): the policy's own statement of retention by law.
 */
function statuteTableRow(document: PolicyDocument): number | undefined {
  for (const table of document.tables) {
    const columns = table.header.cells.map((cell) => cell.text);
    const basis = columns.findIndex((column) => TABLE_BASIS_COLUMN.test(column));
    const period = columns.findIndex((column, index) => index !== basis && TABLE_PERIOD_COLUMN.test(column));
    if (basis < 0 || period < 0) continue;
    const row = table.rows.find(
      ({ cells }) =>
        (NAMED_STATUTE.test(cells[basis]?.text ?? "") || TABLE_NAMED_LAW.test(cells[basis]?.text ?? "")) &&
        !GENERIC_LAW.test(cells[basis]?.text.trim() ?? "") &&
        findPeriods(cells[period]?.text ?? "").length > 0,
    );
    if (row) return row.line;
  }
  return undefined;
}

/** The lines of the basis cells that name no law ("관계 법령") in tables with a basis column and a period column. */
function genericBasisCells(document: PolicyDocument): number[] {
  const lines: number[] = [];
  for (const table of document.tables) {
    const columns = table.header.cells.map((cell) => cell.text);
    const basis = columns.findIndex((column) => TABLE_BASIS_COLUMN.test(column));
    if (basis < 0 || !columns.some((column, index) => index !== basis && TABLE_PERIOD_COLUMN.test(column))) continue;
    for (const row of table.rows) {
      const cell = row.cells[basis];
      if (cell && GENERIC_LAW.test(cell.text.trim()) && !document.tocLines.has(cell.line)) lines.push(cell.line);
    }
  }
  return lines;
}

/**
 * True when a table lists the policy's files or items with a period column, every row with a period of its own and
 * none left to a law ("관람 예약자 명단 | … | 관람일로부터 1년"): the template's opening states the principle, as
 * everyItemHasItsPeriod reads it of a list.
 */
// "각 개인정보파일의 보유기간은 제2조제1항의 개인정보파일 목록과 같습니다": the periods are in a list or table of the
// policy's (a list "기재하여 공개" elsewhere is not)
const TO_FILE_LIST = /(?:보유|보존)\s{0,2}기간(?:은|는)[^.。]{0,40}(?:(?<![가-힣])표|목록)(?:와|과)\s{0,2}같/;

/**
 * True when the template's sentence, read across hard wraps, goes on to point to the list or table of the files'
 * periods, and the policy holds a table with a period column; or to another section that holds the periods
 * ("보유기간은 제2조의 처리 현황과 같습니다").
 */
function pointsToFileList(document: PolicyDocument, template: number): boolean {
  const joined = hardWrapsJoined(document, linesBetween(document, template, template + 3));
  if (joined.some(({ text }) => pointsToSectionWithPeriods(document, text))) return true;
  if (!joined.some(({ text }) => TO_FILE_LIST.test(text))) return false;
  if (document.tables.some((table) => table.header.cells.some((cell) => TABLE_PERIOD_COLUMN.test(cell.text)))) return true;
  // (a table flattened a cell a line, as a PDF copy leaves it: the column's name on a line of its own, periods below)
  return document.plain.some(
    (text, index) =>
      PERIOD_COLUMN_ALONE.test(text) &&
      document.plain.slice(index + 1, index + 1 + FLATTENED_REACH).some((below) => findPeriods(below).length > 0),
  );
}
const PERIOD_COLUMN_ALONE = /^\s{0,8}(?:보유|보존)\s{0,2}(?:및\s{0,2}이용\s{0,2})?기간\s{0,8}$/;
const FLATTENED_REACH = 4;

function everyFilesPeriodInATable(document: PolicyDocument): boolean {
  return document.tables.some((table) => {
    const period = table.header.cells.findIndex((cell) => TABLE_PERIOD_COLUMN.test(cell.text));
    if (period < 0 || table.rows.length === 0) return false;
    return table.rows.every(
      ({ cells }) =>
        findPeriods(cells[period]?.text ?? "").length > 0 &&
        cells.every((cell) => !/법령|법률/.test(cell.text) && !NAMED_STATUTE.test(cell.text)),
    );
  });
}

// the privacy act itself sets no record's retention ("개인정보 보호법 제21조에 따라 5일 이내 파기")
// a public body's records kept for good ("준영구", "영구"): a period as much as "3년" is
const PERMANENT = /준영구|영구\s{0,2}보존|(?<![가-힣])영구(?![가-힣])/;
const PRIVACY_ACT = /「?개인정보\s{0,2}보호\s{0,2}법(?:\s{0,2}시행령)?」?/g;

/**
 * The first line of the retention disclosure around `vague` (the article that holds it, else the whole policy)
 * that names a law with a period, in a sentence, a bullet or a table row ("○ 학적부 : 고등교육법 제34조에 따라
 * 준영구", "│ 민원 대장 │ 「민원 처리에 관한 법률 시행령」 │ 10년 │"): the policy says what the law sets, and
 * "법령에 따른 보유기간 내에서" is only its opening.
 */
function lawWithPeriodNear(document: PolicyDocument, vague: number): number | undefined {
  const [article] = sectionsAt(document, vague);
  const lines = article ? sectionLines(document, article) : bodyLines(document);
  for (const { line } of lines) {
    if (line === vague || document.tocLines.has(line)) continue;
    // a cell of a one-cell-per-line table is read with its row: the statute and the period are cells of their own
    const cell = cellInRow(document, line);
    const rows = cell ? [[document.plain[line - 1], ...cell.others.map((other) => other.text)].join("\n")] : rowTexts(document, line);
    for (const row of rows) {
      const text = row.replace(PRIVACY_ACT, " ");
      if (!NAMED_STATUTE.test(text) && !TABLE_NAMED_LAW.test(text)) continue;
      if (ANY_RELATED_LAW.test(text) || (findPeriods(text).length === 0 && !PERMANENT.test(text))) continue;
      return line;
    }
  }
  return undefined;
}

// the sections about another party's use: a recipient's or a processor's period there is that party's own
const OTHER_PARTIES = ["third-party", "entrustment"] as const;

/**
 * The lines that speak of the controller's own retention: a recipient's retention in the third-party section
 * ("구청은 이를 … 법에서 정한 기간 동안 보관합니다", a row "처방전 | 전송 후 5일") or a processor's in the
 * entrustment section is that party's, a detail third-party-provision weighs, unless that section is the retention
 * section too.
 */
function ownRetention(document: PolicyDocument, lines: number[]): number[] {
  if (lines.length === 0) return lines;
  // a record named where the data comes from ("수집방법 : 입사지원서, 근로계약서") is a source, not a record kept
  const fields = fieldsByLine(document);
  lines = lines.filter((line) => !COLLECTED_FROM.test(fields.get(line)?.label ?? ""));
  const others = new Set(OTHER_PARTIES.flatMap((topic) => assessTopic(document, topic).body.map(({ line }) => line)));
  if (others.size === 0) return lines;
  const retained = new Set(assessTopic(document, "retention").body.map(({ line }) => line));
  return lines.filter((line) => !others.has(line) || retained.has(line));
}

// where a sentence ends: a full stop before a space or the end (not a decimal point)
const SENTENCE_STOP = /[.。](?=\s|$)/;
const withinSentence = (text: string) => {
  const stop = text.search(SENTENCE_STOP);
  return stop < 0 ? text : text.slice(0, stop + 1);
};

// a field that says how or from where data is collected
const COLLECTED_FROM = /수집\s{0,2}(?:방법|경로|출처|방식|매체)/;

// a record's whole retention left to the law: the value opens with "관계 법령에서 정한 기간", "법령에 따른 보존 기간"
const LEFT_TO_THE_LAW = new RegExp(`^(?:${retention.vagueRetention}|${retention.vagueTemplate})`);
// a label that is a basis, a period or the law's own group ("보존 근거", "법령에 따른 보존 정보"), or a case, not a record
const NOT_A_RECORD_LABEL = new RegExp(`${retention.basisFieldLabel}|법|예외|경우|다만`);
const ITEM_MARK = /^\s*(?:[-*•·▶■□○●◦▪※]|\(?\d{1,2}[.)]|\(\d{1,2}\)|[가-하][.)]|[①-⑳])\s*/;
// a line that names a law with its period ("제작 의뢰서: 「○○법 시행규칙」에 따라 2년")
const namesLawWithPeriod = (text: string) => {
  const own = text.replace(PRIVACY_ACT, " ");
  return (
    (NAMED_STATUTE.test(own) || TABLE_NAMED_LAW.test(own)) &&
    !ANY_RELATED_LAW.test(own) &&
    (findPeriods(own).length > 0 || PERMANENT.test(own))
  );
};

/**
 * True when the template's opening ("법령에 따른 보유·이용기간 또는 … 동의받은 기간 내에서 처리·보유합니다") is
 * followed in the retention disclosure by the items, every one with a period of its own ("반납 완료 후 1년") and none
 * left to a law: the opening states the principle, and the policy keeps nothing under a statute it leaves unnamed.
 * Items kept only until an event ("구독 해지 시까지") give no period, and leave the opening the word on the law.
 */
function everyItemHasItsPeriod(document: PolicyDocument, template: number): boolean {
  const after = assessTopic(document, "retention").body.filter(({ line }) => line > template);
  const items = after.filter(({ text }) => fieldOf(text) !== null);
  return (
    items.length > 0 &&
    after.every(({ text }) => !/법령|법률/.test(text) && !NAMED_STATUTE.test(text)) &&
    items.every(({ text }) => findPeriods(text).length > 0)
  );
}

// "「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 보관": kept under a law the item names, for no period it says
const KEPT_UNDER_STATUTE = new RegExp(
  `(${BRACKETED_STATUTE.source}|${STATUTE_SHORT_NAME}(?:\\s{0,2}시행\\s{0,2}(?:령|규칙))?)` +
    `(?:\\s{0,2}제\\s{0,2}\\d{1,3}\\s{0,2}조(?:의\\s{0,2}\\d{1,2})?)?\\s{0,2}` +
    // "…에 따라 보관", or "…에 따라 관련 법령에서 정한 기간": the period left to the law again
    `(?:에\\s{0,2}(?:따라|의거하여|의거해|의하여|의해)\\s{0,2}` +
    `(?:보관|보존|보유|(?:관련|관계|해당)\\s{0,2}(?:법령|법률|법)(?:에서|이)\\s{0,2}(?:정한|정하는)\\s{0,2}기간)` +
    // "…에서 정한 기간", "… 등 관계 법령에서 정한 기간", "… 관계 규정에서 정한 기간", "…에 따른 보존 기간": the period
    // the law sets, not given
    `|(?:(?:등\\s{0,2})?(?:관련|관계|해당)\\s{0,2}(?:법령|법률|규정|조항)\\s{0,2})?(?:에서|이)\\s{0,2}(?:정한|정하는)\\s{0,2}(?:보존\\s{0,2})?기간` +
    `|에\\s{0,2}따른\\s{0,2}(?:보존|보유|보관)\\s{0,2}기간)`,
);

/**
 * The record items of the retention section kept under a statute they name and given no period
 * ("- 이용권 결제 기록: 「전자상거래법」에 따라 보관"), neither on their line nor on the lines under them.
 */
function recordsUnderStatuteWithoutPeriod(document: PolicyDocument): { line: number; record: string; statute: string }[] {
  const body = assessTopic(document, "retention").body;
  const items: { line: number; record: string; statute: string }[] = [];
  for (const [index, { line, text }] of body.entries()) {
    if (!text.includes("에") || document.tocLines.has(line)) continue;
    const field = definitionField(document, line) ?? fieldOf(text);
    const kept = field === null ? null : KEPT_UNDER_STATUTE.exec(field.value.replace(PRIVACY_ACT, " "));
    if (field === null || kept === null || findPeriods(field.value).length > 0 || PERMANENT.test(field.value)) continue;
    const record = recordOfLabel(field.label);
    if (record === null) continue;
    const next = body[index + 1];
    if (next?.line === line + 1 && indentOf(next.text) > indentOf(text) && findPeriods(next.text).length > 0) continue;
    items.push({ line, record, statute: kept[1].trim() });
  }
  return items;
}

/**
 * The record items of the retention section whose whole period is left to the law ("(3) 검체 의뢰서: 관계 법령에서
 * 정한 기간 동안 보존"): the record is named but no statute and no period, not on its line, not on the lines under
 * it, nor on another line that names the same record. Other records stated with their statutes do not answer it.
 */
// an indented label, three spaces or more, then its value: a form's field written without a colon
const SPACED_FIELD = /^[ \t]{2,12}([^\s:：][^:：\t]{0,28}?[^\s:：])(?: {3,}|\t+)(\S.{0,200})$/;
const spacedField = (text: string): { label: string; value: string } | null => {
  const found = SPACED_FIELD.exec(text);
  return found && !looksLikeSentence(found[1]) ? { label: found[1], value: found[2] } : null;
};

function recordsLeftToTheLaw(document: PolicyDocument): { line: number; record: string }[] {
  const body = assessTopic(document, "retention").body;
  const items: { line: number; record: string }[] = [];
  for (const [index, { line, text }] of body.entries()) {
    // the vague phrases all say 법령; most lines do not
    if (!text.includes("법령") || document.tocLines.has(line)) continue;
    // (a definition list's term and definition are a field: "전자금융거래 기록" over ": 관련 법령에서 정한 기간"; so are a
    // form's label and value set apart by a run of spaces: "    장기요양급여 제공기록    관계 법령에 따라 일정 기간 보관")
    const field = definitionField(document, line) ?? fieldOf(text) ?? spacedField(text);
    if (field === null || !LEFT_TO_THE_LAW.test(field.value)) continue;
    const record = recordOfLabel(field.label);
    if (record === null) continue;
    const value = field.value.replace(PRIVACY_ACT, " ");
    if (NAMED_STATUTE.test(value) || STATUTE_BEFORE_PARTICLE.test(value) || findPeriods(value).length > 0 || PERMANENT.test(value))
      continue;
    // the lines under the item may give its statute ("  · 근거: ○○법 시행규칙 제5조, 2년", "(○○법에 따라 2년)"): those
    // more indented than it, and those that go on with it, up to the next item or field of its own
    const under: string[] = [];
    for (const next of body.slice(index + 1)) {
      if (next.line !== line + under.length + 1 || next.text.trim() === "") break;
      const label = (fieldOf(next.text) ?? spacedField(next.text))?.label;
      const ownItem = ITEM_MARK.test(next.text) || (label !== undefined && !BASIS_FIELD.test(label));
      if (ownItem && indentOf(next.text) <= indentOf(text)) break;
      under.push(next.text);
    }
    if (under.some((next) => NAMED_STATUTE.test(next.replace(PRIVACY_ACT, " ")) || TABLE_NAMED_LAW.test(next))) continue;
    if (!statedElsewhere(document, line, record)) items.push({ line, record });
  }
  for (const item of [...tableRecordsLeftToTheLaw(document, body), ...sentenceRecordsLeftToTheLaw(body)])
    if (!items.some(({ line }) => line === item.line) && !statedElsewhere(document, item.line, item.record)) items.push(item);
  return items.sort((a, b) => a.line - b.line);
}

/** True when another line names the record with a law and a period ("공연 예매 기록: 「…법」에 따라 5년"). */
function statedElsewhere(document: PolicyDocument, line: number, record: string): boolean {
  const name = withoutSpaces(record);
  return bodyLines(document).some(
    (other) => other.line !== line && withoutSpaces(other.text).includes(name) && namesLawWithPeriod(other.text),
  );
}

/**
 * The rows of a table of retention whose period cell leaves the record to the law ("공연 예매 | … | 관계 법령에서 정한
 * 기간"), no law or period in any cell of the row: the record is its first cell (its name's, after a number column).
 */
function tableRecordsLeftToTheLaw(document: PolicyDocument, body: readonly LineText[]): { line: number; record: string }[] {
  const lines = new Set(body.map(({ line }) => line));
  const items: { line: number; record: string }[] = [];
  for (const table of document.tables) {
    // a table with a period column is the controller's retention wherever it stands (a public body's 개인정보파일
    // 현황 under "개인정보파일의 운영"), unless it is a recipient's or a processor's
    if (!lines.has(table.startLine) && ownRetention(document, [table.startLine]).length === 0) continue;
    const period = table.header.cells.findIndex((cell) => TABLE_PERIOD_COLUMN.test(cell.text));
    if (period <= 0) continue;
    for (const { line, cells } of table.rows) {
      const value = cells[period]?.text.trim() ?? "";
      const record = (/^\d{1,3}\.?$/.test(cells[0]?.text.trim() ?? "") ? cells[1] : cells[0])?.text.trim() ?? "";
      if (!value.includes("법령") || !LEFT_TO_THE_LAW.test(value) || record.length < 2 || NOT_A_RECORD_LABEL.test(record)) continue;
      // (a file's operating basis, "운영근거", is the law it is run under, not its period's)
      const row = cells
        .filter((_, index) => !OPERATING_BASIS.test(table.header.cells[index]?.text ?? ""))
        .map((cell) => cell.text.replace(PRIVACY_ACT, " "))
        .join(" ");
      if (NAMED_STATUTE.test(row) || TABLE_NAMED_LAW.test(row) || findPeriods(value).length > 0 || PERMANENT.test(value)) continue;
      items.push({ line, record });
    }
  }
  return items;
}

// the column of the law a file is run or collected under ("운영근거", "수집 근거"), not the law of its period
const OPERATING_BASIS = /(?:운영|처리|수집|이용)\s{0,2}(?:근거|법령)/;

// a record as the topic of a sentence that leaves it to the law: "다만, 감면 확인을 위해 제출받은 서류는 관계 법령에서
// 정한 기간 동안 보존합니다" (a document's or a record's noun, not "개인정보는" or "회사는", which the vague reading has)
const RECORD_AS_TOPIC = /([^,，.。]{0,40}?(?:서류|기록부?|자료|장부|대장|명부|내역|신청서|파일|증빙|사본|일지))\s{0,2}(?:은|는|도)\s{1,3}/g;

// a sentence that leaves the periods to the list after it ("관계 법령에 따라 아래 기간 동안 보존합니다")
const TO_THE_LIST = /(?:아래|다음|하기)(?:의|와\s{0,2}같은|과\s{0,2}같이)?\s{0,2}(?:기간|표|목록|같이|내용)/;
// a topic that points at records named elsewhere ("다음 기록은 …", "아래의 서류는 …", "위 기록은 …"), which the
// records' own lines state
const POINTS_ELSEWHERE = /^(?:다음|아래|위|이|그|해당|이러한|이와\s{0,2}같은|상기|하기|각|기타)(?:의|와\s{0,2}같은)?\s/;
// the same after what qualifies it ("온라인 결제와 관련하여 다음의 기록", "다른 법령에 따른 보존 — 아래 기록", a statute's
// "다음 각 호의 기록"): the
// pointing word stands right before the record's noun, a word of its own between them at most
const POINTS_ELSEWHERE_AT_END =
  /(?:^|[\s—–-])(?:다음|아래|위|상기|하기|해당|이러한|이와\s{0,2}같은)(?:의|와\s{0,2}같은)?(?:\s{1,2}각\s{0,2}호의)?\s{1,2}(?:[가-힣]{1,8}\s{1,2})?[가-힣]{1,8}$/;

// a field for the period, whose value may be such a sentence ("- 보유기간: 급여 제공기록은 관련 법령에 따라 일정 기간 보관")
const PERIOD_FIELD_LABEL = /(?:보유|보존|보관|이용)\s{0,2}(?:및\s{0,2}이용\s{0,2})?기간/;

/**
 * The sentences of the retention section, or the values of its period fields, that keep a record named as their
 * topic only "for the period the laws set".
 */
function sentenceRecordsLeftToTheLaw(body: readonly LineText[]): { line: number; record: string }[] {
  const items: { line: number; record: string }[] = [];
  for (const { line, text: whole } of body) {
    if (!whole.includes("법령")) continue;
    const field = fieldOf(whole);
    const text = field === null ? whole : PERIOD_FIELD_LABEL.test(field.label) ? field.value : null;
    if (text === null) continue;
    for (const sentence of sentencesOf(text)) {
      const own = sentence.replace(PRIVACY_ACT, " ");
      if (NAMED_STATUTE.test(own) || findPeriods(own).length > 0 || TO_THE_LIST.test(own)) continue;
      const topic = [...sentence.matchAll(RECORD_AS_TOPIC)].find((match) =>
        LEFT_TO_THE_LAW.test(sentence.slice(match.index + match[0].length)),
      );
      if (!topic) continue;
      const record = topic[1].replace(/^\s*(?:다만|단|또한|그리고)\s*,?\s*/, "").trim();
      if (record.length >= 2 && !POINTS_ELSEWHERE.test(record) && !POINTS_ELSEWHERE_AT_END.test(record)) items.push({ line, record });
    }
  }
  return items;
}

export const retentionStatute: Rule = {
  meta: {
    id: "retention-statute",
    severity: "error",
    statute:
      "개인정보 보호법 제21조제1항 단서, 제30조제1항제2호·제3호의2; 전자상거래법 시행령 제6조; 통신비밀보호법 시행령 제41조; 전자금융거래법 시행령 제12조; 의료법 시행규칙 제15조; 약사법 제29조·제30조; 위치정보법 제16조제2항; 근로기준법 제42조",
    title: { ko: "법정 보존기간", en: "Statutory retention periods" },
    description: {
      ko: "다른 법률이 보존을 요구하는 기록(전자상거래법의 표시·광고 6개월, 계약·청약철회 5년, 대금결제·재화공급 5년, 소비자 불만·분쟁처리 3년, 통신비밀보호법의 가입자 전기통신일시·상대방 가입자번호·사용도수·발신기지국 위치추적자료 12개월과 로그기록·접속지 추적자료 3개월, 위치정보법의 위치정보 이용·제공사실 확인자료 6개월, 의료법 시행규칙의 진료기록부 10년·처방전 2년, 약사법의 조제한 처방전 2년·조제기록부 5년, 근로기준법의 근로자 명부·근로계약서·임금대장 3년 등)을 적을 때는 법이 정한 기간 이상이어야 하고, 단위가 있어야 하며, 올바른 법률에 근거해야 합니다. 기간이 짧거나 단위가 없거나 근거 법률이 틀리면 오류입니다. 접속 로그·방문 기록은 통신비밀보호법을 인용할 때만 그 기간과 비교하지만, 그 기록을 요구하지 않는 법률(예: 전자상거래법) 아래 적으면 근거 법률이 틀린 것으로 봅니다(전자금융거래의 접속기록을 전자금융거래법에 따라 보관하는 것은 맞습니다). 기간이 둘로 나뉘는 기록(전자금융거래 기록: 건당 1만원 초과 5년, 1만원 이하 1년)은 기록 이름 옆의 조건('(건당 1만원 이하)')이나 인용한 호가 가리키는 기간과 비교하고, 어느 쪽인지 알 수 없으면 기간을 따지지 않습니다. 기록 종류·법률·기간 없이 '관계 법령에 따라 일정 기간 보관'이라고만 하면 경고입니다. 다른 기록의 법률과 기간을 적었더라도, 한 기록을 '관계 법령에서 정한 기간 동안 보존'이라고만 하고 그 기록의 근거 법률과 기간을 어디에도 적지 않으면 그 항목에 경고합니다. 세법(국세기본법 제85조의3)을 들어 보관한다고 한 장부·증빙은 무엇이라 부르든 5년과 비교합니다. 법률 이름만 들고 기간을 적지 않으면 그 법률을 들어 경고하며, 제3자 제공 절에 적은 받는 자의 보관 기간은 이 규칙이 아니라 third-party-provision이 봅니다.",
      en: "Records other laws require a business to keep (E-Commerce Act: advertising 6 months, contracts and withdrawals 5 years, payment and supply 5 years, complaints and disputes 3 years; Protection of Communications Secrets Act: subscribers' call dates and times, the other party's number, usage counts and cell-site location data 12 months, access logs 3 months; Location Information Act: records confirming the use and provision of location data 6 months; Medical Service Act rules: medical charts 10 years, prescriptions 2 years; Pharmaceutical Affairs Act: dispensed prescriptions 2 years, dispensing records 5 years; Labor Standards Act: employee registers, employment contracts and wage ledgers 3 years; …) must be listed with at least the statutory period, with a unit, under the right statute. A shorter period, a bare number or the wrong statute is an error. Access and visit logs are compared with their period only where 통신비밀보호법 is cited, but put under a statute that does not require them (the E-Commerce Act, say) they are under the wrong statute (a transaction's access log kept under the Electronic Financial Transactions Act is not). A record whose period depends on a sub-category (electronic transactions: over 10,000 won 5 years, 10,000 won or less 1 year) is compared with the period of the sub-category its qualifier ('(10,000 won or less)') or the cited item picks; when neither says which, its period is not checked. Saying only that data is kept 'for a certain period under the relevant laws', with no record type, statute or period anywhere, is a warning; so is a record item kept only 'for the period the relevant laws set' with no statute or period given for that record anywhere, whatever other records are stated. Books and vouchers kept under the tax acts (Framework Act on National Taxes, Article 85-3) are compared with its 5 years whatever the policy calls them. A statute named with no period is a warning that names it; a recipient's retention in the third-party section is third-party-provision's to judge, not this rule's.",
    },
    example: {
      ko: "- 계약 또는 청약철회 등에 관한 기록: 5년 (전자상거래법 시행령 제6조)\n- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래법 시행령 제6조)\n- 웹사이트 방문 기록: 3개월 (통신비밀보호법 시행령 제41조)",
      en: "- Records of contracts and withdrawals: 5 years (E-Commerce Act Decree Art. 6)\n- Records of complaints and disputes: 3 years (E-Commerce Act Decree Art. 6)\n- Website visit logs: 3 months (Communications Secrets Act Decree Art. 41)",
    },
    messages: {
      tooShort: {
        ko: "'{record}' 보존기간 {found}은(는) 법정 기간 {required}보다 짧습니다({article})",
        en: "'{record}' is kept for {found}, shorter than the statutory {requiredEn} ({article})",
      },
      noUnit: {
        ko: "'{record}' 보존기간 '{value}'에 단위(년·개월)가 없습니다",
        en: "the retention period '{value}' for '{record}' has no unit (years or months)",
      },
      wrongStatute: {
        ko: "'{record}'의 근거는 {statute}인데 {cited}(으)로 적었습니다",
        en: "'{record}' is required by {statute}, not {cited}",
      },
      blankBasis: {
        ko: "보존 근거 법령 칸이 비어 있거나 어느 법령인지 적지 않았습니다",
        en: "the statutory basis for retention is left blank or names no particular law",
      },
      statutePeriodMissing: {
        ko: "법령({statute})에서 정하는 기간이라고만 하고 보존 기간을 적지 않았습니다",
        en: "retention is left to the period a statute ({statute}) sets, without giving the period",
      },
      noPeriodUnderStatute: {
        ko: "'{record}'을(를) {statute}에 따라 보관한다고만 하고 보존 기간을 적지 않았습니다",
        en: "'{record}' is said to be kept under {statute}, with no retention period",
      },
      recordLeftToTheLaw: {
        ko: "'{record}'을(를) 관계 법령에서 정한 기간 동안 보존한다고만 하고 근거 법률과 보존 기간을 밝히지 않았습니다",
        en: "'{record}' is kept 'for the period the relevant laws set', with no statute or period given for it",
      },
      vague: {
        ko: "관계 법령에 따라 보관한다고만 하고 보존하는 기록·근거 법률·기간을 밝히지 않았습니다",
        en: "retention 'under the relevant laws' names no record type, statute or period",
      },
    },
  },
  check(context) {
    const { document } = context;
    const lines = bodyLines(document);
    const found = linesMatchingEach(document, SCANNED);
    let foundIfNeeded: number[][] | undefined;
    const linesOf = (which: number) => (foundIfNeeded ??= linesMatchingEach(document, SCANNED_IF_NEEDED))[which];
    const onBody = (which: number) => outsideToc(document, linesOf(which));
    // record types the policy names at all (under a statute it cites, where the record needs that), and the lines
    // that name one
    const citedInPolicy = (statute: string) => {
      const regex = STATUTES.find((candidate) => candidate.id === statute)!.regex;
      return linesOf(OTHER_STATUTE_AT).some((line) => regex.test(document.plain[line - 1]));
    };
    const applies = RECORDS.map(
      (record, which) => found[which].length > 0 && (!NEEDS_STATUTE_IN_POLICY.has(record.statute) || citedInPolicy(record.statute)),
    );
    const records = RECORDS.filter((_, which) => applies[which]);
    // a record in another party's row ("처방전 | 전송 완료 후 5일") is kept for that party's period, not the controller's
    const recordLines = new Set(
      ownRetention(
        document,
        RECORDS.flatMap((_, which) => (applies[which] ? found[which] : [])),
      ),
    );
    let statements = 0;
    // a box-drawn row whose cells wrap over several lines is read once, as one line, from its first
    // ("전자금융거래에 관한 기록 │ 〃 │ 1년" over "(건당 1만원 이하) │ │"): its qualifier and its statute are its own
    const readInRow = new Set<number>();
    const rowRead = (line: number) => {
      const joined = wrappedBoxRow(document, line);
      if (joined) for (const part of joined.parts) if (part.line !== line) readInRow.add(part.line);
      return joined;
    };
    // the body lines that name a record, in order, each found among the body lines (its cells are read after it)
    const recordLinesInOrder = outsideToc(document, [
      ...new Set([...recordLines].map((line) => wrappedBoxRowStart(document, line) ?? line).sort((a, b) => a - b)),
    ]);
    const rowsRead = new Set(recordLinesInOrder);
    let at = 0;
    for (const line of recordLinesInOrder) {
      while (lines[at].line < line) at++;
      if (lines[at].line !== line) continue;
      const joined = rowRead(line);
      // each table row on its own: a one-line HTML table must not lend one row's statute to another's record
      // (a group's label over the row's own record is no record kept: see withoutGroupLabels)
      for (const text of joined ? [joined.text] : rowTexts(document, line).map((row) => withoutGroupLabels(document, line, row))) {
        const mentions = recordsIn(text, records);
        const rowLines = readAsRow(lines, at, line, text, joined);
        mentions.forEach((_, which) => {
          if (checkMention(context, rowLines, at, mentions, which, records, joined ?? undefined)) statements++;
        });
      }
    }
    // a record's name cut by a hard wrap ("대금결제 및 재화 등의 공급에" over "관한 기록: 3년"), which neither line
    // names alone: the two lines are read as one
    let applicable: RecordType[] | undefined;
    const readWithAbove = new Set<number>();
    const applicableRecords = () =>
      (applicable ??= RECORDS.filter((record) => !NEEDS_STATUTE_IN_POLICY.has(record.statute) || citedInPolicy(record.statute)));
    for (let index = 0; index + 1 < lines.length; index++) {
      const { line } = lines[index];
      if (readInRow.has(line) || recordLines.has(line) || lines[index + 1].line !== line + 1) continue;
      // (a record's name cut inside a box-drawn row's cell: the row is read whole)
      const row = rowsRead.has(line) ? null : rowRead(line);
      if (row === null) {
        if (recordLines.has(line + 1) || wrappedBoxRowStart(document, line) !== undefined) continue;
        if (RECORD_ENDINGS && !RECORD_ENDINGS.test(document.plain[line])) continue;
      }
      const joined = row ?? nameAcrossWrap(document, line, ANY_RECORD_EVERYWHERE);
      if (!joined) continue;
      const mentions = recordsIn(joined.text, applicableRecords());
      // the lines read in this one are no cells of their own below it
      const rowLines = readAsRow(lines, index, line, joined.text, joined);
      let stated = false;
      mentions.forEach((_, which) => {
        if (checkMention(context, rowLines, index, mentions, which, applicableRecords(), joined)) stated = true;
      });
      if (stated) {
        statements++;
        recordLines.add(line);
        for (const part of joined.parts) if (part.line !== line) readWithAbove.add(part.line);
      }
    }
    // a record kept under a statute with a period of its own, named in the policy's own words: lines no known
    // record stands on (nor a cell of a row one stands in)
    const ownPeriodLines = ownRetention(document, outsideToc(document, found.slice(OWN_PERIOD_AT).flat()));
    for (const line of [...new Set(ownPeriodLines)]) {
      if (recordLines.has(line) || readWithAbove.has(line) || readInRow.has(line)) continue;
      const cell = cellInRow(document, line);
      if (cell?.others.some((other) => recordLines.has(other.line))) continue;
      for (const text of rowTexts(document, line)) {
        if (ANY_RECORD.test(text)) continue;
        if (checkKeptUnder(context, line, text, cell?.others ?? [])) {
          statements++;
          recordLines.add(line);
        }
      }
    }
    for (const line of outsideToc(document, found[BASIS_AT])) {
      const basis = labelledValue(document.plain[line - 1], BASIS_LABEL);
      // "근거 법령 : 관련 법령" names no law either
      if (basis !== null && (isPlaceholder(basis) || GENERIC_LAW.test(basis)))
        context.report({ messageId: "blankBasis", range: lineRange(document, line) });
    }
    // a retention table's basis cell that names no law ("결제 기록 | 5년 | 관계 법령")
    const genericBases = genericBasisCells(document);
    for (const line of genericBases) context.report({ messageId: "blankBasis", range: lineRange(document, line) });
    // a record item left to the law is vague whatever other records are stated: their statutes are not its own
    const leftToTheLaw = () => {
      for (const { line, record } of recordsLeftToTheLaw(document))
        context.report({ messageId: "recordLeftToTheLaw", range: lineRange(document, line), severity: "warning", data: { record } });
      for (const { line, record, statute } of recordsUnderStatuteWithoutPeriod(document))
        context.report({
          messageId: "noPeriodUnderStatute",
          range: lineRange(document, line),
          severity: "warning",
          data: { record, statute },
        });
    };
    if (statements > 0) {
      leftToTheLaw();
      return context.found(...outsideToc(document, [...recordLines]));
    }
    // a concrete line under a statute this rule has no table for (위치정보법 확인자료 6개월) is not vague
    // ("5년(상법 등 관련 법령에 따름)" names no statute: "등 관련 법령" is any of them)
    const concrete = (line: number) => findPeriods(document.plain[line - 1]).length > 0 && !ANY_RELATED_LAW.test(document.plain[line - 1]);
    const concreteLine = onBody(OTHER_STATUTE_AT).find(concrete);
    if (concreteLine !== undefined) {
      leftToTheLaw();
      return context.found(concreteLine);
    }
    // the template's opening sentence promises periods set by law too; it stands for the policy only when
    // nothing vaguer is said
    const vagueLines = ownRetention(document, onBody(VAGUE_AT));
    const [vague] = vagueLines.length > 0 ? vagueLines : ownRetention(document, onBody(TEMPLATE_AT));
    const fromTemplate = vagueLines.length === 0;
    // a table that gives each file's statute and period (a public body's 개인정보파일 현황) says what the law sets
    const tableRow = vague === undefined ? undefined : statuteTableRow(document);
    if (tableRow !== undefined) {
      leftToTheLaw();
      return context.found(tableRow);
    }
    if (vague) {
      // a statute named with no period ("전자금융거래법 시행령 제12조에서 정하는 기간까지") is said so
      const named = NAMED_STATUTE.exec(document.plain[vague - 1]) ?? STATUTE_BEFORE_PARTICLE.exec(document.plain[vague - 1]);
      const stated = named ? undefined : lawWithPeriodNear(document, vague);
      if (named) {
        // (a record item under its statute is told so by its record's name: see leftToTheLaw)
        if (!recordsUnderStatuteWithoutPeriod(document).some(({ line }) => line === vague))
          context.report({
            messageId: "statutePeriodMissing",
            range: lineRange(document, vague),
            severity: "warning",
            data: { statute: named[0] },
          });
        leftToTheLaw();
      } else if (stated !== undefined) {
        leftToTheLaw();
        context.found(stated);
      } else if (
        fromTemplate &&
        (everyItemHasItsPeriod(document, vague) || everyFilesPeriodInATable(document) || pointsToFileList(document, vague))
      )
        context.notApplicable();
      else {
        // a law named by its bracketed title is named: only the period is left open
        const bracketed = BRACKETED_STATUTE.exec(document.plain[vague - 1]);
        if (bracketed)
          context.report({
            messageId: "statutePeriodMissing",
            range: lineRange(document, vague),
            severity: "warning",
            data: { statute: bracketed[0] },
          });
        else {
          // the vague line names the record it leaves to the law ("다. 수강료 결제 기록: 관계 법령에서 정한 기간"): said
          // of that record, as beside other records; other vague lines are the vague retention
          const records = recordsLeftToTheLaw(document);
          // (the vague line may stand outside the retention section: a period field under a task, "- 보유기간: 급여
          // 제공기록은 관련 법령에 따라 일정 기간 보관")
          if (!records.some(({ line }) => line === vague))
            records.push(
              ...sentenceRecordsLeftToTheLaw([{ line: vague, text: document.plain[vague - 1] }]).filter(
                (item) => !statedElsewhere(document, item.line, item.record),
              ),
            );
          const own = records.find(({ line }) => line === vague);
          if (own)
            for (const { line, record } of records)
              context.report({ messageId: "recordLeftToTheLaw", range: lineRange(document, line), severity: "warning", data: { record } });
          // (the template's opening above a table whose basis cells name no law: those cells say what is missing)
          else if (!(fromTemplate && genericBases.length > 0))
            context.report({ messageId: "vague", range: lineRange(document, vague), severity: "warning" });
        }
      }
    } else {
      const unstated = recordsUnderStatuteWithoutPeriod(document);
      for (const { line, record, statute } of unstated)
        context.report({
          messageId: "noPeriodUnderStatute",
          range: lineRange(document, line),
          severity: "warning",
          data: { record, statute },
        });
      if (unstated.length === 0) context.notApplicable();
    }
  },
};
