// runRules: a rule that reaches one finding twice (two mentions of a record on one line, read one after the other)
// reports it once; findings that differ in place or message are all kept.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { runRules } from "../../src/pipeline/run.js";
import type { Rule } from "../../src/runtime/rule.js";
import { lineRange } from "../../src/runtime/query.js";

const twice: Rule = {
  meta: {
    id: "twice",
    severity: "warning",
    statute: "",
    title: { ko: "두 번", en: "twice" },
    description: { ko: "", en: "" },
    example: { ko: "", en: "" },
    messages: { found: { ko: "'{what}'", en: "'{what}'" } },
  },
  check({ document, report }) {
    for (const what of ["처방전", "처방전", "조제기록부"]) report({ messageId: "found", range: lineRange(document, 1), data: { what } });
    report({ messageId: "found", range: lineRange(document, 2), data: { what: "처방전" } });
  },
};

describe("runRules", () => {
  it("keeps one of identical findings, and every finding that differs", async () => {
    const document = await parsePolicy("처방전 이미지: 30일 (원본 처방전은 2년)\n조제기록부: 5년", "text");
    const findings = runRules(document, [twice], { locale: "ko", ruleSettings: {} });
    expect(findings.map((finding) => [finding.line, finding.message])).toEqual([
      [1, "'처방전'"],
      [1, "'조제기록부'"],
      [2, "'처방전'"],
    ]);
  });
});
