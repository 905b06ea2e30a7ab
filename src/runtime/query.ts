// Finding things in the document model: sections by meaning, lines by pattern, ranges to report.
import type { PolicyDocument, Range, Section, Table } from "../parse/model.js";
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import { endsWithTitleWord, isArticle, isChapter, isTitleText, parseMarker } from "../parse/headings.js";
import { fieldOf, matchesOf } from "./extract.js";
import { indentOf, isBlank, lineIndexAt } from "../parse/lines.js";
import { byOpening, scanSource } from "./scan-source.js";
import { POLICY_NAME } from "../parse/policy-name.js";

export type Topic = keyof typeof sectionTopics.topics;

const TOPIC_PATTERNS = new Map<string, RegExp>(
  Object.entries(sectionTopics.topics).map(([name, topic]) => [name, new RegExp(topic.title, "i")]),
);

export function topicPattern(topic: Topic): RegExp {
  return TOPIC_PATTERNS.get(topic)!;
}

const TITLE_EXCLUDES = new Map<string, RegExp>(
  Object.entries(sectionTopics.topics).flatMap(([name, topic]) =>
    "titleExcludes" in topic ? [[name, new RegExp(topic.titleExcludes as string)] as const] : [],
  ),
);

/** True when a title is about `topic`, and not about a narrower item that shares its words. */
function titleIsAbout(title: string, topic: Topic): boolean {
  return topicPattern(topic).test(title) && !TITLE_EXCLUDES.get(topic)?.test(title);
}

const TOPICS = Object.keys(sectionTopics.topics) as Topic[];
const GLOBAL_TOPIC_PATTERNS = new Map<string, RegExp>(
  Object.entries(sectionTopics.topics).map(([name, topic]) => [name, new RegExp(topic.title, "gi")]),
);
// titles are classified many times over (a TOC's entries against every section): a bounded memo, cleared when full
const titleTopicsMemo = new Map<string, Topic[]>();
const TITLE_TOPICS_MEMO_SIZE = 8192;

/** Where a topic's words stand in a title, each occurrence as [start, end). */
function topicSpans(title: string, topic: Topic): [number, number][] {
  return matchesOf(GLOBAL_TOPIC_PATTERNS.get(topic)!, title).map((match) => [match.index, match.index + match[0].length]);
}

// a space after a syllable standing alone that is no word of its own ("보 유", "책 임자"), not "및", "등", "제 3 자"
const STANDALONE_SYLLABLES = "및등의수시후전중외내각그이저타총약별간곳것때또와과";
const STRAY_SPACE = new RegExp(`(?<![가-힣])(?![${STANDALONE_SYLLABLES}])[가-힣] (?=[가-힣])`);
const STRAY_SPACES = new RegExp(`(?<=(?<![가-힣])(?![${STANDALONE_SYLLABLES}])[가-힣]) (?=[가-힣])`, "g");

/**
 * The statutory items a title names ("쿠키" and "자동 수집 장치의 설치·운영 및 거부" both name the cookies item). A
 * topic whose every word stands inside another topic's longer words ("수집" in "자동 수집 장치") is not named.
 */
export function titleTopics(title: string): Topic[] {
  const known = titleTopicsMemo.get(title);
  if (known) return known;
  let named = namedTopics(title);
  // a title read whole by topicsAbout ("보 유 기간") has its words' places in the whole title
  if (named.length === 0 && STRAY_SPACE.test(title)) named = namedTopics(title.replace(STRAY_SPACES, ""));
  if (titleTopicsMemo.size >= TITLE_TOPICS_MEMO_SIZE) titleTopicsMemo.clear();
  titleTopicsMemo.set(title, named);
  return named;
}

function namedTopics(title: string): Topic[] {
  const about = [...topicsAbout(title)].map((topic) => ({ topic, spans: topicSpans(title, topic) }));
  const inside = ([start, end]: [number, number], other: [number, number]) =>
    other[0] <= start && end <= other[1] && other[1] - other[0] > end - start;
  return about
    .filter(
      ({ topic, spans }) =>
        !spans.every((span) => about.some((other) => other.topic !== topic && other.spans.some((wider) => inside(span, wider)))),
    )
    .map(({ topic }) => topic);
}

const sectionsCache = new WeakMap<PolicyDocument, Map<Topic, Section[]>>();

/**
 * Sections whose title is about `topic`, outermost first (found once per document). Table-of-contents lines
 * never count, and a line that merely mentions the words (a sentence or list item) is not a section title.
 */
export function findSections(document: PolicyDocument, topic: Topic): Section[] {
  let byTopic = sectionsCache.get(document);
  if (!byTopic) sectionsCache.set(document, (byTopic = new Map()));
  let found = byTopic.get(topic);
  if (!found) byTopic.set(topic, (found = computeSections(document, topic)));
  return found;
}

interface TitledSections {
  sections: Section[];
  titles: string[];
}

const titledSectionsCache = new WeakMap<PolicyDocument, TitledSections>();

// a heading that ends in the policy's own name ("누리보안 개인정보 처리방침") titles the whole, no item: the words of a
// company's name ("…보안") are not the safeguards section
const NAMES_THE_POLICY = new RegExp(`(?:${POLICY_NAME.source})\\s*[)\\]】>]?\\s*$`, "i");

/**
 * The sections a topic can be found in (their heading reads as a title, is no TOC line and does not name the policy
 * itself), with their titles, made once per document.
 */
