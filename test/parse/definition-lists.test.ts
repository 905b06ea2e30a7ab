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

// a term over its description on lines of their own, the term no field's label: a name and what it is given
describe("a <dl> of names over what each is given", () => {
  const page = (...entries: string[]) =>
    [
      "<html><body><h1>누리 개인정보 처리방침</h1>",
      "<h2>1. 개인정보 처리업무의 위탁</h2>",
      "<p>누리는 다음과 같이 개인정보 처리업무를 위탁합니다.</p>",
      "<dl>",
      ...entries,
      "</dl>",
      "<h2>2. 권익침해 구제방법</h2>",
      "<dl>",
      "  <dt>개인정보 분쟁조정위원회</dt>",
      "  <dd>(국번없이) 1833-6972 / www.kopico.go.kr</dd>",
      "</dl>",
      "</body></html>",
    ].join("\n");

  it("records each term's line with its description's", async () => {
    const document = await parsePolicy(page("  <dt>주식회사 누리클라우드</dt>", "  <dd>서버 운영</dd>"), "html");
    expect([...document.definitionTerms].sort((a, b) => a[0] - b[0])).toEqual([
      [5, 6],
      [10, 11],
    ]);
  });

  it("processor-disclosure: reads a named processor over its task, and fires on one left open with 등", async () => {
    const named = page("  <dt>주식회사 누리클라우드</dt>", "  <dd>서버 운영</dd>");
    expect(await findingsOf("processor-disclosure", named, "html")).toEqual([]);
    const open = page(
      "  <dt>주식회사 누리클라우드</dt>",
      "  <dd>서버 운영</dd>",
      "  <dt>주식회사 한빛문자 등 문자 발송 대행사</dt>",
      "  <dd>알림 문자 발송</dd>",
    );
    expect((await findingsOf("processor-disclosure", open, "html")).map((f) => [f.line, f.messageId])).toEqual([[7, "vagueProcessor"]]);
  });

  it("outdated-reference: reads an agency's description as its contact", async () => {
    const named = page("  <dt>주식회사 누리클라우드</dt>", "  <dd>서버 운영</dd>");
    expect(await findingsOf("outdated-reference", named, "html")).toEqual([]);
    const mistyped = named.replace("1833-6972", "1833-6792");
    expect((await findingsOf("outdated-reference", mistyped, "html")).map((f) => [f.line, f.messageId])).toEqual([[11, "wrongContact"]]);
  });
});
