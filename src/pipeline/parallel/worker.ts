// Linting one file with options already resolved by the main thread: on a worker of the --jobs pool, or
// in-process.
import { lintText } from "../lint-text.js";
import type { LintOptions } from "../options.js";
import type { LintResult } from "../results.js";
import { InputError, decodeText, readPolicyBytes } from "../../input/read.js";
import { contentDigest } from "../../input/digest.js";
import { fixFile } from "../../fix/fix-file.js";

export interface Task {
  file: string;
  absolutePath: string;
  /** resolved per file; a ruleSet only when linting in-process (functions do not cross threads) */
  options: Omit<LintOptions, "config" | "jobs" | "cache">;
  /** return the digest of the bytes linted, for the result cache */
  digest?: boolean;
}

export type Outcome = { result: LintResult; digest?: string } | { error: { filePath: string; message: string } };

type Read = { text: string; digest?: string } | { error: { filePath: string; message: string } };

function readTask(task: Task): Read {
  try {
    const bytes = readPolicyBytes(task.file, task.options.maxFileSize);
    return {
      text: decodeText(bytes, task.file, task.options.encoding),
      digest: task.digest ? contentDigest(bytes) : undefined,
    };
  } catch (error) {
    if (error instanceof InputError) return { error: { filePath: error.filePath, message: error.message } };
    throw error;
  }
}

async function fixTask(task: Task, mode: "write" | "dry-run"): Promise<Outcome> {
  const { encoding, maxFileSize } = task.options;
  try {
    const fixed = await fixFile(task.file, { mode, encoding, maxFileSize }, (text) => lintText(text, task.absolutePath, task.options));
    return { result: { ...fixed.result, output: fixed.output } };
  } catch (error) {
    if (error instanceof InputError) return { error: { filePath: error.filePath, message: error.message } };
    throw error;
  }
}

export default async function lintFile(task: Task): Promise<Outcome> {
  if (task.options.fix) return fixTask(task, task.options.fix);
  const read = readTask(task);
  if ("error" in read) return read;
  try {
    return { result: await lintText(read.text, task.absolutePath, task.options), digest: read.digest };
  } catch (error) {
    // a page nested deeper than the HTML parser can follow overflows the stack: the file's shape, which is reported
    // for that file as any unreadable input is, and the run goes on with the others
    if (error instanceof RangeError) return { error: { filePath: task.file, message: TOO_DEEP } };
    throw error;
  }
}
const TOO_DEEP = "nested too deeply to read";

/** The pool's entry point: a batch of files, linted one after another. */
export async function lintBatch(tasks: Task[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const task of tasks) outcomes.push(await lintFile(task));
  return outcomes;
}
