// What a lint gives back: a result per file, and a run over many. Its own module so that the baseline, the
// cache and the reports can name it without importing lint.ts, which imports them.
import type { Finding } from "../runtime/rule.js";
import type { Verdict } from "./verdict.js";
import type { InputError } from "../input/read.js";

export interface LintResult {
  filePath: string;
  findings: Finding[];
  /** per rule, the checklist's verdict on the policy, in the order the rules ran */
  verdicts: Verdict[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** findings that carry a fix, as ESLint counts them */
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** the fixed text, when fixing changed it (ESLint's `output`) */
  output?: string;
}

export interface LintRun {
  results: LintResult[];
  /** files that could not be linted, each with its reason */
  inputErrors: InputError[];
  /** why the cache could not be written, when it could not */
  cacheError?: string;
}
