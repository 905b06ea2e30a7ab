// Reading a policy file into text. Inputs are only ever read, never written.
import { readFile, stat } from "node:fs/promises";
import type { SourceFormat } from "../parse/model.js";
import { DecodeError, decodeBytes, type EncodingName } from "./decode.js";

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

export function decodeText(bytes: Uint8Array, filePath: string, encoding?: EncodingName): string {
  try {
    return decodeBytes(bytes, encoding).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(filePath, error.message);
    throw error;
  }
}

/** Policies are tens of kilobytes; anything past this is not one, and would only cost time and memory. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

export async function readPolicyFile(filePath: string, encoding?: EncodingName, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw new InputError(filePath, "is a directory");
    if (info.size > maxFileSize)
      throw new InputError(filePath, `${megabytes(info.size)} is larger than --max-file-size ${megabytes(maxFileSize)}`);
    bytes = await readFile(filePath);
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
  }
  return decodeText(bytes, filePath, encoding);
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

export function formatFromPath(filePath: string): SourceFormat {
  if (/\.(md|markdown|mdx)$/i.test(filePath)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(filePath)) return "html";
  return "text";
}
