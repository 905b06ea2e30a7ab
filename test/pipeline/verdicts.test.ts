// Verdicts: each rule's item as the checklist reports it, derived from what the rule recorded and the
// findings kept. The seeds' verdicts must agree with their gold findings.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { settleVerdicts } from "../../src/pipeline/verdict.js";
import type { Finding } from "../../src/runtime/rule.js";
import { readSeed, SEEDS } from "../helpers.js";

// the project's shared gold when it sits beside the checkout (as .ci/run uses it), else the copy in fixtures
const sharedGold = new URL("../../../shared/seeds/gold.json", import.meta.url);
const goldFile = existsSync(sharedGold) ? sharedGold : new URL("../../fixtures/seeds/gold.json", import.meta.url);
type Expectation = boolean | null | { violation: boolean; lines?: [number, number] };
const gold = JSON.parse(readFileSync(goldFile, "utf8")) as { files: Record<string, Record<string, Expectation>> };

const finding = (ruleId: string, messageId: string, severity: Finding["severity"] = "error") =>
  ({ ruleId, messageId, severity, line: 1 }) as Finding;

describe("settleVerdicts", () => {
  const record = { ruleId: "required-safety", off: false, notApplicable: false, lines: [9, 3, 9] };

  it("calls an item found with no finding disclosed, with its lines in order and once each", () => {
    expect(settleVerdicts([record], [])).toEqual([{ ruleId: "required-safety", group: "statutory", status: "disclosed", lines: [3, 9] }]);
  });

  it("calls an item missing when a finding says so, and incomplete for any other finding", () => {
    expect(settleVerdicts([record], [finding("required-safety", "missing")])[0].status).toBe("missing");
    expect(settleVerdicts([record], [finding("required-safety", "hollow", "warning")])[0].status).toBe("incomplete");
  });

  it("lets advice (info) leave the verdict alone", () => {
    expect(settleVerdicts([record], [finding("required-safety", "hollow", "info")])[0].status).toBe("disclosed");
  });

  it("keeps not applicable and off apart from a pass with no place recorded", () => {
    const records = [
      { ruleId: "video-devices", off: false, notApplicable: true, lines: [] },
      { ruleId: "numbering", off: false, notApplicable: false, lines: [] },
      { ruleId: "child-under-14", off: true, notApplicable: false, lines: [] },
    ];
    expect(settleVerdicts(records, []).map((verdict) => [verdict.group, verdict.status])).toEqual([
      ["conditional", "not-applicable"],
      ["checks", "passed"],
      ["conditional", "off"],
    ]);
  });
});

describe("lintText verdicts", () => {
  it("returns a verdict for every rule, off rules included", async () => {
    const result = await lintText(readSeed(SEEDS[0]), SEEDS[0], { rules: { "child-under-14": "off" } });
    expect(result.verdicts).toHaveLength(27);
    expect(result.verdicts.find((verdict) => verdict.ruleId === "child-under-14")?.status).toBe("off");
  });

  it("records where an item is disclosed: seed 003's safety section is its heading at line 46", async () => {
    const result = await lintText(readSeed("003_56b8b555a71aed3b.txt"), "003.txt");
    const safety = result.verdicts.find((verdict) => verdict.ruleId === "required-safety")!;
    expect(safety).toMatchObject({ status: "disclosed", lines: [46] });
    expect(readSeed("003_56b8b555a71aed3b.txt").split("\n")[45]).toMatch(/안전성\s*확보/);
  });

  it("settles a disabled finding's item as if the finding were not there", async () => {
    const text = `<!-- policy-lint-disable child-under-14 -->\n${readSeed("001_186b834dc1e90dc3.txt")}`;
    const result = await lintText(text, "001.md");
    expect(result.verdicts.find((verdict) => verdict.ruleId === "child-under-14")?.status).toBe("passed");
  });

  for (const [file, expectations] of Object.entries(gold.files)) {
    it(`agrees with the gold verdicts of ${file}`, async () => {
      const result = await lintText(readSeed(file), file);
      const shortfalls: Record<string, boolean> = {};
      const wanted: Record<string, boolean> = {};
      for (const [ruleId, want] of Object.entries(expectations)) {
        if (want === null) continue;
        const verdict = result.verdicts.find((candidate) => candidate.ruleId === ruleId);
        if (!verdict) continue;
        wanted[ruleId] = typeof want === "object" ? want.violation : want;
        shortfalls[ruleId] = verdict.status === "missing" || verdict.status === "incomplete";
      }
      expect(Object.keys(wanted).length).toBeGreaterThan(15);
      expect(shortfalls).toEqual(wanted);
    });
  }
});
