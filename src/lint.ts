// The library entry point: lint text or files and get findings back. The CLI is a thin layer over this.
import { resolve } from "node:path";
import { parsePolicy } from "./parse/index.js";
import type { SourceFormat } from "./parse/model.js";
import { runRules, type RuleSetting } from "./engine/run.js";
import type { Finding, Locale, Rule } from "./engine/rule.js";
import { rules as builtInRules } from "../rules/index.js";
import { collectFiles } from "./input/collect.js";
import { InputError, formatFromPath, readPolicyFile } from "./input/read.js";

export interface LintOptions {
  locale?: Locale;
  rules?: Readonly<Record<string, RuleSetting>>;
  /** rules to run instead of the built-in set (for tests and plug-ins) */
  ruleSet?: readonly Rule[];
}

export interface LintResult {
  filePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export interface LintRun {
  results: LintResult[];
  /** files that could not be linted, each with its reason */
  inputErrors: InputError[];
}

export function summarise(filePath: string, findings: Finding[]): LintResult {
  const count = (severity: Finding["severity"]) => findings.filter((finding) => finding.severity === severity).length;
  return { filePath, findings, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") };
}

export async function lintText(
  text: string,
  filePath = "<text>",
  options: LintOptions & { format?: SourceFormat } = {},
): Promise<LintResult> {
  const document = await parsePolicy(text, options.format ?? formatFromPath(filePath));
  const findings = runRules(document, options.ruleSet ?? builtInRules, {
    locale: options.locale ?? "ko",
    ruleSettings: options.rules ?? {},
  });
  return summarise(filePath, findings);
}

/** Lints files, directories and globs. A file that cannot be read is reported and the rest are still linted. */
export async function lint(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const { files, errors } = await collectFiles(patterns);
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      results.push(await lintText(await readPolicyFile(file), resolve(file), options));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  return { results, inputErrors: errors };
}

export function ruleIds(ruleSet: readonly Rule[] = builtInRules): string[] {
  return ruleSet.map((rule) => rule.meta.id);
}