function titledSections(document: PolicyDocument): TitledSections {
  let titled = titledSectionsCache.get(document);
  if (!titled) {
    const sections = document.allSections.filter(
      (section) => section.heading.isTitle && !document.tocLines.has(section.startLine) && !NAMES_THE_POLICY.test(section.heading.title),
    );
    const titles = sections.map((section) => section.heading.title);
    titled = { sections, titles };
    titledSectionsCache.set(document, titled);
  }
  return titled;
}

// every topic asks about every title of a document, and policies written from the regulator's template share most
// of their titles: each title's topics are worked out once, in a bounded memo cleared when full
const topicsAboutMemo = new Map<string, ReadonlySet<Topic>>();
const TOPICS_ABOUT_MEMO_SIZE = 8192;

/** The topics a title is about (titleIsAbout), all of them at once. */
function topicsAbout(title: string): ReadonlySet<Topic> {
  let topics = topicsAboutMemo.get(title);
  if (!topics) {
    if (topicsAboutMemo.size >= TOPICS_ABOUT_MEMO_SIZE) topicsAboutMemo.clear();
    topics = new Set(TOPICS.filter((topic) => titleIsAbout(title, topic)));
    // a scan's text recognition splits words ("보 유 기간"): a title about nothing is read again with them whole
    if (topics.size === 0 && STRAY_SPACE.test(title)) {
      const whole = title.replace(STRAY_SPACES, "");
      topics = new Set(TOPICS.filter((topic) => titleIsAbout(whole, topic)));
    }
    topicsAboutMemo.set(title, topics);
  }
  return topics;
}

const indexesByTopicCache = new WeakMap<readonly string[], Map<Topic, number[]>>();
const NO_INDEXES: readonly number[] = [];

/**
 * The indexes of the texts about `topic`, in order. `texts` is a document's cached titles, asked about by each
 * topic in turn: every topic's indexes are found in one pass over them, made once per array.
 */
function indexesAbout(texts: readonly string[], topic: Topic): readonly number[] {
  let byTopic = indexesByTopicCache.get(texts);
  if (!byTopic) {
    byTopic = new Map();
    texts.forEach((text, index) => {
      for (const about of topicsAbout(text)) {
        const indexes = byTopic!.get(about);
        if (indexes) indexes.push(index);
        else byTopic!.set(about, [index]);
      }
    });
    indexesByTopicCache.set(texts, byTopic);
  }
  return byTopic.get(topic) ?? NO_INDEXES;
}

// the processing of a kind of its own, whose section sets out its own purpose, items or safeguards in parts titled as
// the policy's are ("가. 처리 목적" under "가명정보의 처리"); video devices' parts name every item of their own
// ("관리책임자", "보관 기간" under "영상정보처리기기 운영·관리")
const OWN_PARTS_TOPICS = new Set<Topic>(["pseudonymized", "behavioral", "sensitive"]);
const PART_TOPICS = new Set<Topic>(["purpose", "items", "destruction", "safety", "dpo"]);

/**
 * True when the section is a part of one about another kind of processing alone ("설치 근거 및 목적" under
 * "영상정보처리기기 운영·관리", "가. 처리 목적" under "가명정보의 처리"): its words name that processing's purpose,
 * officer or safeguards, not the policy's items. A document that is all one such section is read as it stands.
 */
function insidePartsOfAnother(document: PolicyDocument, section: Section, topic: Topic): boolean {
  for (let parent = section.parent; parent; parent = parent.parent) {
    if (parent.parent === null && document.sections.length === 1) return false;
    if (holdsPartsOfItsOwn(parent, topic)) return true;
  }
  return false;
}

function holdsPartsOfItsOwn(section: Section, topic: Topic): boolean {
  const topics = topicsAbout(section.heading.title);
  if (topics.size !== 1 || topics.has(topic)) return false;
  const [own] = topics;
  return own === "video" || (OWN_PARTS_TOPICS.has(own) && PART_TOPICS.has(topic));
}

/**
 * True when the line stands in a section about another kind of processing alone that sets out its own parts (a
 * "처리 목적:" line under "가명정보의 처리"): what it names is that processing's, not the policy's `topic`.
 */
export function inPartsOfAnother(document: PolicyDocument, line: number, topic: Topic): boolean {
  if (document.sections.length <= 1) return false;
  return partsHolders(document).some(
    (section) => section.startLine <= line && line <= section.endLine && holdsPartsOfItsOwn(section, topic),
  );
}

const partsHoldersCache = new WeakMap<PolicyDocument, readonly Section[]>();

/** The sections about a kind of processing alone that sets out its own parts, found once per document (most have none). */
function partsHolders(document: PolicyDocument): readonly Section[] {
  let holders = partsHoldersCache.get(document);
  if (!holders) {
    holders = document.allSections.filter((section) => {
      const topics = topicsAbout(section.heading.title);
      return topics.size === 1 && [...topics].some((own) => own === "video" || OWN_PARTS_TOPICS.has(own));
    });
    partsHoldersCache.set(document, holders);
  }
  return holders;
}

/** True when the section's title is about video devices and nothing else. */
function aboutVideoAlone(section: Section): boolean {
  const topics = topicsAbout(section.heading.title);
  return topics.size === 1 && topics.has("video");
}

/**
 * True when the line stands in a section about video devices alone, or in one of its parts (a companion operating
 * policy's "관리책임자: …"): what it says is the cameras', not the policy's. A document that is all one such
 * section is read as it stands.
 */
