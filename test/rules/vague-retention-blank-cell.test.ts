// vague-retention and a retention table's blank period cell: in a page's table (merged cells are spanned) or a
// Markdown table, a row whose period is blank or a dash, among rows that give theirs, has no period. A text table's
// blank cell may mean "as above", and a column left blank in every row is no row's omission.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const rows: [string, string][] = [
  ["도서 대출 회원 파일", "탈퇴 시까지"],
  ["강좌 수강생 명단", "강좌 종료 후 1년"],
  ["자원봉사자 명부", "활동 종료 후 3년"],
];
const page = (period: (at: number) => string) =>
  [
    "<html><body>",
    "<h1>한내 도서관 개인정보 처리방침</h1>",
    "<h2>제2조(개인정보의 처리 및 보유 기간)</h2>",
    "<table>",
    "<tr><th>개인정보파일명</th><th>처리 목적</th><th>보유기간</th></tr>",
    ...rows.map(([name], at) => `<tr><td>${name}</td><td>도서관 운영</td><td>${period(at)}</td></tr>`),
    "</table>",
    "</body></html>",
  ].join("\n");
const markdown = (period: (at: number) => string) => [
  "# 한내 도서관 개인정보 처리방침",
  "",
  "## 2. 개인정보의 처리 및 보유 기간",
  "",
  "| 개인정보파일명 | 처리 목적 | 보유기간 |",
  "|---|---|---|",
  ...rows.map(([name], at) => `| ${name} | 도서관 운영 | ${period(at)} |`),
];
const blank = async (text: string | string[], format: "html" | "markdown" | "text") =>
  (await findingsOf("vague-retention", text, format)).filter((f) => f.messageId === "blankPeriod").map((f) => [f.line, f.message]);

describe("vague-retention: a blank period cell", () => {
  it("must fire on a page's row with an empty cell", async () => {
    expect(
      await blank(
        page((at) => (at === 1 ? "" : rows[at][1])),
        "html",
      ),
    ).toEqual([[7, "'강좌 수강생 명단'의 보유기간 칸이 비어 있습니다"]]);
  });
  it("must fire on a Markdown row with a dash", async () => {
    expect(
      await blank(
        markdown((at) => (at === 2 ? "-" : rows[at][1])),
        "markdown",
      ),
    ).toEqual([[9, "'자원봉사자 명부'의 보유기간 칸이 비어 있습니다"]]);
  });
  it("must not fire when every row gives its period", async () => {
    expect(
      await blank(
        page((at) => rows[at][1]),
        "html",
      ),
    ).toEqual([]);
  });
  it("must not fire on a column left blank in every row", async () => {
    expect(
      await blank(
        page(() => ""),
        "html",
      ),
    ).toEqual([]);
  });
  it("must not fire on a text table's blank cell, which may mean 'as above'", async () => {
    const text = [
      "한내 도서관 개인정보 처리방침",
      "",
      "2. 개인정보의 처리 및 보유 기간",
      "개인정보파일명\t처리 목적\t보유기간",
      "도서 대출 회원 파일\t도서관 운영\t탈퇴 시까지",
      "강좌 수강생 명단\t도서관 운영\t",
    ];
    expect(await blank(text, "text")).toEqual([]);
  });
});

// a provision table's blank period is the recipient's, which third-party-provision reports: not the controller's
// own retention, and not told twice
describe("vague-retention: a blank period in a provision table", () => {
  const provision = (header: string) => [
    "# 한내 도서관 개인정보 처리방침",
    "",
    "## 4. 개인정보의 제3자 제공",
    "",
    `| ${header} | 제공 목적 | 제공 항목 | 보유 및 이용기간 |`,
    "|---|---|---|---|",
    "| 한내문화재단 | 독서 행사 공동 운영 | 성명, 연락처 | 행사 종료 후 1년 |",
    "| ㈜책마루 | 희망 도서 배송 | 성명, 주소 |  |",
  ];
  it("must not fire where the table names its recipients", async () => {
    expect(await blank(provision("제공받는 자"), "markdown")).toEqual([]);
  });
  it("must fire where the same table names its records", async () => {
    expect((await blank(provision("개인정보파일명"), "markdown")).map(([line]) => line)).toEqual([8]);
  });
});
