// The smaller promises of the command line, each as a user meets it: an empty file, an ignored name on
// standard input, --print-config, a configuration with a syntax error, --help and the README's option table.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const CLI = join(ROOT, "dist/cli.js");
const SEED_000 = join(ROOT, "fixtures/seeds/000_db5f55dfc5c8a39a.txt");

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", ...options, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), "policy-lint-edges-"));

type Message = { ruleId: string; severity: number; message: string; line: number };
const messagesOf = (stdout: string) => (JSON.parse(stdout) as { messages: Message[] }[]).flatMap((result) => result.messages);

describe("an empty file", () => {
  it.each([
    ["empty", ""],
    ["blank lines and a comment only", "\n   \n<!-- 작성 예정 -->\n\n"],
  ])("gets one finding that says it is empty (%s)", (_, text) => {
    const file = join(tempDir(), "policy.md");
    writeFileSync(file, text);
    const { code, stdout } = run(["--no-config", "--format", "json", "--locale", "en", file]);
    expect(code).toBe(1);
    expect(messagesOf(stdout)).toEqual([
      expect.objectContaining({
        ruleId: "empty-file",
        severity: 2,
        line: 1,
        message: "the file is empty: there is no policy text to check",
      }),
    ]);
  });

  it("says so in Korean on standard input too", () => {
    const { code, stdout } = run(["--no-config", "-"], { input: "" });
    expect(code).toBe(1);
    expect(stdout).toMatch(/1:1\s+오류\s+파일이 비어 있습니다: 검사할 처리방침 내용이 없습니다\s+empty-file/);
    expect(stdout).toContain("문제 1건");
  });
});

describe("--stdin-filename with a name an ignore pattern leaves out", () => {
  function project(): string {
    const dir = tempDir();
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ ignorePatterns: ["drafts/**"] }));
    return dir;
  }
  const policy = readFileSync(SEED_000, "utf8");

  it("reports the file as ignored, as ESLint does, and lints nothing (ignorePatterns)", () => {
    const dir = project();
    const { code, stdout } = run(["--format", "json", "--locale", "en", "-", "--stdin-filename", "drafts/x.md"], {
      input: policy,
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(messagesOf(stdout)).toEqual([
      expect.objectContaining({
        ruleId: "ignored-file",
        severity: 1,
        message: `File ignored because of a matching ignore pattern (ignorePatterns in ${join(dir, ".policylintrc.json")})`,
      }),
    ]);
    // a name the patterns do not match is linted
    expect(
      messagesOf(run(["--format", "json", "-", "--stdin-filename", "site/x.md"], { input: policy, cwd: dir }).stdout).length,
    ).toBeGreaterThan(3);
  });

  it("reports the file as ignored (.policylintignore)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".policylintignore"), "archive/\n");
    const { code, stdout } = run(["--no-config", "-", "--stdin-filename", "archive/2019.txt"], { input: policy, cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/1:1\s+경고\s+무시 패턴\(\.policylintignore\)에 해당하는 파일이라 검사하지 않았습니다\s+ignored-file/);
    expect(stdout).toContain("문제 1건");
  });
});

