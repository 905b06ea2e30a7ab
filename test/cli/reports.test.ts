// The report formats from the command line: checklist JSON, Markdown and HTML files, with baselines and stdin.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const SEED_000 = new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url).pathname;
const SEED_004 = new URL("../../fixtures/seeds/004_d6aa57df349846ed.txt", import.meta.url).pathname;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The policy text the HTML report shows for its first policy, line by line (each line's tags left out). */
function shownLines(page: string): string[] {
  return [...page.matchAll(/<li id="p1-L\d+"[^>]*>([^<]*)/g)].map((match) =>
    match[1].replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]).trimEnd(),
  );
}

type Item = { ruleId: string; status: string; findings: unknown[] };
const itemsOf = (stdout: string) =>
  new Map((JSON.parse(stdout)[0].groups as { items: Item[] }[]).flatMap((group) => group.items).map((item) => [item.ruleId, item]));

describe("report formats on the command line", () => {
  it("--format checklist prints each rule's verdict, and --rule off shows as off", () => {
    const { code, stdout } = run(["--format", "checklist", "--rule", "child-under-14=off", SEED_004]);
    expect(code).toBe(1);
    const items = itemsOf(stdout);
    expect(items.get("required-safety")?.status).toBe("missing");
    expect(items.get("child-under-14")?.status).toBe("off");
  });

  it("settles the checklist again when a baseline takes findings away", () => {
    const baseline = join(mkdtempSync(join(tmpdir(), "policy-lint-")), "baseline.json");
    expect(run(["--baseline-write", baseline, SEED_004]).code).toBe(0);
    const { code, stdout } = run(["--format", "checklist", "--baseline", baseline, SEED_004]);
    expect(code).toBe(0);
    const items = [...itemsOf(stdout).values()];
    expect(items.filter((item) => item.status === "missing" || item.status === "incomplete")).toEqual([]);
    expect(items.find((item) => item.ruleId === "required-purpose")?.status).toBe("disclosed");
  });

  it("--quiet: the checklist, Markdown and HTML reports neither count nor fall short on the warnings it hides", () => {
    const [quiet] = JSON.parse(run(["--quiet", "--format", "json", SEED_004]).stdout);
    const withErrors = new Set<string>(quiet.messages.map((message: { ruleId: string }) => message.ruleId));
    const [all] = JSON.parse(run(["--format", "json", SEED_004]).stdout);
    // the seed has items that fall short on warnings alone: without them the test would prove nothing
    expect(
      all.messages.some((message: { ruleId: string; severity: number }) => message.severity === 1 && !withErrors.has(message.ruleId)),
    ).toBe(true);
    const shortOf = (pairs: [string, string][]) =>
      new Set(pairs.filter(([, status]) => /^(missing|incomplete)$/.test(status)).map(([ruleId]) => ruleId));

    const checklist = run(["--quiet", "--format", "checklist", SEED_004]);
    expect(JSON.parse(checklist.stdout)[0]).toMatchObject({ errorCount: quiet.errorCount, warningCount: 0, infoCount: 0 });
    expect(shortOf([...itemsOf(checklist.stdout).values()].map((item) => [item.ruleId, item.status]))).toEqual(withErrors);

    const markdown = run(["--quiet", "--format", "markdown", "--locale", "en", SEED_004]).stdout;
    expect(markdown).toContain(`\n${quiet.errorCount} errors · 0 warnings · 0 info\n`);
    const rows = [
      ...markdown.matchAll(/^\| .*`([a-z0-9-]+)` \| (?:\S+ )?(needs work|missing|disclosed|no issues|not applicable|off) \|/gm),
    ];
    expect(rows.length).toBeGreaterThan(20);
    const markdownStatus = (label: string) => (label === "needs work" ? "incomplete" : label);
    expect(shortOf(rows.map((row) => [row[1], markdownStatus(row[2])]))).toEqual(withErrors);

    const output = join(mkdtempSync(join(tmpdir(), "policy-lint-")), "report.html");
    expect(run(["--quiet", "--format", "html", "-o", output, SEED_004]).code).toBe(1);
    const page = readFileSync(output, "utf8");
    const statuses = [...page.matchAll(/data-rule="([a-z0-9-]+)" data-status="([a-z-]+)"/g)];
    expect(statuses.length).toBeGreaterThan(20);
    expect(shortOf(statuses.map((match) => [match[1], match[2]]))).toEqual(withErrors);
  });

  it("--fix-dry-run --format html quotes the fixed text its findings are about, for a file and for standard input", () => {
    const [fixed] = JSON.parse(run(["--fix-dry-run", "--format", "json", SEED_000]).stdout);
    const original = readFileSync(SEED_000, "utf8");
    const fixedLines = (fixed.output as string).split(/\r\n|\r|\n/).map((line) => line.trimEnd());
    // the seed's title is fixed ('개인정보취급방침' → '개인정보 처리방침'): the two texts differ on line 1
    expect(fixedLines[0]).not.toBe(original.split(/\r\n|\r|\n/)[0].trimEnd());
    const folder = mkdtempSync(join(tmpdir(), "policy-lint-"));
    const fromFile = run(["--fix-dry-run", "--format", "html", "-o", join(folder, "file.html"), SEED_000]);
    const fromStdin = run(
      ["--fix-dry-run", "--format", "html", "-o", join(folder, "stdin.html"), "-", "--stdin-filename", "p.txt"],
      original,
    );
    expect([fromFile.code, fromFile.stderr, fromStdin.code, fromStdin.stderr]).toEqual([1, "", 1, ""]);
    expect(shownLines(readFileSync(join(folder, "file.html"), "utf8"))).toEqual(fixedLines);
    expect(shownLines(readFileSync(join(folder, "stdin.html"), "utf8"))).toEqual(fixedLines);
    // a dry run writes nothing back
    expect(readFileSync(SEED_000, "utf8")).toBe(original);
  });

  it("--format markdown and --format html write their reports for standard input too", () => {
    const text = readFileSync(SEED_004, "utf8");
    const markdown = run(["--format", "markdown", "--locale", "en", "-", "--stdin-filename", "policy.txt"], text);
    expect(markdown.stdout).toMatch(/^## Privacy policy review\n\n### .*policy\.txt\n/);
    const output = join(mkdtempSync(join(tmpdir(), "policy-lint-")), "report.html");
    const html = run(["--format", "html", "-o", output, "-", "--stdin-filename", "policy.txt"], text);
    expect([html.code, html.stderr]).toEqual([1, ""]);
    const page = readFileSync(output, "utf8");
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    // the policy text came from standard input: its lines are quoted and anchored
    expect(page).toContain(`id="p1-L25"`);
    expect(page).not.toMatch(/<(link|img|script)[^>]+(src|href)=/);
  });
});
