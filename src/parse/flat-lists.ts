// A policy written as one flat bullet list: the items that read as titles are its headings, the rest their bodies.
import type { Heading } from "./model.js";
import { HEADING_BULLETS, isTitleText, isUnnumberedHeading, looksLikeSentence, namesSectionTopic } from "./headings.js";
import { POLICY_NAME } from "./policy-name.js";
import { indentOf } from "./lines.js";

// an item set in bold as a whole: "- **3. 개인정보의 파기**", "* __보유 기간__"
const BOLD_ITEM = /^\s*[-*+•·]\s+(?:\*\*|__)(?!\s)[^*_]{1,80}(?:\*\*|__)\s*$/;

interface Item {
  heading: Heading;
  text: string;
  bold: boolean;
  sentence: boolean;
  titleText: boolean;
}

/**
 * The headings with the title items of a flat bullet list made its sections: a document (or a run of it) written
 * as "- " items that are mostly sentences, where the items that read as titles (set in bold, or, in a list with no
 * bold, short items naming an item of the policy that a sentence item follows) head the items after them. A list
 * of short items inside a section ("- 이름", "- 연락처"), a list with no title over sentences, and a document
 * whose sections already have headings are left as they are.
 */
export function withFlatListSections(headings: Heading[], lines: readonly string[]): Heading[] {
  // a document that already has its headings: its bullets are lists inside its sections
  const titled = headings.filter((heading) => heading.isTitle && !POLICY_NAME.test(heading.title));
  if (titled.length >= 2) return headings;
  const runs = bulletRuns(headings, lines);
  if (runs.length === 0) return headings;
  const dropped = new Set<Heading>();
  for (const run of runs) {
    const titles = titleItems(run);
    if (!titles) continue;
    for (const item of run) {
      if (titles.has(item)) item.heading.isTitle = true;
      else dropped.add(item.heading);
    }
  }
  return dropped.size === 0 ? headings : headings.filter((heading) => !dropped.has(heading));
}

/** Runs of unmarked-title bullets ("-", "*", "•") of one marker at one indentation; items nested deeper stay in them. */
function bulletRuns(headings: Heading[], lines: readonly string[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  let key = "";
  let indent = -1;
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    key = "";
    indent = -1;
  };
  for (const heading of headings) {
    const text = lines[heading.line - 1] ?? "";
    const isItem = heading.style === "bullet" && !heading.isTitle && !HEADING_BULLETS.test(heading.marker);
    if (!isItem) {
      close();
      continue;
    }
    const at = indentOf(text);
    if (run.length > 0 && at > indent) continue;
    if (run.length > 0 && (at < indent || heading.marker !== key)) close();
    if (run.length === 0) {
      key = heading.marker;
      indent = at;
    }
    const title = heading.title.trim();
    run.push({
      heading,
      text: title,
      bold: BOLD_ITEM.test(text),
      sentence: looksLikeSentence(title),
      titleText: heading.inlineBody === null && isTitleText(title),
    });
  }
  close();
  return runs;
}

/** The run's title items, or null when the run is not a policy written as a list (see withFlatListSections). */
function titleItems(run: Item[]): Set<Item> | null {
  const bold = run.filter((item) => item.bold && item.titleText);
  let titles: Item[];
  if (bold.length >= 2) titles = bold;
  else {
    // with no bold to tell them: a short item naming a topic, not one more entry of a list of short items
    titles = run.filter((item, at) => {
      if (!item.titleText) return false;
      if (POLICY_NAME.test(item.text)) return at === 0;
      const before = run[at - 1];
      const opensBlock = !before || before.sentence || (at === 1 && POLICY_NAME.test(before.text));
      return opensBlock && (namesSectionTopic(item.text) || isUnnumberedHeading(item.text)) && run[at + 1]?.sentence === true;
    });
    if (titles.filter((item) => !POLICY_NAME.test(item.text)).length < 2) return null;
  }
  const titleSet = new Set(titles);
  const sections = titles.filter((item) => !POLICY_NAME.test(item.text));
  if (sections.length === 0) return null;
  // every section's title has a body: the items up to the next title
  for (const title of sections) {
    const next = run[run.indexOf(title) + 1];
    if (!next || titleSet.has(next)) return null;
  }
  // the items are mostly sentences: a list of short entries under one bold word is not a policy
  const body = run.filter((item) => !titleSet.has(item));
  if (body.filter((item) => item.sentence).length * 2 < body.length) return null;
  return titleSet;
}
