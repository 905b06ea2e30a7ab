// A policy kept in a wiki (Confluence) and exported as Markdown: headings carry an anchor macro before their number
// ("## {anchor:purpose}1. 개인정보의 처리 목적"), panels and a table of contents are macros ("{info}", "{toc}"), and a
// table's header row sets each name between double bars ("||수탁자||위탁업무||"). The macros are markup, the
// headings are sections, and the header's cells line up with the rows'.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (taskOfLast: string) => [
  "# 별빛툰 개인정보 처리방침", // 1
  "",
  "{info:title=문서 정보}",
  "공간: 개인정보보호팀 / 상태: 게시본",
  "{info}",
  "",
  "{toc:maxLevel=2}",
  "",
  "## {anchor:purpose}1. 개인정보의 처리 목적", // 9
  "",
  "작품 열람과 결제, 고객 문의 응대에 씁니다.",
  "",
  "## {anchor:entrust}2. 개인정보 처리업무의 위탁", // 13
  "",
  "||수탁자||위탁업무||", // 15
  "|주식회사 별빛결제|유료 재화 결제 처리|",
  `|주식회사 누리알림|${taskOfLast}|`, // 17
];

describe("a wiki page exported as Markdown", () => {
  it("reads the anchored headings as numbered sections, and the macros as no text", async () => {
    const document = await parsePolicy(page("알림톡 발송").join("\n"), "markdown");
    const numbered = document.sections.filter((section) => section.heading.number !== null);
    expect(numbered.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [9, 1, "개인정보의 처리 목적"],
      [13, 2, "개인정보 처리업무의 위탁"],
    ]);
    expect(document.plain[6].trim()).toBe("");
  });

  it("lines the double-barred header up with the rows", async () => {
    const document = await parsePolicy(page("알림톡 발송").join("\n"), "markdown");
    const table = document.tables.find((candidate) => candidate.startLine === 15)!;
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁자", "위탁업무"]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["주식회사 별빛결제", "유료 재화 결제 처리"],
      ["주식회사 누리알림", "알림톡 발송"],
    ]);
  });

  it("finds only the processor whose task is blank", async () => {
    expect(await findingsOf("processor-disclosure", page("알림톡 발송"), "markdown")).toEqual([]);
    expect((await findingsOf("processor-disclosure", page(" "), "markdown")).map((finding) => finding.line)).toEqual([17]);
  });
});
