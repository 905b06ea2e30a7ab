// The HTML report in a real browser: Debian's Chromium, driven by playwright-core. The report must open from
// disk with no network, hold every checklist row and finding with working links to their lines, agree with
// the seeds' gold verdicts, and pass axe-core with no serious or critical violations. A machine with no
// Chromium fails here and says how to get one: a report nobody opened is not tested.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { lintText, type LintResult } from "../../src/pipeline/lint.js";
import { readSeed, SEEDS } from "../helpers.js";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const SEED_DIR = new URL("../../fixtures/seeds/", import.meta.url).pathname;
const SCREENSHOTS = new URL("../../test-results/", import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const sharedGold = new URL("../../../shared/seeds/gold.json", import.meta.url);
const goldFile = existsSync(sharedGold) ? sharedGold : new URL("../../fixtures/seeds/gold.json", import.meta.url);
type Expectation = boolean | null | { violation: boolean };
const gold = JSON.parse(readFileSync(goldFile, "utf8")) as { files: Record<string, Record<string, Expectation>> };

let browser: Browser;
const work = mkdtempSync(join(tmpdir(), "policy-lint-html-"));

beforeAll(async () => {
  if (!CHROMIUM)
    throw new Error(
      "no Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH; the HTML report test needs a browser",
    );
  browser = await chromium.launch({ executablePath: CHROMIUM });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

function writeReport(args: string[], name: string): string {
  const output = join(work, name);
  const run = spawnSync(process.execPath, [CLI, "--format", "html", "-o", output, ...args], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  return output;
}

/** Opens a report from disk; any request that is not for the file itself is refused and remembered. */
async function open(report: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === pathToFileURL(report).href) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(report).href);
  expect(errors).toEqual([]);
  return { page, requests };
}

/** Every in-page link of the report points at an element that exists. */
async function brokenLinks(page: Page): Promise<string[]> {
  return page.$$eval("a[href^='#']", (links) =>
    links.map((link) => link.getAttribute("href")!).filter((href) => document.getElementById(decodeURIComponent(href.slice(1))) === null),
  );
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } })
      .axe;
    return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, count: nodes.length }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((v) => `${v.id} (${v.count})`);
}

/** What the page shows for one policy section: its checklist rows and its findings. */
async function readPolicySection(page: Page, sectionId: string) {
  return page.$eval(`#${sectionId}`, (section) => ({
    rows: [...section.querySelectorAll("tr[data-rule]")].map((row) => ({
      ruleId: row.getAttribute("data-rule")!,
      status: row.getAttribute("data-status")!,
      links: [...row.querySelectorAll("a")].map((link) => link.getAttribute("href")!),
    })),
    markedInText: [...section.querySelectorAll(".source-wrap li.flagged")].map((item) => Number(item.id.split("-L")[1])),
    findings: [...section.querySelectorAll("article.finding")].map((article) => ({
      id: article.id,
      heading: article.querySelector("h4")!.textContent!,
      lineLink: article.querySelector("p a[href*='-L']")!.getAttribute("href")!,
      // the excerpt is a list numbered from its first line: a flagged item's number is its line
      flagged: [...article.querySelectorAll(".excerpt li")]
        .map((item, index) => (item.classList.contains("flagged") ? Number(item.parentElement!.getAttribute("start")) + index : 0))
        .filter((line) => line > 0),
    })),
  }));
}

function expectSectionMatches(shown: Awaited<ReturnType<typeof readPolicySection>>, result: LintResult, sectionId: string) {
  expect(shown.rows.map((row) => [row.ruleId, row.status]).sort()).toEqual(result.verdicts.map((v) => [v.ruleId, v.status]).sort());
  for (const verdict of result.verdicts) {
    const row = shown.rows.find((candidate) => candidate.ruleId === verdict.ruleId)!;
    for (const line of verdict.lines) expect(row.links).toContain(`#${sectionId}-L${line}`);
  }
  expect(shown.findings).toHaveLength(result.findings.length);
  result.findings.forEach((finding, index) => {
    const article = shown.findings[index];
    expect(article.heading).toContain(finding.message);
    expect(article.lineLink).toBe(`#${sectionId}-L${finding.line}`);
    expect(article.flagged).toContain(finding.line);
    expect(shown.markedInText).toContain(finding.line);
    // the finding is linked from its checklist row
    const row = shown.rows.find((candidate) => candidate.ruleId === finding.ruleId);
    if (row) expect(row.links).toContain(`#${article.id}`);
  });
}

