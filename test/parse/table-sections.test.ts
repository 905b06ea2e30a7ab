import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = async (html: string) =>
  (await parsePolicy(html, "html")).allSections.map((section) => [section.startLine, section.heading.title]);

// A page built of one <table> a section, the title in the table's first row as one cell across it (a <th colspan>
// or a <td colspan>): the title heads a section, the rows below are its body.
describe("a table whose first row is a title across it", () => {
  const page = (...body: string[]) =>
    ["<html><body>", "<p>한울세무회계(이하 '사무소')는 고객의 개인정보를 다음과 같이 처리합니다.</p>", ...body, "</body></html>"].join(
      "\n",
    );
  const purpose = [
    "<table>", // 3
    '<tr><th colspan="2">이용 목적</th></tr>', // 4
    "<tr><td>세무 신고 대리</td><td>종합소득세·부가가치세 신고서 작성과 제출</td></tr>",
    "</table>",
  ];
  const destruction = (...rows: string[]) => [
    "<table>", // 7
    '<tr><td colspan="2">자료의 파기 절차와 방법</td></tr>', // 8
    ...rows,
    "</table>",
  ];

  it("reads each such title as a section, a <th> or a <td> alike", async () => {
    const html = page(
      ...purpose,
      ...destruction(
        "<tr><td>절차</td><td>보관 기간이 지난 자료는 대표 세무사의 확인을 받아 파기합니다.</td></tr>",
        "<tr><td>방법</td><td>전자 파일은 복구되지 않게 지우고 종이는 파쇄합니다.</td></tr>",
      ),
    );
    expect(await outline(html)).toEqual([
      [4, "이용 목적"],
      [8, "자료의 파기 절차와 방법"],
    ]);
  });

  it("the rows below the title are the table, its first row of cells the header", async () => {
    const html = page(...purpose);
    const [table] = (await parsePolicy(html, "html")).tables;
    expect(table.startLine).toBe(5);
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["세무 신고 대리", "종합소득세·부가가치세 신고서 작성과 제출"]);
  });

  it("a section left without its method is reported at its title row", async () => {
    const html = page(
      ...purpose,
      ...destruction("<tr><td>절차</td><td>보관 기간이 지난 자료는 대표 세무사의 확인을 받아 파기합니다.</td></tr>"),
    );
    expect((await findingsOf("required-destruction", html, "html")).map((f) => [f.messageId, f.line])).toEqual([["partMissing", 8]]);
  });

  it("a table holding only its title and sentences across it is a section of text", async () => {
    const html = page(
      ...purpose,
      "<table>", // 7
      '<tr><th colspan="2">정보주체의 권리</th></tr>', // 8
      '<tr><td colspan="2">고객은 자신의 개인정보를 열람하거나 정정·삭제를 요구할 수 있습니다.</td></tr>',
      "</table>",
    );
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => section.startLine)).toEqual([4, 8]);
    expect(document.tables.map((table) => table.startLine)).toEqual([5]);
    const rights = await findingsOf("required-rights", html, "html");
    expect(rights.map((f) => f.line)).toEqual([8]);
  });

  it("a sentence across the top of a table is no title", async () => {
    const html = page(
      "<table>",
      '<tr><td colspan="2">사무소는 아래 업무를 위하여 개인정보를 이용합니다.</td></tr>',
      "<tr><td>세무 신고 대리</td><td>신고서 작성과 제출</td></tr>",
      "</table>",
    );
    expect(await outline(html)).toEqual([]);
  });

  it("under heading tags, a titled table is a part of its section and its columns are read from the row below", async () => {
    const html = [
      "<html><body>",
      "<h1>한울세무회계 개인정보 처리방침</h1>",
      "<h2>1. 개인정보 처리업무의 위탁</h2>",
      "<table>",
      '<tr><th colspan="2">맡긴 업무 목록</th></tr>', // 5
      "<tr><th>수탁자</th><th>위탁업무</th></tr>",
      "<tr><td>㈜세움전산</td><td>세무 프로그램 유지보수</td></tr>",
      "<tr><td>㈜누리문서</td><td></td></tr>", // 8
      "</table>",
      "</body></html>",
    ].join("\n");
    expect(await outline(html)).toEqual([
      [2, "한울세무회계 개인정보 처리방침"],
      [3, "개인정보 처리업무의 위탁"],
      [5, "맡긴 업무 목록"],
    ]);
    expect((await findingsOf("processor-disclosure", html, "html")).map((f) => [f.messageId, f.line])).toEqual([["emptyTask", 8]]);
  });
});
