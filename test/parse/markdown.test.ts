import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

const markdown = [
  "# 하늘앱 개인정보 처리방침", // 1
  "", // 2
  "## 1. 처리하는 개인정보 항목", // 3
  "", // 4
  "- **필수**: 이메일", // 5
  "", // 6
  "## 2. 처리 위탁", // 7
  "", // 8
  "| 수탁자 | 위탁업무 |", // 9
  "| --- | --- |", // 10
  "| 구름호스팅 | 서버 운영 |", // 11
  "", // 12
  "### 2-1. 재위탁", // 13
  "없음", // 14
].join("\n");

describe("Markdown", () => {
  it("maps headings to the file's lines, with their numbers and titles", async () => {
    const document = await parsePolicy(markdown, "markdown");
    expect(document.title).toMatchObject({ text: "하늘앱 개인정보 처리방침", line: 1 });
    const headings = document.allSections.map((section) => [
      section.startLine,
      section.level,
      section.heading.number,
      section.heading.title,
    ]);
    expect(headings).toEqual([
      [1, 1, null, "하늘앱 개인정보 처리방침"],
      [3, 1, 1, "처리하는 개인정보 항목"],
      [7, 1, 2, "처리 위탁"],
      [13, 2, 1, "재위탁"],
    ]);
    expect(document.allSections[2].endLine).toBe(14);
  });

  it("reads GFM tables with each cell's line and column", async () => {
    const document = await parsePolicy(markdown, "markdown");
    const [table] = document.tables;
    expect(table.form).toBe("markdown");
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁자", "위탁업무"]);
    expect(table.rows[0].cells).toEqual([
      { text: "구름호스팅", line: 11, column: 3 },
      { text: "서버 운영", line: 11, column: 11 },
    ]);
  });

  it("masks Markdown syntax without moving any other character", async () => {
    const document = await parsePolicy(markdown, "markdown");
    expect(document.plain[4]).toBe("-   필수  : 이메일");
    expect(document.plain.every((line, index) => line.length === document.lines[index].length)).toBe(true);
  });

  it("reads headings and tables the same when paragraphs carry links and emphasis, however many", async () => {
    const text = [
      "# 해솔 개인정보 처리방침", // 1
      "", // 2
      `안내: ${"[고지](https://example.com/a) **중요** ".repeat(3_000)}`, // 3
      "", // 4
      "요약 [보기](#s)", // 5
      "------", // 6: a setext heading over line 5
      "", // 7
      "```", // 8
      "# 코드 안의 줄", // 9: not a heading
      "```", // 10
      "", // 11
      "## 3. [위탁](#t) 현황", // 12
      "", // 13
      "| 수탁자 | 위탁업무 |", // 14
      "| --- | --- |", // 15
      "| [한빛클라우드](https://h.example) | *서버* 운영 |", // 16
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "해솔 개인정보 처리방침"],
      [5, "요약 보기"],
      [12, "위탁 현황"],
    ]);
    const [table] = document.tables;
    expect(table.rows[0].cells.map((cell) => [cell.text, cell.line, cell.column])).toEqual([
      ["한빛클라우드", 16, 3],
      ["서버 운영", 16, 33],
    ]);
  });
});
