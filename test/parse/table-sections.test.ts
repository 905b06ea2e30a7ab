import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = async (html: string) =>
  (await parsePolicy(html, "html")).allSections.map((section) => [section.startLine, section.heading.title]);

// A page built of one <table> a section, the title in the table's first row as one cell across it (a <th colspan>
// or a <td colspan>): the title heads a section, the rows below are its body.
describe("a table whose first row is a title across it", () => {
  const page = (...body: string[]) =>
    ["<html><body>", "<p>한울세무회계(이하 '사무소')는 고객의 개인정보를 다음과 같이 처리합니다.</p>", ...body, "</body></html>"].join(
      "\n",
    );
  const purpose = [
    "<table>", // 3
    '<tr><th colspan="2">이용 목적</th></tr>', // 4
    "<tr><td>세무 신고 대리</td><td>종합소득세·부가가치세 신고서 작성과 제출</td></tr>",
    "</table>",
  ];
  const destruction = (...rows: string[]) => [
    "<table>", // 7
    '<tr><td colspan="2">자료의 파기 절차와 방법</td></tr>', // 8
    ...rows,
    "</table>",
  ];

  it("reads each such title as a section, a <th> or a <td> alike", async () => {
    const html = page(
      ...purpose,
      ...destruction(
        "<tr><td>절차</td><td>보관 기간이 지난 자료는 대표 세무사의 확인을 받아 파기합니다.</td></tr>",
        "<tr><td>방법</td><td>전자 파일은 복구되지 않게 지우고 종이는 파쇄합니다.</td></tr>",
      ),
    );
    expect(await outline(html)).toEqual([
      [4, "이용 목적"],
      [8, "자료의 파기 절차와 방법"],
    ]);
  });

  it("the rows below the title are the table, its first row of cells the header", async () => {
    const html = page(...purpose);
    const [table] = (await parsePolicy(html, "html")).tables;
    expect(table.startLine).toBe(5);
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["세무 신고 대리", "종합소득세·부가가치세 신고서 작성과 제출"]);
  });

  it("a section left without its method is reported at its title row", async () => {
    const html = page(
      ...purpose,
      ...destruction("<tr><td>절차</td><td>보관 기간이 지난 자료는 대표 세무사의 확인을 받아 파기합니다.</td></tr>"),
    );
    expect((await findingsOf("required-destruction", html, "html")).map((f) => [f.messageId, f.line])).toEqual([["partMissing", 8]]);
  });

  it("a table holding only its title and sentences across it is a section of text", async () => {
    const html = page(
      ...purpose,
      "<table>", // 7
      '<tr><th colspan="2">정보주체의 권리</th></tr>', // 8
      '<tr><td colspan="2">고객은 자신의 개인정보를 열람하거나 정정·삭제를 요구할 수 있습니다.</td></tr>',
      "</table>",
    );
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => section.startLine)).toEqual([4, 8]);
    expect(document.tables.map((table) => table.startLine)).toEqual([5]);
    const rights = await findingsOf("required-rights", html, "html");
    expect(rights.map((f) => f.line)).toEqual([8]);
  });

  it("a sentence across the top of a table is no title", async () => {
    const html = page(
      "<table>",
      '<tr><td colspan="2">사무소는 아래 업무를 위하여 개인정보를 이용합니다.</td></tr>',
      "<tr><td>세무 신고 대리</td><td>신고서 작성과 제출</td></tr>",
      "</table>",
    );
    expect(await outline(html)).toEqual([]);
  });

  it("under heading tags, a titled table is a part of its section and its columns are read from the row below", async () => {
    const html = [
      "<html><body>",
      "<h1>한울세무회계 개인정보 처리방침</h1>",
      "<h2>1. 개인정보 처리업무의 위탁</h2>",
      "<table>",
      '<tr><th colspan="2">맡긴 업무 목록</th></tr>', // 5
      "<tr><th>수탁자</th><th>위탁업무</th></tr>",
      "<tr><td>㈜세움전산</td><td>세무 프로그램 유지보수</td></tr>",
      "<tr><td>㈜누리문서</td><td></td></tr>", // 8
      "</table>",
      "</body></html>",
    ].join("\n");
    expect(await outline(html)).toEqual([
      [2, "한울세무회계 개인정보 처리방침"],
      [3, "개인정보 처리업무의 위탁"],
      [5, "맡긴 업무 목록"],
    ]);
    expect((await findingsOf("processor-disclosure", html, "html")).map((f) => [f.messageId, f.line])).toEqual([["emptyTask", 8]]);
  });
});

