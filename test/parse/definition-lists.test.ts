import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// a definition list's term and its description on one line read as a field: the term is the label
describe("a <dl> written term and description on one line", () => {
  it("reads each term as a field's label", async () => {
    const text = [
      "<html><body><h1>누리 개인정보 처리방침</h1>",
      "<h2>1. 개인정보 처리업무의 위탁</h2>",
      "<dl>",
      "<dt>수탁자</dt><dd>주식회사 누리클라우드</dd>",
      "<dt>위탁 업무:</dt><dd>서버 운영</dd>",
      "</dl>",
      "</body></html>",
    ].join("\n");
    const document = await parsePolicy(text, "html");
    expect(document.plain[3]).toMatch(/^\s*수탁자: +주식회사 누리클라우드\s*$/);
    expect(document.plain[4]).toMatch(/^\s*위탁 업무: +서버 운영\s*$/);
  });
});

// a term and its description on lines of their own: the term is still the label, and the fields a record
describe("a <dl> written term over description", () => {
  const page = (description: string[]) =>
    [
      "<html><body><h1>누리 개인정보 처리방침</h1>",
      "<h2>1. 개인정보 처리업무의 위탁</h2>",
      "<p>누리는 다음과 같이 개인정보 처리업무를 위탁합니다.</p>",
      "<dl>",
      "  <dt>수탁자</dt>",
      ...description,
      "  <dt>위탁 업무</dt>",
      "  <dd>서버 운영</dd>",
      "</dl>",
      "</body></html>",
    ].join("\n");

  it("reads the term as a label and the fields as the processor's record", async () => {
    const document = await parsePolicy(page(["  <dd>주식회사 누리클라우드</dd>"]), "html");
    expect(document.plain[4]).toMatch(/^\s*수탁자:\s*$/);
    expect(document.tables.map((table) => table.rows.map((row) => row.cells.map((cell) => cell.text)))).toEqual([
      [["주식회사 누리클라우드", "서버 운영"]],
    ]);
    expect(await findingsOf("processor-disclosure", page(["  <dd>주식회사 누리클라우드</dd>"]), "html")).toEqual([]);
  });

  it("leaves a term over a list as a title", async () => {
    const document = await parsePolicy(page(["  <dd>", "    <ul><li>주식회사 누리클라우드</li></ul>", "  </dd>"]), "html");
    expect(document.plain[4]).toMatch(/^\s*수탁자\s*$/);
  });
});
