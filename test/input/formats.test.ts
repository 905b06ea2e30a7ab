// The same policy as Markdown and as HTML: headings and table cells come from the markup; lines and columns
// are the file's own.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { parsePolicy } from "../../src/parse/index.js";
import { maskHtml } from "../../src/parse/html.js";
import { readSeed, SEEDS } from "../helpers.js";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One HTML line per text line, so the two renderings share line numbers: h1 title, h2 numbered headings, p text. */
function toHtml(text: string): string {
  return text
    .split("\n")
    .map((line, index) => {
      if (index === 0) return `<h1>${escape(line)}</h1>`;
      if (/^(\d{1,2}\.\s|제\d+조)/.test(line)) return `<h2>${escape(line)}</h2>`;
      return line.trim() === "" ? "" : `<p>${escape(line)}</p>`;
    })
    .join("\n");
}

const fired = async (text: string, name: string) =>
  (await lintText(text, name)).findings.filter((finding) => finding.severity !== "info").map((finding) => finding.ruleId);

/** The same, as Markdown: "#" title, "##" numbered headings, text as paragraphs. */
function toMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? `# ${line}` : /^(\d{1,2}\.\s|제\d+조)/.test(line) ? `## ${line}` : line))
    .join("\n");
}

describe("Markdown rendering", () => {
  it.each(SEEDS)("%s rendered as Markdown fires the same rules as the text", async (seed) => {
    const text = readSeed(seed);
    expect([...new Set(await fired(toMarkdown(text), "policy.md"))].sort()).toEqual([...new Set(await fired(text, "policy.txt"))].sort());
  });
});

describe("HTML input", () => {
  it.each(SEEDS)("%s rendered as HTML fires the same rules as the text", async (seed) => {
    const text = readSeed(seed);
    expect([...new Set(await fired(toHtml(text), "policy.html"))].sort()).toEqual([...new Set(await fired(text, "policy.txt"))].sort());
  });

  it("keeps the file's lines and columns: the masked text sits where the HTML text is", () => {
    const html = '<p class="x">제&nbsp;1조 &amp; 목적</p>';
    const masked = maskHtml(html);
    expect(masked.length).toBe(html.length);
    expect(masked.indexOf("제")).toBe(html.indexOf("제"));
    expect(masked.indexOf("목적")).toBe(html.indexOf("목적"));
  });

  it("reads headings, and table rows and cells with their positions", async () => {
    const html = [
      "<html><head><title>누리 | 정책</title></head><body>", // 1
      "<h1>누리 개인정보 처리방침</h1>", // 2
      "<h2>1. 처리 위탁</h2>", // 3
      "<table>", // 4
      "  <tr><th>수탁자</th><th>위탁업무</th></tr>", // 5
      "  <tr><td>한빛택배㈜</td><td>배송</td></tr>", // 6
      "  <tr><td>고객센터코리아</td><td></td></tr>", // 7
      "</table>", // 8
      "</body></html>", // 9
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(document.title).toMatchObject({ text: "누리 개인정보 처리방침", line: 2 });
    expect(document.allSections.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [2, null, "누리 개인정보 처리방침"],
      [3, 1, "처리 위탁"],
    ]);
    const [table] = document.tables;
    expect(table.form).toBe("html");
    expect(table.rows[0].cells).toEqual([
      { text: "한빛택배㈜", line: 6, column: 11 },
      { text: "배송", line: 6, column: 25 },
    ]);
    const findings = (await lintText(html, "p.html")).findings.filter((finding) => finding.ruleId === "processor-disclosure");
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[7, "emptyTask"]]);
  });

  it("honours disable comments written as HTML comments", async () => {
    // a finding about the whole policy sits on line 1, so the comment that silences it goes there too
    const html = [
      "<!-- policy-lint-disable child-under-14 -- 성인 전용 서비스 --><h1>누리 개인정보 처리방침</h1>",
      "<h2>1. 처리 목적</h2>",
      "<p>회원 관리</p>",
    ].join("\n");
    expect((await fired(html, "p.html")).includes("child-under-14")).toBe(false);
  });
});
