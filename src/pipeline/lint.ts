// The library entry point: lint text or files and get findings back. The CLI is a thin layer over this.
import { resolve } from "node:path";
import type { SourceFormat } from "../parse/model.js";
import type { Locale, Rule } from "../runtime/rule.js";
import { rules as builtInRules } from "../../rules/index.js";
import { collectFiles } from "../input/collect.js";
import { InputError } from "../input/read.js";
import { isIgnored, readIgnoreFile } from "../input/ignore-file.js";
import lintFile, { type Outcome, type Task } from "./parallel/worker.js";
import { runOnPool } from "./parallel/pool.js";
import { dirname } from "node:path";
import { findConfigFile, loadConfigFile, resolveSettings, type LoadedConfig } from "./config.js";
import { lintText, summarise } from "./lint-text.js";
import { ignoredFileFinding } from "./file-notices.js";
import type { ConfigChoice, LintOptions } from "./options.js";
import type { LintResult, LintRun } from "./results.js";

// lintText and the types live in modules of their own that the worker, the cache and the baseline import
// without importing this file (which imports them); the library's callers find them here as before
export { keepFindings, lintText, ruleIds, summarise } from "./lint-text.js";
export type { ConfigChoice, LintOptions } from "./options.js";
export type { LintResult, LintRun } from "./results.js";

async function lintInProcess(tasks: Task[], ruleSet: readonly Rule[] | undefined): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const task of tasks) outcomes.push(await lintFile({ ...task, options: { ...task.options, ruleSet } }));
  return outcomes;
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
  // files in one directory share their configuration: look it up once per directory
  const foundIn = new Map<string, string | null>();
  const load = (path: string) => {
    if (!loaded.has(path)) loaded.set(path, loadConfigFile(path, ruleIds));
    return loaded.get(path)!;
  };
  return async (filePath) => {
    if (choice.use === "none") return null;
    if (choice.use === "file") return load(choice.path);
    const directory = dirname(resolve(filePath));
    if (!foundIn.has(directory)) foundIn.set(directory, findConfigFile(directory));
    const found = foundIn.get(directory)!;
    return found ? load(found) : null;
  };
}

/** Options for one file: its configuration's settings, under what the caller set explicitly. */
export async function optionsFor<Options extends LintOptions>(
  filePath: string,
  options: Options,
  loadConfig: (filePath: string) => Promise<LoadedConfig | null>,
) {
  const settings = resolveSettings(await loadConfig(filePath), filePath);
  return {
    ignored: settings.ignored,
    options: {
      ...options,
      strict: options.strict ?? settings.strict,
      locale: options.locale ?? settings.locale,
      docsBaseUrl: options.docsBaseUrl ?? settings.docsBaseUrl,
      rules: { ...settings.ruleSettings, ...options.rules },
    },
  };
}

/**
/**
 * What leaves `file` out of a lint: the ignore file's name, or the configuration whose ignorePatterns match
 * it; null when nothing does. For a file named explicitly, which is linted or reported, never skipped silently.
 */
export async function ignoredBy(
  file: string,
  options: LintOptions,
  loadConfig: (filePath: string) => Promise<LoadedConfig | null>,
): Promise<string | null> {
  const ignorePath = options.ignorePath ?? ".policylintignore";
  const ignoreFile = readIgnoreFile(ignorePath);
  if (ignoreFile && isIgnored(ignoreFile, file)) return ignorePath;
  const loaded = await loadConfig(file);
  return loaded && resolveSettings(loaded, file).ignored ? `ignorePatterns in ${loaded.path}` : null;
}

/**
 * The result of a file named explicitly (on the command line, or as standard input's name) that an ignore
 * pattern leaves out: not linted, and one warning that says so, as ESLint's "File ignored because of a
 * matching ignore pattern". `source` is what ignoredBy() names.
 */
export function ignoredFileResult(filePath: string, source: string, options: Pick<LintOptions, "locale" | "docsBaseUrl">): LintResult {
  return summarise(filePath, [ignoredFileFinding(source, options.locale ?? "ko", options.docsBaseUrl)]);
}

/**
 * "Lint this text as this file": with the configuration lint() would give the file at `filePath` (its nearest
 * configuration, or the one `options.config` names), under the options set here, and nothing read but the
 * configuration. For editors and standard input; `loadConfig` lets a caller keep its configuration cache.
 * `ignored` tells that the configuration's ignorePatterns leave the file out. Throws ConfigError.
 */
export async function lintTextAsFile(
  text: string,
  filePath: string,
  options: LintOptions & { format?: SourceFormat } = {},
  loadConfig = configLoader(options.config ?? { use: "discover" }, options.ruleSet),
): Promise<{ result: LintResult; ignored: boolean; locale: Locale }> {
  const { ignored, options: fileOptions } = await optionsFor(filePath, options, loadConfig);
  return { result: await lintText(text, filePath, fileOptions), ignored, locale: fileOptions.locale ?? "ko" };
}

