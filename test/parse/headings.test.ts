import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";
import {
  isArticle,
  isChapter,
  isTitleText,
  parseMarker,
  splitRunOnTitle,
  isUnnumberedHeading,
  topicOfTitle,
} from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";

describe("numbering styles", () => {
  it.each([
    ["제3조 (개인정보의 처리 및 보유 기간)", "article", 3, "개인정보의 처리 및 보유 기간"],
    ["제12조 개인정보 보호책임자", "article", 12, null],
    ["Article 4 Retention", "english-article", 4, null],
    ["4. 개인정보의 파기", "decimal", 4, null],
    ["5.개인정보 제3자 동의", "decimal", 5, null],
    ["2) 파기방법", "decimal-paren", 2, null],
    ["(3) 정정 요구", "paren-decimal", 3, null],
    ["③ 회사는 다음과 같이", "circled", 3, null],
    ["다. 개인정보 보유 및 이용 기간", "hangul", 3, null],
    ["B. 계약 이행", "latin", 2, null],
    ["• 회원 가입 시: 이름", "bullet", null, null],
    ["※ 참고", "bullet", null, null],
    ["▶ 개인정보 보호책임자", "bullet", null, null],
  ])("%s", (line, style, number, bracketTitle) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe(style);
    expect(marker?.number).toBe(number);
    if (bracketTitle) expect(marker?.bracketTitle).toBe(bracketTitle);
  });

  it("does not read dates, decimals or plain sentences as numbering", () => {
    expect(parseMarker("2024.05.15부터 시행합니다")).toBeNull();
    expect(parseMarker("3.5배 빠른 처리")).toBeNull();
    expect(parseMarker("회사는 개인정보를 보호합니다.")).toBeNull();
  });
});

describe("run-on headings", () => {
  it("splits a title from the body that follows it on the same line", () => {
    expect(splitRunOnTitle("개인정보의 파기 절차 및 방법 회사는 보유기간이 지나면 지체 없이 파기합니다.", null)).toEqual({
      title: "개인정보의 파기 절차 및 방법",
      body: "회사는 보유기간이 지나면 지체 없이 파기합니다.",
    });
  });

  it("keeps going past a conjunction: '항목 및 수집방법' is one title", () => {
    expect(splitRunOnTitle("수집하는 항목 및 수집방법 당사는 아래 정보를 받습니다.", null).title).toBe("수집하는 항목 및 수집방법");
  });

  it("prefers the title the table of contents gave", () => {
    expect(
      splitRunOnTitle(
        "개인정보 자동 수집 장치의 설치, 운영 및 거부에 관한 사항 당사는 쿠키를 씁니다.",
        "개인정보 자동 수집 장치의 설치,운영 및 거부에 관한 사항",
      ).title,
    ).toBe("개인정보 자동 수집 장치의 설치, 운영 및 거부에 관한 사항");
  });

  it("leaves a sentence whole: '아동의' is not the title word '동의'", () => {
    const split = splitRunOnTitle("만 14세 미만 아동의 개인정보를 처리할 때에는 법정대리인의 동의를 받습니다.", null);
    expect(split.body).toBeNull();
  });

  it("splits seed 003's run-on headings at the title the TOC gave", async () => {
    const { readSeed } = await import("../helpers.js");
    const document = await parsePolicy(readSeed("003_56b8b555a71aed3b.txt"), "text");
    const top = document.sections.filter((section) => section.heading.style === "decimal");
    expect(top.map((section) => section.heading.title)).toEqual([
      "개인 정보의 수집 및 이용 목적",
      "수집하는 개인 정보 항목 및 수집방법",
      "수집하는 개인정보의 보유 및 이용기간",
      "개인 정보의 파기절차 및 방법",
      "개인정보 제3자 활용동의",
      "개인정보 취급 위탁",
      "개인정보 자동 수집 장치의 설치, 운영 및 거부에 관한 사항",
      "개인정보 보호를 위한 기술적, 관리적 보호 대책",
      "이용자 및 법정대리인의 권리와 그 행사방법",
      "개인정보 관리책임자 및 상담신고",
      "부칙",
    ]);
    expect(top[5].heading.inlineBody).toMatch(/^회사는 서비스 향상을 위해서/);
  });
});

