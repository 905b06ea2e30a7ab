// Tables of contents: a run of short numbered titles that the body repeats later as real headings.
// Their words must not make a section present, so the parser sets them apart.
import type { NumberingStyle, TableOfContents, TocEntry } from "./model.js";
import {
  LineMarkers,
  MAX_ARTICLE_TITLE_LENGTH,
  articleBranch,
  isTitleText,
  isUnnumberedHeading,
  numberAboveTitle,
  parseMarker,
} from "./headings.js";
import { isBlank, isWhiteSpaceCode } from "./lines.js";

const MIN_ENTRIES = 3;
// an unnumbered entry with its leader and page number fits in this many characters
const MAX_UNNUMBERED_ENTRY_LINE = 120;
const TOC_INTRO = /목\s{0,3}차|차례|다음과\s*같은\s*내용|아래와\s*같(은|이)\s*(내용|구성)|Table of Contents/i;
// a line that is only "목차", "[차례]" or "Contents": a TOC under it may list only some sections, from any number
// tested on the trimmed line, with bounded spaces: runs of \s* on both sides of optional brackets backtrack
// a TOC's own label ("목차", "[차례]", "Contents"), alone on its line or before the entries on one line
const TOC_LABEL = String.raw`[[【<〈(]?\s{0,3}(?:목\s{0,3}차|차\s{0,3}례|(?:Table\s{1,3}of\s{1,3})?Contents)\s{0,3}[\]】>〉)]?`;
const TOC_HEADING = new RegExp(`^${TOC_LABEL}$`, "i");
/** True when `text` is only a TOC's own label: "목차", "[차례]", "Contents". */
export const isTocLabel = (text: string) => TOC_HEADING.test(text.trim());
// entries set side by side on one line: "제1조(목적)  제2조(적용 범위)"
const ENTRY_GAP = /\s{2,}|\t+/;

// a printed TOC's leader: dots, ellipses, middle dots or a rule, spaces between them allowed (as character
// codes: a line is read from its end character by character, and indexing a Korean string allocates)
const LEADER_CODES = new Set([..."．·ㆍ・…‥_-－─."].map((character) => character.charCodeAt(0)));
const ELLIPSIS = "…".charCodeAt(0);
const TWO_DOT_LEADER = "‥".charCodeAt(0);
const SPACE = 0x20;
const TAB = 0x09;
const IDEOGRAPHIC_SPACE = 0x3000;
const MAX_PAGE_DIGITS = 3;
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const isLatinCode = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * "개인정보의 처리 목적 ........ 2" → "개인정보의 처리 목적": a printed TOC's leader and page number ("…… 3", "· · · 4",
 * a tab or a wide gap and "5", "p. 5"), which the body's heading does not repeat. A number that is part of the
 * title ("제28조의2", "v1.2", "제3자 제공 2") stays: only a leader, a tab, a wide gap or "p." sets a page number apart.
 */
export function withoutPageNumber(title: string): string {
  // read from the end: a pattern anchored at $ would be retried from every position
  let digitsEnd = title.length;
  while (digitsEnd > 0 && (title.charCodeAt(digitsEnd - 1) === SPACE || title.charCodeAt(digitsEnd - 1) === TAB)) digitsEnd--;
  // most titles and sentences end in a word or a full stop ("…합니다."): nothing to take off
  const last = title.charCodeAt(digitsEnd - 1);
  const beforeLast = title.charCodeAt(digitsEnd - 2);
  if (!isDigitCode(last) && !(LEADER_CODES.has(last) && (LEADER_CODES.has(beforeLast) || beforeLast === SPACE))) return title;
  let at = digitsEnd;
  while (at > 0 && isDigitCode(title.charCodeAt(at - 1)) && digitsEnd - at <= MAX_PAGE_DIGITS) at--;
  const hasNumber = at < digitsEnd;
  if (hasNumber && (digitsEnd - at > MAX_PAGE_DIGITS || isDigitCode(title.charCodeAt(at - 1)))) return title;
  let pageMark = false;
  if (hasNumber) {
    let before = at;
    while (before > 0 && title.charCodeAt(before - 1) === SPACE) before--;
    // "p. 5", "p.5", "P.5" after a space or a leader, not the end of a word ("step. 5")
    const p = title.charCodeAt(before - 2);
    if (title.charCodeAt(before - 1) === 0x2e && (p === 0x70 || p === 0x50) && !isLatinCode(title.charCodeAt(before - 3))) {
      pageMark = true;
      at = before - 2;
    }
  }
  let leaders = 0;
  let spaces = 0;
  let tab = false;
  for (; at > 0; at--) {
    const code = title.charCodeAt(at - 1);
    if (code === TAB) tab = true;
    else if (code === SPACE || code === IDEOGRAPHIC_SPACE) spaces++;
    else if (LEADER_CODES.has(code)) leaders += code === ELLIPSIS ? 3 : code === TWO_DOT_LEADER ? 2 : 1;
    else break;
  }
  const setApart = hasNumber ? leaders >= 3 || tab || pageMark || spaces >= 2 : leaders >= 3;
  return setApart ? title.slice(0, at).trimEnd() : title;
}

