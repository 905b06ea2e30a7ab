// --cache: results of earlier runs, kept per file and used again when neither the file's bytes nor the
// settings that apply to it nor policy-lint itself have changed, as ESLint's and textlint's caches do.
// Auditors re-run thousands of policies of which few changed; a cached file costs a read and a hash.
import { createHash, type Hash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LintResult } from "./results.js";
import type { Task } from "./parallel/worker.js";
import { readPolicyBytes } from "../input/read.js";
import { writeFileAtomically } from "../input/write-file.js";
import { contentDigest } from "../input/digest.js";
import { checklistGroup, type Verdict, type VerdictStatus } from "./verdict.js";

export const DEFAULT_CACHE_LOCATION = ".policylintcache";
const FORMAT = 2;

/** A result as kept: its verdicts in a few characters each, in the order of the cache file's `rules`. */
type StoredResult = Omit<LintResult, "verdicts"> & { verdicts: string };

interface Entry {
  digest: string;
  settings: string;
  result: StoredResult;
}

interface CacheFile {
  format: number;
  /** which build of policy-lint wrote the cache: another one may find other things */
  tool: string;
  /** the rules of every result's verdicts, in order (one build runs one rule set) */
  rules: string[];
  entries: Record<string, Entry>;
}

// a cache hit costs reading the file: 27 verdict objects per policy would make it a third larger
const STATUS_CODE: Record<VerdictStatus, string> = {
  disclosed: "d",
  missing: "m",
  incomplete: "i",
  "not-applicable": "n",
  passed: "p",
  off: "o",
};
const STATUS_OF_CODE = new Map(Object.entries(STATUS_CODE).map(([status, code]) => [code, status as VerdictStatus]));

function encodeVerdicts(verdicts: readonly Verdict[]): string {
  return verdicts.map((verdict) => STATUS_CODE[verdict.status] + verdict.lines.join(",")).join(";");
}

function decodeVerdicts(code: string, rules: readonly string[]): Verdict[] | null {
  const parts = code === "" ? [] : code.split(";");
  if (parts.length !== rules.length) return null;
  const verdicts: Verdict[] = [];
  for (const [index, part] of parts.entries()) {
    const status = STATUS_OF_CODE.get(part[0]);
    if (!status) return null;
    const ruleId = rules[index];
    verdicts.push({ ruleId, group: checklistGroup(ruleId), status, lines: part.length > 1 ? part.slice(1).split(",").map(Number) : [] });
  }
  return verdicts;
}

/**
 * The build that is running: a hash of its code and data. Not the version or file times: a rebuild with a
 * changed rule keeps the version, and npm gives every installed file the same time. The code lives under
 * one root: dist/bundle (the command), dist/src and dist/rules (the library), or src and rules when run
 * from source. A few megabytes, hashed once a run, and only with --cache.
 */
function toolIdentity(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // this file is in dist/bundle (the command's chunks) or in src/pipeline, built or not (the library)
  const root = basename(here) === "bundle" ? dirname(here) : dirname(dirname(here));
  // where it is installed too: findings link to the rule pages beside it
  const hash = createHash("sha1").update(`${root}\0`);
  for (const part of ["bundle", "src", "rules"]) hashTree(hash, join(root, part));
  return hash.digest("base64url");
}

function hashTree(hash: Hash, directory: string): void {
  if (!existsSync(directory)) return;
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) hashTree(hash, path);
    else if (/\.(?:m?js|ts|json)$/.test(entry.name)) hash.update(`${entry.name}\0`).update(readFileSync(path));
  }
}

function settingsKey(task: Task): string {
  return JSON.stringify(task.options);
}

export class ResultCache {
  private readonly entries: Map<string, Entry>;

  private constructor(
    readonly location: string,
    private readonly tool: string,
    entries: Record<string, Entry>,
    private rules: string[] = [],
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /**
   * The cache at `location` (a file, or a directory to keep .policylintcache in); empty when there is none
   * yet, or it was written by another build or is damaged.
   */
  static open(path: string): ResultCache {
    const location = existsSync(path) && statSync(path).isDirectory() ? join(path, DEFAULT_CACHE_LOCATION) : path;
    const tool = toolIdentity();
    const empty = new ResultCache(location, tool, {});
    if (!existsSync(location)) return empty;
    try {
      const file = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
      if (file.format !== FORMAT || file.tool !== tool || typeof file.entries !== "object" || !Array.isArray(file.rules)) return empty;
      return new ResultCache(location, tool, file.entries, file.rules);
    } catch {
      return empty;
    }
  }

  /**
   * The result kept for a task when the file still has the bytes it had then and the same settings apply.
   * A file that cannot be read now is a miss: linting it reports why.
   */
  lookup(task: Task): LintResult | null {
    const entry = this.entries.get(task.absolutePath);
    if (!entry || entry.settings !== settingsKey(task)) return null;
    let digest: string;
    try {
      digest = contentDigest(readPolicyBytes(task.file, task.options.maxFileSize));
    } catch {
      return null;
    }
    if (digest !== entry.digest) return null;
    const verdicts = decodeVerdicts(entry.result.verdicts, this.rules);
    return verdicts ? { ...entry.result, verdicts } : null;
  }

  store(task: Task, digest: string, result: LintResult): void {
    const rules = result.verdicts.map((verdict) => verdict.ruleId);
    // a rule set unlike the kept one (never within one build) makes the kept results unreadable: start over
    if (rules.join() !== this.rules.join()) {
      if (this.rules.length > 0) this.entries.clear();
      this.rules = rules;
    }
    this.entries.set(task.absolutePath, {
      digest,
      settings: settingsKey(task),
      result: { ...result, verdicts: encodeVerdicts(result.verdicts) },
    });
  }

  forget(task: Task): void {
    this.entries.delete(task.absolutePath);
  }

  /**
   * Writes the cache whole, atomically, so a reader never sees half. Its folder is not made: a location in a
   * missing folder is a mistake to report. Throws the file system's error.
   */
  save(): void {
    for (const path of this.entries.keys()) if (!existsSync(path)) this.entries.delete(path);
    const file: CacheFile = { format: FORMAT, tool: this.tool, rules: this.rules, entries: Object.fromEntries(this.entries) };
    writeFileAtomically(this.location, JSON.stringify(file));
  }
}
