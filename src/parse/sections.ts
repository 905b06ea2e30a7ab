// Turning a flat list of headings into nested sections with body line ranges.
import type { Heading, NumberingStyle, Section, TableOfContents } from "./model.js";
import {
  HEADING_BULLETS,
  MAX_ARTICLE_TITLE_LENGTH,
  bareNumber,
  isArticle,
  isChapter,
  numberAboveTitle,
  endsUnfinished,
  endsWithTitleWord,
  isTitleText,
  isArticleWithoutJe,
  isItemTitle,
  isQuestionTitle,
  isPoliteStatement,
  isUnmarkedQuestion,
  isUnnumberedHeading,
  LineMarkers,
  markedBy,
  ownNumbers,
  parentNumbers,
  parseMarker,
  splitQuestion,
  splitAnsweredTitle,
  splitRunOnTitle,
  subSectionParent,
  symbolPrefixLength,
  topicOfTitle,
  withoutSymbolPrefix,
  isItemTitleBesideSubject,
  titleShape,
  bilingualItemTitle,
  CHAPTER_IN_MARKER,
  isEnglishCapitalsItemTitle,
  looksLikeSentence,
  namesItemSubject,
  type Marker,
  withoutEnglishGloss,
  ENGLISH_IN_BRACKETS,
} from "./headings.js";
import { splitHeaderTerms } from "./tables.js";
import { COMPANION_POLICY_NAME, POLICY_NAME } from "./policy-name.js";
import { nestedListItems } from "./restarts.js";
import { indentOf, insideSentence, isBlank, isBreakLine, startsIndented } from "./lines.js";

// styles whose titles run long ("제13조 개인정보의 …에 관한 사항") and are still titles
const LONG_TITLE_STYLES = new Set(["article", "chapter", "english-article", "bracket"]);

/** "제목**" without the emphasis left at its end (a loop: a pattern anchored at $ retries from every space). */
function withoutTrailingEmphasis(text: string): string {
  let end = text.trimEnd().length;
  // character codes: a Korean character read as a string is allocated
  const isEmphasis = (at: number) => text.charCodeAt(at) === 0x2a || text.charCodeAt(at) === 0x5f;
  if (end === 0 || !isEmphasis(end - 1)) return text;
  while (end > 0 && isEmphasis(end - 1)) end--;
  return text.slice(0, end).trimEnd();
}
// a rule drawn after a title on its line ("1. 개인정보의 처리 목적 ──────"): box-drawing strokes, or "=", "-", "_" repeated
const isRuleCode = (code: number) =>
  (code >= 0x2500 && code <= 0x257f) || code === 0x3d || code === 0x2d || code === 0x5f || code === 0xff3f;
const MIN_RULE_LENGTH = 3;

/** "제목 ──────" without the rule after it: the rule is no word of the title (a loop, as for the emphasis above). */
function withoutTrailingRule(text: string): string {
  let end = text.trimEnd().length;
  let start = end;
  while (start > 0 && isRuleCode(text.charCodeAt(start - 1))) start--;
  // the rule stands apart from the title by a space, and is a rule, not a dash or two
  if (end - start < MIN_RULE_LENGTH || start === 0 || !/\s/.test(text[start - 1])) return text;
  end = text.slice(0, start).trimEnd().length;
  return end === 0 ? text : text.slice(0, end);
}
const EMPHASISED_TITLE = /^([^*_]{2,100}?)\s*(?:\*\*\*?|___?)(?:\s+(\S.*))?$/;
// a hard-wrapped heading line is read with at most this many continuation lines
const MAX_CONTINUATION_LINES = 2;

/**
 * The heading line's text with the lines that continue it: a line that stops mid-phrase ("… 개인정보를")
 * goes on on the next line when that line is not blank and not numbered itself.
 */
function withContinuation(lines: readonly string[], index: number, rest: string): { text: string; lastIndex: number } {
  let text = rest.trim();
  let lastIndex = index;
  for (let next = index + 1; next <= index + MAX_CONTINUATION_LINES && next < lines.length && endsUnfinished(text); next++) {
    const following = lines[next];
    if (isBlank(following) || parseMarker(following)) break;
    text = `${text} ${following.trim()}`;
    lastIndex = next;
  }
  return { text, lastIndex };
}

// a line a fixed-width wrap cut is about as long as the longest lines around it; a title over its body is shorter
const WRAP_WIDTH_SHARE = 0.85;
const WRAP_NEIGHBOURHOOD = 8;
const MIN_WRAPPED_LENGTH = 20;

/**
 * True when a numbered line is the first part of a sentence a fixed-width wrap cut ("② 서비스 이용 과정에서 접속 IP
 * 주소, 쿠키, …, 기기" over "정보(운영체제 및 브라우저 종류)가 자동으로 생성되어 수집될 수 있습니다."): the line
 * runs about as wide as the widest lines near it, does not end on a title's word, and the next line, no item
 * of its own, ends the sentence.
 */
function cutByWrap(lines: readonly string[], index: number, title: string): boolean {
  const next = lines[index + 1];
  if (next === undefined || isBlank(next) || parseMarker(next) || bareNumber(next) || !looksLikeSentence(next)) return false;
  // (an English gloss in brackets closes the title it follows: "… 행태정보 (Cookies and Behavioural Information)")
  if (title.length < MIN_WRAPPED_LENGTH || endsWithTitleWord(title) || isUnnumberedHeading(title)) return false;
  if (withoutEnglishGloss(title) !== title) return false;
  const width = lines[index].trimEnd().length;
  let widest = 0;
  const last = Math.min(lines.length - 1, index + WRAP_NEIGHBOURHOOD);
  for (let at = Math.max(0, index - WRAP_NEIGHBOURHOOD); at <= last; at++) widest = Math.max(widest, lines[at].trimEnd().length);
  return width >= widest * WRAP_WIDTH_SHARE;
}

// a title that opens a bracket it does not close ("(개인정보 처리업무의")
const UNCLOSED_BRACKET = /^[(（][^()（）]{1,60}$/;
// the rest of it, closing the bracket at the start of a later line ("위탁)", "절차 및 방법)")
const CLOSING_REST = /^\s*([^()（）]{1,30})[)）]/;
// a page break with its furniture blanked leaves a few blank lines between the two halves
const MAX_LINES_TO_CLOSE = 6;

/** The bracketed title made whole from the line that closes it, without its brackets; null when none does. */
function bracketClosedBelow(lines: readonly string[], index: number, title: string): string | null {
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + MAX_LINES_TO_CLOSE); next++) {
    if (isBlank(lines[next])) continue;
    const rest = parseMarker(lines[next]) ? null : CLOSING_REST.exec(lines[next]);
    return rest ? `${title.slice(1).trim()} ${rest[1].trim()}` : null;
  }
  return null;
}

interface NumberAbove {
  marker: Marker;
  /** 0-based indexes of the number's line and of its title's */
  markerIndex: number;
  titleIndex: number;
  title: string;
  titleColumn: number;
}

/**
 * Numbers standing on lines of their own with the title on the next line ("07" / "개인정보의 국외 이전"), where
 * the document shows that layout: two or more of one style numbered in sequence, most of their titles worded
 * as section titles, and text under them. A lone number, a phone number's area code, a list of numbered
 * names or a table written one cell per line is not that layout. Keyed by the title's line index.
 */
function numbersAboveTitles(lines: readonly string[], skip: (line: number) => boolean): Map<number, NumberAbove> {
  const chains: NumberAbove[][] = [];
  const open = new Map<string, NumberAbove[]>();
  lines.forEach((_, index) => {
    // (most lines are too long for a bare number: numberAboveTitle answers them before the sets are asked)
    const numbered = numberAboveTitle(lines, index);
    if (!numbered || skip(index + 1) || skip(numbered.titleIndex + 1)) return;
    const pair: NumberAbove = { ...numbered, markerIndex: index };
    const number = pair.marker.number!;
    // numbers rise by one, or skip one (a gap is numbering's finding, not a reason to lose the headings)
    const chain = open.get(pair.marker.style);
    const previous = chain?.[chain.length - 1].marker.number ?? null;
    if (chain && previous !== null && number > previous && number <= previous + 2) chain.push(pair);
    else {
      const started = [pair];
      chains.push(started);
      open.set(pair.marker.style, started);
    }
  });
  const found = new Map<number, NumberAbove>();
  for (const chain of chains) {
    if (chain.length < 2) continue;
    const worded = chain.filter(({ title }) => endsWithTitleWord(title) || isUnnumberedHeading(title)).length;
    if (worded * 2 < chain.length) continue;
    // text under a title before the next number: a heading has a body, a column of a table does not
    const hasBody = chain.some((pair, at) => {
      const end = at + 1 < chain.length ? chain[at + 1].markerIndex : lines.length;
      for (let index = pair.titleIndex + 1; index < end; index++) if (!isBlank(lines[index])) return !bareNumber(lines[index]);
      return false;
    });
    if (hasBody) for (const pair of chain) found.set(pair.titleIndex, pair);
  }
  return found;
}