export function inVideoPart(document: PolicyDocument, line: number): boolean {
  return document.sections.length > 1 && sectionsAt(document, line).some(aboutVideoAlone);
}

function computeSections(document: PolicyDocument, topic: Topic): Section[] {
  const { sections, titles } = titledSections(document);
  const about = indexesAbout(titles, topic).map((index) => sections[index]);
  const matches = about.filter((section) => !insidePartsOfAnother(document, section, topic));
  // a set: a policy of thousands of sections about one item would make a list's lookups quadratic
  const matching = new Set(matches);
  // a chapter (제N장) gives way to the articles it groups that are about the topic: "제3장 제공과 위탁" holds
  // "제9조(처리업무의 위탁)", and that article is the entrustment section
  for (const section of matches) {
    if (!isArticle(section.heading)) continue;
    for (let parent = section.parent; parent; parent = parent.parent) if (isChapter(parent.heading)) matching.delete(parent);
  }
  // so does a section that names several items and gives each a part of its own ("Ⅲ. 제3자 제공, 위탁 및 국외 이전"
  // over "가. 제3자 제공", "나. 위탁", "다. 국외 이전"): the part titled for the topic is its section
  for (const section of matches) {
    const parent = section.parent;
    if (parent && matching.has(parent) && splitByTopic(parent)) matching.delete(parent);
  }
  return matches.filter((section) => matching.has(section) && !hasAncestorIn(section, matching));
}

/** True when a section's title names two items or more and two of its parts are titled each for another of them. */
function splitByTopic(section: Section): boolean {
  const named = topicsAbout(section.heading.title);
  if (named.size < 2) return false;
  const parts = new Set<Topic>();
  for (const child of section.children) {
    // (a part is titled: a sentence numbered as a paragraph, "④ … 행태정보를 수집하지 않는다", is no part)
    if (!child.heading.isTitle) continue;
    const topics = [...topicsAbout(child.heading.title)].filter((topic) => named.has(topic));
    if (topics.length === 1) parts.add(topics[0]);
  }
  return parts.size >= 2;
}

/**
 * True when the section is a chapter over articles (제N장 over 제N조, "Ⅰ." over "1."–"3."): it groups sections and
 * is no passage of its own; what is said about an item is read in the article about it.
 */
export function groupsArticles(section: Section): boolean {
  return isChapter(section.heading) && section.children.some((child) => isArticle(child.heading));
}

function hasAncestorIn(section: Section, candidates: ReadonlySet<Section>): boolean {
  for (let parent = section.parent; parent; parent = parent.parent) if (candidates.has(parent)) return true;
  return false;
}

/** The sections that hold `line`, outermost first. */
export function sectionsAt(document: PolicyDocument, line: number): Section[] {
  return document.allSections.filter((section) => section.startLine <= line && section.endLine >= line);
}

const titleLinesCache = new WeakMap<PolicyDocument, ReadonlySet<number>>();

/** The lines of headings that read as titles (not sentences or list items), found once per document. */
export function titleLines(document: PolicyDocument): ReadonlySet<number> {
  let lines = titleLinesCache.get(document);
  if (!lines) {
    const found = new Set<number>();
    for (const { heading, startLine } of document.allSections) {
      if (!heading.isTitle) continue;
      // a hard-wrapped title's lines are all its own
      for (let line = startLine; line <= (heading.continuedTo ?? startLine); line++) found.add(line);
    }
    lines = found;
    titleLinesCache.set(document, lines);
  }
  return lines;
}

const sectionEndCache = new WeakMap<PolicyDocument, { innermost: Int32Array; outermost: Int32Array }>();

/**
 * The last line of the innermost section holding `line` (with `outermost`, of the top-level one, an article
 * rather than the chapter over it; before the
 * first heading, the line before it): a window of evidence read after a line ends there, so the next
 * section's heading ("정보주체의 권리·의무 및 행사방법") is never read as this section's text. Made once per document.
 */
export function sectionEndAt(document: PolicyDocument, line: number, outermost = false): number {
  let ends = sectionEndCache.get(document);
  if (!ends) {
    const first = document.allSections.reduce((start, section) => Math.min(start, section.startLine), document.plain.length + 1);
    const blank = () => new Int32Array(document.plain.length + 2).fill(document.plain.length).fill(first - 1, 0, first);
    ends = { innermost: blank(), outermost: blank() };
    // outer sections first, so an inner one's end overwrites its parent's on its own lines
    const ordered = [...document.allSections].sort((a, b) => a.startLine - b.startLine || a.level - b.level);
    for (const section of ordered) ends.innermost.fill(section.endLine, section.startLine, section.endLine + 1);
    // a chapter over articles is no section of its own: its articles are the outermost on their lines
    const outermost = document.sections.flatMap((section) => (groupsArticles(section) ? [section, ...section.children] : [section]));
    for (const section of outermost) ends.outermost.fill(section.endLine, section.startLine, section.endLine + 1);
    sectionEndCache.set(document, ends);
  }
  return (outermost ? ends.outermost : ends.innermost)[line] ?? document.plain.length;
}

export interface LineText {
  line: number;
  text: string;
}

/**
 * The lines of a section, heading included, as plain text (Markdown syntax masked), then the lines of the annexes
 * it refers to ("[별표 1]"), which hold its list.
 */
export function sectionLines(document: PolicyDocument, section: Section): LineText[] {
  const own = linesBetween(document, section.startLine, section.endLine);
  if (!section.annexes) return own;
  return [...own, ...section.annexes.flatMap((annex) => linesBetween(document, annex.startLine, annex.endLine))];
}

