// Whether the parser could read how a policy marks its sections. When it could not, "missing" findings
// would be claims about text the tool did not see: the rules say once that the outline is doubtful instead.
import type { PolicyDocument } from "../parse/model.js";
import { isBlank } from "../parse/lines.js";
import { findEvidence } from "./evidence.js";
import { findSections, type Topic } from "./query.js";

/** A policy this long is expected to have sections. */
const MIN_LINES = 40;
/** Fewer top-level titled sections than this, in a long policy, is one or two sections for everything. */
const MIN_SECTIONS = 3;
/** Item titles standing on lines the outline does not take for headings, about this many items. */
const MIN_UNREAD_TITLES = 2;
/**
 * Items with no section whose titles stand on lines the outline does not take for headings, this many, in an outline
 * of several sections: the sections read are something else (an item's "1)" list), the headings marked in a way the
 * parser does not know ("ㄱ." before it knew the consonants).
 */
const MIN_ITEMS_OFF_A_READ_OUTLINE = 3;
const REQUIRED_ITEMS: Topic[] = ["purpose", "items", "retention", "destruction", "rights", "safety", "dpo", "remedies"];

const verdicts = new WeakMap<PolicyDocument, boolean>();

/**
 * True when a long policy was read as one or two sections while lines that read as item titles stand outside
 * the outline: the headings are marked in a way the parser does not know.
 */
export function outlineLooksUnread(document: PolicyDocument): boolean {
  let verdict = verdicts.get(document);
  if (verdict === undefined) {
    verdict = computeVerdict(document);
    verdicts.set(document, verdict);
  }
  return verdict;
}

function computeVerdict(document: PolicyDocument): boolean {
  let lines = 0;
  for (const text of document.plain) if (!isBlank(text)) lines++;
  if (lines < MIN_LINES) return false;
  const titled = document.sections.filter((section) => section.heading.isTitle);
  if (titled.length >= MIN_SECTIONS) return itemTitlesOffTheOutline(document) >= MIN_ITEMS_OFF_A_READ_OUTLINE;
  // a long policy read as its title and at most one section at any depth: whatever marks its sections, the outline
  // did not see it
  const titledAnywhere = document.allSections.filter((section) => section.heading.isTitle && section.startLine !== document.title?.line);
  if (titledAnywhere.length <= 1) return true;
  const headingLines = new Set(document.allSections.map((section) => section.startLine));
  const unread = REQUIRED_ITEMS.filter((topic) =>
    findEvidence(document, topic).some((evidence) => evidence.kind === "title-line" && !headingLines.has(evidence.line)),
  );
  return unread.length >= MIN_UNREAD_TITLES;
}

/** How many required items have no section but a title line off the outline (an item with a section is not asked). */
function itemTitlesOffTheOutline(document: PolicyDocument): number {
  const unsectioned = REQUIRED_ITEMS.filter((topic) => findSections(document, topic).length === 0);
  if (unsectioned.length < MIN_ITEMS_OFF_A_READ_OUTLINE) return 0;
  const headingLines = new Set(document.allSections.map((section) => section.startLine));
  return unsectioned.filter((topic) =>
    findEvidence(document, topic).some((evidence) => evidence.kind === "title-line" && !headingLines.has(evidence.line)),
  ).length;
}
