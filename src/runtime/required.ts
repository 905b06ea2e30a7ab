// Shared check for the required items of 제30조제1항 / 시행령 제31조제1항: is there a section about the
// item, does it say something (not only a heading or an announced list), and are its fields filled in.
import type { PolicyDocument } from "../parse/model.js";
import type { Report, RuleContext } from "./rule.js";
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import {
  anchorBody,
  bodyLines,
  documentStart,
  findTopic,
  headingAnchor,
  inVideoPart,
  lineRange,
  matchRange,
  mayMatch,
  titleTopics,
  topicPattern,
  type LineText,
  type Topic,
  type TopicAnchor,
} from "./query.js";
import { fieldOf, findBlankFields, findTemplateBlank, matchesOf, sentencesOf } from "./extract.js";
import { findEvidence, type Evidence } from "./evidence.js";
import { outlineLooksUnread } from "./structure.js";
import { skeletonSuggestions } from "./skeleton.js";
import { optOutWithMethod, turnsOff } from "./opt-out.js";

/** One part of an item of several parts (파기 절차 및 방법): what shows it, and its name for the message. */
interface PartSpec {
  pattern: string;
  ko: string;
  en: string;
}

interface SubstanceSpec {
  aboutThePolicy?: { title: string; sentence: string };
  substance?: string[];
  minimum?: number;
  requireAll?: PartSpec[];
  blankLabels?: string;
  keepDirections?: boolean;
  /**
   * a way out in other words than the item's own ("원하지 않으시면 … 끄시면 됩니다"), or stopping the collection
   * ("쿠키 저장을 막을 수"; the words are shared with behavioral-info), is substance too
   */
  optOut?: boolean;
}

const specs = sectionTopics.topics as Record<string, SubstanceSpec & { title: string }>;

interface CompiledPart {
  regex: RegExp;
  ko: string;
  en: string;
}

interface CompiledSpec {
  /** sentences about the policy itself, and the title words that make a section the item whatever it says */
  aboutThePolicy?: { title: RegExp; sentence: RegExp };
  substance?: RegExp[];
  requireAll?: CompiledPart[];
  minimum: number;
  blankLabels: RegExp;
  keepDirections: boolean;
  optOut: boolean;
}

const compiledSpecs = new Map<string, CompiledSpec>();

/** The topic's patterns, compiled once instead of on every check of every document. */
function compiledSpec(topic: Topic): CompiledSpec {
  let compiled = compiledSpecs.get(topic);
  if (!compiled) {
    const spec = specs[topic];
    const compile = (patterns: string[] | undefined) => patterns?.map((pattern) => new RegExp(pattern, "i"));
    compiled = {
      aboutThePolicy: spec.aboutThePolicy && {
        title: new RegExp(spec.aboutThePolicy.title),
        sentence: new RegExp(spec.aboutThePolicy.sentence, "gm"),
      },
      substance: compile(spec.substance),
      optOut: spec.optOut ?? false,
      requireAll: spec.requireAll?.map((part) => ({ regex: new RegExp(part.pattern, "i"), ko: part.ko, en: part.en })),
      minimum: spec.minimum ?? 1,
      blankLabels: spec.blankLabels ? new RegExp(spec.blankLabels) : /$^/,
      keepDirections: spec.keepDirections ?? false,
    };
    compiledSpecs.set(topic, compiled);
  }
  return compiled;
}

// directions to another place ("종합포털 접속", "개인 → 개인정보 민원 → …", "입력 후 검색") point to the
// content; their words ("민원", "접속") are not the content (an arrow that opens a line is its bullet: "→ 회원 관리")
const NAVIGATION =
  /(?<!(?:^|\n)[ \t]{0,8})→|>\s*\S+\s*>|(접속|검색|클릭|메뉴|입력\s*후)\s*(하|하여|하십시오|합니다|후|$)|(접속|검색|클릭)\s*$/;

// "파일 목록은 누리집에 따로 공개합니다", "게시판을 참고하십시오"; a list is another place only when it is
// published or the reader is sent to it ("목록을 확인하실 수 있습니다"), not when the company checks one
// ("파기 대상 목록을 확인·승인한 후")
const POINTER =
  /(게시판|포털|홈페이지|누리집|링크|별도\s*페이지)[^.。]{0,30}(확인|참고|참조|공개)|목록[^.。]{0,30}(참고|참조|공개|게시|확인\s*(?:하실|하시|할\s*수|가능|하십시오|하세요|바랍니다))/;

