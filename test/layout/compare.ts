// Comparing a rule's verdict on a policy with its verdict on the same policy restyled: whether it fired (a
// warning or an error), and where, once the original's lines are mapped to the restyled text.
import type { LineSpan } from "./restyle.js";
import { NUMBERINGS, type LayoutStyle } from "./styles.js";

export interface FindingLike {
  ruleId: string;
  severity: string;
  line: number;
}

export interface Verdict {
  fired: boolean;
  /** lines of its findings other than line 1 (line 1 stands for the whole policy), ascending */
  lines: number[];
}

export interface VerdictDifference {
  ruleId: string;
  original: Verdict;
  restyled: Verdict;
  /** the original's lines as they are in the restyled text */
  expected: LineSpan[];
}

/** Rules that read section numbers: a layout that drops the numbers cannot keep their verdicts. */
export const RULES_READING_NUMBERS: readonly string[] = ["numbering"];

/** The rules whose verdicts a layout can be held to: all but those reading numbers it drops. */
export function comparedRules(ruleIds: readonly string[], style: LayoutStyle): string[] {
  const dropsNumbers = style.numbering !== undefined && !NUMBERINGS[style.numbering].keepsNumbers;
  return dropsNumbers ? ruleIds.filter((id) => !RULES_READING_NUMBERS.includes(id)) : [...ruleIds];
}

export function verdictOf(findings: readonly FindingLike[], ruleId: string, wholePolicy: LineSpan = { first: 1, last: 1 }): Verdict {
  const hits = findings.filter((finding) => finding.ruleId === ruleId && finding.severity !== "info");
  const lines = [...new Set(hits.map((hit) => hit.line))].filter((line) => line < wholePolicy.first || line > wholePolicy.last);
  return { fired: hits.length > 0, lines: lines.sort((a, b) => a - b) };
}

const spanOf = (lineMap: readonly LineSpan[], line: number): LineSpan => lineMap[line - 1] ?? { first: line, last: line };
const within = (line: number, span: LineSpan) => line >= span.first && line <= span.last;

/**
 * The rules whose verdict differs: fired on one side only, or fired on lines that do not correspond (each
 * original line must have a finding in its restyled span, and each restyled finding must be in one).
 */
export function compareVerdicts(
  original: readonly FindingLike[],
  restyled: readonly FindingLike[],
  lineMap: readonly LineSpan[],
  ruleIds: readonly string[],
): VerdictDifference[] {
  const differences: VerdictDifference[] = [];
  for (const ruleId of ruleIds) {
    const before = verdictOf(original, ruleId);
    // a finding on line 1 stands for the whole policy; line 1 may have been wrapped onto the next lines
    const after = verdictOf(restyled, ruleId, spanOf(lineMap, 1));
    const expected = before.lines.map((line) => spanOf(lineMap, line));
    const same =
      before.fired === after.fired &&
      expected.every((span) => after.lines.some((line) => within(line, span))) &&
      after.lines.every((line) => expected.some((span) => within(line, span)));
    if (!same) differences.push({ ruleId, original: before, restyled: after, expected });
  }
  return differences;
}

const spanText = (span: LineSpan) => (span.first === span.last ? `${span.first}` : `${span.first}-${span.last}`);

/** "quiet", "fired (line 1 only)", "fired at 17, 46"; with spans, where those lines went when they moved. */
export function describeVerdict(verdict: Verdict, spans?: readonly LineSpan[]): string {
  if (!verdict.fired) return "quiet";
  if (verdict.lines.length === 0) return "fired (line 1 only)";
  const text = `fired at ${verdict.lines.join(", ")}`;
  const moved = spans?.some((span, index) => span.first !== verdict.lines[index] || span.last !== span.first);
  return moved ? `${text} (restyled: ${spans!.map(spanText).join(", ")})` : text;
}

/** "002.txt · N. · numbering: original fired at 78, restyled quiet" */
export function describeDifference(policy: string, style: string, difference: VerdictDifference): string {
  const original = describeVerdict(difference.original, difference.expected);
  return `${policy} · ${style} · ${difference.ruleId}: original ${original}, restyled ${describeVerdict(difference.restyled)}`;
}