describe("unnumbered headings", () => {
  it("recognises a short title line and not a sentence", () => {
    expect(isUnnumberedHeading("부칙")).toBe(true);
    expect(isUnnumberedHeading("개인정보 보호책임자")).toBe(true);
    expect(isUnnumberedHeading("개인정보 보호책임자는 아래와 같습니다.")).toBe(false);
    expect(isUnnumberedHeading("성명 : 김담당")).toBe(false);
  });
});

describe("section tree", () => {
  it("nests 가./1)/① under 제N조 and ends each section before the next one at its level", async () => {
    const text = [
      "개인정보 처리방침", // 1
      "", // 2
      "제1조 (처리 목적)", // 3
      "가. 회원 관리", // 4
      "1) 본인 확인", // 5
      "2) 부정 이용 방지", // 6
      "나. 상품 배송", // 7
      "", // 8
      "제2조 (보유 기간)", // 9
      "① 회원 탈퇴 시까지 보유합니다.", // 10
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const [first, second] = document.sections.filter((section) => section.heading.style === "article");
    expect(first).toMatchObject({ startLine: 3, endLine: 7, level: 1 });
    expect(first.children.map((child) => [child.heading.marker, child.startLine, child.endLine])).toEqual([
      ["가.", 4, 6],
      ["나.", 7, 7],
    ]);
    expect(first.children[0].children.map((child) => child.heading.number)).toEqual([1, 2]);
    expect(second).toMatchObject({ startLine: 9, endLine: 10 });
  });

  it("nests indented '1.' items under a '1.' section (an HTML list that lost its numbers)", async () => {
    const text = ["1. 수집 항목", "  1. 회원", "  1. 비회원", "2. 보유 기간", "  1. 탈퇴 시까지"].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => section.heading.title)).toEqual(["수집 항목", "보유 기간"]);
    expect(document.sections[0].children).toHaveLength(2);
  });

  it("treats '■ 제목' lines as top-level headings when a policy is laid out that way", async () => {
    const text = ["■ 수집하는 항목", "가. 필수 항목", "", "■ 보유 기간", "나. 법령에 따른 보존"].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => section.heading.title)).toEqual(["수집하는 항목", "보유 기간"]);
  });
});

