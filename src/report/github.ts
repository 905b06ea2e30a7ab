// GitHub Actions workflow commands: one annotation per finding on the pull request's lines.
import { relative } from "node:path";
import type { Severity } from "../runtime/rule.js";
import type { LintResult } from "../pipeline/results.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
// GitHub shows at most this many error and this many warning annotations per step
export const GITHUB_ANNOTATIONS_PER_STEP = 10;

/** Message text: %, CR and LF are escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values (file, title): also : and , which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(results: readonly LintResult[], cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const file = escapeProperty(relative(cwd, result.filePath).split("\\").join("/") || result.filePath);
    for (const finding of result.findings) {
      counts[finding.severity]++;
      const properties = [
        `file=${file}`,
        `line=${finding.line}`,
        `endLine=${finding.endLine}`,
        `col=${finding.column}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(",");
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(`${finding.message} (${finding.statute})`)}`);
    }
  }
  const hidden = Math.max(0, counts.error - GITHUB_ANNOTATIONS_PER_STEP) + Math.max(0, counts.warning - GITHUB_ANNOTATIONS_PER_STEP);
  // first: GitHub caps each step's annotations, and a notice after the others could itself be cut
  if (hidden > 0) {
    lines.unshift(
      `::notice title=policy-lint::${escapeData(`${counts.error} errors and ${counts.warning} warnings found; GitHub shows ${GITHUB_ANNOTATIONS_PER_STEP} of each per step, so ${hidden} are not annotated. Run policy-lint locally or upload SARIF for the full list.`)}`,
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
