// Lists that give each party as an item's title and what concerns it as labelled items under it, as long
// corporate policies write recipients and processors: "1. 한빛은행" over "- 제공 목적: …", "- 보유 기간: …";
// "▶ 누리물류" over "- 위탁 업무: 배송". One reader for third-party-provision and processor-disclosure, so both
// take the same layouts for an entry: the item's title is who, the fields under it what for.
import type { PolicyDocument } from "../parse/model.js";
import { indentOf } from "../parse/lines.js";
import { fieldsByLine, type LineText } from "./query.js";

// a list item's glyph or number ("- ", "1. ", "가) ", "(1) ", "▶ ")
export const ITEM_MARK = /^\s*(?:\d{1,2}[.)]|[가-하][.)]|[-•·▶▷►■□○●◦▪◆◇※]|\(\d{1,2}\))\s*/;
const BULLET = /^\s*[-•·▶▷►■□○●◦▪◆◇※]/;
// an item's title that can be a party's name: short, no field, no sentence ("국민건강보험공단", "협력 병원(○○의원)")
const MIN_TITLE = 2;
const MAX_TITLE = 40;
const SENTENCE_END = /(?:다|요|음|함)[.。]?\s*$|[.。]\s*$/;
const MAX_DETAIL_LINES = 8;
// an HTML definition term alone on its line ("<dt>국민건강보험공단</dt>"): a title as a marked item is, its <dd>
// fields under it at the same indent
const DEFINITION_TERM = /^\s*<dt\b(?![\s\S]*<dd\b)/i;

/** True when the line is an HTML page's <dt> with no <dd> on it. */
function isDefinitionTerm(document: PolicyDocument, line: number): boolean {
  return document.format === "html" && DEFINITION_TERM.test(document.lines[line - 1] ?? "");
}

export interface TitledEntry {
  /** the line of the item's title */
  line: number;
  /** the title without its mark: the party's name, or a kind ("제휴 보험사") the caller must tell apart */
  title: string;
  /** the detail lines under the title, as written */
  details: string[];
}

/**
 * Each marked item (or HTML <dt>) of `lines` whose text is a short title (no colon, no sentence) with at least `minDetails`
 * fields under it whose label `isDetail` accepts. The details run to a blank line, a line that is not such a
 * field, or the next item at the title's indent or less (a bullet under a numbered title may stand at its
 * indent).
 */
export function titledEntries(
  document: PolicyDocument,
  lines: readonly LineText[],
  isDetail: (label: string) => boolean,
  minDetails: number,
): TitledEntry[] {
  const fields = fieldsByLine(document);
  const entries: TitledEntry[] = [];
  lines.forEach(({ line, text }, at) => {
    const term = isDefinitionTerm(document, line);
    const mark = term ? null : ITEM_MARK.exec(text);
    if ((!mark && !term) || fields.has(line)) return;
    const title = text.slice(mark?.[0].length ?? 0).trim();
    if (title.length < MIN_TITLE || title.length > MAX_TITLE || SENTENCE_END.test(title) || /[:：]/.test(title)) return;
    const indent = indentOf(text);
    const details: string[] = [];
    for (const next of lines.slice(at + 1, at + 1 + MAX_DETAIL_LINES)) {
      const field = fields.get(next.line);
      // a field may read as a heading with its body run in ("가. 위탁 업무: 배송" as "위탁"): its label decides
      if (next.text.trim() === "" || !field || !isDetail(field.label)) break;
      // a detail stands under its title: deeper, or marked as a bullet where the title is numbered (a <dd> may
      // stand at its <dt>'s indent)
      const depth = indentOf(next.text);
      if (depth < indent || (depth === indent && !BULLET.test(next.text) && !term)) break;
      details.push(next.text);
    }
    if (details.length >= minDetails) entries.push({ line, title, details });
  });
  return entries;
}