// A policy written as one Markdown table, a row an item: the item's title in one cell, its text in the next ("<br>"
// breaking its lines). The rows are the policy's sections, the title cell each one's heading.
describe("a policy written as one table of items", () => {
  const policy = (...rows: string[]) =>
    [
      "# 숲속요가 개인정보 처리방침",
      "",
      "숲속요가(이하 '센터')는 회원의 개인정보를 아래 표와 같이 처리합니다.",
      "",
      "| 순번 | 구분 | 설명 |",
      "| --- | --- | --- |",
      ...rows,
    ].join("\n");
  const purpose = "| 1 | 개인정보의 처리 목적 | 센터는 수강 등록과 출석 확인, 수강료 정산을 위하여 개인정보를 처리합니다. |"; // 7
  const items = "| 2 | 처리하는 개인정보 항목 | 센터는 이름, 휴대전화번호, 생년월일, 수강권 종류를 처리합니다. |"; // 8
  const retention = "| 3 | 개인정보의 보유 및 이용 기간 | 회원 정보는 수강권이 끝난 뒤 1년 동안 보관하고 그 뒤에 파기합니다. |"; // 9
  const processors =
    "| 4 | 개인정보 처리의 위탁 | 센터는 아래와 같이 업무를 위탁합니다.<br>- 푸른결제㈜: 수강료 카드 결제<br>- ㈜다온문자: 수업 안내 문자 발송 |"; // 10
  const rights =
    "| 5 | 정보주체의 권리와 행사 방법 | 회원은 언제든지 자신의 개인정보를 열람하고 정정·삭제·처리정지를 요구할 수 있습니다. |"; // 11

  it("reads each row as a section, its title cell the heading and its number cell the number", async () => {
    const document = await parsePolicy(policy(purpose, items, retention, processors, rights), "markdown");
    expect(document.allSections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [7, 1, "개인정보의 처리 목적"],
      [8, 2, "처리하는 개인정보 항목"],
      [9, 3, "개인정보의 보유 및 이용 기간"],
      [10, 4, "개인정보 처리의 위탁"],
      [11, 5, "정보주체의 권리와 행사 방법"],
    ]);
    expect(document.tables).toEqual([]);
  });

  it("a row is the item's section: a list its cell breaks into lines is read, and what the row leaves out is reported there", async () => {
    const overseas =
      "| 6 | 개인정보의 국외 이전 | 센터는 회원 정보를 아래와 같이 국외에 보관합니다.<br>- 이전받는 자: Google LLC (문의: privacy-kr@google.com)<br>- 이전 국가: 미국<br>- 이전 항목: 이름, 휴대전화번호 |"; // 12
    const text = policy(purpose, items, retention, processors, rights, overseas);
    expect(await findingsOf("processor-disclosure", text, "markdown")).toEqual([]);
    const transfer = await findingsOf("overseas-transfer", text, "markdown");
    expect(transfer.map((f) => f.line)).toEqual([12]);
    expect(transfer[0].message).not.toMatch(/연락처/);
  });

  it("a row's list that names a kind of company, not the company, is still reported at the row", async () => {
    const vague =
      "| 4 | 개인정보 처리의 위탁 | 센터는 아래와 같이 업무를 위탁합니다.<br>- 결제대행사: 수강료 카드 결제<br>- ㈜다온문자: 수업 안내 문자 발송 |";
    const found = await findingsOf("processor-disclosure", policy(purpose, items, retention, vague, rights), "markdown");
    expect(found.map((f) => f.line)).toEqual([10]);
  });

  // a table of a word or two a cell: a summary, not the policy's sections
  const SUMMARY_ROWS = [
    "| 구분 | 내용 |",
    "| --- | --- |",
    "| 처리 목적 | 수강 관리 |",
    "| 처리 항목 | 이름, 연락처 |",
    "| 보유 기간 | 1년 |",
    "| 파기 | 즉시 |",
  ];

  it("a summary table of a word a cell in a sectioned policy stays a table", async () => {
    const text = [
      "# 숲속요가 개인정보 처리방침",
      "",
      "## 요약",
      "",
      ...SUMMARY_ROWS,
      "",
      "## 1. 개인정보의 처리 목적",
      "",
      "센터는 수강 등록을 위하여 개인정보를 처리합니다.",
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.allSections.map((section) => section.heading.title)).toEqual([
      "숲속요가 개인정보 처리방침",
      "요약",
      "개인정보의 처리 목적",
    ]);
    expect(document.tables.map((table) => table.startLine)).toEqual([5]);
  });

  it("a policy with no sections keeps a table of short values a table", async () => {
    const text = ["숲속요가 개인정보 처리방침", "", ...SUMMARY_ROWS].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.tables.map((table) => table.startLine)).toEqual([3]);
  });
});

