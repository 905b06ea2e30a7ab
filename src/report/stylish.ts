// Human output in the shape ESLint users know: per file, `line:col  severity  message  rule-id`.
import { relative } from "node:path";
import type { Locale, Severity } from "../engine/rule.js";
import type { LintResult } from "../lint.js";

export interface StylishOptions {
  color: boolean;
  locale: Locale;
  cwd?: string;
}

const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  ko: { error: "오류", warning: "경고", info: "정보" },
  en: { error: "error", warning: "warning", info: "info" },
};
const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

/** Display width: Hangul and other wide characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const labels = SEVERITY_LABEL[options.locale];
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(paint("4", relative(options.cwd ?? process.cwd(), result.filePath) || result.filePath));
    const rows = result.findings.map(
      (finding) => [`${finding.line}:${finding.column}`, finding.severity, finding.message, finding.ruleId] as const,
    );
    const positionWidth = Math.max(...rows.map((row) => row[0].length));
    const labelWidth = Math.max(...Object.values(labels).map(displayWidth));
    const messageWidth = Math.max(...rows.map((row) => displayWidth(row[2])));
    for (const [position, severity, message, ruleId] of rows) {
      totals[severity]++;
      const label = paint(SEVERITY_COLOR[severity], pad(labels[severity], labelWidth));
      out.push(`  ${position.padStart(positionWidth)}  ${label}  ${pad(message, messageWidth)}  ${paint("2", ruleId)}`);
    }
    out.push("");
  }
  const total = totals.error + totals.warning + totals.info;
  if (total === 0) return "";
  const summary =
    options.locale === "ko"
      ? `✖ 문제 ${total}건 (오류 ${totals.error}, 경고 ${totals.warning}, 정보 ${totals.info})`
      : `✖ ${total} problem${total === 1 ? "" : "s"} (${totals.error} error${totals.error === 1 ? "" : "s"}, ${totals.warning} warning${totals.warning === 1 ? "" : "s"}, ${totals.info} info)`;
  out.push(paint(totals.error > 0 ? "31;1" : "33;1", summary));
  // as ESLint does: say how many of them --fix would take care of
  const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0);
  if (fixable > 0)
    out.push(
      paint(
        totals.error > 0 ? "31;1" : "33;1",
        options.locale === "ko" ? `  그중 ${fixable}건은 --fix로 고칠 수 있습니다` : `  ${fixable} of them fixable with the --fix option`,
      ),
    );
  out.push("");
  return out.join("\n");
}
