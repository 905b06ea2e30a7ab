// Inline suppressions, as HTML comments (they stay invisible in rendered Markdown and HTML):
//   <!-- policy-lint-disable rule-a, rule-b -- reason -->   … until <!-- policy-lint-enable [rules] -->
//   <!-- policy-lint-disable-next-line rule-a -- reason -->
//   <!-- policy-lint-disable-line rule-a -->
// No rule ids means every rule.
import type { Edit, Finding, Locale } from "../runtime/rule.js";
import { toolFinding } from "./tool-finding.js";
import { indentOf } from "../parse/lines.js";

const KIND = /policy-lint-(disable-next-line|disable-line|disable|enable)\b/y;

export interface Directive {
  kind: "disable" | "enable" | "disable-next-line" | "disable-line";
  /** empty: every rule */
  ruleIds: string[];
  reason: string;
  line: number;
  column: number;
  endColumn: number;
}

/**
 * Scanned by hand rather than with /<!--\s*policy-lint-…(.*?)-->/g: on a line of many unclosed `<!--` that
 * regex restarts at each one and reads to the end of the line, quadratic in the line's length.
 */
function directivesOnLine(text: string, line: number): Directive[] {
  const found: Directive[] = [];
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", open + 4)) {
    let at = open + 4;
    while (at < text.length && /\s/.test(text[at])) at++;
    KIND.lastIndex = at;
    const kind = KIND.exec(text);
    if (!kind) continue;
    const close = text.indexOf("-->", KIND.lastIndex);
    if (close === -1) break; // no later comment on the line is closed either
    const [ids, ...reason] = text.slice(KIND.lastIndex, close).split(/\s--\s?/);
    found.push({
      kind: kind[1] as Directive["kind"],
      ruleIds: ids.split(/[\s,]+/).filter(Boolean),
      reason: reason.join(" -- ").trim(),
      line,
      column: open + 1,
      endColumn: close + 3 + 1,
    });
    open = close - 1; // the loop's next search starts at close + 3, just past this comment
  }
  return found;
}

export function parseDirectives(lines: readonly string[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((text, index) => {
    if (text.includes("policy-lint-")) directives.push(...directivesOnLine(text, index + 1));
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
const UNKNOWN_RULE_IN_DIRECTIVE = "unknown-rule-in-directive";

/** Rule ids a directive names that no rule has: a typo would otherwise silence nothing, silently. */
export function unknownRuleIds(directive: Directive, knownRuleIds: ReadonlySet<string>): string[] {
  return directive.ruleIds.filter((id) => !knownRuleIds.has(id));
}

/** Where a directive stands: its comment on its line. */
const rangeOf = (directive: Directive) => ({
  line: directive.line,
  column: directive.column,
  endLine: directive.line,
  endColumn: directive.endColumn,
});

/** A finding for each rule a directive names that does not exist (always reported, as ESLint does). */
export function unknownRuleFindings(
  directive: Directive,
  knownRuleIds: ReadonlySet<string>,
  locale: Locale,
  docsBaseUrl?: string,
): Finding[] {
  return unknownRuleIds(directive, knownRuleIds).map((id) =>
    toolFinding(
      {
        ruleId: UNKNOWN_RULE_IN_DIRECTIVE,
        messageId: "unknownRule",
        severity: "error",
        message:
          locale === "ko"
            ? `policy-lint-${directive.kind} 주석의 규칙 '${id}'은(는) 없는 규칙입니다(policy-lint --list-rules 참고)`
            : `policy-lint-${directive.kind} names unknown rule '${id}' (see policy-lint --list-rules)`,
        anchor: "suppressions",
        range: rangeOf(directive),
        fingerprintText: `${directive.kind} ${id}`,
      },
      docsBaseUrl,
    ),
  );
}

/** A finding for a directive that silenced nothing (--report-unused-disables). */
export function unusedDirectiveFinding(directive: Directive, severity: "warning" | "error", locale: Locale, docsBaseUrl?: string): Finding {
  const rules = directive.ruleIds.length > 0 ? directive.ruleIds.join(", ") : locale === "ko" ? "모든 규칙" : "all rules";
  return toolFinding(
    {
      ruleId: UNUSED_DIRECTIVE_RULE,
      messageId: "unused",
      severity,
      message:
        locale === "ko"
          ? `사용되지 않는 policy-lint-${directive.kind} 주석입니다(${rules})`
          : `unused policy-lint-${directive.kind} comment (${rules})`,
      anchor: "suppressions",
      range: rangeOf(directive),
      fingerprintText: `${directive.kind} ${directive.ruleIds.join(",")}`,
    },
    docsBaseUrl,
  );
}

/** "Disable for this line": a disable-next-line comment on a line of its own above the finding, with its indentation. */
export function disableNextLineSuggestion(
  ruleId: string,
  line: number,
  lines: readonly string[],
  locale: Locale,
): { desc: string; edit: Edit } {
  const target = lines[line - 1] ?? "";
  const indent = target.slice(0, indentOf(target));
  const reason = locale === "ko" ? "사유를 적으십시오" : "give the reason";
  return {
    desc:
      locale === "ko"
        ? `이 줄에서 ${ruleId} 규칙 끄기(주석에 사유를 적습니다)`
        : `Disable ${ruleId} for this line (with the reason in the comment)`,
    edit: {
      range: { line, column: 1, endLine: line, endColumn: 1 },
      text: `${indent}<!-- policy-lint-disable-next-line ${ruleId} -- ${reason} -->\n`,
    },
  };
}
