// Plain-text files written in a lightweight markup other than Markdown: a wiki's "== 제목 ==", AsciiDoc's "== 제목"
// with its attributes and "|===" tables, org-mode's "* 제목" under "#+TITLE:". The marks are the file's, the
// headings and tables are the policy's.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { readTextMarkup } from "../../src/parse/text-markup.js";
import { findingsOf } from "../helpers.js";

// the sections read as titled (list items the outline also holds left out)
const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"))).allSections
    .filter((section) => section.heading.isTitle)
    .map((section) => [section.startLine, section.heading.number, section.heading.title]);

describe("a wiki's headings", () => {
  const page = [
    "= 새벽숲 캠핑장 개인정보 처리방침 =", // 1
    "",
    "새벽숲 캠핑장(이하 '캠핑장')은 예약 고객의 개인정보를 다음과 같이 처리합니다.", // 3
    "",
    "== 1. 개인정보의 처리 목적 ==", // 5
    "* 사이트 예약 접수와 입실 안내",
    "== 2. 처리하는 개인정보의 항목 ==", // 7
    "=== 2.1 예약 ===", // 8
    "* 이름, 휴대전화번호, 차량번호",
    "== 개인정보의 파기 ==", // 10
    "보유 기간이 끝나면 지체 없이 파기합니다.",
  ];

  it("are read as headings, their marks blanked column for column", async () => {
    expect(await outline(page)).toEqual([
      [1, null, "새벽숲 캠핑장 개인정보 처리방침"],
      [5, 1, "개인정보의 처리 목적"],
      [7, 2, "처리하는 개인정보의 항목"],
      [8, 1, "예약"],
      [10, null, "개인정보의 파기"],
    ]);
    const document = await parsePolicy(page.join("\n"));
    expect(document.plain[4]).toBe("   1. 개인정보의 처리 목적   ");
    expect(document.title?.text).toBe("새벽숲 캠핑장 개인정보 처리방침");
  });

  it("a line or two that open with '=' in a policy written without markup are left as they are", () => {
    expect(readTextMarkup(["보관료 합계", "= 기본료 + 초과분", "", "1. 개인정보의 처리 목적"])).toBeNull();
  });
});

describe("AsciiDoc", () => {
  const document = [
    "= 바른셈 세무회계 개인정보 처리방침", // 1
    ":toc: left", // 2
    ":lang: ko",
    "",
    "바른셈 세무회계(이하 '사무소')는 고객의 개인정보를 다음과 같이 처리합니다.", // 5
    "",
    "== 1. 개인정보 처리업무의 위탁", // 7
    "",
    '[cols="1,2",options="header"]', // 9
    "|===", // 10
    "|수탁자 |위탁 업무", // 11
    "",
    "|㈜가온전자신고", // 13
    "|전자 신고서 전송",
    "",
    "|문서 보관 업체", // 16
    "|종이 장부 보관",
    "|===", // 18
    "",
    "== 2. 개인정보의 파기", // 20
    "",
    "보관 기간이 끝난 장부는 파쇄합니다.",
  ];

  it("reads the headings and blanks the attributes and the table's fences", async () => {
    expect(await outline(document)).toEqual([
      [1, null, "바른셈 세무회계 개인정보 처리방침"],
      [7, 1, "개인정보 처리업무의 위탁"],
      [20, 2, "개인정보의 파기"],
    ]);
    const parsed = await parsePolicy(document.join("\n"));
    expect([1, 8, 9].map((line) => parsed.plain[line].trim())).toEqual(["", "", ""]);
  });

  it("reads a table whose cells stand a line each as rows of its columns", async () => {
    const parsed = await parsePolicy(document.join("\n"));
    expect(
      parsed.tables.map((table) => [
        table.header.cells.map((cell) => cell.text),
        table.rows.map((row) => row.cells.map((cell) => [cell.line, cell.text])),
      ]),
    ).toEqual([
      [
        ["수탁자", "위탁 업무"],
        [
          [
            [13, "㈜가온전자신고"],
            [14, "전자 신고서 전송"],
          ],
          [
            [16, "문서 보관 업체"],
            [17, "종이 장부 보관"],
          ],
        ],
      ],
    ]);
    // a row of the table that names a kind of company, not the company, is reported at its cell
    expect((await findingsOf("processor-disclosure", document)).map((finding) => finding.line)).toEqual([16]);
  });
});