describe("a file named on the command line that an ignore pattern leaves out", () => {
  const policy = readFileSync(SEED_000, "utf8");
  /** A checkout with a draft left out by .policylintignore, one by ignorePatterns, and a policy linted. */
  function project(): string {
    const dir = tempDir();
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ ignorePatterns: ["drafts/**"] }));
    writeFileSync(join(dir, ".policylintignore"), "archive/\n");
    for (const folder of ["drafts", "archive", "site"]) mkdirSync(join(dir, folder));
    for (const file of ["drafts/x.md", "archive/2019.txt", "site/privacy.txt"]) writeFileSync(join(dir, file), policy);
    return dir;
  }
  type Result = { filePath: string; messages: Message[] };
  const resultsOf = (stdout: string) => JSON.parse(stdout) as Result[];

  it("is reported as ignored, as --stdin-filename reports it, in its place among the results, and not linted", () => {
    const dir = project();
    const { code, stdout, stderr } = run(["--format", "json", "--locale", "en", "drafts/x.md", "site/privacy.txt", "archive/2019.txt"], {
      cwd: dir,
    });
    expect([code, stderr]).toEqual([1, ""]);
    const results = resultsOf(stdout);
    expect(results.map((result) => result.filePath)).toEqual(
      ["drafts/x.md", "site/privacy.txt", "archive/2019.txt"].map((file) => join(dir, file)),
    );
    const [draft, site, archived] = results;
    expect(draft.messages).toEqual([
      expect.objectContaining({
        ruleId: "ignored-file",
        severity: 1,
        line: 1,
        message: `File ignored because of a matching ignore pattern (ignorePatterns in ${join(dir, ".policylintrc.json")})`,
      }),
    ]);
    expect(archived.messages).toEqual([
      expect.objectContaining({
        ruleId: "ignored-file",
        severity: 1,
        message: "File ignored because of a matching ignore pattern (.policylintignore)",
      }),
    ]);
    expect(site.messages.length).toBeGreaterThan(3);
    // the same notice standard input gets under the same name
    const stdin = run(["--format", "json", "--locale", "en", "-", "--stdin-filename", "drafts/x.md"], { input: policy, cwd: dir });
    expect(resultsOf(stdin.stdout)[0]).toEqual(draft);
  });

  it("says so in the default report and exits 0: a warning, not an error", () => {
    const dir = project();
    const { code, stdout } = run(["archive/2019.txt"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/1:1\s+경고\s+무시 패턴\(\.policylintignore\)에 해당하는 파일이라 검사하지 않았습니다\s+ignored-file/);
    expect(stdout).toContain("문제 1건");
  });

  it("stays silent when a directory or a glob brings the file in", () => {
    const dir = project();
    for (const args of [["."], ["**/*.{md,txt}"], ["drafts", "archive", "site"]]) {
      const { code, stdout, stderr } = run(["--format", "json", ...args], { cwd: dir });
      expect([code, stderr]).toEqual([1, ""]);
      expect(resultsOf(stdout).map((result) => result.filePath)).toEqual([join(dir, "site/privacy.txt")]);
    }
  });
});

describe("--print-config", () => {
  it("prints every rule at the severity it runs at, in the configuration's words", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ rules: { "dpo-contact": "warn", "vague-listing": "off" } }));
    const printed = JSON.parse(run(["--print-config", join(dir, "policy.txt")]).stdout) as { rules: Record<string, string> };
    const ruleList = JSON.parse(run(["--list-rules", "--format", "json"]).stdout) as { id: string; severity: string }[];
    expect(Object.keys(printed.rules).sort()).toEqual(ruleList.map((rule) => rule.id).sort());
    expect(printed.rules["dpo-contact"]).toBe("warn");
    expect(printed.rules["vague-listing"]).toBe("off");
    expect(printed.rules["title-name"]).toBe("warn"); // its default
    expect(printed.rules["processor-disclosure"]).toBe("error");
    expect(Object.values(printed.rules)).not.toContain("warning");
  });

  it("shows the strict preset's errors, and what --rule sets", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify({ extends: "strict", rules: { "dpo-contact": "warning" } }));
    const printed = JSON.parse(run(["--print-config", join(dir, "policy.txt"), "--rule", "numbering=info"]).stdout) as {
      strict: boolean;
      rules: Record<string, string>;
    };
    expect(printed.strict).toBe(true);
    expect(printed.rules).toMatchObject({ "title-name": "error", "dpo-contact": "warn", numbering: "info" });
  });
});

