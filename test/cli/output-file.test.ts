// -o and --baseline-write as a CI job uses them: folders made as needed, failures one line with exit 2.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const CLEAN_POLICY = new URL("../../fixtures/synthetic/clean-policy.txt", import.meta.url).pathname;

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), "policy-lint-output-"));

// a mode no usual umask gives a new file, so that keeping it cannot happen by chance
const UNUSUAL_MODE = 0o604;
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe("-o / --output-file", () => {
  it("creates the folders the report goes in", () => {
    const report = join(tempDir(), "reports", "nested", "policy-lint.sarif");
    const { code, stderr } = run(["--format", "sarif", "-o", report, CLEAN_POLICY]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(JSON.parse(readFileSync(report, "utf8")).version).toBe("2.1.0");
  });

  it("reports a path it cannot write in one line with exit 2, not a stack trace", () => {
    const dir = tempDir();
    const blocker = join(dir, "reports");
    writeFileSync(blocker, "a file where a folder should be");
    const { code, stdout, stderr } = run(["-o", join(blocker, "out.json"), "--format", "json", CLEAN_POLICY]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`policy-lint: ${join(blocker, "out.json")}: cannot write: a part of the path is a file, not a folder\n`);
  });

  it("reports a folder given as the output file in one line", () => {
    const dir = tempDir();
    const { code, stderr } = run(["-o", dir, CLEAN_POLICY]);
    expect(code).toBe(2);
    expect(stderr).toBe(`policy-lint: ${dir}: cannot write: is a directory\n`);
    expect(existsSync(dir)).toBe(true);
    // the temporary file the report was written to first is gone
    expect(readdirSync(join(dir, "..")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes through a symbolic link to the file it points to, keeping that file's permissions", () => {
    const dir = tempDir();
    const target = join(dir, "shared-report.json");
    writeFileSync(target, "last week's report");
    chmodSync(target, UNUSUAL_MODE);
    symlinkSync(target, join(dir, "report.json"));
    const { code, stderr } = run(["--format", "json", "-o", join(dir, "report.json"), CLEAN_POLICY]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(lstatSync(join(dir, "report.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, "utf8"))[0].filePath).toBe(CLEAN_POLICY);
    expect(modeOf(target)).toBe(UNUSUAL_MODE);
    expect(readdirSync(dir).sort()).toEqual(["report.json", "shared-report.json"]);
  });
});

describe("--baseline-write", () => {
  it("creates the baseline's folder and reports a write failure in one line", () => {
    const baseline = join(tempDir(), "ci", "baseline.json");
    expect(run(["--baseline-write", baseline, CLEAN_POLICY]).code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, "utf8")).tool).toBe("policy-lint");
    const blocker = join(tempDir(), "file");
    writeFileSync(blocker, "");
    const failed = run(["--baseline-write", join(blocker, "baseline.json"), CLEAN_POLICY]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^policy-lint: .*baseline\.json: cannot write: a part of the path is a file, not a folder\n$/);
  });

  it("keeps the permissions of the baseline it replaces", () => {
    const baseline = join(tempDir(), "baseline.json");
    expect(run(["--baseline-write", baseline, CLEAN_POLICY]).code).toBe(0);
    chmodSync(baseline, UNUSUAL_MODE);
    expect(run(["--baseline-write", baseline, CLEAN_POLICY]).code).toBe(0);
    expect(modeOf(baseline)).toBe(UNUSUAL_MODE);
  });
});

describe("--cache", () => {
  it("keeps the permissions of the cache file it replaces, and leaves no temporary file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), readFileSync(CLEAN_POLICY));
    expect(run(["--cache", "a.txt"], dir).code).toBe(0);
    chmodSync(join(dir, ".policylintcache"), UNUSUAL_MODE);
    writeFileSync(join(dir, "b.txt"), readFileSync(CLEAN_POLICY));
    expect(run(["--cache", "a.txt", "b.txt"], dir).code).toBe(0);
    expect(modeOf(join(dir, ".policylintcache"))).toBe(UNUSUAL_MODE);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, ".policylintcache"), "utf8")).entries)).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual([".policylintcache", "a.txt", "b.txt"]);
  });
});
