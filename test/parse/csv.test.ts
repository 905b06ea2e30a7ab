// A policy kept in a spreadsheet and saved as CSV: a header row, then a row a section, its text quoted over lines.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { readCsvPolicy } from "../../src/parse/csv.js";
import { findingsOf } from "../helpers.js";

const csv = (processor: string) => [
  "순번,제목,본문", // 1
  '0,개인정보 처리방침,"단비 세탁(이하 ""세탁소"")은 고객의 개인정보를 다음과 같이 처리합니다."', // 2
  '1,개인정보의 처리 목적,"세탁소는 다음 목적으로 개인정보를 처리합니다.', // 3
  "- 세탁물 수거와 배달", // 4
  '- 요금 결제와 환불"', // 5
  "2,처리하는 개인정보의 항목,세탁물을 맡기는 고객의 이름, 휴대전화번호, 수거와 배달 주소, 결제 수단의 종류", // 6
  '3,개인정보 처리업무의 위탁,"세탁소는 다음과 같이 업무를 맡깁니다.', // 7
  `- ${processor}: 세탁물 배달"`, // 8
  '4,개인정보의 파기,"보유 기간이 끝난 개인정보는 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지웁니다."', // 9
];

describe("a CSV file's rows", () => {
  it("are blanked of their commas and quotes, column for column, and read as a table", () => {
    const read = readCsvPolicy(csv("㈜누리배송"))!;
    expect(read.plain.map((line) => line.length)).toEqual(csv("㈜누리배송").map((line) => line.length));
    expect(read.plain[1]).toBe('  개인정보 처리방침  단비 세탁(이하  "세탁소 ")은 고객의 개인정보를 다음과 같이 처리합니다. ');
    expect(read.title).toMatchObject({ text: "개인정보 처리방침", line: 2 });
    expect(read.tables[0].rows.map((row) => [row.line, row.endLine, row.cells[1].text])).toEqual([
      [3, 5, "개인정보의 처리 목적"],
      [6, 6, "처리하는 개인정보의 항목"],
      [7, 8, "개인정보 처리업무의 위탁"],
      [9, 9, "개인정보의 파기"],
    ]);
  });

  it("are the policy's sections, each checked", async () => {
    const document = await parsePolicy(csv("㈜누리배송").join("\n"));
    expect(document.title).toMatchObject({ text: "개인정보 처리방침", line: 2 });
    expect(document.sections.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [3, 1, "개인정보의 처리 목적"],
      [6, 2, "처리하는 개인정보의 항목"],
      [7, 3, "개인정보 처리업무의 위탁"],
      [9, 4, "개인정보의 파기"],
    ]);
    expect(await findingsOf("processor-disclosure", csv("㈜누리배송"))).toEqual([]);
    expect((await findingsOf("processor-disclosure", csv("배달 대행업체"))).map((finding) => finding.line)).toEqual([8]);
    expect(await findingsOf("title-name", csv("㈜누리배송"))).toEqual([]);
  });

  it("a text whose first line only looks like a header is no CSV", () => {
    expect(readCsvPolicy(["이름,연락처", "단비 세탁 개인정보 처리방침", "1. 개인정보의 처리 목적"])).toBeNull();
  });
});
