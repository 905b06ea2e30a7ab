// Inline disable comments, unused-directive reports, baselines.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { createBaseline, fingerprintOf, lineDigest, subtractBaseline } from "../../src/pipeline/baseline.js";
import { readSeed } from "../helpers.js";

const policy = [
  "# 해솔 개인정보 처리방침", // 1
  "", // 2
  "## 1. 처리 목적", // 3
  "회원 관리를 위해 처리합니다.", // 4
  "", // 5
  "<!-- policy-lint-disable-next-line dpo-contact -- 보호책임자는 별도 공지에 있음 -->", // 6
  "## 2. 개인정보 보호책임자", // 7
  "문의는 고객센터로 해 주십시오.", // 8
].join("\n");

const rulesOf = (result: Awaited<ReturnType<typeof lintText>>) => result.findings.map((finding) => `${finding.ruleId}@${finding.line}`);

describe("inline disable comments", () => {
  it("disable-next-line silences one rule on the next line only", async () => {
    const without = await lintText(policy.replace(/<!--.*-->/, ""), "p.md");
    expect(rulesOf(without)).toContain("dpo-contact@7");
    const result = await lintText(policy, "p.md");
    expect(rulesOf(result)).not.toContain("dpo-contact@7");
    expect(rulesOf(result)).toContain("child-under-14@1");
  });

  it("disable … enable silences a block, for the rules named or for all", async () => {
    const text = policy.replace(
      "<!-- policy-lint-disable-next-line dpo-contact -- 보호책임자는 별도 공지에 있음 -->",
      "<!-- policy-lint-disable -->",
    );
    const all = await lintText(`${text}\n<!-- policy-lint-enable -->\n`, "p.md");
    expect(all.findings.filter((finding) => finding.line >= 6)).toEqual([]);
    const named = await lintText(`<!-- policy-lint-disable child-under-14, title-name -- 아동 서비스 아님 -->\n${policy}`, "p.md");
    expect(rulesOf(named).some((rule) => rule.startsWith("child-under-14") || rule.startsWith("title-name"))).toBe(false);
    expect(rulesOf(named).some((rule) => rule.startsWith("required-safety"))).toBe(true);
  });

  it("reports a directive that suppresses nothing when asked", async () => {
    const text = `${policy}\n<!-- policy-lint-disable-next-line numbering -->\n회사 소개`;
    const result = await lintText(text, "p.md", { reportUnusedDisables: "warning" });
    const unused = result.findings.filter((finding) => finding.ruleId === "unused-disable-directive");
    expect(unused.map((finding) => [finding.line, finding.severity])).toEqual([[9, "warning"]]);
    expect((await lintText(text, "p.md")).findings.some((finding) => finding.ruleId === "unused-disable-directive")).toBe(false);
  });
});

describe("baseline", () => {
  it("keeps old findings matched after lines are added above them, and lets new ones through", async () => {
    const original = readSeed("000_db5f55dfc5c8a39a.txt");
    const before = await lintText(original, "/repo/policy.txt");
    const baseline = createBaseline([before], "/repo/.policylint-baseline.json");
    // three lines inserted near the top move every later finding down
    const lines = original.split("\n");
    lines.splice(2, 0, "(2026년 개정판)", "", "");
    // and a new defect: a blank processor row in the processor table
    const edited = lines
      .join("\n")
      .replace(
        "서버 제공AWS(아마존 웹서비스)서비스 운영을 위한 인프라",
        "서버 제공AWS(아마존 웹서비스)서비스 운영을 위한 인프라\n결제 처리",
      );
    const after = await lintText(edited, "/repo/policy.txt");
    const fresh = subtractBaseline(after.findings, "/repo/policy.txt", baseline, "/repo/.policylint-baseline.json");
    // the new row names neither a processor nor a task: two new findings, and only those
    expect(fresh.map((finding) => [finding.ruleId, finding.messageId, finding.line])).toEqual([
      ["processor-disclosure", "emptyProcessor", 49],
      ["processor-disclosure", "emptyTask", 49],
    ]);
    expect(after.findings.length).toBe(before.findings.length + 2);
  });

  it("fingerprints a line by its words, not its spacing", () => {
    expect(lineDigest("  수탁자 :\t한빛   클라우드 ")).toBe(lineDigest("수탁자 : 한빛 클라우드"));
    expect(lineDigest("수탁자 : 한빛클라우드")).not.toBe(lineDigest("수탁자 : 한빛 클라우드"));
    expect(fingerprintOf("dpo-contact", "missing", "a  b")).toBe(fingerprintOf("dpo-contact", "missing", " a b "));
    expect(fingerprintOf("dpo-contact", "missing", "a b")).not.toBe(fingerprintOf("dpo-contact", "noPhone", "a b"));
    expect(lineDigest("")).toMatch(/^[0-9a-f]{16}$/);
  });
});