describe("a number on a line of its own above its title (scraped pages)", () => {
  const numbered = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
    document.allSections
      .filter((section) => section.heading.number !== null)
      .map((section) => [section.heading.marker, section.heading.title, section.heading.markerLine, section.startLine, section.endLine]);

  it.each([
    ["01", "02", "03", "zero-padded"],
    ["1.", "2.", "3.", "decimal"],
    ["제5조", "제6조", "제7조", "article"],
    ["Ⅴ", "Ⅵ", "Ⅶ", "roman"],
    ["(1)", "(2)", "(3)", "paren-decimal"],
    // a slide deck copied to text: each slide's number over its title
    ["슬라이드 1", "슬라이드 2", "슬라이드 3", "decimal"],
    ["Slide 1", "Slide 2", "Slide 3", "decimal"],
  ])("reads %s / %s / %s each with the title on the next line as one heading", async (first, second, third, style) => {
    const text = [
      "별빛여행 개인정보 처리방침", // 1
      first, // 2
      "개인정보의 처리 목적", // 3
      "예약 확인과 상담 회신에 씁니다.", // 4
      second, // 5
      "개인정보의 보유 기간", // 6
      "여행이 끝나고 한 해 동안 둡니다.", // 7
      "맨 위로", // 8
      third, // 9
      "개인정보의 국외 이전", // 10
      "이전받는 자: 어느 해외 호텔 예약 대행사", // 11
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(numbered(document)).toEqual([
      [first, "개인정보의 처리 목적", 2, 3, 4],
      [second, "개인정보의 보유 기간", 5, 6, 8],
      [third, "개인정보의 국외 이전", 9, 10, 11],
    ]);
    expect(document.allSections.filter((section) => section.heading.number !== null).every((s) => s.heading.style === style)).toBe(true);
  });

  it("takes a blank line between the number and its title, and a title in brackets", async () => {
    const text = [
      "제3조",
      "",
      "(개인정보의 파기)",
      "지체 없이 지웁니다.",
      "제4조",
      "",
      "(개인정보 보호책임자)",
      "담당: 정보팀 한누리",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(numbered(document)).toEqual([
      ["제3조", "개인정보의 파기", 1, 3, 4],
      ["제4조", "개인정보 보호책임자", 5, 7, 8],
    ]);
  });

  it("does not read a telephone number, a year, a lone number with a title or a dated list as headings", async () => {
    const text = [
      "개인정보 보호책임자", // 1
      "대표 전화", // 2
      "02", // 3
      "6010-4520", // 4
      "2024", // 5
      "개정 이력 안내", // 6
      "1", // 7
      "개인정보의 보유 기간", // 8
      "한 해 동안 둡니다.", // 9
      "변경 이력", // 10
      "01", // 11
      "2024년 1월 1일 개정", // 12
      "02", // 13
      "2025년 3월 1일 개정", // 14
      "이 방침은 2025년 3월 1일부터 시행합니다.", // 15
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(numbered(document)).toEqual([]);
  });

  it("does not read the numbers of a table written one cell per line as headings", async () => {
    const text = [
      "6. 개인정보 처리업무의 위탁", // 1
      "번호", // 2
      "수탁자", // 3
      "위탁업무", // 4
      "1", // 5
      "가온정보", // 6
      "서버 운영", // 7
      "2", // 8
      "나래콜", // 9
      "고객 상담", // 10
      "3", // 11
      "다온발송", // 12
      "알림 발송", // 13
      "7. 개인정보 보호책임자", // 14
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => section.heading.number)).toEqual([6, 7]);
    expect(document.allSections).toHaveLength(2);
    // nor a numbered list of names whose header the table finder does not know
    const names = ["1", "가온정보", "2", "나래콜", "3", "다온발송"].join("\n");
    expect(numbered(await parsePolicy(names, "text"))).toEqual([]);
  });
});

describe("chapters (제N장) and the articles under them", () => {
  it("makes each chapter the parent of its articles, and its body the articles'", async () => {
    const text = [
      "한빛군 개인정보 처리방침", // 1
      "제1장 총칙", // 2
      "제1조(목적) 이 방침은 군이 처리하는 개인정보의 기준을 알린다.", // 3
      "제2조(적용 범위) 이 방침은 군청에 적용한다.", // 4
      "제2장 처리와 맡김", // 5
      "제3조(개인정보의 처리 목적) 군은 민원 처리를 위하여 처리한다.", // 6
      "① 민원 접수", // 7
      "제4조(개인정보 처리업무의 위탁) 군은 다음과 같이 맡긴다.", // 8
      "| 수탁자 | 위탁업무 |", // 9
      "| ㈜다솜정보 | 누리집 관리 |", // 10
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const chapters = document.sections.filter((section) => section.heading.style === "chapter");
    expect(chapters.map((chapter) => [chapter.heading.title, chapter.startLine, chapter.endLine, chapter.level])).toEqual([
      ["총칙", 2, 4, 1],
      ["처리와 맡김", 5, 10, 1],
    ]);
    expect(chapters[1].children.map((article) => [article.heading.marker, article.startLine, article.endLine, article.level])).toEqual([
      ["제3조", 6, 7, 2],
      ["제4조", 8, 10, 2],
    ]);
  });

  it("nests Markdown articles under a chapter heading of their own depth, and nothing else of that depth", async () => {
    const text = [
      "# 한빛군 개인정보 처리방침",
      "## 제1장 총칙",
      "## 제1조(목적)",
      "군의 기준을 알린다.",
      "## 제2조(적용 범위)",
      "군청에 적용한다.",
      "## 부칙",
      "2026년 1월 1일부터 시행한다.",
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.sections.map((section) => [section.heading.title, section.children.map((child) => child.heading.title)])).toEqual([
      ["한빛군 개인정보 처리방침", []],
      ["총칙", ["목적", "적용 범위"]],
      ["부칙", []],
    ]);
  });

  it("leaves chapters top level when no article follows them", async () => {
    const text = ["제1장 처리 목적", "1. 회원 관리", "2. 상담", "제2장 보유 기간", "1. 탈퇴 시까지"].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => [section.heading.marker, section.children.length])).toEqual([
      ["제1장", 2],
      ["제2장", 1],
    ]);
  });
});

describe("groupings over articles numbered straight through them (Ⅰ. over 1.–3., Ⅱ. over 4.–6.)", () => {
  const shape = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
    document.sections
      .filter((section) => section.heading.number !== null || section.heading.style === "bracket")
      .map((section) => [
        section.heading.marker,
        isChapter(section.heading),
        section.children.filter((child) => isArticle(child.heading)).map((child) => child.heading.marker),
      ]);

  it("reads Roman groups as chapters over the decimal articles they hold", async () => {
    const text = [
      "누리군 개인정보 처리방침", // 1
      "", // 2
      "Ⅰ. 처리하는 정보", // 3
      " 1. 개인정보의 처리 목적", // 4
      "  □ 군은 민원 응대를 위하여 처리합니다.", // 5
      " 2. 처리하는 개인정보의 항목", // 6
      "  □ 성명, 연락처", // 7
      "Ⅱ. 관리와 문의", // 8
      " 3. 개인정보의 파기", // 9
      "  □ 기한이 지나면 지웁니다.", // 10
      " 4. 개인정보 보호책임자", // 11
      "  □ 총무과장 나무리 (031-000-1000)", // 12
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(shape(document)).toEqual([
      ["Ⅰ.", true, ["1.", "2."]],
      ["Ⅱ.", true, ["3.", "4."]],
    ]);
    expect(document.sections.find((section) => section.heading.marker === "Ⅱ.")).toMatchObject({ startLine: 8, endLine: 12 });
  });

  it("nests 제N조 articles under Roman groups instead of reading a group line as a list inside the article before it", async () => {
    const text = [
      "누리군 개인정보 처리방침",
      "Ⅰ. 처리하는 정보",
      "제1조(처리 목적) 민원 응대를 위하여 처리합니다.",
      "제2조(처리 항목) 성명과 연락처를 받습니다.",
      "Ⅱ. 관리와 문의",
      "제3조(파기) 기한이 지나면 지웁니다.",
      "제4조(보호책임자) 총무과장 나무리 (031-000-1000)",
    ].join("\n");
    expect(shape(await parsePolicy(text, "text"))).toEqual([
      ["Ⅰ.", true, ["제1조", "제2조"]],
      ["Ⅱ.", true, ["제3조", "제4조"]],
    ]);
  });

  it("reads bracketed group titles, PART headings and Markdown levels the same way", async () => {
    const articles = (group: (n: number, title: string) => string, article: (n: number, title: string) => string) =>
      [
        "누리군 개인정보 처리방침",
        group(1, "처리하는 정보"),
        article(1, "개인정보의 처리 목적"),
        "민원 응대에 씁니다.",
        article(2, "처리하는 개인정보의 항목"),
        "성명과 연락처입니다.",
        group(2, "관리와 문의"),
        article(3, "개인정보의 파기"),
        "기한이 지나면 지웁니다.",
        article(4, "개인정보 보호책임자"),
        "총무과장 나무리 (031-000-1000)",
      ].join("\n");
    const bracketed = await parsePolicy(
      articles(
        (_, title) => `[${title}]`,
        (n, title) => `${n}. ${title}`,
      ),
      "text",
    );
    expect(bracketed.sections.filter((section) => isChapter(section.heading)).map((section) => section.children.length)).toEqual([2, 2]);
    const parts = await parsePolicy(
      articles(
        (n, title) => `PART ${n}. ${title}`,
        (n, title) => `  ${n}. ${title}`,
      ),
      "text",
    );
    expect(parts.sections.filter((section) => isChapter(section.heading)).map((section) => section.children.length)).toEqual([2, 2]);
    const markdown = await parsePolicy(
      articles(
        (n, title) => `## ${"ⅠⅡ"[n - 1]}. ${title}`,
        (n, title) => `### ${n}. ${title}`,
      ),
      "markdown",
    );
    expect(markdown.sections.filter((section) => isChapter(section.heading)).map((section) => section.children.length)).toEqual([2, 2]);
  });

  it("reads each part's groups when the articles start again at 1 once, in a translation after the policy", async () => {
    const text = [
      "누리군 개인정보 처리방침",
      "Ⅰ. 처리하는 정보",
      " 1. 개인정보의 처리 목적",
      " 2. 처리하는 개인정보의 항목",
      "Ⅱ. 관리와 문의",
      " 3. 개인정보의 파기",
      " 5. 개인정보 보호책임자",
      "Ⅲ. Information we process",
      " 1. Purposes",
      " 2. Items",
      "Ⅳ. Care and contact",
      " 3. Destruction",
      " 4. Privacy officer",
    ].join("\n");
    expect(shape(await parsePolicy(text, "text"))).toEqual([
      ["Ⅰ.", true, ["1.", "2."]],
      ["Ⅱ.", true, ["3.", "5."]],
      ["Ⅲ.", true, ["1.", "2."]],
      ["Ⅳ.", true, ["3.", "4."]],
    ]);
  });

  it("leaves Roman sections as they are when the numbers under them start again at 1", async () => {
    const text = [
      "누리군 개인정보 처리방침",
      "Ⅰ. 개인정보의 처리 목적",
      " 1. 민원 응대",
      " 2. 행사 안내",
      "Ⅱ. 처리하는 개인정보의 항목",
      " 1. 성명",
      " 2. 연락처",
    ].join("\n");
    expect(shape(await parsePolicy(text, "text"))).toEqual([
      ["Ⅰ.", false, []],
      ["Ⅱ.", false, []],
    ]);
  });

  it("does not take sub-headings inside the articles for groups, however they run", async () => {
    const text = [
      "누리군 개인정보 처리방침",
      "[알림]",
      "1. 개인정보의 파기",
      "[파기 절차]",
      "기한이 지나면 지웁니다.",
      "[파기 방법]",
      "되살릴 수 없게 지웁니다.",
      "2. 개인정보 보호책임자",
      "[책임자]",
      "총무과장 나무리 (031-000-1000)",
      "[담당 부서]",
      "총무과 (031-000-1001)",
      "3. 개인정보 처리방침의 변경",
      "바뀌면 7일 전에 알립니다.",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.allSections.some((section) => isChapter(section.heading))).toBe(false);
  });

  it("reads a TOC that lists the Roman groups with their articles, and splits each heading by its own entry", async () => {
    const text = [
      "누리군 개인정보 처리방침", // 1
      "목차", // 2
      "Ⅰ. 개인정보의 처리 목적과 항목", // 3
      "  1. 개인정보의 처리 목적", // 4
      "  2. 처리하는 개인정보의 항목", // 5
      "Ⅱ. 관리와 문의", // 6
      "  3. 개인정보의 파기", // 7
      "", // 8
      "Ⅰ. 개인정보의 처리 목적과 항목", // 9
      "  1. 개인정보의 처리 목적", // 10
      "  민원 응대에 씁니다.", // 11
      "  2. 처리하는 개인정보의 항목", // 12
      "  성명과 연락처입니다.", // 13
      "Ⅱ. 관리와 문의", // 14
      "  3. 개인정보의 파기", // 15
      "  기한이 지나면 지웁니다.", // 16
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine, toc.entries.length])).toEqual([[3, 7, 5]]);
    expect(document.sections.find((section) => section.startLine === 9)?.heading.title).toBe("개인정보의 처리 목적과 항목");
    expect(shape(document)).toEqual([
      ["Ⅰ.", true, ["1.", "2."]],
      ["Ⅱ.", true, ["3."]],
    ]);
  });
});