/** The tables that start in a section, or in an annex it refers to. */
export function sectionTables(document: PolicyDocument, section: Section): Table[] {
  const within = (line: number) =>
    (section.startLine <= line && line <= section.endLine) ||
    (section.annexes ?? []).some((annex) => annex.startLine <= line && line <= annex.endLine);
  return document.tables.filter((table) => within(table.startLine));
}

const lineTextsCache = new WeakMap<PolicyDocument, readonly LineText[]>();

/** One { line, text } per line of the document, made once: rules ask for ranges of them many times. */
function lineTexts(document: PolicyDocument): readonly LineText[] {
  let lines = lineTextsCache.get(document);
  if (!lines) {
    lines = document.plain.map((text, index) => ({ line: index + 1, text }));
    lineTextsCache.set(document, lines);
  }
  return lines;
}

/** The lines from `from` to `to` (a new array each call; the entries are shared and must not be changed). */
export function linesBetween(document: PolicyDocument, from: number, to: number): LineText[] {
  return lineTexts(document).slice(Math.max(1, from) - 1, Math.max(Math.min(to, document.plain.length), 0));
}

const bodyLinesCache = new WeakMap<PolicyDocument, LineText[]>();

/** Every line outside a table of contents (computed once per document; callers must not modify it). */
export function bodyLines(document: PolicyDocument): LineText[] {
  let lines = bodyLinesCache.get(document);
  if (!lines) {
    lines = linesBetween(document, 1, document.plain.length).filter(({ line }) => !document.tocLines.has(line));
    bodyLinesCache.set(document, lines);
  }
  return lines;
}

const fieldsCache = new WeakMap<PolicyDocument, Map<number, { label: string; value: string }>>();

/** The field lines ("라벨 : 값") outside tables of contents, by line, found once per document. */
export function fieldsByLine(document: PolicyDocument): Map<number, { label: string; value: string }> {
  let fields = fieldsCache.get(document);
  if (!fields) {
    fields = new Map();
    for (const { line, text } of bodyLines(document)) {
      if (!text.includes(":") && !text.includes("：")) continue;
      const field = fieldOf(text);
      if (field) fields.set(line, field);
    }
    fieldsCache.set(document, fields);
  }
  return fields;
}

/** The field lines whose label matches `label` ("수집항목 : …"), wherever they stand. */
export function fieldLinesLabelled(document: PolicyDocument, label: RegExp): LineText[] {
  const lines: LineText[] = [];
  for (const [line, field] of fieldsByLine(document)) if (label.test(field.label)) lines.push({ line, text: document.plain[line - 1] });
  return lines;
}

interface JoinedTexts {
  text: string;
  /** where each line starts in the text */
  starts: number[];
}

const SEPARATOR = "\n\0\n";

// Lines joined by "\n\0\n", for one scan of the whole text instead of one call per line. With the m flag ^
// and $ still work per line, and look-arounds at a line's ends see what they see on the line alone (\s cannot
// cross the NUL; a decoded policy has none). A pattern that reaches across a line end can match where no line
// does: callers check a hit against its line.
function joinTexts(lines: readonly string[]): JoinedTexts {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + SEPARATOR.length;
  }
  return { text: lines.join(SEPARATOR), starts };
}

const joinedCache = new WeakMap<PolicyDocument, JoinedTexts>();

/** The document's lines joined (see joinTexts), made once. */
function joinedText(document: PolicyDocument): JoinedTexts {
  let joined = joinedCache.get(document);
  if (!joined) joinedCache.set(document, (joined = joinTexts(document.plain)));
  return joined;
}

const wholeTextPatterns = new WeakMap<RegExp, RegExp>();
const linePatterns = new WeakMap<RegExp, RegExp>();

/** The pattern with the g and m flags, to scan the joined text. */
function wholeTextPattern(pattern: RegExp): RegExp {
  let whole = wholeTextPatterns.get(pattern);
  if (!whole) wholeTextPatterns.set(pattern, (whole = new RegExp(pattern.source, pattern.flags.replace(/[gym]/g, "") + "gm")));
  return whole;
}

const scanPatterns = new WeakMap<RegExp, RegExp>();

/**
 * The pattern to scan the joined text with where each hit is then tested on its own line: with the g and m flags,
 * and without the optional openings that make V8 scan slowly (see scanSource).
 */
function scanPattern(pattern: RegExp): RegExp {
  let scan = scanPatterns.get(pattern);
  if (!scan) scanPatterns.set(pattern, (scan = new RegExp(scanSource(pattern.source), pattern.flags.replace(/[gym]/g, "") + "gm")));
  return scan;
}

/** The pattern without g or y, to test one line without carrying lastIndex over. */
function linePattern(pattern: RegExp): RegExp {
  let line = linePatterns.get(pattern);
  if (!line) linePatterns.set(pattern, (line = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""))));
  return line;
}

/**
 * False when `pattern` matches no line of the document, found with one scan of the whole text instead of
 * one call per line. A pattern that reaches across a line end can only make this say true more often,
 * which costs the per-line check and never a finding.
 */
export function mayMatch(document: PolicyDocument, pattern: RegExp): boolean {
  const whole = wholeTextPattern(pattern);
  whole.lastIndex = 0;
  return whole.test(joinedText(document).text);
}

