// Writing a file so that a reader never sees half of it: a temporary file beside it, renamed over it. The one
// writer for reports, baselines, the cache and fixed files; it lives with reading because the CLI, the
// pipeline and fix may all import input (fix may not import output or the pipeline).
import { chmodSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** A file the CLI could not write; the message names the file and the reason. */
export class WriteError extends Error {
  constructor(
    readonly filePath: string,
    reason: string,
  ) {
    super(reason);
    this.name = "WriteError";
  }
}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is a file, not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EEXIST: "a part of the path is a file, not a folder",
};

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return REASONS[code] ?? (error as Error).message.split("\n")[0];
}

/** The file a write replaces: through a symbolic link, the file it points to (the link stays); else the path. */
function replacedFile(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return path;
    throw error;
  }
}

/**
 * Writes `data` (a string as UTF-8, or the bytes as they are) to `path` atomically: a reader sees the old file
 * or the new one, and a failed write leaves the old one as it was. A file replaced keeps its permissions; a
 * new one gets the usual ones. `makeFolders` creates the missing folders first. Throws the file system's error.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, { makeFolders = false } = {}): void {
  if (makeFolders) mkdirSync(dirname(path), { recursive: true });
  const target = replacedFile(path);
  const mode = statOrNull(target)?.mode;
  // hidden, and unique to this write: two runs writing the same file do not write into each other's
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the write failed before the temporary file existed (its folder is missing or a file): nothing to remove,
    // and the reason to report is the write's
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Writes what the CLI produces (a report, a baseline) to `path` atomically, making its folders first.
 * Throws WriteError, naming the file and the reason in a few words.
 */
export function writeTextFile(path: string, text: string): void {
  try {
    writeFileAtomically(path, text, { makeFolders: true });
  } catch (error) {
    throw new WriteError(path, reasonFor(error));
  }
}
