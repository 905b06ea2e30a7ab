// Annexes ([별표 1], <별첨>, [붙임 2], 부록) set after the last article, and the sections that refer to them.
import type { Section } from "./model.js";
import { isBlank } from "./lines.js";

// a line that opens an annex: its label (a number after it, brackets around it) and at most a short title
const ANNEX_LINE =
  /^[[【<〈(［]?[ \t]{0,2}(별표|별첨|붙임|부록)[ \t]{0,2}(\d{1,3})?[ \t]{0,2}[\]】>〉)］]?[ \t]{0,2}[.:：]?(?:[ \t]{1,4}(\S.{0,59}))?$/;
// a title that is a sentence ("별첨 자료는 요청하면 드립니다.") is not an annex's
const SENTENCE_END = /[다요][.。]?\s*$/;
// a mention of an annex in the text ("[별표 1]에 적었습니다", "별첨 참조", "<붙임 2>와 같습니다")
const ANNEX_REFERENCE = /(별표|별첨|붙임|부록)[ \t]{0,2}(\d{1,3})?/g;
// a line that names no annex word is neither an annex's nor a reference to one
const ANNEX_WORD = /별표|별첨|붙임|부록/;

interface AnnexStart {
  line: number;
  kind: string;
  number: number | null;
  title: string;
}

function annexStartOf(text: string, line: number): AnnexStart | null {
  const match = ANNEX_LINE.exec(text.trim());
  if (!match || (match[3] !== undefined && SENTENCE_END.test(match[3]))) return null;
  const label = text.trim().replace(/\s+/g, " ");
  return { line, kind: match[1], number: match[2] === undefined ? null : Number(match[2]), title: label };
}

// the reference's section and each section around it: each holds the reference among its lines
const sectionsAt = (sections: readonly Section[], line: number) =>
  sections.filter((section) => section.startLine <= line && line <= section.endLine);

/**
 * Attaches each annex the policy refers to to the section that refers to it (`annexes`), and ends the section
 * the annex was written in before it: the 위탁 현황 in "[별표 1]" after 부칙 is the 위탁 section's list, not 부칙's
 * text. Annexes stand in the last top-level section or after every section; an annex nobody refers to stays where
 * it is, and a reference to an annex that does not exist attaches nothing.
 */
export function attachAnnexes(sections: Section[], allSections: Section[], plain: readonly string[], tocLines: ReadonlySet<number>): void {
  // annexes set as headings of their own stand after the last section that is not one
  let top = sections.length - 1;
  while (top >= 0 && annexStartOf(plain[sections[top].startLine - 1] ?? "", 0)) top--;
  const from = top >= 0 ? sections[top].startLine + 1 : 1;
  const starts: AnnexStart[] = [];
  for (let line = from; line <= plain.length; line++) {
    const text = plain[line - 1];
    if (tocLines.has(line) || isBlank(text) || !ANNEX_WORD.test(text)) continue;
    const start = annexStartOf(text, line);
    if (start) starts.push(start);
  }
  if (starts.length === 0) return;
  let lastText = plain.length;
  while (lastText > 0 && isBlank(plain[lastText - 1])) lastText--;
  const annexes = starts.map((start, index) => {
    let end = (starts[index + 1]?.line ?? lastText + 1) - 1;
    while (end > start.line && isBlank(plain[end - 1])) end--;
    return { ...start, endLine: end };
  });
  const referred = new Map<(typeof annexes)[number], Section[]>();
  for (let line = 1; line < starts[0].line; line++) {
    const text = plain[line - 1];
    if (tocLines.has(line) || !ANNEX_WORD.test(text)) continue;
    for (const match of text.matchAll(ANNEX_REFERENCE)) {
      const number = match[2] === undefined ? null : Number(match[2]);
      const ofKind = annexes.filter((annex) => annex.kind === match[1]);
      // "별첨 참조" with one 별첨: that one; "별표 2" only 별표 2
      const annex =
        number === null ? (ofKind.length === 1 ? ofKind[0] : undefined) : ofKind.find((candidate) => candidate.number === number);
      if (!annex) continue;
      const by = referred.get(annex) ?? [];
      for (const section of sectionsAt(allSections, line)) if (!by.includes(section)) by.push(section);
      referred.set(annex, by);
    }
  }
  if (referred.size === 0) return;
  for (const [annex, by] of referred)
    for (const section of by) (section.annexes ??= []).push({ startLine: annex.line, endLine: annex.endLine, title: annex.title });
  // the section the annexes were written in ends before the first one referred to; what they hold is theirs
  const cut = Math.min(...[...referred.keys()].map((annex) => annex.line));
  const inside = new Set(allSections.filter((section) => section.startLine >= cut));
  for (const section of allSections) {
    if (inside.has(section) || section.endLine < cut) continue;
    let end = cut - 1;
    while (end > section.startLine && isBlank(plain[end - 1])) end--;
    section.endLine = end;
    section.children = section.children.filter((child) => !inside.has(child));
  }
  if (inside.size === 0) return;
  sections.splice(0, sections.length, ...sections.filter((section) => !inside.has(section)));
  allSections.splice(0, allSections.length, ...allSections.filter((section) => !inside.has(section)));
}
