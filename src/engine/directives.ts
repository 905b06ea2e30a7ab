// Inline suppressions, as HTML comments (they stay invisible in rendered Markdown and HTML):
//   <!-- policy-lint-disable rule-a, rule-b -- reason -->   … until <!-- policy-lint-enable [rules] -->
//   <!-- policy-lint-disable-next-line rule-a -- reason -->
//   <!-- policy-lint-disable-line rule-a -->
// No rule ids means every rule.
import type { Finding, Locale } from "./rule.js";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "./package-info.js";
import { fingerprintOf } from "./baseline.js";

const DIRECTIVE = /<!--\s*policy-lint-(disable-next-line|disable-line|disable|enable)\b(.*?)-->/g;

export interface Directive {
  kind: "disable" | "enable" | "disable-next-line" | "disable-line";
  /** empty: every rule */
  ruleIds: string[];
  reason: string;
  line: number;
  column: number;
  endColumn: number;
}

export function parseDirectives(lines: readonly string[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((text, index) => {
    if (!text.includes("policy-lint-")) return;
    for (const match of text.matchAll(DIRECTIVE)) {
      const [ids, ...reason] = match[2].split(/\s--\s?/);
      directives.push({
        kind: match[1] as Directive["kind"],
        ruleIds: ids.split(/[\s,]+/).filter(Boolean),
        reason: reason.join(" -- ").trim(),
        line: index + 1,
        column: match.index + 1,
        endColumn: match.index + match[0].length + 1,
      });
    }
  });
  return directives;
}

const covers = (directive: Directive, ruleId: string) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

export interface Suppression {
  kept: Finding[];
  /** directives that suppressed nothing */
  unused: Directive[];
}

/** Drops the findings the directives disable and tells which directives did nothing. */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): Suppression {
  const used = new Set<Directive>();
  const blocks = directives.filter((directive) => directive.kind === "disable" || directive.kind === "enable");
  const kept = findings.filter((finding) => {
    for (const directive of directives) {
      const lineMatch =
        (directive.kind === "disable-next-line" && finding.line === directive.line + 1) ||
        (directive.kind === "disable-line" && finding.line === directive.line);
      if (lineMatch && covers(directive, finding.ruleId)) {
        used.add(directive);
        return false;
      }
    }
    // the last disable/enable before the finding's line decides, rule by rule
    let active: Directive | null = null;
    for (const directive of blocks) {
      if (directive.line > finding.line) break;
      if (!covers(directive, finding.ruleId)) continue;
      active = directive.kind === "disable" ? directive : null;
    }
    if (active) {
      used.add(active);
      return false;
    }
    return true;
  });
  const unused = directives.filter((directive) => directive.kind !== "enable" && !used.has(directive));
  return { kept, unused };
}

export const UNUSED_DIRECTIVE_RULE = "unused-disable-directive";

/** A finding for a directive that silenced nothing (--report-unused-disables). */
export function unusedDirectiveFinding(directive: Directive, severity: "warning" | "error", locale: Locale): Finding {
  const rules = directive.ruleIds.length > 0 ? directive.ruleIds.join(", ") : locale === "ko" ? "모든 규칙" : "all rules";
  return {
    ruleId: UNUSED_DIRECTIVE_RULE,
    url: `${pathToFileURL(join(packageRoot(), "README.md")).href}#suppressions`,
    severity,
    messageId: "unused",
    message:
      locale === "ko"
        ? `사용되지 않는 policy-lint-${directive.kind} 주석입니다(${rules})`
        : `unused policy-lint-${directive.kind} comment (${rules})`,
    statute: "policy-lint",
    line: directive.line,
    column: directive.column,
    endLine: directive.line,
    endColumn: directive.endColumn,
    fingerprint: fingerprintOf(UNUSED_DIRECTIVE_RULE, "unused", `${directive.kind} ${directive.ruleIds.join(",")}`),
  };
}
