import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

// a Markdown policy that sets a table in HTML (merged cells, a CMS export) among its text
const itemsInHtml = [
  "# 새벽꽃집 개인정보 처리방침", // 1
  "", // 2
  "## 2. 수집하는 개인정보의 항목", // 3
  "", // 4
  '<table class="items">', // 5
  "  <thead>", // 6
  "    <tr><th>분류</th><th>항목</th></tr>", // 7
  "  </thead>", // 8
  "  <tbody>", // 9
  "    <tr><td>주문</td><td>받는 분 이름, 배송지, 연락처</td></tr>", // 10
  "    <tr><td>결제</td><td>카드사명<br>승인번호</td></tr>", // 11
  "  </tbody>", // 12
  "</table>", // 13
];

const itemsInGfm = [
  "# 새벽꽃집 개인정보 처리방침",
  "",
  "## 2. 수집하는 개인정보의 항목",
  "",
  "| 분류 | 항목 |",
  "| --- | --- |",
  "| 주문 | 받는 분 이름, 배송지, 연락처 |",
  "| 결제 | 카드사명, 승인번호 |",
];

describe("HTML blocks in Markdown", () => {
  it("reads an HTML table as a table, each cell at its own line and column", async () => {
    const document = await parsePolicy(itemsInHtml.join("\n"), "markdown");
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table).toMatchObject({ form: "html", startLine: 5, endLine: 13 });
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["분류", "항목"]);
    expect(table.rows.map((row) => row.line)).toEqual([10, 11]);
    expect(table.rows[0].cells[1]).toMatchObject({ text: "받는 분 이름, 배송지, 연락처", line: 10, column: 24 });
  });

  it("blanks the tags and keeps the text, so the table's words are the section's", async () => {
    const document = await parsePolicy(itemsInHtml.join("\n"), "markdown");
    expect(document.plain[9]).not.toContain("<td>");
    expect(document.plain[9]).toContain("받는 분 이름, 배송지, 연락처");
    expect(document.plain[9]).toHaveLength(itemsInHtml[9].length);
    expect(document.plain[4].trim()).toBe("");
  });

  it("keeps reading a table a blank line splits into several HTML blocks", async () => {
    const split = [
      "## 1. 위탁",
      "",
      "<table>",
      "<tr><th>수탁자</th><th>위탁업무</th></tr>",
      "",
      "<tr><td>바람택배</td><td>꽃 배송</td></tr>",
      "",
      "</table>",
    ];
    const document = await parsePolicy(split.join("\n"), "markdown");
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]).toMatchObject({ startLine: 3, endLine: 8 });
    expect(document.tables[0].rows[0].cells.map((cell) => cell.text)).toEqual(["바람택배", "꽃 배송"]);
  });

  it("does not run a table left open past the next heading", async () => {
    const unclosed = [
      "## 1. 위탁",
      "",
      "<table>",
      "<tr><th>수탁자</th><th>위탁업무</th></tr>",
      "",
      "## 2. 파기",
      "",
      "<table><tr><td>가</td></tr></table>",
    ];
    const document = await parsePolicy(unclosed.join("\n"), "markdown");
    expect(document.tables.every((table) => table.startLine > 6 || table.endLine < 6)).toBe(true);
    expect(document.sections.map((section) => section.startLine)).toEqual([1, 6]);
  });

  it("leaves a bracketed word in the text alone: it is not a tag", async () => {
    const document = await parsePolicy(["## 1. 목적", "", "<div>", "자세한 내용은 <붙임 2>를 보십시오.", "</div>"].join("\n"), "markdown");
    expect(document.plain[3]).toContain("붙임 2");
  });

  it("does not call a section hollow when its substance is an HTML table", async () => {
    expect(await linesOf("required-items", itemsInHtml, "markdown")).toEqual(await linesOf("required-items", itemsInGfm, "markdown"));
    expect(await linesOf("required-items", itemsInHtml, "markdown")).not.toContain(3);
  });

  it("checks the cells of an HTML table as it checks a GFM table's", async () => {
    const processors = (table: string[]) => [
      "# 새벽꽃집 개인정보 처리방침",
      "",
      "## 4. 처리의 위탁",
      "",
      "다음과 같이 위탁합니다.",
      "",
      ...table,
    ];
    const html = ["<table>", "<tr><th>수탁업체</th><th>맡기는 업무</th></tr>", "<tr><td>바람택배</td><td></td></tr>", "</table>"];
    const gfm = ["| 수탁업체 | 맡기는 업무 |", "| --- | --- |", "| 바람택배 |  |"];
    const htmlFindings = await findingsOf("processor-disclosure", processors(html), "markdown");
    expect(htmlFindings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "emptyTask"]]);
    const gfmFindings = await findingsOf("processor-disclosure", processors(gfm), "markdown");
    expect(gfmFindings.map((finding) => finding.messageId)).toEqual(htmlFindings.map((finding) => finding.messageId));
    const filled = ["<table>", "<tr><th>수탁업체</th><th>맡기는 업무</th></tr>", "<tr><td>바람택배</td><td>꽃 배송</td></tr>", "</table>"];
    expect(await findingsOf("processor-disclosure", processors(filled), "markdown")).toEqual([]);
  });
});