// The same on a page, each row set over several lines: the number cell, the title in a <th>, the text in a cell
// that holds lists
describe("a page written as one table of items, a row over several lines", () => {
  const row = (number: number, title: string, ...body: string[]) => [
    "<tr>",
    `<td>${number}</td>`,
    `<th>${title}</th>`,
    "<td>",
    ...body,
    "</td>",
    "</tr>",
  ];
  const page = (...rows: string[][]) =>
    ["<html><body>", "<h1>별숲 상품권 개인정보 처리방침</h1>", '<table class="policy">', ...rows.flat(), "</table>", "</body></html>"].join(
      "\n",
    );
  const purpose = row(
    1,
    "개인정보의 처리 목적",
    "회사는 모바일 상품권의 발송과 잔액 안내, 유효기간 만료 안내, 환불 처리를 위하여 개인정보를 처리합니다.",
  ); // 4–10
  const items = row(
    2,
    "처리하는 개인정보의 항목",
    "<ul>",
    "<li>구매자: 이름, 휴대전화번호, 결제 승인번호, 카드사명</li>",
    "<li>받는 분: 휴대전화번호(상품권 발송에만 씁니다)</li>",
    "</ul>",
  ); // 11–20
  const retention = row(
    3,
    "개인정보의 처리 및 보유 기간",
    "회원 정보는 탈퇴할 때까지 보관하고, 대금결제 및 재화 등의 공급에 관한 기록은 5년 동안 보관합니다.",
  ); // 21–27
  const processors = (processor: string) =>
    row(
      4,
      "개인정보 처리업무의 위탁",
      "<ul>",
      `<li>수탁자: ${processor} / 위탁업무: 신용카드·휴대폰·계좌이체로 하는 상품권 결제 처리</li>`,
      "</ul>",
    ); // 28–36

  it("reads each row as a section headed at its title cell, the number cell above it the number", async () => {
    const document = await parsePolicy(page(purpose, items, retention, processors("㈜누리페이")), "html");
    expect(document.allSections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [6, 1, "개인정보의 처리 목적"],
      [13, 2, "처리하는 개인정보의 항목"],
      [23, 3, "개인정보의 처리 및 보유 기간"],
      [30, 4, "개인정보 처리업무의 위탁"],
    ]);
    expect(document.tables).toEqual([]);
  });

  it("reports what a row leaves out at the row", async () => {
    const found = await findingsOf("processor-disclosure", page(purpose, items, retention, processors("PG사")), "html");
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[33, "unnamedProcessor"]]);
  });
});

