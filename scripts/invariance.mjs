// Layout invariance over the corpus: rewrites every policy in ../shared/corpus and fixtures/seeds into each
// heading layout of test/layout/styles.ts and counts the (policy, rule) cases whose verdict stays the same.
// A measurement: it exits 0 unless it crashes, or with --min PCT when the overall share is below PCT.
//
//   npm run invariance [-- --verbose] [-- --min 90] [-- --style 'N.']
//
// It lints with the built library (dist/, built by npm run invariance) and loads the generator from its
// TypeScript source with esbuild; the generator imports only types from src/, so nothing else is compiled.
import { build } from "esbuild";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: options } = parseArgs({
  options: {
    verbose: { type: "boolean", default: false },
    min: { type: "string" },
    style: { type: "string", multiple: true },
    show: { type: "string" },
  },
});
const minimum = options.min === undefined ? null : Number(options.min);
if (minimum !== null && !(minimum >= 0 && minimum <= 100)) {
  console.error(`--min takes a percentage from 0 to 100, not '${options.min}'`);
  process.exit(2);
}

const library = join(root, "dist/src/index.js");
if (!existsSync(library)) {
  console.error("dist/ is missing: run npm run build first (npm run invariance does)");
  process.exit(2);
}
const { lintText, parsePolicy, rules } = await import(library);
const layout = await loadLayoutModules();

const formatOf = (file) => ({ ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html" })[extname(file)] ?? "text";
const extensionOf = { text: ".txt", markdown: ".md", html: ".html" };

const corpus = join(root, "../shared/corpus");
const policies = [...(existsSync(corpus) ? policyFiles(corpus) : []), ...policyFiles(join(root, "fixtures/seeds"))];
if (!existsSync(corpus)) console.error(`note: ${relative(root, corpus)} not found beside the checkout; measuring the seeds only`);

const styles = options.style ? layout.STYLES.filter((style) => options.style.includes(style.name)) : layout.STYLES;
if (styles.length === 0) {
  console.error(`no layout named ${options.style.join(", ")}; the layouts are: ${layout.STYLES.map((style) => style.name).join(" | ")}`);
  process.exit(2);
}
// --show FILE --style NAME prints the file as the layout rewrites it, to see what a difference comes from
if (options.show) {
  const format = formatOf(options.show);
  const restyled = layout.restyle(await parsePolicy(readFileSync(options.show, "utf8"), format), styles[0]);
  console.log(restyled === null ? `${styles[0].name} does not apply to ${options.show}` : restyled.text);
  process.exit(0);
}
const ruleIds = rules.map((rule) => rule.meta.id);

/** per style: cases with the same verdict, cases compared, policies the layout did not apply to, differences */
const tally = new Map(styles.map((style) => [style.name, { same: 0, total: 0, notApplicable: [], differences: [] }]));
for (const file of policies) {
  const format = formatOf(file);
  const text = readFileSync(file, "utf8");
  const name = relative(root, file);
  const document = await parsePolicy(text, format);
  const original = (await lintText(text, file, { format })).findings;
  for (const style of styles) {
    const counts = tally.get(style.name);
    const restyled = layout.restyle(document, style);
    if (restyled === null) {
      counts.notApplicable.push(name);
      continue;
    }
    const restyledFile = file.slice(0, -extname(file).length) + extensionOf[restyled.format];
    const after = (await lintText(restyled.text, restyledFile, { format: restyled.format })).findings;
    const compared = layout.comparedRules(ruleIds, style);
    const differences = layout.compareVerdicts(original, after, restyled.lineMap, compared);
    counts.total += compared.length;
    counts.same += compared.length - differences.length;
    counts.differences.push(...differences.map((difference) => layout.describeDifference(name, style.name, difference)));
  }
}

const percent = (same, total) => (total === 0 ? "-" : `${((100 * same) / total).toFixed(1)}%`);
const rows = [...tally].map(([name, counts]) => [
  name,
  `${counts.same}/${counts.total}`,
  percent(counts.same, counts.total),
  `${counts.notApplicable.length}`,
]);
const overall = [...tally.values()].reduce((sum, counts) => ({ same: sum.same + counts.same, total: sum.total + counts.total }), {
  same: 0,
  total: 0,
});
const header = ["layout", "same verdict", "%", "n/a"];
const footer = ["overall", `${overall.same}/${overall.total}`, percent(overall.same, overall.total), ""];
// Hangul, CJK brackets and full-width digits take two columns in a terminal
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/gu;
const displayWidth = (text) => text.length + (text.match(wide)?.length ?? 0);
const pad = (text, width, left) => (left ? text + " ".repeat(width - displayWidth(text)) : " ".repeat(width - displayWidth(text)) + text);
const widths = header.map((_, column) => Math.max(...[header, ...rows, footer].map((row) => displayWidth(row[column]))));
const printRow = (row) => console.log(row.map((cell, column) => pad(cell, widths[column], column === 0)).join("  "));

console.log(`${policies.length} policies × ${ruleIds.length} rules (numbering left out where a layout drops the numbers)\n`);
printRow(header);
console.log(widths.map((width) => "-".repeat(width)).join("  "));
rows.forEach(printRow);
console.log(widths.map((width) => "-".repeat(width)).join("  "));
printRow(footer);
console.log("\nn/a: policies with no top-level headings marked alike for the layout to rewrite (or Markdown or groups asked of HTML)");

if (options.verbose) {
  for (const [name, counts] of tally) {
    if (counts.differences.length === 0 && counts.notApplicable.length === 0) continue;
    console.log(`\n## ${name}`);
    if (counts.notApplicable.length > 0) console.log(`not applicable: ${counts.notApplicable.join(", ")}`);
    for (const line of counts.differences) console.log(`  ${line}`);
  }
}

if (minimum !== null && overall.total > 0 && (100 * overall.same) / overall.total < minimum) {
  console.error(`\nsame verdict in ${percent(overall.same, overall.total)} of cases, below --min ${minimum}%`);
  process.exit(1);
}

function policyFiles(directory) {
  return readdirSync(directory)
    .filter((entry) => [".txt", ".md", ".markdown", ".html", ".htm"].includes(extname(entry)))
    .sort()
    .map((entry) => join(directory, entry));
}

/** The generator and the comparison, compiled from test/layout in memory (they import only types from src/). */
async function loadLayoutModules() {
  const result = await build({
    stdin: {
      contents: ["restyle", "styles", "compare"].map((module) => `export * from "./${module}.js";`).join("\n"),
      resolveDir: join(root, "test/layout"),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "warning",
    // a runtime import from src/ would be compiled from source here, not run from dist: refuse it
    plugins: [
      {
        name: "layout-only",
        setup(build) {
          build.onResolve({ filter: /\/src\// }, (args) => ({
            errors: [{ text: `${basename(args.importer)} imports ${args.path} at run time` }],
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
