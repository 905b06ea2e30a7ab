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

export async function readPolicyFile(filePath: string, encoding?: EncodingName): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) throw new InputError(filePath, "is a directory");
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

export async function readStdin(encoding?: EncodingName): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), "<stdin>", encoding);
}

export function formatFromPath(filePath: string): SourceFormat {
  if (/\.(md|markdown|mdx)$/i.test(filePath)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(filePath)) return "html";
  return "text";
}
