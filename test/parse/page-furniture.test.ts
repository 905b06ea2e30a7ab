// A policy copied out of a PDF: each page ends with its number ("- 2 -") and the next opens with a running header;
// an article's bracketed title may be wrapped, or cut by such a page break. The furniture is no text, and the
// title is read whole.
import { describe, expect, it } from "vitest";
import { withoutPageFurniture } from "../../src/parse/page-furniture.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const header = "미래조경 주식회사 개인정보 처리방침";
const pdf = [
  header, // 1
  "",
  "제1조 (개인정보의 처리 목적)", // 3
  "회사는 조경 공사 견적 상담과 계약 이행을 위하여 개인정보를 처리합니다.",
  "",
  "제2조 (개인정보 처리업무의", // 6
  "",
  "- 1 -",
  header,
  "",
  "위탁)", // 11
  "회사는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.",
  "- 누리전산 주식회사: 견적 관리 프로그램 운영",
  "",
  "제3조 (개인정보의 파기", // 15
  "절차 및 방법)",
  "보유 기간이 끝난 정보는 지체 없이 복구할 수 없게 지우고 서류는 파쇄합니다.",
  "",
  "- 2 -",
  header,
];

describe("a PDF copy's page furniture", () => {
  it("blanks the page numbers and the header repeated beside them, line for line", () => {
    const plain = withoutPageFurniture(pdf);
    expect(plain).toHaveLength(pdf.length);
    expect([plain[7], plain[8], plain[18], plain[19]]).toEqual(["", "", "", ""]);
    expect(plain[0]).toBe(header);
    expect(plain[12]).toBe("- 누리전산 주식회사: 견적 관리 프로그램 운영");
  });

  it("leaves a lone '- 1 -' and a list item alone", () => {
    const lines = ["- 1 -", "- 이름, 연락처"];
    expect(withoutPageFurniture(lines)).toBe(lines);
  });

  it("reads a bracketed title wrapped or cut by a page break whole", async () => {
    const document = await parsePolicy(pdf.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, header],
      [3, "개인정보의 처리 목적"],
      [6, "개인정보 처리업무의 위탁"],
      [15, "개인정보의 파기 절차 및 방법"],
    ]);
    expect(await findingsOf("required-destruction", pdf)).toEqual([]);
    expect(document.allSections.some((section) => section.heading.marker === "-" && section.startLine === 8)).toBe(false);
  });
});

// the page number may carry the word for a page or its total ("페이지 2 / 7", "3 / 12 쪽", "Page 3 of 7"); a bare "3"
// is no page's number, it may be a list's
describe("page numbers written with the word for a page", () => {
  it.each([
    ["페이지 1 / 4", "페이지 2 / 4"],
    ["1 / 4 쪽", "2 / 4 쪽"],
    ["Page 1 of 4", "Page 2 of 4"],
  ])("blanks '%s' and '%s'", (first, second) => {
    const lines = ["누리 재단 개인정보 처리방침", "1. 처리 목적", first, "2. 처리 항목", second, "3. 파기"];
    const plain = withoutPageFurniture(lines);
    expect([plain[2], plain[4]]).toEqual(["", ""]);
    expect(plain[3]).toBe("2. 처리 항목");
  });
  it("leaves bare numbers alone", () => {
    const lines = ["1", "가. 성명", "2", "나. 연락처"];
    expect(withoutPageFurniture(lines)).toBe(lines);
  });
});

// a table written one cell per line that a page break cuts goes on after the break; a paragraph after its last row
// is not a row
describe("a one-cell-per-line table across a page break", () => {
  const lines = [
    "누리 재단 개인정보 처리방침", // 1
    "", // 2
    "6. 개인정보 처리업무의 위탁", // 3
    "재단은 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.", // 4
    "", // 5
    "수탁자", // 6
    "", // 7
    "위탁업무 내용", // 8
    "", // 9
    "", // 10
    "페이지 2 / 3", // 11
    "", // 12
    "㈜누리정보", // 13
    "", // 14
    "장학생 관리 프로그램 운영", // 15
    "", // 16
    "재단은 위탁계약을 맺을 때 「개인정보 보호법」 제26조에 따라 위탁업무 수행목적", // 17
    "외 개인정보 처리금지 등을 계약서에 적고 있습니다.", // 18
    "", // 19
    "7.", // 20
    "개인정보의 파기", // 21
    "재단은 보유 기간이 지나면 지체 없이 파기합니다.", // 22
    "", // 23
    "페이지 3 / 3", // 24
  ];
  it("reads the rows after the break, and ends the table at the paragraph", async () => {
    const document = await parsePolicy(lines.join("\n"), "text");
    const table = document.tables.find((candidate) => candidate.header.cells[0]?.text === "수탁자");
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([["㈜누리정보", "장학생 관리 프로그램 운영"]]);
    expect(table?.endLine).toBe(15);
  });
});

// a PDF's two-column record copied out label over value, each on a line of its own
describe("a record written label over value", () => {
  const record = (...fields: string[]) => [
    "누리 재단 개인정보 처리방침",
    "",
    "5. 개인정보의 제3자 제공",
    "재단은 장학금 지급을 위하여 다음과 같이 개인정보를 제공합니다.",
    "",
    ...fields,
  ];
  it("reads three or more fields as one record, blank lines between them or not", async () => {
    const document = await parsePolicy(
      record("제공받는 자", "", "㈜누리은행", "", "제공 목적", "장학금 계좌 입금", "제공 항목", "", "장학생 성명, 계좌번호").join("\n"),
      "text",
    );
    const table = document.tables.find((candidate) => candidate.header.cells[0]?.text === "제공받는 자");
    expect(table?.header.cells.map((cell) => cell.text)).toEqual(["제공받는 자", "제공 목적", "제공 항목"]);
    expect(table?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["㈜누리은행", "장학금 계좌 입금", "장학생 성명, 계좌번호"],
    ]);
  });
  it("leaves two fields, and a label over a sentence's list, as text", async () => {
    const document = await parsePolicy(record("제공받는 자", "㈜누리은행", "제공 목적", "장학금 계좌 입금").join("\n"), "text");
    expect(document.tables).toEqual([]);
  });
  // a colon says the line is a label: two such fields are a record
  it("reads two fields whose labels end in a colon as one record", async () => {
    const document = await parsePolicy(record("제공받는 자:", "㈜누리은행", "제공 목적 :", "장학금 계좌 입금").join("\n"), "text");
    expect(document.tables.map((table) => table.rows.map((row) => row.cells.map((cell) => cell.text)))).toEqual([
      [["㈜누리은행", "장학금 계좌 입금"]],
    ]);
  });
  it("leaves a colon label over a numbered list as text", async () => {
    const document = await parsePolicy(record("제공 목적:", "1. 장학금 계좌 입금", "제공 항목:", "1. 장학생 성명").join("\n"), "text");
    expect(document.tables).toEqual([]);
  });
});