const squeeze = (text: string) => text.replace(/[\s·ㆍ・,.\-()（）[\]【】<>〈〉《》「」『』]/g, "");
// the characters besides white space that squeeze takes out, as codes
const SQUEEZED_PUNCTUATION = new Set([..."·ㆍ・,.-()（）[]【】<>〈〉《》「」『』"].map((character) => character.charCodeAt(0)));
const isSqueezedAway = (code: number) => isWhiteSpaceCode(code) || SQUEEZED_PUNCTUATION.has(code);
// a TOC may leave out the "개인정보(의)" its body's titles open with ("처리 목적" for "개인정보의 처리 목적")
const withoutOpening = (squeezed: string) => squeezed.replace(/^개인정보의?/, "");

interface Candidate {
  line: number;
  style: string;
  number: number | null;
  title: string;
  /** the title without spaces and punctuation, as it is compared */
  squeezed: string;
  /** the entry's last line: the title's, below a number on a line of its own */
  lastLine: number;
  /** further entries on the same line, numbered in the same style */
  more: { number: number; title: string }[];
  /** an article inserted after another with its number ("제9조의2" after "제9조") */
  branch?: boolean;
}

// a mark that may set entries apart along one line: "제1조 목적 / 제2조 항목", "1. 목적 | 2. 항목", "1. 목적 · 2. 항목"
const ENTRY_MARK = /[ \t]{0,3}[/|｜·ㆍ,][ \t]{0,3}/g;

/**
 * "목적 / 제2조 항목 / 제3조 기간" (a line's text after its first number): the text cut before each mark that an
 * entry of `style` follows, numbered higher than the one before; null when no mark is followed by one. A mark
 * inside a title ("수집·이용", "열람, 정정") is followed by no number and stays in the title.
 */
function cutAtEntryMarks(rest: string, style: string, firstNumber: number): string[] | null {
  const segments: string[] = [];
  let from = 0;
  let last = firstNumber;
  for (const mark of rest.matchAll(ENTRY_MARK)) {
    const after = mark.index + mark[0].length;
    const marker = parseMarker(rest.slice(after));
    if (!marker || marker.style !== style || marker.number === null || marker.number <= last) continue;
    segments.push(rest.slice(from, mark.index));
    from = after;
    last = marker.number;
  }
  if (segments.length === 0) return null;
  segments.push(rest.slice(from));
  return segments;
}

/** "제1조(목적)  제2조(적용 범위)": the entries after the first on a line, or null when the rest is not entries. */
function entriesAfter(segments: string[], style: string): { number: number; title: string }[] | null {
  const more: { number: number; title: string }[] = [];
  for (const segment of segments) {
    const marker = parseMarker(segment);
    if (!marker || marker.style !== style || marker.number === null) return null;
    const title = withoutPageNumber((marker.bracketTitle ?? segment.slice(marker.restIndex)).trim());
    if (!isTitleText(title, MAX_ARTICLE_TITLE_LENGTH)) return null;
    more.push({ number: marker.number, title });
  }
  return more;
}

