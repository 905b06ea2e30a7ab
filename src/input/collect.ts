// Turning command-line arguments (files, directories, globs) into the list of files to lint.
import { stat } from "node:fs/promises";
import type FastGlob from "fast-glob";
import { lazy } from "./lazy.js";

const fastGlob = lazy<typeof FastGlob>("fast-glob");
import { InputError } from "./read.js";

export const POLICY_EXTENSIONS = ["txt", "md", "markdown", "html", "htm"];
const IGNORED = ["**/node_modules/**", "**/.git/**"];
// a symbolic link loop inside a directory must not make the walk run forever
const WALK = { ignore: IGNORED, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true } as const;

export interface Collected {
  files: string[];
  /** the files named as they are, not found by expanding a directory or a glob */
  named: Set<string>;
  errors: InputError[];
}

async function kindOf(path: string): Promise<"file" | "directory" | "loop" | null> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "directory" : "file";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ELOOP" ? "loop" : null;
  }
}

/** Files in argument order, each once; a directory contributes its policies, a glob its matches. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

export async function collectFiles(patterns: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const named = new Set<string>();
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) files.push(file);
    seen.add(file);
  };
  for (const pattern of patterns) {
    const kind = await kindOf(pattern);
    if (kind === "loop") {
      errors.push(new InputError(pattern, "symbolic link loop"));
      continue;
    }
    if (kind === "file") {
      add(pattern);
      named.add(pattern);
      continue;
    }
    if (kind === "directory") {
      const base = fastGlob().convertPathToPattern(withoutTrailingSlashes(pattern));
      const found = await fastGlob()(`${base}/**/*.{${POLICY_EXTENSIONS.join(",")}}`, WALK);
      if (found.length === 0) errors.push(new InputError(pattern, "directory holds no .txt, .md or .html files"));
      found.sort().forEach(add);
      continue;
    }
    if (fastGlob().isDynamicPattern(pattern)) {
      const found = await fastGlob()(pattern, WALK);
      if (found.length === 0) errors.push(new InputError(pattern, "no files match this pattern"));
      found.sort().forEach(add);
      continue;
    }
    errors.push(new InputError(pattern, "no such file"));
  }
  return { files, named, errors };
}
