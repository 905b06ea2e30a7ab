// --format checklist: the verdicts as JSON, valid against the committed schema, grouped as the law groups them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { lintText } from "../../src/pipeline/lint.js";
import { rules } from "../../rules/index.js";
import { toChecklistJson } from "../../src/report/checklist.js";
import { readSeed } from "../helpers.js";

const schema = JSON.parse(readFileSync(new URL("../../schemas/checklist.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe("--format checklist", () => {
  it("matches the committed JSON Schema, and the schema has teeth", async () => {
    const results = await Promise.all(
      ["000_db5f55dfc5c8a39a.txt", "004_d6aa57df349846ed.txt"].map((seed) => lintText(readSeed(seed), `/r/${seed}`)),
    );
    const checklist = toChecklistJson(results, rules, "ko");
    expect(validate(checklist) ? [] : validate.errors).toEqual([]);
    const broken = structuredClone(checklist);
    (broken[0].groups[0].items[0] as { status: string }).status = "fine";
    expect(validate(broken)).toBe(false);
  });

  it("groups the items as the law does, statutory first, in the law's order", async () => {
    const [policy] = toChecklistJson([await lintText(readSeed("004_d6aa57df349846ed.txt"), "/r/004.txt")], rules, "ko");
    expect(policy.groups.map((group) => group.name)).toEqual(["법정 필수", "해당 시 필수", "권장", "일반 점검(표기·구조)"]);
    expect(policy.groups[0].items.map((item) => item.ruleId).slice(0, 3)).toEqual(["title-name", "required-purpose", "required-items"]);
    expect(policy.groups.flatMap((group) => group.items)).toHaveLength(rules.length);
  });

  it("gives each item its status, the lines where it was found, and its findings", async () => {
    const [policy] = toChecklistJson([await lintText(readSeed("004_d6aa57df349846ed.txt"), "/r/004.txt")], rules, "en");
    const items = new Map(policy.groups.flatMap((group) => group.items).map((item) => [item.ruleId, item]));
    // seed 004 has no security section: missing, reported at line 1 as an error
    expect(items.get("required-safety")).toMatchObject({
      status: "missing",
      statusLabel: "missing",
      lines: [],
      findings: [{ severity: 2, messageId: "missing", line: 1 }],
    });
    // the purposes in Korean at line 25, and again in the English translation's "Article 2 Purpose …" at 78
    expect(items.get("required-purpose")).toMatchObject({ status: "disclosed", lines: [25, 78], findings: [] });
    expect(readSeed("004_d6aa57df349846ed.txt").split("\n")[24]).toMatch(/목적/);
    expect(readSeed("004_d6aa57df349846ed.txt").split("\n")[77]).toMatch(/^Article 2 Purpose/);
    // no processor is named or hinted at anywhere in 004
    expect(items.get("processor-disclosure")?.status).toBe("not-applicable");
  });
});