function candidateAt(markers: LineMarkers, index: number): Candidate | null {
  const lines = markers.lines;
  const text = lines[index];
  const line = index + 1;
  // "01" / "처리 목적": a scraped page's number in an element of its own, the title on the next line
  const numbered = numberAboveTitle(lines, index);
  if (numbered) {
    const { marker, title, titleIndex } = numbered;
    return { line, style: marker.style, number: marker.number, title, squeezed: squeeze(title), lastLine: titleIndex + 1, more: [] };
  }
  const marker = markers.at(index);
  // a TOC lists sections and their sub-sections, not a third level ("12.1.2."): such lines are the body's lists
  if (marker?.style === "decimal-sub-sub") return null;
  if (marker && marker.style !== "bullet" && (marker.number !== null || marker.style === "bracket")) {
    let title = withoutPageNumber((marker.bracketTitle ?? text.slice(marker.restIndex)).trim());
    let more: Candidate["more"] = [];
    const rest = withoutPageNumber(text.slice(marker.restIndex).trim());
    // after a title in brackets the next entry may follow at once; after a plain title, after a wide gap
    if (marker.number !== null && rest !== "" && (marker.bracketTitle !== null || ENTRY_GAP.test(rest))) {
      const segments = rest.split(ENTRY_GAP);
      const side = entriesAfter(marker.bracketTitle ? segments : segments.slice(1), marker.style);
      if (side) {
        more = side;
        if (!marker.bracketTitle) title = withoutPageNumber(segments[0]);
      }
    }
    if (marker.number !== null && more.length === 0 && marker.bracketTitle === null) {
      const segments = cutAtEntryMarks(rest, marker.style, marker.number);
      const side = segments && entriesAfter(segments.slice(1), marker.style);
      if (side) {
        more = side;
        title = segments[0].trim();
      }
    }
    if (!isTitleText(title, MAX_ARTICLE_TITLE_LENGTH)) return null;
    const branch = marker.style === "article" && articleBranch(marker.marker) !== null;
    return { line, style: marker.style, number: marker.number, title, squeezed: squeeze(title), lastLine: line, more, branch };
  }
  if (marker) return null;
  if (isUnnumberedHeading(text))
    return { line, style: "plain", number: null, title: text.trim(), squeezed: squeeze(text), lastLine: line, more: [] };
  // "부칙 ........ 17": an unnumbered entry with its leader and page number (a longer line is a sentence)
  if (text.length > MAX_UNNUMBERED_ENTRY_LINE) return null;
  const unnumbered = withoutPageNumber(text);
  if (unnumbered !== text && isUnnumberedHeading(unnumbered))
    return { line, style: "plain", number: null, title: unnumbered.trim(), squeezed: squeeze(unnumbered), lastLine: line, more: [] };
  return null;
}

/**
 * True when `title` reappears after `fromLine` at the start of a line (after its number, if any). The number
 * need not match: a TOC whose order differs from the body's is still a TOC (and a numbering finding).
 */
function reappears(starts: SqueezedStarts, fromLine: number, entry: Candidate): boolean {
  const wanted = entry.squeezed;
  if (wanted.length < 2) return false;
  for (let index = fromLine; index < starts.lines.length; index++) if (starts.startsWith(index, wanted)) return true;
  return false;
}

/**
 * The same, with "개인정보(의)" left out on both sides: only for a list introduced as a TOC ("목차"), where
 * shortened titles are expected; a list in the body ("1. 개인정보 열람요구") would otherwise match its own items.
 */
function reappearsShortened(starts: SqueezedStarts, fromLine: number, entry: Candidate): boolean {
  const wanted = withoutOpening(entry.squeezed);
  if (wanted.length < 2) return false;
  for (let index = fromLine; index < starts.lines.length; index++) if (withoutOpening(starts.at(index)).startsWith(wanted)) return true;
  return false;
}

/** True when at least `needed` entries reappear; stops as soon as the answer is known (each test scans the rest of the text). */
function enoughReappear(run: Candidate[], reappearsLater: (entry: Candidate) => boolean, needed: number): boolean {
  let found = 0;
  for (let at = 0; at < run.length; at++) {
    if (reappearsLater(run[at]) && ++found >= needed) return true;
    if (found + (run.length - at - 1) < needed) return false;
  }
  return false;
}

// a title is short: comparing a line's first 80 characters after its number is enough and keeps long lines cheap
const COMPARED_LENGTH = 80;

