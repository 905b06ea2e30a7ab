// A baseline records today's findings so an existing policy can adopt policy-lint without failing CI on
// day one: later runs report only findings that are not in it. Findings are matched by rule and a
// fingerprint of the text they point at, not by line number, so editing above a finding keeps it matched.
import { readFileSync } from "node:fs";
import { writeTextFile } from "../input/write-file.js";
import { dirname, relative, resolve } from "node:path";
import type { Finding } from "../runtime/rule.js";
import type { LintResult } from "./results.js";
import { isWhiteSpaceCode } from "../parse/lines.js";

export interface BaselineEntry {
  ruleId: string;
  messageId: string;
  fingerprint: string;
}

export interface Baseline {
  tool: "policy-lint";
  /** 2: fingerprints hashed by hash64 (version 1 used sha1) */
  version: 2;
  /** by file path relative to the baseline file */
  files: Record<string, BaselineEntry[]>;
}

/** Rule, message and the whitespace-normalised text of the line the finding points at. */
export function fingerprintOf(ruleId: string, messageId: string, lineText: string): string {
  return fingerprintFromDigest(ruleId, messageId, lineDigest(lineText));
}

/** For callers that fingerprint many findings on one line: digest the line once. */
export function fingerprintFromDigest(ruleId: string, messageId: string, digest: string): string {
  // the key holds no blanks (ids and a hex digest), so the line digest hashes it unchanged
  return lineDigest(`${ruleId}\0${messageId}\0${digest}`);
}

/**
 * 64 bits of the line with its blanks trimmed and each run of them read as one space, hashed as it is read:
 * a 20 MB line is not copied to normalise it. Two independently seeded 32-bit multiplicative lanes; a
 * fingerprint only has to tell one file's lines apart, and sha1 through node:crypto cost more per finding
 * than most rules.
 */
export function lineDigest(text: string): string {
  let high = 0x9e3779b9;
  let low = 0x85ebca6b;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isWhiteSpaceCode(code)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      code = 32;
      i--; // hash the space now and this character on the next turn
      pendingSpace = false;
    }
    started = true;
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 15;
  }
  return finish(high, low);
}

function finish(high: number, low: number): string {
  high = Math.imul(high ^ (high >>> 16), 0x85ebca6b) ^ low;
  low = Math.imul(low ^ (low >>> 13), 0xc2b2ae35) ^ high;
  return hex32(high) + hex32(low);
}

// two hex digits per byte, looked up: Number#toString(16) and padStart cost more than the hash itself
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The 32 bits of `value` as 8 hex digits, as (value >>> 0).toString(16).padStart(8, "0") writes them. */
function hex32(value: number): string {
  return HEX_BYTES[value >>> 24] + HEX_BYTES[(value >>> 16) & 0xff] + HEX_BYTES[(value >>> 8) & 0xff] + HEX_BYTES[value & 0xff];
}

const keyOf = (baselinePath: string, filePath: string) =>
  relative(dirname(resolve(baselinePath)), filePath)
    .split("\\")
    .join("/");

export function createBaseline(results: readonly LintResult[], baselinePath: string): Baseline {
  const files: Baseline["files"] = {};
  for (const result of results) {
    if (result.findings.length === 0) continue;
    files[keyOf(baselinePath, result.filePath)] = result.findings.map(({ ruleId, messageId, fingerprint }) => ({
      ruleId,
      messageId,
      fingerprint,
    }));
  }
  return { tool: "policy-lint", version: 2, files };
}

/**
 * Writes through a temporary file and a rename, so a reader never sees half a baseline. Throws WriteError,
 * naming the file and the reason, when it cannot be written.
 */
export function writeBaseline(baseline: Baseline, path: string): void {
  writeTextFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

export function readBaseline(path: string): Baseline {
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<Baseline>;
  if (parsed.tool === "policy-lint" && (parsed.version as number) === 1)
    throw new Error("written by an older policy-lint (baseline version 1); write it again with --baseline-write");
  if (parsed.tool !== "policy-lint" || parsed.version !== 2 || typeof parsed.files !== "object" || parsed.files === null) {
    throw new Error("not a policy-lint baseline (version 2)");
  }
  return parsed as Baseline;
}

/** Findings not recorded in the baseline; each recorded entry absorbs one matching finding. */
export function subtractBaseline(findings: readonly Finding[], filePath: string, baseline: Baseline, baselinePath: string): Finding[] {
  const remaining = new Map<string, number>();
  for (const entry of baseline.files[keyOf(baselinePath, filePath)] ?? []) {
    const key = `${entry.ruleId}\0${entry.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return findings.filter((finding) => {
    const key = `${finding.ruleId}\0${finding.fingerprint}`;
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}
