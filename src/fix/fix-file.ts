// --fix and --fix-dry-run on one file: read it, fix in passes, and write it back in its own encoding, byte-order
// mark and line endings, or not at all when nothing changed.
import type { Finding } from "../runtime/rule.js";
import { decodeBytes, encodeText, type EncodingName } from "../input/decode.js";
import { InputError, decodePolicy, readPolicyBytes } from "../input/read.js";
import { fixInPasses } from "./fix-passes.js";
import { writeFileAtomically } from "../input/write-file.js";

export interface FixFileOptions {
  mode: "write" | "dry-run";
  encoding?: EncodingName;
  maxFileSize?: number;
}

export interface FixedFile<Result> {
  /** the findings left after fixing */
  result: Result;
  /** the fixed text, when fixing changed it */
  output?: string;
}

export async function fixFile<Result extends { findings: readonly Finding[] }>(
  filePath: string,
  options: FixFileOptions,
  lint: (text: string) => Promise<Result>,
): Promise<FixedFile<Result>> {
  const bytes = readPolicyBytes(filePath, options.maxFileSize);
  const decoded = decodePolicy(bytes, filePath, options.encoding);
  const fixed = await fixInPasses(decoded.text, lint);
  if (fixed.text === decoded.text) return { result: fixed.result };
  if (options.mode === "write") {
    // a file that does not come back to its own bytes would change beyond the fixes (an unusual CP949 byte
    // sequence, a stray lone surrogate): leave it as it is
    if (!encodeText(decoded.text, decoded.encoding, decoded.bom).equals(bytes))
      throw new InputError(filePath, `not fixed: its ${decoded.encoding} text would not be written back byte for byte`);
    const output = encodeText(fixed.text, decoded.encoding, decoded.bom);
    if (decodeBytes(output, decoded.encoding).text !== fixed.text)
      throw new InputError(filePath, `not fixed: the fixed text cannot be written in ${decoded.encoding}`);
    try {
      writeFileAtomically(filePath, output);
    } catch (error) {
      throw new InputError(filePath, `cannot write the fixed file: ${(error as Error).message}`);
    }
  }
  return { result: fixed.result, output: fixed.text };
}