const ANOTHER_PLACE = /포털|민원|누리집|홈페이지|목록|게시판/;
// most lines hold none of these characters: one cheap test answers them
const NAVIGATION_HINT = /[→>접검클메입]/;
const isNavigation = (text: string) => NAVIGATION_HINT.test(text) && NAVIGATION.test(text);

// a path of menus or pages: "민원 → 열람 청구 → 파일 목록", "설정 > 광고 > 광고 ID"
const PATH = /(?<!(?:^|\n)[ \t]{0,8})→|>\s*\S+\s*>/;
const PATH_STEP = /→|>/g;
// where a path ends inside a sentence: the first word after its last step that takes a particle ("…탈퇴'에서")
const PATH_END = /^\s*(?:\S{1,20}\s+){0,4}?\S{0,20}?(?:에서|에|을|를|으로|로)(?=\s|$)/;
// going somewhere: "접속하여", "클릭하십시오", "검색 후", a line that ends "… 포털 접속"; not "접속 기록" or
// "접속하는 IP" (not directions)
const DIRECTION_VERB =
  /(?:접속|검색|클릭|입력\s?후)(?:하여|해서|하신\s?후|한\s?후|\s?후|하면|하시면|하십시오|하세요|해\s?주십시오|해\s?주세요|합니다|하시기\s?바랍니다|(?=[.。]?\s*$))/g;
