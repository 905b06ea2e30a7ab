// The library entry point: lint text or files and get findings back. The CLI is a thin layer over this.
import { resolve } from "node:path";
import { parsePolicy } from "./parse/index.js";
import type { SourceFormat } from "./parse/model.js";
import { runRules, type RuleSetting } from "./engine/run.js";
import type { Finding, Locale, Rule } from "./engine/rule.js";
import { rules as builtInRules } from "../rules/index.js";
import { collectFiles } from "./input/collect.js";
import { InputError, formatFromPath, readPolicyFile } from "./input/read.js";
import { dirname } from "node:path";
import { findConfigFile, loadConfigFile, resolveSettings, type LoadedConfig } from "./engine/config.js";

export type ConfigChoice = { use: "discover" } | { use: "file"; path: string } | { use: "none" };

export interface LintOptions {
  locale?: Locale;
  /** rule settings that win over any configuration file (the CLI's --rule) */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** how lint() finds a configuration file; lintText() takes none */
  config?: ConfigChoice;
  /** report every warning as an error (the strict preset) */
  strict?: boolean;
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
    escalateWarnings: options.strict ?? false,
  });
  return summarise(filePath, findings);
}

/**
 * Finds each file's configuration (nearest .policylintrc.* or package.json "policy-lint" key, or the one
 * named), caching by directory. Throws ConfigError for a configuration that cannot be used.
 */
export function configLoader(
  choice: ConfigChoice,
  ruleSet: readonly Rule[] = builtInRules,
): (filePath: string) => Promise<LoadedConfig | null> {
  const ruleIds = new Set(ruleSet.map((rule) => rule.meta.id));
  const loaded = new Map<string, Promise<LoadedConfig>>();
  const load = (path: string) => {
    if (!loaded.has(path)) loaded.set(path, loadConfigFile(path, ruleIds));
    return loaded.get(path)!;
  };
  return async (filePath) => {
    if (choice.use === "none") return null;
    if (choice.use === "file") return load(choice.path);
    const found = findConfigFile(dirname(resolve(filePath)));
    return found ? load(found) : null;
  };
}

/** Options for one file: its configuration's settings, under what the caller set explicitly. */
export async function optionsFor(filePath: string, options: LintOptions, loadConfig: (filePath: string) => Promise<LoadedConfig | null>) {
  const settings = resolveSettings(await loadConfig(filePath), filePath);
  return {
    ignored: settings.ignored,
    options: {
      ...options,
      strict: options.strict ?? settings.strict,
      locale: options.locale ?? settings.locale,
      rules: { ...settings.ruleSettings, ...options.rules },
    },
  };
}

/** Lints files, directories and globs. A file that cannot be read is reported and the rest are still linted. */
export async function lint(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const { files, errors } = await collectFiles(patterns);
  const loadConfig = configLoader(options.config ?? { use: "discover" }, options.ruleSet);
  const results: LintResult[] = [];
  for (const file of files) {
    const { ignored, options: fileOptions } = await optionsFor(file, options, loadConfig);
    if (ignored) continue;
    try {
      results.push(await lintText(await readPolicyFile(file), resolve(file), fileOptions));
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
