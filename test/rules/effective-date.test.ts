// effective-date: the passages that must fire and those that must not, beside the cases in conditional-items.test.ts.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf("effective-date", lines, format)).map((f) => [f.line, f.messageId]);
const policy = (...closing: string[]) => [
  "다온회계법인 개인정보 처리방침",
  "",
  "1. 처리 목적",
  "세무 상담 신청을 처리합니다.",
  "",
  "9. 처리방침의 변경",
  ...closing,
];

describe("effective-date", () => {
  describe("reads a date with a short label between the keyword and the date", () => {
    it.each([
      ["an English label after a slash", "- 시행일 / Effective date: 2026년 5월 2일 (2 May 2026)"],
      ["an English label in brackets, no colon", "시행일자(Effective Date) 2026-05-02"],
      ["a Hangul label in brackets", "적용일(효력 발생일): 2026. 5. 2."],
      ["a label in square brackets", "시행일 [Effective]: 2026.05.02"],
      ["a label after a full-width slash", "효력 발생일／Date of effect : 2026-05-02"],
    ])("%s", async (_, line) => {
      expect(await found(policy(line))).toEqual([]);
    });

    it("and a labelled keyword with the date on the next line", async () => {
      expect(await found(policy("시행일 / Effective date:", "2026년 5월 2일"))).toEqual([]);
    });

    it("in Markdown", async () => {
      const text = ["# 다온회계법인 개인정보 처리방침", "", "## 9. 처리방침의 변경", "", "- **시행일 / Effective date**: 2026년 5월 2일"];
      expect(await found(text, "markdown")).toEqual([]);
    });
  });

  describe("still refuses a date that is not the effective date", () => {
    it("when the label names another date (announcement, revision)", async () => {
      expect(await found(policy("시행일 안내(공고일 기준) 2026-04-20"))).toEqual([[1, "missing"]]);
      expect(await found(policy("공고일 / Announced: 2026년 4월 20일"))).toEqual([[1, "missing"]]);
      expect(await found(policy("시행일 / Last revised: 2026-04-20"))).toEqual([[1, "missing"]]);
    });

    it("in a revision history with no effective date", async () => {
      expect(await found(policy("개정 이력 (Revision history)", "- 2025. 6. 1. 개정", "- 2026. 4. 20. 개정"))).toEqual([[1, "missing"]]);
    });

    it("when the label is a long phrase, not a label", async () => {
      expect(await found(policy("시행일 / 이 방침을 처음 만든 뒤 여러 번 고쳤으며 최근 고친 날은 2026-04-20"))).toEqual([[1, "missing"]]);
    });
  });

  describe("reads a date an HTML page wraps in inline markup (word-processor exports)", () => {
    const page = (dateLine: string) =>
      [
        "<html><body>",
        "<p class=MsoTitle>새봄치과 개인정보 처리방침<o:p></o:p></p>",
        "<p class=MsoHeading1>7.&nbsp;&nbsp;방침의 변경<o:p></o:p></p>",
        dateLine,
        "</body></html>",
      ].join("\n");
    const html = async (dateLine: string) => (await findingsOf("effective-date", page(dateLine), "html")).map((f) => [f.line, f.messageId]);

    it.each([
      [
        "the date in a span with a language",
        "<p class=MsoNormal>시행일자: <span lang=EN-US style='font-size:10.0pt'>2026. 3. 9.</span><o:p></o:p></p>",
      ],
      ["a Korean date in a font tag", '<p>효력 발생일 : <font face="굴림" color="#333333">2026년 3월 9일</font></p>'],
      [
        "the label in bold and the date after it",
        "<p><b><span lang=KO>적용일</span></b><span lang=EN-US>&nbsp;:&nbsp;&nbsp;&nbsp;2026-03-09</span></p>",
      ],
      [
        "the digits split over several spans",
        "<p>시행일 : <span lang=EN-US>2026</span><span lang=EN-US>.</span> <span lang=EN-US>3. 9.</span></p>",
      ],
      ["a run of &nbsp; before the date", "<p>시행일자:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;2026. 3. 9.</p>"],
    ])("%s", async (_, dateLine) => {
      expect(await html(dateLine)).toEqual([]);
    });

    it("but a date in a span under another label is still not the effective date", async () => {
      expect(await html("<p>공고일자: <span lang=EN-US style='font-size:10.0pt'>2026. 3. 9.</span></p>")).toEqual([[2, "missing"]]);
    });
  });
});

