// outdated-reference and numbering.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf, readSeed, SEEDS } from "../helpers.js";

const header = ["하람 개인정보 처리방침", ""];

describe("outdated-reference", () => {
  it("reports each stale line with the stale words' columns", async () => {
    const text = [
      ...header,
      "본 개인정보취급방침은 다음과 같습니다.",
      "- 개인정보침해신고센터 (www.1336.or.kr / 1336)",
      "- 경찰청 사이버테러대응센터 (www.netan.go.kr)",
      "개인정보 관리책임자 : 한결",
    ];
    const findings = await findingsOf("outdated-reference", text);
    expect(findings.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [3, 3, 11],
      [4, 19, 23],
      [5, 7, 16],
      [6, 1, 11],
    ]);
  });
  it("reads an old agency number however it is written: (02) 3480-3572, 02 392 0330", async () => {
    const text = [...header, "- 대검찰청 (☎ (02) 3480-3572)", "- 사이버 경찰 02 392 0330", "- 주문 문의 (031) 3480-3572"];
    expect(await linesOf("outdated-reference", text)).toEqual([3, 4]);
  });
  it("reports the 1-year dormancy rule presented as law", async () => {
    expect(
      await linesOf("outdated-reference", [...header, "개인정보 유효기간제에 따라 1년간 이용하지 않은 회원의 정보는 분리 보관합니다."]),
    ).toEqual([3]);
  });
  it("notes the 1-year dormancy practice given as a legal duty without naming the repealed rule", async () => {
    const { lintText } = await import("../../src/pipeline/lint.js");
    const notes = async (...lines: string[]) =>
      (await lintText([...header, ...lines].join("\n"))).findings
        .filter((f) => f.ruleId === "outdated-reference")
        .map((f) => [
          f.line,
          f.severity,
          /법령에 따른 의무로 적었습니다: 그 의무\(개인정보 유효기간제\)는 2023-09-15 폐지/.test(f.message),
        ]);
    expect(
      await notes("학원은 관계 법령에 따라 1년 동안 누리집을 이용하지 않은 회원의 정보를 다른 회원의 정보와 분리하여 보관합니다."),
    ).toEqual([[3, "info", true]]);
    expect(await notes("1년 넘게 접속 기록이 없는 계정의 정보는 관련 법률에 의거하여 별도 서버에 저장합니다.")).toEqual([
      [3, "info", true],
    ]);
    expect(await notes("개인정보 보호법에 따라 1년 이상 장기 미접속 회원의 정보는 파기합니다.")).toEqual([[3, "info", true]]);
  });
  it("leaves the dormancy practice alone when it is the controller's own, or the law backs another clause", async () => {
    const { lintText } = await import("../../src/pipeline/lint.js");
    const notes = async (...lines: string[]) =>
      (await lintText([...header, ...lines].join("\n"))).findings.filter((f) => f.ruleId === "outdated-reference");
    expect(
      await notes("학원은 1년 동안 수강 신청을 하지 않은 회원의 정보를 다른 회원의 정보와 분리하여 보관하며, 분리 한 달 전에 알립니다."),
    ).toEqual([]);
    expect(await notes("1년 동안 접속하지 않은 회원의 주문 기록은 전자상거래법에 따라 5년간 별도로 보관합니다.")).toEqual([]);
    expect(await notes("관계 법령에 따라 보존할 필요가 있는 경우를 제외하고 1년 동안 접속하지 않은 회원의 정보는 파기합니다.")).toEqual([]);
    expect(await notes("1년 동안 접속하지 않은 회원은 휴면 처리하며 관련 법령에 따라 결제 기록은 분리하여 보관합니다.")).toEqual([]);
  });
  it("reports an agency given another agency's site, reading a multi-agency line agency by agency", async () => {
    const text = [
      ...header,
      "- 개인정보분쟁조정위원회 (ecrm.police.go.kr / 1833-6972)",
      "- 침해신고센터 118 privacy.kisa.or.kr - 대검찰청 1301 www.spo.go.kr",
    ];
    expect((await findingsOf("outdated-reference", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "mismatch"]]);
  });
  it("pairs agencies listed together with their contacts listed after them, in order", async () => {
    const listed = (line: string) => findingsOf("outdated-reference", [...header, line]);
    expect(await listed("- 대검찰청 / 경찰청 : 1301 / 182")).toEqual([]);
    expect(await listed("- 대검찰청·경찰청 (1301·182)")).toEqual([]);
    expect((await listed("- 대검찰청 / 경찰청 : 182 / 1301")).map((f) => [f.line, f.messageId])).toEqual([[3, "mismatch"]]);
    // contacts that do not line up one for one are read as before, each after the agency it follows
    expect((await listed("- 대검찰청 / 경찰청 : 1301")).map((f) => [f.line, f.messageId])).toEqual([[3, "mismatch"]]);
  });
  it("adds one info note for a policy in force before the 2023 amendment", async () => {
    const findings = await findingsOf("outdated-reference", [...header, "시행일자: 2021년 7월 1일"]);
    expect(findings).toEqual([]);
    const { lintText } = await import("../../src/pipeline/lint.js");
    const info = (await lintText([...header, "시행일자: 2021년 7월 1일"].join("\n"))).findings.filter(
      (f) => f.ruleId === "outdated-reference",
    );
    expect(info.map((f) => [f.line, f.severity, f.messageId])).toEqual([[1, "info", "predates2023"]]);
  });
  it("says what is stale on the line, not a stock message for the token", async () => {
    const text = [
      ...header,
      "- 개인정보분쟁조정위원회 (http://www.1336.or.kr / 1336)",
      "- 경찰청 사이버수사국 (cyberbureau.police.go.kr / 182)",
      "회원가입, 제한적 본인확인제에 따른 본인확인을 위해 처리합니다.",
      "1년간 이용하지 않은 회원의 정보는 정보통신망법 제29조에 따라 파기합니다.",
      "대검찰청 첨단범죄수사과에 문의할 수 있습니다.",
    ];
    const { lintText } = await import("../../src/pipeline/lint.js");
    const findings = (await lintText(text.join("\n"))).findings.filter((f) => f.ruleId === "outdated-reference");
    expect(findings.map((f) => [f.line, f.severity])).toEqual([
      [3, "warning"],
      [4, "warning"],
      [5, "warning"],
      [6, "warning"],
      [7, "info"],
    ]);
    expect(findings[0].message).toMatch(/분쟁조정위원회는 1833-6972/);
    expect(findings[1].message).toMatch(/^cyberbureau\.police\.go\.kr는 옛 주소/);
    expect(findings[2].message).toMatch(/^제한적 본인확인제/);
    expect(findings[3].message).toMatch(/유효기간제/);
  });
  it("reads an agency's contact given on the field lines under its name", async () => {
    const text = [
      ...header,
      "개인정보분쟁조정위원회",
      "- 전화번호 : 118",
      "- 누리집 : www.kopico.go.kr",
      "개인정보침해신고센터",
      "- 전화번호 : 118",
    ];
    expect((await findingsOf("outdated-reference", text)).map((f) => [f.line, f.messageId])).toEqual([[4, "mismatch"]]);
  });
  it("does not take an agency named inside an address field for the heading of the fields below", async () => {
    const text = [...header, "- 주소 : 나주시 진흥길 9 개인정보침해신고센터", "4. 분쟁조정 안내", "- 누리집 : www.kopico.go.kr"];
    expect(await linesOf("outdated-reference", text)).toEqual([]);
  });
  it("does not fire on current names and contacts", async () => {
    const text = [
      ...header,
      "개인정보 보호책임자 : 한결",
      "- 개인정보 분쟁조정위원회: 1833-6972 (www.kopico.go.kr)",
      "- 경찰청: 182 (ecrm.police.go.kr)",
    ];
    expect(await linesOf("outdated-reference", text)).toEqual([]);
  });
});

