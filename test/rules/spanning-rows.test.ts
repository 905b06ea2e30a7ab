import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// A row of one cell spanning every column of an HTML table (a remark, a caption, "해당 없음") is no record of the
// table: no rule reads it as a record whose other cells are empty.
const page = (...body: string[]) =>
  ["<html><body>", "<h1>푸른숲 도서관 개인정보 처리방침</h1>", "<h2>개인정보 처리업무의 위탁</h2>", ...body, "</body></html>"].join("\n");

describe("a row spanning the whole HTML table", () => {
  it("a remark below the processors is not a processor with no task", async () => {
    const html = page(
      "<table>",
      "<tr><th>수탁업체</th><th>맡긴 업무</th></tr>",
      "<tr><td>㈜바른택배</td><td>대출 도서 배송</td></tr>",
      '<tr><td colspan="2">※ 수탁업체가 바뀌면 이 표를 고쳐 누리집에 알립니다.</td></tr>',
      "</table>",
    );
    expect(await findingsOf("processor-disclosure", html, "html")).toEqual([]);
  });

  it("a remark in a three-column table with a row still missing its task is reported on that row only", async () => {
    const html = page(
      "<table>",
      "<tr><th>수탁업체</th><th>위탁업무</th><th>보유기간</th></tr>",
      "<tr><td>㈜바른택배</td><td></td><td>계약 종료 시까지</td></tr>",
      '<tr><td colspan="3">계약서에 재위탁 제한과 관리·감독 사항을 적어 둡니다.</td></tr>',
      "</table>",
    );
    const findings = await findingsOf("processor-disclosure", html, "html");
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([["emptyTask", 6]]);
  });

  it("an introducing sentence across the top is not the header: the columns are read from the row below", async () => {
    const html = page(
      "<table>",
      '<tr><td colspan="2">도서관은 아래 업무를 맡기고 있습니다.</td></tr>',
      "<tr><th>수탁업체</th><th>위탁업무</th></tr>",
      "<tr><td>㈜바른택배</td><td>대출 도서 배송</td></tr>",
      "</table>",
    );
    const [table] = (await parsePolicy(html, "html")).tables;
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁업체", "위탁업무"]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["㈜바른택배", "대출 도서 배송"]]);
    expect(table.notes?.map((row) => row.line)).toEqual([5]);
  });

  it("a table's width counts its colspans: one cell over two of three columns is a record with its task missing", async () => {
    const html = page(
      "<table>",
      '<tr><th colspan="2">수탁업체</th><th>위탁업무</th></tr>',
      '<tr><td colspan="2">㈜바른택배</td><td>대출 도서 배송</td></tr>',
      '<tr><td colspan="2">㈜한결전산</td></tr>', // 7
      "</table>",
    );
    expect((await findingsOf("processor-disclosure", html, "html")).map((f) => [f.messageId, f.line])).toEqual([["emptyTask", 7]]);
  });

  it("a group label across a recipients table is not a recipient with empty cells", async () => {
    const html = [
      "<html><body>",
      "<h1>푸른숲 도서관 개인정보 처리방침</h1>",
      "<h2>개인정보의 제3자 제공</h2>",
      "<table>",
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 기간</th></tr>",
      '<tr><td colspan="4">상호대차 신청 시</td></tr>',
      "<tr><td>한빛시립도서관</td><td>상호대차 도서 전달</td><td>성명, 회원번호</td><td>대출 반납 시까지</td></tr>",
      "</table>",
      "</body></html>",
    ].join("\n");
    expect(await findingsOf("third-party-provision", html, "html")).toEqual([]);
  });

  it("a row of one cell that spans only part of a wider table is still a record", async () => {
    const html = page(
      "<table>",
      "<tr><th>수탁업체</th><th>위탁업무</th><th>보유기간</th></tr>",
      '<tr><td colspan="2">㈜바른택배</td><td>계약 종료 시까지</td></tr>',
      "</table>",
    );
    const [table] = (await parsePolicy(html, "html")).tables;
    expect(table.rows).toHaveLength(1);
    expect(table.notes).toBeUndefined();
  });
});

describe("a remark written as the last row of a text table", () => {
  const policy = (...rows: string[]) => ["솔내 약국 개인정보 처리방침", "", "1. 개인정보 처리업무의 위탁", "", ...rows];

  it("a ※ row with its other cells empty is not a processor with no task", async () => {
    const text = policy("| 수탁업체 | 위탁업무 |", "| ㈜누리전산 | 조제 기록 프로그램 관리 |", "| ※ 업체가 바뀌면 미리 알립니다. | |");
    expect(await findingsOf("processor-disclosure", text)).toEqual([]);
  });

  it("a 주) row in a Markdown table is a remark too", async () => {
    const text = [
      "# 솔내 약국 개인정보 처리방침",
      "",
      "## 개인정보 처리업무의 위탁",
      "",
      "| 수탁업체 | 위탁업무 |",
      "| --- | --- |",
      "| ㈜누리전산 | 조제 기록 프로그램 관리 |",
      "| 주) 재위탁은 하지 않습니다. | |",
    ];
    expect(await findingsOf("processor-disclosure", text, "markdown")).toEqual([]);
  });

  it("a processor row with its task left empty is still reported", async () => {
    const text = policy("| 수탁업체 | 위탁업무 |", "| ㈜누리전산 | |", "| ※ 업체가 바뀌면 미리 알립니다. | |");
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.messageId, f.line])).toEqual([["emptyTask", 6]]);
  });
});
