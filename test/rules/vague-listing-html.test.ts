// vague-listing on web pages: a list that ends at the end of its cell or list item, and table rows below a
// header that are rows, not the header's wrapped continuation.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const page = (...body: string[]) =>
  ["<html><body>", "<h1>늘봄문고 개인정보 처리방침</h1>", "<h2>2. 처리하는 개인정보의 항목</h2>", ...body, "</body></html>"].join("\n");

describe("vague-listing: a list closed by 등 at the end of an HTML element", () => {
  it.each([
    ["a list item", ["<ul>", "  <li>이름, 휴대폰 번호, 배송지 등</li>", "</ul>"], 5],
    ["a table cell", ["<table>", "<tr><th>구분</th><th>항목</th></tr>", "<tr><td>주문</td><td>이름, 배송지 등</td></tr>", "</table>"], 6],
    ["a list item on the page's one line", ["<ul><li>이름, 휴대폰 번호, 배송지 등</li></ul>"], 4],
  ])("must fire: %s", async (_, body, line) => {
    expect(await linesOf("vague-listing", page(...(body as string[])), "html")).toEqual([line]);
  });

  it("must fire on each row of a table whose body opens on a line of its own", async () => {
    const text = page(
      "<table>",
      "<thead><tr><th>서비스</th><th>구분</th><th>항목</th></tr></thead>",
      "<tbody>",
      '<tr><td rowspan="2">회원가입</td><td>필수</td><td>이름, 휴대폰 번호 등</td></tr>',
      "<tr><td>선택</td><td>생일, 관심 분야 등</td></tr>",
      "</tbody>",
      "</table>",
    );
    expect(await linesOf("vague-listing", text, "html")).toEqual([7, 8]);
  });

  it.each([
    ["every item listed", ["<ul>", "  <li>이름, 휴대폰 번호, 배송지</li>", "</ul>"]],
    ["a fixed phrase before the tag", ["<ul>", "  <li>열람, 정정·삭제 등</li>", "</ul>"]],
  ])("must not fire: %s", async (_, body) => {
    expect(await linesOf("vague-listing", page(...body), "html")).toEqual([]);
  });
});
