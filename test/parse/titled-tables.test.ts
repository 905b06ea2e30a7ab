// Tables that are each one section: the section's numbered title in the first cell of the first row, that cell left
// blank below ("| 구분 | 내용 |" / "| 6. 개인정보의 파기 | 절차: … |" / "| | 방법: … |"), among sections given as
// captions over tables ("**표 4. 개인정보의 제3자 제공**").
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (contact: string) => [
  "# 새봄 요가원 개인정보 처리방침", // 1
  "", // 2
  "새봄 요가원(이하 '요가원')은 회원의 개인정보를 다음과 같이 처리합니다.", // 3
  "", // 4
  "| 구분 | 내용 |", // 5
  "|---|---|", // 6
  "| 1. 개인정보의 처리 목적 | 수강 등록과 출석 관리 |", // 7
  "| | 수강료 결제와 환불 |", // 8
  "", // 9
  "**표 2. 처리하는 개인정보 항목**", // 10
  "", // 11
  "| 구분 | 항목 |", // 12
  "|---|---|", // 13
  "| 수강 회원 | 성명, 휴대전화번호, 결제 정보 |", // 14
  "", // 15
  "| 구분 | 내용 |", // 16
  "|---|---|", // 17
  "| 3. 개인정보의 파기 절차 및 방법 | 절차: 수강 종료 후 1년이 지난 정보는 원장이 확인하여 지체 없이 파기합니다. |", // 18
  "| | 방법: 전자 파일은 복구할 수 없게 지우고, 종이 서류는 분쇄합니다. |", // 19
  "", // 20
  "| 구분 | 내용 |", // 21
  "|---|---|", // 22
  "| 4. 개인정보 보호책임자 | 성명: 원장 윤새봄 |", // 23
  `| | ${contact} |`, // 24
  "", // 25
  "**표 5. 개인정보의 안전성 확보조치**", // 26
  "", // 27
  "| 구분 | 조치 |", // 28
  "|---|---|", // 29
  "| 관리적 조치 | 내부관리계획 수립, 직원 교육 |", // 30
];

describe("a table a section, its numbered title in the first cell", () => {
  it("heads a section at the title cell, the rows under it its body", async () => {
    const document = await parsePolicy(policy("연락처: 02-555-0134, yoga@saebom.example").join("\n"), "markdown");
    expect(document.allSections.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [1, null, "새봄 요가원 개인정보 처리방침"],
      [7, 1, "개인정보의 처리 목적"],
      [10, null, "표 2. 처리하는 개인정보 항목"],
      [18, 3, "개인정보의 파기 절차 및 방법"],
      [23, 4, "개인정보 보호책임자"],
      [26, null, "표 5. 개인정보의 안전성 확보조치"],
    ]);
  });

  it("finds what the rows under the title give, and no gap where a caption numbers the section between", async () => {
    const text = policy("연락처: 02-555-0134, yoga@saebom.example");
    expect(await findingsOf("required-destruction", text, "markdown")).toEqual([]);
    expect(await findingsOf("dpo-contact", text, "markdown")).toEqual([]);
    expect(await findingsOf("numbering", text, "markdown")).toEqual([]);
  });

  it("still reports what the rows leave out, at the section", async () => {
    const findings = await findingsOf("dpo-contact", policy("담당 부서: 운영팀"), "markdown");
    expect(findings.map((finding) => finding.line)).toEqual([23]);
  });

  it("a table of records, a name in every first cell, heads nothing", async () => {
    const records = [
      "# 새봄 요가원 개인정보 처리방침",
      "",
      "## 1. 개인정보 처리업무의 위탁",
      "",
      "| 수탁자 | 위탁 업무 |",
      "|---|---|",
      "| 1. 개인정보의 처리 목적 | 안내 |",
      "| ㈜누리문자 | 수강 안내 문자 발송 |",
    ];
    const document = await parsePolicy(records.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 3]);
  });
});

