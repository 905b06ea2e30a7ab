// Writing what the CLI produces (reports, baselines): folders made as needed, failures as one-line errors.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

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

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the write failed before the temporary file existed: nothing to clean up
  }
}

/**
 * Writes `text` to `path`, making its folders first. Written to a temporary file and renamed, so that a
 * reader never sees half a report and a failed write leaves the old file as it was.
 */
export function writeTextFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new WriteError(path, reasonFor(error));
  }
}
