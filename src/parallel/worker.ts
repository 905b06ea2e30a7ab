// A worker of the --jobs pool: lints one file with options already resolved by the main thread.
import { lintText, type LintOptions, type LintResult } from "../lint.js";
import { InputError, readPolicyFile } from "../input/read.js";

export interface Task {
  file: string;
  absolutePath: string;
  /** resolved per file; a ruleSet only when linting in-process (functions do not cross threads) */
  options: Omit<LintOptions, "config" | "jobs">;
}

export type Outcome = { result: LintResult } | { error: { filePath: string; message: string } };

export default async function lintFile({ file, absolutePath, options }: Task): Promise<Outcome> {
  try {
    const text = await readPolicyFile(file, options.encoding, options.maxFileSize);
    return { result: await lintText(text, absolutePath, options) };
  } catch (error) {
    if (error instanceof InputError) return { error: { filePath: error.filePath, message: error.message } };
    throw error;
  }
}