// the place gone to, just before the verb: "누리집에 ", "'내 정보' 메뉴를 ", "포털 " (read on the last few characters)
const PLACE_BEFORE = /(?:['"‘“「][^'"’”」]{1,30}['"’”」]\s?(?:메뉴|버튼|화면|탭)?|[^\s'"‘“「]{1,20})(?:에서|에|을|를)?\s?$/;
// a word that is the means or the one who goes, not the place: "비밀번호로 접속합니다", "담당자만 접속합니다"
const NOT_A_PLACE = /[로만은는이가도]$/;

/** A path's steps taken out of a sentence, with the word before the first and the words up to where it ends. */
function withoutPath(sentence: string): string {
  if (!PATH.test(sentence)) return sentence;
  const steps = [...sentence.matchAll(PATH_STEP)];
  const before = sentence.slice(0, steps[0].index).trimEnd();
  const start = Math.max(before.lastIndexOf(" "), before.lastIndexOf("\t")) + 1;
  const last = steps[steps.length - 1].index! + 1;
  const end = PATH_END.exec(sentence.slice(last));
  return `${sentence.slice(0, start)} ${end ? sentence.slice(last + end[0].length) : ""}`;
}

/** The directions taken out of a sentence: each direction verb with the place just before it. */
function withoutDirectionVerbs(sentence: string): string {
  let kept = "";
  let from = 0;
  for (const verb of matchesOf(DIRECTION_VERB, sentence)) {
    let start = verb.index;
    const window = sentence.slice(Math.max(from, start - 40), start);
    const place = PLACE_BEFORE.exec(window);
    if (place && !NOT_A_PLACE.test(place[0].trimEnd())) start -= place[0].length;
    kept += `${sentence.slice(from, start)} `;
    from = verb.index + verb[0].length;
  }
  return kept + sentence.slice(from);
}

/**
 * What a line says besides its directions, sentence by sentence: "홈페이지에 접속하여 열람·정정을 요구할 수
 * 있습니다" still names two rights, "담당자만 비밀번호로 접속합니다" still a measure; "포털 접속" is nothing.
 */
function withoutDirections(text: string): string {
  return sentencesOf(text)
    .map((sentence) => withoutDirectionVerbs(withoutPath(sentence)))
    .join(" ");
}

/**
 * The lines' text, directions to another place left out: a line's directions, not the rest of its sentences;
 * kept whole where the item's substance is a path (`keepDirections`).
 */
function contentText(lines: LineText[], keepDirections = false): string {
  const text = lines.map((entry) => entry.text).join("\n");
  if (keepDirections || !isNavigation(text)) return text;
  return lines.map((entry) => (isNavigation(entry.text) ? withoutDirections(entry.text) : entry.text)).join("\n");
}

/** The text without the sentences in which the policy speaks of itself ("이 방침은 … 목적으로 한다"). */
function withoutAboutThePolicy(spec: CompiledSpec, text: string): string {
  return spec.aboutThePolicy ? text.replace(spec.aboutThePolicy.sentence, "") : text;
}

// a sentence whose only predicate announces what follows ("파기 절차와 방법을 아래와 같이 정하고 있습니다"): it names
// the item's parts without giving them, so its words are no substance; "… 아래와 같이 지체 없이 파기합니다" gives some.
// Found by its literal ending, then cut back to where its sentence starts (a window in front would be tried at
// every position of every section read).
const ANNOUNCEMENT =
  /(?:아래|다음|하기)(?:와|과)?\s{0,2}같(?:이\s{0,2}(?:정하고\s{0,2}있습니다|정합니다|합니다|안내합니다|알려\s{0,2}드립니다)|습니다)\s{0,2}[.。]?/g;
const OBJECT_BEFORE = /(?:을|를|은|는)\s{0,2}$/;
const MAX_ANNOUNCEMENT_LEAD = 60;

function withoutAnnouncements(text: string): string {
  if (!text.includes("같")) return text;
  let kept = "";
  let from = 0;
  for (const match of text.matchAll(ANNOUNCEMENT)) {
    const at = match.index;
    const leadStart = Math.max(from, at - MAX_ANNOUNCEMENT_LEAD);
    const lead = text.slice(leadStart, at);
    if (!OBJECT_BEFORE.test(lead)) continue;
    const boundary = Math.max(lead.lastIndexOf("."), lead.lastIndexOf("。"), lead.lastIndexOf("\n"));
    kept += text.slice(from, leadStart + boundary + 1);
    from = at + match[0].length;
  }
  return kept + text.slice(from);
}

/** Distinct substance patterns found in the lines. */
export function substanceFound(topic: Topic, lines: LineText[]): boolean {
  const spec = compiledSpec(topic);
  const text = withoutAnnouncements(withoutAboutThePolicy(spec, contentText(lines, spec.keepDirections)));
  if (spec.requireAll) return spec.requireAll.every((part) => part.regex.test(text));
  if (!spec.substance) return text.trim().length > 0;
  let found = 0;
  for (const pattern of spec.substance) if (pattern.test(text) && ++found >= spec.minimum) return true;
  // a way out in other words, read by the shared reader, is one more sign of substance
  return spec.optOut && (optOutWithMethod(text) || turnsOff(text)) && ++found >= spec.minimum;
}

/** Template blanks and empty fields in the lines, each as a report; `labels` limits which empty fields count. */
export function blanksIn(document: PolicyDocument, lines: LineText[], labels?: RegExp): Report[] {
  const reports: Report[] = [];
  const seen = new Set<number>();
  for (const { line, text } of lines) {
    const blank = findTemplateBlank(text);
    if (blank) {
      reports.push({
        messageId: "blank",
        range: matchRange(line, blank.index, blank.length),
        data: { value: ` ('${text.substr(blank.index, blank.length)}')` },
      });
      seen.add(line);
    }
  }
  const blankFields = findBlankFields(lines);
  // most passages have no blank field: the lines are looked up by number only when one has
  const textOf = blankFields.length > 0 ? new Map(lines.map((entry) => [entry.line, entry.text])) : null;
  for (const line of blankFields) {
    const label = fieldOf(textOf?.get(line) ?? "")?.label ?? "";
    if (labels && !labels.test(label)) continue;
    if (!seen.has(line)) reports.push({ messageId: "blank", range: lineRange(document, line), data: { value: "" } });
  }
  return reports.sort((a, b) => a.range.line - b.range.line);
}

/**
 * The first evidence of the item without a section of its own: a field, a table column, a title-like line or
 * a phrase about it, with the item's substance beside it. A "missing" finding claims the text is absent.
 */
export function disclosureWithoutSection(document: PolicyDocument, topic: Topic): Evidence | undefined {
  // (what the cameras' part says of their own measures, officer or period is the cameras', not the policy's item)
  return findEvidence(document, topic).find(
    (evidence) => substanceFound(topic, evidence.body) && (topic === "video" || !inVideoPart(document, evidence.line)),
  );
}

/** The passages outside the item's sections that speak of it, for what a section leaves out. */
function evidenceBodies(document: PolicyDocument, topic: Topic): LineText[] {
  return findEvidence(document, topic).flatMap((evidence) => evidence.body);
}

/**
 * True when the text says nothing of the item anywhere: no line holds its title's words, and the whole text
 * lacks its substance. That absence needs no outline to be sure of, so an unread outline does not hide it.
 */
export function absentFromText(document: PolicyDocument, topic: Topic): boolean {
  if (mayMatch(document, topicPattern(topic))) return false;
  // an item known by its title alone (the DPO, remedies) is absent when no line names it
  const spec = compiledSpec(topic);
  return (!spec.substance && !spec.requireAll) || !substanceFound(topic, bodyLines(document));
}

export interface RequiredAssessment {
  anchors: TopicAnchor[];
  body: LineText[];
}

const assessments = new WeakMap<PolicyDocument, Map<Topic, RequiredAssessment>>();

/** The item's anchors and their body lines, found once per document: several rules read the same item. */
export function assessTopic(document: PolicyDocument, topic: Topic): RequiredAssessment {
  let byTopic = assessments.get(document);
  if (!byTopic) assessments.set(document, (byTopic = new Map()));
  let assessment = byTopic.get(topic);
  if (!assessment) {
    const anchors = findTopic(document, topic).filter((anchor) => !aboutThePolicy(document, topic, anchor));
    byTopic.set(topic, (assessment = { anchors, body: anchors.flatMap((anchor) => anchorBody(document, anchor)) }));
  }
  return assessment;
}

/**
 * True when the anchor is the policy's article about itself: "제1조(목적) 이 방침은 … 알리는 것을 목적으로
 * 한다" shares the word 목적 with the processing purposes, but its title does not name processing and its
 * body, that sentence aside, says nothing of the item.
 */
function aboutThePolicy(document: PolicyDocument, topic: Topic, anchor: TopicAnchor): boolean {
  const about = compiledSpec(topic).aboutThePolicy;
  if (!about || about.title.test(anchor.title)) return false;
  const body = anchorBody(document, anchor);
  const text = contentText(body);
  about.sentence.lastIndex = 0;
  return about.sentence.test(text) && !substanceFound(topic, body);
}

/**
 * The item is absent: `missing` at line 1, with a skeleton section to add where the data has one. Every
 * required-item rule reports its absence here, so that all hold back alike when the outline could not be
 * read: numbering says so once instead of a row of "missing" findings about text the tool could not place.
 * An item whose words appear nowhere in the text is missing however the outline reads.
 */
export function reportMissing({ document, report }: RuleContext, topic: Topic): void {
  if (outlineLooksUnread(document) && !absentFromText(document, topic)) return;
  const suggestions = skeletonSuggestions(document, topic);
  report({ messageId: "missing", range: documentStart(document), ...(suggestions.length > 0 && { suggestions }) });
}

/**
 * The usual shape: missing → `missing` at line 1; a section with no substance → `hollow` at its heading;
 * blanks inside → `blank` at the blank. `disclosedElsewhere` lets a rule accept a section whose substance
 * stands elsewhere in the policy where the section points to it (a table of files with their periods).
 */
const subsectionTitlesCache = new WeakMap<PolicyDocument, Map<number, { title: string; rest: string }>>();

/**
 * The lines of the document's sub-section titles, each with its title and what its line holds besides (its run-on
 * body): titled headings with lines of their own under them. A one-line item ("1. 접근권한 관리 및 접근통제") is
 * content, whatever its shape.
 */
function subsectionTitles(document: PolicyDocument): Map<number, { title: string; rest: string }> {
  let titles = subsectionTitlesCache.get(document);
  if (!titles) {
    titles = new Map();
    for (const { heading, endLine } of document.allSections)
      if (heading.isTitle && endLine > (heading.continuedTo ?? heading.line) && !document.tocLines.has(heading.line))
        titles.set(heading.line, { title: heading.title, rest: heading.inlineBody ?? "" });
    subsectionTitlesCache.set(document, titles);
  }
  return titles;
}

/**
 * The lines without the titles of the sub-sections that name the item itself ("2. 파기 절차 및 방법" under "Ⅱ.
 * 보유기간과 파기"): such a title names the item's parts, it gives none. Its line keeps the body run on after it.
 */
function withoutItemTitles(document: PolicyDocument, lines: LineText[], topic: Topic): LineText[] {
  const titles = subsectionTitles(document);
  const namesItem = (line: number) => {
    const title = titles.get(line);
    return title !== undefined && titleTopics(title.title).includes(topic);
  };
  if (!lines.some(({ line }) => namesItem(line))) return lines;
  return lines.map((entry) => (namesItem(entry.line) ? { line: entry.line, text: titles.get(entry.line)!.rest } : entry));
}

// an article cited with its title in brackets ("제5조(개인정보의 파기 절차 및 방법)에 따라 파기합니다"): the title's
// words name the article, and give none of the item's parts
const CITED_ARTICLE = /(제\s?\d{1,3}\s?조(?:의\s?\d{1,2})?\s{0,2})([(（][^()（）\n]{1,40}[)）])/g;
const withoutCitedArticleTitles = (lines: LineText[]): LineText[] =>
  lines.map(({ line, text }) =>
    text.includes("조")
      ? { line, text: text.replace(CITED_ARTICLE, (_, citation: string, title: string) => citation + " ".repeat(title.length)) }
      : { line, text },
  );

export function checkRequiredItem(
  context: RuleContext,
  topic: Topic,
  disclosedElsewhere: (body: LineText[]) => boolean = () => false,
): RequiredAssessment {
  const { document, report } = context;
  const assessment = assessTopic(document, topic);
  if (assessment.anchors.length === 0) {
    const evidence = disclosureWithoutSection(document, topic);
    if (evidence) context.found(evidence.line);
    else reportMissing(context, topic);
    return assessment;
  }
  context.found(...assessment.anchors.map((anchor) => anchor.headingLine));
  const body = withoutItemTitles(document, assessment.body, topic);
  // an item of two parts (파기 절차 및 방법) may give one of them elsewhere: "지체 없이 파기합니다" under
  // retention; a section with nothing of its own is still hollow
  const partsElsewhere = () =>
    compiledSpec(topic).requireAll !== undefined &&
    body.some(({ text }) => text.trim() !== "") &&
    substanceFound(topic, withoutCitedArticleTitles([...body, ...evidenceBodies(document, topic)]));
  if (!substanceFound(topic, body) && !partsElsewhere() && !disclosedElsewhere(assessment.body)) {
    const first = headingAnchor(assessment.anchors);
    // a section that only sends the reader elsewhere (a portal, a file list, a board) says so
    // (a settings path "설정 > 광고 > …" is directions, not another place)
    const pointsAway = ({ text }: LineText) => POINTER.test(text) || (isNavigation(text) && ANOTHER_PLACE.test(text));
    const pointsElsewhere = assessment.body.some(pointsAway);
    const range = lineRange(document, first.headingLine);
    // a section that gives one part of a two-part item (the procedure, not the method) in lines of its own
    // has substance, whatever else it points to: say which part is missing rather than that there is none
    const parts = compiledSpec(topic).requireAll;
    const ownText = withoutAnnouncements(contentText(body.filter((entry) => !pointsAway(entry))));
    if (parts?.some((part) => part.regex.test(ownText))) {
      const everywhere = withoutAnnouncements(contentText(withoutCitedArticleTitles([...body, ...evidenceBodies(document, topic)])));
      const absent = parts.filter((part) => !part.regex.test(everywhere));
      report({
        messageId: "partMissing",
        range,
        severity: "warning",
        data: { part: absent.map((part) => part.ko).join(", "), partEn: absent.map((part) => part.en).join(", ") },
      });
    } else report({ messageId: pointsElsewhere ? "elsewhere" : "hollow", range, severity: "warning" });
  }
  const labels = compiledSpec(topic).blankLabels;
  // each anchor on its own: a field is blank when nothing follows it in its own passage
  for (const anchor of assessment.anchors) {
    for (const blank of blanksIn(document, anchorBody(document, anchor), labels)) report({ ...blank, severity: "warning" });
  }
  return assessment;
}

export const requiredMessages = (item: { ko: string; en: string }) => ({
  missing: { ko: `처리방침에 ${item.ko}이(가) 없습니다`, en: `the policy has no section on ${item.en}` },
  hollow: { ko: `${item.ko} 절에 실질적인 내용이 없습니다`, en: `the section on ${item.en} has a heading but no substance` },
  elsewhere: {
    ko: `${item.ko} 절이 다른 곳(포털·목록·게시판)을 가리키기만 하고 처리방침에 내용을 적지 않았습니다`,
    en: `the section on ${item.en} only points elsewhere (a portal, a file list, a board) and gives nothing in the policy`,
  },
  blank: { ko: `${item.ko} 절에 채우지 않은 칸이 있습니다{value}`, en: `the section on ${item.en} has a field left blank{value}` },
});

/** For an item of several parts ('requireAll' in section-topics.json): the message naming the parts a section leaves out. */
export const partMessages = (item: { ko: string; en: string }) => ({
  partMissing: { ko: `${item.ko} 절에 {part}이(가) 없습니다`, en: `the section on ${item.en} does not give {partEn}` },
});
