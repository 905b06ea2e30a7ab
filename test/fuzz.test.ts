// Property tests: whatever text arrives — policies mangled line by line, random Unicode, mixed line endings —
// linting terminates without throwing, keeps every finding inside the file, and line endings or a BOM never
// change the findings. Bounded so the suite stays quick.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { lintText } from "../src/pipeline/lint.js";
import { DecodeError, decodeBytes } from "../src/input/decode.js";
import { readSeed, SEEDS } from "./helpers.js";

const seedLines = SEEDS.map((seed) => readSeed(seed).split("\n"));

/** A seed policy with lines deleted, duplicated, shuffled, and some cut in the middle of a character. */
const mangledPolicy = fc
  .record({
    seed: fc.nat({ max: SEEDS.length - 1 }),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom("delete", "duplicate", "swap", "truncate", "insert"),
        at: fc.nat(),
        other: fc.nat(),
        text: fc.string({ unit: "grapheme", maxLength: 40 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ seed, edits }) => {
    const lines = [...seedLines[seed]];
    for (const edit of edits) {
      if (lines.length === 0) break;
      const at = edit.at % lines.length;
      const other = edit.other % lines.length;
      if (edit.kind === "delete") lines.splice(at, 1);
      else if (edit.kind === "duplicate") lines.splice(at, 0, lines[at]);
      else if (edit.kind === "swap") [lines[at], lines[other]] = [lines[other], lines[at]];
      // cutting at a UTF-16 index can split a surrogate pair: a character truncated mid-way
      else if (edit.kind === "truncate") lines[at] = lines[at].slice(0, other % (lines[at].length + 1));
      else lines.splice(at, 0, edit.text);
    }
    return lines.join("\n");
  });

const randomText = fc.string({ unit: "binary", maxLength: 400 });

/** A seed's lines, each encoded as UTF-8, CP949 or UTF-16LE, and the bytes cut anywhere (mid-character too). */
const mixedEncodingBytes = fc
  .record({
    seed: fc.nat({ max: SEEDS.length - 1 }),
    encodings: fc.array(fc.constantFrom("utf8", "cp949", "utf16le"), { minLength: 1, maxLength: 12 }),
    cut: fc.nat(),
  })
  .map(({ seed, encodings, cut }) => {
    const parts = seedLines[seed].slice(0, 40).map((line, index) => iconv.encode(`${line}\n`, encodings[index % encodings.length]));
    const bytes = Buffer.concat(parts);
    return bytes.subarray(0, bytes.length - (cut % Math.min(bytes.length, 8)));
  });

async function checkInvariants(text: string, name: string): Promise<void> {
  const result = await lintText(text, name);
  const lineCount = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
  for (const finding of result.findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.endLine).toBeLessThanOrEqual(lineCount);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.endLine > finding.line || finding.endColumn >= finding.column).toBe(true);
  }
}

const signature = async (text: string, name: string) =>
  (await lintText(text, name)).findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

// generous per-test limits: the property runs are bounded by count, not by a clock
describe("fuzzing", { timeout: 60_000 }, () => {
  it("mangled policies never throw and keep findings inside the file", async () => {
    await fc.assert(
      fc.asyncProperty(mangledPolicy, (text) => checkInvariants(text, "p.txt")),
      { numRuns: 60, seed: 20261121 },
    );
  });

  it("random text in every format never throws", async () => {
    await fc.assert(
      fc.asyncProperty(randomText, fc.constantFrom("p.txt", "p.md", "p.html"), (text, name) => checkInvariants(text, name)),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it("bytes in mixed encodings, cut mid-character, decode or are refused with a reason, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(mixedEncodingBytes, async (bytes) => {
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          return;
        }
        await checkInvariants(text, "p.txt");
      }),
      { numRuns: 40, seed: 20261124 },
    );
  });

  it("LF, CRLF, CR and a BOM give identical findings", async () => {
    await fc.assert(
      fc.asyncProperty(mangledPolicy, fc.constantFrom("p.txt", "p.md"), async (text, name) => {
        const lf = await signature(text, name);
        expect(await signature(text.replace(/\n/g, "\r\n"), name)).toEqual(lf);
        expect(await signature(`\uFEFF${text.replace(/\n/g, "\r")}`, name)).toEqual(lf);
      }),
      { numRuns: 25, seed: 20261123 },
    );
  });
});