describe("question headings (question-and-answer policies)", () => {
  it("reads a numbered question as a section title", async () => {
    const text = [
      "한결마트 개인정보 처리방침",
      "",
      "1. 무엇을 모으나요?",
      "이름과 연락처를 받아요.",
      "2. 얼마 동안 가지고 있나요?",
      "탈퇴하면 바로 지워요.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.isTitle).map((section) => section.heading.title)).toEqual([
      "한결마트 개인정보 처리방침",
      "무엇을 모으나요?",
      "얼마 동안 가지고 있나요?",
    ]);
  });
  it("does not take a question that follows a sentence on its line, or an answer, for a title", async () => {
    const text = [
      "한결마트 개인정보 처리방침",
      "",
      "1. 문의",
      "1. 더 궁금하신가요? 고객센터로 연락해 주세요.",
      "2. 네, 언제든 요청할 수 있어요.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    const titles = document.allSections.filter((section) => section.heading.isTitle).map((section) => section.heading.title);
    expect(titles).not.toContain("더 궁금하신가요? 고객센터로 연락해 주세요.");
    expect(titles).not.toContain("네, 언제든 요청할 수 있어요.");
  });
});

describe("article numbers in brackets before the title", () => {
  const policy = (open: string, close: string) =>
    [
      "하늘도서관 개인정보 처리방침",
      ...[8, 9, 10, 11].flatMap((number) => [
        `${open}제${number}조${close} ${["개인정보의 파기", "안전성 확보조치", "개인정보 보호책임자", "처리방침의 변경"][number - 8]}`,
        "도서관은 이 조에서 정한 바에 따릅니다.",
        "",
      ]),
    ].join("\n");

  it.each([
    ["[", "]"],
    ["【", "】"],
    ["<", ">"],
    ["〈", "〉"],
  ])("reads %s제10조%s with its title, as it reads a one-digit article", async (open, close) => {
    const document = await parsePolicy(policy(open, close), "text");
    const articles = document.allSections.filter((section) => section.heading.isTitle && section.heading.style === "article");
    expect(articles.map((section) => [section.heading.number, section.heading.title])).toEqual([
      [8, "개인정보의 파기"],
      [9, "안전성 확보조치"],
      [10, "개인정보 보호책임자"],
      [11, "처리방침의 변경"],
    ]);
  });

  it("still reads a word in brackets as a title", async () => {
    const document = await parsePolicy("하늘도서관 개인정보 처리방침\n[개인정보 보호책임자]\n관장 윤하늘, 02-700-0000", "text");
    expect(document.allSections.map((section) => section.heading.title)).toContain("개인정보 보호책임자");
  });
});

