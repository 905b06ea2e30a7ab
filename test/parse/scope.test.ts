import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

const parts = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
  document.outOfScope.map((part) => [part.startLine, part.endLine, part.reason]);

describe("a previous version appended to the policy", () => {
  const markdown = [
    "# 별솔 개인정보 처리방침", // 1
    "", // 2
    "**시행일: 2025년 3월 1일**", // 3
    "", // 4
    "## 7. 개인정보 보호책임자", // 5
    "- 보호책임자: 개발이사 문하람, 02-600-0000", // 6
    "", // 7
    "## 8. 권익침해 구제방법", // 8
    "- 개인정보침해신고센터: 118, privacy.kisa.or.kr", // 9
    "", // 10
    "# 이전 개인정보 처리방침 (2022.1.1 ~ 2025.2.28)", // 11
    "", // 12
    "## 7. 개인정보 관리책임자", // 13
    "- 관리책임자: 문하람, 02-600-0000", // 14
    "", // 15
    "## 8. 권익침해 구제방법", // 16
    "- 경찰청 사이버안전국: cyberbureau.police.go.kr", // 17
  ].join("\n");

  it("is out of scope from its heading to the end, its lines blanked and kept", async () => {
    const document = await parsePolicy(markdown, "markdown");
    expect(parts(document)).toEqual([[11, 17, "previous-version"]]);
    expect(document.allSections.every((section) => section.endLine < 11)).toBe(true);
    expect(document.plain.slice(10).every((line) => line.trim() === "")).toBe(true);
    expect(document.plain.every((line, index) => line.length === document.lines[index].length)).toBe(true);
    expect(document.lines[16]).toContain("사이버안전국");
  });

  it("is not linted: its old names and agencies are history", async () => {
    expect(await linesOf("outdated-reference", markdown, "markdown")).toEqual([]);
  });

  it("does not lend its 시행일 to the current policy", async () => {
    const text = [
      "다솜 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보의 처리 목적", // 3
      "회원 관리에 씁니다.", // 4
      "", // 5
      "2. 개인정보 보호책임자", // 6
      "보호책임자: 운영팀장 서다솜, 02-500-0000", // 7
      "", // 8
      "[이전 개인정보 처리방침]", // 9
      "", // 10
      "1. 개인정보의 처리 목적", // 11
      "회원 관리와 이벤트 안내에 씁니다.", // 12
      "", // 13
      "부칙", // 14
      "이 방침은 2021년 5월 1일부터 시행합니다.", // 15
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(parts(document)).toEqual([[9, 15, "previous-version"]]);
    expect(await findingsOf("effective-date", text)).toHaveLength(1);
  });

  it.each([
    ["개정 전 처리방침 전문"],
    ["종전 개인정보처리방침"],
    ["개인정보 처리방침 (2021.03.01 ~ 2023.12.31)"],
    ["<구> 개인정보 처리방침"],
  ])("starts at '%s'", async (heading) => {
    const text = [
      "다솜 개인정보 처리방침", // 1
      "1. 개인정보의 처리 목적", // 2
      "회원 관리에 씁니다.", // 3
      "2. 개인정보 보호책임자", // 4
      "보호책임자: 운영팀장 서다솜, 02-500-0000", // 5
      "", // 6
      heading, // 7
      "1. 개인정보의 처리 목적", // 8
      "회원 관리에 씁니다.", // 9
    ].join("\n");
    expect(parts(await parsePolicy(text, "text"))).toEqual([[7, 9, "previous-version"]]);
  });

  it.each([["────────────────"], ["================"], ["----------------"]])(
    "starts at a title set off by a rule '%s' rather than a blank line",
    async (rule) => {
      const text = [
        "다솜 개인정보 처리방침", // 1
        "1. 개인정보의 처리 목적", // 2
        "회원 관리에 씁니다.", // 3
        "2. 개인정보의 파기", // 4
        "보유 기간이 끝나면 지체 없이 파기합니다.", // 5
        "", // 6
        rule, // 7
        "종전 개인정보 처리방침 (2020. 3. 1. ~ 2023. 12. 31. 적용)", // 8
        rule, // 9
        "", // 10
        "1. 개인정보의 처리 목적", // 11
        "회원 관리에 씁니다.", // 12
        "2. 개인정보의 파기", // 13
        "전자 파일은 복구할 수 없게 지우고 종이는 파쇄합니다.", // 14
      ].join("\n");
      expect(parts(await parsePolicy(text, "text"))).toEqual([[8, 14, "previous-version"]]);
      // the version in force says no method, and the earlier one's does not count for it
      expect(await linesOf("required-destruction", text)).toEqual([4]);
    },
  );

  it("is not started by a policy-named line inside a paragraph, rule or no rule", async () => {
    const text = [
      "다솜 개인정보 처리방침",
      "1. 개인정보의 처리 목적",
      "회원 관리에 씁니다. 자세한 내용은 아래를 보십시오.",
      "종전 개인정보 처리방침 (2020. 3. 1. ~ 2023. 12. 31. 적용)",
    ].join("\n");
    expect(parts(await parsePolicy(text, "text"))).toEqual([]);
  });

  it("ends where a heading returns to the policy in force", async () => {
    const text = [
      "[이전 개인정보 처리방침 (2021.1.1 ~ 2023.12.31)]", // 1
      "1. 개인정보의 처리 목적", // 2
      "회원 관리에 씁니다.", // 3
      "", // 4
      "[현행 개인정보 처리방침]", // 5
      "1. 개인정보의 처리 목적", // 6
      "회원 관리와 상담에 씁니다.", // 7
    ].join("\n");
    expect(parts(await parsePolicy(text, "text"))).toEqual([[1, 3, "previous-version"]]);
  });

  it("starts at a folded earlier version whose summary reads as a link ('이전 처리방침 보기')", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>다솜 개인정보 처리방침</h1>", // 2
      "<h2>1. 개인정보의 처리 목적</h2>", // 3
      "<p>회원 관리에 씁니다.</p>", // 4
      "<h2>2. 개인정보 보호책임자</h2>", // 5
      "<p>보호책임자: 운영팀장 서다솜, 02-500-0000</p>", // 6
      "<details><summary>이전 개인정보 처리방침 보기</summary>", // 7
      "<h2>1. 개인정보의 처리 목적</h2>", // 8
      "<p>회원 관리와 이벤트 안내에 씁니다.</p>", // 9
      "</details>", // 10
      "</body></html>", // 11
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(parts(document)).toEqual([[7, 9, "previous-version"]]);
    expect(document.allSections.map((section) => section.startLine)).toEqual([2, 3, 5]);
  });

  it("leaves a revision history and links to earlier versions in the policy", async () => {
    const text = [
      "다솜 개인정보 처리방침", // 1
      "1. 개인정보의 처리 목적", // 2
      "회원 관리에 씁니다.", // 3
      "2. 개인정보 처리방침의 변경", // 4
      "이 방침은 2025년 1월 1일부터 시행합니다.", // 5
      "개정 이력", // 6
      "- 2024.1.1 개정", // 7
      "- 2023.1.1 제정", // 8
      "이전 개인정보 처리방침", // 9
      "- 2023.1.1 ~ 2023.12.31 적용 (보기)", // 10
      "이전 처리방침 보기", // 11
      "3. 개인정보 보호책임자", // 12
      "보호책임자: 운영팀장 서다솜, 02-500-0000", // 13
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(parts(document)).toEqual([]);
    expect(document.allSections.map((section) => section.startLine)).toContain(12);
  });
});

describe("another document on the same page", () => {
  const termsThenPolicy = [
    "하람 요가 이용약관 및 개인정보 처리방침", // 1
    "", // 2
    "[회원 이용약관]", // 3
    "", // 4
    "제1조(목적)", // 5
    "이 약관은 요가원이 제공하는 강습의 이용 조건을 정합니다.", // 6
    "", // 7
    "제2조(약관의 변경)", // 8
    "요가원은 약관을 바꿀 때 적용일 7일 전부터 알리고, 회원에게 불리하면 30일 전부터 알립니다.", // 9
    "", // 10
    "부칙", // 11
    "이 약관은 2025년 4월 1일부터 시행합니다.", // 12
    "", // 13
    "[개인정보 처리방침]", // 14
    "", // 15
    "제1조(개인정보의 처리 목적)", // 16
    "요가원은 회원 관리와 출석 확인에 개인정보를 씁니다.", // 17
    "", // 18
    "제2조(처리방침의 변경)", // 19
    "방침을 바꾸면 요가원 게시판에 알립니다.", // 20
  ].join("\n");

  it("is out of scope up to the policy's own title", async () => {
    const document = await parsePolicy(termsThenPolicy, "text");
    expect(parts(document)).toEqual([[3, 12, "other-document"]]);
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 14, 16, 19]);
  });

  it("lends neither its 부칙 nor its 시행일 to the policy", async () => {
    expect(await linesOf("change-notice", termsThenPolicy)).toEqual([19]);
    expect(await findingsOf("effective-date", termsThenPolicy)).toHaveLength(1);
  });

  it("is out of scope from its title to the end when it follows the policy", async () => {
    const text = [
      "# 하람 개인정보 처리방침", // 1
      "", // 2
      "## 1. 개인정보의 처리 목적", // 3
      "회원 관리에 씁니다.", // 4
      "", // 5
      "## 2. 개인정보 보호책임자", // 6
      "보호책임자: 원장 한하람, 02-400-0000", // 7
      "", // 8
      "# 위치기반서비스 이용약관", // 9
      "", // 10
      "## 제1조(목적)", // 11
      "이 약관은 위치 정보를 이용한 강습 안내의 조건을 정합니다.", // 12
      "", // 13
      "## 마케팅 정보 수신 동의", // 14
      "행사 소식을 문자로 받으려면 동의해 주십시오.", // 15
    ].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(parts(document)).toEqual([[9, 15, "other-document"]]);
  });

  it("leaves a policy that mentions 이용약관 and a section on the policy's changes alone", async () => {
    const text = [
      "[하람 개인정보 처리방침]", // 1
      "", // 2
      "[개인정보의 처리 목적]", // 3
      "회원 가입 때 이용약관과 이 방침에 동의를 받고, 회원 관리에 씁니다.", // 4
      "", // 5
      "[이용약관과의 관계]", // 6
      "이 방침에 없는 사항은 이용약관을 따릅니다.", // 7
      "", // 8
      "[개인정보 처리방침의 변경]", // 9
      "바꿀 때에는 7일 전부터 알립니다.", // 10
    ].join("\n");
    expect(parts(await parsePolicy(text, "text"))).toEqual([]);
  });

  it("does not take a table's cell or a list that ends with a document's name for that document", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>하람 개인정보 처리방침</h1>", // 2
      "<h2>처리하는 개인정보의 항목</h2>", // 3
      "<table>", // 4
      "<tr><th>구분</th><th>항목</th></tr>", // 5
      "<tr>", // 6
      "<td>소식지</td>", // 7
      "<td>마케팅 정보 수신 동의</td>", // 8: a cell
      "</tr>", // 9
      "</table>", // 10
      "<p>이름, 휴대전화번호, 마케팅 수신 동의</p>", // 11: a list
      "<h2>보유 기간</h2>", // 12
      "<p>1. 회원 정보: 탈퇴할 때까지</p>", // 13
      "<h2>문의처</h2>", // 14
      "<p>보호책임자: 원장 한하람, 02-400-0000</p>", // 15
      "</body></html>", // 16
    ].join("\n");
    expect(parts(await parsePolicy(html, "html"))).toEqual([]);
    const text = [
      "하람 개인정보 처리방침", // 1
      "", // 2
      "1. 처리 목적", // 3
      "회원 관리에 씁니다.", // 4
      "", // 5
      "마케팅 정보 수신 동의", // 6: a label over a list, not a document
      "1. 행사 안내: 동의한 회원에게만 문자로 보냅니다.", // 7
      "", // 8
      "2. 문의처", // 9
      "원장 한하람, 02-400-0000", // 10
    ].join("\n");
    expect(parts(await parsePolicy(text, "text"))).toEqual([]);
  });
});

