// Section structure: gaps and duplicates in numbering, cross-references and a TOC that do not match the body.
import type { Report, Rule } from "../src/runtime/rule.js";
import type { NumberingStyle, PolicyDocument, Section } from "../src/parse/model.js";
import { bodyLines, documentStart, lineRange, matchRange, titleTopics, type Topic } from "../src/runtime/query.js";
import { outlineLooksUnread } from "../src/runtime/structure.js";
import { isContinuation, joinedFrom, locate } from "../src/runtime/wraps.js";
import { CHAPTER_IN_MARKER, articleBranch, hangulOrdinal, isArticle, isChapter, parseMarker } from "../src/parse/headings.js";
import { matchesOf } from "../src/runtime/extract.js";

/** The numbering style of a table-of-contents line. */
// an entry's numbering: its own where the parser read it (entries written along one line), else its line's marker
const tocStyle = (document: PolicyDocument, entry: { line: number; style?: NumberingStyle }) =>
  entry.style ?? parseMarker(document.plain[entry.line - 1] ?? "")?.style;

// "『1. 개인정보 수집 및 이용목적』", “자. 개인정보파기절차 및 방법”, 제1조(개인정보의 처리 목적)
// the quoted title starts and ends with a non-space: one way to split the spaces around it
const QUOTED_REFERENCE = /["“『「'‘]\s*(\d{1,2}|[가-하])\s*\.\s*([^"”』」'’\s][^"”』」'’]{0,38}[^"”』」'’\s])\s*["”』」'’]/g;
const ARTICLE_REFERENCE = /제\s*(\d{1,2})\s*조\s*[(（]([^)）]{2,40})[)）]/g;
// in a policy whose sections are numbered in English ("Section 11. 쿠키"), a reference written so: "Section 10(자동화된
// 결정)", "Article 4 (보유 기간)"
const ENGLISH_REFERENCE = /(?:Section|SECTION|Article|ARTICLE|Art\.)\s{0,2}(\d{1,2})\s{0,2}[(（]([^)）]{2,40})[)）]/g;
// a character every reference holds: its opening quote (QUOTED_REFERENCE) or the 조 of an article (ARTICLE_REFERENCE)
const REFERENCE_OPENING = /["“『「'‘조]/;
const ENGLISH_OPENING = /Section|SECTION|Article|ARTICLE|Art\./;
const SIMILAR = 0.6;
// titles are compared with many others: their bigrams are kept (a bounded memo, cleared when full)
const bigramMemo = new Map<string, Float64Array>();
const BIGRAM_MEMO_SIZE = 2048;

// "개인정보" is in most titles and "본 방침" means the policy: neither tells two sections apart
const normalise = (text: string) => text.replace(/개인\s*정보|^본\s*|[\s·ㆍ・,./\-()（）'"의및과와]/g, "");

/** A title's character bigrams, each as a number (its two UTF-16 code units), in ascending order. */
function bigramsOf(text: string): Float64Array {
  let bigrams = bigramMemo.get(text);
  if (!bigrams) {
    if (bigramMemo.size >= BIGRAM_MEMO_SIZE) bigramMemo.clear();
    const clean = normalise(text);
    bigrams = new Float64Array(Math.max(clean.length - 1, 0));
    for (let i = 0; i < clean.length - 1; i++) bigrams[i] = clean.charCodeAt(i) * 0x10000 + clean.charCodeAt(i + 1);
    bigrams.sort();
    bigramMemo.set(text, bigrams);
  }
  return bigrams;
}

/** A title as it is compared with many others: its bigrams, and the statutory items it names once asked. */
interface ComparedTitle {
  text: string;
  bigrams: Float64Array;
  topics?: Topic[];
}

const comparedTitle = (text: string): ComparedTitle => ({ text, bigrams: bigramsOf(text) });
const topicsOf = (title: ComparedTitle): Topic[] => (title.topics ??= titleTopics(title.text));

/**
 * Share of the shorter title's character bigrams found in the longer one: 1 for the same title or a
 * shortened one ("수집 항목 및 방법" in "수집하는 개인정보 항목 및 수집방법"), low for another section's title.
 * A bigram the two share counts as often as the title with fewer of it has it (one walk through both sorted lists).
 */
export function titleSimilarity(a: string, b: string): number {
  return similarity(comparedTitle(a), comparedTitle(b));
}

function similarity(a: ComparedTitle, b: ComparedTitle): number {
  const left = a.bigrams;
  const right = b.bigrams;
  if (left.length === 0 || right.length === 0) return normalise(a.text) === normalise(b.text) ? 1 : 0;
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length;) {
    if (left[i] === right[j]) {
      shared++;
      i++;
      j++;
    } else if (left[i] < right[j]) i++;
    else j++;
  }
  return shared / Math.min(left.length, right.length);
}

/**
 * True when a short title (a TOC entry, a cross-reference) names the section titled `full`: by its words, or by
 * the statutory item both name ("쿠키" for "자동 수집 장치의 설치·운영 및 거부", "맡기는 업무" for "처리업무의 위탁").
 */
function namesSection(short: string, full: string): boolean {
  return namesTitle(comparedTitle(short), comparedTitle(full));
}

const ASIDE = /\s{0,2}[(（][^()（）]{2,60}[)）]/g;

/** namesSection for titles read once: a table of contents compares each entry with every section. */
function namesTitle(short: ComparedTitle, full: ComparedTitle): boolean {
  if (similarity(short, full) >= SIMILAR) return true;
  // an entry that lists what its section holds in brackets ("기타 (쿠키, 영상정보처리기기, 아동)") names it by the
  // words outside them ("기타 안내")
  const bare = /[(（]/.test(short.text) ? short.text.replace(ASIDE, " ").trim() : "";
  if (bare.length >= 2 && similarity(comparedTitle(bare), full) >= SIMILAR) return true;
  const named = topicsOf(short);
  if (named.length === 0) return false;
  const fullTopics = topicsOf(full);
  return named.every((topic) => fullTopics.includes(topic));
}

/** The branch of an inserted article: "2" for "제9조의2" (or "## 제9조의2 …"), null for an article of its own number. */
function branchOf(document: PolicyDocument, section: Section): string | null {
  const { style, numbering } = section.heading;
  if (style !== "article" && numbering !== "article") return null;
  return articleBranch(label(document, section));
}

/** How a section's number reads: "제3조", "3.", "가." (a Markdown heading shows its inner number). */
function label(document: PolicyDocument, section: Section): string {
  const { heading } = section;
  // the marker as the file writes it ("３．"), which the parser reads as ASCII, one code unit for one
  if (heading.style !== "markdown")
    return (
      (document.lines[(heading.markerLine ?? heading.line) - 1] ?? "").slice(
        heading.column - 1,
        heading.column - 1 + heading.marker.length,
      ) || heading.marker
    );
  return parseMarker(document.plain[section.startLine - 1] ?? "")?.marker ?? `${section.heading.number}.`;
}

/**
 * The numbered top-level sections in the style most of them share; chapters (제N장) that group articles
 * are left out, and count only where they are the sections themselves.
 */
function topLevel(document: PolicyDocument): Section[] {
  // the articles chapters group are numbered across chapters: they stand beside the chapters here (what
  // else a chapter holds, where chapters are the sections, is a list inside it, and one article among
  // chapters is a stray)
  const articles = (section: Section) => (isChapter(section.heading) ? section.children.filter((child) => isArticle(child.heading)) : []);
  const groupsArticles = document.sections.flatMap(articles).length >= 2;
  const grouped = groupsArticles ? document.sections.flatMap((section) => [section, ...articles(section)]) : document.sections;
  const titled = grouped.filter((section) => section.heading.number !== null && section.heading.isTitle);
  const withoutChapters = titled.filter((section) => !isChapter(section.heading));
  // one section among chapters is a stray, not the level the policy is numbered at
  const numbered = withoutChapters.length >= 2 ? withoutChapters : titled;
  const counts = new Map<string, number>();
  for (const section of numbered) counts.set(styleOf(section), (counts.get(styleOf(section)) ?? 0) + 1);
  const style = [...counts.entries()].reduce<[string, number] | null>(
    (best, entry) => (!best || entry[1] > best[1] ? entry : best),
    null,
  )?.[0];
  return numbered.filter((section) => styleOf(section) === style);
}

// a Markdown heading numbered N-M or N.M is a sub-article inserted under "## N.", as the same line in plain text
// is, not the next top-level number
const SUB_NUMBERINGS = new Set(["decimal-sub", "decimal-sub-sub"]);
const styleOf = ({ heading }: Section) =>
  heading.style === "markdown" && SUB_NUMBERINGS.has(heading.numbering ?? "") ? "markdown-sub" : heading.style;

// the part a heading's marker says it belongs to: the 2 of "제2장 제1절" and of "2-1."
const PART_IN_MARKER = /^(?:제[ \t]{0,2}(\d{1,2})[ \t]{0,2}장[ \t]|(\d{1,2})[-.]\d)/;

// a table's caption that numbers it as the section it stands for ("표 3. 개인정보의 처리 및 보유 기간", "<표 4>")
const CAPTION_NUMBER = /^[<[〈【(]?[ \t]{0,2}표[ \t]{0,2}(\d{1,2})(?![\d-])/;

/**
 * True when every number skipped between two sections ("제1장" then "제7장") is written as the part of the headings
 * between them ("제2장 제1절" … "제6장 제2절"): the chapters are there, in their sections' markers. So are numbers
 * a policy gives its sections as table captions between sections in the first cells of tables ("| 2. 처리 항목 |",
 * "표 3. 보유 기간", "표 4. 제3자 제공", "| 5. 처리 위탁 |").
 */
function partsBetweenWritten(document: PolicyDocument, previous: Section, current: Section): boolean {
  const written = new Set<number>();
  for (const { heading, startLine } of document.allSections) {
    if (startLine <= previous.startLine || startLine >= current.startLine) continue;
    const part = PART_IN_MARKER.exec(heading.marker);
    if (part) written.add(Number(part[1] ?? part[2]));
    const caption = heading.number === null ? CAPTION_NUMBER.exec(heading.title) : null;
    if (caption) written.add(Number(caption[1]));
  }
  for (let number = (previous.heading.number ?? 0) + 1; number < (current.heading.number ?? 0); number++)
    if (!written.has(number)) return false;
  return written.size > 0;
}

// "고등교육법 시행령 제4조(학칙)" cites another law's article, not one of the policy's own
const CITED_LAW_BEFORE = /(법|법률|령|규칙|규정|조례|고시|지침|기준|약관|동법|같은\s{0,2}법)[ \t]{0,3}[」』》>]?[ \t]{0,3}$/;

interface TocEntryRead {
  line: number;
  number: number | null;
  title: string;
  style?: NumberingStyle;
}

/**
 * The entries and body sections that line up, in order, by title: the longest run of entries each of which
 * names the body section it stands against (an LCS). One section left out of the TOC, or one the body skips or
 * renumbers, leaves the rest aligned whatever their numbers, so it is one finding and not one per later entry.
 */
function alignByTitle(entries: readonly TocEntryRead[], sections: readonly Section[]): Map<number, number> {
  const rows = entries.length + 1;
  const columns = sections.length + 1;
  // each pair is compared once: the walk back through the table asks again along its path
  const compared = new Int8Array(rows * columns).fill(-1);
  const entryTitles = entries.map((entry) => comparedTitle(entry.title));
  const sectionTitles = sections.map((section) => comparedTitle(section.heading.title));
  const same = (entry: number, section: number) => {
    const at = entry * columns + section;
    if (compared[at] < 0) compared[at] = namesTitle(entryTitles[entry], sectionTitles[section]) ? 1 : 0;
    return compared[at] === 1;
  };
  const longest = new Int32Array(rows * columns);
  for (let entry = entries.length - 1; entry >= 0; entry--)
    for (let section = sections.length - 1; section >= 0; section--)
      longest[entry * columns + section] = same(entry, section)
        ? longest[(entry + 1) * columns + section + 1] + 1
        : Math.max(longest[(entry + 1) * columns + section], longest[entry * columns + section + 1]);
  const aligned = new Map<number, number>();
  for (let entry = 0, section = 0; entry < entries.length && section < sections.length;) {
    if (same(entry, section) && longest[entry * columns + section] === longest[(entry + 1) * columns + section + 1] + 1)
      aligned.set(entry++, section++);
    else if (longest[(entry + 1) * columns + section] >= longest[entry * columns + section + 1]) entry++;
    else section++;
  }
  return aligned;
}

/**
 * What a table of contents gets wrong against the body, once per defect: an entry listed out of the body's
 * order, an entry that the body titles otherwise (paired with the unaligned section in its place), an entry
 * the body does not have, and a body section the TOC leaves out.
 */
function tocProblems(document: PolicyDocument, entries: readonly TocEntryRead[], sections: readonly Section[]): Report[] {
  const problems: Report[] = [];
  if (entries.length === 0) return problems;
  // titles without numbers (a Markdown file's list of links to its headings) are compared by title alone: an entry
  // that no heading of the body names is missing from it
  if (entries.every((entry) => entry.number === null)) {
    for (const entry of entries)
      if (!document.allSections.some((section) => section.heading.isTitle && namesSection(entry.title, section.heading.title)))
        problems.push({ messageId: "tocEntryMissing", range: lineRange(document, entry.line), data: { entry: entry.title } });
    return problems;
  }
  if (sections.length === 0) return problems;
  const aligned = alignByTitle(entries, sections);
  const alignedSections = new Set(aligned.values());
  const accounted = new Set<number>(alignedSections);
  const resembles = (entry: TocEntryRead, section: Section) => namesSection(entry.title, section.heading.title);
  // entries numbered another way (가., 나.) than the body (1., 2.) are compared by title only
  const numberedAsBody = (entry: TocEntryRead) => tocStyle(document, entry) === sections[0].heading.style;
  // a number the body skips between its first and last section is the gap's finding: the entry it drops is that defect
  const bodyNumbers = sections.flatMap((section) => (section.heading.number === null ? [] : [section.heading.number]));
  const skippedByBody = (number: number) =>
    !bodyNumbers.includes(number) && number > Math.min(...bodyNumbers) && number < Math.max(...bodyNumbers);
  entries.forEach((entry, index) => {
    if (aligned.has(index) || entry.number === null) return;
    // the body sections between this entry's aligned neighbours: where it stands in the body
    let from = 0;
    for (let before = index - 1; before >= 0; before--)
      if (aligned.has(before)) {
        from = aligned.get(before)! + 1;
        break;
      }
    let to = sections.length;
    for (let after = index + 1; after < entries.length; after++)
      if (aligned.has(after)) {
        to = aligned.get(after)!;
        break;
      }
    const elsewhere = sections.findIndex((section, at) => !alignedSections.has(at) && resembles(entry, section));
    if (elsewhere >= 0) {
      accounted.add(elsewhere);
      if (!numberedAsBody(entry)) return;
      const section = sections[elsewhere];
      problems.push({
        messageId: "tocOrder",
        range: lineRange(document, entry.line),
        data: { entry: entry.title, number: label(document, section) },
      });
      return;
    }
    // a section that is not top-level ("부칙", a sub-section) may be what the entry names
    if (document.allSections.some((section) => section.heading.isTitle && resembles(entry, section))) return;
    const inPlace = sections.findIndex((_, at) => at >= from && at < to && !accounted.has(at));
    if (inPlace >= 0) {
      accounted.add(inPlace);
      const section = sections[inPlace];
      problems.push({
        messageId: "tocMismatch",
        range: lineRange(document, entry.line),
        data: { entry: entry.title, number: label(document, section), actual: section.heading.title },
      });
    } else if (!skippedByBody(entry.number)) {
      problems.push({ messageId: "tocEntryMissing", range: lineRange(document, entry.line), data: { entry: entry.title } });
    }
  });
  // a TOC that lists most sections should list them all (one that lists a few is a summary, not the outline)
  if (aligned.size * 2 < sections.length) return problems;
  // only between sections it lists: a preface before them or an addendum after them is often left out of a TOC
  const first = Math.min(...alignedSections);
  const last = Math.max(...alignedSections);
  sections.forEach((section, at) => {
    if (accounted.has(at) || at < first || at > last) return;
    problems.push({
      messageId: "sectionNotInToc",
      range: lineRange(document, section.heading.line),
      data: { number: label(document, section), title: section.heading.title },
    });
  });
  return problems;
}

export const numbering: Rule = {
  meta: {
    id: "numbering",
    severity: "warning",
    statute: "개인정보 처리방침 작성지침(가독성), 개인정보 보호법 제30조의2",
    title: { ko: "조항 번호와 구성", en: "Section numbering and structure" },
    description: {
      ko: "조항 번호의 빠짐·중복(제9조 다음 제11조), 번호와 제목이 맞지 않는 상호 참조('5. 개인정보의 보유 및 이용기간'이라 했으나 5는 제3자 제공), 본문과 다른 목차, 다른 문서에서 섞여 들어온 조항(처리방침 중간의 약관 '제11조')을 경고합니다. HTML 목록이 번호를 잃어 모두 '1.'로 보이는 경우는 문제 삼지 않습니다.",
      en: "Warns on gaps and duplicates in section numbers (Article 9 followed by Article 11), cross-references whose number and title do not match ('see 5. retention' when section 5 is third-party provision), a table of contents that differs from the body, and an article pasted in from another document. Lists that all read '1.' because an HTML list lost its numbers are not reported.",
    },
    example: {
      ko: "제1조 (처리 목적) … 제2조 (처리 항목) … 제3조 (보유 기간) — 상호 참조는 '제3조(보유 기간)'처럼 번호와 제목이 맞게",
      en: "Art. 1, Art. 2, Art. 3 in sequence; cross-references such as 'Art. 3 (Retention)' name the right article",
    },
    messages: {
      gap: { ko: "조항 번호가 {previous} 다음에 {found}(으)로 건너뜁니다", en: "section numbering jumps from {previous} to {found}" },
      duplicate: { ko: "조항 번호 {found}이(가) 중복됩니다", en: "section number {found} is used twice" },
      strayArticle: {
        ko: "다른 번호 체계의 조항({found})이 섞여 있습니다: 다른 문서에서 옮겨 온 것인지 확인하십시오",
        en: "an article numbered differently ({found}) sits among the sections: was it pasted from another document?",
      },
      crossReference: {
        ko: "'{reference}'을(를) 가리키지만 {number} 조항의 제목은 '{actual}'입니다",
        en: "the reference '{reference}' does not match section {number}, '{actual}'",
      },
      unreadOutline: {
        ko: "이 처리방침의 절 구분을 읽지 못했을 수 있습니다: 항목 제목으로 보이는 줄이 절 제목으로 인식되지 않았으므로 본문 어디에도 언급되지 않은 항목 외에는 '항목 없음' 판정을 하지 않았습니다(policy-lint --outline으로 확인하십시오)",
        en: "the policy's sections may not have been read: lines that look like item titles were not taken for headings, so only items the text never mentions are reported missing (check with policy-lint --outline)",
      },
      tocOrder: {
        ko: "목차의 '{entry}'이(가) 본문의 순서와 다른 자리에 있습니다: 본문에서는 {number} 조항입니다",
        en: "the table of contents lists '{entry}' out of the body's order: in the body it is section {number}",
      },
      tocEntryMissing: {
        ko: "목차의 '{entry}'이(가) 본문에 없습니다",
        en: "the table of contents lists '{entry}', which the body does not have",
      },
      sectionNotInToc: {
        ko: "본문 {number} 조항('{title}')이 목차에 없습니다",
        en: "the body's section {number} ('{title}') is missing from the table of contents",
      },
      tocMismatch: {
        ko: "목차의 '{entry}'이(가) 본문 {number} 조항('{actual}')과 다릅니다",
        en: "the table of contents lists '{entry}' where the body's section {number} is '{actual}'",
      },
    },
  },
  check({ document, report }) {
    // an outline the parser could not read numbers what it took for sections, not the policy's: said once, no more
    if (outlineLooksUnread(document)) return report({ messageId: "unreadOutline", range: documentStart(document), severity: "info" });
    const sections = topLevel(document);
    // every section reading "1." is an HTML list that lost its numbers, not a run of duplicates
    const numbersLost = sections.length >= 2 && sections.every((section) => section.heading.number === 1);
    for (let i = 1; i < sections.length && !numbersLost; i++) {
      const previous = sections[i - 1].heading;
      const current = sections[i].heading;
      if (current.number === previous.number) {
        // "제9조의2" after "제9조" (or "제9조의2"): an article inserted without renumbering the rest
        const branch = branchOf(document, sections[i]);
        if (branch !== null && branch !== branchOf(document, sections[i - 1])) continue;
        report({ messageId: "duplicate", range: lineRange(document, current.line), data: { found: label(document, sections[i]) } });
        // a restart at 1 begins another part (an English translation, an appendix), not a gap
      } else if (
        current.number !== (previous.number ?? 0) + 1 &&
        current.number !== 1 &&
        !partsBetweenWritten(document, sections[i - 1], sections[i])
      ) {
        report({
          messageId: "gap",
          range: lineRange(document, current.line),
          data: { previous: label(document, sections[i - 1]), found: label(document, sections[i]) },
        });
      }
    }
    // sub-sections numbered N-M under one parent ("II-1.", "II-2.", "II-4."): a skipped M is a gap, as at the top
    for (const section of document.allSections) {
      // (every numbered line counts, titled or not: "7.1 고객은 …" sentences number the same run)
      const subs = section.children.filter((child) => child.heading.style === "decimal-sub");
      for (let i = 1; i < subs.length; i++) {
        const previous = subs[i - 1].heading.number ?? 0;
        const current = subs[i].heading.number ?? 0;
        if (current > previous + 1)
          report({
            messageId: "gap",
            range: lineRange(document, subs[i].heading.line),
            data: { previous: label(document, subs[i - 1]), found: label(document, subs[i]) },
          });
      }
    }
    // headings numbered N-M (or N.M) under one parent: a repeated M is a duplicate
    const seenSub = new Map<string, number>();
    for (const section of document.allSections) {
      const heading = section.heading;
      const withChapter = CHAPTER_IN_MARKER.test(heading.marker);
      if (
        !withChapter &&
        heading.style !== "decimal-sub" &&
        !(heading.style === "markdown" && /^\d+[-.]\d+/.test(document.plain[heading.line - 1].trim()))
      )
        continue;
      const key = withChapter
        ? heading.marker.replace(/\s+/g, " ").replace(/\.$/, "")
        : (document.plain[heading.line - 1].trim().match(/^\d+[-.]\d+/)?.[0] ?? heading.marker);
      if (seenSub.has(key)) report({ messageId: "duplicate", range: lineRange(document, heading.line), data: { found: key } });
      seenSub.set(key, heading.line);
    }
    // an article (제N조) among sections numbered another way, not starting at 제1조
    const topStyle = sections[0]?.heading.style;
    if (topStyle && topStyle !== "article") {
      const articles = document.allSections.filter((section) => section.heading.style === "article" && section.heading.isTitle);
      if (articles.length > 0 && articles[0].heading.number !== 1) {
        report({
          messageId: "strayArticle",
          range: lineRange(document, articles[0].startLine),
          data: { found: articles[0].heading.marker },
        });
      }
    }
    // the first section with a number is the one a reference means; a later duplicate is numbering's own finding
    const byNumber = new Map<number | null, Section>();
    for (const section of sections) if (!byNumber.has(section.heading.number)) byNumber.set(section.heading.number, section);
    const inEnglishNumbers = sections.some((section) => (section.heading.numbering ?? section.heading.style) === "english-article");
    for (const { line, text: physical } of bodyLines(document)) {
      // a cross-reference is quoted or names an article; one split by a hard wrap is read from its first line,
      // which holds its opening (tested line by line: most lines hold a 조 or a quote, and a scan of the whole
      // text would only find them one by one)
      const english = inEnglishNumbers && ENGLISH_OPENING.test(physical);
      if ((!english && !REFERENCE_OPENING.test(physical)) || isContinuation(document, line)) continue;
      const joined = joinedFrom(document, line);
      const text = joined.text;
      const references = [
        ...matchesOf(QUOTED_REFERENCE, text),
        // "제3조(…)" opening the line is that article's own heading, not a reference to it
        ...matchesOf(ARTICLE_REFERENCE, text).filter((match) => {
          const before = text.slice(0, match.index);
          return before.trim() !== "" && !CITED_LAW_BEFORE.test(before);
        }),
        ...(english ? matchesOf(ENGLISH_REFERENCE, text).filter((match) => text.slice(0, match.index).trim() !== "") : []),
      ];
      for (const reference of references) {
        const raw = reference[1];
        const number = /\d/.test(raw) ? Number(raw) : hangulOrdinal(raw);
        const target = byNumber.get(number);
        if (!target || target.startLine === line) continue;
        if (!namesSection(reference[2], target.heading.title)) {
          const where = locate(joined, reference.index);
          report({
            messageId: "crossReference",
            range: matchRange(
              where.line,
              where.index,
              Math.min(reference[0].length, (document.plain[where.line - 1] ?? "").length - where.index),
            ),
            data: {
              reference: reference[0].replace(/^["“『「'‘]|["”』」'’]$/g, ""),
              number: label(document, target),
              actual: target.heading.title,
            },
          });
        }
      }
    }
    // the styles chapters are written in: 제N장, and headings that group articles as 제N장 does ("Ⅰ." over "1." …)
    const chapterStyles = new Set<string>(["chapter"]);
    for (const section of document.allSections)
      if (isChapter(section.heading)) chapterStyles.add(section.heading.numbering ?? section.heading.style);
    for (const toc of document.tablesOfContents) {
      // a chapter line in a TOC groups the entries under it; it is compared only where chapters are the sections
      const entries = toc.entries.filter((entry) => {
        const style = tocStyle(document, entry);
        return style === undefined || !chapterStyles.has(style) || (sections[0] !== undefined && isChapter(sections[0].heading));
      });
      for (const problem of tocProblems(document, entries, sections)) report(problem);
    }
  },
};
