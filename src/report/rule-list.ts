// --list-rules and --explain: the rules described from their own metadata.
import type { Locale, Rule } from "../runtime/rule.js";
import { ruleDocsUrl } from "../pipeline/docs-url.js";

export function formatRuleList(rules: readonly Rule[], locale: Locale, format: "stylish" | "json"): string {
  if (format === "json") {
    const list = rules.map(({ meta }) => ({
      id: meta.id,
      severity: meta.severity,
      statute: meta.statute,
      title: meta.title[locale],
      url: ruleDocsUrl(meta.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((rule) => rule.meta.id.length));
  return (
    rules.map(({ meta }) => `${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(7)}  ${meta.title[locale]} — ${meta.statute}`).join("\n") +
    "\n"
  );
}

export function formatExplanation(rule: Rule, locale: Locale): string {
  const { meta } = rule;
  const heading =
    locale === "ko"
      ? { severity: "기본 심각도", statute: "근거", example: "충족하는 예", docs: "문서" }
      : { severity: "Default severity", statute: "Statute", example: "A compliant passage", docs: "Docs" };
  return [
    `${meta.id} — ${meta.title[locale]}`,
    `${heading.severity}: ${meta.severity}`,
    `${heading.statute}: ${meta.statute}`,
    "",
    meta.description[locale],
    "",
    `${heading.example}:`,
    ...meta.example[locale].split("\n").map((line) => `  ${line}`),
    "",
    `${heading.docs}: ${ruleDocsUrl(meta.id)}`,
    "",
  ].join("\n");
}
