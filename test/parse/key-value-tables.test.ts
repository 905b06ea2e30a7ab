// A two-column table whose first column holds only field labels is one record written downwards: the parser
// reads it as a header of labels over one row of values, so that every rule that reads records reads one.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import type { SourceFormat } from "../../src/parse/model.js";

const tablesOf = async (lines: string[], format: SourceFormat) =>
  (await parsePolicy(lines.join("\n"), format)).tables.map((table) => ({
    header: table.header.cells.map((cell) => cell.text.trim()),
    rows: table.rows.map((row) => ({ line: row.line, cells: row.cells.map((cell) => cell.text.trim()) })),
  }));

describe("key–value tables", () => {
  it("an HTML table of labels and values is one record", async () => {
    const page = [
      "<html><body><h2>4. 제3자 제공</h2><table>",
      "<tr><th>제공받는 자</th><td>푸른하늘여행사</td></tr>",
      "<tr><th>제공 목적</th><td>항공권 발권</td></tr>",
      "<tr><th>제공 항목</th><td>영문 성명, 여권번호</td></tr>",
      "<tr><th>보유 및 이용기간</th><td>귀국 후 30일</td></tr>",
      "</table></body></html>",
    ];
    expect(await tablesOf(page, "html")).toEqual([
      {
        header: ["제공받는 자", "제공 목적", "제공 항목", "보유 및 이용기간"],
        rows: [{ line: 2, cells: ["푸른하늘여행사", "항공권 발권", "영문 성명, 여권번호", "귀국 후 30일"] }],
      },
    ]);
  });

  it("a delimited text table of a processor's fields, labels ending in a colon", async () => {
    const text = ["3. 처리 위탁", "수탁업체: | 다솜콜센터", "위탁업무 내용: | 고객 상담 전화 응대", "위탁 기간: | 계약 종료 시까지"];
    expect(await tablesOf(text, "text")).toEqual([
      {
        header: ["수탁업체:", "위탁업무 내용:", "위탁 기간:"],
        rows: [{ line: 2, cells: ["다솜콜센터", "고객 상담 전화 응대", "계약 종료 시까지"] }],
      },
    ]);
  });

  it("records stacked under a '구분 | 내용' header are one row each", async () => {
    const text = [
      "## 5. 보유 기간",
      "",
      "| 구분 | 내용 |",
      "|---|---|",
      "| 보존 항목 | 접속 기록 |",
      "| 보존 기간 | 3개월 |",
      "| 근거 법령 | 통신비밀보호법 |",
      "| 보존 항목 | 표시·광고 기록 |",
      "| 보존 기간 | 6개월 |",
      "| 근거 법령 | 전자상거래법 |",
    ];
    expect(await tablesOf(text, "markdown")).toEqual([
      {
        header: ["보존 항목", "보존 기간", "근거 법령"],
        rows: [
          { line: 5, cells: ["접속 기록", "3개월", "통신비밀보호법"] },
          { line: 8, cells: ["표시·광고 기록", "6개월", "전자상거래법"] },
        ],
      },
    ]);
  });

  describe("stays a table of rows", () => {
    it("when the first column holds values under a header of two column names", async () => {
      const text = ["| 수탁업체 | 위탁업무 |", "|---|---|", "| 다솜콜센터 | 상담 |", "| 바른택배 | 배송 |", "| 한결페이 | 결제 |"];
      expect((await tablesOf(text, "markdown"))[0].rows.length).toBe(3);
    });

    it("when a row's first cell is not a field label", async () => {
      const text = ["| 제공받는 자 | 한결페이 |", "|---|---|", "| 제공 목적 | 결제 |", "| 카드 정보 | 카드번호 |", "| 보유 기간 | 5년 |"];
      expect((await tablesOf(text, "markdown"))[0].rows.length).toBe(3);
    });

    it("when only two labels stand in the first column", async () => {
      const text = ["| 보유 기간 | 탈퇴 시까지 |", "|---|---|", "| 근거 법령 | 없음 |"];
      expect((await tablesOf(text, "markdown"))[0].rows.length).toBe(1);
    });

    it("when the stacked records give different labels", async () => {
      const text = [
        "| 구분 | 내용 |",
        "|---|---|",
        "| 수탁업체 | 다솜콜센터 |",
        "| 위탁업무 | 상담 |",
        "| 수탁업체 | 바른택배 |",
        "| 위탁 기간 | 1년 |",
      ];
      expect((await tablesOf(text, "markdown"))[0].rows.length).toBe(4);
    });
  });
});
