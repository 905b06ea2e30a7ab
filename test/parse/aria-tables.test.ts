// A page that lays out its records in CSS rows of <div>s says so by ARIA roles (role="table", "row", "cell",
// "columnheader"): those are tables as <table>, <tr> and <td> are, cell by cell, whatever line breaks a cell holds.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (rows: string[]) =>
  [
    "<html><body>",
    "<h1>빨래곰 개인정보 처리방침</h1>",
    "<h2>1. 개인정보의 처리 목적</h2>",
    "<p>세탁물 수거와 배송, 요금 결제를 위해 처리합니다.</p>",
    "<h2>2. 개인정보 처리업무의 위탁</h2>",
    "<p>회사는 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.</p>",
    '<div class="grid" role="table">',
    '  <div class="row" role="row"><div role="columnheader">수탁자</div><div role="columnheader">위탁업무</div><div role="columnheader">보유 기간</div></div>',
    ...rows,
    "</div>",
    "</body></html>",
  ].join("\n");

describe("ARIA grids of <div>s", () => {
  it("reads the rows and cells, a line break inside a cell kept in its cell", async () => {
    const text = page([
      '  <div class="row" role="row"><div role="cell">㈜구름문자</div><div role="cell">알림톡 발송<br>문자 발송</div><div role="cell">계약 종료 시까지</div></div>',
      '  <div class="row" role="row"><div role="cell">㈜상담나라</div><div role="cell">고객 상담</div><div role="cell">계약 종료 시까지</div></div>',
    ]);
    const [table] = (await parsePolicy(text, "html")).tables;
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁자", "위탁업무", "보유 기간"]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["㈜구름문자", "알림톡 발송 문자 발송", "계약 종료 시까지"],
      ["㈜상담나라", "고객 상담", "계약 종료 시까지"],
    ]);
    expect(await findingsOf("processor-disclosure", text, "html")).toEqual([]);
  });

  it("still reports a processor given only by its kind in such a grid", async () => {
    const text = page([
      '  <div class="row" role="row"><div role="cell">㈜구름문자</div><div role="cell">알림톡 발송</div><div role="cell">계약 종료 시까지</div></div>',
      '  <div class="row" role="row"><div role="cell">택배사</div><div role="cell">세탁물 배송</div><div role="cell">계약 종료 시까지</div></div>',
    ]);
    expect((await findingsOf("processor-disclosure", text, "html")).map((finding) => finding.line)).toEqual([10]);
  });

  it("takes no <div> without the roles for a table", async () => {
    const text = page(['  <div class="row"><div>㈜구름문자</div><div>알림톡 발송</div></div>']).replace(' role="table"', "");
    expect((await parsePolicy(text, "html")).tables.filter((table) => table.form === "html")).toEqual([]);
  });
});
