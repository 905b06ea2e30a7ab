// --cache: results reused for unchanged files, and never where the file, the settings or the cache itself
// give a reason not to.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const SEED_000 = new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url).pathname;
const SEED_002 = new URL("../../fixtures/seeds/002_f560904eedbd5243.txt", import.meta.url).pathname;
const CLEAN_POLICY = new URL("../../fixtures/synthetic/clean-policy.txt", import.meta.url).pathname;

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A directory with copies of two seeds, so that the test may change them. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-cache-"));
  copyFileSync(SEED_000, join(dir, "a.txt"));
  copyFileSync(SEED_002, join(dir, "b.txt"));
  return dir;
}

interface CacheFile {
  entries: Record<string, { result: { findings: { message: string }[] } }>;
}

describe("--cache", () => {
  it("writes .policylintcache and reports the same on the run that reads it as without it", () => {
    const dir = workspace();
    const plain = run(["-f", "json", "a.txt", "b.txt"], dir);
    const first = run(["--cache", "-f", "json", "a.txt", "b.txt"], dir);
    expect(existsSync(join(dir, ".policylintcache"))).toBe(true);
    const second = run(["--cache", "-f", "json", "a.txt", "b.txt"], dir);
    expect(plain.code).toBe(1);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(run(["--cache", "a.txt", "b.txt"], dir).stdout).toBe(run(["a.txt", "b.txt"], dir).stdout);
    // the verdicts, kept in a few characters each, come back whole
    expect(run(["--cache", "-f", "checklist", "a.txt", "b.txt"], dir).stdout).toBe(run(["-f", "checklist", "a.txt", "b.txt"], dir).stdout);
  });

  it("takes a file's result from the cache when the file is unchanged", () => {
    const dir = workspace();
    run(["--cache", "a.txt"], dir);
    // a result kept in the cache shows itself when it is altered there
    const location = join(dir, ".policylintcache");
    const cache = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
    const [entry] = Object.values(cache.entries);
    entry.result.findings[0].message = "from the cache";
    writeFileSync(location, JSON.stringify(cache));
    expect(run(["--cache", "a.txt"], dir).stdout).toContain("from the cache");
    expect(run(["a.txt"], dir).stdout).not.toContain("from the cache");
  });

  it("does not use a cache written by another build of policy-lint", () => {
    const dir = workspace();
    run(["--cache", "a.txt"], dir);
    const location = join(dir, ".policylintcache");
    const cache = JSON.parse(readFileSync(location, "utf8")) as CacheFile & { tool: string };
    Object.values(cache.entries)[0].result.findings[0].message = "from the cache";
    cache.tool = "another build";
    writeFileSync(location, JSON.stringify(cache));
    expect(run(["--cache", "a.txt"], dir).stdout).not.toContain("from the cache");
  });

  it("does not use a cache after policy-lint's code changes, though its version and file times may not", () => {
    const dir = workspace();
    // a copy of the built command, to change as a rebuild or an upgrade would
    const copy = mkdtempSync(join(tmpdir(), "policy-lint-build-"));
    cpSync(new URL("../../dist", import.meta.url), join(copy, "dist"), { recursive: true });
    symlinkSync(new URL("../../node_modules", import.meta.url), join(copy, "node_modules"));
    // an install has its package.json: the version and the rule pages' address come from it
    copyFileSync(new URL("../../package.json", import.meta.url), join(copy, "package.json"));
    const runCopy = (args: string[]) => spawnSync(process.execPath, [join(copy, "dist/cli.js"), ...args], { encoding: "utf8", cwd: dir });
    runCopy(["--cache", "a.txt"]);
    const location = join(dir, ".policylintcache");
    const cache = JSON.parse(readFileSync(location, "utf8")) as CacheFile;
    Object.values(cache.entries)[0].result.findings[0].message = "from the cache";
    writeFileSync(location, JSON.stringify(cache));
    expect(runCopy(["--cache", "a.txt"]).stdout).toContain("from the cache");
    const chunk = readdirSync(join(copy, "dist/bundle")).find((name) => name.startsWith("chunk-"))!;
    const chunkPath = join(copy, "dist/bundle", chunk);
    const { atime, mtime } = statSync(chunkPath);
    appendFileSync(chunkPath, "\n// changed\n");
    utimesSync(chunkPath, atime, mtime);
    expect(runCopy(["--cache", "a.txt"]).stdout).not.toContain("from the cache");
  });

  it("lints a file again when its bytes change", () => {
    const dir = workspace();
    expect(run(["--cache", "a.txt"], dir).code).toBe(1);
    copyFileSync(CLEAN_POLICY, join(dir, "a.txt"));
    expect(run(["--cache", "a.txt"], dir)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("lints a file again when the settings that apply to it change", () => {
    const dir = workspace();
    const before = run(["--cache", "-f", "json", "a.txt"], dir);
    expect(before.stdout).toContain('"ruleId":"processor-disclosure"');
    const after = run(["--cache", "-f", "json", "--rule", "processor-disclosure=off", "a.txt"], dir);
    expect(after.stdout).not.toContain('"ruleId":"processor-disclosure"');
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ locale: "en" }));
    expect(run(["--cache", "a.txt"], dir).stdout).toContain("the task entrusted to 'Zendesk' is empty");
  });

  it("starts afresh from a damaged cache, and writes a sound one", () => {
    const dir = workspace();
    const location = join(dir, "lint.cache");
    writeFileSync(location, "{ not json");
    const plain = run(["-f", "json", "a.txt"], dir);
    expect(run(["--cache", "--cache-location", "lint.cache", "-f", "json", "a.txt"], dir)).toEqual(plain);
    expect(Object.keys((JSON.parse(readFileSync(location, "utf8")) as CacheFile).entries)).toEqual([join(dir, "a.txt")]);
  });

  it("keeps the cache in a directory given as its location, and forgets files that are gone", () => {
    const dir = workspace();
    run(["--cache", "--cache-location", ".", "a.txt", "b.txt"], dir);
    rmSync(join(dir, "b.txt"));
    run(["--cache", "--cache-location", ".", "a.txt"], dir);
    const cache = JSON.parse(readFileSync(join(dir, ".policylintcache"), "utf8")) as CacheFile;
    expect(Object.keys(cache.entries)).toEqual([join(dir, "a.txt")]);
  });

  it("says in one line when the cache cannot be written, still reports, and exits 2", () => {
    const dir = workspace();
    const { code, stdout, stderr } = run(["--cache", "--cache-location", "missing/dir/cache", "a.txt"], dir);
    expect(code).toBe(2);
    expect(stdout).toContain("processor-disclosure");
    expect(stderr).toBe("policy-lint: missing/dir/cache: cannot write the cache: no such directory\n");
    expect(readFileSync(join(dir, "a.txt"))).toEqual(readFileSync(SEED_000));
  });
});