describe("org-mode", () => {
  const file = (keyword: string) => [
    keyword, // 1
    "#+OPTIONS: toc:nil", // 2
    "",
    "별빛 요가원(이하 '요가원')은 회원의 개인정보를 다음과 같이 처리합니다.", // 4
    "",
    "* 1. 개인정보의 처리 목적", // 6
    "- 수업 예약과 출석 확인",
    "** 만 14세 미만 아동", // 8
    "요가원은 만 14세 미만 아동의 회원 가입을 받지 않습니다.",
    "* 2. 처리하는 개인정보의 항목", // 10
    "| 구분 | 항목 |",
    "|------+------|",
    "| 회원 | 이름, 휴대전화번호 |",
  ];

  it("reads the stars as headings under a file that shows org's keywords, and #+TITLE as the title", async () => {
    const parsed = await parsePolicy(file("#+TITLE: 별빛 요가원 개인정보 처리방침").join("\n"));
    expect(parsed.title).toMatchObject({ text: "별빛 요가원 개인정보 처리방침", line: 1 });
    expect(parsed.plain[1].trim()).toBe("");
    // (a sub-heading, "** 만 14세 미만 아동", stays in the numbered section it stands in, as an unnumbered line does)
    expect(parsed.sections.slice(1).map((section) => [section.startLine, section.endLine, section.heading.title])).toEqual([
      [6, 9, "개인정보의 처리 목적"],
      [10, 13, "처리하는 개인정보의 항목"],
    ]);
    expect(await findingsOf("title-name", file("#+TITLE: 별빛 요가원 개인정보 처리방침"))).toEqual([]);
  });

  it("a plain text's '* ' bullets are not headings where nothing shows org-mode", () => {
    const bullets = ["별빛 요가원 개인정보 처리방침", "", "* 수업 예약과 출석 확인", "* 회비 정산", "** 환불 계좌 확인"];
    expect(readTextMarkup(bullets)).toBeNull();
  });
});

describe("LaTeX", () => {
  const source = [
    "\\documentclass{article}", // 1
    "\\usepackage{kotex}",
    "\\title{솔내 합창단 개인정보 처리방침}", // 3
    "\\begin{document}",
    "\\maketitle",
    "",
    "\\section{개인정보의 처리 목적}", // 7
    "\\begin{itemize}",
    "  \\item 단원 모집과 연습 일정 안내", // 9
    "\\end{itemize}",
    "",
    "\\section{개인정보의 제3자 제공}", // 12
    "\\begin{tabular}{|l|l|l|l|}",
    "\\hline",
    "제공받는 자 & 제공 목적 & 제공 항목 & 보유 기간 \\\\", // 15
    "\\hline",
    "솔내상해보험(주) & 공연 단원 상해보험 가입 & 성명, 생년월일 & \\\\", // 17
    "\\hline",
    "\\end{tabular}",
    "\\end{document}",
  ];

  it("reads the sections, the title, the items as bullets and the tabular as a table", async () => {
    const document = await parsePolicy(source.join("\n"));
    expect(document.title).toMatchObject({ text: "솔내 합창단 개인정보 처리방침", line: 3 });
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.title])).toEqual([
      [7, "개인정보의 처리 목적"],
      [12, "개인정보의 제3자 제공"],
    ]);
    expect(document.plain[8].trim()).toBe("-     단원 모집과 연습 일정 안내");
    expect(
      document.tables.map((table) => [table.startLine, table.header.cells.map((cell) => cell.text), table.rows[0].cells.at(-1)?.text]),
    ).toEqual([[15, ["제공받는 자", "제공 목적", "제공 항목", "보유 기간"], ""]]);
  });

  it("reports a row that leaves a cell empty", async () => {
    const found = await findingsOf("third-party-provision", source);
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[17, "emptyCell"]]);
  });
});
