import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, readSeed } from "../helpers.js";

describe("table of contents", () => {
  it("recognises seed 001's list of titles and does not count it as sections", async () => {
    const document = await parsePolicy(readSeed("001_186b834dc1e90dc3.txt"), "text");
    expect(document.tablesOfContents).toHaveLength(1);
    expect(document.tablesOfContents[0]).toMatchObject({ startLine: 7, endLine: 31 });
    expect(document.tablesOfContents[0].entries).toHaveLength(13);
    const titled = document.allSections.filter((section) => section.heading.style === "decimal" && section.level === 1);
    expect(titled[0].startLine).toBe(37);
    expect(titled.every((section) => !document.tocLines.has(section.startLine))).toBe(true);
  });

  it("recognises seed 003's TOC written without a space after the number", async () => {
    const document = await parsePolicy(readSeed("003_56b8b555a71aed3b.txt"), "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[5, 15]]);
  });

  it("recognises a 가.–라. TOC followed by an unnumbered 부칙 line", async () => {
    const text = [
      "아래 내용을 담고 있습니다.",
      "가. 처리 목적",
      "나. 보유 기간",
      "다. 보호책임자",
      "부칙",
      "",
      "가. 처리 목적",
      "회원 관리를 위해 처리합니다.",
      "나. 보유 기간",
      "탈퇴 시까지 보유합니다.",
      "다. 보호책임자",
      "성명 : 박담당",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[2, 5]]);
    expect(document.sections.filter((s) => s.heading.style === "hangul").map((s) => s.startLine)).toEqual([7, 9, 11]);
  });

  it("does not take real consecutive short sections for a TOC when their titles do not repeat", async () => {
    const text = ["1. 처리 목적", "회원 관리", "2. 보유 기간", "탈퇴 시까지", "3. 파기", "지체 없이 파기"].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents).toEqual([]);
    expect(document.sections).toHaveLength(3);
  });

  it("a keyword that appears only in a TOC does not make the section present", async () => {
    const { linesOf } = await import("../helpers.js");
    const text = [
      "개인정보 처리방침",
      "1. 처리 목적",
      "2. 개인정보 보호책임자",
      "3. 만 14세 미만 아동",
      "",
      "1. 처리 목적",
      "회원 관리를 위해 개인정보를 처리합니다.",
      "2. 개인정보 보호책임자",
      "문의는 고객센터로 해 주십시오.",
    ].join("\n");
    expect(await linesOf("child-under-14", text)).toEqual([1]);
  });
});

describe("a table of contents of titles in brackets", () => {
  it("ends where the body's first heading repeats its first entry", async () => {
    const { parsePolicy } = await import("../../src/parse/index.js");
    const text = [
      "누리 개인정보 처리방침",
      "목차",
      "[개인정보의 처리 목적]",
      "[개인정보의 보유 기간]",
      "[개인정보 보호책임자]",
      "[개인정보의 처리 목적]",
      "회원 관리를 위해 처리합니다.",
      "[개인정보의 보유 기간]",
      "탈퇴 시까지",
      "[개인정보 보호책임자]",
      "성명 : 김누리",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[3, 5]]);
    expect(document.sections.filter((section) => section.heading.style === "bracket").map((section) => section.startLine)).toEqual([
      6, 8, 10,
    ]);
  });
});

describe("a table of contents whose numbers stand on lines of their own (scraped pages)", () => {
  it("is a TOC, and the body's numbers with titles below them are the sections", async () => {
    const text = [
      "별빛여행 개인정보 처리방침", // 1
      "목차", // 2
      "01", // 3
      "처리 목적", // 4
      "02", // 5
      "보유 기간", // 6
      "03", // 7
      "국외 이전", // 8
      "01", // 9
      "개인정보의 처리 목적", // 10
      "예약 확인과 상담 회신에 씁니다.", // 11
      "02", // 12
      "개인정보의 보유 기간", // 13
      "여행이 끝나고 한 해 동안 둡니다.", // 14
      "03", // 15
      "개인정보의 국외 이전", // 16
      "이전받는 자: 어느 해외 호텔 예약 대행사", // 17
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine, toc.entries.map((entry) => entry.title)])).toEqual([
      [3, 8, ["처리 목적", "보유 기간", "국외 이전"]],
    ]);
    expect(document.allSections.filter((section) => section.heading.number !== null).map((section) => section.startLine)).toEqual([
      10, 13, 16,
    ]);
  });
});

