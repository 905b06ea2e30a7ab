// Findings as LSP diagnostics: severity, the rule id as code with a link to its page, the statute in the message.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import type { Finding, Severity } from "../runtime/rule.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const SOURCE = "policy-lint";

/** LSP positions are 0-based; a finding's lines and columns are 1-based in the same UTF-16 units. */
export function rangeOf(finding: Pick<Finding, "line" | "column" | "endLine" | "endColumn">) {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: `${finding.message} (${finding.statute})`,
  };
}

/** The finding a diagnostic the editor sends back was made from. */
export function findingOf(diagnostic: Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const { start, end } = diagnostic.range;
  return findings.find(
    (finding) =>
      finding.ruleId === diagnostic.code &&
      finding.line - 1 === start.line &&
      finding.column - 1 === start.character &&
      finding.endLine - 1 === end.line &&
      finding.endColumn - 1 === end.character,
  );
}