describe("numbering", () => {
  it("reports a gap in top-level numbers at the later heading", async () => {
    const text = [...header, "제1조 (목적)", "가", "제2조 (항목)", "나", "제4조 (보유)", "다"];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[7, "gap"]]);
  });
  it("does not take a restart at 1 (a translation that follows) for a gap", async () => {
    const text = [...header, "1. 처리 목적", "가", "2. 보유 기간", "나", "1. Purposes", "a", "2. Retention", "b"];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
  it("reports a cross-reference whose title belongs to another section", async () => {
    const text = [
      ...header,
      "1. 처리 목적",
      "회원 관리",
      "2. 제3자 제공",
      "제공하지 않습니다.",
      "3. 파기",
      '"2. 개인정보의 보유 기간"에 따라 파기합니다.',
    ];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[8, "crossReference"]]);
  });
  it("reports a table of contents that lists sections in another order", async () => {
    const text = [
      "1. 처리 목적",
      "2. 파기 절차",
      "3. 보호책임자",
      "",
      "1. 처리 목적",
      "회원 관리",
      "2. 보호책임자",
      "성명 한결",
      "3. 파기 절차",
      "지체 없이",
    ];
    // one section moved is one defect: the entry out of the body's order is reported, not every entry after it
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[2, "tocOrder"]]);
  });
  it("reports an article pasted in from another document", async () => {
    const text = [
      ...header,
      "1. 처리 목적",
      "회원 관리",
      "2. 위탁",
      "위탁하지 않습니다.",
      "제11조 (게시물의 저작권)",
      "저작권은 작성자에게 있습니다.",
      "3. 파기",
      "지체 없이",
    ];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[7, "strayArticle"]]);
  });
  it("does not report sections that all read '1.' (a scraped list that lost its numbers) as duplicates", async () => {
    const text = [...header, "1. 모으는 정보", "연락처", "1. 쓰는 곳", "상담 회신", "1. 지우는 때", "상담 종료 후 1년"];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
  it("still reports one repeated number among sections that run in order", async () => {
    const text = [...header, "1. 모으는 정보", "연락처", "2. 쓰는 곳", "상담 회신", "2. 지우는 때", "상담 종료 후 1년", "3. 문의"];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[7, "duplicate"]]);
  });
  it("reads an inserted article (제4조의2 after 제4조) as its own number, in the body and in a table of contents", async () => {
    const body = [
      "제3조 (보관 기한)",
      "탈퇴 후 1년",
      "제4조 (맡기는 곳)",
      "맡기지 않습니다",
      "제4조의2 (해외로 보내는 정보)",
      "보내지 않습니다",
      "제5조 (문의)",
      "전화",
    ];
    expect(await linesOf("numbering", [...header, "제1조 (목적)", "회원 관리", "제2조 (받는 정보)", "이름", ...body])).toEqual([]);
    const toc = [
      "차례",
      "제1조 (목적)",
      "제2조 (받는 정보)",
      "제3조 (보관 기한)",
      "제4조 (맡기는 곳)",
      "제4조의2 (해외로 보내는 정보)",
      "제5조 (문의)",
      "",
    ];
    expect(await linesOf("numbering", [...header, ...toc, "제1조 (목적)", "회원 관리", "제2조 (받는 정보)", "이름", ...body])).toEqual([]);
  });
  it("still reports an inserted article written twice, and a gap after one", async () => {
    const text = [
      ...header,
      "## 제1조 (목적)",
      "회원 관리",
      "## 제1조의2 (받는 정보)",
      "이름",
      "## 제1조의2 (보관 기한)",
      "1년",
      "## 제3조 (문의)",
      "전화",
    ];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([
      [7, "duplicate"],
      [9, "gap"],
    ]);
  });
  it("does not take another law's article for a cross-reference to the policy's own", async () => {
    const text = [
      ...header,
      "제1조 (목적)",
      "학교는 「고등교육법 시행령」 제2조(학교규칙)와 체육시설법 시행규칙 제3조(등록)에 따라 정보를 받습니다.",
      "제2조 (보관 기한)",
      "졸업 후 5년",
    ];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
  it("still reports the policy's own article cited under the wrong title", async () => {
    const text = [...header, "제1조 (목적)", "보관 기한은 제2조(파기 방법)에 따릅니다.", "제2조 (보관 기한)", "졸업 후 5년"];
    expect(await linesOf("numbering", text)).toEqual([4]);
  });
  it("matches a TOC numbered 가., 나. with body sections numbered 1., 2. by title", async () => {
    const text = [
      ...header,
      "목차",
      "가. 모으는 정보",
      "나. 보관 기한",
      "다. 문의처",
      "",
      "1. 서문",
      "이 방침은 누리집에 적용됩니다.",
      "2. 모으는 정보",
      "연락처",
      "3. 보관 기한",
      "1년",
      "4. 문의처",
      "전화 02-000-0000",
    ];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
  it("reads a cross-reference split by a hard wrap, and reports it on the line it starts", async () => {
    const text = [...header, "1. 처리 목적", '- 보관은 아래 "2. 개인정보의', '  파기 방법"에 따릅니다.', "2. 보관 기한", "1년"];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[4, "crossReference"]]);
  });
  it("numbers articles across chapters, and compares a TOC's chapter lines with the chapters", async () => {
    const text = [
      ...header,
      "목차", // 3
      "제1장 총칙", // 4
      "  제1조(목적)  제2조(적용 범위)", // 5
      "제2장 처리", // 6
      "  제3조(보관 기한)  제4조(문의처)", // 7
      "", // 8
      "제1장 총칙", // 9
      "제1조(목적) 이 방침은 군의 기준을 알린다.", // 10
      "제2조(적용 범위) 군청에 적용한다.", // 11
      "제2장 처리", // 12
      "제3조(보관 기한) 다섯 해 동안 둔다.", // 13
      "제5조(문의처) 기획실 031-000-0000", // 14
    ];
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[14, "gap"]]);
  });
  it("numbers articles across chapters in Markdown too, apart from the chapters", async () => {
    const text = [
      "# 가람시 개인정보 처리방침",
      "## 제1장 총칙",
      "### 제1조(목적)",
      "시의 기준을 알립니다.",
      "## 제2장 처리",
      "### 제2조(보관 기한)",
      "다섯 해 동안 둡니다.",
      "### 제4조(문의처)",
      "기획실 031-000-0000",
    ];
    expect((await findingsOf("numbering", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[8, "gap"]]);
  });
  describe("articles numbered straight through Roman groups (Ⅰ. over 1.–3., Ⅱ. over 4.–6.)", () => {
    const grouped = (...second: string[]) => [
      ...header,
      "Ⅰ. 처리하는 정보", // 3
      " 1. 개인정보의 처리 목적", // 4
      "  □ 민원 응대에 씁니다.", // 5
      " 2. 처리하는 개인정보의 항목", // 6
      "  □ 성명과 연락처입니다.", // 7
      "Ⅱ. 관리와 문의", // 8
      ...second,
    ];
    it("reports a gap among the articles, at the article", async () => {
      const text = grouped(" 3. 개인정보의 파기", "  □ 기한이 지나면 지웁니다.", " 5. 개인정보 보호책임자", "  □ 총무과 031-000-1000");
      expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId, f.message])).toEqual([
        [11, "gap", "조항 번호가 3. 다음에 5.로 건너뜁니다"],
      ]);
    });
    it("reads a cross-reference by the article's number, not the group's", async () => {
      const text = grouped(" 3. 개인정보의 파기", '  □ 기한은 "2. 처리하는 개인정보의 항목"에 적은 대로입니다.', " 4. 개인정보 보호책임자");
      expect(await linesOf("numbering", text)).toEqual([]);
      const wrong = grouped(" 3. 개인정보의 파기", '  □ 기한은 "2. 개인정보 보호책임자"에 적은 대로입니다.', " 4. 개인정보 보호책임자");
      expect((await findingsOf("numbering", wrong)).map((f) => [f.line, f.messageId])).toEqual([[10, "crossReference"]]);
    });
    it("leaves a TOC's group lines to the groups", async () => {
      const text = [
        ...header,
        "목차", // 3
        "Ⅰ. 처리하는 정보", // 4
        "  1. 개인정보의 처리 목적", // 5
        "  2. 처리하는 개인정보의 항목", // 6
        "Ⅱ. 관리와 문의", // 7
        "  3. 개인정보의 파기", // 8
        "", // 9
        ...grouped(" 3. 개인정보의 파기", "  □ 기한이 지나면 지웁니다.").slice(2),
      ];
      expect(await linesOf("numbering", text)).toEqual([]);
    });
  });
  it("does not fire on list items that all read '1.' under numbered sections", async () => {
    const text = [
      ...header,
      "1. 처리 목적",
      "  1. 회원 관리",
      "  1. 주문 처리",
      "2. 보유 기간",
      "  1. 탈퇴 시까지",
      '"1. 처리 목적"에 적은 범위에서만 이용합니다.',
    ];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
});