/** Each line's text after its number, squeezed, computed when first asked for: lines are compared with many TOC entries. */
class SqueezedStarts {
  readonly lines: readonly string[];
  private readonly squeezed: (string | undefined)[];
  constructor(private readonly markers: LineMarkers) {
    this.lines = markers.lines;
    this.squeezed = new Array(this.lines.length);
  }
  /** Where line `index`'s text starts after its number. */
  private textStart(index: number): number {
    const marker = this.markers.at(index);
    return marker ? marker.markerIndex + marker.marker.length : 0;
  }
  at(index: number): string {
    let start = this.squeezed[index];
    if (start === undefined) {
      const from = this.textStart(index);
      start = squeeze(this.lines[index].slice(from, from + COMPARED_LENGTH));
      this.squeezed[index] = start;
    }
    return start;
  }
  /**
   * at(index).startsWith(wanted), read on the line itself: most lines differ at their first letter, and the
   * squeezed copy of each line after a run of list items would cost more than the comparison.
   */
  startsWith(index: number, wanted: string): boolean {
    const text = this.lines[index];
    const from = this.textStart(index);
    const end = Math.min(text.length, from + COMPARED_LENGTH);
    let matched = 0;
    for (let at = from; at < end && matched < wanted.length; at++) {
      const code = text.charCodeAt(at);
      if (isSqueezedAway(code)) continue;
      if (code !== wanted.charCodeAt(matched)) return false;
      matched++;
    }
    return matched === wanted.length;
  }
}

/**
 * True when `below` continues `above` down columns: entries set side by side on each line ("제1조 …  제7조 …" over
 * "제2조 …  제8조 …"), each column one higher than on the line above. The last line may fill fewer columns.
 */
function risesDownColumns(above: Candidate, below: Candidate): boolean {
  if (above.more.length === 0 || below.more.length > above.more.length) return false;
  const column = (entry: Candidate, at: number) => (at === 0 ? entry.number : entry.more[at - 1].number);
  for (let at = 0; at <= below.more.length; at++) if (column(below, at) !== (column(above, at) ?? 0) + 1) return false;
  return true;
}

/** The number of a line's last entry ("제2조" of "제1조(목적)  제2조(적용 범위)"). */
const lastNumberOf = (entry: Candidate) => entry.more.at(-1)?.number ?? entry.number ?? 0;

/** True when the nearest line above `index` with text (at most two lines up) is a "목차" heading. */
function underTocHeading(lines: readonly string[], index: number): boolean {
  return tocHeadingAbove(lines, index) !== null;
}

/** The line number of the "목차" heading that is the nearest line above `index` with text (at most two lines up), if any. */
function tocHeadingAbove(lines: readonly string[], index: number): number | null {
  for (let above = index - 1; above >= Math.max(0, index - 2); above--)
    if (!isBlank(lines[above])) return TOC_HEADING.test(lines[above].trim()) ? above + 1 : null;
  return null;
}

/** The line of a TOC's own label above it ("목차", "[차례]"), if it has one: no section's heading, and no text of the body. */
export function tocLabelLine(lines: readonly string[], toc: TableOfContents): number | null {
  return tocHeadingAbove(lines, toc.startLine - 1);
}

/**
 * Whether line `index` can open a TOC, read from its number alone: a TOC starts at its first number, or with a
 * title in brackets ("[수집 항목]") where it has no numbers, and under a "목차" line at any number; never at an
 * unnumbered title. Most lines fail here: their full candidate (title, page number, side-by-side entries) is
 * made only if a run reaches them.
 */
function mayStartRun(markers: LineMarkers, index: number): boolean {
  const lines = markers.lines;
  const marker = numberAboveTitle(lines, index)?.marker ?? markers.at(index);
  if (!marker) return false;
  return marker.number === 1 || marker.style === "bracket" || (marker.number !== null && underTocHeading(lines, index));
}

// the styles that may group a TOC's entries besides 제N장: "Ⅰ.", "PART 1" over "1.", "2." …
const GROUPING_STYLES = new Set(["roman", "english-article"]);

/** True when `first` is a line that groups the entries after it: one of the grouping styles, and `next` opens another numbering at 1. */
function opensEntriesUnder(first: Candidate, next: Candidate): boolean {
  return (
    GROUPING_STYLES.has(first.style) && first.number === 1 && next.style !== first.style && next.style !== "plain" && next.number === 1
  );
}

