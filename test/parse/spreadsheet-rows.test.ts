// A policy kept in a spreadsheet, one row an entry: the item's number and name written again on each of its rows
// ("7⇥파기⇥절차⇥…" / "7⇥파기⇥방법⇥…"), saved as TSV or CSV. The rows of one item are one section, and the entries a
// number carries under other names ("6⇥처리 위탁", "6⇥국외 이전") are that item's, not a duplicate of its number.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { lintText } from "../../src/pipeline/lint.js";

const rows = [
  ["순번", "분류", "세목", "설명"], // 1
  ["0", "표제", "", "한결 방문요양센터 개인정보 처리방침"], // 2
  ["0", "머리말", "", "한결 방문요양센터(이하 '센터')는 「개인정보 보호법」 제30조에 따라 이 처리방침을 공개합니다."], // 3
  ["1", "처리 목적", "서비스 계약", "방문요양 서비스 계약의 체결과 이행, 이용자와 보호자의 확인"], // 4
  ["1", "처리 목적", "급여 청구", "장기요양급여비용 청구와 본인부담금 수납"], // 5
  ["2", "처리 항목", "이용자", "성명, 생년월일, 주소, 장기요양인정번호, 장기요양등급"], // 6
  ["2", "처리 항목", "보호자", "성명, 이용자와의 관계, 휴대전화번호"], // 7
  ["3", "보유 기간", "계약서", "계약 종료일로부터 3년 보관 후 파기"], // 8
  ["3", "보유 기간", "수납 장부", "5년 (「국세기본법」 제85조의3)"], // 9
  ["4", "처리 위탁", "㈜돌봄소프트", "장기요양 급여관리 프로그램의 운영과 유지보수"], // 10
  ["4", "국외 이전", "", "센터는 개인정보를 국외로 이전하지 않습니다."], // 11
  ["5", "파기", "절차", "보유 기간이 지난 개인정보는 센터장이 확인한 뒤 지체 없이 파기합니다."], // 12
  ["5", "파기", "방법", "전자 파일은 복구할 수 없게 지우고 종이 문서는 분쇄합니다."], // 13
  ["6", "정보주체 권리", "권리", "이용자와 보호자는 열람, 정정·삭제, 처리정지를 요구할 수 있습니다."], // 14
  ["6", "정보주체 권리", "방법", "센터 방문 또는 서면·전화(031-555-0190)로 요청할 수 있습니다."], // 15
];
const tsv = rows.map((cells) => cells.join("\t")).join("\n");
const csv = rows.map((cells) => cells.map((cell) => (cell.includes(",") ? `"${cell}"` : cell)).join(",")).join("\n");

describe.each([
  ["TSV", tsv],
  ["CSV", csv],
])("a spreadsheet of entries saved as %s", (_, text) => {
  it("reads each item's rows as one section, its number once, and the name cell as the title", async () => {
    const document = await parsePolicy(text);
    expect(document.title).toMatchObject({ text: "한결 방문요양센터 개인정보 처리방침", line: 2 });
    const outline = document.allSections
      .filter((section) => section.startLine > 3)
      .map((section) => [section.startLine, section.endLine, section.heading.number, section.heading.title]);
    expect(outline).toEqual([
      [4, 5, 1, "처리 목적"],
      [6, 7, 2, "처리 항목"],
      [8, 9, 3, "보유 기간"],
      [10, 11, 4, "처리 위탁"],
      [11, 11, null, "국외 이전"],
      [12, 13, 5, "파기"],
      [14, 15, 6, "정보주체 권리"],
    ]);
  });

  it("reports no duplicate numbers, and no item its rows give", async () => {
    const { findings } = await lintText(text, "policy.txt");
    const reported = findings.filter((finding) => finding.severity !== "info").map((finding) => finding.ruleId);
    expect(reported).not.toContain("numbering");
    for (const rule of ["required-purpose", "required-items", "required-retention", "required-destruction", "required-rights"])
      expect(reported).not.toContain(rule);
  });
});