// "2. 쿠키 – 홈페이지는 …": a one-line section gives its title, a dash and its first sentence
describe("a title set off from its body by a dash", () => {
  it.each([
    ["쿠키 – 누리집은 로그인 유지에 쿠키를 씁니다.", "쿠키", "누리집은 로그인 유지에 쿠키를 씁니다."],
    ["파기 — 목적을 이루면 지웁니다.", "파기", "목적을 이루면 지웁니다."],
    ["아동 - 만 14세 미만은 가입할 수 없습니다.", "아동", "만 14세 미만은 가입할 수 없습니다."],
  ])("splits '%s'", (rest, title, body) => {
    expect(splitRunOnTitle(rest, null)).toEqual({ title, body });
  });

  it("keeps a dash inside a sentence in the sentence", () => {
    expect(splitRunOnTitle("회사는 2024 - 2025년 자료를 보관합니다.", null).title).not.toBe("회사는 2024");
  });

  it("reads each such section, so no gap is reported between them", async () => {
    const text = [
      "1. 개인정보의 처리 목적",
      "회원 관리를 위해 처리합니다.",
      "",
      "2. 쿠키 – 누리집은 로그인 유지에 쿠키를 씁니다.",
      "",
      "3. 개인정보 보호책임자",
      "실장 노하람, 02-555-0133",
    ];
    expect(await findingsOf("numbering", text)).toEqual([]);
  });
});