// a line that ends in a law's name ("「유아교육법」", "개인정보 보호법", "같은 법 시행령")
const ENDS_IN_LAW = /(?:법|법률|시행령|시행규칙|조례|규칙)[」』]?\s*$/;
// what goes on after a cited article: a particle or a conjunction ("및 같은 법 시행령에서", "에 따라", "의 규정")
const CITATION_GOES_ON = /^(?:\s*[(（][^()（）]{0,30}[)）])?\s{0,2}(?:및|또는|과|와|에|에서|에\s{0,2}따라|의|을|를|은|는|이|가)(?![가-힣])/;

/** True when an article marker continues a citation that the line above opened with its law's name. */
function citedAfterLawAbove(lines: readonly string[], index: number, rest: string): boolean {
  const above = lines[index - 1];
  return !isBlank(above) && ENDS_IN_LAW.test(above!) && CITATION_GOES_ON.test(rest);
}

/**
 * "I." after "H." (or "V." after "U.", "X." after "W."): the next letter of a run of letters, not a Roman numeral,
 * where the last heading so far numbered in letters stands right before it.
 */
function letterInLatinRun(marker: Marker, headings: readonly Heading[]): Marker {
  if (marker.style !== "roman" || !/^[IVX]\.$/.test(marker.marker.trim())) return marker;
  const letter = marker.marker.trim().charCodeAt(0) - 64;
  for (let at = headings.length - 1; at >= 0; at--)
    if (headings[at].style === "latin") return headings[at].number === letter - 1 ? { ...marker, style: "latin", number: letter } : marker;
  return marker;
}

/** Headings found in plain text: numbered lines, and unnumbered lines that read as section titles. */
export function findTextHeadings(
  lines: readonly string[],
  tocLines: ReadonlySet<number>,
  tocs: TableOfContents[],
  tableLines: ReadonlySet<number> = new Set(),
  standaloneLines: ReadonlySet<number> = new Set(),
  markers = new LineMarkers(lines),
  // plain text's own layout: a page's markup indents its lines by nesting, not to centre a title
  readsCentring = false,
): Heading[] {
  // a TOC's titles by number, and by the style they are numbered in: a chapter and an article may share a number
  // ("Ⅰ. 처리 목적 및 항목" over "1. 처리 목적"), and each heading is split by its own entry
  const knownTitles = new Map<string, string>();
  for (const toc of tocs)
    for (const entry of toc.entries) {
      if (entry.number === null) continue;
      knownTitles.set(String(entry.number), entry.title);
      const style = parseMarker(lines[entry.line - 1] ?? "")?.style;
      if (style) knownTitles.set(`${style}:${entry.number}`, entry.title);
    }
  const headings: Heading[] = [];
  const numbersAbove = numbersAboveTitles(lines, (line) => tocLines.has(line) || tableLines.has(line));
  const bareNumberLines = new Set([...numbersAbove.values()].map((pair) => pair.markerIndex));
  // "12.1" headings seen so far: "12.1.2" is a heading only under one ("24.07.01 개정" is a date)
  const subSections = new Set<string>();
  // unnumbered lines worded as an item's title: headings only where the document's sections are unnumbered
  const itemTitles: Heading[] = [];
  // headings the document must vouch for: articles written without 제 ("1조 (목적)"), and titles worded as a
  // question without its mark ("얼마나 보관하나요"), kept where they stand in a run (see headingsInRuns)
  const articlesWithoutJe = new Set<Heading>();
  const unmarkedQuestions = new Set<Heading>();
  // (and titles said as a friendly statement, "이런 정보를 받아요": vouched for by a title only, not by another such)
  const politeStatements = new Set<Heading>();
  // numbered lines that read as a title answered after a colon ("7. 국외 이전: 해당 없음"), headings only where
  // they stand in the run of numbered headings (see answeredInRun)
  const answeredTitles = new Map<Heading, { title: string; body: string }>();
  // unnumbered titles that stand on a line of their own after a colon ("보유 기간:"), and the lines right after a
  // rule drawn across the page ("────"): headings only where the document has a run of them (see titlesInRun)
  const colonTitles = new Set<Heading>();
  const ruleTitles = new Set<Heading>();
  // unnumbered titles worded as an item's but for its subject ("보유 기간에 관한 사항"): headings only where the
  // document's item titles end alike (see titlesInRun)
  const shapedTitles = new Set<Heading>();
  // unnumbered titles marked at their end: a question standing as a title ("어떤 정보를 받나요?"), an app screen's
  // chevron ("처리 목적 >"), an English gloss ("보유 기간 (Retention)"), its number in brackets in sequence
  // ("보유 기간 [3]"); sections only as a run (see titlesInRun)
  const markedTitles = new Set<Heading>();
  // the lines with such a mark read as titles, whatever else made them one
  let markedCount = 0;
  const afterRules = linesAfterRules(lines);
  // titles set in the middle of the line stand where a rule's would: sections only as a run (see titlesInRun)
  if (readsCentring) for (const index of centredLines(lines)) afterRules.add(index);
  const numberMarked = numberMarkedLines(lines);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (tocLines.has(line) || isBlank(text) || bareNumberLines.has(index)) return;
    const above = numbersAbove.get(index);
    if (above) {
      const { marker } = above;
      headings.push({
        line,
        ...markedBy(marker),
        markerLine: above.markerIndex + 1,
        title: above.title,
        titleColumn: above.titleColumn,
        inlineBody: null,
        isTitle: true,
      });
      return;
    }
    const parsed = markers.at(index);
    // a decorative symbol before an unnumbered title ("✔ 개인정보의 국외 이전") is read as the title alone would be
    const decorated = parsed?.style === "bullet" && !HEADING_BULLETS.test(parsed.marker) && symbolPrefixLength(parsed.marker) > 0;
    const unnumbered = !parsed || decorated ? unnumberedHeading(lines, index, tableLines, standaloneLines, afterRules, numberMarked) : null;
    const marker = unnumbered ? null : parsed && letterInLatinRun(parsed, headings);
    // a name in brackets on a line of its own inside a hard-wrapped sentence is cited there ("… 별도의" over
    // "「○○ 운영·관리 방침」" over "(www…)에서 확인할 수 있습니다.")
    if (marker?.style === "bracket" && insideSentence(lines, index)) return;
    // an article cited after its law's name on the line above ("…「유아교육법」" over "제24조(무상교육) 및 같은 법
    // 시행령에서 …"): the sentence goes on, no article of the policy starts
    if (marker?.style === "article" && citedAfterLawAbove(lines, index, text.slice(marker.restIndex))) return;
    // an answer is its question's body: "A:", "답변:", and "A." right after a question (elsewhere "A." is a number)
    if (marker?.style === "answer" || (marker?.style === "latin" && marker.number === 1 && headings.at(-1)?.style === "question")) return;
    if (marker?.style === "decimal-sub-sub" && !subSections.has(parentNumbers(marker.marker))) return;
    if (marker?.style === "decimal-sub") subSections.add(ownNumbers(marker.marker));
    if (marker) {
      const rest = withoutTrailingRule(withoutTrailingEmphasis(text.slice(marker.restIndex)));
      const maxLength = LONG_TITLE_STYLES.has(marker.style) ? MAX_ARTICLE_TITLE_LENGTH : undefined;
      let title = marker.bracketTitle ?? rest.trim();
      let inlineBody: string | null = marker.bracketTitle ? rest.trim() || null : null;
      // the last line a hard-wrapped title runs onto
      let continuedTo = index;
      // "**6. 위탁** 회사는 …": the emphasis that closes the title is where its body starts
      const emphasised = rest.includes("**") || rest.includes("__") ? EMPHASISED_TITLE.exec(rest) : null;
      const questionAndAnswer = marker.style !== "question" ? QUESTION_THEN_ANSWER.exec(rest.trim()) : null;
      if (marker.style === "question") {
        ({ title, body: inlineBody } = splitQuestion(emphasised ? `${emphasised[1]} ${emphasised[2] ?? ""}` : rest));
      } else if (questionAndAnswer) {
        // "1. Q: 어떤 정보를 모으나요? A: 이름과 …": a question and its answer on the item's one line
        title = questionAndAnswer[1].trim();
        inlineBody = questionAndAnswer[2].trim();
      } else if (!marker.bracketTitle && marker.style !== "bullet" && emphasised) {
        title = emphasised[1].trim();
        inlineBody = emphasised[2]?.trim() || null;
      } else if (!marker.bracketTitle && marker.style !== "bullet") {
        const known =
          marker.number !== null && knownTitles.size > 0
            ? (knownTitles.get(`${marker.style}:${marker.number}`) ?? knownTitles.get(String(marker.number)) ?? null)
            : null;
        const split = splitRunOnTitle(rest, known, maxLength);
        title = split.title;
        inlineBody = split.body;
        // a heading wrapped over two lines: "1. 개인정보의 처리 목적 및 / 보유 기간" is one title, while
        // "1. 회사는 … 개인정보를 / 수집합니다." is a sentence
        if (!split.body && endsUnfinished(title)) ({ text: title, lastIndex: continuedTo } = withContinuation(lines, index, title));
        // "제6조 (개인정보의 파기" over "절차 및 방법)": a bracketed title wrapped, or cut by a page break, closes below
        else if (!split.body && UNCLOSED_BRACKET.test(title)) title = bracketClosedBelow(lines, index, title) ?? title;
      }
      const titleColumn = (marker.bracketTitle ? text.indexOf(marker.bracketTitle, marker.markerIndex) : marker.restIndex) + 1;
      const titled = marker.style !== "bullet" || HEADING_BULLETS.test(marker.marker);
      const heading: Heading = {
        line,
        ...markedBy(marker),
        title,
        titleColumn,
        inlineBody,
        // (a title with its English beside it, "보호책임자 및 국내대리인 / DPO and Korean representative", is as long as
        // its Korean half)
        isTitle:
          marker.style === "question" || questionAndAnswer
            ? isQuestionTitle(title)
            : titled &&
              (isTitleText(title, maxLength) || bilingualItemTitle(title) !== null) &&
              (inlineBody !== null || marker.bracketTitle !== null || continuedTo > index || !cutByWrap(lines, index, title)),
      };
      if (continuedTo > index && heading.isTitle) heading.continuedTo = continuedTo + 1;
      headings.push(heading);
      if (isArticleWithoutJe(marker)) articlesWithoutJe.add(heading);
      if (!heading.isTitle && titled && heading.number !== null && inlineBody === null && !marker.bracketTitle) {
        const answered = splitAnsweredTitle(title);
        if (answered) answeredTitles.set(heading, answered);
      }
      // a question in brackets may have its body run on after it ("제2조(무엇을 받나요) 이름과 …")
      if (titled && !heading.isTitle && (!inlineBody || marker.bracketTitle)) {
        if (isUnmarkedQuestion(title, maxLength)) unmarkedQuestions.add(heading);
        else if (isPoliteStatement(title)) politeStatements.add(heading);
      }
      return;
    }
    if (!unnumbered) return;
    (unnumbered.byWords ? headings : itemTitles).push(unnumbered.heading);
    if (unnumbered.by === "colon") colonTitles.add(unnumbered.heading);
    if (unnumbered.by === "rule") ruleTitles.add(unnumbered.heading);
    if (unnumbered.by === "shape") shapedTitles.add(unnumbered.heading);
    if (unnumbered.by === "marked") markedTitles.add(unnumbered.heading);
    if (unnumbered.marked) markedCount++;
  });
  if (colonTitles.size > 0 || ruleTitles.size > 0 || shapedTitles.size > 0 || markedTitles.size > 0) {
    const unnumberedTitles = headings.filter((heading) => heading.style === "plain");
    titlesInRun(itemTitles, colonTitles, ruleTitles, shapedTitles, { titles: markedTitles, count: markedCount }, unnumberedTitles);
  }
  if (answeredTitles.size > 0) answeredInRun(headings, answeredTitles);
  const vouched = headingsInRuns(headings, articlesWithoutJe, unmarkedQuestions, lines, politeStatements);
  const merged = itemTitles.length > 0 && sectionsAreUnnumbered(vouched, itemTitles, lines) ? mergeByLine(vouched, itemTitles) : vouched;
  markBodilessItems(merged, lines);
  return withoutLabelledRuns(merged, lines);
}