describe("a table of contents of chapters and the articles under them", () => {
  // a district office's layout: chapters (제N장) group articles (제N조), two articles to a TOC line
  const policy = [
    "한빛군 개인정보 처리방침", // 1
    "[차례]", // 2
    "제1장 총칙", // 3
    "  제1조(목적)  제2조(적용 범위)", // 4
    "제2장 처리와 맡김", // 5
    "  제3조(개인정보의 처리 목적)  제4조(개인정보 처리업무의 위탁)", // 6
    "  제5조(개인정보 보호책임자)", // 7
    "", // 8
    "제1장 총칙", // 9
    "제1조(목적) 이 방침은 군이 처리하는 개인정보의 기준을 알린다.", // 10
    "제2조(적용 범위) 이 방침은 군청과 읍·면 사무소에 적용한다.", // 11
    "제2장 처리와 맡김", // 12
    "제3조(개인정보의 처리 목적) 군은 민원 처리를 위하여 개인정보를 처리한다.", // 13
    "제4조(개인정보 처리업무의 위탁) 군은 다음과 같이 맡긴다.", // 14
    "| 수탁자 | 위탁업무 |", // 15
    "|---|---|", // 16
    "| ㈜다솜정보 | 누리집 관리 |", // 17
    "제5조(개인정보 보호책임자) 기획실장 윤슬기(031-000-0000)", // 18
  ];

  it("is one TOC, chapter lines included, with every article of a line as an entry", async () => {
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[3, 7]]);
    expect(document.tablesOfContents[0].entries.map((entry) => [entry.line, entry.title])).toEqual([
      [3, "총칙"],
      [4, "목적"],
      [4, "적용 범위"],
      [5, "처리와 맡김"],
      [6, "개인정보의 처리 목적"],
      [6, "개인정보 처리업무의 위탁"],
      [7, "개인정보 보호책임자"],
    ]);
    expect(document.allSections.some((section) => document.tocLines.has(section.startLine))).toBe(false);
  });

  it("is a TOC when introduced as one, even when it does not start at 1", async () => {
    const text = [
      "한빛군 개인정보 처리방침",
      "목차",
      "제3조(개인정보의 처리 목적)",
      "제4조(개인정보 처리업무의 위탁)",
      "제5조(개인정보 보호책임자)",
      "",
      ...policy.slice(12),
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[3, 5]]);
  });

  it("is not read into the body's chapters and articles, which are no TOC", async () => {
    const document = await parsePolicy(policy.slice(8).join("\n"), "text");
    expect(document.tablesOfContents).toEqual([]);
  });
});

describe("a printed table of contents with leaders and page numbers", () => {
  // a policy exported from a word processor: each entry runs to its page number along a leader
  const withLeader = (leader: (page: number) => string) =>
    [
      "다온상사 개인정보 처리방침", // 1
      "", // 2
      "목차", // 3
      `1. 개인정보의 처리 목적${leader(2)}`, // 4
      `2. 개인정보의 보유 기간${leader(3)}`, // 5
      `3. 개인정보의 파기${leader(3)}`, // 6
      `4. 개인정보 보호책임자${leader(4)}`, // 7
      "", // 8
      "1. 개인정보의 처리 목적", // 9
      "상담 예약을 받으려고 연락처를 씁니다.", // 10
      "", // 11
      "2. 개인정보의 보유 기간", // 12
      "상담을 마친 날부터 한 해 동안 둡니다.", // 13
      "", // 14
      "3. 개인정보의 파기", // 15
      "기간이 지나면 곧바로 지웁니다.", // 16
      "", // 17
      "4. 개인정보 보호책임자", // 18
      "보호책임자: 총무팀장 나은별, 02-555-0101", // 19
    ].join("\n");

  it.each([
    ["dots", (page: number) => ` ........................ ${page}`],
    ["dots run into the number", (page: number) => ` .........${page}`],
    ["ellipses", (page: number) => ` …………… ${page}`],
    ["spaced middle dots", (page: number) => ` · · · · · ${page}`],
    ["full-width dots", (page: number) => ` ．．．．．．${page}`],
    ["a tab", (page: number) => `\t${page}`],
    ["a wide gap", (page: number) => `          ${page}`],
    ["p. and the number", (page: number) => ` p. ${page}`],
    ["dots and p.", (page: number) => ` ...... p.${page}`],
    ["dots without a number", () => ` ..............`],
  ])("is a TOC with %s, and the body's headings are the sections", async (_, leader) => {
    const document = await parsePolicy(withLeader(leader), "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[4, 7]]);
    expect(document.tablesOfContents[0].entries.map((entry) => entry.title)).toEqual([
      "개인정보의 처리 목적",
      "개인정보의 보유 기간",
      "개인정보의 파기",
      "개인정보 보호책임자",
    ]);
    const numbered = document.allSections.filter((section) => section.heading.style === "decimal");
    expect(numbered.map((section) => [section.startLine, section.level])).toEqual([
      [9, 1],
      [12, 1],
      [15, 1],
      [18, 1],
    ]);
  });

  it("keeps a number that is part of an entry's title ('제28조의2', 'v1.2')", async () => {
    const { withoutPageNumber } = await import("../../src/parse/toc.js");
    expect(withoutPageNumber("가명정보 처리 특례(제28조의2)")).toBe("가명정보 처리 특례(제28조의2)");
    expect(withoutPageNumber("처리방침 v1.2")).toBe("처리방침 v1.2");
    expect(withoutPageNumber("제3자 제공 2")).toBe("제3자 제공 2");
    expect(withoutPageNumber("개인정보의 파기 ...... 12")).toBe("개인정보의 파기");
  });

  it("is no TOC when the entries never come back as headings: a price list with leaders", async () => {
    const text = [
      "서류 발급 안내",
      "1. 이용 내역 확인서 ............ 500",
      "2. 납부 증명서 ................. 700",
      "3. 가입 사실 확인서 ............ 900",
      "",
      "발급은 창구에서 신청서를 내시면 됩니다.",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents).toEqual([]);
  });
});

// "목차" over a TOC labels it: no section heading (the body's sections would nest under it), and the preamble after
// the TOC is the policy's
describe("a TOC's own label", () => {
  const text = [
    "솔빛몰 개인정보 처리방침", // 1
    "",
    "목차", // 3
    "1. 개인정보의 처리 목적 ........ 1",
    "2. 처리하는 개인정보의 항목 ........ 1",
    "3. 개인정보의 파기 ........ 2",
    "",
    "주식회사 솔빛몰(이하 '회사')은 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다.", // 8
    "",
    "1. 개인정보의 처리 목적", // 10
    "주문을 처리합니다.",
    "",
    "2. 처리하는 개인정보의 항목", // 13
    "성명, 주소",
    "",
    "3. 개인정보의 파기", // 16
    "지체 없이 지웁니다.",
  ];

  it("is part of the TOC's lines and heads no section", async () => {
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.tocLines.has(3)).toBe(true);
    expect(document.allSections.map((section) => section.startLine)).not.toContain(3);
    expect(document.sections.filter((section) => section.heading.number !== null).map((section) => section.startLine)).toEqual([
      10, 13, 16,
    ]);
  });

  it("leaves the preamble after the TOC to be found", async () => {
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.preamble).toEqual({ startLine: 8, endLine: 8 });
  });
});

