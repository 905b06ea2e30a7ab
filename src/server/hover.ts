// Hover on a finding: what it means, the rule's explanation and a compliant example, from the rule's metadata.
import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import type { Finding, Locale, Rule } from "../runtime/rule.js";
import { rangeOf } from "./diagnostics.js";

const covers = (finding: Finding, { line, character }: Position) => {
  const { start, end } = rangeOf(finding);
  const afterStart = line > start.line || (line === start.line && character >= start.character);
  const beforeEnd = line < end.line || (line === end.line && character <= end.character);
  return afterStart && beforeEnd;
};

const HEADINGS: Record<Locale, { example: string; statute: string; rule: string }> = {
  ko: { example: "바르게 쓴 예", statute: "근거", rule: "규칙 설명" },
  en: { example: "Compliant example", statute: "Statute", rule: "Rule page" },
};

export function hoverFor(findings: readonly Finding[], position: Position, rules: readonly Rule[], locale: Locale): Hover | null {
  const here = findings.filter((finding) => covers(finding, position));
  if (here.length === 0) return null;
  const words = HEADINGS[locale];
  const parts = here.map((finding) => {
    const rule = rules.find((candidate) => candidate.meta.id === finding.ruleId);
    const lines = [`**${rule ? rule.meta.title[locale] : finding.ruleId}** (\`${finding.ruleId}\`)`, "", finding.message, ""];
    if (rule) {
      lines.push(rule.meta.description[locale], "", `${words.example}:`, "", "```text", rule.meta.example[locale], "```", "");
    }
    lines.push(`${words.statute}: ${finding.statute}`, "", `[${words.rule}](${finding.url})`);
    return lines.join("\n");
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join("\n\n---\n\n") }, range: rangeOf(here[0]) };
}
