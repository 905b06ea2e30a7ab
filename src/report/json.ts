// ESLint-compatible JSON: one entry per file, severities 2 (error), 1 (warning), 3 (info, as textlint).
import type { Finding, Fix, Severity, Suggestion } from "../runtime/rule.js";
import type { LintResult } from "../pipeline/results.js";

/** ESLint's numbers for severities (1 warning, 2 error), and 3 for info, which ESLint does not have */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3> = { error: 2, warning: 1, info: 3 };

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2 | 3;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  statute: string;
  url: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** ESLint's result: the lint result's counts and fixed text, with its findings as messages (verdicts travel in --format checklist). */
export type JsonResult = Pick<
  LintResult,
  "filePath" | "errorCount" | "warningCount" | "infoCount" | "fixableErrorCount" | "fixableWarningCount" | "output"
> & { messages: JsonMessage[] };

function toMessage(finding: Finding): JsonMessage {
  const { ruleId, severity, message, messageId, line, column, endLine, endColumn, statute, url, fix, suggestions } = finding;
  return {
    ruleId,
    severity: SEVERITY_NUMBER[severity],
    message,
    messageId,
    line,
    column,
    endLine,
    endColumn,
    statute,
    url,
    fix,
    suggestions,
  };
}

export function toJsonResults(results: readonly LintResult[]): JsonResult[] {
  return results.map((result) => ({
    filePath: result.filePath,
    messages: result.findings.map(toMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    output: result.output,
  }));
}

export function formatJson(results: readonly LintResult[]): string {
  return `${JSON.stringify(toJsonResults(results))}\n`;
}