// a PDF or word-processor copy wraps at a fixed width, wherever the date falls: the date is read across the break
describe("effective-date: a date cut by a hard wrap", () => {
  // a numbered paragraph whose first line ends on "부터" is a sentence going on, not a title over "적용합니다."
  it.each(["적용합니다.", "시행합니다."])("between '부터' and its verb, in a numbered paragraph: %s", async (verb) => {
    expect(await found(policy("① 개정된 방침은 2025년 11월 3일부터", `  ${verb}`))).toEqual([]);
    expect(await found(policy("① 개정된 방침은 2025년 11월 3일에", "  제정되었습니다."))).toHaveLength(1);
  });

  it.each([
    ["between the year and the month", ["개정된 방침은 2025년", "11월 3일부터 시행합니다."]],
    ["between the month and the day", ["개정된 방침은 2025년 11월", "3일부터 시행합니다."]],
    ["between the day and '부터 시행'", ["개정된 방침은 2025년 11월 3일", "부터 시행합니다."]],
    ["after a label, inside the date", ["시행일자: 2025년", "11월 3일"]],
    [
      "after a long sentence on the same line",
      ["바뀐 내용은 시행 7일 전부터 누리집에 알립니다. 개정된 방침은 2025년 11월", "3일부터 시행합니다."],
    ],
  ])("%s", async (_, closing) => {
    expect(await found(policy(...closing))).toEqual([]);
    // a date cut the same way that says when the policy was made, not when it applies, is still no effective date
    const made = closing.map((line) => line.replace(/부터 ?시행합니다/, "에 제정되었습니다").replace("시행일자", "제정일자"));
    expect(made).not.toEqual(closing);
    expect(await found(policy(...made))).toHaveLength(1);
  });
});

describe("effective-date: the date in a table cell of its own", () => {
  const table = (...rows: string[]) => ["# 다온회계법인 개인정보 처리방침", "", ...rows];

  it.each([
    ["a row labelled 시행일자", ["| 구분 | 내용 |", "|---|---|", "| 상담 목적 | 세무 상담 신청 처리 |", "| 시행일자 | 2026년 7월 15일 |"]],
    ["a row labelled 적용일, dotted date", ["| 구분 | 내용 |", "|---|---|", "| 적용일 | 2026. 7. 15. |"]],
    ["the label in the header, the date below it", ["| 시행일 | 공고일 |", "|---|---|", "| 2026. 7. 15. | 2026. 7. 1. |"]],
    [
      "a change-history table's column",
      ["| 차수 | 시행일 | 변경 내용 |", "|---|---|---|", "| 1 | 2025-02-01 | 제정 |", "| 2 | 2026-07-15 | 위탁 업체 추가 |"],
    ],
  ])("%s", async (_, rows) => {
    expect(await found(table(...rows), "markdown")).toEqual([]);
  });

  it("still fires when the cell is a template blank, at its row", async () => {
    expect(await found(table("| 구분 | 내용 |", "|---|---|", "| 시행일자 | [YYYY.MM.DD] |"), "markdown")).toEqual([[5, "blank"]]);
  });

  it("does not take another date's cell for the effective date", async () => {
    const rows = ["| 구분 | 내용 |", "|---|---|", "| 적용 범위 | 세무 상담 서비스 |", "| 최종 수정일 | 2026. 7. 1. |"];
    expect(await found(table(...rows), "markdown")).toEqual([[1, "missing"]]);
  });
});

// "이전 처리방침: 2023. 3. 1. ~ 2024. 2. 29. 적용": a closed range is when an earlier version applied
describe("effective-date: the period an earlier version applied", () => {
  it("is no effective date of this one", async () => {
    expect(await found(policy("- 이전 처리방침: 2024. 3. 2. ~ 2025. 2. 28. 적용 (누리집에서 열람)"))).toEqual([[1, "missing"]]);
    expect(await found(policy("- 종전 방침 적용 기간: 2024-03-02 ~ 2025-02-28"))).toEqual([[1, "missing"]]);
  });
  it("beside the date this one took effect, leaves it", async () => {
    expect(await found(policy("이 방침은 2025년 3월 1일부터 시행합니다.", "- 이전 처리방침: 2024. 3. 2. ~ 2025. 2. 28. 적용"))).toEqual([]);
    expect(await found(policy("- 현행 처리방침: 2025. 3. 1. ~ 현재 적용"))).toEqual([]);
  });
});

// a date whose month and day are left as the template's circles or zeros is a blank, reported on its line
describe("effective-date: a month and day left blank", () => {
  const policy = (date: string) => [
    "스페이스온 개인정보 처리방침",
    "",
    "1. 처리 목적",
    "회원 관리에 씁니다.",
    "",
    "부칙",
    `이 방침은 ${date}부터 시행합니다.`,
  ];
  it.each(["2025년 ○월 ○일", "2025년 00월 00일"])("reports '%s' as left blank", async (date) => {
    const findings = await findingsOf("effective-date", policy(date));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, "blank"]]);
  });
  it("reads a whole date as the effective date", async () => {
    expect(await findingsOf("effective-date", policy("2025년 3월 10일"))).toEqual([]);
  });
});
