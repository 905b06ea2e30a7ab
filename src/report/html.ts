// --format html: one self-contained page a privacy officer reads — per policy the checklist grouped as the
// law groups the items, each finding with the quoted lines, the explanation and a compliant example, and
// the policy text with those lines marked; for several policies an overview matrix first.
import type { Finding, Locale, Rule } from "../runtime/rule.js";
import type { VerdictStatus } from "../pipeline/verdict.js";
import { shortName } from "../pipeline/verdict.js";
import type { LintResult } from "../pipeline/results.js";
import { buildChecklist, SEVERITY_LABEL, STATUS_LABEL, type ChecklistItem, type PolicyChecklist } from "./checklist-model.js";
import { displayPath } from "./display-path.js";
import { HTML_SCRIPT } from "./html-script.js";
import { HTML_STYLE } from "./html-style.js";
import { HTML_TEXT, type HtmlText } from "./html-text.js";

export interface HtmlOptions {
  locale: Locale;
  version: string;
  /** each policy's text by file path, for the quoted lines and the marked-up policy */
  sources: ReadonlyMap<string, string>;
  cwd?: string;
}

const STATUS_SYMBOL: Record<VerdictStatus, string> = {
  missing: "✗",
  incomplete: "!",
  disclosed: "✓",
  "not-applicable": "–",
  passed: "○",
  off: "·",
};
// worst first, so sorting a column ascending brings the problems to the top
const STATUS_ORDER: Record<VerdictStatus, number> = { missing: 0, incomplete: 1, disclosed: 2, passed: 3, "not-applicable": 4, off: 5 };
// lines quoted before and after a finding
const CONTEXT_LINES = 2;
const MAX_QUOTED_LINES = 12;