export function findTablesOfContents(lines: readonly string[], markers = new LineMarkers(lines)): TableOfContents[] {
  const found: TableOfContents[] = [];
  const starts = new SqueezedStarts(markers);
  // a run that is no TOC is read again from its next line: each line's candidate is made once
  const candidates: (Candidate | null | undefined)[] = new Array(lines.length);
  const candidate = (at: number): Candidate | null => {
    let found = candidates[at];
    if (found === undefined) candidates[at] = found = candidateAt(markers, at);
    return found;
  };
  // the run that line `index` starts, read on until it ends; returns the line to go on from. (A function of its
  // own: the closures below capture the run's variables, and a loop body holding them would allocate their context
  // for every line, the lines that start no run too.)
  const readRun = (index: number, first: Candidate): number => {
    const run: Candidate[] = [first];
    // the highest number so far of each style: chapters (제N장) and the entries they group are numbered apart
    const highest = new Map<string, number>([[first.style, lastNumberOf(first)]]);
    // the style of the lines that group the entries: 제N장, or a first line of another style whose next line opens
    // a numbering of its own ("Ⅰ. 처리 목적 및 항목" over "1. 처리 목적")
    let groupStyle = first.style === "chapter" ? "chapter" : null;
    const groups = (entry: Candidate) => entry.style === "chapter" || entry.style === groupStyle;
    let entryStyle = first.style === "chapter" ? null : first.style;
    let cursor = first.lastLine;
    let blankRun = 0;
    while (cursor < lines.length) {
      if (isBlank(lines[cursor])) {
        if (++blankRun > 2) break;
        cursor++;
        continue;
      }
      const next = candidate(cursor);
      const previous = run[run.length - 1];
      if (run.length === 1 && next !== null && opensEntriesUnder(first, next)) {
        groupStyle = first.style;
        entryStyle = null;
      }
      // numbers rise through a TOC, and may skip one the body has (that is numbering's finding); a scraped
      // list that lost its numbers reads 1. on every line; titles in brackets follow one another; entries may
      // start again at 1 under each chapter line
      const allOnes = run.every((entry) => entry.number === 1);
      const rises = (entry: Candidate) =>
        entry.number !== null &&
        (entry.number > (highest.get(entry.style) ?? 0) ||
          (entry.style === previous.style && risesDownColumns(previous, entry)) ||
          (entry.branch === true && entry.number === highest.get(entry.style)) ||
          (allOnes && entry.number === 1) ||
          (entry.number === 1 && groups(previous) && !groups(entry)));
      const fits = (entry: Candidate) =>
        first.style === "bracket"
          ? entry.style === "bracket"
          : groups(entry) || entry.style === (entryStyle ?? (groupStyle ? entry.style : first.style));
      const continues =
        next !== null &&
        ((fits(next) && (first.style === "bracket" || rises(next))) || (next.style === "plain" && run.length >= MIN_ENTRIES - 1));
      // a TOC lists each title once: the title again is the body's first heading, right after the TOC
      if (!continues || run.some((entry) => entry.squeezed === next.squeezed)) break;
      run.push(next);
      if (next.number !== null) highest.set(next.style, lastNumberOf(next));
      if (entryStyle === null && !groups(next) && next.style !== "plain") entryStyle = next.style;
      blankRun = 0;
      cursor = next.lastLine;
    }
    const lastLine = run[run.length - 1].lastLine;
    if (run.reduce((count, entry) => count + 1 + entry.more.length, 0) < MIN_ENTRIES) return index + 1;
    const introduced = lines.slice(Math.max(0, index - 2), index).some((text) => TOC_INTRO.test(text));
    const reappearsLater = introduced ? reappearsShortened : reappears;
    if (enoughReappear(run, (entry) => reappearsLater(starts, lastLine, entry), introduced ? 1 : Math.ceil(run.length / 2))) {
      const entries: TocEntry[] = run.flatMap(({ line, number, title, more }) => [
        { line, number, title },
        ...more.map((entry) => ({ line, ...entry })),
      ]);
      // entries in columns are read down each column: in the order of their numbers
      if (run.some((entry, at) => at > 0 && risesDownColumns(run[at - 1], entry)))
        entries.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
      found.push({ startLine: first.line, endLine: lastLine, entries });
      return lastLine;
    }
    // a run whose entries all read alike (every one "1.", or titles in brackets) would only be read again
    // from each of its lines: go on after it
    return run.every((entry) => entry.number === first.number) ? lastLine : index + 1;
  };
  let index = 0;
  while (index < lines.length) {
    const first = mayStartRun(markers, index) ? candidate(index) : null;
    index = first ? readRun(index, first) : index + 1;
  }
  return found;
}

