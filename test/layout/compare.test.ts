// Comparing verdicts across a restyle: fired or not, and on corresponding lines.
import { describe, expect, it } from "vitest";
import { compareVerdicts, comparedRules, describeDifference } from "./compare.js";
import type { LineSpan } from "./restyle.js";

const identity = (count: number): LineSpan[] => Array.from({ length: count }, (_, index) => ({ first: index + 1, last: index + 1 }));
const finding = (ruleId: string, line: number, severity = "warning") => ({ ruleId, line, severity });

describe("compareVerdicts", () => {
  it("holds a finding to the restyled span of its line", () => {
    // line 3 was wrapped onto lines 3-4, so line 5 is now 6
    const lineMap = [
      { first: 1, last: 1 },
      { first: 2, last: 2 },
      { first: 3, last: 4 },
      { first: 5, last: 5 },
      { first: 6, last: 6 },
    ];
    const original = [finding("vague-listing", 3), finding("numbering", 5)];
    expect(
      compareVerdicts(original, [finding("vague-listing", 4), finding("numbering", 6)], lineMap, ["vague-listing", "numbering"]),
    ).toEqual([]);
    const moved = compareVerdicts(original, [finding("vague-listing", 4), finding("numbering", 5)], lineMap, [
      "vague-listing",
      "numbering",
    ]);
    expect(moved.map((difference) => difference.ruleId)).toEqual(["numbering"]);
  });

  it("reads line 1 as the whole policy: only whether the rule fired counts", () => {
    expect(compareVerdicts([finding("title-name", 1)], [finding("title-name", 1)], identity(3), ["title-name"])).toEqual([]);
    const [difference] = compareVerdicts([finding("required-purpose", 1)], [finding("required-purpose", 2)], identity(3), [
      "required-purpose",
    ]);
    expect(describeDifference("p.txt", "N.", difference)).toBe(
      "p.txt · N. · required-purpose: original fired (line 1 only), restyled fired at 2",
    );
  });

  it("counts warnings and errors, not info", () => {
    expect(compareVerdicts([finding("vague-retention", 4, "info")], [], identity(5), ["vague-retention"])).toEqual([]);
    const [difference] = compareVerdicts([finding("dpo-contact", 4, "error")], [], identity(5), ["dpo-contact", "numbering"]);
    expect(describeDifference("p.txt", "N.", difference)).toBe("p.txt · N. · dpo-contact: original fired at 4, restyled quiet");
  });

  it("says where the original's lines went when they moved", () => {
    const lineMap = [
      { first: 1, last: 1 },
      { first: 2, last: 3 },
      { first: 4, last: 4 },
    ];
    const [difference] = compareVerdicts([finding("dpo-contact", 3)], [], lineMap, ["dpo-contact"]);
    expect(describeDifference("p.txt", "wraps", difference)).toBe(
      "p.txt · wraps · dpo-contact: original fired at 3 (restyled: 4), restyled quiet",
    );
  });
});

describe("comparedRules", () => {
  it("leaves out the rules that read section numbers when a layout drops them", () => {
    const ids = ["numbering", "dpo-contact"];
    expect(comparedRules(ids, { name: "[title]", numbering: "square-brackets" })).toEqual(["dpo-contact"]);
    expect(comparedRules(ids, { name: "1.", numbering: "lost-numbers" })).toEqual(["dpo-contact"]);
    expect(comparedRules(ids, { name: "N.", numbering: "decimal" })).toEqual(ids);
    expect(comparedRules(ids, { name: "wraps", wrap: { width: 60, indent: 2 } })).toEqual(ids);
  });
});