const MIN_LABELLED_RUN = 3;

// a bracketed label set apart from its value by a tab or a run of spaces, as the values of a box line up
const ALIGNED_VALUE = /[\]】>〉》」』〕](?:\t|[ ]{2,})\S/;

/**
 * The headings without runs of bracketed labels that each carry their value on their line, one line after the other,
 * the values lined up ("[처리 목적]   회원 관리, …" over "[보유 기간]   회원 탈퇴 시까지"): a summary box of labelled
 * values, not sections. The last label would otherwise take the whole policy after the box as its section.
 */
function withoutLabelledRuns(headings: Heading[], lines: readonly string[]): Heading[] {
  const labelled = (heading: Heading) =>
    heading.style === "bracket" && heading.inlineBody !== null && ALIGNED_VALUE.test(lines[heading.line - 1] ?? "");
  const dropped = new Set<Heading>();
  let run: Heading[] = [];
  const close = () => {
    if (run.length >= MIN_LABELLED_RUN) for (const heading of run) dropped.add(heading);
    run = [];
  };
  for (const heading of headings) {
    if (!labelled(heading)) {
      close();
      continue;
    }
    if (run.length > 0 && heading.line !== run[run.length - 1].line + 1) close();
    run.push(heading);
  }
  close();
  return dropped.size === 0 ? headings : headings.filter((heading) => !dropped.has(heading));
}

// a marker that writes the number of the part it belongs to before its own: the sub-section styles ("2-1.", "1.2.3",
// "Ⅱ-1") and a 절 or 조 with its chapter ("제2장 제1절")
const carriesParentNumber = (heading: Heading) =>
  heading.style === "decimal-sub" || heading.style === "decimal-sub-sub" || CHAPTER_IN_MARKER.test(heading.marker);

/**
 * A numbered line answered on itself ("7. 국외 이전: 해당 없음", "2. 개인정보 보호책임자: 대표 …") is a heading, its
 * title before the colon and its body the answer, where its number continues the heading of its style before it
 * (a title, or such a line taken for one) and the next of its style, if any, goes on from it. A numbered field
 * inside a section ("1. 수집 항목: 이름, 전화번호" under "2. 수집하는 항목") restarts its numbers, or is of another
 * style than the sections', so it stays a field.
 */
function answeredInRun(headings: Heading[], answeredTitles: ReadonlyMap<Heading, { title: string; body: string }>): void {
  // only in the document's own run of sections, whose style its first numbered title shows: "(3) 관리책임자: …"
  // after "(2) 설치 대수" under "라." is a field of a list that continues, not a section
  const sectionStyle = headings.find((heading) => heading.number !== null && heading.isTitle)?.style;
  // (the items numbered under a section, "(3)-① …" under "(3) 보유 기간", carry its number and are no neighbour)
  const previousOfStyle = new Map<string, Heading>();
  headings.forEach((heading, at) => {
    const previous = previousOfStyle.get(heading.style);
    if (heading.isTitle || answeredTitles.has(heading)) previousOfStyle.set(heading.style, heading);
    const answered = answeredTitles.get(heading);
    if (!answered || heading.number === null || heading.style !== sectionStyle) return;
    const next = headings
      .slice(at + 1)
      .find((other) => other.style === heading.style && (other.isTitle || answeredTitles.has(other) || other.number !== heading.number));
    const followsTitle = previous !== undefined && previous.isTitle && previous.number === heading.number - 1;
    const leadsOn = next !== undefined && next.isTitle && next.number === heading.number + 1;
    if (previous !== undefined ? !followsTitle || (next !== undefined && next.number !== heading.number + 1) : !leadsOn) return;
    heading.title = answered.title;
    heading.inlineBody = answered.body;
    heading.isTitle = true;
  });
}

/**
 * The headings with those the document must vouch for settled. An article written without 제 is a heading
 * where it reads as a title and the one before or after it in number does too ("1조 (목적)", "2조 (항목)"); any
 * other line opening with a number of 조 ("3조 원 규모의 …") is text. A question without its mark
 * ("2조 (어떤 정보를 받나요)") is a title where text follows it and a heading of its style next to it in number is a
 * title or such a question too (unnumbered ones, a bullet's: any other of the style): one question among list
 * items is a sentence.
 */
