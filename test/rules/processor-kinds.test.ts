// processor-disclosure: processors given as kinds in list items numbered any way a policy numbers them ("가.",
// "1)", "(1)", "①"), and kinds recognised by a head noun standing as its own word ("세탁물 수거 업체").
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";
import { isBusinessKind } from "../../src/runtime/business-kinds.js";

const found = async (lines: string[], format: "text" | "markdown" | "html" = "text") =>
  (await findingsOf("processor-disclosure", lines, format)).map((f) => [f.line, f.messageId]);
const policy = (...items: string[]) => [
  "맑은물 세탁소 개인정보 처리방침",
  "",
  "5. 개인정보 처리의 위탁",
  "세탁소는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.",
  ...items,
];

describe("list items read as table rows are", () => {
  it.each([
    ["가.", "가. 세탁물 수거 업체: 방문 수거와 배달"],
    ["1)", "1) 세탁물 수거 업체: 방문 수거와 배달"],
    ["(1)", "(1) 세탁물 수거 업체: 방문 수거와 배달"],
    ["①, with a dash", "① 세탁물 수거 업체 – 방문 수거와 배달"],
    ["가), a kind in the lists", "가) 택배사: 방문 수거와 배달"],
  ])("a kind after %s", async (_, item) => {
    expect(await found(policy(item, "나. ㈜맑은코드: 예약 시스템 유지보수"))).toEqual([[5, "unnamedProcessor"]]);
  });

  it.each(["▶", "○", "■"])("a processor left open after the glyph %s", async (glyph) => {
    expect(await found(policy(`${glyph} ㈜맑은코드: 예약 시스템 유지보수`, `${glyph} ㈜맑은물류 등: 수거 일정 안내`))).toEqual([
      [6, "vagueProcessor"],
    ]);
  });

  it("an open kind after a Hangul mark", async () => {
    expect(await found(policy("가. ㈜맑은코드: 예약 시스템 유지보수", "나. 안내 문자 발송 대행사 등: 수거 일정 안내"))).toEqual([
      [6, "vagueProcessor"],
    ]);
  });

  it.each([
    ["a company's mark before", "가. ㈜한빛수거: 방문 수거와 배달"],
    ["a company's mark after", "가. 한빛수거 주식회사: 방문 수거와 배달"],
    ["a Latin name", "① Amazon Web Services – 예약 서버 운영"],
    ["a name fused to its kind", "1) 한빛수거: 방문 수거와 배달"],
  ])("named: %s", async (_, item) => {
    expect(await found(policy(item))).toEqual([]);
  });

  it("a label and its value written with a dash is not a processor and its task", async () => {
    expect(await found(policy("- 수탁업체 – ㈜한빛수거", "- 위탁업무 – 방문 수거와 배달"))).toEqual([]);
  });
});

describe("a kind by its head noun", () => {
  it.each([
    "세탁물 수거 업체",
    "우편물 발송 대행사",
    "폐기물 수거 업자",
    "부가 통신 사업자",
    "검체 운송 용역업체",
    "장기요양 급여 청구 프로그램 업체",
  ])("'%s' in a table", async (kind) => {
    const text = [
      "맑은물 세탁소 개인정보 처리방침",
      "",
      "## 5. 개인정보 처리의 위탁",
      "",
      "| 수탁자 | 위탁업무 |",
      "| --- | --- |",
      `| ${kind} | 방문 수거와 배달 |`,
      "| ㈜맑은코드 | 예약 시스템 유지보수 |",
    ];
    expect(await found(text, "markdown")).toEqual([[7, "unnamedProcessor"]]);
  });

  it.each([
    ["a kind", "세탁물 수거 업체", true],
    ["a kind with two words of work", "안내 우편물 발송 대행사", true],
    ["a Latin name before the head", "AWS 업체", false],
    ["a company's mark", "㈜한빛수거 업체", false],
    ["a pointer to a list", "다음 기관", false],
    ["a clause before the head", "연구에 참여하는 기관", false],
    ["a list closed by 등", "한빛병원 등 협력 기관", false],
    ["a head alone", "업체", false],
  ])("%s: '%s'", (_, phrase, kind) => {
    expect(isBusinessKind(phrase)).toBe(kind);
  });
});

describe("a company that calls itself after its trade stays named", () => {
  it.each(["맑은물류 수거 업체", "한결정보통신 유지관리 회사"])("'%s'", (phrase) => {
    expect(isBusinessKind(phrase)).toBe(false);
  });
});

describe("a kind in a table drawn with bare rules", () => {
  it("must fire on the row whose processor is only a kind, under a rule of strokes", async () => {
    const rule = "━━━━━━━━━━━━━━━━━━━━━━━━";
    const text = policy("", rule, "┃ 수탁자 ┃ 위탁업무 ┃", rule, "┃ 택배사 ┃ 세탁물 배달 ┃", "┃ ㈜물빛결제 ┃ 요금 결제 ┃", rule);
    expect(await found(text)).toEqual([[9, "unnamedProcessor"]]);
  });
});