// the earlier version kept as a summary of numbered lines answered on themselves ("1. 수집 항목: …"), under a bare
// "[이전 처리방침]" after a rule: its items repeat the policy's, so it is the earlier version, and its dates and
// names are history (the policy in force with no date of its own has none)
describe("an earlier version written as numbered lines answered on themselves", () => {
  const policy = (current: string[]) =>
    [
      "솔바람 중고책방 개인정보 처리방침", // 1
      "", // 2
      "【1. 처리하는 개인정보 항목】", // 3
      "휴대전화번호, 닉네임, 배송 주소", // 4
      "", // 5
      "【2. 개인정보의 보유 기간】", // 6
      "탈퇴할 때까지 보유합니다.", // 7
      "", // 8
      "【3. 개인정보 보호책임자】", // 9
      "운영팀장 한새벽 (02-555-0181)", // 10
      ...current, // 11
      "", // 12
      "──────────────", // 13
      "[이전 처리방침]", // 14
      "아래는 2023년 5월 31일까지 적용된 처리방침입니다.", // 15
      "1. 수집하는 개인정보 항목: 휴대전화번호, 닉네임", // 16
      "2. 보유 및 이용기간: 탈퇴 시까지", // 17
      "3. 개인정보 관리책임자: 한새벽 (02-555-0181)", // 18
      "4. 개인정보침해신고센터: (국번없이) 1336", // 19
      "시행일자: 2021년 4월 1일", // 20
    ].join("\n");

  it("is out of scope, and not linted", async () => {
    const text = policy(["이 방침은 2024년 6월 1일부터 시행합니다."]);
    expect(parts(await parsePolicy(text))).toEqual([[14, 20, "previous-version"]]);
    expect(await linesOf("outdated-reference", text)).toEqual([]);
  });

  it("lends the policy in force none of its dates", async () => {
    const findings = await findingsOf("effective-date", policy([""]));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[1, "missing"]]);
  });
});