function headingsInRuns(
  headings: Heading[],
  articlesWithoutJe: ReadonlySet<Heading>,
  unmarkedQuestions: ReadonlySet<Heading>,
  lines: readonly string[],
  politeStatements: ReadonlySet<Heading> = new Set(),
): Heading[] {
  if (articlesWithoutJe.size === 0 && unmarkedQuestions.size === 0 && politeStatements.size === 0) return headings;
  // a glyph's bullets are a style of their own: "■ 제목" lines and the "- 항목" lines under them are not one run
  const styleOf = (heading: Heading) => (heading.style === "bullet" ? `bullet${heading.marker}` : heading.style);
  const titledOrAsking = (heading: Heading) => heading.isTitle || unmarkedQuestions.has(heading);
  // for each style, how many headings that read as titles (or such questions) carry each number (null: unnumbered)
  const countTitles = (among: readonly Heading[]) => {
    const counts = new Map<string, Map<number | null, number>>();
    for (const heading of among) {
      if (!titledOrAsking(heading)) continue;
      const byNumber = counts.get(styleOf(heading)) ?? new Map<number | null, number>();
      byNumber.set(heading.number, (byNumber.get(heading.number) ?? 0) + 1);
      counts.set(styleOf(heading), byNumber);
    }
    return counts;
  };
  const hasNeighbour = (heading: Heading, counts: Map<string, Map<number | null, number>>) => {
    const byNumber = counts.get(styleOf(heading));
    if (!byNumber) return false;
    if (heading.number === null) return (byNumber.get(null) ?? 0) - (titledOrAsking(heading) ? 1 : 0) > 0;
    return (byNumber.get(heading.number - 1) ?? 0) > 0 || (byNumber.get(heading.number + 1) ?? 0) > 0;
  };
  const articleTitles = countTitles(headings.filter((heading) => articlesWithoutJe.has(heading)));
  const kept = headings.filter(
    (heading) => !articlesWithoutJe.has(heading) || (titledOrAsking(heading) && hasNeighbour(heading, articleTitles)),
  );
  if (unmarkedQuestions.size === 0 && politeStatements.size === 0) return kept;
  const titles = countTitles(kept);
  // a friendly statement is vouched for by a heading of its style that reads as a title on its own, not by an
  // unmarked question or another statement
  const realTitles = politeStatements.size > 0 ? countTitles(kept.filter((heading) => heading.isTitle)) : titles;
  // its text runs to the next heading of its style: a list under it is its body too
  const nextOfStyle = new Map<string, Heading>();
  for (let at = kept.length - 1; at >= 0; at--) {
    const heading = kept[at];
    const vouched =
      (unmarkedQuestions.has(heading) && hasNeighbour(heading, titles)) ||
      (politeStatements.has(heading) && hasNeighbour(heading, realTitles));
    if (vouched) {
      const next = nextOfStyle.get(styleOf(heading));
      const end = next ? firstLineOf(next) - 1 : lines.length;
      let hasBody = heading.inlineBody !== null;
      for (let index = heading.line; index < end && !hasBody; index++) hasBody = !isBlank(lines[index]);
      if (hasBody) heading.isTitle = true;
    }
    nextOfStyle.set(styleOf(heading), heading);
  }
  return kept;
}

// a numbered item that holds a question and its answer: "1. Q: 어떤 정보를 모으나요? A: 이름과 연락처입니다."
const QUESTION_THEN_ANSWER = /^(?:Q|질문|문)[ \t]?[.:)：][ \t]*([^?？\s][^?？\n]{1,79}[?？])[ \t]*(?:A|답변|답)[ \t]?[.:)：][ \t]*(\S.*)$/;

// a bold paragraph longer than this is an emphasised sentence, not a title (as an item's title is kept short)
const MAX_STANDALONE_TITLE_LENGTH = 40;

// a rule drawn across the page between sections: one stroke character repeated ("────", "=====", "-----", "＿＿＿"),
// or a break written with spaces ("* * *", "- - -") as Markdown and word processors draw one
const SECTION_RULE = /^(?:─{3,}|━{3,}|═{3,}|={3,}|-{3,}|_{3,}|＿{3,})$/;
export const isSectionRule = (text: string) => SECTION_RULE.test(text) || isBreakLine(text);

/**
 * The lines that open a section after a rule drawn across the page: a rule standing as a block of its own (after
 * a blank line or at the top) and a line of text right under it; and a line of text standing as a block of its own
 * with a stroke right under it ("개인정보의 파기" over "=====", a setext heading), the title the rule underlines.
 */
function linesAfterRules(lines: readonly string[]): Set<number> {
  const opening = new Set<number>();
  lines.forEach((text, index) => {
    if (!isSectionRule(text.trim())) return;
    const startsBlock = index === 0 || isBlank(lines[index - 1]);
    if (startsBlock && index + 1 < lines.length && !isBlank(lines[index + 1])) opening.add(index + 1);
    // a line of text standing as a block of its own with a stroke right under it: the title the rule underlines
    else if (
      !startsBlock &&
      SECTION_RULE.test(text.trim()) &&
      !isSectionRule(lines[index - 1].trim()) &&
      (index === 1 || isBlank(lines[index - 2]))
    )
      opening.add(index - 1);
  });
  return opening;
}

// an FAQ's question standing alone as its answer's title: one sentence ending in its question mark
const QUESTION_LINE = /^[^?？\n]{3,78}[?？]$/;
// titles marked alike at their end, this many or more, make a document's sections (one or two questions are a
// passage's own, one English gloss a term's)
const MIN_MARKED_TITLES = 3;
// a title, a tab, and the body's first sentence: "개인정보의 처리 목적⇥회사는 …"
const TITLE_THEN_TAB = /^([^\t]{2,40}?)\t+(\S.*)$/;
// a title, a colon, two spaces (or a tab) and the body: "개인정보의 보유 기간:  회사는 …" (one space after the colon
// is a field's: "보유 기간: 1년")
const TITLE_COLON_RUN_ON = /^([^:：\t]{2,40})[:：](?:[ \t]{2}|\t)[ \t]{0,8}(\S.*)$/;
// a mark after a title: an app screen's chevron ("개인정보 처리 목적 >") or the title's English in brackets
// ("개인정보의 파기 (Destruction of Personal Information)")
const TRAILING_TITLE_MARK = new RegExp(`(?<=[가-힣])(?:[ \\t]+[>›»▼▽][ \\t]*|[ \\t]*${ENGLISH_IN_BRACKETS}[ \\t]*)$`);
// an app screen's dropdown arrow after a title ("개인정보의 파기 ▼") marks it wherever it stands, under a list too
const DROPDOWN_MARK = /(?<=[가-힣])[ \t]+[▼▽][ \t]*$/;

// the title's number in brackets at its end ("처리하는 개인정보의 항목 [2]"), or after a dotted leader as a table of
// contents writes a page's ("처리하는 개인정보의 항목 ········ 2")
const TRAILING_NUMBER_MARK = /(?<=[가-힣)）])[ \t]{0,4}(?:[[［]([0-9]{1,2})[\]］]|[·.…‥・ㆍ]{3,200}[ \t]{0,4}([0-9]{1,2}))[ \t]*$/;

/**
 * The lines whose title ends in its number in brackets ("개인정보의 파기 [5]") or after a dotted leader ("개인정보의 파기
 * ······ 5"), where the numbers run in sequence
 * through the document: three or more, each one or two past the last. A bracketed number at the end of a line
 * elsewhere is a note's reference, and stays text.
 */
function numberMarkedLines(lines: readonly string[]): Set<number> {
  const chains: number[][] = [];
  let chain: number[] = [];
  let previous = 0;
  lines.forEach((text, index) => {
    const last = text.trimEnd().at(-1) ?? "";
    if (last !== "]" && last !== "］" && !(last >= "0" && last <= "9")) return;
    if (index > 0 && !isBlank(lines[index - 1])) return;
    const mark = TRAILING_NUMBER_MARK.exec(text);
    if (!mark) return;
    const number = Number(mark[1] ?? mark[2]);
    if (chain.length > 0 && number > previous && number <= previous + 2) chain.push(index);
    else chains.push((chain = [index]));
    previous = number;
  });
  return new Set(chains.filter((run) => run.length >= MIN_MARKED_TITLES).flat());
}

/** True when the line is one question and nothing more ("개인정보는 얼마 동안 보관하나요?"). */
function isQuestionLine(text: string): boolean {
  // the question mark it must end on, before the pattern reads the line
  if (!text.endsWith("?") && !text.endsWith("？")) return false;
  return QUESTION_LINE.test(text) && !/[.。!?？]\s/.test(text) && /[가-힣]/.test(text);
}

// a centred title stands this much further in than the document's text does
const MIN_CENTRING = 6;
const MAX_CENTRED_TITLE_LENGTH = 40;

/** A line's indentation in columns, a tab as four. */
function indentWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === "\t") width += 4;
    else if (char === " " || char === "\u3000") width++;
    else break;
  }
  return width;
}

/**
 * The lines set in the middle of the page on their own, as a plain-text policy centres its unnumbered titles: a
 * short line between blank lines (or at the top), indented well past the document's usual indentation.
 */