/**
 * The numbers of the lines on which `pattern` matches, in order, as testing every line would give them:
 * one scan of the whole text, each hit checked against its own line, and the scan resumed at the next line.
 */
export function linesMatching(document: PolicyDocument, pattern: RegExp): number[] {
  return scanLines(document, scansOf(pattern), [linePattern(pattern)])[0];
}

const scansByPattern = new WeakMap<RegExp, RegExp[]>();

/**
 * The scans that together hit every line `pattern` may match: scanPattern's, cut in two when some of its
 * alternatives open with a Hangul syllable and some do not (see byOpening): "Google\s*Analytics|구글\s*애널리틱스|…"
 * with the i flag took 14 ms per 1,000 policies to scan whole, 3.3 + 2.2 ms in two.
 */
function scansOf(pattern: RegExp): RegExp[] {
  let scans = scansByPattern.get(pattern);
  if (!scans) {
    const source = scanSource(pattern.source);
    const split = STANDS_ALONE.test(source) ? [] : byOpening([source]).filter((sources) => sources.length > 0);
    const flags = pattern.flags.replace(/[gym]/g, "") + "gm";
    scans = split.length === 2 ? split.map((sources) => new RegExp(sources.join("|"), flags)) : [scanPattern(pattern)];
    scansByPattern.set(pattern, scans);
  }
  return scans;
}

interface ShortLines {
  lines: number[];
  texts: string[];
  joined: JoinedTexts;
}

const shortLinesCache = new WeakMap<PolicyDocument, Map<number, ShortLines>>();

/**
 * The numbers of the lines of at most `maxLength` characters on which `pattern` matches, in order: one scan of
 * those lines joined (made once per document and length). For a pattern that counts only on a short line, a
 * title: the long sentences are not scanned, and some titles' patterns are slow to try at every place in them.
 */
export function shortLinesMatching(document: PolicyDocument, pattern: RegExp, maxLength: number): number[] {
  let byLength = shortLinesCache.get(document);
  if (!byLength) shortLinesCache.set(document, (byLength = new Map()));
  let short = byLength.get(maxLength);
  if (!short) {
    const lines: number[] = [];
    const texts: string[] = [];
    document.plain.forEach((text, index) => {
      if (text.length > maxLength) return;
      lines.push(index + 1);
      texts.push(text);
    });
    byLength.set(maxLength, (short = { lines, texts, joined: joinTexts(texts) }));
  }
  const { lines, texts, joined } = short;
  const onLine = linePattern(pattern);
  const found: number[] = [];
  forEachHit(joined, scanPattern(pattern), (index) => {
    if (onLine.test(texts[index])) found.push(lines[index]);
    return false;
  });
  return found;
}

/** The first body line (tables of contents left out) on which `pattern` matches; the scan stops there. */
export function firstBodyLineMatching(document: PolicyDocument, pattern: RegExp): LineText | undefined {
  const onLine = linePattern(pattern);
  let first: LineText | undefined;
  forEachLineHit(document, scanPattern(pattern), (index) => {
    if (document.tocLines.has(index + 1) || !onLine.test(document.plain[index])) return false;
    first = { line: index + 1, text: document.plain[index] };
    return true;
  });
  return first;
}

/** The body lines (tables of contents left out) on which `pattern` matches, found with one scan of the whole text. */
export function bodyLinesMatching(document: PolicyDocument, pattern: RegExp): LineText[] {
  return outsideToc(document, linesMatching(document, pattern)).map((line) => ({ line, text: document.plain[line - 1] }));
}

/**
 * For each pattern, the lines on which it matches, found with one scan of the whole text for all of them
 * (their union, where they can be joined) instead of one per pattern. `patterns` should be one array kept
 * by the caller: its union is built once.
 */
export function linesMatchingEach(document: PolicyDocument, patterns: readonly RegExp[]): number[][] {
  const union = unionOf(patterns);
  if (!union) return patterns.map((pattern) => linesMatching(document, pattern));
  return scanLines(document, union, patterns.map(linePattern), groupsOf(patterns));
}

/**
 * A line that `scan` (or one of the scans) hits is tested with each pattern for one line; with `groups`, a group's
 * patterns only where the group's union matches the line.
 */
function scanLines(
  document: PolicyDocument,
  scan: RegExp | readonly RegExp[],
  onLine: RegExp[],
  groups?: readonly LineGroup[],
): number[][] {
  const found: number[][] = onLine.map(() => []);
  forEachLineHitOfAny(document, scan, (index) => {
    const text = document.plain[index];
    if (!groups) {
      for (let which = 0; which < onLine.length; which++) if (onLine[which].test(text)) found[which].push(index + 1);
      return;
    }
    for (const { any, members } of groups) {
      if (!any.test(text)) continue;
      for (const which of members) if (onLine[which].test(text)) found[which].push(index + 1);
    }
  });
  return found;
}

interface LineGroup {
  /** matches a line wherever one of the members does (it may match more: the members decide) */
  any: RegExp;
  /** indexes into the patterns */
  members: number[];
}

const lineGroups = new WeakMap<readonly RegExp[], LineGroup[] | undefined>();
// below this many patterns, testing each on a hit line costs no more than testing groups first
const FEWEST_TO_GROUP = 8;

/**
 * The patterns in groups of about the square root of their number, each with its union for one line. A hit line
 * matches one or two of twenty-odd patterns (a statutory record, its statute): one test per group and the
 * patterns of the groups that match, instead of every pattern. Made once per `patterns` array; none when they
 * are few or their flags differ.
 */
