// Writing a fixed file so that a reader never sees half of it: a temporary file beside it, renamed over it.
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

export function writeFileAtomically(filePath: string, bytes: Uint8Array): void {
  // through a symbolic link, the file it points to is the one replaced; the link stays
  const target = realpathSync(filePath);
  const { mode } = statSync(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