describe("seeds", () => {
  const expected: Record<string, Record<string, number[]>> = {
    numbering: { "002_f560904eedbd5243.txt": [78], "003_56b8b555a71aed3b.txt": [53] },
  };
  for (const seed of SEEDS) {
    it(`numbering on ${seed}`, async () => {
      expect(await linesOf("numbering", readSeed(seed))).toEqual(expected.numbering[seed] ?? []);
    });
    it(`outdated-reference ${seed === "004_d6aa57df349846ed.txt" ? "stays quiet" : "fires"} on ${seed}`, async () => {
      const lines = await linesOf("outdated-reference", readSeed(seed));
      expect(lines.length > 0).toBe(seed !== "004_d6aa57df349846ed.txt");
    });
  }
});

describe("outdated-reference: an old name recorded as old", () => {
  const policy = (...lines: string[]) => [
    "하람 개인정보 처리방침",
    "",
    "1. 개인정보 처리방침의 변경",
    "이 방침은 2025년 2월 1일부터 적용됩니다.",
    ...lines,
  ];

  it.each([
    ["a history table row", ["[변경 내역]", "2009.6.1 │ 개인정보취급방침 최초 제정", "2021.3.1 │ 전면 개정"]],
    ["a dated history bullet", ["○ 2009. 6. 1. 최초 제정(개인정보취급방침)"]],
    ["a line under a history heading", ["", "【연혁】", "개인정보 관리책임자 최초 지정 (2010년)"]],
    ["'구' before the old name", ["이 방침(구 개인정보취급방침)은 누리집에 게시합니다."]],
    ["'舊' in brackets", ["개인정보 처리방침(舊 개인정보취급방침)은 누리집에 게시합니다."]],
    ["'당시 명칭'", ["최초 방침은 2009년에 만들었습니다(당시 명칭: 「개인정보취급방침」)."]],
    ["a renaming arrow", ["2020년 명칭 변경: 개인정보취급방침 → 개인정보 처리방침"]],
    ["'…에서 …으로 변경'", ["2020년에 '개인정보 관리책임자'에서 '개인정보 보호책임자'로 직함을 바꾸었습니다."]],
  ])("must not fire on %s", async (_, lines) => {
    expect(await linesOf("outdated-reference", policy(...lines))).toEqual([]);
  });

  it("must still fire on the old name used now, and only there, beside a history that records it", async () => {
    const text = policy(
      "개인정보 관리책임자 : 총무팀장 하람 (02-600-0000)",
      "본 개인정보취급방침은 2025년 2월 1일 개정되었습니다.",
      "○ 2009. 6. 1. 개인정보취급방침 제정",
    );
    expect(await linesOf("outdated-reference", text)).toEqual([5, 6]);
  });
});

