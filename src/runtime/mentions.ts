// Whether a conditional item applies: lines that show the fact pattern, minus those that deny it.
import type { PolicyDocument } from "../parse/model.js";
import { bodyLinesMatching, linesBetween, sectionsAt, type LineText } from "./query.js";
import { HANGUL } from "./extract.js";
import { isTitleText } from "../parse/headings.js";

/** Korean lines (the Korean text is authoritative) that match `pattern` and do not deny it. */
export function findMentions(document: PolicyDocument, pattern: RegExp, negation?: RegExp): LineText[] {
  return bodyLinesMatching(document, pattern).filter(({ text }) => HANGUL.test(text) && !(negation && negation.test(text)));
}

// a section longer than this is a whole chapter: the passage about one thing is a window in it
const MAX_PASSAGE_SECTION = 40;

/**
 * The passage around a mention: its top-level section when that is short, else the innermost short section
 * holding it, else a few lines either side.
 */
export function passageAround(document: PolicyDocument, line: number, radius = 6): LineText[] {
  const holding = sectionsAt(document, line);
  const short = (candidate: { startLine: number; endLine: number }) => candidate.endLine - candidate.startLine < MAX_PASSAGE_SECTION;
  const section = holding.find((candidate) => candidate.level === 1 && short(candidate)) ?? [...holding].reverse().find(short);
  if (section) return linesBetween(document, section.startLine, section.endLine);
  return linesBetween(document, line - radius, line + radius);
}

// "1. 가명정보의 처리 목적" with nothing under it names an element without giving it
const BARE_TITLE_ITEM = /^\s*(?:\d{1,2}[.)]|[가-하][.)]|[①-⑳]|\(\d{1,2}\)|[-•·])\s*([^:：]{2,40})$/;

/**
 * The passage without list items that are only titles ("1. 가명정보의 처리 목적" followed by the next such
 * item): a template's outline left unfilled names the elements without giving them.
 */
export function withoutBareTitles(lines: LineText[]): LineText[] {
  return lines.filter(({ text }, index) => {
    const bare = BARE_TITLE_ITEM.exec(text);
    if (!bare || !isTitleText(bare[1])) return true;
    const next = lines[index + 1]?.text ?? "";
    return !(next.trim() === "" || BARE_TITLE_ITEM.test(next) || index === lines.length - 1);
  });
}

const elementPatterns = new WeakMap<object, RegExp>();

/** Names of the elements whose pattern is absent from the text. */
export function missingElements<T extends { pattern: string }>(text: string, elements: Record<string, T>): T[] {
  return Object.values(elements).filter((element) => {
    let pattern = elementPatterns.get(element);
    if (!pattern) elementPatterns.set(element, (pattern = new RegExp(element.pattern, "i")));
    return !pattern.test(text);
  });
}

/** Message data naming the missing elements in both languages: `{missing}` and `{missingEn}`. */
export function missingData(absent: { ko: string; en: string }[]): { missing: string; missingEn: string } {
  return { missing: absent.map((element) => element.ko).join(", "), missingEn: absent.map((element) => element.en).join(", ") };
}
