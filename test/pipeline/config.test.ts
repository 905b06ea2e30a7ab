// Configuration files: discovery, validation, presets, overrides, ignore patterns.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { lint } from "../../src/pipeline/lint.js";
import { readSeed } from "../helpers.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "policy-lint-config-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const seed = readSeed("000_db5f55dfc5c8a39a.txt");
const rulesIn = (run: Awaited<ReturnType<typeof lint>>, index = 0) => run.results[index].findings.map((finding) => finding.ruleId);

describe("configuration", () => {
  it("a .policylintrc.json found upward turns a rule off", async () => {
    const root = project({ ".policylintrc.json": JSON.stringify({ rules: { "processor-disclosure": "off" } }), "docs/policy/a.txt": seed });
    const run = await lint([join(root, "docs/policy/a.txt")]);
    expect(rulesIn(run)).not.toContain("processor-disclosure");
    expect(rulesIn(run)).toContain("dpo-contact");
  });

  it("reads YAML and the package.json key, and the nearest file wins", async () => {
    const root = project({
      "package.json": JSON.stringify({ name: "x", "policy-lint": { rules: { "dpo-contact": "off" } } }),
      "a.txt": seed,
      "yaml/.policylintrc.yaml": "rules:\n  child-under-14: off\nlocale: en\n",
      "yaml/b.txt": readSeed("001_186b834dc1e90dc3.txt"),
    });
    const run = await lint([join(root, "a.txt"), join(root, "yaml/b.txt")]);
    expect(rulesIn(run, 0)).not.toContain("dpo-contact");
    expect(rulesIn(run, 1)).not.toContain("child-under-14");
    // English messages (they may still quote the policy's Korean words)
    expect(run.results[1].findings.every((finding) => /^[a-z']/i.test(finding.message))).toBe(true);
  });

  it("the strict preset makes warnings errors; overrides apply by glob; explicit rules win", async () => {
    const root = project({
      ".policylintrc.json": JSON.stringify({ extends: "strict", overrides: [{ files: "legacy/**", rules: { "change-notice": "off" } }] }),
      "legacy/a.txt": seed,
      "current/b.txt": seed,
    });
    const run = await lint([join(root, "legacy/a.txt"), join(root, "current/b.txt")], { rules: { "title-name": "off" } });
    const [legacy, current] = run.results;
    expect(legacy.findings.map((f) => f.ruleId)).not.toContain("change-notice");
    expect(current.findings.filter((f) => f.ruleId === "retention-statute").map((f) => f.severity)).toEqual(["error"]);
    expect(current.findings.map((f) => f.ruleId)).not.toContain("title-name");
    expect(current.warningCount).toBe(0);
  });

  it("ignorePatterns skip files", async () => {
    const root = project({ ".policylintrc.json": JSON.stringify({ ignorePatterns: ["drafts/**"] }), "drafts/a.txt": seed, "b.txt": seed });
    const run = await lint([root]);
    expect(run.results.map((result) => result.filePath.split("/").pop())).toEqual(["b.txt"]);
  });

  it.each([
    [{ rulez: {} }, "rulez: unknown key"],
    [{ rules: { "no-such-rule": "off" } }, "rules.no-such-rule: unknown rule"],
    [{ rules: { "dpo-contact": "loud" } }, "rules.dpo-contact: must be off, warn, error or info"],
    [{ overrides: [{ files: "*.md", rule: {} }] }, "overrides[0].rule: unknown key"],
    [{ extends: "lenient" }, "extends: must be recommended or strict"],
  ])("rejects %j naming the bad key", async (config, message) => {
    const root = project({ ".policylintrc.json": JSON.stringify(config), "a.txt": seed });
    await expect(lint([join(root, "a.txt")])).rejects.toThrow(message);
  });

  it("the committed config schema accepts a real configuration and rejects an unknown rule", () => {
    const schema = JSON.parse(readFileSync(new URL("../../schemas/config.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv().compile(schema);
    expect(validate({ extends: "recommended", rules: { "dpo-contact": "warn" }, overrides: [{ files: ["*.md"], locale: "en" }] })).toBe(
      true,
    );
    expect(validate({ rules: { "no-such-rule": "off" } })).toBe(false);
  });
});
