import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

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
