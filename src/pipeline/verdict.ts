// Verdicts: per rule, what the checklist says about the policy — the item disclosed (and where), missing,
// incomplete, not applicable, or not checked. Derived from what each rule recorded while it checked and
// from the findings that survived disable comments, so no rule is run twice and no text is read again.
import checklist from "../../rules/data/checklist.json" with { type: "json" };
import type { Finding } from "../runtime/rule.js";

export type ChecklistGroup = keyof typeof checklist.groups;
export const CHECKLIST_GROUPS = Object.keys(checklist.groups) as ChecklistGroup[];

export type VerdictStatus = "disclosed" | "missing" | "incomplete" | "not-applicable" | "passed" | "off";

/** What a rule recorded about its item while it checked. */
export interface RuleRecord {
  ruleId: string;
  off: boolean;
  notApplicable: boolean;
  /** lines where the rule found its item */
  lines: number[];
}

export interface Verdict {
  ruleId: string;
  group: ChecklistGroup;
  /**
   * disclosed: found, no finding; passed: no finding and no place recorded (checks of wording and structure);
   * incomplete: found, with findings; missing: a finding says the item is absent
   */
  status: VerdictStatus;
  /** lines where the rule found its item, ascending */
  lines: number[];
}

const entries = checklist.rules as Record<string, { group: ChecklistGroup; short: Record<"ko" | "en", string> }>;

export function checklistGroup(ruleId: string): ChecklistGroup {
  return entries[ruleId]?.group ?? "checks";
}

const ORDER = new Map(Object.keys(entries).map((ruleId, index) => [ruleId, index]));

/** Where the item comes in the checklist: the law's order, as the data lists it; unlisted rules last. */
export function checklistOrder(ruleId: string): number {
  return ORDER.get(ruleId) ?? ORDER.size;
}

/** The item's name in a few words, for column headers. */
export function shortName(ruleId: string, locale: "ko" | "en"): string {
  return entries[ruleId]?.short[locale] ?? ruleId;
}

export function groupName(group: ChecklistGroup, locale: "ko" | "en"): string {
  return checklist.groups[group][locale];
}

export function groupBasis(group: ChecklistGroup, locale: "ko" | "en"): string {
  return checklist.groups[group].basis[locale];
}

// only warnings and errors make an item fall short; info is advice (as in the gold files)
const fallsShort = (finding: Finding) => finding.severity !== "info";

/** The verdict of each rule, from its record and the findings kept for the file. */
export function settleVerdicts(records: readonly RuleRecord[], findings: readonly Finding[]): Verdict[] {
  const shortfalls = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!fallsShort(finding)) continue;
    const list = shortfalls.get(finding.ruleId);
    if (list) list.push(finding);
    else shortfalls.set(finding.ruleId, [finding]);
  }
  return records.map((record) => {
    // most rules record one line or none: only more need their duplicates dropped and their order settled
    const lines = record.lines.length <= 1 ? [...record.lines] : [...new Set(record.lines)].sort((a, b) => a - b);
    const own = shortfalls.get(record.ruleId);
    let status: VerdictStatus;
    if (record.off) status = "off";
    else if (own) status = own.some((finding) => finding.messageId === "missing") ? "missing" : "incomplete";
    else if (record.notApplicable) status = "not-applicable";
    else status = lines.length > 0 ? "disclosed" : "passed";
    return { ruleId: record.ruleId, group: checklistGroup(record.ruleId), status, lines };
  });
}

/** Records back from verdicts, to settle them again when findings are taken away (a baseline). */
export function recordsOf(verdicts: readonly Verdict[]): RuleRecord[] {
  return verdicts.map((verdict) => ({
    ruleId: verdict.ruleId,
    off: verdict.status === "off",
    notApplicable: verdict.status === "not-applicable",
    lines: verdict.lines,
  }));
}

/** True when the verdict says the policy falls short on the item. */
export function fallsShortOn(verdict: Verdict): boolean {
  return verdict.status === "missing" || verdict.status === "incomplete";
}
