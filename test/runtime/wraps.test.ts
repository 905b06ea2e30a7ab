import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { lineAcrossWraps, sentencesAcrossWraps } from "../../src/runtime/wraps.js";

describe("sentencesAcrossWraps", () => {
  it("gives each sentence a line holds a part of, read whole, with the part of the line it takes", async () => {
    const document = await parsePolicy(
      [
        "가온 독서회 개인정보 처리방침", // 1
        "", // 2
        "3. 개인정보의 제3자 제공", // 3
        "① 독서회는 회원 정보를 밖으로 내보내지 않습니다. 다만 회원이 동의한 때에는 회원 정보", // 4
        "를 협력 도서관에 넘깁니다.", // 5
      ].join("\n"),
      "text",
    );
    expect(sentencesAcrossWraps(document, 5)).toEqual([
      { text: "다만 회원이 동의한 때에는 회원 정보 를 협력 도서관에 넘깁니다.", from: 0, to: 15 },
    ]);
    const line4 = sentencesAcrossWraps(document, 4);
    expect(line4.map((sentence) => sentence.text)).toEqual([
      "① 독서회는 회원 정보를 밖으로 내보내지 않습니다.",
      "다만 회원이 동의한 때에는 회원 정보 를 협력 도서관에 넘깁니다.",
    ]);
    expect(line4[1].from).toBe(document.plain[3].indexOf("다만"));
  });

  it("does not run a section's title into the sentence under it", async () => {
    const document = await parsePolicy(
      ["가온 독서회 개인정보 처리방침", "", "개인정보의 제3자 제공", "독서회는 회원 정보를 넘기지 않습니다."].join("\n"),
      "text",
    );
    expect(sentencesAcrossWraps(document, 4).map((sentence) => sentence.text)).toEqual(["독서회는 회원 정보를 넘기지 않습니다."]);
  });
});

// a table's row is no sentence cut by a wrap: it does not run into the rule line under it, the next row or the text
// beside the table; a cell wrapped within its own row still reads whole
describe("lineAcrossWraps in a table", () => {
  it("reads a row alone, whatever stands above or below it", async () => {
    const document = await parsePolicy(
      [
        "# 솔숲 캠핑장 개인정보 처리방침", // 1
        "", // 2
        "예약 안내는 아래 표와 같이", // 3
        "| 구분 | 해외 이전 없음 |", // 4
        "|---|---|", // 5
        "| 보관 | 예약 후 1년 |", // 6
        "이 표는 매년 갱신되며", // 7
      ].join("\n"),
      "markdown",
    );
    expect(lineAcrossWraps(document, 4)).toBe("| 구분 | 해외 이전 없음 |");
    expect(lineAcrossWraps(document, 6)).toBe("| 보관 | 예약 후 1년 |");
    expect(lineAcrossWraps(document, 7)).toBe("이 표는 매년 갱신되며");
  });

  it("reads a cell wrapped onto the row's next line with the row", async () => {
    const document = await parsePolicy(
      [
        "솔숲 캠핑장 개인정보 처리방침", // 1
        "", // 2
        "┌──────┬────────────────┐", // 3
        "│ 항목 │ 보유 기간      │", // 4
        "├──────┼────────────────┤", // 5
        "│ 성명 │ 퇴실 후 1년간  │", // 6
        "│      │ 보관하고 파기  │", // 7
        "└──────┴────────────────┘", // 8
      ].join("\n"),
      "text",
    );
    expect(document.tables.map((table) => table.rows.map((row) => [row.line, row.endLine]))).toEqual([[[6, 7]]]);
    expect(lineAcrossWraps(document, 6)).toContain("보관하고 파기");
  });
});

// a page's block elements set its text apart: a paragraph that ends without a full stop does not go on into the next
// paragraph, list item or cell, though a sentence wrapped within one element's source lines does
describe("lineAcrossWraps on a page", () => {
  const page = (between: string) =>
    [
      "<h1>솔숲 캠핑장 개인정보 처리방침</h1>", // 1
      "<p>가명정보 처리 : 안 함</p>", // 2
      between, // 3
      "<p>예약 정보는 퇴실 후 1년간", // 4
      "보관한 뒤 파기합니다.</p>", // 5
    ].join("\n");
  it.each([["<p>(2024년 개정 내용은</p>"], ["<li>문의는 관리동으로</li>"], ["<table><tr><td>비고 없음</td></tr></table>"]])(
    "reads a paragraph alone before %s",
    async (between) => {
      const document = await parsePolicy(page(between), "html");
      expect(lineAcrossWraps(document, 2).trim()).toBe("가명정보 처리 : 안 함");
    },
  );
  it("reads a sentence wrapped inside one paragraph whole", async () => {
    const document = await parsePolicy(page("<p>문의는 관리동으로 해 주세요.</p>"), "html");
    expect(lineAcrossWraps(document, 4)).toBe("예약 정보는 퇴실 후 1년간 보관한 뒤 파기합니다.");
  });
});