function groupsOf(patterns: readonly RegExp[]): LineGroup[] | undefined {
  if (lineGroups.has(patterns)) return lineGroups.get(patterns);
  let groups: LineGroup[] | undefined;
  const flags = new Set(patterns.map((pattern) => pattern.flags.replace(/[gy]/g, "")));
  if (patterns.length >= FEWEST_TO_GROUP && flags.size === 1) {
    const size = Math.ceil(Math.sqrt(patterns.length));
    groups = [];
    for (let start = 0; start < patterns.length; start += size) {
      const members = patterns.slice(start, start + size);
      const sources = [...new Set(members.map((pattern) => scanSource(pattern.source)))];
      groups.push({
        any: new RegExp(sources.map((source) => `(?:${source})`).join("|"), [...flags][0]),
        members: members.map((_, offset) => start + offset),
      });
    }
  }
  lineGroups.set(patterns, groups);
  return groups;
}

/**
 * Calls `visit` with the 0-based index of each line the whole-text `scan` hits, once a line: after a hit the
 * scan resumes at the next line. `visit` returns true to stop.
 */
function forEachLineHit(document: PolicyDocument, scan: RegExp, visit: (index: number) => boolean): void {
  forEachHit(joinedText(document), scan, visit);
}

/** Calls `visit` with the 0-based index of each line any of the scans hits, once a line, in order. */
function forEachLineHitOfAny(document: PolicyDocument, scans: RegExp | readonly RegExp[], visit: (index: number) => void): void {
  if (scans instanceof RegExp || scans.length === 1) {
    forEachLineHit(document, scans instanceof RegExp ? scans : scans[0], (index) => {
      visit(index);
      return false;
    });
    return;
  }
  const hit = new Set<number>();
  for (const scan of scans)
    forEachLineHit(document, scan, (index) => {
      hit.add(index);
      return false;
    });
  for (const index of [...hit].sort((a, b) => a - b)) visit(index);
}

/** The same over any joined lines. */
function forEachHit({ text, starts }: JoinedTexts, scan: RegExp, visit: (index: number) => boolean): void {
  if (starts.length === 0) return;
  scan.lastIndex = 0;
  for (let hit = scan.exec(text); hit !== null; hit = scan.exec(text)) {
    const index = lineIndexAt(starts, hit.index);
    if (visit(index) || index + 1 >= starts.length) return;
    scan.lastIndex = starts[index + 1];
  }
}

const unions = new WeakMap<readonly RegExp[], RegExp[] | null>();
// a pattern that cannot share a union: named groups would clash, and back-references would count wrong
const STANDS_ALONE = /\(\?<(?![=!])|\\[1-9]|\\k</;

/**
 * The scans that together hit every line any of `patterns` matches, or null when they cannot be joined: one union
 * of the alternatives that open with a Hangul syllable and one of the rest (see byOpening).
 */
function unionOf(patterns: readonly RegExp[]): RegExp[] | null {
  let union = unions.get(patterns);
  if (union === undefined) {
    union = null;
    const flags = new Set(patterns.map((pattern) => pattern.flags.replace(/[gym]/g, "")));
    if (flags.size === 1 && !patterns.some((pattern) => STANDS_ALONE.test(pattern.source))) {
      // two entries may share a pattern and differ in what else the line must hold: scan for it once
      const sources = [...new Set(patterns.map((pattern) => scanSource(pattern.source)))];
      union = byOpening(sources)
        .filter((alternatives) => alternatives.length > 0)
        .map((alternatives) => new RegExp(alternatives.map((source) => `(?:${source})`).join("|"), `${[...flags][0]}gm`));
    }
    unions.set(patterns, union);
  }
  return union;
}

const rowSpanCache = new WeakMap<PolicyDocument, Map<number, [number, number][]>>();

/** For each line that holds two or more table rows (an HTML table written on one line), where each row starts and ends. */
function rowSpans(document: PolicyDocument): Map<number, [number, number][]> {
  let spans = rowSpanCache.get(document);
  if (!spans) {
    spans = new Map();
    // only an HTML table (a page's, or one set in Markdown) can put several rows on one source line
    for (const table of document.format === "text" ? [] : document.tables) {
      const rows = [table.header, ...table.rows].filter((row) => row.cells.length > 0 && row.endLine === row.line);
      const starts = new Map<number, number[]>();
      for (const row of rows) {
        const first = row.cells[0];
        if (first.line === row.line) starts.set(row.line, [...(starts.get(row.line) ?? []), first.column - 1]);
      }
      for (const [line, columns] of starts) {
        if (columns.length < 2) continue;
        const sorted = [...new Set(columns)].sort((a, b) => a - b);
        const length = document.plain[line - 1]?.length ?? 0;
        spans.set(line, [[0, sorted[0]], ...sorted.map((start, index): [number, number] => [start, sorted[index + 1] ?? length])]);
      }
    }
    rowSpanCache.set(document, spans);
  }
  return spans;
}

/**
 * A line's text once per table row on it, everything outside the row blanked (same length, so columns hold),
 * so that a value in one row is never read with the next row's; a line without several rows is itself.
 */
export function rowTexts(document: PolicyDocument, line: number): string[] {
  const text = document.plain[line - 1] ?? "";
  const spans = rowSpans(document).get(line);
  if (!spans) return [text];
  return spans.map(([start, end]) => " ".repeat(start) + text.slice(start, end) + " ".repeat(text.length - end));
}

/** The lines among `lines` that are outside tables of contents. */
export function outsideToc(document: PolicyDocument, lines: readonly number[]): number[] {
  return lines.filter((line) => !document.tocLines.has(line));
}

export interface LineMatch {
  line: number;
  text: string;
  match: RegExpExecArray;
}

export function findFirst(lines: LineText[], pattern: RegExp): LineMatch | null {
  for (const { line, text } of lines) {
    const match = pattern.exec(text);
    if (match) return { line, text, match };
  }
  return null;
}

/** The range of a line's text, leading and trailing blanks left out. */
export function lineRange(document: PolicyDocument, line: number): Range {
  const text = document.plain[line - 1] ?? "";
  const start = indentOf(text);
  const end = text.trimEnd().length;
  return { line, column: start + 1, endLine: line, endColumn: Math.max(end, start) + 1 };
}

export function matchRange(line: number, index: number, length: number): Range {
  return { line, column: index + 1, endLine: line, endColumn: index + length + 1 };
}

export function headingRange(document: PolicyDocument, section: Section): Range {
  return lineRange(document, section.startLine);
}

/**
 * Where a finding about something missing from the whole policy points: the title line, where a reader
 * looks for what the policy is and a disable comment can sit beside it.
 */
export function documentStart(document: PolicyDocument): Range {
  const line = document.openingLine;
  // an HTML <title> is in the <head>, which the text blanks: point at the element's own text
  if (isBlank(document.plain[line - 1]) && document.title?.line === line) {
    const { column, text } = document.title;
    return { line, column, endLine: line, endColumn: column + text.length };
  }
  return lineRange(document, line);
}

/** A place that treats a topic: a section, or a list item that reads as a sub-heading ("2. **파기 절차**"). */
export interface TopicAnchor {
  headingLine: number;
  startLine: number;
  endLine: number;
  title: string;
  section: Section | null;
}

const LIST_LEAD = /^\s*(?:[-*•·▶■□◆◇○●◦▪]|\d{1,2}[.)]|[①-⑳]|[가-하][.)]|\(\d{1,2}\))\s*/;

