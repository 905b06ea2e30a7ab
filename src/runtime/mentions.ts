// Whether a conditional item applies: lines that show the fact pattern, minus those that deny it.
import type { PolicyDocument } from "../parse/model.js";
import { bodyLinesMatching, findSections, groupsArticles, linesBetween, sectionsAt, type LineText, type Topic } from "./query.js";
import { HANGUL } from "./extract.js";
import { isTitleText } from "../parse/headings.js";
import { passageDeclaresNotApplicable, readLine, type Denial } from "./not-applicable.js";
import { hardWrapsJoined, lineAcrossWraps } from "./wraps.js";
import { maskCitedArticleTitles, maskCitedSectionTitles } from "./statute-titles.js";
import { isRevisionHistoryLine } from "./revision-history.js";
import headingWords from "../../rules/data/heading-words.json" with { type: "json" };

/**
 * Korean lines (the Korean text is authoritative) that match `pattern` and, given the item's `denial`, say
 * it is done: not a line that names it only to deny it, nor a title whose passage says it does not apply
 * ("7. 가명정보의 처리" over "해당 사항 없음"). `ignore`: clauses that name the item without being about
 * doing it (a definition, "(이하 '가명정보')"). A line is read with the sentence it belongs to across hard
 * wraps: "… 장치를 설치·운영" over "하지 않습니다." denies the item.
 */
export function findMentions(document: PolicyDocument, pattern: RegExp, denial?: Denial, ignore?: RegExp): LineText[] {
  return bodyLinesMatching(document, pattern).filter(
    ({ line, text }) =>
      HANGUL.test(text) &&
      // "2024. 3. 15. 자동화된 결정 조항 신설": a revision history tells how the policy changed, not what is done
      !isRevisionHistoryLine(document, line) &&
      // named only in a cited article's title ("「개인정보 보호법」 제23조(민감정보의 처리 제한)"): a citation, no fact
      // and named only in a pointer to the policy's own section ("8.(자동화된 결정)을 참고하십시오"): that section speaks
      pattern.test(maskCitedSectionTitles(maskCitedArticleTitles(text))) &&
      !(
        denial &&
        (readLine(lineAcrossWraps(document, line), denial, ignore) !== "affirms" || titleOverDenial(document, line, text, denial, ignore))
      ),
  );
}

const DEFINITIONS_TITLE = new RegExp(headingWords.definitionsTitle, "i");

/**
 * The mention that stands for the item's disclosure: the first inside a section titled about the item, the highest
 * such section first;
 * failing that, the first outside the preamble and a definitions section. A passing word elsewhere
 * ("국내대리인에게 서면으로 요구할 수도", "가명정보에 관한 사항을 공개합니다") is read only when no section is about the item.
 */
export function disclosureMention(document: PolicyDocument, mentions: LineText[], topic: Topic): LineText | undefined {
  // a section of its own before an item of another section that names it ("⑥ 통계 작성 (가명처리 후 이용)" among
  // the purposes, "11. 가명정보의 처리" later): the higher its level, the more it is the item's own
  const sections = [...findSections(document, topic)].sort((a, b) => a.level - b.level || a.startLine - b.startLine);
  for (const section of sections) {
    const titled = mentions.find(({ line }) => section.startLine <= line && section.endLine >= line);
    if (titled) return titled;
  }
  const firstSection = document.allSections.find((section) => section.startLine !== document.title?.line);
  return mentions.find(
    ({ line }) =>
      !(firstSection && line < firstSection.startLine) &&
      !sectionsAt(document, line).some((section) => DEFINITIONS_TITLE.test(section.heading.title)),
  );
}

// list glyphs, numbers and brackets around a title-like line
const TITLE_LEAD = /^\s*(?:[-*•·▶▷■□◆◇○●◦▪※#]+\s*|\d{1,2}[.)]\s*|[①-⑳]\s*|[가-하][.)]\s*|\(\d{1,2}\)\s*|[[【<〈《])+/;
const TITLE_TRAIL = /[\]】>〉》]\s*$/;
// an unnumbered title's passage: the lines after it, to a blank line, no further than this
const MAX_TITLE_PASSAGE = 5;

/** True when the line is a title (a heading, or a short line that reads as one) whose passage says the item does not apply. */
function titleOverDenial(document: PolicyDocument, line: number, text: string, denial: Denial, ignore?: RegExp): boolean {
  const section = sectionsAt(document, line).find((candidate) => candidate.startLine === line);
  if (section) {
    const body = linesBetween(document, line + 1, section.endLine);
    const inline = section.heading.inlineBody;
    return passageDeclaresNotApplicable(hardWrapsJoined(document, inline ? [{ line, text: inline }, ...body] : body), denial, ignore);
  }
  if (!isTitleText(text.replace(TITLE_LEAD, "").replace(TITLE_TRAIL, ""))) return false;
  const passage: LineText[] = [];
  for (const next of linesBetween(document, line + 1, line + MAX_TITLE_PASSAGE)) {
    if (next.text.trim() === "") {
      if (passage.length > 0) break;
      continue;
    }
    // the next title starts another item's passage
    if (passage.length > 0 && isTitleText(next.text.replace(TITLE_LEAD, "").replace(TITLE_TRAIL, ""))) break;
    passage.push(next);
  }
  return passageDeclaresNotApplicable(hardWrapsJoined(document, passage), denial, ignore);
}

// a section longer than this is a whole chapter: the passage about one thing is a window in it
const MAX_PASSAGE_SECTION = 40;

/**
 * The passage around a mention: its top-level section when that is short (an article, not the chapter over it),
 * else the innermost short section holding it, else a few lines either side.
 */
export function passageAround(document: PolicyDocument, line: number, radius = 6): LineText[] {
  const holding = sectionsAt(document, line);
  const short = (candidate: { startLine: number; endLine: number }) => candidate.endLine - candidate.startLine < MAX_PASSAGE_SECTION;
  const top = holding.find((candidate) => !groupsArticles(candidate));
  const section = (top && short(top) ? top : undefined) ?? [...holding].reverse().find(short);
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
