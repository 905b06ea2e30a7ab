// The checklist as the reports show it: per policy, every rule's item in its law group, with its verdict,
// statute, the lines where it was found and its findings. One model for the checklist, HTML and Markdown
// formats, so they cannot disagree.
import type { Finding, Locale, Rule, Severity } from "../runtime/rule.js";
import { CHECKLIST_GROUPS, checklistOrder, groupBasis, groupName, type ChecklistGroup, type VerdictStatus } from "../pipeline/verdict.js";
import type { LintResult } from "../pipeline/results.js";

export interface ChecklistItem {
  ruleId: string;
  title: string;
  statute: string;
  group: ChecklistGroup;
  status: VerdictStatus;
  lines: number[];
  findings: Finding[];
}

export interface ChecklistSection {
  group: ChecklistGroup;
  name: string;
  basis: string;
  items: ChecklistItem[];
}

export interface PolicyChecklist {
  filePath: string;
  sections: ChecklistSection[];
  /** findings of no rule in the checklist (an unused disable comment) */
  otherFindings: Finding[];
  counts: Record<Severity, number>;
}

export const STATUS_LABEL: Record<Locale, Record<VerdictStatus, string>> = {
  ko: {
    disclosed: "기재됨",
    missing: "누락",
    incomplete: "보완 필요",
    "not-applicable": "해당 없음",
    passed: "문제 없음",
    off: "점검 안 함",
  },
  en: {
    disclosed: "disclosed",
    missing: "missing",
    incomplete: "needs work",
    "not-applicable": "not applicable",
    passed: "no issues",
    off: "off",
  },
};

export const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  ko: { error: "오류", warning: "경고", info: "정보" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function buildChecklist(result: LintResult, rules: readonly Rule[], locale: Locale): PolicyChecklist {
  const metaOf = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  const findingsOf = new Map<string, Finding[]>(result.verdicts.map((verdict) => [verdict.ruleId, []]));
  const otherFindings: Finding[] = [];
  for (const finding of result.findings) (findingsOf.get(finding.ruleId) ?? otherFindings).push(finding);
  const verdicts = [...result.verdicts].sort((a, b) => checklistOrder(a.ruleId) - checklistOrder(b.ruleId));
  const items: ChecklistItem[] = verdicts.map((verdict) => {
    const meta = metaOf.get(verdict.ruleId);
    return {
      ruleId: verdict.ruleId,
      // English titles are written to sit inside messages ("the security measures"); a row starts a sentence
      title: meta ? meta.title[locale].charAt(0).toUpperCase() + meta.title[locale].slice(1) : verdict.ruleId,
      statute: meta?.statute ?? "",
      group: verdict.group,
      status: verdict.status,
      lines: verdict.lines,
      findings: findingsOf.get(verdict.ruleId)!,
    };
  });
  const sections = CHECKLIST_GROUPS.map((group) => ({
    group,
    name: groupName(group, locale),
    basis: groupBasis(group, locale),
    items: items.filter((item) => item.group === group),
  })).filter((section) => section.items.length > 0);
  return {
    filePath: result.filePath,
    sections,
    otherFindings,
    counts: { error: result.errorCount, warning: result.warningCount, info: result.infoCount },
  };
}
