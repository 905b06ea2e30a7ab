// Human output in the shape ESLint users know: per file, `line:col  severity  message  rule-id`, with the
// statute under each finding (dimmed), the file's counts in its header, and a count per rule at the end.
import type { Finding, Locale, Severity } from "../runtime/rule.js";
import type { LintResult } from "../pipeline/results.js";
import { displayPath } from "./display-path.js";

export interface StylishOptions {
  color: boolean;
  locale: Locale;
  cwd?: string;
  /** wrap to this many terminal columns (a terminal's width); unset, each finding keeps one line */
  width?: number;
}

const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  ko: { error: "오류", warning: "경고", info: "정보" },
  en: { error: "error", warning: "warning", info: "info" },
};
const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };
const SEVERITIES: Severity[] = ["error", "warning", "info"];

const TEXT = {
  ko: {
    counts: (counts: Record<Severity, number>) => `오류 ${counts.error} · 경고 ${counts.warning} · 정보 ${counts.info}`,
    byRule: "규칙별 건수",
    total: (total: number, counts: Record<Severity, number>) =>
      `✖ 문제 ${total}건 (오류 ${counts.error}, 경고 ${counts.warning}, 정보 ${counts.info})`,
    fixable: (fixable: number) => `  그중 ${fixable}건은 --fix로 고칠 수 있습니다`,
  },
  en: {
    counts: (counts: Record<Severity, number>) =>
      `${plural(counts.error, "error")} · ${plural(counts.warning, "warning")} · ${counts.info} info`,
    byRule: "By rule",
    total: (total: number, counts: Record<Severity, number>) =>
      `✖ ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)`,
    fixable: (fixable: number) => `  ${fixable} of them fixable with the --fix option`,
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Display width: Hangul and other wide characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

/** Words of `text` in lines no wider than `width`; a word wider than that is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (displayWidth(rest) > width) {
      let cut = "";
      for (const char of rest) {
        if (displayWidth(cut + char) > width) break;
        cut += char;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const labels = SEVERITY_LABEL[options.locale];
  const text = TEXT[options.locale];
  const labelWidth = Math.max(...Object.values(labels).map(displayWidth));
  const out: string[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const name = displayPath(result.filePath, options.cwd);
    out.push(`${paint("4", name)}  ${paint("2", text.counts(countBySeverity(result.findings)))}`);
    const positionWidth = Math.max(...result.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    const indent = 2 + positionWidth + 2 + labelWidth + 2;
    const room = options.width ? Math.max(20, options.width - indent) : Infinity;
    for (const finding of result.findings) {
      const ofRule = byRule.get(finding.ruleId);
      if (ofRule) ofRule.push(finding);
      else byRule.set(finding.ruleId, [finding]);
      const label = paint(SEVERITY_COLOR[finding.severity], pad(labels[finding.severity], labelWidth));
      const lead = `  ${`${finding.line}:${finding.column}`.padStart(positionWidth)}  ${label}  `;
      const message = room === Infinity ? [finding.message] : wrap(finding.message, room);
      const last = message.length - 1;
      // the rule id after the message when it fits there, else on a line of its own
      const ruleFits = displayWidth(`${message[last]}  ${finding.ruleId}`) <= room;
      if (ruleFits) message[last] = `${message[last]}  ${paint("2", finding.ruleId)}`;
      else message.push(paint("2", finding.ruleId));
      out.push(lead + message[0], ...message.slice(1).map((line) => " ".repeat(indent) + line));
      if (finding.statute) {
        const statute = room === Infinity ? [finding.statute] : wrap(finding.statute, room);
        out.push(...statute.map((line) => " ".repeat(indent) + paint("2", line)));
      }
    }
    out.push("");
  }
  const totals = countBySeverity(results.flatMap((result) => result.findings));
  const total = totals.error + totals.warning + totals.info;
  if (total === 0) return "";
  const rules = [...byRule].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const idWidth = Math.max(...rules.map(([ruleId]) => ruleId.length));
  const countWidth = String(rules[0][1].length).length;
  out.push(text.byRule);
  for (const [ruleId, findings] of rules) {
    const counts = countBySeverity(findings);
    const split = SEVERITIES.filter((severity) => counts[severity] > 0)
      .map((severity) => `${labels[severity]} ${counts[severity]}`)
      .join(", ");
    out.push(`  ${ruleId.padEnd(idWidth)}  ${String(findings.length).padStart(countWidth)}  ${paint("2", split)}`);
  }
  const color = totals.error > 0 ? "31;1" : "33;1";
  out.push("", paint(color, text.total(total, totals)));
  // as ESLint does: say how many of them --fix would take care of
  const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0);
  if (fixable > 0) out.push(paint(color, text.fixable(fixable)));
  out.push("");
  return out.join("\n");
}