// A word processor's drawn table as the whole policy: a row a section, the number and the title in the row's first
// line and the text cell running down the row's lines; the other cells of those lines empty.
describe("a policy drawn as one box table, a row over several lines", () => {
  type Stroke = { top: string; between: string; bottom: string; bar: string };
  const HEAVY: Stroke = {
    top: "┏━━━━┳━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┓",
    between: "┣━━━━╋━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━┫",
    bottom: "┗━━━━┻━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━┛",
    bar: "┃",
  };
  const ASCII: Stroke = {
    top: "+----+------------------+----------------+",
    between: "+----+------------------+----------------+",
    bottom: "+----+------------------+----------------+",
    bar: "|",
  };
  const row = (stroke: Stroke, number: string, title: string, ...text: string[]) =>
    text.map((line, at) => {
      const cells = at === 0 ? [` ${number.padEnd(3)}`, ` ${title.padEnd(16)}`] : ["    ", " ".repeat(17)];
      return `${stroke.bar}${cells[0]}${stroke.bar}${cells[1]}${stroke.bar} ${line.padEnd(60)}${stroke.bar}`;
    });
  const policy = (stroke: Stroke, rights: string) =>
    [
      "단비 동네 공방 개인정보 처리방침", // 1
      "",
      "단비 공방(이하 '공방')은 수강생의 개인정보를 아래 표와 같이 처리합니다.", // 3
      "",
      stroke.top, // 5
      ...row(
        stroke,
        "1",
        "개인정보의 처리 목적",
        "공방은 다음 목적으로 개인정보를 처리합니다.",
        "- 목공 수업 신청 접수와 수업 일정 안내",
        "- 재료비 정산과 영수증 발급",
      ), // 6–8
      stroke.between, // 9
      ...row(stroke, "2", "처리하는 개인정보 항목", "- 필수: 이름, 휴대전화번호", "- 선택: 작품 사진(전시 동의자만)"), // 10–11
      stroke.between, // 12
      ...row(stroke, "3", "개인정보의 보유 기간", "수강 기록은 마지막 수업일부터 1년 동안 보관하고", "그 뒤 지체 없이 파기합니다."), // 13–14
      stroke.between, // 15
      ...row(stroke, "4", "개인정보 처리의 위탁", "공방은 아래와 같이 업무를 맡깁니다.", "- 온빛결제㈜: 수강료 카드 결제 처리"), // 16–17
      stroke.between, // 18
      ...row(stroke, "5", "정보주체의 권리와 행사 방법", rights, "요청은 공방 전화(031-555-0192)나 방문으로 하실 수 있습니다."), // 19–20
      stroke.bottom, // 21
      "",
      "이 방침은 2026년 3월 2일부터 시행합니다.", // 23
    ].join("\n");
  const ALL_RIGHTS = "수강생은 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있고";

  it.each([
    ["heavy strokes", HEAVY],
    ["an ASCII grid", ASCII],
  ])("reads each row as a section at its first line, drawn with %s", async (_, stroke) => {
    const document = await parsePolicy(policy(stroke, ALL_RIGHTS));
    expect(document.allSections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [6, 1, "개인정보의 처리 목적"],
      [10, 2, "처리하는 개인정보 항목"],
      [13, 3, "개인정보의 보유 기간"],
      [16, 4, "개인정보 처리의 위탁"],
      [19, 5, "정보주체의 권리와 행사 방법"],
    ]);
    expect(document.tables).toEqual([]);
    // the drawing is blanked: a row's later lines read as the text cell's lines
    expect(document.plain[6].trim()).toBe("- 목공 수업 신청 접수와 수업 일정 안내");
    expect(document.plain[8].trim()).toBe("");
    expect(document.allSections[1].heading.inlineBody).toBe("공방은 다음 목적으로 개인정보를 처리합니다.");
  });

  it("reports what a row leaves out at the row, and nothing the rows give", async () => {
    const partial = policy(HEAVY, "수강생은 자신의 개인정보를 열람하고 정정하도록 요구할 수 있으며");
    expect((await findingsOf("required-rights", partial)).map((finding) => finding.line)).toEqual([19]);
    const whole = policy(HEAVY, ALL_RIGHTS);
    for (const rule of ["required-rights", "required-purpose", "required-items", "required-retention", "processor-disclosure"])
      expect(await findingsOf(rule, whole), rule).toEqual([]);
  });

  it("a drawn table of records, a row over several lines, stays a table", async () => {
    const text = [
      "단비 공방 개인정보 처리방침",
      "",
      "1. 개인정보의 보유 기간",
      "┌──────────────┬────────────┬──────────────┐",
      "│ 기록         │ 근거       │ 기간         │",
      "├──────────────┼────────────┼──────────────┤",
      "│ 대금결제 및  │ 전자상거래 │ 5년          │",
      "│ 재화 공급 기록│ 법         │              │",
      "├──────────────┼────────────┼──────────────┤",
      "│ 소비자 불만  │ 전자상거래 │ 3년          │",
      "│ 처리 기록    │ 법         │              │",
      "├──────────────┼────────────┼──────────────┤",
      "│ 접속 기록    │ 통신비밀   │ 3개월        │",
      "│              │ 보호법     │              │",
      "├──────────────┼────────────┼──────────────┤",
      "│ 수강 기록    │ 내부 방침  │ 1년          │",
      "└──────────────┴────────────┴──────────────┘",
      "",
      "2. 개인정보의 파기",
      "보유 기간이 끝난 개인정보는 지체 없이 파기합니다.",
    ].join("\n");
    const document = await parsePolicy(text);
    expect(document.tables.map((table) => [table.form, table.startLine])).toEqual([["box", 4]]);
    expect(document.plain[6]).toContain("│");
  });
});