// 정보통신망법's personal-information provisions moved into 개인정보 보호법 on 2020-08-05: the act cited as the basis
// for protecting personal information is stale, while what it still governs (advertising, 주민등록번호, security) is not
describe("outdated-reference: 정보통신망법 as the basis for personal information", () => {
  const policy = (...lines: string[]) => ["다온 개인정보 처리방침", "", ...lines];
  const severities = async (lines: string[]) => {
    const { lintText } = await import("../../src/pipeline/lint.js");
    return (await lintText(policy(...lines).join("\n"))).findings
      .filter((f) => f.ruleId === "outdated-reference" && !/2023-09-15 개정법/.test(f.message))
      .map((f) => [f.line, f.column, f.severity]);
  };

  it.each([
    ["the full name", ["다온은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」을 지켜 회원의 개인정보를 다룹니다."], 3, 6],
    ["the short name", ["다온은 정보통신망법에 의거하여 이 처리방침을 정합니다."], 3, 5],
    ["the name run together", ["다온은 정보통신망이용촉진법에 따라 고객 개인정보를 관리합니다."], 3, 5],
    [
      "a sentence that runs onto the next line",
      ["다온은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」에 따라", "가입한 회원의 개인정보를 지킵니다."],
      3,
      6,
    ],
    [
      "the name split over two lines",
      ["다온은 「정보통신망 이용촉진 및", "정보보호 등에 관한 법률」에 근거하여 개인정보를 처리합니다."],
      3,
      6,
    ],
  ])("warns at the citation of %s", async (_, lines, line, column) => {
    expect(await severities(lines)).toEqual([[line, column, "warning"]]);
  });

  it("warns on the old privacy-policy article 제27조의2, once", async () => {
    const lines = ["다온은 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제27조의2에 따라 이 방침을 공개합니다."];
    expect(await severities(lines)).toEqual([[3, 5, "warning"]]);
  });

  it("gives info when 개인정보 보호법 is cited beside it (the old preamble boilerplate)", async () => {
    const lines = ["다온은 개인정보 보호법 및 정보통신망법 등 관련 법령상의 개인정보보호 규정을 준수합니다."];
    expect(await severities(lines)).toEqual([[3, 16, "info"]]);
  });

  it("leaves a PIPA article cited after both acts to PIPA", async () => {
    expect(await severities(["다온은 「정보통신망법」, 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다."])).toEqual([
      [3, 6, "info"],
    ]);
  });

  it.each([
    ["advertising (제50조)", "다온은 정보통신망법 제50조에 따라 광고성 정보를 보내기 전에 동의를 받습니다."],
    ["advertising without an article", "다온은 정보통신망법에 따라 영리목적 광고 전송 전에 회원의 동의를 받습니다."],
    ["주민등록번호 (제23조의2)", "다온은 정보통신망법 제23조의2에 따라 회원의 주민등록번호를 받지 않습니다."],
    ["information security (제45조)", "다온은 정보통신망법 제45조에 따라 개인정보 시스템의 보호조치를 합니다."],
    ["침해사고 (제48조의3)", "다온은 정보통신망법 제48조의3에 따라 침해사고를 신고합니다."],
    ["the term 정보통신서비스 제공자", "다온은 정보통신서비스 제공자로서 회원의 개인정보를 보호합니다."],
    ["the act cited for the term", "다온은 정보통신망법에 따른 정보통신서비스 제공자로서 회원의 개인정보를 보호합니다."],
    ["a sentence that says the old law was replaced", "정보통신망법의 개인정보 규정은 2020년 개인정보 보호법으로 옮겨졌습니다."],
    ["the network as a medium", "회원의 개인정보는 정보통신망을 통하여 암호화된 상태로 보냅니다."],
  ])("must not fire on %s", async (_, sentence) => {
    expect(await severities([sentence])).toEqual([]);
  });
});