// "- [처리 목적](#처리-목적)": a Markdown file lists its headings as links to them; the list is its TOC, and an entry
// no heading of the body names is missing from the body
describe("a Markdown list of links to the page's headings", () => {
  const page = (entries: string[]) => [
    "# 다솜센터 개인정보 처리방침",
    "",
    "## 목차",
    "",
    ...entries.map((entry) => `- [${entry}](#${entry.replace(/\s/g, "-")})`), // 5…
    "",
    "### 처리 목적",
    "상담 예약을 받습니다.",
    "",
    "### 보유 기간",
    "1년 동안 보관합니다.",
    "",
    "### 파기",
    "지체 없이 지웁니다.",
  ];

  it("is a TOC, each link's text an entry", async () => {
    const document = await parsePolicy(page(["처리 목적", "보유 기간", "파기"]).join("\n"), "markdown");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine, toc.entries.map((entry) => entry.title)])).toEqual([
      [5, 7, ["처리 목적", "보유 기간", "파기"]],
    ]);
    expect(document.allSections.map((section) => section.startLine)).not.toContain(5);
  });

  it("reports an entry the body has no heading for, and none where every entry has one", async () => {
    const missing = await findingsOf("numbering", page(["처리 목적", "보유 기간", "가명정보 처리", "파기"]), "markdown");
    expect(missing.map((f) => [f.line, f.messageId])).toEqual([[7, "tocEntryMissing"]]);
    expect(await findingsOf("numbering", page(["처리 목적", "보유 기간", "파기"]), "markdown")).toEqual([]);
  });
});

// a Markdown list of links to the numbered headings is read by the list finder and by the link finder alike: it is
// one table of contents, listed once
describe("a Markdown table of contents of numbered links", () => {
  it("is one table of contents", async () => {
    const text = [
      "# 소담 공방 개인정보 처리방침",
      "",
      "- [1. 개인정보의 처리 목적](#1)",
      "- [2. 개인정보의 파기](#2)",
      "- [3. 개인정보 보호책임자](#3)",
      "",
      "## 1. 개인정보의 처리 목적",
      "수업 예약에 씁니다.",
      "## 2. 개인정보의 파기",
      "지체 없이 지웁니다.",
      "## 3. 개인정보 보호책임자",
      "공방장 한소담, 02-555-0177",
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[3, 5]]);
  });
});