export interface SelectedFiles {
  /**
   * each file with the options its configuration gives it; a file named as it is that an ignore pattern leaves
   * out comes with what left it out (`ignoredBy`), to be reported rather than read
   */
  files: { file: string; options: LintOptions; ignoredBy?: string }[];
  /** arguments that named no file */
  errors: InputError[];
}

/**
 * The files lint() reads for `patterns`: directories and globs expanded, and files that .policylintignore or
 * their configuration's ignorePatterns name left out: silently when a directory or glob brought them in,
 * with `ignoredBy` when they were named, as ESLint warns of them. Shared with --outline, so that it shows the
 * same files. Throws ConfigError for a configuration that cannot be used.
 */
export async function selectFiles(patterns: readonly string[], options: LintOptions = {}): Promise<SelectedFiles> {
  const collected = await collectFiles(patterns);
  const ignoreFile = readIgnoreFile(options.ignorePath ?? ".policylintignore");
  const loadConfig = configLoader(options.config ?? { use: "discover" }, options.ruleSet);
  const files: SelectedFiles["files"] = [];
  for (const file of collected.files) {
    if (collected.named.has(file)) {
      const source = await ignoredBy(file, options, loadConfig);
      const { options: fileOptions } = await optionsFor(file, options, loadConfig);
      files.push(source ? { file, options: fileOptions, ignoredBy: source } : { file, options: fileOptions });
      continue;
    }
    if (ignoreFile && isIgnored(ignoreFile, file)) continue;
    const { ignored, options: fileOptions } = await optionsFor(file, options, loadConfig);
    if (!ignored) files.push({ file, options: fileOptions });
  }
  return { files, errors: collected.errors };
}

/** Lints files, directories and globs. A file that cannot be read is reported and the rest are still linted. */
export async function lint(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const { files, errors } = await selectFiles(patterns, options);
  const outcomes: Outcome[] = new Array(files.length);
  const tasks: Task[] = [];
  // where each task's outcome goes among the files
  const slots: number[] = [];
  files.forEach(({ file, options: fileOptions, ignoredBy: source }, slot) => {
    if (source !== undefined) {
      // named, but an ignore pattern leaves it out: said in its place among the results
      outcomes[slot] = { result: ignoredFileResult(resolve(file), source, fileOptions) };
      return;
    }
    // what crosses to a worker thread: plain data only (no rule functions, no loader)
    const transferable = { ...fileOptions };
    delete transferable.ruleSet;
    delete transferable.config;
    delete transferable.jobs;
    delete transferable.cache;
    tasks.push({ file, absolutePath: resolve(file), options: transferable });
    slots.push(slot);
  });
  // fixing changes the files: their results are of the fixed text, not of the bytes the cache would key them by
  const cache = options.cache && !options.fix ? await openCache(options.cache, options.ruleSet) : null;
  const pending: number[] = [];
  tasks.forEach((task, index) => {
    const cached = cache?.lookup(task);
    if (cached) outcomes[slots[index]] = { result: cached };
    else pending.push(index);
  });
  // with a cache, the files linted bring back the digest of the bytes they were linted from
  const toLint = cache ? pending.map((index) => ({ ...tasks[index], digest: true })) : tasks;
  const jobs = Math.min(options.jobs ?? 1, toLint.length);
  // a pool costs a worker start-up each; it pays only for several files, and custom rule sets stay in-process
  const linted =
    jobs > 1 && !options.ruleSet
      ? await runOnPool(toLint, jobs, (batch) => lintInProcess(batch, undefined))
      : await lintInProcess(toLint, options.ruleSet);
  linted.forEach((outcome, at) => {
    outcomes[slots[pending[at]]] = outcome;
    if ("result" in outcome && outcome.digest) cache?.store(toLint[at], outcome.digest, outcome.result);
    else cache?.forget(toLint[at]);
  });
  const results: LintResult[] = [];
  for (const outcome of outcomes) {
    if ("result" in outcome) results.push(outcome.result);
    else errors.push(new InputError(outcome.error.filePath, outcome.error.message));
  }
  return { results, inputErrors: errors, cacheError: cache ? saveCache(cache) : undefined };
}

async function openCache(location: string, ruleSet: readonly Rule[] | undefined) {
  // results of a custom rule set say nothing about the built-in one, and its code is not the build's
  if (ruleSet) return null;
  const { ResultCache } = await import("./result-cache.js");
  return ResultCache.open(location);
}

function saveCache(cache: { save(): void; location: string }): string | undefined {
  try {
    cache.save();
    return undefined;
  } catch (error) {
    const reasons: Record<string, string> = { ENOENT: "no such directory", EACCES: "permission denied", EISDIR: "is a directory" };
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return `${cache.location}: cannot write the cache: ${reasons[code] ?? (error as Error).message}`;
  }
}