// a TOC is compared with the body by title, in order: one section the body skips, renumbers or leaves out, or one
// the TOC leaves out, is one finding, not one for every entry after it
describe("numbering: a table of contents aligned with the body by title", () => {
  const toc = ["목차", "1. 모으는 정보", "2. 쓰는 곳", "3. 맡기는 곳", "4. 지우는 때", "5. 묻는 곳", ""]; // 3–9
  const body = (...sections: [string, string][]) => [
    "하람 개인정보 처리방침",
    "",
    ...toc,
    ...sections.flatMap(([title, text]) => [title, text]),
  ];
  const gathered: [string, string] = ["모으는 정보", "연락처"];
  const used: [string, string] = ["쓰는 곳", "상담 회신"];
  const entrusted: [string, string] = ["맡기는 곳", "위탁하지 않습니다."];
  const erased: [string, string] = ["지우는 때", "상담 종료 후 1년"];
  const asked: [string, string] = ["묻는 곳", "전화 02-000-0000"];
  const numbered = (from: number, ...sections: [string, string][]) =>
    sections.map(([title, text], at): [string, string] => [`${from + at}. ${title}`, text]);

  it("reports a number the body skips once, not the TOC entries after it", async () => {
    const text = body(...numbered(1, gathered, used), ...numbered(4, entrusted, erased, asked));
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[14, "gap"]]);
  });

  it("reports a body section the TOC leaves out, on its heading, and nothing for the entries after it", async () => {
    const text = body(...numbered(1, gathered, used, ["보관하는 기록", "접속 기록 1년"], entrusted, erased, asked));
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[14, "sectionNotInToc"]]);
  });

  it("reports a TOC entry the body does not have after its last section", async () => {
    const text = body(...numbered(1, gathered, used, entrusted, erased));
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[8, "tocEntryMissing"]]);
  });

  it("still reports an entry the body titles otherwise, against the section in its place", async () => {
    const findings = await findingsOf("numbering", body(...numbered(1, gathered, used, ["해외로 보내는 정보", "없음"], erased, asked)));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "tocMismatch"]]);
    expect(findings[0].message).toContain("'해외로 보내는 정보'");
  });

  it("does not fire when every entry and section line up", async () => {
    expect(await linesOf("numbering", body(...numbered(1, gathered, used, entrusted, erased, asked)))).toEqual([]);
  });

  // an entry that lists in brackets what its section holds names it by the words outside them
  it("takes an entry with a bracketed list for the section it names outside the brackets", async () => {
    const listed = ["목차", "1. 모으는 정보", "2. 쓰는 곳", "3. 기타 (쿠키, 영상정보처리기기, 아동)", ""];
    const text = [
      "하람 개인정보 처리방침",
      "",
      ...listed,
      ...numbered(1, gathered, used, ["기타 안내", "쿠키를 쓰지 않습니다."]).flatMap(([title, line]) => [title, line]),
    ];
    expect(await linesOf("numbering", text)).toEqual([]);
  });
});

