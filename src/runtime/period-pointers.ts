// A retention section that gives its periods by sending the reader to another part of the policy: "파일별 보유기간은
// 제2조의 처리 현황과 같습니다", "보유 기간은 「처리 현황」을 참조하십시오". The periods are given when the part it
// names is there and holds them, in fields ("- 보유기간: 해지 후 1년") or in a table's period column.
import type { PolicyDocument, Section } from "../parse/model.js";
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import { sectionsReferredTo } from "./cross-references.js";
import { fieldsByLine } from "./query.js";
import { substanceFound } from "./required.js";
import { sentencesOf } from "./extract.js";

// a field or column that holds the retention period: "보유 기간", "보존기간", "보유 및 이용기간"
const PERIOD_LABEL = new RegExp(sectionTopics.topics.retention.fieldLabel);
const PERIOD = /(?:보유|보존|보관|이용)\s{0,2}기간/;
const PERMANENT = /영구/;

const givesPeriod = (line: number, text: string) => PERMANENT.test(text) || substanceFound("retention", [{ line, text }]);

/** True when a table that starts on a line `inside` accepts has a period column with a period in it. */
export function periodTableWhere(document: PolicyDocument, inside: (line: number) => boolean): boolean {
  return document.tables.some((table) => {
    if (!inside(table.startLine)) return false;
    const column = table.header.cells.findIndex((cell) => PERIOD_LABEL.test(cell.text));
    return column >= 0 && table.rows.some((row) => givesPeriod(row.line, row.cells[column]?.text ?? ""));
  });
}

/** True when the section holds periods: a period field with one, or a table in it whose period column has one. */
function holdsPeriods(document: PolicyDocument, section: Section): boolean {
  const inside = (line: number) => section.startLine <= line && line <= section.endLine;
  for (const [line, field] of fieldsByLine(document))
    if (inside(line) && PERIOD_LABEL.test(field.label) && givesPeriod(line, field.value)) return true;
  return periodTableWhere(document, inside);
}

/**
 * True when a sentence of `text` about the period refers to another section of the policy (by its article or its
 * title) that holds the periods; `own` is the section the text stands in, which points nowhere by naming itself.
 */
export function pointsToSectionWithPeriods(document: PolicyDocument, text: string, own?: Section): boolean {
  return sentencesOf(text).some(
    (sentence) =>
      PERIOD.test(sentence) &&
      sectionsReferredTo(document, sentence).some(({ sections }) =>
        sections.some((section) => section !== own && holdsPeriods(document, section)),
      ),
  );
}
