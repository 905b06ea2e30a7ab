// Rule-page links as they are read: in JSON for tools and in SARIF for code scanning, on GitHub, not on the
// machine that ran the lint.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const ROOT = new URL("../../", import.meta.url).pathname;
const SEED_000 = join(ROOT, "fixtures/seeds/000_db5f55dfc5c8a39a.txt");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; repository: { url: string } };

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type JsonMessage = { ruleId: string; url: string };
type SarifRule = { id: string; helpUri: string };

function links(args: string[], cwd?: string) {
  const [json] = JSON.parse(run(["--format", "json", ...args], cwd).stdout) as { messages: JsonMessage[] }[];
  const sarif = JSON.parse(run(["--format", "sarif", ...args], cwd).stdout) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] };
  return { messages: json.messages, helpUris: new Map(sarif.runs[0].tool.driver.rules.map((rule) => [rule.id, rule.helpUri])) };
}

function projectWithConfig(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-docs-"));
  writeFileSync(join(dir, ".policylintrc.json"), JSON.stringify(config));
  copyFileSync(SEED_000, join(dir, "policy.txt"));
  return dir;
}

describe("rule-page links", () => {
  it("point at this version's page in the package's repository, the same in JSON and SARIF", () => {
    const [, owner, repo] = /github\.com\/([^/]+)\/([^/]+?)\.git$/.exec(manifest.repository.url)!;
    const base = `https://github.com/${owner}/${repo}/blob/v${manifest.version}/docs/rules/`;
    const { messages, helpUris } = links(["--no-config", SEED_000]);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.url).toBe(`${base}${message.ruleId}.md`);
      expect(helpUris.get(message.ruleId)).toBe(message.url);
      // the page the link names is one the package ships
      expect(existsSync(join(ROOT, "docs/rules", `${message.ruleId}.md`))).toBe(true);
    }
    for (const uri of helpUris.values()) expect(uri).toMatch(/^https:\/\//);
  });

  it("follow a configuration's docsBaseUrl, for forks and private mirrors", () => {
    const mirror = "https://git.example.com/compliance/policy-lint/blob/main/docs/rules/";
    const dir = projectWithConfig({ docsBaseUrl: mirror });
    const { messages, helpUris } = links(["policy.txt"], dir);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.url).toBe(`${mirror}${message.ruleId}.md`);
      expect(helpUris.get(message.ruleId)).toBe(message.url);
    }
  });

  it("refuse a docsBaseUrl that is not a web address, naming the file and key", () => {
    const dir = projectWithConfig({ docsBaseUrl: "/home/me/docs" });
    const { code, stderr } = run(["policy.txt"], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `policy-lint: ${join(dir, ".policylintrc.json")}: docsBaseUrl: must be an http(s) URL, such as https://github.com/you/policy-lint/blob/main/docs/rules/\n`,
    );
  });

  it("point --list-rules and --explain at the same pages", () => {
    const list = JSON.parse(run(["--list-rules", "--format", "json"]).stdout) as { id: string; url: string }[];
    for (const rule of list) expect(rule.url).toMatch(new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
    expect(run(["--explain", "dpo-contact"]).stdout).toMatch(/https:\/\/\S+\/docs\/rules\/dpo-contact\.md/);
  });
});
