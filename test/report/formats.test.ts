// The machine-readable formats other tools consume: GitHub workflow commands and SARIF 2.1.0.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { lintText } from "../../src/pipeline/lint.js";
import { rules } from "../../rules/index.js";
import { escapeData, escapeProperty, formatGithub, GITHUB_ANNOTATIONS_PER_STEP } from "../../src/report/github.js";
import { toSarif } from "../../src/report/sarif.js";
import { readSeed } from "../helpers.js";

const require = createRequire(import.meta.url);
// the official SARIF 2.1.0 (rtm.5) schema, as shipped by Microsoft's @microsoft/jest-sarif
const sarifSchema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));

describe("--format github", () => {
  it("escapes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("writes one annotation per finding with file, lines, columns and the rule as title", async () => {
    const result = await lintText(readSeed("000_db5f55dfc5c8a39a.txt"), "/repo/policies/privacy, v2.txt");
    const output = formatGithub([result], "/repo");
    const processor = output.split("\n").find((line) => line.includes("title=processor-disclosure"));
    expect(processor).toBe(
      "::error file=policies/privacy%2C v2.txt,line=46,endLine=46,col=1,endColumn=22,title=processor-disclosure::수탁자 'Zendesk'의 위탁업무 내용이 비어 있습니다 (개인정보 보호법 제26조제2항, 제30조제1항제4호, 시행령 제28조)",
    );
    expect(output).toMatch(/^::warning file=policies\/privacy%2C v2\.txt,line=1,/m);
  });

  it("adds a notice when there are more findings than GitHub annotates per step", async () => {
    const result = await lintText(readSeed("000_db5f55dfc5c8a39a.txt"), "/repo/a.txt");
    const warnings = result.findings.filter((finding) => finding.severity === "warning").length;
    expect(warnings).toBeGreaterThan(GITHUB_ANNOTATIONS_PER_STEP);
    // first, where GitHub's per-step cap cannot hide it
    const notice = formatGithub([result], "/repo").split("\n")[0];
    expect(notice).toMatch(/^::notice title=policy-lint::/);
    expect(notice).toContain(`${warnings - GITHUB_ANNOTATIONS_PER_STEP} are not annotated`);
  });
});

describe("--format sarif", () => {
  // the schema has a pattern that is invalid with the u flag, so compile its patterns without it
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);

  it("validates against the official SARIF 2.1.0 schema", async () => {
    const results = await Promise.all(
      ["000_db5f55dfc5c8a39a.txt", "003_56b8b555a71aed3b.txt"].map(async (seed) => lintText(readSeed(seed), `/repo/${seed}`)),
    );
    const log = toSarif(results, rules, "ko", "/repo");
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // and the check has teeth: a level SARIF does not define is rejected
    const broken = structuredClone(log);
    (broken.runs[0].results[0] as { level: string }).level = "fatal";
    expect(validate(broken)).toBe(false);
  });

  it("describes every rule with its statute and help link, and places results by rule index and region", async () => {
    const log = toSarif([await lintText(readSeed("000_db5f55dfc5c8a39a.txt"), "/repo/p.txt")], rules, "en", "/repo");
    const driver = log.runs[0].tool.driver;
    expect(driver.rules).toHaveLength(rules.length);
    expect(driver.rules.every((rule) => rule.properties.statute.length > 0 && rule.helpUri.startsWith("https://"))).toBe(true);
    const result = log.runs[0].results.find((entry) => entry.ruleId === "processor-disclosure")!;
    expect(driver.rules[result.ruleIndex!].id).toBe("processor-disclosure");
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "p.txt", uriBaseId: "%SRCROOT%" },
      region: { startLine: 46, startColumn: 1, endLine: 46, endColumn: 22 },
    });
  });
});

describe("--format json", () => {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/results.schema.json", import.meta.url), "utf8"));

  it("matches the committed JSON Schema", async () => {
    const { default: AjvDraft07 } = await import("ajv");
    const ajv = new AjvDraft07({ allErrors: true });
    addFormats(ajv as never);
    const validate = ajv.compile(schema);
    const { toJsonResults } = await import("../../src/report/json.js");
    const results = toJsonResults(
      await Promise.all(["000_db5f55dfc5c8a39a.txt", "001_186b834dc1e90dc3.txt"].map((seed) => lintText(readSeed(seed), `/r/${seed}`))),
    );
    expect(validate(results) ? [] : validate.errors).toEqual([]);
    const broken = structuredClone(results);
    (broken[0].messages[0] as { severity: number }).severity = 4;
    expect(validate(broken)).toBe(false);
  });
});