function centredLines(lines: readonly string[]): number[] {
  const widths = lines.map((text) => (isBlank(text) ? -1 : indentWidth(text)));
  const counts = new Map<number, number>();
  for (const width of widths) if (width >= 0) counts.set(width, (counts.get(width) ?? 0) + 1);
  let usual = 0;
  for (const [width, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = width;
  const centred: number[] = [];
  lines.forEach((text, index) => {
    if (widths[index] < usual + MIN_CENTRING || text.trim().length > MAX_CENTRED_TITLE_LENGTH) return;
    if ((index === 0 || isBlank(lines[index - 1])) && isBlank(lines[index + 1])) centred.push(index);
  });
  return centred;
}

/** The title before a colon that ends its line ("개인정보의 파기 :" → "개인정보의 파기"); null for any other line. */
function titleBeforeColon(text: string): string | null {
  const trimmed = text.trimEnd();
  const last = trimmed.at(-1);
  if (last !== ":" && last !== "：") return null;
  const title = trimmed.slice(0, -1).trimEnd();
  return title.length > 0 && !title.endsWith(":") ? title : null;
}

// a field's label is a word or two ("수집 항목", "보유 기간"); a title that names an item is worded out at more length
const MIN_COLON_TITLE_WORDS = 3;

/**
 * True when a label with nothing after its colon names an item and heads the indented lines under it, flush left
 * itself: a form's top-level entry ("국외 이전:" over "  이전 국가: 미국" …), not a field inside a section.
 */
function labelsIndentedBlock(lines: readonly string[], index: number, title: string): boolean {
  if (indentOf(lines[index]) > 0) return false;
  const next = lines[index + 1];
  return (
    next !== undefined &&
    !isBlank(next) &&
    indentOf(next) > 0 &&
    topicOfTitle(title) !== null &&
    isTitleText(title, MAX_STANDALONE_TITLE_LENGTH)
  );
}

/** True when a title before a colon names a statutory item in three words or more ("수집하는 항목과 수집 방법"). */
function namesItemAtLength(title: string): boolean {
  const words = title.trim().split(/\s+/).length;
  return words >= MIN_COLON_TITLE_WORDS && isTitleText(title, MAX_STANDALONE_TITLE_LENGTH) && topicOfTitle(title) !== null;
}

// item titles of one shape (ending alike, or written in English and Korean), this many or more, show a document's
// shape of title
const MIN_TITLES_OF_SHAPE = 2;
const MIN_TITLES_OF_SHAPE_ALONE = 3;
const MIN_ITEMS_NAMED_BY_SHORT_TITLES = 4;

/**
 * Titles after a colon and titles under a rule are sections only as a run through the document. Titles after a
 * colon must name three or more of the policy's items, and one naming the item the last one named is a field
 * inside it ("수집 항목:" under "수집하는 항목과 방법:"); titles under a rule must be two or more; a title worded as
 * an item's but for its subject, or in English and Korean ("Retention / 보유 기간"), must have the shape of two or more
 * of the document's item titles and unnumbered headings ("…에 관한 사항", "English / 한국어"). The
 * others are taken out of the item titles, and stay text.
 */
function titlesInRun(
  itemTitles: Heading[],
  colonTitles: ReadonlySet<Heading>,
  ruleTitles: ReadonlySet<Heading>,
  shapedTitles: ReadonlySet<Heading>,
  marked: { titles: ReadonlySet<Heading>; count: number },
  unnumberedTitles: readonly Heading[],
): void {
  const dropped = new Set<Heading>();
  const shapes = new Map<string, number>();
  for (const heading of [...itemTitles, ...unnumberedTitles]) {
    if (colonTitles.has(heading) || ruleTitles.has(heading) || shapedTitles.has(heading) || marked.titles.has(heading)) continue;
    const shape = titleShape(heading.title);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  const shapedAlike = new Map<string, number>();
  for (const heading of shapedTitles) shapedAlike.set(titleShape(heading.title), (shapedAlike.get(titleShape(heading.title)) ?? 0) + 1);
  // short titles that each name a different item ("처리 목적", "수집 항목", "보유 기간", "파기") vouch for each other
  // as a policy's run of sections, whatever their shapes, where four or more items are named so
  const topicOf = new Map([...shapedTitles].map((heading) => [heading, topicOfTitle(heading.title)]));
  const runOfItems = new Set([...topicOf.values()].filter((topic) => topic !== null)).size >= MIN_ITEMS_NAMED_BY_SHORT_TITLES;
  // the document's own titles show the shape: one of them at least, and two or more titles of it in all
  for (const heading of shapedTitles) {
    if (runOfItems && topicOf.get(heading) !== null) continue;
    const shape = titleShape(heading.title);
    const shown = shapes.get(shape) ?? 0;
    const alike = shapedAlike.get(shape) ?? 0;
    // three or more titles of one shape vouch for each other, though none is worded as an item's title in full
    if ((shown === 0 && alike < MIN_TITLES_OF_SHAPE_ALONE) || shown + alike < MIN_TITLES_OF_SHAPE) dropped.add(heading);
  }
  const topics = [...colonTitles].map((heading) => topicOfTitle(heading.title));
  if (new Set(topics.filter((topic) => topic !== null)).size < 3) for (const heading of colonTitles) dropped.add(heading);
  else [...colonTitles].forEach((heading, at) => at > 0 && topics[at] !== null && topics[at] === topics[at - 1] && dropped.add(heading));
  if (ruleTitles.size < 2) for (const heading of ruleTitles) dropped.add(heading);
  if (marked.count < MIN_MARKED_TITLES) for (const heading of marked.titles) dropped.add(heading);
  const kept = itemTitles.filter((heading) => !dropped.has(heading));
  itemTitles.splice(0, itemTitles.length, ...kept);
}

/**
 * An unnumbered line that reads as a heading: by its words ("개인정보 보호책임자", "부칙"), or worded as an item's
 * title and standing as one (kept apart: see sectionsAreUnnumbered); or a title ending in a colon with nothing after
 * it, or a title-like line right under a rule (kept apart too: see titlesInRun). Decorative symbols before it are
 * read past.
 */
function unnumberedHeading(
  lines: readonly string[],
  index: number,
  tableLines: ReadonlySet<number>,
  standaloneLines: ReadonlySet<number>,
  afterRules: ReadonlySet<number>,
  numberMarked: ReadonlySet<number>,
): { heading: Heading; byWords: boolean; by?: "colon" | "rule" | "shape" | "marked"; marked: boolean } | null {
  const line = index + 1;
  const underRule = afterRules.has(index);
  // a line starts a block after a blank line, or as an element of its own (an HTML page's bold paragraph), or under
  // a rule that opens a section
  const startsBlock =
    index === 0 || isBlank(lines[index - 1]) || standaloneLines.has(line) || underRule || DROPDOWN_MARK.test(lines[index]);
  if (!startsBlock) return null;
  // the title without the mark at its end, when it has one ("처리 목적 >", "보유 기간 (Retention)"); a title an item's
  // words name with its body after a tab, as a two-column page copied out runs them on ("보유 기간⇥회사는 …")
  const tabbed = TITLE_THEN_TAB.exec(lines[index]);
  const runsOnAfterTab = tabbed !== null && (isItemTitle(tabbed[1]) || isUnnumberedHeading(tabbed[1]));
  const own = runsOnAfterTab ? tabbed[1] : withoutTrailingRule(lines[index]);
  const marked = TRAILING_TITLE_MARK.exec(own) ?? (numberMarked.has(index) ? TRAILING_NUMBER_MARK.exec(own) : null);
  const text = marked ? own.slice(0, marked.index) : own;
  // a title run on into its body after a colon and two spaces reads as one ending in a colon: a title in a run of them
  const runOn = colonRunOn(text);
  const colonTitle = runOn?.title ?? titleBeforeColon(text);
  const byWords = colonTitle === null && isUnnumberedHeading(text) && !splitHeaderTerms(text);
  // a paragraph the markup sets apart whole (all bold) is worded as a title, a statement or a question alike
  const titleByMarkup =
    standaloneLines.has(line) &&
    (isTitleText(withoutSymbolPrefix(text), MAX_STANDALONE_TITLE_LENGTH) || isUnmarkedQuestion(withoutSymbolPrefix(text).trim()));
  // (run on into sentences, a title naming an item in a word or two is no field's label: "보유 기간:  회사는 …")
  const titleByColon =
    colonTitle !== null &&
    (isItemTitle(colonTitle) ||
      isUnnumberedHeading(colonTitle) ||
      namesItemAtLength(colonTitle) ||
      (runOn === null && labelsIndentedBlock(lines, index, colonTitle)) ||
      (runOn !== null &&
        (topicOfTitle(colonTitle) !== null || namesItemSubject(colonTitle)) &&
        isTitleText(colonTitle, MAX_STANDALONE_TITLE_LENGTH)));
  const titleByRule = underRule && colonTitle === null && isTitleText(withoutSymbolPrefix(text), MAX_STANDALONE_TITLE_LENGTH);
  const titleByMark =
    colonTitle === null &&
    (marked
      ? isTitleText(withoutSymbolPrefix(text).trim(), MAX_STANDALONE_TITLE_LENGTH)
      : isQuestionLine(withoutSymbolPrefix(text).trim()));
  const worded = colonTitle === null && (isItemTitle(text) || titleByMarkup);
  const titleByShape =
    colonTitle === null &&
    !worded &&
    !byWords &&
    (isItemTitleBesideSubject(text) || bilingualItemTitle(text) !== null || isEnglishCapitalsItemTitle(text) || topicWordAlone(text));
  if (
    !byWords &&
    (tableLines.has(line) ||
      !(worded || titleByColon || titleByRule || titleByShape || titleByMark) ||
      (runOn === null && !standsAsTitle(lines, index)))
  )
    return null;
  const by = worded
    ? undefined
    : titleByColon
      ? "colon"
      : titleByRule
        ? "rule"
        : titleByMark
          ? "marked"
          : titleByShape
            ? "shape"
            : undefined;
  const indent = indentOf(text);
  const titleColumn = indent + symbolPrefixLength(text.slice(indent)) + 1;
  const heading: Heading = {
    line,
    column: indent + 1,
    style: "plain",
    marker: "",
    number: null,
    title: withoutSymbolPrefix(colonTitle ?? text).trim(),
    titleColumn,
    inlineBody: runsOnAfterTab ? tabbed[2].trim() : (runOn?.body ?? null),
    isTitle: true,
  };
  return { heading, byWords, by, marked: marked !== null || titleByMark };
}

// a title of one short word that names an item ("쿠키", "파기"): kept only in a run of short titles naming four or
// more items (see titlesInRun)
const MAX_TOPIC_WORD_LENGTH = 3;
const topicWordAlone = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= MAX_TOPIC_WORD_LENGTH && /^[가-힣]+$/.test(trimmed) && topicOfTitle(trimmed) !== null;
};

/**
 * "개인정보의 보유 기간:  회사는 … 보관합니다.": a title set off from the sentences of its body by a colon and two
 * spaces; null for a field ("보유기간:  1년", the value no sentence) and any other line.
 */
function colonRunOn(text: string): { title: string; body: string } | null {
  const found = TITLE_COLON_RUN_ON.exec(text);
  if (!found) return null;
  const title = found[1].trim();
  const body = found[2].trim();
  if (!looksLikeSentence(body) || !(endsWithTitleWord(title) || topicOfTitle(title) !== null || namesItemSubject(title))) return null;
  return { title, body };
}

// what continues a line wrapped mid-sentence: a particle or a conjunction ("… 개인정보의 항목" / "은 아래와 같습니다",
// "… 2025년 3월 1일" / "부터 적용됩니다") ("이 방침은 …" opens a sentence with "this", not with a particle)
export const CONTINUES_LINE = /^(?:은|는|을|를|의|에|에게|와|과|로|으로|및|또는|등|부터|까지)(?:\s|$)/;

/**
 * An item's title is followed by a blank line or by its body: not by the rest of a wrapped sentence, and not by
 * another title (a list of titles, as a preamble or a TOC without numbers gives them, has no bodies).
 */
function standsAsTitle(lines: readonly string[], index: number): boolean {
  const next = lines[index + 1];
  if (next === undefined || isBlank(next)) return true;
  const following = next.trim();
  return !CONTINUES_LINE.test(following) && !isItemTitle(following) && !isUnnumberedHeading(following);
}

/**
 * True when the document's sections are unnumbered: the item titles and the unnumbered headings found by their
 * words (the policy's own title left out) are two or more, and no fewer than its numbered titles. In a numbered
 * policy such a line is a sub-heading or a label, and stays in the section it stands in.
 */
function sectionsAreUnnumbered(headings: Heading[], itemTitles: Heading[], lines: readonly string[]): boolean {
  const firstText = lines.findIndex((text) => !isBlank(text)) + 1;
  const unnumbered = itemTitles.length + headings.filter((heading) => heading.style === "plain" && heading.line !== firstText).length;
  const numbered = headings.filter(
    (heading) => heading.number !== null && heading.isTitle && !startsIndented(lines[heading.line - 1]),
  ).length;
  return unnumbered >= 2 && unnumbered >= numbered;
}

function mergeByLine(a: Heading[], b: Heading[]): Heading[] {
  return [...a, ...b].sort((x, y) => x.line - y.line);
}

/**
 * "12.1.1. 내부관리계획의 수립", "12.1.2. 보호책임자의 지정", … with nothing under any of them is a numbered list of
 * measures, not sections: a third-level line with no body of its own is an item, and a title it mentions
 * ("보호책임자") does not make it the section about that.
 */
function markBodilessItems(headings: Heading[], lines: readonly string[]): void {
  headings.forEach((heading, at) => {
    if (heading.style !== "decimal-sub-sub" || heading.inlineBody !== null) return;
    const next = headings[at + 1];
    const end = next ? firstLineOf(next) - 1 : lines.length;
    for (let index = heading.line; index < end; index++) if (!isBlank(lines[index])) return;
    heading.isTitle = false;
  });
}

/** The first line a heading takes: its number's line or its translation's, when either stands above its title. */
function firstLineOf(heading: Heading): number {
  return Math.min(heading.markerLine ?? heading.line, heading.translation?.line ?? heading.line);
}

/** The key under which headings share a level: the same numbering written at the same indentation. */
function levelKey(heading: Heading, lines: readonly string[], isIndented: (line: number) => boolean): string {
  if (heading.style === "markdown") return `md${heading.marker.length}`;
  if (heading.style === "bullet") return `bullet${heading.marker}:${isIndented(heading.line) ? "indented" : "flush"}`;
  const key = `${heading.style}:${isIndented(heading.line) ? "indented" : "flush"}`;
  return bulletBeforeNumber(heading, lines) ? `${key}:after-bullet` : key;
}

// (a glyph with a space after it: "***제3조(…)**" is emphasis left over, not a list)
const LIST_GLYPH = /[•·∙▪▫◦■□◆◇●○▶►▷◼◻\-*]\s/;

/**
 * True when a list glyph stands before the heading's number ("• 3️⃣ 보유 기간: …", "▪ 2. …"): a line set so is of a
 * list of its own beside the numbers set without one (a summary of the changes that names the sections it changed,
 * over the sections themselves), though a policy that sets every number so reads as one level all the same.
 */
function bulletBeforeNumber(heading: Heading, lines: readonly string[]): boolean {
  if (heading.markerLine !== undefined || heading.number === null) return false;
  const text = lines[heading.line - 1] ?? "";
  const before = text.slice(0, Math.max(0, heading.column - 1));
  return before.trim() !== "" && LIST_GLYPH.test(before) && !/[가-힣A-Za-z0-9]/.test(before);
}

/**
 * Picks the top-level style: the first heading style, among those that read as titles, used by at least
 * two headings. A policy numbered 제N조 at the top keeps that even when 1., ① and 가. appear inside. A style
 * that the document shows to be lists inside its unnumbered sections is passed over (see listsInsideSections),
 * and when no style is left those sections are the top level.
 */
function topLevelKey(headings: Heading[], keyOf: (heading: Heading) => string, lines: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const heading of headings) {
    if (!heading.isTitle) continue;
    const key = keyOf(heading);
    if (!framesTheArticles(heading, key, headings)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const markdown = [...counts.keys()].filter((key) => key.startsWith("md")).sort();
  if (markdown.length > 0) {
    // "# Title" used for the document's name, once or once per language, is not the section level
    const used = (times: number) => markdown.find((key) => (counts.get(key) ?? 0) >= times);
    return used(3) ?? used(2) ?? markdown[0];
  }
  if ([...counts.keys()].some((key) => key.startsWith("article") && (counts.get(key) ?? 0) >= 2)) return "article:flush";
  const passedOver = new Set<string>();
  // an indented numbering after a flush numbered title is a list under that section ("Ⅴ 제3자 제공" over " 가. …"),
  // even where the flush style is used once
  let flushNumbered = false;
  // a sub-section numbered under a heading before it ("II-1." under the one "II."): that heading's style is the
  // level, though the document has only one of it
  let parentKey: string | null = null;
  for (const [at, heading] of headings.entries()) {
    const key = keyOf(heading);
    if (heading.isTitle && heading.number !== null && key.endsWith(":flush")) flushNumbered = true;
    if (flushNumbered && key.endsWith(":indented")) continue;
    if (heading.style === "decimal-sub") {
      const parent = numberedParent(headings, at);
      if (parent) {
        parentKey ??= keyOf(parent);
        continue;
      }
    }
    if (!heading.isTitle || heading.style === "plain" || (counts.get(key) ?? 0) < 2 || passedOver.has(key)) continue;
    if (!listsInsideSections(headings, key, keyOf, lines) && !labelsAmongPlainTitles(headings, key, keyOf, lines)) return key;
    passedOver.add(key);
  }
  return passedOver.size > 0 ? UNNUMBERED_TOP : parentKey;
}

// a label titles a line or two under it; a section says more
const MAX_LABEL_BODY_LINES = 2;
// unnumbered titles this many, and twice the labels, are the document's sections
const MIN_PLAIN_SECTIONS = 5;

/**
 * True when the headings of `key` are labels inside sections titled without numbers ("[회원 가입 - 필수]" over one
 * line of items, under "처리하는 개인정보 항목 >"): the unnumbered titles are five or more and twice as many, and
 * each label heads a line or two.
 */
function labelsAmongPlainTitles(
  headings: readonly Heading[],
  key: string,
  keyOf: (heading: Heading) => string,
  lines: readonly string[],
): boolean {
  const plain = headings.filter((heading) => heading.isTitle && heading.style === "plain").length;
  const own = headings.filter((heading) => keyOf(heading) === key).length;
  if (plain < MIN_PLAIN_SECTIONS || plain < own * 2) return false;
  return headings.every((heading, at) => {
    if (keyOf(heading) !== key) return true;
    const end = (headings[at + 1]?.line ?? lines.length + 1) - 1;
    let body = 0;
    for (let line = heading.line + 1; line <= end; line++) if (!isBlank(lines[line - 1])) body++;
    return body <= MAX_LABEL_BODY_LINES;
  });
}

/** The numbered heading before `at` that the sub-section at `at` names as its parent ("II." for "II-1."), if any. */
function numberedParent(headings: readonly Heading[], at: number): Heading | undefined {
  const parent = subSectionParent(headings[at].marker);
  if (parent === null) return undefined;
  for (let before = at - 1; before >= 0; before--) {
    const heading = headings[before];
    if (heading.style !== "decimal-sub" && heading.style !== "decimal-sub-sub" && heading.number === parent) return heading;
  }
  return undefined;
}

// the closing lines of a policy, not a section of it: "＜부칙＞", "【 공고일자 】"
const CLOSING_TITLE = /^(?:부\s*칙|공\s*고(?:\s*일\s*자?)?)(?![가-힣])/;

/**
 * True for the policy's own title (its first heading, naming the policy) and its closing 부칙 or 공고 line: they
 * frame the articles and are no level over them, even set in the same brackets or glyph ("[ 개인정보 처리방침 ]"
 * … "[부칙]"), so they do not make their style the top level. Markdown says its levels outright.
 */
function framesTheArticles(heading: Heading, key: string, headings: Heading[]): boolean {
  if (key.startsWith("md")) return false;
  return (heading === headings[0] && POLICY_NAME.test(heading.title)) || CLOSING_TITLE.test(heading.title.trim());
}

const UNNUMBERED_TOP = "plain:flush";
// "파기 절차: 보유기간이 지난 …": a short label, a colon and its value, as a list item reads
const LABEL_FIRST = /^[^:：.。]{1,20}[:：]\s*\S/;

/**
 * True when the headings of one numbered style are lists inside the document's unnumbered sections ("[2] 처리하는
 * 개인정보의 항목" over " 1. 회원 가입 시: …"): every one stands under such a section, each run of them starts at 1
 * inside one section, and either they start over in more than one run, or the one run is indented or written
 * "label: body" inside sections that outnumber it, or stands under a title that ends in a colon. Those sections, flush and read as titles, are then what runs
 * through the document; a numbered style that itself runs through it (1 … 10, one run) stays the top level.
 */
function listsInsideSections(headings: Heading[], key: string, keyOf: (heading: Heading) => string, lines: readonly string[]): boolean {
  const firstText = lines.findIndex((text) => !isBlank(text)) + 1;
  const isSection = (heading: Heading) =>
    heading.style === "plain" && heading.isTitle && heading.line !== firstText && keyOf(heading) === UNNUMBERED_TOP;
  let section = -1;
  let sections = 0;
  // the sections whose title ends in a colon: what follows is announced as their body
  const announcing = new Set<number>();
  const items: { heading: Heading; section: number }[] = [];
  for (const heading of headings) {
    if (isSection(heading)) {
      section = ++sections;
      if (titleBeforeColon(lines[heading.line - 1]) !== null) announcing.add(section);
    } else if (keyOf(heading) === key) {
      if (section < 0) return false;
      items.push({ heading, section });
    }
  }
  // a list that opens under titles ending in a colon is what they announce, numbered or not ("▶ …" under "목적:")
  if (items.length > 0 && items.every((item) => announcing.has(item.section))) return true;
  if (items.some((item) => item.heading.number === null)) return false;
  const runs: (typeof items)[] = [];
  items.forEach((item, at) => {
    if (at === 0 || item.heading.number! <= items[at - 1].heading.number!) runs.push([item]);
    else runs[runs.length - 1].push(item);
  });
  const inOneSection = (run: typeof items) => run.every((item) => item.section === run[0].section);
  if (!runs.every((run) => run[0].heading.number === 1 && inOneSection(run))) return false;
  if (runs.length >= 2) return true;
  const indented = items.every(({ heading }) => startsIndented(lines[heading.line - 1]));
  const labelled = items.filter(({ heading }) => LABEL_FIRST.test(lines[heading.line - 1].slice(heading.titleColumn - 1))).length;
  // one short run among many more unnumbered titles ("1." to "4." under "PURPOSE", beside a dozen such titles) is a
  // list in one of them
  if (sections > items.length * 2) return true;
  return sections >= items.length && (indented || labelled * 2 > items.length);
}

// headings that may group articles as 제N장 does: "Ⅰ.", "PART 1", "[개인정보의 수집]", a Markdown or HTML heading
const GROUP_STYLES = new Set<NumberingStyle>(["chapter", "roman", "english-article", "bracket", "markdown"]);
// the numbering of what they group: the styles sections are numbered in, not list items (①, 가., •)
const ARTICLE_STYLES = new Set<NumberingStyle>([
  "article",
  "english-article",
  "decimal",
  "zero-padded",
  "decimal-paren",
  "paren-decimal",
  "bracket-decimal",
  "bar-decimal",
  "hyphen-decimal",
  "section-sign",
  "ordinal",
]);

/**
 * Marks the headings that group articles numbered straight through them, as 제N장 groups 제N조: "Ⅰ. 처리 목적 및
 * 항목" over "1." to "3.", "Ⅱ. 파기 및 권리" over "4." to "6.". The articles are then the policy's sections, and the
 * group is a chapter over them (see Heading.grouping). Numbers that start again under each heading are lists
 * inside sections, and a numbering that runs on before the first group is not what the groups hold.
 */
function markGroupings(headings: Heading[], keyOf: (heading: Heading) => string): void {
  const groupKeys = new Set<string>();
  for (const heading of headings) if (heading.isTitle && GROUP_STYLES.has(heading.style)) groupKeys.add(keyOf(heading));
  for (const groupKey of groupKeys) {
    const articleKey = openingKey(headings, groupKey, keyOf);
    if (articleKey === null || !outranks(groupKey, articleKey)) continue;
    const groups: { group: Heading; articles: Heading[] }[] = [];
    for (const heading of headings) {
      const key = keyOf(heading);
      if (key === groupKey && heading.isTitle) groups.push({ group: heading, articles: [] });
      else if (key === articleKey) {
        if (groups.length === 0) break;
        groups[groups.length - 1].articles.push(heading);
      }
    }
    // runs of groups whose articles go on numbering through them ("Ⅱ." opens at "4."; a number skipped or used
    // twice is numbering's finding). A numbering that starts again at 1 begins another run: under every group,
    // lists inside sections; once, another part (an English translation, an appendix)
    const runs: (typeof groups)[] = [];
    for (const entry of groups) {
      if (entry.articles.length === 0) continue;
      const run = runs.at(-1);
      if (run && entry.articles[0].number !== 1) run.push(entry);
      else runs.push([entry]);
    }
    const straight = runs.filter((run) => run.length >= 2);
    const articles = straight.flat().flatMap((entry) => entry.articles);
    // a group holds articles, more of them than there are groups: sub-headings inside the articles ("파기 절차",
    // "파기 방법" under "1. 파기") are more than the articles they follow
    if (
      straight.length === 0 ||
      articles.length <= groups.length ||
      articles.filter((article) => article.isTitle).length * 2 < articles.length
    )
      continue;
    // the groups with no article under them ("Ⅴ. 부칙") are of the same kind as the others
    const grouping = new Set(straight.flat().map((entry) => entry.group));
    for (const { group, articles: held } of groups) if (held.length === 0 || grouping.has(group)) group.grouping = "chapter";
    for (const article of articles) article.grouping = "article";
    return;
  }
}

/**
 * Markup headings of one depth numbered Ⅰ./Ⅱ. among others numbered 제N조 (a government site gives both <h4>, the
 * groups a class of their own): the Roman ones group the articles after them, as chapters do, where each opens a
 * run of articles and the articles outnumber them.
 */
function markRomanGroupsAtArticlesDepth(headings: Heading[]): void {
  const depths = new Set(
    headings.filter((heading) => heading.style === "markdown" && heading.numbering === "roman").map((heading) => heading.marker.length),
  );
  for (const depth of depths) {
    const level = headings.filter(
      (heading) => heading.style === "markdown" && heading.marker.length === depth && heading.grouping === undefined,
    );
    const groups = level.filter((heading) => heading.numbering === "roman" && heading.isTitle);
    const articles = level.filter((heading) => heading.numbering === "article");
    if (groups.length < 2 || articles.length <= groups.length) continue;
    // every group but the last opens on an article; the articles stand after the first group
    const opensOnArticle = (group: Heading) => level[level.indexOf(group) + 1]?.numbering === "article";
    if (!groups.slice(0, -1).every(opensOnArticle) || articles[0].line < groups[0].line) continue;
    for (const group of groups) group.grouping = "chapter";
    for (const article of articles) article.grouping = "article";
  }
}

/** False when a group's headings stand below its articles': a deeper Markdown level, or indented over flush lines. */
function outranks(groupKey: string, articleKey: string): boolean {
  if (groupKey.startsWith("md") && articleKey.startsWith("md")) return Number(groupKey.slice(2)) < Number(articleKey.slice(2));
  return !(groupKey.endsWith(":indented") && articleKey.endsWith(":flush"));
}

/** The key of the numbered headings that most often open a group's body: the first one after each group heading. */
function openingKey(headings: Heading[], groupKey: string, keyOf: (heading: Heading) => string): string | null {
  const counts = new Map<string, number>();
  let open = false;
  for (const heading of headings) {
    const key = keyOf(heading);
    if (key === groupKey) open = heading.isTitle;
    else if (open && heading.number !== null && ARTICLE_STYLES.has(heading.numbering ?? heading.style)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      open = false;
    }
  }
  let best: string | null = null;
  for (const [key, count] of counts) if (count >= 2 && (best === null || count > counts.get(best)!)) best = key;
  return best;
}

/** "(… 운영·관리 방침)" → "(… 운영·관리 방침": a closing bracket at the title's end (a loop: no pattern anchored at the end). */
function withoutClosingBracket(title: string): string {
  const trimmed = title.trim();
  return ")]】>".includes(trimmed.at(-1) ?? "") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/**
 * The title of another policy published after this one on the same page ("Part B. 영상정보처리기기 운영·관리 방침"),
 * standing apart from the policy's sections, with its own articles numbered from 1 again after it while the
 * policy's had gone past 1. Its articles are its parts: the video devices' "3. 관리책임자" is not the privacy
 * policy's section 3, nor its DPO section.
 */
const titlesCompanion = (heading: Heading) => heading.isTitle && COMPANION_POLICY_NAME.test(withoutClosingBracket(heading.title));

function companionPolicyHeading(headings: Heading[], keyOf: (heading: Heading) => string, topKey: string | null): Heading | null {
  if (topKey === null) return null;
  const at = headings.findIndex((heading) => keyOf(heading) !== topKey && titlesCompanion(heading));
  if (at < 0) return null;
  const before = headings.slice(0, at).filter((heading) => keyOf(heading) === topKey && heading.number !== null);
  const next = headings.slice(at + 1).find((heading) => keyOf(heading) === topKey);
  if (!next || next.number !== 1 || !before.some((heading) => heading.number! >= 2)) return null;
  return headings[at];
}

// a policy of this many sections before the companion's title, at least, has ended when the companion begins
const MIN_SECTIONS_BEFORE_COMPANION = 3;

/**
 * The title of another policy published after this one, in a policy whose sections are unnumbered titles of the
 * same kind as it ("보유 기간:", …, "고정형 영상정보처리기기 운영·관리 방침", "관리책임자:", …): the titles after it are
 * its parts, with no numbering to tell them apart.
 */
function unnumberedCompanionHeading(headings: Heading[], keyOf: (heading: Heading) => string, topKey: string | null): Heading | null {
  const at = headings.findIndex(
    (heading, index) =>
      index >= MIN_SECTIONS_BEFORE_COMPANION &&
      heading.number === null &&
      (topKey === null || keyOf(heading) === topKey) &&
      titlesCompanion(heading),
  );
  if (at < 0 || at === headings.length - 1) return null;
  // (a policy of unnumbered titles alone has no top style of its own: the companion's is the sections')
  const key = keyOf(headings[at]);
  return headings.slice(0, at).filter((heading) => keyOf(heading) === key).length >= MIN_SECTIONS_BEFORE_COMPANION ? headings[at] : null;
}

interface StackEntry {
  key: string;
  section: Section;
}

/** The index of the first entry with `key`, -1 for none. */
function indexOfKey(entries: readonly StackEntry[], key: string): number {
  for (let at = 0; at < entries.length; at++) if (entries[at].key === key) return at;
  return -1;
}

/** A bullet that is no title (a sentence, a note) starting at or right of `column`: it holds no title after it. */
const isListedSentence = (heading: Heading, column: number) => heading.style === "bullet" && !heading.isTitle && heading.column >= column;

export function buildSections(headings: Heading[], lines: readonly string[]): { sections: Section[]; allSections: Section[] } {
  const isIndented = (line: number) => startsIndented(lines[line - 1]);
  // every pass below asks each heading's key, most of them several times: each is made once
  const styleKeys = new Map(headings.map((heading) => [heading, levelKey(heading, lines, isIndented)]));
  const styleKey = (heading: Heading) => styleKeys.get(heading)!;
  markGroupings(headings, styleKey);
  markRomanGroupsAtArticlesDepth(headings);
  // the articles a grouping heading holds are the sections: the groups are chapters over them, not the level
  const topKey = topLevelKey(
    headings.filter((heading) => heading.grouping !== "chapter"),
    styleKey,
    lines,
  );
  const isMarkdown = topKey?.startsWith("md") ?? false;
  const markdownDepth = (key: string) => Number(key.slice(2));
  // lists numbered like the sections they sit in are a level below them
  // (Markdown says its depth outright)
  const topNumbered = isMarkdown ? [] : headings.filter((heading) => heading.number !== null && styleKey(heading) === topKey);
  // a companion policy's articles, numbered from 1 again after its title, are its own run, not a list in the section
  // before it
  const numberedCompanion = companionPolicyHeading(headings, styleKey, topKey);
  // in a policy of unnumbered titles, the companion's title is one of them, and so are its parts after it: it holds
  // the rest of the page
  const companion = numberedCompanion ?? unnumberedCompanionHeading(headings, styleKey, topKey);
  const holdsRest = companion !== null && numberedCompanion === null;
  const runs = companion
    ? [topNumbered.filter((heading) => heading.line < companion.line), topNumbered.filter((heading) => heading.line > companion.line)]
    : [topNumbered];
  // (a marker that carries its parent's number, "2-1." or "제2장 제1절", restarts under each parent: no list)
  const nested = runs.flatMap((run) =>
    run.every(carriesParentNumber)
      ? run.map(() => false)
      : nestedListItems(run.map((heading) => ({ number: heading.number!, isTitle: heading.isTitle }))),
  );
  const listItems = new Set(topNumbered.filter((_, index) => nested[index]));
  const keyOf = (heading: Heading) => (listItems.has(heading) ? `${topKey}:list` : styleKey(heading));

  const allSections: Section[] = [];
  const sections: Section[] = [];
  let stack: StackEntry[] = [];
  let companionEntry: StackEntry | null = null;
  let articles: number | undefined;
  const articleCount = () => (articles ??= headings.filter(isArticle).length);
  // a chapter (제N장) groups the sections after it and is numbered apart from them: it starts afresh at the
  // top, and a section of the top style starts afresh under the chapter it is in (in Markdown, a chapter
  // heading of the same depth groups only articles, where there are articles: "## 부칙" after "## 제12장 …"
  // is the chapter's sibling, and so is one "## 제13조" among chapters). (Functions taking the heading and its
  // key: closures over the loop's variables would allocate their context for every heading.)
  const groupingEntries = (entries: StackEntry[], heading: Heading, key: string) =>
    entries.filter(
      (entry) =>
        isChapter(entry.section.heading) &&
        (!isMarkdown || markdownDepth(entry.key) < markdownDepth(key) || (isArticle(heading) && articleCount() >= 2)),
    );
  const shallowerEntries = (entries: StackEntry[], depth: number) =>
    entries.filter((entry) => entry.key.startsWith("md") && markdownDepth(entry.key) < depth);
  for (const heading of headings) {
    const key = keyOf(heading);
    const chapter = isChapter(heading);
    if (companionEntry && key === companionEntry.key && !holdsRest) companionEntry = null;
    if (chapter || key === topKey) stack = chapter || topKey?.startsWith("chapter") ? [] : groupingEntries(stack, heading, key);
    // Markdown depth decides nesting directly; a heading above the section level is top level
    else if (isMarkdown && key.startsWith("md")) stack = shallowerEntries(stack, markdownDepth(key));
    else {
      const at = indexOfKey(stack, key);
      if (at >= 0) stack = stack.slice(0, at);
    }
    // the companion policy's own articles are its parts, below it; the companion itself stands at the top
    if (companionEntry && !stack.includes(companionEntry)) stack.unshift(companionEntry);
    if (heading === companion) stack = [];
    // a title is no part of a sentence or note set as a list item before it ("※ 이 문서는 …" over "1. 수집 목적"),
    // unless it is indented under it
    if (heading.isTitle)
      while (stack.length > 0 && isListedSentence(stack[stack.length - 1].section.heading, heading.column)) stack = stack.slice(0, -1);
    const parent = stack.length > 0 ? stack[stack.length - 1].section : null;
    const section: Section = { heading, level: stack.length + 1, startLine: heading.line, endLine: heading.line, children: [], parent };
    if (parent) parent.children.push(section);
    else sections.push(section);
    allSections.push(section);
    stack.push({ key, section });
    if (heading === companion) companionEntry = stack[stack.length - 1];
  }

  let lastTextLine = lines.length;
  while (lastTextLine > 0 && isBlank(lines[lastTextLine - 1])) lastTextLine--;
  allSections.forEach((section, index) => {
    let end = lastTextLine;
    for (let next = index + 1; next < allSections.length; next++) {
      if (allSections[next].level <= section.level) {
        // a number on a line of its own, or a translated title, above the next title belongs to that heading, not to this body
        end = firstLineOf(allSections[next].heading) - 1;
        break;
      }
    }
    while (end > section.startLine && isBlank(lines[end - 1])) end--;
    section.endLine = Math.max(end, section.startLine);
  });
  return { sections, allSections };
}
