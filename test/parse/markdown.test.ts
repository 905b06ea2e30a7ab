import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

const markdown = [
  "# 하늘앱 개인정보 처리방침", // 1
  "", // 2
  "## 1. 처리하는 개인정보 항목", // 3
  "", // 4
  "- **필수**: 이메일", // 5
  "", // 6
  "## 2. 처리 위탁", // 7
  "", // 8
  "| 수탁자 | 위탁업무 |", // 9
  "| --- | --- |", // 10
  "| 구름호스팅 | 서버 운영 |", // 11
  "", // 12
  "### 2-1. 재위탁", // 13
  "없음", // 14
].join("\n");

describe("Markdown", () => {
  it("maps headings to the file's lines, with their numbers and titles", async () => {
    const document = await parsePolicy(markdown, "markdown");
    expect(document.title).toMatchObject({ text: "하늘앱 개인정보 처리방침", line: 1 });
    const headings = document.allSections.map((section) => [
      section.startLine,
      section.level,
      section.heading.number,
      section.heading.title,
    ]);
    expect(headings).toEqual([
      [1, 1, null, "하늘앱 개인정보 처리방침"],
      [3, 1, 1, "처리하는 개인정보 항목"],
      [7, 1, 2, "처리 위탁"],
      [13, 2, 1, "재위탁"],
    ]);
    expect(document.allSections[2].endLine).toBe(14);
  });

  it("reads GFM tables with each cell's line and column", async () => {
    const document = await parsePolicy(markdown, "markdown");
    const [table] = document.tables;
    expect(table.form).toBe("markdown");
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁자", "위탁업무"]);
    expect(table.rows[0].cells).toEqual([
      { text: "구름호스팅", line: 11, column: 3 },
      { text: "서버 운영", line: 11, column: 11 },
    ]);
  });

  it("masks Markdown syntax keeping every line's length, a word the markup split rejoined", async () => {
    const document = await parsePolicy(markdown, "markdown");
    expect(document.plain[4]).toBe("-   필수:   이메일");
    expect(document.plain.every((line, index) => line.length === document.lines[index].length)).toBe(true);
  });

  // "**자동화된 결정**을 하지 않습니다": the particle follows its noun again, and the words after keep their columns
  it.each([
    ["회사는 **자동화된 결정**을 하지 않습니다.", "회사는   자동화된 결정을   하지 않습니다."],
    ["[고객센터](https://example.com/help)로 문의하십시오.", " 고객센터로                            문의하십시오."],
    ["**중요** 안내", "  중요   안내"],
  ])("masks '%s' as '%s'", async (line, plain) => {
    const document = await parsePolicy(`# 처리방침\n\n${line}`, "markdown");
    expect(document.plain[2]).toBe(plain);
  });

  it("reads headings and tables the same when paragraphs carry links and emphasis, however many", async () => {
    const text = [
      "# 해솔 개인정보 처리방침", // 1
      "", // 2
      `안내: ${"[고지](https://example.com/a) **중요** ".repeat(3_000)}`, // 3
      "", // 4
      "요약 [보기](#s)", // 5
      "------", // 6: a setext heading over line 5
      "", // 7
      "```", // 8
      "# 코드 안의 줄", // 9: not a heading
      "```", // 10
      "", // 11
      "## 3. [위탁](#t) 현황", // 12
      "", // 13
      "| 수탁자 | 위탁업무 |", // 14
      "| --- | --- |", // 15
      "| [한빛클라우드](https://h.example) | *서버* 운영 |", // 16
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "해솔 개인정보 처리방침"],
      [5, "요약 보기"],
      [12, "위탁 현황"],
    ]);
    const [table] = document.tables;
    expect(table.rows[0].cells.map((cell) => [cell.text, cell.line, cell.column])).toEqual([
      ["한빛클라우드", 16, 3],
      ["서버 운영", 16, 33],
    ]);
  });
});

describe("numbered setext headings", () => {
  // "1. 제목" underlined: CommonMark reads the line as a list item and the underline as a rule
  const policy = [
    "솔빛 개인정보 처리방침", // 1
    "=====================", // 2
    "", // 3
    "솔빛은 이용자의 개인정보를 다음과 같이 처리합니다.", // 4
    "", // 5
    "1. 개인정보의 처리 목적", // 6
    "-----------------------", // 7
    "", // 8
    "회원 관리와 상담 회신에 씁니다.", // 9
    "", // 10
    "2. 개인정보의 보유 기간", // 11
    "-----------------------", // 12
    "탈퇴할 때까지 둡니다.", // 13
    "", // 14
    "3) 개인정보 보호책임자", // 15
    "======", // 16
    "보호책임자: 운영팀장 이가온, 02-700-0000", // 17
  ].join("\n");

  it("reads '1. 제목' over a '---' or '===' line as a heading, numbered as written", async () => {
    const document = await parsePolicy(policy, "markdown");
    expect(
      document.allSections.map((section) => [section.startLine, section.heading.marker, section.heading.number, section.heading.title]),
    ).toEqual([
      [1, "#", null, "솔빛 개인정보 처리방침"],
      [6, "##", 1, "개인정보의 처리 목적"],
      [11, "##", 2, "개인정보의 보유 기간"],
      [15, "#", 3, "개인정보 보호책임자"],
    ]);
    expect(document.allSections[1].endLine).toBe(9);
    expect(document.plain.every((line, index) => line.length === document.lines[index].length)).toBe(true);
  });

  it("leaves a list followed by a rule, a rule after a blank line and a fenced example as they are", async () => {
    const text = [
      "# 솔빛 개인정보 처리방침", // 1
      "", // 2
      "## 1. 처리하는 개인정보의 항목", // 3
      "", // 4
      "1. 성명", // 5
      "2. 연락처", // 6
      "---", // 7: a rule under a list of two
      "", // 8
      "3. 주소", // 9
      "", // 10
      "---", // 11: a rule after a blank line
      "", // 12
      "```", // 13
      "1. 예시 제목", // 14
      "---", // 15: inside a code block
      "```", // 16
      "", // 17
      "## 2. 개인정보의 보유 기간", // 18
      "탈퇴할 때까지 둡니다.", // 19
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 3, 18]);
  });
});

// A Markdown policy may set its titles as paragraphs all in bold instead of "#" headings ("**어떤 정보를 모으나요?**"),
// as a page sets a title in a bold paragraph
describe("Markdown bold paragraphs as titles", () => {
  const faq = [
    "# 물빛수영장 개인정보 처리방침", // 1
    "",
    "**왜 정보를 모으나요?**", // 3
    "",
    "강습 신청을 받고 반을 나누기 위해서입니다.",
    "",
    "**어떤 정보를 모으나요?**", // 7
    "",
    "성명, 휴대전화번호, 수영 경력",
    "",
    "**얼마 동안 보관하나요?**", // 11
    "",
    "강습이 끝나고 1년 동안 보관합니다.",
  ];

  it("reads each bold paragraph as a section", async () => {
    const document = await parsePolicy(faq.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.startLine)).toEqual(expect.arrayContaining([3, 7, 11]));
  });

  it("does not read bold words inside a paragraph as a title", async () => {
    const text = [
      "# 물빛수영장 개인정보 처리방침",
      "",
      "강습 신청을 받기 위해 **성명과 연락처**를 모읍니다.",
      "",
      "보관 기간은 1년입니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(3);
  });
});