describe("a configuration that is not valid JSON or YAML", () => {
  it.each([
    [
      '{\n  "rules": {\n    "dpo-contact": "warn"\n    "numbering": "off"\n  }\n}\n',
      "4:5: cannot be parsed: Expected ',' or '}' after property value",
    ],
    ['{\n  "rules": {\n    "dpo-contact": \n  }\n}\n', "4:3: cannot be parsed: unexpected '}'"],
    ['{\n  "locale": "ko",\n', "3:1: cannot be parsed: Expected double-quoted property name"],
  ])("is reported at its line and column: %j", (text, expected) => {
    const dir = tempDir();
    const config = join(dir, ".policylintrc.json");
    writeFileSync(config, text);
    writeFileSync(join(dir, "policy.txt"), "개인정보 처리방침\n");
    const { code, stdout, stderr } = run([join(dir, "policy.txt")]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`policy-lint: ${config}:${expected}\n`);
  });

  it("is reported at its line and column in YAML, and a valid YAML configuration is read", () => {
    const dir = tempDir();
    const config = join(dir, ".policylintrc.yaml");
    writeFileSync(config, "rules:\n  dpo-contact: [warn\nlocale: ko\n");
    mkdirSync(join(dir, "p"));
    writeFileSync(join(dir, "p", "policy.txt"), "개인정보 처리방침\n");
    const { code, stderr } = run([join(dir, "p", "policy.txt")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^policy-lint: ${config.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:1: cannot be parsed: .+\\n$`));
    writeFileSync(config, "rules:\n  dpo-contact: warn\n");
    expect(JSON.parse(run(["--print-config", join(dir, "p", "policy.txt")]).stdout)).toMatchObject({
      configFile: config,
      rules: { "dpo-contact": "warn" },
    });
  });
});

describe("--help and the README", () => {
  const help = run(["--help"]).stdout;

  it("says each default once", () => {
    expect(help).toContain("(default: the");
    expect(help.replace(/\s+/g, " ")).not.toMatch(/\(default: the available cores[^)]*\) \(default: \d+\)/);
  });

  it("lists the same options as the README's option table", () => {
    const flags = (text: string) => new Set([...text.matchAll(/(?<![\w-])(--?[a-z][\w-]*)/g)].map((match) => match[1]));
    const helpFlags = flags(
      help
        .split("Options:")[1]
        .split("\n")
        .filter((line) => /^\s{2}-/.test(line))
        .map((line) => line.trim().split(/\s{2,}/)[0])
        .join(" "),
    );
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| option"), readme.indexOf("\n\n", readme.indexOf("| option")));
    const tableFlags = flags(
      table
        .split("\n")
        .slice(2)
        .map((row) => row.split(/(?<!\\)\|/)[1])
        .filter((cell) => cell.trim().startsWith("`-"))
        .join(" "),
    );
    expect(helpFlags.size).toBeGreaterThan(20);
    expect([...tableFlags].sort()).toEqual([...helpFlags].sort());
    expect(table).toContain("policy-lint-disable-line");
  });
});

describe("npm install", () => {
  it("has every dependency's install script reviewed in allowScripts, so npm does not warn", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts).toContain("esbuild");
    for (const name of withScripts) expect(Object.keys(manifest.allowScripts ?? {})).toContain(name);
  });
});

describe("the README's first screen", () => {
  it("shows the report the seed it lints gives: its header, its count per rule and its total", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const shown = readme.slice(
      readme.indexOf("fixtures/seeds/000_db5f55dfc5c8a39a.txt  오류"),
      readme.indexOf("```", readme.indexOf("규칙별 건수")),
    );
    const { stdout } = run([SEED_000]);
    // the report between the first findings and the count per rule is elided ("…") in the README
    const [header] = stdout.split("\n");
    const counts = stdout.slice(stdout.indexOf("규칙별 건수"));
    expect(shown.split("\n")[0]).toBe(header);
    expect(shown.slice(shown.indexOf("규칙별 건수")).trimEnd()).toBe(counts.trimEnd());
  });
});