describe("HTML report of each seed", () => {
  for (const seed of SEEDS) {
    it(`${seed}: every checklist row and finding is there, linked to its line, as gold says`, async () => {
      const report = writeReport([join(SEED_DIR, seed)], `${seed}.html`);
      const { page, requests } = await open(report);
      expect(await page.getAttribute("html", "lang")).toBe("ko");
      const result = await lintText(readSeed(seed), join(SEED_DIR, seed));
      const shown = await readPolicySection(page, "p1");
      expectSectionMatches(shown, result, "p1");
      for (const [ruleId, want] of Object.entries(gold.files[seed])) {
        const row = shown.rows.find((candidate) => candidate.ruleId === ruleId);
        if (want === null || !row) continue;
        const violation = typeof want === "object" ? want.violation : want;
        expect([ruleId, row.status === "missing" || row.status === "incomplete"]).toEqual([ruleId, violation]);
      }
      expect(await brokenLinks(page)).toEqual([]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${seed.slice(0, 3)}.png`) });
      await page.close();
    });
  }
});

describe("HTML report of a multi-file run", () => {
  let report: string;
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    report = writeReport([SEED_DIR], "seeds.html");
    ({ page, requests } = await open(report));
  });
  afterAll(async () => {
    await page?.close();
  });

  it("opens with an overview matrix of every policy and item, each cell linked to the policy's row", async () => {
    const matrix = await page.$$eval(".matrix tbody tr", (rows) =>
      rows.map((row) => ({
        name: row.getAttribute("data-name")!,
        links: [...row.querySelectorAll("td a")].map((a) => a.getAttribute("href")!),
      })),
    );
    expect(matrix.map((row) => row.name)).toEqual(SEEDS.map((seed) => `fixtures/seeds/${seed}`));
    for (const row of matrix) expect(row.links).toHaveLength(27);
    expect(await brokenLinks(page)).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("holds each policy's checklist and findings", async () => {
    for (const [index, seed] of SEEDS.entries()) {
      const result = await lintText(readSeed(seed), join(SEED_DIR, seed));
      expectSectionMatches(await readPolicySection(page, `p${index + 1}`), result, `p${index + 1}`);
    }
  });

  it("sorts by a column and filters by name and by shortfalls, without a server", async () => {
    const names = () =>
      page.$$eval(".matrix tbody tr:not([hidden])", (rows) => rows.map((row) => row.getAttribute("data-name")!.slice(-24, -21)));
    const errors = await page.$$eval(".matrix tbody tr", (rows) => rows.map((row) => Number(row.cells[1].textContent)));
    await page.click(".matrix thead th:nth-child(2) button");
    expect(await page.getAttribute(".matrix thead th:nth-child(2)", "aria-sort")).toBe("ascending");
    const sorted = await page.$$eval(".matrix tbody tr", (rows) => rows.map((row) => Number(row.cells[1].textContent)));
    expect(sorted).toEqual([...errors].sort((a, b) => a - b));
    await page.fill("#overview-filter", "004");
    expect(await names()).toEqual(["004"]);
    expect(await page.textContent("#overview-count")).toBe("5건 중 1건 표시");
    await page.fill("#overview-filter", "");
    expect((await names()).length).toBe(5);
  });

  it("reaches the skip link first from the keyboard, and shows where focus is", async () => {
    await page.reload();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      href: document.activeElement?.getAttribute("href"),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused).toEqual({ href: "#main", outline: "solid" });
  });

  it("has no serious or critical accessibility violations", async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "report-seeds.png") });
  });

  it("prints without the navigation and the filter controls", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".overview-tools")).toBe(false);
    expect(await page.isVisible("nav")).toBe(false);
    // the whole overview fits the printed page: nothing is cut off at its right edge
    const overflow = await page.$eval(
      ".matrix",
      (table) => table.getBoundingClientRect().right - document.querySelector("main")!.getBoundingClientRect().right,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: "screen" });
  });
});

describe("HTML report in English", () => {
  it("speaks English with --locale en", async () => {
    const report = writeReport(["--locale", "en", join(SEED_DIR, SEEDS[4])], "en.html");
    const { page } = await open(report);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Privacy policy review report");
    expect(await page.textContent("#p1")).toContain("Required by law");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
