// The default output people read in a terminal: each finding with its statute, counts per file and per rule.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { formatStylish } from "../../src/report/stylish.js";
import { readSeed } from "../helpers.js";

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const columns = (line: string) => [...line].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

describe("stylish output", () => {
  it("puts the statute under each finding, aligned with its message", async () => {
    const result = await lintText(readSeed("000_db5f55dfc5c8a39a.txt"), "/repo/000.txt");
    const lines = formatStylish([result], { color: false, locale: "ko", cwd: "/repo" }).split("\n");
    const at = lines.findIndex((line) => line.includes("수탁자 'Zendesk'의 위탁업무 내용이 비어 있습니다"));
    expect(lines[at]).toMatch(/^\s+46:1 {2}오류 {2}수탁자 'Zendesk'의 위탁업무 내용이 비어 있습니다 {2}processor-disclosure$/);
    expect(lines[at + 1].trim()).toBe("개인정보 보호법 제26조제2항, 제30조제1항제4호, 시행령 제28조");
    // same terminal column (Hangul takes two)
    expect(columns(lines[at + 1].slice(0, lines[at + 1].indexOf("개인정보")))).toBe(
      columns(lines[at].slice(0, lines[at].indexOf("수탁자"))),
    );
  });

  it("heads each file with its counts and ends with a count per rule and the total", async () => {
    const results = await Promise.all(
      ["000_db5f55dfc5c8a39a.txt", "004_d6aa57df349846ed.txt"].map((seed) => lintText(readSeed(seed), `/repo/${seed}`)),
    );
    const output = formatStylish(results, { color: false, locale: "en", cwd: "/repo" });
    const [first, second] = results;
    expect(output).toContain(
      `000_db5f55dfc5c8a39a.txt  ${first.errorCount} errors · ${first.warningCount} warnings · ${first.infoCount} info\n`,
    );
    expect(output).toContain(
      `004_d6aa57df349846ed.txt  ${second.errorCount} errors · ${second.warningCount} warnings · ${second.infoCount} info\n`,
    );
    const summary = output.slice(output.indexOf("By rule\n"));
    const perRule = [...summary.matchAll(/^ {2}([a-z0-9-]+)\s+(\d+)\s/gm)].map((match) => [match[1], Number(match[2])]);
    const all = results.flatMap((result) => result.findings);
    const expected = new Map<string, number>();
    for (const finding of all) expected.set(finding.ruleId, (expected.get(finding.ruleId) ?? 0) + 1);
    expect(new Map(perRule as [string, number][])).toEqual(expected);
    // most findings first
    expect(perRule.map(([, count]) => count)).toEqual([...perRule.map(([, count]) => count)].sort((a, b) => (b as number) - (a as number)));
    // the total, then (as ESLint's) how many --fix would take care of
    const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0);
    expect(output.trimEnd().split("\n").slice(-2)).toEqual([
      `✖ ${all.length} problems (${first.errorCount + second.errorCount} errors, ${first.warningCount + second.warningCount} warnings, ${first.infoCount + second.infoCount} info)`,
      `  ${fixable} of them fixable with the --fix option`,
    ]);
    expect(fixable).toBeGreaterThan(0);
  });

  it("fits an 80-column terminal when given its width, wrapping long messages and statutes", async () => {
    const result = await lintText(readSeed("003_56b8b555a71aed3b.txt"), "/repo/003.txt");
    const output = formatStylish([result], { color: false, locale: "en", cwd: "/repo", width: 80 });
    const tooWide = output.split("\n").filter((line) => columns(line) > 80);
    expect(tooWide).toEqual([]);
    // the longest message comes back whole when its wrapped lines are joined
    const longest = result.findings.reduce((a, b) => (b.message.length > a.message.length ? b : a));
    expect(output.replace(/\n\s+/g, " ")).toContain(longest.message);
  });

  it("prints nothing when there is nothing to report", () => {
    expect(formatStylish([], { color: false, locale: "ko" })).toBe("");
  });
});