function appendAt<T>(map: Map<number, T[]>, line: number, value: T): void {
  const here = map.get(line);
  if (here) here.push(value);
  else map.set(line, [value]);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

interface Policy {
  id: string;
  name: string;
  checklist: PolicyChecklist;
  findings: Finding[];
  lines: string[] | null;
}

const findingId = (policy: Policy, finding: Finding) => `${policy.id}-f${policy.findings.indexOf(finding) + 1}`;
const lineId = (policy: Policy, line: number) => `${policy.id}-L${line}`;
const itemId = (policy: Policy, ruleId: string) => `${policy.id}-${ruleId}`;

function statusBadge(status: VerdictStatus, locale: Locale): string {
  return `<span class="status status-${status}"><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${escapeHtml(STATUS_LABEL[locale][status])}</span>`;
}

function lineLink(policy: Policy, line: number, text: HtmlText): string {
  return policy.lines ? `<a href="#${lineId(policy, line)}">${escapeHtml(text.line(line))}</a>` : escapeHtml(text.line(line));
}

function whereCell(policy: Policy, item: ChecklistItem, text: HtmlText, locale: Locale): string {
  const parts: string[] = [];
  if (item.lines.length > 0)
    parts.push(`${escapeHtml(text.foundAt)}: ${item.lines.map((line) => lineLink(policy, line, text)).join(", ")}`);
  for (const finding of item.findings) {
    parts.push(
      `<a href="#${findingId(policy, finding)}"><span class="sev sev-${finding.severity}">${escapeHtml(SEVERITY_LABEL[locale][finding.severity])}</span> ${escapeHtml(text.line(finding.line))}: ${escapeHtml(finding.message)}</a>`,
    );
  }
  return parts.join("<br>");
}

function checklistTables(policy: Policy, text: HtmlText, locale: Locale): string {
  return policy.checklist.sections
    .map(
      (section) => `<table class="checklist">
<caption>${escapeHtml(section.name)}<span class="basis">${escapeHtml(section.basis)}</span></caption>
<thead><tr><th scope="col">${escapeHtml(text.item)}</th><th scope="col">${escapeHtml(text.status)}</th><th scope="col">${escapeHtml(text.statute)}</th><th scope="col">${escapeHtml(text.where)}</th></tr></thead>
<tbody>
${section.items
  .map(
    (item) =>
      `<tr id="${itemId(policy, item.ruleId)}" data-rule="${item.ruleId}" data-status="${item.status}"><th scope="row">${escapeHtml(item.title)}<code>${item.ruleId}</code></th><td>${statusBadge(item.status, locale)}</td><td class="statute">${escapeHtml(item.statute)}</td><td>${whereCell(policy, item, text, locale)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`,
    )
    .join("\n");
}

function quotedLines(policy: Policy, finding: Finding): string {
  if (!policy.lines) return "";
  const from = Math.max(1, finding.line - CONTEXT_LINES);
  const to = Math.min(policy.lines.length, finding.endLine + CONTEXT_LINES, from + MAX_QUOTED_LINES - 1);
  const rows: string[] = [];
  for (let line = from; line <= to; line++) {
    const flagged = line >= finding.line && line <= finding.endLine;
    rows.push(`<li${flagged ? ' class="flagged"' : ""}>${escapeHtml(policy.lines[line - 1])}</li>`);
  }
  // an ordered list numbered from the first line quoted: the numbers are the policy's line numbers
  return `<ol class="lines excerpt" start="${from}">${rows.join("")}</ol>`;
}

function findingBlocks(policy: Policy, rules: ReadonlyMap<string, Rule>, text: HtmlText, locale: Locale): string {
  if (policy.findings.length === 0) return `<p>${escapeHtml(text.noFindings)}</p>`;
  // a rule's explanation and example once, at its first finding; later ones point back to it
  const explainedAt = new Map<string, Finding>();
  return policy.findings
    .map((finding, index) => {
      const meta = rules.get(finding.ruleId)?.meta;
      const first = explainedAt.get(finding.ruleId);
      if (!first) explainedAt.set(finding.ruleId, finding);
      const explanation = first
        ? `<p><strong>${escapeHtml(text.why)}:</strong> <a href="#${findingId(policy, first)}">${escapeHtml(text.seeFinding(policy.findings.indexOf(first) + 1))}</a></p>`
        : meta
          ? `<p><strong>${escapeHtml(text.why)}:</strong> ${escapeHtml(meta.description[locale])}</p>
<p><strong>${escapeHtml(text.compliantExample)}:</strong></p><pre class="example">${escapeHtml(meta.example[locale])}</pre>`
          : "";
      const back = rules.has(finding.ruleId)
        ? ` · <a href="#${itemId(policy, finding.ruleId)}">${escapeHtml(text.backToChecklist)}</a>`
        : "";
      return `<article class="finding sev-${finding.severity}-box" id="${findingId(policy, finding)}" aria-labelledby="${findingId(policy, finding)}-h">
<h4 id="${findingId(policy, finding)}-h"><span class="sev sev-${finding.severity}">[${escapeHtml(SEVERITY_LABEL[locale][finding.severity])}]</span> ${escapeHtml(text.finding(index + 1))}: ${escapeHtml(finding.message)}</h4>
<p>${escapeHtml(meta?.title[locale] ?? finding.ruleId)} <code>${finding.ruleId}</code> · ${escapeHtml(finding.statute)} · ${lineLink(policy, finding.line, text)}${back}</p>
${quotedLines(policy, finding)}
${explanation}
</article>`;
    })
    .join("\n");
}

function policyText(policy: Policy, text: HtmlText, locale: Locale): string {
  if (!policy.lines) return "";
  const findingsAt = new Map<number, Finding[]>();
  for (const finding of policy.findings) for (let line = finding.line; line <= finding.endLine; line++) appendAt(findingsAt, line, finding);
  const itemsFoundAt = new Map<number, ChecklistItem[]>();
  for (const item of policy.checklist.sections.flatMap((section) => section.items))
    for (const line of item.lines) appendAt(itemsFoundAt, line, item);
  const rows = policy.lines.map((content, index) => {
    const line = index + 1;
    const here = findingsAt.get(line) ?? [];
    const items = itemsFoundAt.get(line) ?? [];
    const mark = here.length > 0 ? ' class="flagged"' : items.length > 0 ? ' class="found"' : "";
    // in words as well as colour: which findings are about the line, which items were found on it
    const links = [
      ...here.map(
        (finding) => `<a href="#${findingId(policy, finding)}">${escapeHtml(text.finding(policy.findings.indexOf(finding) + 1))}</a>`,
      ),
      ...items.map((item) => `<a href="#${itemId(policy, item.ruleId)}">✓ ${escapeHtml(shortName(item.ruleId, locale))}</a>`),
    ];
    const tags = links.length > 0 ? ` <span class="tags">${links.join(" ")}</span>` : "";
    // one short element per line: an auditor's report holds hundreds of thousands of them
    return `<li id="${lineId(policy, line)}"${mark}>${escapeHtml(content)}${tags}</li>`;
  });
  return `<h3 id="${policy.id}-text">${escapeHtml(text.policyText)}</h3>
<p class="meta">${escapeHtml(text.policyTextHelp)}</p>
<div class="source-wrap" tabindex="0" role="region" aria-labelledby="${policy.id}-text"><ol class="lines">${rows.join("\n")}</ol></div>`;
}

function policySection(policy: Policy, rules: ReadonlyMap<string, Rule>, text: HtmlText, locale: Locale): string {
  const { error, warning, info } = policy.checklist.counts;
  return `<section id="${policy.id}" aria-labelledby="${policy.id}-h" class="policy">
<h2 id="${policy.id}-h">${escapeHtml(policy.name)}</h2>
<p class="counts">${escapeHtml(text.counts(error, warning, info))}</p>
<h3>${escapeHtml(text.checklist)}</h3>
<p class="legend">${escapeHtml(text.legend)}</p>
${checklistTables(policy, text, locale)}
<h3>${escapeHtml(text.findings)}</h3>
${findingBlocks(policy, rules, text, locale)}
${policyText(policy, text, locale)}
</section>`;
}

function overview(policies: Policy[], text: HtmlText, locale: Locale): string {
  const ruleIds = policies[0].checklist.sections.flatMap((section) => section.items.map((item) => item.ruleId));
  const header = (label: string, title?: string) =>
    `<th scope="col" aria-sort="none"${title ? ` title="${escapeHtml(title)}"` : ""}><button type="button">${escapeHtml(label)}${title ? `<span class="visually-hidden"> (${escapeHtml(title)})</span>` : ""}</button></th>`;
  const titles = new Map(policies[0].checklist.sections.flatMap((section) => section.items.map((item) => [item.ruleId, item.title])));
  const severity = SEVERITY_LABEL[locale];
  const rows = policies.map((policy) => {
    const items = new Map(policy.checklist.sections.flatMap((section) => section.items.map((item) => [item.ruleId, item])));
    const shortfalls = [...items.values()].filter((item) => item.status === "missing" || item.status === "incomplete").length;
    const { error, warning, info } = policy.checklist.counts;
    const cells = ruleIds.map((ruleId) => {
      const item = items.get(ruleId);
      if (!item) return `<td data-sort="9"></td>`;
      const label = `${titles.get(ruleId)}: ${STATUS_LABEL[locale][item.status]}`;
      return `<td data-sort="${STATUS_ORDER[item.status]}" class="status-${item.status}"><a href="#${itemId(policy, ruleId)}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">${STATUS_SYMBOL[item.status]}</a></td>`;
    });
    return `<tr data-name="${escapeHtml(policy.name)}" data-short="${shortfalls}"><th scope="row" data-sort="${escapeHtml(policy.name)}"><a href="#${policy.id}">${escapeHtml(policy.name)}</a></th><td data-sort="${error}">${error}</td><td data-sort="${warning}">${warning}</td><td data-sort="${info}">${info}</td>${cells.join("")}</tr>`;
  });
  return `<section id="overview" aria-labelledby="overview-h">
<h2 id="overview-h">${escapeHtml(text.overview)}</h2>
<p>${escapeHtml(text.overviewHelp)}</p>
<p class="legend">${escapeHtml(text.legend)}</p>
<div class="overview-tools">
<label>${escapeHtml(text.filterLabel)} <input type="search" id="overview-filter" placeholder="${escapeHtml(text.filterPlaceholder)}"></label>
<label><input type="checkbox" id="overview-shortfalls"> ${escapeHtml(text.onlyShortfalls)}</label>
<span id="overview-count" role="status" data-template="${escapeHtml(text.shownCount(-1, -2).replace("-1", "{shown}").replace("-2", "{total}"))}"></span>
</div>
<div class="matrix-wrap" tabindex="0" role="region" aria-labelledby="overview-h">
<table class="matrix">
<thead><tr>${header(text.policy)}${header(severity.error)}${header(severity.warning)}${header(severity.info)}${ruleIds.map((ruleId) => header(shortName(ruleId, locale), titles.get(ruleId))).join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
</section>`;
}

export function formatHtml(results: readonly LintResult[], rules: readonly Rule[], options: HtmlOptions): string {
  const { locale } = options;
  const text = HTML_TEXT[locale];
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const policies: Policy[] = results.map((result, index) => {
    const source = options.sources.get(result.filePath);
    return {
      id: `p${index + 1}`,
      name: displayPath(result.filePath, options.cwd),
      checklist: buildChecklist(result, rules, locale),
      findings: result.findings,
      lines: source === undefined ? null : source.split(/\r\n|\r|\n/),
    };
  });
  const navigation =
    policies.length > 1
      ? `<nav aria-label="${escapeHtml(text.policiesNav)}"><ul><li><a href="#overview">${escapeHtml(text.overview)}</a></li>${policies.map((policy) => `<li><a href="#${policy.id}">${escapeHtml(policy.name)}</a></li>`).join("")}</ul></nav>`
      : "";
  const totals = results.reduce(
    (sum, result) => ({
      error: sum.error + result.errorCount,
      warning: sum.warning + result.warningCount,
      info: sum.info + result.infoCount,
    }),
    { error: 0, warning: 0, info: 0 },
  );
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policy-lint ${escapeHtml(options.version)}">
<title>${escapeHtml(text.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(text.skip)}</a>
<header role="banner">
<h1>${escapeHtml(text.title)}</h1>
<p class="meta">${escapeHtml(
    policies
      .map((policy) => policy.name)
      .slice(0, 3)
      .join(", "),
  )}${policies.length > 3 ? ` … (${policies.length})` : ""} · ${escapeHtml(text.counts(totals.error, totals.warning, totals.info))}</p>
${navigation}
</header>
<main id="main" tabindex="-1">
${policies.length > 1 ? overview(policies, text, locale) : ""}
${policies.map((policy) => policySection(policy, rulesById, text, locale)).join("\n")}
</main>
<footer role="contentinfo"><p>${escapeHtml(text.generatedBy(options.version))}</p></footer>
${policies.length > 1 ? `<script>${HTML_SCRIPT}</script>` : ""}
</body>
</html>
`;
}
