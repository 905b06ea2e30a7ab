// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Locale, Rule, Severity } from "../runtime/rule.js";
import type { LintResult } from "../pipeline/results.js";
import { ruleDocsUrl } from "../pipeline/docs-url.js";
import { packageVersion } from "../pipeline/package-info.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export function toSarif(results: readonly LintResult[], rules: readonly Rule[], locale: Locale, cwd = process.cwd()) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  // the page the findings link to (a configuration may point them at a mirror), so helpUri and url agree
  const findingUrls = new Map(results.flatMap((result) => result.findings.map((finding) => [finding.ruleId, finding.url] as const)));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "policy-lint",
            version: packageVersion(),
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              name: meta.id,
              shortDescription: { text: meta.title[locale] },
              fullDescription: { text: meta.description[locale] },
              helpUri: findingUrls.get(meta.id) ?? ruleDocsUrl(meta.id),
              help: { text: `${meta.description[locale]}\n\n${meta.example[locale]}` },
              defaultConfiguration: { level: LEVEL[meta.severity] },
              properties: { statute: meta.statute, tags: ["privacy", "compliance", "korea"] },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(`${cwd}/`).href } },
        results: results.flatMap((result) =>
          result.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(relative(cwd, result.filePath).split("\\").join("/")), uriBaseId: "%SRCROOT%" },
                  region: {
                    startLine: finding.line,
                    startColumn: finding.column,
                    endLine: finding.endLine,
                    endColumn: Math.max(finding.endColumn, finding.column),
                  },
                },
              },
            ],
            properties: { statute: finding.statute, messageId: finding.messageId },
          })),
        ),
      },
    ],
  };
}

export function formatSarif(results: readonly LintResult[], rules: readonly Rule[], locale: Locale): string {
  return `${JSON.stringify(toSarif(results, rules, locale), null, 2)}\n`;
}