// a table that sets the old text beside the new, appended to record a revision: its old column is what the policy
// no longer says. The part is the table under its title; the policy may go on after it.
describe("a table of the old text beside the new", () => {
  const policy = (...comparison: string[]) =>
    [
      "한솔 도서관 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보 보호책임자", // 3
      "보호책임자: 관장 윤다솜, 02-700-0000", // 4
      "", // 5
      ...comparison, // 6…
      "", //
      "2. 권익침해 구제방법",
      "개인정보침해신고센터: 118",
    ].join("\n");
  const oldBesideNew = [
    "개정 전후 비교표",
    "",
    "개정 전 | 개정 후",
    "제1조 개인정보 관리책임자: 총무과장 | 제1조 보호책임자: 관장",
    "사이버안전국 (국번없이) 182 | 경찰청 182",
  ];

  it("is out of scope from its title to the table's last row, the sections after it read", async () => {
    const document = await parsePolicy(policy(...oldBesideNew), "text");
    expect(parts(document)).toEqual([[6, 10, "comparison"]]);
    const titles = document.allSections.map((section) => [section.heading.title, section.startLine, section.endLine]);
    expect(titles.slice(-2)).toEqual([
      ["개인정보 보호책임자", 3, 4],
      ["권익침해 구제방법", 12, 13],
    ]);
    expect(await linesOf("outdated-reference", policy(...oldBesideNew))).toEqual([]);
  });

  it("is read in Markdown and HTML too", async () => {
    const markdown = [
      "# 한솔 개인정보 처리방침",
      "",
      "## 신·구조문 대비표",
      "",
      "| 종전 | 개정 |",
      "| --- | --- |",
      "| 개인정보 관리책임자 | 개인정보 보호책임자 |",
    ];
    expect(parts(await parsePolicy(markdown.join("\n"), "markdown"))).toEqual([[3, 7, "comparison"]]);
    const html = [
      "<h1>한솔 개인정보 처리방침</h1>",
      "<h2>신구 조문 대비표</h2>",
      "<table>",
      "<tr><th>종전</th><th>개정</th></tr>",
      "<tr><td>개인정보 관리책임자</td><td>개인정보 보호책임자</td></tr>",
      "</table>",
      "<h2>1. 개인정보 보호책임자</h2>",
      "<p>관장 윤다솜, 02-700-0000</p>",
    ];
    const document = await parsePolicy(html.join("\n"), "html");
    expect(parts(document)).toEqual([[2, 6, "comparison"]]);
    expect(await linesOf("outdated-reference", html.join("\n"), "html")).toEqual([]);
  });

  it("is not a part when no table follows its title, and the stale name there is still found", async () => {
    const text = policy("개정 전후 비교표", "", "개인정보 관리책임자를 두어 문의에 답합니다.");
    expect(parts(await parsePolicy(text, "text"))).toEqual([]);
    expect(await linesOf("outdated-reference", text)).toEqual([8]);
  });
});