// a TOC entry, or a cross-reference, may name a section by the everyday name of the statutory item it covers
describe("numbering: an entry that names the section's statutory item by another name", () => {
  const policy = (entries: string[], sections: string[], extra: string[] = []) => [
    "누리 도서관 개인정보 처리방침",
    "",
    "목차",
    ...entries.map((entry, at) => `${at + 1}. ${entry}`),
    "",
    ...sections.flatMap((title, at) => [`${at + 1}. ${title}`, "이 조항의 내용은 도서관 누리집에 게시합니다."]),
    ...extra,
  ];
  const sections = [
    "대출 회원 정보의 처리 목적",
    "개인정보 자동 수집 장치의 설치·운영 및 그 거부에 관한 사항",
    "개인정보 처리업무의 위탁",
    "영상정보처리기기의 설치·운영",
    "개인정보 보호책임자 및 담당부서",
  ];

  it("does not fire when the entries give the items' common names", async () => {
    const text = policy(["대출 회원 정보의 처리 목적", "쿠키 정책", "맡기는 업무", "CCTV 운영", "고충 처리 부서"], sections);
    expect(await linesOf("numbering", text)).toEqual([]);
  });

  it("still reports an entry that names another item than the section at its number", async () => {
    const findings = await findingsOf(
      "numbering",
      policy(["대출 회원 정보의 처리 목적", "쿠키 정책", "맡기는 업무", "CCTV 운영", "파기 방법"], sections),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[8, "tocMismatch"]]);
    expect(findings[0].message).toContain("'파기 방법'");
  });

  it("still reports an entry whose word only stands inside the section's longer item name", async () => {
    // "수집" of "수집 항목" is part of "자동 수집 장치": the section is about cookies, not the items collected
    const findings = await findingsOf(
      "numbering",
      policy(["대출 회원 정보의 처리 목적", "수집 항목", "맡기는 업무", "CCTV 운영", "고충 처리 부서"], sections),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "tocMismatch"]]);
  });

  it("reports a cross-reference to a section about another item, not one naming its section's item by a common name", async () => {
    const text = policy(sections, sections, [
      "이용 기록의 수집을 원하지 않으시면 「2. 쿠키」에 따라 거부할 수 있습니다.", // 20
      "보관 기간이 끝난 정보는 「5. 쿠키」에 따라 처리합니다.", // 21
    ]);
    expect((await findingsOf("numbering", text)).map((f) => [f.line, f.messageId])).toEqual([[21, "crossReference"]]);
  });
});