// a page whose body is one table, each section a row header spanning its rows ("<th rowspan>"): the header is
// written once, on its first row, and heads one section
describe("a table of sections, each title a row header spanning its rows", () => {
  const page = [
    "<html><body><table>", // 1
    "<caption>늘빛도시공사 개인정보 처리방침</caption>", // 2
    '<tr><th rowspan="2">1. 개인정보의 처리 목적</th><td>임대주택 입주자 선정과 계약 관리</td></tr>', // 3
    "<tr><td>민원 접수와 처리 결과 통보</td></tr>", // 4
    '<tr><th rowspan="3">2. 개인정보의 파기 절차 및 방법</th><td>절차: 보유기간이 지난 정보는 담당 부서장의 승인을 받아 파기합니다.</td></tr>', // 5
    "<tr><td>방법: 전자 파일은 복구할 수 없게 삭제합니다.</td></tr>", // 6
    "<tr><td>종이 문서는 분쇄합니다.</td></tr>", // 7
    '<tr><th rowspan="2">3. 개인정보 보호책임자</th><td>성명: 기획조정실장 남궁다인</td></tr>', // 8
    "<tr><td>연락처: 031-555-0170</td></tr>", // 9
    "</table></body></html>",
  ].join("\n");
  it("heads one section a header, and reports no duplicate number", async () => {
    const document = await parsePolicy(page, "html");
    expect(document.allSections.filter((section) => section.heading.number !== null).map((section) => section.startLine)).toEqual([
      3, 5, 8,
    ]);
    expect(await findingsOf("numbering", page, "html")).toEqual([]);
  });
});

// a field written in a cell of such a table ("| | 제공받는 자: 제휴 인쇄 업체 |"): the bar that closes the row is none of
// its value
describe("a field in a cell of a section's table", () => {
  const provision = (recipient: string) => [
    "# 새봄 요가원 개인정보 처리방침",
    "",
    "| 구분 | 내용 |",
    "|---|---|",
    "| 1. 개인정보의 처리 목적 | 수강 등록과 출석 관리 |",
    "",
    "| 구분 | 내용 |",
    "|---|---|",
    "| 2. 개인정보의 제3자 제공 | 요가원은 동의를 받은 경우에만 제공합니다. |",
    `| | 제공받는 자: ${recipient} |`, // 10
    "| | 제공 목적: 수료증 인쇄와 발송 |",
    "| | 제공 항목: 이름, 주소 |",
    "| | 보유 기간: 발송 후 1개월 |",
  ];
  it("reads a kind given as the recipient, and leaves a name alone", async () => {
    expect((await findingsOf("third-party-provision", provision("제휴 인쇄 업체"), "markdown")).map((f) => [f.line, f.messageId])).toEqual([
      [10, "recipientKind"],
    ]);
    expect(await findingsOf("third-party-provision", provision("㈜한빛인쇄"), "markdown")).toEqual([]);
  });
});