describe("a spreadsheet's row whose title cell is left blank", () => {
  it("continues the item above it", async () => {
    const blanked = rows.map((cells, index) => (index === 12 || index === 14 ? ["", "", ...cells.slice(2)] : cells));
    const document = await parsePolicy(blanked.map((cells) => cells.join("\t")).join("\n"));
    const destruction = document.allSections.find((section) => section.heading.title === "파기");
    expect([destruction?.startLine, destruction?.endLine]).toEqual([12, 13]);
  });
});

// each entry's label cell and value cell read as the field they are ("수납 장부: 5년"), the item's number and title
// written again on its later rows read once
describe("a spreadsheet's entries as fields", () => {
  const sheet = (period: string) =>
    rows
      .map((cells, index) => (index === 8 ? ["3", "보유 기간", "급여 제공 기록", period] : cells))
      .map((cells) => cells.join("\t"))
      .join("\n");
  it("reads an entry kept 'as the law requires' without its law or period", async () => {
    const { findings } = await lintText(sheet("관계 법령에 따라 일정 기간 보관"), "policy.txt");
    expect(findings.filter((f) => f.ruleId === "retention-statute").map((f) => [f.line, f.severity])).toEqual([[9, "warning"]]);
    const kept = await lintText(sheet("급여 제공 종료 후 5년 (「노인장기요양보험법 시행규칙」 제22조)"), "policy.txt");
    expect(kept.findings.filter((f) => f.ruleId === "retention-statute")).toEqual([]);
  });
  it("blanks the item's title on its later rows, so the label opens the line", async () => {
    const document = await parsePolicy(sheet("5년"));
    expect(document.plain[8].trim()).toBe("급여 제공 기록:5년");
  });
});

// the row that titles an item gives its first entry on the same line, then a note cell: the entry is a field there
// too ("수탁자: 급여관리 프로그램 공급업체", the note apart), so a processor given only as a kind is found on it
describe("a spreadsheet's first entry of an item, on the item's title row", () => {
  const sheet = (processor: string, join: (cells: string[]) => string) =>
    rows
      .map((cells) => [...cells, ""])
      .map((cells, index) => (index === 9 ? ["4", "처리 위탁", "수탁자", processor, "프로그램 운영과 유지보수"] : cells))
      .map(join)
      .join("\n");
  const tabs = (cells: string[]) => cells.join("\t");
  const commas = (cells: string[]) => cells.map((cell) => (cell.includes(",") ? `"${cell}"` : cell)).join(",");
  const processorFindings = async (text: string) =>
    (await lintText(text, "policy.txt")).findings.filter((f) => f.ruleId === "processor-disclosure").map((f) => [f.line, f.messageId]);
  it.each([
    ["TSV", tabs],
    ["CSV", commas],
  ])("reports a kind of business given for the processor (%s)", async (_, join) => {
    expect(await processorFindings(sheet("급여관리 프로그램 공급업체", join))).toEqual([[10, "unnamedProcessor"]]);
    expect(await processorFindings(sheet("㈜돌봄소프트", join))).toEqual([]);
  });
});

// a sheet saved with empty columns after its named ones ("순번,분류,세목,설명,,"): the same sheet
describe("a spreadsheet saved with empty columns after its named ones", () => {
  it.each([
    ["CSV", (cells: string[]) => cells.map((cell) => (cell.includes(",") ? `"${cell}"` : cell)).join(",")],
    ["TSV", (cells: string[]) => cells.join("\t")],
  ])("is read as the sheet it is (%s)", async (_, join) => {
    const text = rows.map((cells) => join([...cells, "", ""])).join("\n");
    const document = await parsePolicy(text);
    expect(document.title).toMatchObject({ text: "한결 방문요양센터 개인정보 처리방침", line: 2 });
    expect(document.allSections.filter((section) => section.heading.number === 3).map((section) => section.heading.title)).toEqual([
      "보유 기간",
    ]);
  });
});
