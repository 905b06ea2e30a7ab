// An HTML cell that spans rows (rowspan) stands in each row it spans: those rows are not missing it, and what
// it says is judged once.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (rows: string[], header = "<tr><th>위탁 업무</th><th>수탁자</th></tr>") =>
  [
    "<html><body>",
    "<h1>다올마트 개인정보 처리방침</h1>",
    "<p>다올마트(이하 '마트')는 고객의 개인정보를 다음과 같이 처리합니다.</p>",
    "<h2>1. 개인정보 처리의 위탁</h2>",
    "<p>마트는 다음과 같이 개인정보 처리업무를 위탁합니다.</p>",
    "<table>",
    header,
    ...rows,
    "</table>",
    "</body></html>",
  ].join("\n");

describe("HTML table cells that span rows", () => {
  const spanned = page([
    '<tr><td><p>회원 관리</p></td><td rowspan="3"><p>다올멤버스 주식회사</p></td></tr>',
    "<tr><td><p>포인트 적립</p></td></tr>",
    "<tr><td><p>모바일 쿠폰 발송</p></td></tr>",
    "<tr><td><p>배송</p></td><td><p>한결로지스 주식회사</p></td></tr>",
  ]);

  it("are read in each row they span", async () => {
    const document = await parsePolicy(spanned, "html");
    expect(document.tables[0].rows.map((row) => row.cells.map((cell) => [cell.text, cell.spanned ?? false]))).toEqual([
      [
        ["회원 관리", false],
        ["다올멤버스 주식회사", false],
      ],
      [
        ["포인트 적립", false],
        ["다올멤버스 주식회사", true],
      ],
      [
        ["모바일 쿠폰 발송", false],
        ["다올멤버스 주식회사", true],
      ],
      [
        ["배송", false],
        ["한결로지스 주식회사", false],
      ],
    ]);
  });

  it("must not fire: a task in a row the processor's cell spans has its processor", async () => {
    expect(await findingsOf("processor-disclosure", spanned, "html")).toEqual([]);
  });

  it("must fire once: a kind of business spanning three rows is one finding, on the row that writes it", async () => {
    const kind = page([
      '<tr><td><p>회원 관리</p></td><td rowspan="3"><p>문자 발송 대행업체</p></td></tr>',
      "<tr><td><p>포인트 적립</p></td></tr>",
      "<tr><td><p>모바일 쿠폰 발송</p></td></tr>",
    ]);
    expect((await findingsOf("processor-disclosure", kind, "html")).map((finding) => [finding.line, finding.messageId])).toEqual([
      [8, "unnamedProcessor"],
    ]);
  });

  it("must fire: a row whose processor cell is really empty", async () => {
    const empty = page([
      '<tr><td><p>회원 관리</p></td><td rowspan="2"><p>다올멤버스 주식회사</p></td></tr>',
      "<tr><td><p>포인트 적립</p></td></tr>",
      "<tr><td><p>모바일 쿠폰 발송</p></td><td><p>&nbsp;</p></td></tr>",
    ]);
    expect((await findingsOf("processor-disclosure", empty, "html")).map((finding) => [finding.line, finding.messageId])).toEqual([
      [10, "emptyProcessorForTask"],
    ]);
  });
});

describe("a recipient cell that spans rows", () => {
  const provision = (recipient: string) =>
    [
      "<html><body>",
      "<h1>다올마트 개인정보 처리방침</h1>",
      "<h2>2. 개인정보의 제3자 제공</h2>",
      "<p>마트는 아래의 경우에 한하여 개인정보를 제공합니다.</p>",
      "<table>",
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 기간</th></tr>",
      `<tr><td rowspan="2">${recipient}</td><td>경품 배송</td><td>이름, 주소</td><td>배송 후 1개월</td></tr>`,
      "<tr><td>당첨 확인</td><td>휴대전화번호</td><td>확인 후 즉시 파기</td></tr>",
      "</table>",
      "</body></html>",
    ].join("\n");

  it("must fire once: a kind of business spanning two rows", async () => {
    expect((await findingsOf("third-party-provision", provision("경품 배송 대행업체"), "html")).map((finding) => finding.line)).toEqual([
      7,
    ]);
  });

  it("must not fire: a named recipient spanning two rows", async () => {
    expect(await findingsOf("third-party-provision", provision("한결로지스 주식회사"), "html")).toEqual([]);
  });
});