// A Markdown heading is numbered as its text is: "## 4-1." or "## 4.1" between "## 4." and "## 5." is a sub-article
// inserted without renumbering, as it is in plain text, not the next top-level number.
describe("numbering: a sub-numbered Markdown heading inserted between two articles", () => {
  const headings = (inserted: string) => [
    "# 하람 개인정보 처리방침",
    "",
    "## 4. 개인정보의 파기",
    "지체 없이 파기합니다.",
    "",
    `## ${inserted} 가명정보의 처리`,
    "가명정보를 처리하지 않습니다.",
    "",
    "## 5. 안전성 확보조치",
    "접근을 통제합니다.",
    "",
    "## 6. 보호책임자",
    "정민재, 02-000-0000",
  ];
  it.each(["4-1.", "4.1", "4.1."])("must not fire: ## %s", async (inserted) => {
    expect(await findingsOf("numbering", headings(inserted), "markdown")).toEqual([]);
  });
  it("must fire: a real gap after the inserted heading", async () => {
    const text = headings("4-1.").map((line) => line.replace("## 6.", "## 7."));
    expect((await findingsOf("numbering", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[12, "gap"]]);
  });
});

// a policy translated from English numbers its sections "Section N" and refers to them so: "Section 10(자동화된 결정)";
// its Markdown headings may carry a site generator's attributes ("{#section-10}"), which are no part of the title
describe("numbering: references in a policy whose sections are numbered in English", () => {
  const translated = (reference: string) => [
    "# 하버라이트 개인정보 처리방침",
    "",
    "## Section 1. 처리 목적 (Purposes) {#section-1}",
    "게임 계정 관리를 위하여 처리합니다.",
    `- 자동화된 결정에 대한 권리: ${reference}을 참조하십시오.`,
    "",
    "## Section 2. 자동화된 결정 (Automated Decisions) {#section-2}",
    "자동화된 결정을 하지 않습니다.",
    "",
    "## Section 3. 쿠키 (Cookies) {#section-3}",
    "쿠키를 쓰지 않습니다.",
  ];
  it("must fire on a reference whose number names another section", async () => {
    const findings = await findingsOf("numbering", translated("Section 3(자동화된 결정)"), "markdown");
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "crossReference"]]);
    expect(findings[0].message).toContain("'쿠키 (Cookies)'");
  });
  it("must not fire on a reference that names its section", async () => {
    expect(await findingsOf("numbering", translated("Section 2(자동화된 결정)"), "markdown")).toEqual([]);
  });
  it("must not read 'Article N (…)' as a reference in a policy numbered otherwise", async () => {
    const text = [
      "가온 개인정보 처리방침",
      "",
      "제1조(처리 목적)",
      "GDPR Article 6 (Lawfulness)에 따라 처리합니다.",
      "",
      "제6조(파기)",
      "지체 없이 파기합니다.",
    ];
    expect((await findingsOf("numbering", text)).filter((f) => f.messageId === "crossReference")).toEqual([]);
  });
});