// "| 5. 개인정보 처리업무의 위탁 | 위탁 업무 | 위탁 기간 |" over the records: the header's first cell titles the section,
// numbered on with the Markdown headings around it, and the column under it is the table's first, unnamed
describe("a table whose header's first cell is the section's numbered title", () => {
  const policy = (processor: string) => [
    "# 다온웹툰 개인정보 처리방침", // 1
    "",
    "## 1. 개인정보의 처리 목적", // 3
    "회원 관리와 유료 결제 처리에 씁니다.",
    "",
    "| 2. 개인정보 처리업무의 위탁 | 위탁 업무 | 위탁 기간 |", // 6
    "|---|---|---|",
    "| 주식회사 페이온 | 결제 대행 | 계약 종료 시까지 |", // 8
    `| ${processor} | 서버 운영과 데이터 보관 | 계약 종료 시까지 |`, // 9
    "",
    "## 3. 개인정보의 파기", // 11
    "보유 기간이 끝난 정보는 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지웁니다.",
  ];
  it("heads a section at the Markdown headings' level, with no gap in their numbering", async () => {
    const text = policy("주식회사 구름호스팅");
    const document = await parsePolicy(text.join("\n"), "markdown");
    expect(document.sections.map((section) => [section.startLine, section.heading.number])).toEqual([
      [1, null],
      [3, 1],
      [6, 2],
      [11, 3],
    ]);
    expect(await findingsOf("numbering", text, "markdown")).toEqual([]);
  });
  it("reads the first column as the processors", async () => {
    expect(await findingsOf("processor-disclosure", policy("주식회사 구름호스팅"), "markdown")).toEqual([]);
    const kind = await findingsOf("processor-disclosure", policy("클라우드 호스팅 업체"), "markdown");
    expect(kind.map((f) => [f.line, f.messageId])).toEqual([[9, "unnamedProcessor"]]);
  });
  it("a header of long sentences is no title over columns", async () => {
    const text = policy("주식회사 구름호스팅");
    text[5] = "| 2. 개인정보 처리업무의 위탁 | 회사는 결제와 서버 운영을 아래 업체에 맡기고 있습니다. | 비고 |";
    const document = await parsePolicy(text.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(6);
  });
});

// sections titled four ways in one Markdown file: "## 제1조", a bold article "**제2조 …**", a table whose second header
// cell holds the title after a generic "구분", and one whose title cell has an empty cell beside it
describe("articles titled as headings, bold lines and table header cells in one file", () => {
  const text = [
    "# 새봄웹툰 개인정보 처리방침", // 1
    "",
    "## 제1조 개인정보의 처리 목적", // 3
    "회원 관리와 유료 결제 처리에 씁니다.",
    "",
    "**제2조 개인정보의 제3자 제공**", // 6
    "",
    "회사는 개인정보를 제3자에게 제공하지 않습니다.",
    "",
    "| 구분 | 제3조 개인정보의 처리 및 보유 기간 |", // 10
    "|---|---|",
    "| 회원 정보 | 탈퇴 시까지 |",
    "",
    "| 제4조 개인정보 보호책임자 | |", // 14
    "|---|---|",
    "| 성명 | 개발팀장 한누리 (02-555-0100) |",
    "",
    "## 제5조 개인정보 처리방침의 변경", // 18
    "이 방침은 2026년 1월 1일부터 시행합니다.",
  ];
  it("reads each as an article at one level, with no gap", async () => {
    const document = await parsePolicy(text.join("\n"), "markdown");
    expect(document.sections.map((section) => [section.startLine, section.heading.number])).toEqual([
      [1, null],
      [3, 1],
      [6, 2],
      [10, 3],
      [14, 4],
      [18, 5],
    ]);
    expect(await findingsOf("numbering", text, "markdown")).toEqual([]);
  });
});

// a page's table whose row headers, each over rows of several lines ("<tr>" / "<th rowspan>" / "<td>…"), title the
// sections 5 to 7
describe("a page's table of sections whose rows run over several lines", () => {
  const page = [
    "<html><body>", // 1
    "<h2>4. 개인정보의 처리 목적</h2>", // 2
    "<p>진료 예약에 씁니다.</p>", // 3
    "<table border='1'>", // 4
    " <tr>", // 5
    "  <th rowspan='2'>5. 정보주체의 권리·의무 및 행사방법</th>", // 6
    "  <td>환자는 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.</td>",
    " </tr>",
    " <tr>",
    "  <td>요구는 서면, 전화(02-555-0142)로 하실 수 있습니다.</td>",
    " </tr>",
    " <tr>", // 12
    "  <th rowspan='2'>6. 개인정보의 파기 절차 및 방법</th>", // 13
    "  <td>보유기간이 지나면 원장의 승인을 받아 지체 없이 파기합니다.</td>",
    " </tr>",
    " <tr>",
    "  <td>전자 파일은 복구할 수 없게 삭제하고 종이는 분쇄합니다.</td>",
    " </tr>",
    "</table>",
    "<h2>7. 개인정보 보호책임자</h2>", // 20
    "<p>원장 오세윤 (02-555-0141)</p>",
    "</body></html>",
  ].join("\n");
  it("heads a section at each row header", async () => {
    const document = await parsePolicy(page, "html");
    expect(document.sections.map((section) => section.heading.number)).toEqual([4, 5, 6, 7]);
    expect(await findingsOf("numbering", page, "html")).toEqual([]);
  });
});
