// Reading a policy file into text. Only --fix writes a file back (src/fix/), in the encoding it was read in.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { DecodeError, decodeBytes, type Decoded, type EncodingName } from "./decode.js";

/** A file that cannot be linted; the message names the reason in one line. */
export class InputError extends Error {
  constructor(
    readonly filePath: string,
    reason: string,
  ) {
    super(reason);
    this.name = "InputError";
  }
}

/** The text, and the encoding and byte-order mark it was read with; an InputError when it is not text. */
export function decodePolicy(bytes: Uint8Array, filePath: string, encoding?: EncodingName): Decoded {
  try {
    return decodeBytes(bytes, encoding);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(filePath, error.message);
    throw error;
  }
}

export function decodeText(bytes: Uint8Array, filePath: string, encoding?: EncodingName): string {
  return decodePolicy(bytes, filePath, encoding).text;
}

/** Policies are tens of kilobytes; anything past this is not one, and would only cost time and memory. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * A policy file's bytes, refused with an InputError when it cannot be read or is over `maxFileSize`.
 * Synchronous on purpose: a policy is tens of kilobytes, and the promise machinery of fs/promises cost more
 * than the read itself (a quarter of the time over 1,000 policies). Size is checked on the open descriptor,
 * so a file swapped or truncated between the check and the read is still read consistently.
 */
export function readPolicyBytes(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Buffer {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(filePath, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(filePath, "is a directory");
    if (info.size > maxFileSize)
      throw new InputError(filePath, `${megabytes(info.size)} is larger than --max-file-size ${megabytes(maxFileSize)}`);
    bytes = readAll(fd, info.size, maxFileSize);
    if (bytes.length > maxFileSize) throw new InputError(filePath, `more than --max-file-size ${megabytes(maxFileSize)}`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: "no such file",
      EACCES: "permission denied",
      EISDIR: "is a directory",
      ELOOP: "too many symbolic links",
    };
    throw new InputError(filePath, reasons[code ?? ""] ?? (error as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return bytes;
}

/**
 * Reads to the end, or to just past the limit: a file that changed since fstat is read as it now is, and a
 * pipe (size 0, as with `policy-lint <(curl …)`) is read in chunks.
 */
function readAll(fd: number, expected: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let buffer = Buffer.allocUnsafe(Math.max(expected + 1, 4096)); // +1: the read that finds the end needs room
  let filled = 0;
  let total = 0;
  for (;;) {
    const count = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (count === 0) break;
    filled += count;
    total += count;
    if (total > limit) break;
    if (filled === buffer.length) {
      chunks.push(buffer);
      buffer = Buffer.allocUnsafe(buffer.length);
      filled = 0;
    }
  }
  chunks.push(buffer.subarray(0, filled));
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

export async function readStdin(encoding?: EncodingName, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxFileSize) throw new InputError("<stdin>", `more than --max-file-size ${megabytes(maxFileSize)}`);
    chunks.push(chunk as Buffer);
  }
  return decodeText(Buffer.concat(chunks), "<stdin>", encoding);
}
