// --format checklist: the verdicts as JSON (schemas/checklist.schema.json), one entry per policy, for tools
// that track which items each policy discloses.
import type { Locale, Rule } from "../runtime/rule.js";
import type { LintResult } from "../pipeline/results.js";
import { buildChecklist, STATUS_LABEL } from "./checklist-model.js";
import { SEVERITY_NUMBER } from "./json.js";

export function toChecklistJson(results: readonly LintResult[], rules: readonly Rule[], locale: Locale) {
  return results.map((result) => {
    const checklist = buildChecklist(result, rules, locale);
    return {
      filePath: result.filePath,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      groups: checklist.sections.map((section) => ({
        group: section.group,
        name: section.name,
        items: section.items.map((item) => ({
          ruleId: item.ruleId,
          title: item.title,
          statute: item.statute,
          status: item.status,
          statusLabel: STATUS_LABEL[locale][item.status],
          lines: item.lines,
          findings: item.findings.map((finding) => ({
            severity: SEVERITY_NUMBER[finding.severity],
            messageId: finding.messageId,
            message: finding.message,
            line: finding.line,
            column: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          })),
        })),
      })),
    };
  });
}

export function formatChecklist(results: readonly LintResult[], rules: readonly Rule[], locale: Locale): string {
  return `${JSON.stringify(toChecklistJson(results, rules, locale), null, 2)}\n`;
}
