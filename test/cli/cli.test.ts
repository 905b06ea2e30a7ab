// The command line as users and CI run it: the compiled program, real files, exit codes.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const SEED_000 = new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url).pathname;
const SEED_DIR = new URL("../../fixtures/seeds/", import.meta.url).pathname;

function run(args: string[], input?: string, cwd?: string) {
  // 96 policies' JSON runs past spawnSync's default 1 MB of output
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    input,
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CLEAN_POLICY = new URL("../../fixtures/synthetic/clean-policy.txt", import.meta.url).pathname;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "policy-lint-"));
}

describe("policy-lint CLI", () => {
  it("lists findings with line references and exits 1 when there are errors", () => {
    const { code, stdout } = run([SEED_000]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/46:1\s+오류\s+수탁자 'Zendesk'의 위탁업무 내용이 비어 있습니다\s+processor-disclosure/);
    expect(stdout).toMatch(/98:1\s+오류 .*dpo-contact/);
    const [json] = JSON.parse(run(["--format", "json", SEED_000]).stdout);
    const summary = `✖ 문제 ${json.messages.length}건 (오류 ${json.errorCount}, 경고 ${json.warningCount}, 정보 ${json.infoCount})`;
    expect(stdout).toContain(summary);
  });

  it("exits 0 and prints nothing for a clean policy", () => {
    const { code, stdout, stderr } = run([CLEAN_POLICY]);
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
  });

  it("prints ESLint-compatible JSON with severities 2/1/3 and the statute", () => {
    const { code, stdout } = run(["--format", "json", SEED_000]);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toBe(SEED_000);
    const count = (severity: number) => result.messages.filter((message: { severity: number }) => message.severity === severity).length;
    expect(result.errorCount).toBe(count(2));
    expect(result.warningCount).toBe(count(1));
    expect(result.errorCount).toBeGreaterThanOrEqual(3);
    const processor = result.messages.find((message: { ruleId: string }) => message.ruleId === "processor-disclosure");
    expect(processor).toMatchObject({
      severity: 2,
      line: 46,
      column: 1,
      endLine: 46,
      endColumn: 22,
      statute: expect.stringContaining("제26조"),
    });
  });

  it("speaks English with --locale en", () => {
    expect(run(["--locale", "en", SEED_000]).stdout).toContain("the task entrusted to 'Zendesk' is empty");
  });

  it("turns a rule off or down with --rule, and shows errors only with --quiet", () => {
    const off = JSON.parse(run(["--format", "json", "--rule", "processor-disclosure=off", SEED_000]).stdout)[0];
    expect(off.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain("processor-disclosure");
    const warned = run([
      "--rule",
      "processor-disclosure=warn",
      "--rule",
      "dpo-contact=warn",
      "--rule",
      "third-party-provision=off",
      SEED_000,
    ]);
    expect(warned.code).toBe(0);
    const quiet = JSON.parse(run(["--quiet", "--format", "json", SEED_000]).stdout)[0];
    expect(quiet.messages.every((m: { severity: number }) => m.severity === 2)).toBe(true);
  });

  it("--quiet counts only the errors it shows: the JSON counts, the file's header and the fixable line", () => {
    const [all] = JSON.parse(run(["--format", "json", SEED_000]).stdout);
    const errors = all.messages.filter((m: { severity: number }) => m.severity === 2);
    // the seed's fixes are all on warnings: the hidden ones must not be counted as fixable
    expect(all.fixableWarningCount).toBeGreaterThan(0);
    expect(errors.filter((m: { fix?: unknown }) => m.fix !== undefined)).toEqual([]);
    const [quiet] = JSON.parse(run(["--quiet", "--format", "json", SEED_000]).stdout);
    expect(quiet).toMatchObject({
      errorCount: errors.length,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    const { code, stdout } = run(["--quiet", SEED_000]);
    expect(code).toBe(1);
    expect(stdout).toContain(`000_db5f55dfc5c8a39a.txt  오류 ${errors.length} · 경고 0 · 정보 0`);
    expect(stdout).toContain(`✖ 문제 ${errors.length}건 (오류 ${errors.length}, 경고 0, 정보 0)`);
    expect(stdout).not.toContain("--fix로 고칠 수 있습니다");
  });

  it("reads standard input with -, named by --stdin-filename", () => {
    const { code, stdout } = run(["--format", "json", "--stdin-filename", "policy.md", "-"], readFileSync(SEED_000, "utf8"));
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result.filePath).toMatch(/policy\.md$/);
    expect(result.messages.length).toBeGreaterThan(0);
  });

  it("lints a directory and a glob, each file once", () => {
    const results = JSON.parse(run(["--format", "json", SEED_DIR, `${SEED_DIR}*.txt`]).stdout);
    expect(results.map((result: { filePath: string }) => result.filePath.split("/").pop())).toEqual([
      "000_db5f55dfc5c8a39a.txt",
      "001_186b834dc1e90dc3.txt",
      "002_f560904eedbd5243.txt",
      "003_56b8b555a71aed3b.txt",
      "004_d6aa57df349846ed.txt",
    ]);
  });

  it("names a bad file and its reason on one line, lints the others, and exits 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0xc0, 0xc1, 0xfe]));
    const { code, stdout, stderr } = run([
      "--format",
      "json",
      join(dir, "missing.txt"),
      join(dir, "binary.txt"),
      join(dir, "latin1.txt"),
      SEED_000,
    ]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr.trim().split("\n")).toEqual([
      `policy-lint: ${join(dir, "missing.txt")}: no such file`,
      `policy-lint: ${join(dir, "binary.txt")}: binary file (contains NUL bytes), not a text policy`,
      `policy-lint: ${join(dir, "latin1.txt")}: not valid UTF-8, UTF-16 or CP949 text (use --encoding)`,
    ]);
  });

  // a page nested deeper than the HTML parser can follow: that file's error, not the run's
  it("names a page nested too deeply to read on one line, lints the others, and exits 2", () => {
    const dir = tempDir();
    const depth = 20_000;
    writeFileSync(join(dir, "deep.html"), `<h1>개인정보 처리방침</h1>${"<div>\n".repeat(depth)}본문${"</div>".repeat(depth)}`);
    const { code, stdout, stderr } = run(["--format", "json", join(dir, "deep.html"), SEED_000]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr.trim().split("\n")).toEqual([`policy-lint: ${join(dir, "deep.html")}: nested too deeply to read`]);
  });

  it("names a symlink loop, an oversized file and an empty directory, and still lints the rest", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "b.txt"), join(dir, "a.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "b.txt"));
    writeFileSync(join(dir, "big.txt"), "개인정보 처리방침\n".repeat(2_000));
    mkdirSync(join(dir, "empty.txt"));
    const { code, stdout, stderr } = run([
      "--format",
      "json",
      "--max-file-size",
      "20k",
      join(dir, "a.txt"),
      join(dir, "big.txt"),
      join(dir, "empty.txt"),
      SEED_000,
    ]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).map((result: { filePath: string }) => result.filePath)).toEqual([SEED_000]);
    // problems found while collecting the arguments come first, then files that could not be read
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`policy-lint: ${join(dir, "a.txt")}: symbolic link loop`);
    expect(lines[1]).toBe(`policy-lint: ${join(dir, "empty.txt")}: directory holds no .txt, .md or .html files`);
    expect(lines[2]).toMatch(
      new RegExp(`^policy-lint: ${join(dir, "big.txt")}: \\d+\\.\\d KiB is larger than --max-file-size 20\\.0 KiB$`),
    );
  });

  it("reports a glob that matches nothing", () => {
    const { code, stderr } = run(["/nonexistent-dir/*.txt"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no files match this pattern");
  });

  it("exits 2 on usage errors: no files, an unknown option, a bad --rule", () => {
    expect(run([]).code).toBe(2);
    expect(run(["--frobnicate", SEED_000]).code).toBe(2);
    const badRule = run(["--rule", "no-such-rule=off", SEED_000]);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain("unknown rule 'no-such-rule'");
    expect(run(["--format", "xml", SEED_000]).code).toBe(2);
  });

  it("lists the rules, and explains one in either language", () => {
    const list = JSON.parse(run(["--list-rules", "--format", "json"]).stdout);
    expect(list.map((rule: { id: string }) => rule.id)).toContain("overseas-transfer");
    expect(list.every((rule: { statute: string }) => rule.statute.length > 0)).toBe(true);
    const ko = run(["--explain", "child-under-14"]);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain("제22조의2");
    expect(ko.stdout).toContain("충족하는 예");
    expect(run(["--explain", "child-under-14", "--locale", "en"]).stdout).toContain("A compliant passage");
    expect(run(["--explain", "no-such-rule"]).code).toBe(2);
  });

  it("exits 2 on an invalid configuration, naming the file and the key; --print-config shows what applies", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "policy.txt"), readFileSync(SEED_000));
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ rules: { "dpo-contact": "warn" }, severity: "high" }));
    const bad = run([join(dir, "policy.txt")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`policy-lint: ${join(dir, ".policylintrc.json")}: severity: unknown key`);
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ extends: "strict", rules: { "dpo-contact": "warn" } }));
    const printed = JSON.parse(run(["--print-config", join(dir, "policy.txt")]).stdout);
    expect(printed).toMatchObject({ configFile: join(dir, ".policylintrc.json"), strict: true, rules: { "dpo-contact": "warn" } });
    expect(run(["--no-config", join(dir, "policy.txt")]).code).toBe(1);
  });

  it("round-trips a baseline: record, edit above a finding, and only the new finding is reported", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    const baseline = join(dir, "baseline.json");
    writeFileSync(file, readFileSync(SEED_000));
    const written = run(["--baseline-write", baseline, file]);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/recorded \d+ findings/);
    expect(JSON.parse(run(["--format", "json", "--baseline", baseline, file]).stdout)[0].messages).toEqual([]);
    const edited = readFileSync(file, "utf8").replace(
      "시행일자 : 2023년 12월 22일",
      "시행일자 : 2023년 12월 22일\n\n12. 국외 이전\n회사는 개인정보를 국외로 이전하지 않습니다.",
    );
    const [title, ...rest] = edited.split("\n");
    writeFileSync(file, [title, "", "머리말 한 줄을 더했습니다.", ...rest].join("\n"));
    const after = JSON.parse(run(["--format", "json", "--baseline", baseline, file]).stdout)[0];
    expect(after.messages.map((message: { ruleId: string; messageId: string }) => `${message.ruleId}/${message.messageId}`)).toEqual([
      "overseas-transfer/contradiction",
    ]);
  });

  it("prints its version with --version and -v", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(run(["-v"]).stdout).toBe(`${version}\n`);
  });

  it("refuses a baseline written with the old fingerprints, saying how to renew it", () => {
    const dir = tempDir();
    const baseline = join(dir, "old-baseline.json");
    writeFileSync(baseline, JSON.stringify({ tool: "policy-lint", version: 1, files: {} }));
    const { code, stderr } = run(["--baseline", baseline, SEED_000]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${baseline}: written by an older policy-lint (baseline version 1); write it again with --baseline-write`);
  });

  it("reads a policy from a pipe given as a path, as with <(curl …)", () => {
    const result = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" --format json <(cat "${SEED_000}")`], { encoding: "utf8" });
    expect(result.status).toBe(1);
    const [fromPipe] = JSON.parse(result.stdout);
    const [fromFile] = JSON.parse(run(["--format", "json", SEED_000]).stdout);
    expect(fromPipe.messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`)).toEqual(
      fromFile.messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`),
    );
  });

  it("--max-warnings and --fail-on warning turn warnings into a failing exit code", () => {
    const clean = readFileSync(CLEAN_POLICY, "utf8").replace(
      "시행 7일 전부터 공지사항으로 알리며, 정보주체의 권리에 중요한 변경이 있는 경우에는 30일 전에 알립니다.",
      "시행 7일 전부터 알립니다.",
    );
    const dir = tempDir();
    writeFileSync(join(dir, "warn.txt"), clean);
    expect(run([join(dir, "warn.txt")]).code).toBe(0);
    expect(run(["--fail-on", "warning", join(dir, "warn.txt")]).code).toBe(1);
    expect(run(["--max-warnings", "0", join(dir, "warn.txt")]).code).toBe(1);
    expect(run(["--max-warnings", "5", join(dir, "warn.txt")]).code).toBe(0);
    expect(run(["--max-warnings", "many", join(dir, "warn.txt")]).code).toBe(2);
  });

  it("skips what .policylintignore in the working directory lists", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), readFileSync(SEED_000));
    writeFileSync(join(dir, "draft.txt"), readFileSync(SEED_000));
    writeFileSync(join(dir, ".policylintignore"), "draft.txt\n");
    const results = JSON.parse(run(["--format", "json", "."], undefined, dir).stdout);
    expect(results.map((result: { filePath: string }) => result.filePath.split("/").pop())).toEqual(["a.txt"]);
  });

  it("--jobs lints on worker threads and the main thread with the same output, in the same order, as one thread", () => {
    const dir = tempDir();
    // enough files for more batches than the workers take at first, so the main thread lints some too
    for (let copy = 0; copy < 48; copy++)
      for (const seed of ["000_db5f55dfc5c8a39a.txt", "003_56b8b555a71aed3b.txt"])
        writeFileSync(join(dir, `${String(copy).padStart(2, "0")}-${seed}`), readFileSync(join(SEED_DIR, seed)));
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0xc0, 0xc1, 0xfe]));
    const single = run(["--format", "json", "--jobs", "1", dir]);
    for (const jobs of ["2", "3"]) {
      const pooled = run(["--format", "json", "--jobs", jobs, dir]);
      expect(pooled.code).toBe(2);
      expect(pooled.stdout).toBe(single.stdout);
      expect(pooled.stderr).toBe(single.stderr);
      expect(JSON.parse(pooled.stdout)).toHaveLength(96);
    }
    // three whole runs over 97 files: seconds on a quiet machine, more when the machine is shared
  }, 60_000);

  it("never writes to the files it lints", () => {
    const dir = tempDir();
    const file = join(dir, "policy.txt");
    writeFileSync(file, readFileSync(SEED_000));
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    run([file]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