/**
 * Sections about `topic`, and, where a policy folds an item into another section as a titled list item,
 * that item with the lines that belong to it.
 */
const topicCache = new WeakMap<PolicyDocument, Map<Topic, TopicAnchor[]>>();

export function findTopic(document: PolicyDocument, topic: Topic): TopicAnchor[] {
  let byTopic = topicCache.get(document);
  if (!byTopic) topicCache.set(document, (byTopic = new Map()));
  if (!byTopic.has(topic)) byTopic.set(topic, computeTopic(document, topic));
  return byTopic.get(topic)!;
}

type ListItemAnchor = Omit<TopicAnchor, "section">;

interface TitledListItems {
  items: ListItemAnchor[];
  titles: string[];
}

const listItemCache = new WeakMap<PolicyDocument, TitledListItems>();

/**
 * Marked list items that read as sub-headings, with the lines that belong to them, and their titles; the same for
 * every topic, so found once per document.
 */
function titledListItems(document: PolicyDocument): TitledListItems {
  const cached = listItemCache.get(document);
  if (cached) return cached;
  const items: ListItemAnchor[] = [];
  const sectionStarts = new Set(document.allSections.map((section) => section.startLine));
  document.plain.forEach((text, index) => {
    const line = index + 1;
    if (document.tocLines.has(line) || sectionStarts.has(line)) return;
    // a field ("보유기간 : 1년", "선택항목 :") is not a sub-heading
    if (text.includes(":") || text.includes("：")) return;
    // only a marked list item reads as a sub-heading; a bare line of nouns ("접속 IP, 쿠키") does not
    if (!LIST_LEAD.test(text)) return;
    const title = text.replace(LIST_LEAD, "").trim();
    if (title.length < 2 || title.length > 30 || !isTitleText(title)) return;
    // "접속 로그, 쿠키" enumerates items; a title with a comma ends as a title does ("설치, 운영 및 거부에 관한 사항")
    if (/[,，、]/.test(title) && !endsWithTitleWord(title)) return;
    let end = line;
    for (let next = line + 1; next <= document.plain.length; next++) {
      const following = document.plain[next - 1];
      if (
        sectionStarts.has(next) ||
        (/^\S/.test(following) && parseMarker(following) !== null && parseMarker(following)?.style !== "bullet")
      )
        break;
      end = next;
    }
    while (end > line && document.plain[end - 1].trim() === "") end--;
    items.push({ headingLine: line, startLine: line, endLine: end, title });
  });
  const titles = items.map((item) => item.title);
  const titled = { items, titles };
  listItemCache.set(document, titled);
  return titled;
}

function computeTopic(document: PolicyDocument, topic: Topic): TopicAnchor[] {
  const anchors: TopicAnchor[] = findSections(document, topic).map((section) => ({
    headingLine: section.startLine,
    startLine: section.startLine,
    endLine: section.endLine,
    title: section.heading.title,
    section,
  }));
  const { items, titles } = titledListItems(document);
  const itemsAbout = indexesAbout(titles, topic).map((index) => items[index]);
  if (itemsAbout.length > 0) {
    const coveredLines = new Uint8Array(document.plain.length + 2);
    for (const anchor of anchors) coveredLines.fill(1, anchor.startLine, anchor.endLine + 1);
    for (const item of itemsAbout) if (coveredLines[item.startLine] !== 1) anchors.push({ ...item, section: null });
  }
  return anchors.sort((a, b) => a.startLine - b.startLine);
}

