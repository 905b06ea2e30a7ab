// --format markdown: the checklist and the findings as GitHub-flavoured Markdown tables, for pull-request
// comments and the Action's job summary. A reviewer sees what each policy discloses without opening files.
import type { Locale, Rule } from "../runtime/rule.js";
import { fallsShortOn } from "../pipeline/verdict.js";
import type { LintResult } from "../pipeline/results.js";
import { buildChecklist, SEVERITY_LABEL, STATUS_LABEL, type PolicyChecklist } from "./checklist-model.js";
import { displayPath } from "./display-path.js";

export interface MarkdownOptions {
  locale: Locale;
  cwd?: string;
}

const TEXT = {
  ko: {
    title: "개인정보 처리방침 점검 결과",
    policy: "처리방침",
    shortfalls: "누락·보완 필요 항목",
    item: "항목",
    status: "결과",
    statute: "근거",
    where: "위치·지적",
    line: "줄",
    severity: "심각도",
    message: "내용",
    rule: "규칙",
    findings: "지적 사항",
    none: "지적 사항이 없습니다.",
    foundAt: (lines: string) => `${lines}행`,
    findingsAt: (lines: string) => `지적: ${lines}행`,
    counts: (e: number, w: number, i: number) => `오류 ${e} · 경고 ${w} · 정보 ${i}`,
    noFiles: "점검한 처리방침이 없습니다.",
  },
  en: {
    title: "Privacy policy review",
    policy: "Policy",
    shortfalls: "Items missing or needing work",
    item: "Item",
    status: "Result",
    statute: "Statute",
    where: "Where / findings",
    line: "Line",
    severity: "Severity",
    message: "Message",
    rule: "Rule",
    findings: "Findings",
    none: "No findings.",
    foundAt: (lines: string) => `line ${lines}`,
    findingsAt: (lines: string) => `findings: line ${lines}`,
    counts: (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} info`,
    noFiles: "No policies were linted.",
  },
};

const STATUS_SYMBOL = { missing: "❌", incomplete: "⚠️", disclosed: "✅", "not-applicable": "➖", passed: "✅", off: "⏸️" } as const;

/** A table cell's text: pipes escaped, line breaks folded, Markdown that would start markup neutralised. */
const cell = (text: string) =>
  text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ")
    .replace(/([*_`<[])/g, "\\$1");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

function policyMarkdown(checklist: PolicyChecklist, name: string, locale: Locale, headingLevel: number): string {
  const text = TEXT[locale];
  const hashes = "#".repeat(headingLevel);
  const { error, warning, info } = checklist.counts;
  const out = [`${hashes} ${cell(name)}`, "", text.counts(error, warning, info), ""];
  for (const section of checklist.sections) {
    out.push(`${hashes}# ${section.name}`, "");
    const rows = section.items.map((item) => {
      const where = [
        ...(item.lines.length > 0 ? [text.foundAt(item.lines.join(", "))] : []),
        ...(item.findings.length > 0 ? [text.findingsAt(item.findings.map((finding) => finding.line).join(", "))] : []),
      ];
      return [
        `${cell(item.title)} \`${item.ruleId}\``,
        `${STATUS_SYMBOL[item.status]} ${STATUS_LABEL[locale][item.status]}`,
        cell(item.statute),
        where.join("<br>"),
      ];
    });
    out.push(table([text.item, text.status, text.statute, text.where], rows), "");
  }
  out.push(`${hashes}# ${text.findings}`, "");
  const findings = [
    ...checklist.sections.flatMap((section) => section.items.flatMap((item) => item.findings)),
    ...checklist.otherFindings,
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.length === 0) out.push(text.none, "");
  else
    out.push(
      table(
        [text.line, text.severity, text.message, text.rule, text.statute],
        findings.map((finding) => [
          String(finding.line),
          SEVERITY_LABEL[locale][finding.severity],
          cell(finding.message),
          `\`${finding.ruleId}\``,
          cell(finding.statute),
        ]),
      ),
      "",
    );
  return out.join("\n");
}

export function formatMarkdown(results: readonly LintResult[], rules: readonly Rule[], options: MarkdownOptions): string {
  const { locale } = options;
  const text = TEXT[locale];
  const out = [`## ${text.title}`, ""];
  if (results.length === 0) return `${[...out, text.noFiles].join("\n")}\n`;
  const policies = results.map((result) => ({
    name: displayPath(result.filePath, options.cwd),
    checklist: buildChecklist(result, rules, locale),
  }));
  if (policies.length > 1) {
    const rows = policies.map(({ name, checklist }) => {
      const shortfalls = checklist.sections.flatMap((section) => section.items).filter(fallsShortOn).length;
      return [
        cell(name),
        String(checklist.counts.error),
        String(checklist.counts.warning),
        String(checklist.counts.info),
        String(shortfalls),
      ];
    });
    const severity = SEVERITY_LABEL[locale];
    out.push(table([text.policy, severity.error, severity.warning, severity.info, text.shortfalls], rows), "");
  }
  for (const { name, checklist } of policies) {
    // several policies: each in a fold, so the job summary stays readable
    if (policies.length > 1)
      out.push(
        `<details><summary>${escapeHtml(name)} — ${text.counts(checklist.counts.error, checklist.counts.warning, checklist.counts.info)}</summary>`,
        "",
      );
    out.push(policyMarkdown(checklist, name, locale, 3));
    if (policies.length > 1) out.push("</details>", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