// a word for a business after any noun of trade is a kind, whether the word is a head alone ("업체"), one fused to
// how the business stands ("협력업체", "전문업체") or fused to the trade ("방역업체"); a name or a company's mark says who
describe("a trade noun before a word for a business", () => {
  it.each([
    ["a partner firm after a trade noun", "도배 협력업체"],
    ["a specialist firm after a trade noun", "배관 전문업체"],
    ["an outsourced firm after two trade nouns", "외벽 도장 외주업체"],
    ["a trade fused to 사", "시공사"],
    ["a trade fused to 업체, with a qualifier", "협력 방역업체"],
    ["a trade fused to 업체", "정비업체"],
  ])("%s is a kind", (_, phrase) => {
    expect(isBusinessKind(phrase)).toBe(true);
  });

  it.each([
    ["a company's mark", "㈜한빛도배 협력업체"],
    ["a Latin name", "HBC 협력업체"],
    ["a name fused to its trade", "한빛방역"],
    ["a name with a mark after its trade", "한빛 방역㈜"],
  ])("%s names one", (_, phrase) => {
    expect(isBusinessKind(phrase)).toBe(false);
  });

  it("fires on a processor row given as such a kind, and not on the named row beside it", async () => {
    const lines = policy("| 수탁자 | 위탁 업무 |", "| 도배 협력업체 | 방문 시공 |", "| ㈜맑은코드 | 예약 시스템 유지보수 |");
    expect(await found(lines, "markdown")).toEqual([[6, "unnamedProcessor"]]);
  });
});

describe("a finance product before a word for a lender", () => {
  it.each(["리스 금융회사", "제휴 할부 캐피탈사", "대출금융사", "자동차 보험사"])("%s is a kind", (phrase) => {
    expect(isBusinessKind(phrase)).toBe(true);
  });

  it.each(["누리캐피탈", "누리 할부금융사", "㈜누리 리스 금융회사", "KN캐피탈사"])("%s names one", (phrase) => {
    expect(isBusinessKind(phrase)).toBe(false);
  });
});

// read as third-party-provision reads a recipient: a name glossed with its kind in brackets is a name
describe("a processor glossed with its kind in brackets", () => {
  it("is a kind when the bracket is all the field gives, a name when one stands before it", async () => {
    for (const name of ["㈜바른수거(세탁물 수거 대행업체)", "깨끗한손 (다림질 협력사)"])
      expect(await found(policy(`- 수탁자: ${name}`, "- 위탁업무: 방문 수거와 배달"))).toEqual([]);
    expect(await found(policy("- 수탁자: (세탁물 수거 대행업체)", "- 위탁업무: 방문 수거와 배달"))).toEqual([[5, "unnamedProcessor"]]);
  });
});

describe("a kind with some of its members in brackets, the rest left open with 등", () => {
  it.each([
    ["a list item", ["가. ㈜맑은코드: 예약 시스템 유지보수", "나. 협력 수선실(서교점, 상수점 등): 단추 교체와 수선"], 6],
    ["a processor field", ["- 수탁자: 제휴 세탁공장(일산공장, 김포공장 등)", "- 위탁업무: 대량 세탁"], 5],
    ["a table row", ["수탁자 | 위탁업무", "택배사(㈜한빛물류 등) | 세탁물 배송", "㈜맑은코드 | 예약 시스템 유지보수"], 6],
  ])("is an open list of processors in %s", async (_, items, line) => {
    expect(await found(policy(...items))).toEqual([[line, "vagueProcessor"]]);
  });

  it("is only a kind when the bracket gives kinds too", async () => {
    expect(await found(policy("- 수탁자: 결제대행사(PG사 등)", "- 위탁업무: 요금 결제"))).toEqual([[5, "unnamedProcessor"]]);
  });

  it("names the processors when the bracket lists them all, or names one glossed with its kind", async () => {
    expect(await found(policy("가. 협력 수선실(서교점, 상수점): 단추 교체와 수선", "나. ㈜맑은코드: 예약 시스템 유지보수"))).toEqual([]);
    expect(await found(policy("- 수탁자: ㈜바른수거(세탁물 수거 대행업체 등)", "- 위탁업무: 방문 수거와 배달"))).toEqual([]);
  });
});