// lines between a title with nothing under it and the section it stands over (a blank line, at most two)
const MAX_GAP_UNDER_TITLE = 3;
const FIELD_LABEL_END = /[:：]\s*$/;
// a title about personal data or the data subject in general, as the statute names its items ("개인정보의 파기",
// "정보주체와 법정대리인의 권리·의무"), not about one record or one desk ("개인정보 열람청구 접수·처리 부서")
const GENERAL_ITEM_TITLE = /개인\s{0,2}정보|정보\s{0,2}주체|personal/i;

/**
 * The anchor a finding about the item points at: its first section (not a title over the next), a heading of its
 * own, before a list item in another section that names the item ("- 광고 표시(맞춤형 광고 포함)" among the purposes); among sibling sections,
 * the first whose title names personal data over one about a narrower record ("제4조(채용서류의 반환 및 파기)" before
 * "제5조(개인정보의 파기)").
 */
export function headingAnchor(anchors: readonly TopicAnchor[]): TopicAnchor {
  const headed = anchors.filter((anchor) => anchor.section);
  if (headed.length === 0) return anchors[0];
  // a title with nothing under it right over another of the item's sections ("제1절 정보주체의 권리" over "제12조(…)")
  // holds none of what the finding is about; a field with an empty value ("- 보유기간: -") is where its own blank is
  const titlesOver = (anchor: TopicAnchor) =>
    anchor.section!.endLine === anchor.section!.heading.line &&
    !FIELD_LABEL_END.test(anchor.title) &&
    headed.some(
      (other) =>
        other.section!.heading.line > anchor.section!.endLine &&
        other.section!.heading.line - anchor.section!.endLine <= MAX_GAP_UNDER_TITLE,
    );
  const overNone = headed.filter((anchor) => !titlesOver(anchor));
  const sections = overNone.length > 0 ? overNone : headed;
  const first = sections[firstOnPage(sections.map((anchor) => anchor.section!))];
  // (a sibling of the first: a field or item inside another section, "- 보유기간: -", is where its own blank is)
  return sections.find((anchor) => anchor.section!.level === first.section!.level && GENERAL_ITEM_TITLE.test(anchor.title)) ?? first;
}

/**
 * Which of an item's sections a finding about it points at: the first, or where every one is a page's heading,
 * the shallowest first: an entry of a summary ("해외로 가나요?" on a card, "고충처리 부서" in a label box, set in
 * a heading deeper than the sections') is no section of the item.
 */
export function firstOnPage(sections: readonly Section[]): number {
  const depths = sections.map((section) => headingDepth(section.heading.marker));
  return depths.every((depth) => depth > 0) ? depths.indexOf(Math.min(...depths)) : 0;
}

/** A Markdown or HTML heading's depth ("###" → 3); 0 for a heading marked otherwise. */
function headingDepth(marker: string): number {
  return /^#{1,6}$/.test(marker) ? marker.length : 0;
}

const anchorBodyCache = new WeakMap<TopicAnchor, LineText[]>();

/**
 * Body lines of an anchor, heading line left out, tables of contents skipped: made once per anchor, as the item's
 * assessment, its blank fields and the rules all read it (callers must not modify it).
 */
export function anchorBody(document: PolicyDocument, anchor: TopicAnchor): LineText[] {
  let lines = anchorBodyCache.get(anchor);
  if (!lines) anchorBodyCache.set(anchor, (lines = computeAnchorBody(document, anchor)));
  return lines;
}

function computeAnchorBody(document: PolicyDocument, anchor: TopicAnchor): LineText[] {
  const lines = linesBetween(document, anchor.startLine, anchor.endLine).filter(({ line }) => !document.tocLines.has(line));
  // a titled list item ("1. 개인정보침해신고센터 (118)") may carry its content on its own line
  if (!anchor.section) return lines;
  const heading = lines.shift();
  // the rest of a hard-wrapped title is the title's words, none of the item's substance
  const continuedTo = anchor.section.heading.continuedTo;
  while (continuedTo !== undefined && lines.length > 0 && lines[0].line <= continuedTo) lines.shift();
  // a run-on heading carries body text on its own line
  const inline = anchor.section?.heading.inlineBody;
  // (a table's cell holds its lines apart: "…<br>…", a line each)
  if (heading && inline) lines.unshift(...inline.split("\n").map((text) => ({ line: heading.line, text })));
  // the annexes the section refers to ("[별표 2]에 적은 기간") hold its substance
  for (const annex of anchor.section.annexes ?? []) lines.push(...linesBetween(document, annex.startLine, annex.endLine));
  return lines;
}

// a Markdown definition list's definition, under its term: "전자금융거래 기록" over ": 5년"
const DEFINITION = /^[ \t]{0,3}:[ \t]{1,3}(\S.*)$/;
const MAX_TERM_LENGTH = 40;

/** A Markdown definition at `line` read as a field labelled by its term on the line above; null for any other line. */
export function definitionField(document: PolicyDocument, line: number): { label: string; value: string } | null {
  if (document.format !== "markdown") return null;
  const definition = DEFINITION.exec(document.lines[line - 1] ?? "");
  const term = definition ? (document.plain[line - 2] ?? "").trim() : "";
  if (!definition || term === "" || term.length > MAX_TERM_LENGTH || /[:：]/.test(term)) return null;
  return { label: term, value: definition[1].trim() };
}
