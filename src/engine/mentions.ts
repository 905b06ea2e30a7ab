// Whether a conditional item applies: lines that show the fact pattern, minus those that deny it.
import type { PolicyDocument } from "../parse/model.js";
import { bodyLines, linesBetween, mayMatch, type LineText } from "./query.js";
import { HANGUL } from "./extract.js";

/** Korean lines (the Korean text is authoritative) that match `pattern` and do not deny it. */
export function findMentions(document: PolicyDocument, pattern: RegExp, negation?: RegExp): LineText[] {
  if (!mayMatch(document, pattern)) return [];
  return bodyLines(document).filter(({ text }) => HANGUL.test(text) && pattern.test(text) && !(negation && negation.test(text)));
}

/** The passage around a mention: its section when it has one, else a few lines either side. */
export function passageAround(document: PolicyDocument, line: number, radius = 6): LineText[] {
  const section = [...document.allSections]
    .reverse()
    .find((candidate) => candidate.startLine <= line && candidate.endLine >= line && candidate.level === 1);
  if (section) return linesBetween(document, section.startLine, section.endLine);
  return linesBetween(document, line - radius, line + radius);
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
