// The HTML report's stylesheet, inline so the file opens from disk with no network. Colours keep a contrast
// of at least 4.5:1 (WCAG AA) and every status is also said in words and a symbol, never by colour alone.
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5260; --line: #d5d9e0; --accent: #1a4fb4; --mark: #fff3c4; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #e8590c; outline-offset: 2px; }
.skip, .visually-hidden { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 10; }
header[role=banner], main, footer { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
header[role=banner] { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 3px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 700; padding: .5rem 0 .25rem; }
caption .basis { display: block; font-weight: 400; color: var(--muted); font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f1f3f6; }
tbody th { font-weight: 600; }
code { font-family: ui-monospace, "D2Coding", Consolas, monospace; font-size: .85em; color: var(--muted); }
.checklist { table-layout: fixed; }
.checklist thead th:nth-child(1) { width: 27%; }
.checklist thead th:nth-child(2) { width: 11rem; }
.checklist thead th:nth-child(3) { width: 24%; }
.checklist tbody th code { display: block; font-weight: 400; }
.checklist .statute { font-size: .9rem; color: var(--muted); }
.status { display: inline-block; padding: 0 .5rem; border-radius: .75rem; font-weight: 700; white-space: nowrap; }
.status-missing { background: #fde8e8; color: #8a1c1c; }
.status-incomplete { background: #fff1cc; color: #6b4500; }
.status-disclosed { background: #e1f4e6; color: #1d5a2e; }
.status-not-applicable { background: #eceff3; color: #3d4451; }
.status-passed { background: #e6f0fb; color: #1f4f82; }
.status-off { background: #f1f1f1; color: #4f4f4f; }
.sev { font-weight: 700; }
.sev-error { color: #a61b1b; }
.sev-warning { color: #7a4e00; }
.sev-info { color: #1b5a86; }
.counts { font-weight: 600; }
.overview-tools { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; margin: .5rem 0; }
.overview-tools input[type=search] { font: inherit; padding: .25rem .5rem; border: 1px solid #7a828f; border-radius: .25rem; }
.matrix-wrap { overflow-x: auto; border: 1px solid var(--line); }
.matrix { margin: 0; font-size: .9rem; }
.matrix th, .matrix td { white-space: nowrap; text-align: center; }
.matrix tbody th { text-align: left; position: sticky; left: 0; background: #fff; z-index: 1; }
.matrix thead th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; color: var(--ink); cursor: pointer; }
.matrix thead th[aria-sort] button::after { content: " ↕"; color: var(--muted); }
.matrix thead th[aria-sort=ascending] button::after { content: " ↑"; }
.matrix thead th[aria-sort=descending] button::after { content: " ↓"; }
.matrix td a { text-decoration: none; display: block; }
.finding { border: 1px solid var(--line); border-left: 6px solid #7a828f; border-radius: .25rem; padding: .75rem 1rem; margin: 0 0 1rem; }
.finding.sev-error-box { border-left-color: #a61b1b; }
.finding.sev-warning-box { border-left-color: #b07800; }
.finding.sev-info-box { border-left-color: #1b5a86; }
.finding p { margin: .25rem 0; }
.example { white-space: pre-wrap; background: #f2f8f3; border: 1px solid #cfe6d5; padding: .5rem .75rem; margin: .25rem 0; font: inherit; }
.lines { font-family: ui-monospace, "D2Coding", Consolas, monospace; font-size: .85rem; line-height: 1.5; border: 1px solid var(--line); margin: .5rem 0; padding: 0 0 0 5rem; }
.lines li { white-space: pre-wrap; word-break: break-word; min-height: 1.5em; padding: 0 .5rem; border-left: 1px solid var(--line); }
.lines li::marker { color: var(--muted); font-size: .8rem; }
.excerpt { background: #fafbfc; }
.lines li.flagged { background: var(--mark); }
.lines li.found { background: #e9f6ec; }
.lines li:target { outline: 2px solid var(--accent); outline-offset: -2px; background: #dde8fb; }
.finding:target, tr:target { outline: 3px solid var(--accent); outline-offset: 2px; }
.lines .tags { float: right; padding-left: 1rem; white-space: nowrap; font-family: inherit; }
.source-wrap { max-height: 40rem; overflow: auto; }
.legend { color: var(--muted); font-size: .9rem; }
footer { color: var(--muted); font-size: .9rem; padding-top: 2rem; padding-bottom: 2rem; }
[hidden] { display: none !important; }
@media print {
  body { font-size: 10.5pt; }
  .skip, nav, .overview-tools, .no-print { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; border-top: 0; }
  section:first-of-type h2 { break-before: auto; }
  .finding, tr, .lines li { break-inside: avoid; }
  .source-wrap, .matrix-wrap { max-height: none; overflow: visible; border: 0; }
  /* the whole matrix on the page: narrow columns whose headings wrap, no sort arrows */
  .matrix { font-size: 6.5pt; table-layout: fixed; width: 100%; }
  .matrix th, .matrix td { white-space: normal; word-break: break-all; padding: 1px 2px; }
  .matrix thead th:first-child { width: 16%; }
  .matrix tbody th { position: static; }
  .matrix thead th[aria-sort] button::after { content: none; }
  thead { display: table-header-group; }
}
`;
