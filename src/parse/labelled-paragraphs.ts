// One-page policies number labelled paragraphs instead of headings: "1. 제3자 제공: 제공하지 않습니다."
import type { Heading } from "./model.js";
import { isTitleText, looksLikeSentence, markedBy, splitAnsweredTitle, topicOfLabel, type LineMarkers } from "./headings.js";
import { isBlank, startsIndented } from "./lines.js";

// a run of sections names several items; two labelled lines are as likely a list inside one section
const MIN_ITEMS_NAMED = 3;
// markers that number an answer or a question, not a paragraph of the policy
const NOT_PARAGRAPH_STYLES = new Set(["bullet", "question", "answer"]);

interface LabelledParagraph {
  heading: Heading;
  topic: string | null;
  isSentence: boolean;
  /** the paragraph goes on under its line ("4. 제3자 제공: 제휴 충전사업자 / 수사기관" over its text) */
  hasBody: boolean;
}

/**
 * The policy's sections where they are numbered paragraphs that each open with a label naming a statutory item,
 * a colon and sentences ("3. 파기: 지체 없이 지웁니다.", "7. 쿠키: 브라우저에서 막을 수 있습니다."), and the
 * policy has no other numbered titles: every flush line of the paragraphs' numbering, numbered upwards from 1,
 * is such a paragraph, and the labels name three items or more (where the paragraphs go on under their lines, a
 * few may name none: "4. 만 14세 미만 아동: 가입 불가"). A field list ("1. 제공받는 자: 한빛물류") answers in words, not
 * sentences, and has nothing under each field (a section's summary after its label, "4. 제3자 제공: 제휴
 * 충전사업자 / 수사기관", with its text below is a section); a list of purposes ("1. 회원 관리: 본인 확인을 위해
 * 씁니다") has labels that name no item; and labels that repeat the item of a titled section above them are fields
 * of that section.
 */
export function labelledParagraphRun(
  lines: readonly string[],
  markers: LineMarkers,
  skippedLines: ReadonlySet<number>,
  headings: readonly Heading[],
): Heading[] {
  const byStyle = new Map<string, LabelledParagraph[]>();
  lines.forEach((text, index) => {
    const line = index + 1;
    if (skippedLines.has(line) || isBlank(text) || startsIndented(text)) return;
    const marker = markers.at(index);
    if (!marker || marker.number === null || marker.bracketTitle || NOT_PARAGRAPH_STYLES.has(marker.style)) return;
    const answered = splitAnsweredTitle(text.slice(marker.restIndex));
    const heading: Heading = {
      line,
      ...markedBy(marker),
      title: answered?.title ?? text.slice(marker.restIndex).trim(),
      titleColumn: marker.restIndex + 1,
      inlineBody: answered?.body ?? null,
      isTitle: true,
    };
    const paragraphs = byStyle.get(marker.style) ?? [];
    const next = lines[index + 1];
    paragraphs.push({
      heading,
      topic: answered ? topicOfLabel(answered.title) : null,
      isSentence: !!answered && looksLikeSentence(answered.body),
      hasBody: next !== undefined && !isBlank(next) && markers.at(index + 1)?.style !== marker.style,
    });
    byStyle.set(marker.style, paragraphs);
  });
  for (const paragraphs of byStyle.values()) {
    if (!isRunOfSections(paragraphs)) continue;
    const runLines = new Set(paragraphs.map(({ heading }) => heading.line));
    const first = paragraphs[0].heading.line;
    const others = headings.filter((heading) => !runLines.has(heading.line));
    // the policy numbers its sections otherwise: these paragraphs are lists inside them
    if (others.some((heading) => heading.number !== null && heading.isTitle && !startsIndented(lines[heading.line - 1]))) continue;
    const itemsAbove = new Set(
      others.filter((heading) => heading.line < first && heading.isTitle).map((heading) => topicOfLabel(heading.title)),
    );
    if (paragraphs.some(({ topic }) => topic !== null && itemsAbove.has(topic))) continue;
    return paragraphs.map(({ heading }) => heading);
  }
  return [];
}

// at most one label in this many may name no item, where the paragraphs have text under them
const MAX_UNNAMED_SHARE = 4;
const titled = ({ heading }: LabelledParagraph) => isTitleText(heading.title);

function isRunOfSections(paragraphs: readonly LabelledParagraph[]): boolean {
  if (paragraphs.length < MIN_ITEMS_NAMED || paragraphs[0].heading.number !== 1) return false;
  const upwards = paragraphs.every(({ heading }, at) => at === 0 || heading.number! > paragraphs[at - 1].heading.number!);
  if (!upwards || paragraphs.some(({ isSentence, hasBody }) => !isSentence && !hasBody)) return false;
  // every label names an item, or (in a run whose paragraphs go on under them) most do and the rest read as titles
  // ("11. 만 14세 미만 아동의 개인정보: 가입 불가")
  const unnamed = paragraphs.filter(({ topic }) => topic === null);
  const sectioned = paragraphs.every(({ hasBody, isSentence }) => hasBody || isSentence) && paragraphs.some(({ hasBody }) => hasBody);
  if (unnamed.length > 0 && !(sectioned && unnamed.length * MAX_UNNAMED_SHARE <= paragraphs.length && unnamed.every(titled))) return false;
  return new Set(paragraphs.map(({ topic }) => topic)).size >= MIN_ITEMS_NAMED;
}

/** The headings with such a run of labelled paragraphs in place of what was read on their lines. */
export function withLabelledParagraphs(
  headings: Heading[],
  lines: readonly string[],
  markers: LineMarkers,
  skippedLines: ReadonlySet<number>,
): Heading[] {
  const run = labelledParagraphRun(lines, markers, skippedLines, headings);
  if (run.length === 0) return headings;
  const runLines = new Set(run.map((heading) => heading.line));
  return [...headings.filter((heading) => !runLines.has(heading.line)), ...run].sort((a, b) => a.line - b.line);
}
