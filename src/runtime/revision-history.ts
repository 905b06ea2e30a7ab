// A policy's revision history records how the policy changed ("2024. 3. 15. 자동화된 결정 조항 신설", a row
// "| v4.1 | 2024-03-15 | 국외 이전 항목 추가 |"): it says what the policy was, not what the controller does now.
import type { PolicyDocument } from "../parse/model.js";
import { isRevisionEntry, parseMarker } from "../parse/headings.js";
import outdated from "../../rules/data/outdated-references.json" with { type: "json" };

const HISTORY_TITLE = new RegExp(outdated.recordedAsOld.historyTitle);
// a table of versions: a column names the version or the changes made ("버전", "주요 변경 내용", "개정 사유")
// (or sets the text before a revision beside the text after it: "개정 전 | 개정 후", "현행 | 개정")
const HISTORY_COLUMN = /버전|Version|(?:변경|개정)\s{0,2}(?:내용|사항|사유|이력|내역)|주요\s{0,2}(?:변경|개정)/i;
const BEFORE_AND_AFTER = [
  /^(?:(?:변경|개정|수정)\s{0,2}전|현행|종전|기존)(?:\s{0,2}(?:내용|조문|규정))?$/,
  /^(?:(?:변경|개정|수정)\s{0,2}후|개정안?|변경안?|신설)(?:\s{0,2}(?:내용|조문|규정))?$/,
];
// a label that opens the history on its line: "<변경 이력>  2025. 5. 1. …", "[개정 이력] …", "개정 연혁 :"
const HISTORY_LABEL = /^\s{0,8}[<〈[【(]?\s{0,2}(?:변경|개정)\s{0,2}(?:이력|내역|연혁)\s{0,2}[>〉\]】)]?\s{0,2}[:：]?/;

// a version before the entry's date, as a version table's row sets it when no table is read: "v3.0   2025.03.01   …"
const VERSION_BEFORE_DATE = /^\s{0,8}(?:v|ver\.?|version|버전)\s{0,2}\d{1,2}(?:\.\d{1,2}){0,2}[ \t]{1,12}(?=\d)/i;

// a sentence that tells what an amendment did, as a 부칙 does: "이 개정으로 … 조항을 신설하였으며", "이번 개정에서 …"
const AMENDMENT_NOTE = /(?:^|[.。]\s{1,3})\s{0,8}(?:이|이번|금번|본)\s{0,2}개정(?:으로|에서|을\s{0,2}통하여|을\s{0,2}통해|에\s{0,2}따라)\s/;
// a label that opens a summary of what the revision changed: "이번 변경의 주요 내용:", "주요 개정 사항 :"
const CHANGES_LABEL =
  /(?:^|[.。]\s{1,3})[^.。:：]{0,12}?(?:(?:이번|금번|본)\s{0,2}(?:개정|변경)(?:의)?\s{0,2}(?:주요\s{0,2})?|주요\s{0,2}(?:개정|변경)\s{0,2})(?:내용|사항)\s{0,2}[:：]/;

const historyBlocks = new WeakMap<PolicyDocument, Uint8Array>();
const historyRows = new WeakMap<PolicyDocument, Set<number>>();

/** The lines of the rows of version tables and of tables that set a revision's old text beside its new. */
function historyTableRows(document: PolicyDocument): Set<number> {
  let rows = historyRows.get(document);
  if (!rows) {
    rows = new Set();
    for (const table of document.tables) {
      const headers = table.header.cells.map((cell) => cell.text.trim());
      const comparesRevision = BEFORE_AND_AFTER.every((column) => headers.some((header) => column.test(header)));
      if (comparesRevision || headers.some((header) => HISTORY_COLUMN.test(header)))
        for (const row of table.rows) for (let line = row.line; line <= row.endLine; line++) rows.add(line);
    }
    historyRows.set(document, rows);
  }
  return rows;
}

/** The lines of sections titled as a history ("개정 이력", "[변경 내역]", "연혁") and of version tables' rows. */
function historyBlockLines(document: PolicyDocument): Uint8Array {
  let lines = historyBlocks.get(document);
  if (!lines) {
    lines = new Uint8Array(document.plain.length + 2);
    for (const section of document.allSections)
      if (HISTORY_TITLE.test(section.heading.title)) lines.fill(1, section.startLine + 1, section.endLine + 1);
    for (const line of historyTableRows(document)) lines[line] = 1;
    historyBlocks.set(document, lines);
  }
  return lines;
}

/**
 * True when the line is of the policy's revision history: inside a section titled as one, a row of a table of
 * versions, a dated entry ("○ 2012. 3. 30. 제정(…)", "<변경 이력> 2025. 5. 1. … 신설", "v3.0  2025.03.01  … 신설"), or
 * a note of what an amendment did ("이 개정으로 … 조항을 신설하였다").
 */
export function isRevisionHistoryLine(document: PolicyDocument, line: number): boolean {
  return historyBlockLines(document)[line] === 1 || isRevisionRecordLine(document, line);
}

/**
 * True when the line itself records a revision, whatever section it stands in: a row of a version table, a dated
 * entry, a note of what an amendment did, or a summary of what it changed ("이번 변경의 주요 내용: …"). Narrower
 * than isRevisionHistoryLine, which takes every line of a section titled as a history, and such a section may
 * be read too widely.
 */
export function isRevisionRecordLine(document: PolicyDocument, line: number): boolean {
  if (historyTableRows(document).has(line)) return true;
  const text = document.plain[line - 1] ?? "";
  if (AMENDMENT_NOTE.test(text) || ((text.includes(":") || text.includes("：")) && CHANGES_LABEL.test(text))) return true;
  if (isRevisionEntry(withoutMarker(withoutLabel(text)))) return true;
  // the label after a list marker: "- 변경 이력: 2023. 9. 15. 개정(…)"
  const listed = withoutMarker(text);
  return listed !== text && HISTORY_LABEL.test(listed) && isRevisionEntry(withoutMarker(withoutLabel(listed)));
}

function withoutLabel(text: string): string {
  return text.replace(HISTORY_LABEL, "").replace(VERSION_BEFORE_DATE, "");
}

/** The text after a list marker ("- 변경 이력: …", "○ 2012. 3. 30. 제정"), or the text when it has none. */
function withoutMarker(text: string): string {
  const marker = parseMarker(text);
  return marker ? text.slice(marker.restIndex) : text;
}
