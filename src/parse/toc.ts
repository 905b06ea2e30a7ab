// Tables of contents: a run of short numbered titles that the body repeats later as real headings.
// Their words must not make a section present, so the parser sets them apart.
import type { TableOfContents, TocEntry } from "./model.js";
import { MAX_ARTICLE_TITLE_LENGTH, isTitleText, isUnnumberedHeading, numberAboveTitle, parseMarker } from "./headings.js";
import { isBlank } from "./lines.js";

const MIN_ENTRIES = 3;
const TOC_INTRO = /목차|차례|다음과\s*같은\s*내용|아래와\s*같(은|이)\s*(내용|구성)|Table of Contents/i;

const squeeze = (text: string) => text.replace(/[\s·ㆍ・,.\-()（）[\]【】<>〈〉《》「」『』]/g, "");
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
}

function candidateAt(lines: readonly string[], index: number): Candidate | null {
  const text = lines[index];
  const line = index + 1;
  // "01" / "처리 목적": a scraped page's number in an element of its own, the title on the next line
  const numbered = numberAboveTitle(lines, index);
  if (numbered) {
    const { marker, title, titleIndex } = numbered;
    return { line, style: marker.style, number: marker.number, title, squeezed: squeeze(title), lastLine: titleIndex + 1 };
  }
  const marker = parseMarker(text);
  if (marker && marker.style !== "bullet" && (marker.number !== null || marker.style === "bracket")) {
    const title = (marker.bracketTitle ?? text.slice(marker.restIndex)).trim();
    if (!isTitleText(title, MAX_ARTICLE_TITLE_LENGTH)) return null;
    return { line, style: marker.style, number: marker.number, title, squeezed: squeeze(title), lastLine: line };
  }
  if (!marker && isUnnumberedHeading(text))
    return { line, style: "plain", number: null, title: text.trim(), squeezed: squeeze(text), lastLine: line };
  return null;
}

/**
 * True when `title` reappears after `fromLine` at the start of a line (after its number, if any). The number
 * need not match: a TOC whose order differs from the body's is still a TOC (and a numbering finding).
 */
function reappears(starts: SqueezedStarts, fromLine: number, entry: Candidate): boolean {
  const wanted = entry.squeezed;
  if (wanted.length < 2) return false;
  for (let index = fromLine; index < starts.lines.length; index++) if (starts.at(index).startsWith(wanted)) return true;
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

/** Each line's text after its number, squeezed, computed when first asked for: lines are compared with many TOC entries. */
class SqueezedStarts {
  private readonly squeezed: (string | undefined)[];
  constructor(readonly lines: readonly string[]) {
    this.squeezed = new Array(lines.length);
  }
  at(index: number): string {
    let start = this.squeezed[index];
    if (start === undefined) {
      const text = this.lines[index];
      const marker = parseMarker(text);
      // a title is short: comparing the first 80 characters is enough and keeps long lines cheap
      start = squeeze((marker ? text.slice(marker.markerIndex + marker.marker.length) : text).slice(0, 80));
      this.squeezed[index] = start;
    }
    return start;
  }
}

export function findTablesOfContents(lines: readonly string[]): TableOfContents[] {
  const found: TableOfContents[] = [];
  const starts = new SqueezedStarts(lines);
  // a run that is no TOC is read again from its next line: each line's candidate is made once
  const candidates: (Candidate | null | undefined)[] = new Array(lines.length);
  const candidate = (at: number): Candidate | null => {
    let found = candidates[at];
    if (found === undefined) candidates[at] = found = candidateAt(lines, at);
    return found;
  };
  let index = 0;
  while (index < lines.length) {
    const first = candidate(index);
    // a TOC starts at its first number, or with a title in brackets ("[수집 항목]") where it has no numbers
    if (!first || (first.number !== 1 && first.style !== "bracket")) {
      index++;
      continue;
    }
    const run: Candidate[] = [first];
    let cursor = first.lastLine;
    let blankRun = 0;
    while (cursor < lines.length) {
      if (isBlank(lines[cursor])) {
        if (++blankRun > 2) break;
        cursor++;
        continue;
      }
      const next = candidate(cursor);
      const previousNumbered = [...run].reverse().find((entry) => entry.number !== null)!;
      // numbers rise through a TOC, and may skip one the body has (that is numbering's finding); a scraped
      // list that lost its numbers reads 1. on every line; titles in brackets follow one another
      const allOnes = run.every((entry) => entry.number === 1);
      const continues =
        next !== null &&
        ((next.style === first.style &&
          (first.style === "bracket" ||
            (next.number !== null && (next.number > (previousNumbered.number ?? 0) || (allOnes && next.number === 1))))) ||
          (next.style === "plain" && run.length >= MIN_ENTRIES - 1));
      // a TOC lists each title once: the title again is the body's first heading, right after the TOC
      if (!continues || run.some((entry) => entry.squeezed === next.squeezed)) break;
      run.push(next);
      blankRun = 0;
      cursor = next.lastLine;
    }
    const lastLine = run[run.length - 1].lastLine;
    if (run.length < MIN_ENTRIES) {
      index++;
      continue;
    }
    const introduced = lines.slice(Math.max(0, index - 2), index).some((text) => TOC_INTRO.test(text));
    const reappearsLater = introduced ? reappearsShortened : reappears;
    if (enoughReappear(run, (entry) => reappearsLater(starts, lastLine, entry), introduced ? 1 : Math.ceil(run.length / 2))) {
      const entries: TocEntry[] = run.map(({ line, number, title }) => ({ line, number, title }));
      found.push({ startLine: first.line, endLine: lastLine, entries });
      index = lastLine;
    } else {
      // a run whose entries all read alike (every one "1.", or titles in brackets) would only be read again
      // from each of its lines: go on after it
      index = run.every((entry) => entry.number === first.number) ? lastLine : index + 1;
    }
  }
  return found;
}