const MIN_LINK_ENTRIES = 2;
// a list item that is only a link to a place in the page: "- [정보주체의 권리](#정보주체의-권리)", "3. [파기](#destroy)"
const IN_PAGE_LINK_ITEM = /^[ \t]{0,8}(?:[-*+]|(\d{1,3})[.)])[ \t]{1,4}\[([^\]\n]{1,80})\][ \t]?\(#[^()\s]{1,200}\)[ \t]{0,4}$/;

/**
 * The tables of contents a Markdown file writes as a list of links to its own headings: a run of two or more
 * list items, each only such a link (a link to a place in the page leaves no doubt what the list is). Each entry is the link's text (and the item's number, when it has one).
 */
export function findLinkListTocs(lines: readonly string[]): TableOfContents[] {
  const found: TableOfContents[] = [];
  let run: TocEntry[] = [];
  const close = () => {
    // (most lines close no run: an empty one is kept, not made anew for each of them)
    if (run.length === 0) return;
    if (run.length >= MIN_LINK_ENTRIES) found.push({ startLine: run[0].line, endLine: run[run.length - 1].line, entries: run });
    run = [];
  };
  lines.forEach((text, index) => {
    // most lines hold no link: the bracket is looked for before the pattern is tried
    const item = text.includes("](#") ? IN_PAGE_LINK_ITEM.exec(text) : null;
    if (!item) return close();
    run.push({ line: index + 1, number: item[1] === undefined ? null : Number(item[1]), title: item[2].trim() });
  });
  close();
  return found;
}

/**
 * True when a list of links to places in the page lists the page's own section titles: at least half its entries
 * open a heading's title, compared as the TOC finder compares them (spaces, punctuation and an opening
 * "개인정보(의)" aside). A page's menu of links elsewhere, or a list of links among the text, names no heading.
 */
export function listsHeadingTitles(entries: readonly TocEntry[], titles: readonly string[]): boolean {
  const headings = titles.map((title) => withoutOpening(squeeze(title))).filter((title) => title.length >= 2);
  const named = entries.filter((entry) => {
    const wanted = withoutOpening(squeeze(entry.title));
    return wanted.length >= 2 && headings.some((title) => title.startsWith(wanted));
  });
  return entries.length >= MIN_LINK_ENTRIES && named.length * 2 >= entries.length;
}

// "목차: 1. 처리 목적 2. 처리하는 항목 3. 보유 기간 …": a TOC written on one line after its label
const ONE_LINE_TOC = new RegExp(String.raw`^[ \t]{0,8}${TOC_LABEL}[ \t]{0,3}[:：|]?[ \t]{0,3}(?=1[.)][ \t])`, "i");
// an entry's number inside the line, after a space: "… 목적 2. 처리하는 …"
const INLINE_ENTRY_NUMBER = /(?<=\s)(\d{1,2})[.)][ \t]+/g;
// a line listing fewer entries is a sentence that happens to count
const MIN_ONE_LINE_ENTRIES = 3;
// what sets the entries apart, left at the end of a title: "1. 처리 목적 / 2. 보유 기간", "… | 2. …", "…, 2. …"
const ENTRY_SEPARATOR_AT_END = /[ \t]{0,3}[/|·ㆍ,，;；、]{1,3}$/;

/**
 * Tables of contents written on one line after their label ("목차: 1. … 2. … 3. …"): the entries are the numbers
 * 1, 2, 3 … in sequence along the line, each with the words up to the next as its title.
 */
export function findOneLineTocs(lines: readonly string[]): TableOfContents[] {
  const found: TableOfContents[] = [];
  lines.forEach((text, index) => {
    const label = ONE_LINE_TOC.exec(text);
    if (!label) return;
    const starts: { number: number; style: NumberingStyle; at: number; end: number }[] = [];
    const list = ` ${text.slice(label[0].length)}`;
    for (const match of list.matchAll(INLINE_ENTRY_NUMBER)) {
      // the numbers rise along the line, by one or over a number the TOC skips (the body may skip it too)
      const number = Number(match[1]);
      const previous = starts.at(-1)?.number ?? 0;
      if (number <= previous || number > previous + 2 || (previous === 0 && number !== 1)) continue;
      const style = match[0].includes(".") ? "decimal" : "decimal-paren";
      starts.push({ number, style, at: match.index, end: match.index + match[0].length });
    }
    const entries: TocEntry[] = starts.map((start, at) => ({
      line: index + 1,
      number: start.number,
      style: start.style,
      title: withoutPageNumber(list.slice(start.end, starts[at + 1]?.at ?? list.length).trim()).replace(ENTRY_SEPARATOR_AT_END, ""),
    }));
    if (entries.length >= MIN_ONE_LINE_ENTRIES && entries.every((entry) => isTitleText(entry.title, MAX_ARTICLE_TITLE_LENGTH)))
      found.push({ startLine: index + 1, endLine: index + 1, entries });
  });
  return found;
}
