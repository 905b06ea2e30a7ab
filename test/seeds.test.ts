// The seeds' expected findings (fixtures/seeds/gold.json, copied from the project's origin) for the rules
// this version ships: every `true` must fire (on its line range when given) and every `false` must not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../src/pipeline/lint.js";
import { rules } from "../rules/index.js";
import { readSeed } from "./helpers.js";

type Expectation = boolean | null | { violation: boolean; lines?: [number, number] };
const gold = JSON.parse(readFileSync(new URL("../fixtures/seeds/gold.json", import.meta.url), "utf8")) as {
  files: Record<string, Record<string, Expectation>>;
};
const shipped = new Set(rules.map((rule) => rule.meta.id));

describe("seed gold findings", () => {
  for (const [file, expectations] of Object.entries(gold.files)) {
    describe(file, () => {
      for (const [ruleId, want] of Object.entries(expectations)) {
        if (want === null || !shipped.has(ruleId)) continue;
        const violation = typeof want === "object" ? want.violation : want;
        it(`${ruleId} ${violation ? "fires" : "stays quiet"}`, async () => {
          const result = await lintText(readSeed(file), file);
          const hits = result.findings.filter((finding) => finding.ruleId === ruleId && finding.severity !== "info");
          if (!violation) {
            expect(hits).toEqual([]);
            return;
          }
          expect(hits.length).toBeGreaterThan(0);
          if (typeof want === "object" && want.lines) {
            const [from, to] = want.lines;
            expect(hits.some((hit) => hit.line >= from && hit.line <= to)).toBe(true);
          }
        });
      }
    });
  }
});
