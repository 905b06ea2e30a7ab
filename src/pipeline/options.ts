// What a caller asks of a lint: the options lint(), lintText() and lintTextAsFile() take. Its own module so
// that the pipeline's parts (config, worker, cache) can name it without importing lint.ts, which imports them.
import type { SourceFormat } from "../parse/model.js";
import type { Locale, Rule } from "../runtime/rule.js";
import type { EncodingName } from "../input/decode.js";
import type { RuleSetting } from "./run.js";

export type ConfigChoice = { use: "discover" } | { use: "file"; path: string } | { use: "none" };

export interface LintOptions {
  locale?: Locale;
  /** rule settings that win over any configuration file (the CLI's --rule) */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** how lint() finds a configuration file; lintText() takes none */
  config?: ConfigChoice;
  /** lint files on this many threads (default 1; the CLI uses the available cores, one on two or fewer) */
  jobs?: number;
  /** files larger than this many bytes are refused (default 10 MiB) */
  maxFileSize?: number;
  /** decode every file with this encoding instead of detecting it */
  encoding?: EncodingName;
  /** gitignore-style file of paths not to lint; lint() reads .policylintignore in the working directory by default */
  ignorePath?: string;
  /** report disable comments that suppress nothing, at this severity */
  reportUnusedDisables?: "warning" | "error";
  /** the folder of rule pages findings link to (default: this version's docs/rules in the package's repository) */
  docsBaseUrl?: string;
  /** read every file as this format instead of by its extension or content (the CLI's --parser) */
  parser?: SourceFormat;
  /** report every warning as an error (the strict preset) */
  strict?: boolean;
  /** rules to run instead of the built-in set (for tests and plug-ins) */
  ruleSet?: readonly Rule[];
  /**
   * keep results in this file and reuse them for files whose bytes and settings have not changed (lint()
   * only, and not with a custom ruleSet)
   */
  cache?: string;
  /** apply fixes in passes until none is left, and write the file back ("write") or only report the result */
  fix?: "write" | "dry-run";
}

/**
 * Threads for a machine of `cores`: one per core, but one in all on two cores or fewer, where each worker is an
 * engine of its own whose compiler and collector compete with the lint itself (1,000 policies on 2 vCPUs:
 * 2.2 s with two threads, 1.9 s with one).
 */
export function defaultJobs(cores: number): number {
  return cores > 2 ? cores : 1;
}