// a table with no column names ("<td>안내 문자 발송 대행사</td><td>…</td>", "누리결제㈜<TAB>요금 결제") holds a processor and
// its task in each row of two cells, as the list item "- name: task" does; a row of two labels is its header
describe("a processor in a row of two cells under no column names", () => {
  const entrusted = (format: "text" | "markdown" | "html", lines: string[]) =>
    findingsOf("processor-disclosure", lines, format).then((findings) => findings.map((f) => [f.line, f.messageId]));
  const htmlPolicy = (...rows: string[]) => [
    "<table>",
    '<tr><td colspan="2"><b>맑은물 세탁소 개인정보 처리방침</b></td></tr>',
    '<tr><td colspan="2"><b>1. 개인정보의 처리 목적</b></td></tr>',
    "<tr><td>수거 예약</td><td>방문 수거 일정 확인</td></tr>",
    '<tr><td colspan="2"><b>5. 개인정보 처리의 위탁</b></td></tr>',
    '<tr><td colspan="2">세탁소는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.</td></tr>',
    ...rows,
    '<tr><td colspan="2"><b>6. 개인정보의 파기</b></td></tr>',
    '<tr><td colspan="2">목적을 이룬 정보는 지체 없이 지웁니다.</td></tr>',
    "</table>",
  ];

  it("fires on the kind in a page laid out as one table, its titles spanning both columns", async () => {
    const text = htmlPolicy(
      "<tr><td>㈜맑은코드</td><td>예약 시스템 유지보수</td></tr>",
      "<tr><td>세탁물 수거 대행사</td><td>방문 수거와 배달</td></tr>",
    );
    expect(await entrusted("html", text)).toEqual([[8, "unnamedProcessor"]]);
  });

  it("fires on a row whose cells stand on lines of their own", async () => {
    const text = [
      "<h1>맑은물 세탁소 개인정보 처리방침</h1>",
      "<h2>5. 개인정보 처리의 위탁</h2>",
      "<p>세탁소는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.</p>",
      "<table>",
      "<tr>",
      "<td>㈜맑은코드</td>",
      "<td>예약 시스템 유지보수</td>",
      "</tr>",
      "<tr>",
      "<td>세탁물 수거 대행사</td>",
      "<td>방문 수거와 배달</td>",
      "</tr>",
      "</table>",
    ];
    expect(await entrusted("html", text)).toEqual([[10, "unnamedProcessor"]]);
  });

  it("fires on a Markdown table whose first row is a processor", async () => {
    const text = policy("", "| ㈜맑은코드 | 예약 시스템 유지보수 |", "| --- | --- |", "| 세탁물 수거 대행사 | 방문 수거와 배달 |");
    expect(await entrusted("markdown", text)).toEqual([[8, "unnamedProcessor"]]);
  });

  it("fires on tab-separated rows", async () => {
    const text = policy("㈜맑은코드\t예약 시스템 유지보수", "세탁물 수거 대행사\t방문 수거와 배달");
    expect(await entrusted("text", text)).toEqual([[6, "unnamedProcessor"]]);
  });

  it("does not fire when every row names its company, nor on a row of two labels", async () => {
    const text = htmlPolicy(
      "<tr><td>수탁업체</td><td>위탁업무</td></tr>",
      "<tr><td>㈜맑은코드</td><td>예약 시스템 유지보수</td></tr>",
      "<tr><td>바른수거 주식회사</td><td>방문 수거와 배달</td></tr>",
    );
    expect(await entrusted("html", text)).toEqual([]);
  });
});

// a page's list items lose their bullets with the markup: "<li>본인인증 기관: …</li>" is read as "- 본인인증 기관: …"
describe("processors in an HTML list", () => {
  const page = (...items: string[]) => [
    "<html><body>",
    "<h1>맑은물 세탁소 개인정보 처리방침</h1>",
    "<h2>5. 개인정보 처리의 위탁</h2>",
    "<p>세탁소는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.</p>",
    "<ul>",
    ...items.map((item) => `<li>${item}</li>`),
    "</ul>",
    "</body></html>",
  ];

  it.each([
    ["a kind", "세탁물 수거 업체: 방문 수거와 배달", "unnamedProcessor"],
    ["a name then 등 and a kind", "㈜맑은물류 등 수거 업체: 방문 수거와 배달", "vagueProcessor"],
  ])("are read as list items: %s", async (_, item, messageId) => {
    expect(await found(page("㈜맑은코드: 예약 시스템 유지보수", item), "html")).toEqual([[7, messageId]]);
  });

  it("leaves named processors alone", async () => {
    expect(await found(page("㈜맑은코드: 예약 시스템 유지보수", "㈜맑은물류: 방문 수거와 배달"), "html")).toEqual([]);
  });
});

// the branches, distributors and shops a service works through, one of many of a kind ("지역 지국", "총판", "화원"),
// and where they are ("지역별", "전국") are no one's name
describe("branches and shops of a kind", () => {
  it.each([
    ["전국 지역 지국: 방문 교사 배정과 회비 수납 안내"],
    ["지역별 서비스 대리점: 제품 설치와 정기 점검"],
    ["권역별 총판: 교재 배송"],
    ["제휴 화원: 꽃바구니 제작과 배달"],
  ])("fires on '%s'", async (item) => {
    expect(await found(policy(`- ${item}`, "- ㈜맑은코드: 예약 시스템 유지보수"))).toEqual([[5, "unnamedProcessor"]]);
  });

  it.each(["한빛화원", "꽃피는화원 주식회사", "다온에듀 서울지점"])("reads '%s' as a name", (name) => {
    expect(isBusinessKind(name)).toBe(false);
  });
});
