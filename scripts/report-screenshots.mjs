// The README's pictures of the HTML report: the seeds' report opened in Chromium (CHROMIUM_PATH or Debian's
// /usr/bin/chromium), the overview and one policy's checklist. Run `npm run build` first.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const report = join(mkdtempSync(join(tmpdir(), "policy-lint-shots-")), "report.html");
spawnSync(process.execPath, [join(root, "dist/cli.js"), "--format", "html", "-o", report, "fixtures/seeds/"], {
  cwd: root,
  stdio: "inherit",
});

const out = join(root, "docs/images");
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1440, height: 760 } });
await page.goto(pathToFileURL(report).href);
await page.locator("#overview").screenshot({ path: join(out, "report-overview.png") });
await page.goto(`${pathToFileURL(report).href}#p1-h`);
await page.screenshot({ path: join(out, "report-policy.png") });
await page.goto(`${pathToFileURL(report).href}#p1-f13`);
await page.screenshot({ path: join(out, "report-finding.png") });
await browser.close();
console.log(`wrote ${out}/report-{overview,policy,finding}.png`);
