// -o and --baseline-write as a CI job uses them: folders made as needed, failures one line with exit 2.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const CLEAN_POLICY = new URL("../../fixtures/synthetic/clean-policy.txt", import.meta.url).pathname;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), "policy-lint-output-"));

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
});
