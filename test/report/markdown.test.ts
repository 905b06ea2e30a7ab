// --format markdown: parsed back with remark + remark-gfm, as GitHub renders it, the checklist and the
// findings must come out as tables whose cells say what the lint found.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import type { Root, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { rules } from "../../rules/index.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { readSeed, SEEDS } from "../helpers.js";

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
const tables = (tree: Root) => tree.children.filter((node): node is Table => node.type === "table");
const cells = (table: Table) => table.children.map((row) => row.children.map((cell) => toString(cell)));

describe("--format markdown", () => {
  it("renders the checklist of one policy as one GFM table per law group, every item once", async () => {
    const result = await lintText(readSeed("000_db5f55dfc5c8a39a.txt"), "000.txt");
    const found = tables(parse(formatMarkdown([result], rules, { locale: "ko" })));
    // four groups and the findings
    expect(found).toHaveLength(5);
    const checklistRows = found.slice(0, 4).flatMap((table) => cells(table).slice(1));
    expect(checklistRows).toHaveLength(rules.length);
    const safety = checklistRows.find((row) => row[0].endsWith("required-safety"))!;
    expect(safety[1]).toBe("✅ 기재됨");
    expect(safety[3]).toBe("107행");
    const dpo = checklistRows.find((row) => row[0].endsWith("dpo-contact"))!;
    expect(dpo[1]).toBe("⚠️ 보완 필요");
    expect(dpo[3]).toContain("지적: 98행");
  });

  it("lists every finding in the findings table with its line, severity, message, rule and statute", async () => {
    const result = await lintText(readSeed("003_56b8b555a71aed3b.txt"), "003.txt");
    const [findingsTable] = tables(parse(formatMarkdown([result], rules, { locale: "en" }))).slice(-1);
    const rows = cells(findingsTable);
    expect(rows[0]).toEqual(["Line", "Severity", "Message", "Rule", "Statute"]);
    expect(rows.slice(1)).toEqual(
      result.findings.map((finding) => [String(finding.line), finding.severity, finding.message, finding.ruleId, finding.statute]),
    );
  });

  it("keeps pipes, emphasis and angle brackets in messages as text, not markup", async () => {
    const result = await lintText("개인정보 처리방침\n\n담당자 : OOO\n", "a|b*c*<x>.txt");
    result.findings[0] = { ...result.findings[0], message: "a | b *not emphasis* <b>not html</b> `x`" };
    const tree = parse(formatMarkdown([result], rules, { locale: "en" }));
    const [findingsTable] = tables(tree).slice(-1);
    expect(cells(findingsTable).map((row) => row[2])).toContain("a | b *not emphasis* <b>not html</b> `x`");
    expect(toString(tree.children.find((node) => node.type === "heading" && node.depth === 3)!)).toBe("a|b*c*<x>.txt");
  });

  it("opens several policies with a summary table and folds each policy's tables", async () => {
    const results = await Promise.all(SEEDS.map((seed) => lintText(readSeed(seed), seed)));
    const markdown = formatMarkdown(results, rules, { locale: "ko" });
    const found = tables(parse(markdown));
    expect(found).toHaveLength(1 + SEEDS.length * 5);
    const summary = cells(found[0]);
    expect(summary[0]).toEqual(["처리방침", "오류", "경고", "정보", "누락·보완 필요 항목"]);
    expect(summary.slice(1).map((row) => [row[0], Number(row[1])])).toEqual(results.map((result) => [result.filePath, result.errorCount]));
    expect(markdown.match(/<details>/g)).toHaveLength(SEEDS.length);
  });
});
