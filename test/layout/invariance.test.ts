// Layout invariance: every seed and the synthetic policy, rewritten into each heading layout of STYLES,
// must get the same verdict from every rule (fired or not, and on the corresponding lines). Layouts the
// parser does not read yet are listed in KNOWN_GAPS: their test passes while they still differ somewhere,
// and fails once they no longer do, so that the entry is removed and the layout stays learnt.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { parsePolicy } from "../../src/parse/index.js";
import { rules } from "../../rules/index.js";
import type { Finding } from "../../src/runtime/rule.js";
import { SEEDS, readSeed } from "../helpers.js";
import { restyle } from "./restyle.js";
import { STYLES, type StyleName } from "./styles.js";
import { compareVerdicts, comparedRules, describeDifference } from "./compare.js";

/** Layouts that do not give the same verdicts yet, with what goes wrong. Remove an entry once its layout passes. */
const KNOWN_GAPS: Partial<Record<StyleName, string>> = {};

const POLICIES: { name: string; text: string }[] = [
  ...SEEDS.map((name) => ({ name, text: readSeed(name) })),
  { name: "clean-policy.txt", text: readFileSync(new URL("../../fixtures/synthetic/clean-policy.txt", import.meta.url), "utf8") },
];
const RULE_IDS = rules.map((rule) => rule.meta.id);

const originals = new Map<string, Promise<{ document: Awaited<ReturnType<typeof parsePolicy>>; findings: Finding[] }>>();
function original(policy: { name: string; text: string }) {
  if (!originals.has(policy.name))
    originals.set(
      policy.name,
      (async () => ({ document: await parsePolicy(policy.text, "text"), findings: (await lintText(policy.text, policy.name)).findings }))(),
    );
  return originals.get(policy.name)!;
}

/** Every difference between the original's verdicts and the restyled policy's, one readable line each. */
async function differences(style: (typeof STYLES)[number]): Promise<string[]> {
  const lines: string[] = [];
  for (const policy of POLICIES) {
    const { document, findings } = await original(policy);
    const restyled = restyle(document, style);
    // every layout applies to every policy here (a policy already in the layout comes out unchanged)
    expect(restyled, `${policy.name}: ${style.name} found no headings to rewrite`).not.toBeNull();
    if ("numbering" in style) expect(restyled!.rewritten.length, `${policy.name}: ${style.name} rewrote no heading`).toBeGreaterThan(1);
    if ("wrap" in style)
      expect(restyled!.lineMap.at(-1)!.last, `${policy.name}: ${style.name} wrapped no line`).toBeGreaterThan(restyled!.lineMap.length);
    const file = policy.name.replace(/\.txt$/, restyled!.format === "markdown" ? ".md" : ".txt");
    const after = await lintText(restyled!.text, file, { format: restyled!.format });
    const found = compareVerdicts(findings, after.findings, restyled!.lineMap, comparedRules(RULE_IDS, style));
    lines.push(...found.map((difference) => describeDifference(policy.name, style.name, difference)));
  }
  return lines;
}

describe("layout invariance: the same verdicts however the headings are marked", () => {
  for (const style of STYLES) {
    const gap = KNOWN_GAPS[style.name];
    if (gap) {
      it(`${style.name} — known gap: ${gap}`, async () => {
        const found = await differences(style);
        expect(found.length, `'${style.name}' now gives the same verdicts on every policy: remove it from KNOWN_GAPS`).toBeGreaterThan(0);
      });
    } else {
      it(style.name, async () => {
        expect((await differences(style)).join("\n")).toBe("");
      });
    }
  }
});