// "자. 쿠키에 관하여", "3. 개인정보의 파기에 대하여": a title's formula, though it ends as a clause cut off by a wrap does
describe("titles worded '…에 관하여' or '…에 대하여'", () => {
  it.each(["쿠키에 관하여", "개인정보의 파기에 대하여", "보호책임자에 관하여"])("reads '%s' as a title", (title) => {
    expect(isTitleText(title)).toBe(true);
  });

  it("still reads a clause cut off by a wrap as unfinished", () => {
    expect(isTitleText("회사는 이용자의 동의를 받아 처리하여")).toBe(false);
  });

  it("reads such a section, so no gap is reported around it", async () => {
    const text = [
      "가. 처리 목적",
      "예약을 받습니다.",
      "",
      "나. 쿠키에 관하여",
      "쿠키를 쓰지 않습니다.",
      "",
      "다. 개인정보 보호책임자",
      "실장 노하람, 02-555-0133",
    ];
    expect(await findingsOf("numbering", text)).toEqual([]);
  });
});

// "13. 변경 및 시행": a short title for the changes to the policy and its effective date
describe("a change section titled '변경 및 시행'", () => {
  it.each(["변경 및 시행", "시행 및 변경", "변경과 시행"])("reads '%s' as the change section's title", (title) => {
    expect(topicOfTitle(title)).toBe("change");
  });

  it("does not take a sentence about changes in force for the title", () => {
    expect(topicOfTitle("법령의 변경 및 시행에 따라 달라질 수 있습니다")).not.toBe("change");
  });
});
