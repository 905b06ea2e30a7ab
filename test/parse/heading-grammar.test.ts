import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { nestedListItems } from "../../src/parse/restarts.js";
import { findingsOf } from "../helpers.js";

describe("marker grammar beyond 1. and 제N조", () => {
  it.each([
    ["o\t1. 수집하는 정보", "decimal", 1, "1."],
    ["·\t2. 이용 목적", "decimal", 2, "2."],
    ["▪ 3. 보관 기한", "decimal", 3, "3."],
    ["• 4. 파기 방법", "decimal", 4, "4."],
    ["■ 5. 문의처", "decimal", 5, "5."],
    ["***제3조(보관 기한)**", "article", 3, "제3조"],
    ["**2. 이용 목적**", "decimal", 2, "2."],
    ["01 회원 정보 처리 현황", "zero-padded", 1, "01"],
    ["12 담당 부서 안내", "zero-padded", 12, "12"],
    ["Ⅱ. 보관 기한", "roman", 2, "Ⅱ."],
    ["IV. 파기 방법", "roman", 4, "IV."],
    ["３. 파기 방법", "decimal", 3, "３."],
    ["제2장 총칙", "chapter", 2, "제2장"],
    ["제13조. 정보주체의 권리", "article", 13, "제13조."],
    ["3.1.화장 예약 대장", "decimal-sub", 1, "3.1."],
    ["3번. 개인정보의 보유 기간", "decimal", 3, "3번."],
    ["#4 개인정보의 파기", "decimal", 4, "#4"],
    ["4-개인정보의 파기 절차 및 방법", "hyphen-decimal", 4, "4-"],
    ["2.3.4.세부 절차", "decimal-sub-sub", 4, "2.3.4."],
  ])("%s", (line, style, number, marker) => {
    const parsed = parseMarker(line);
    expect(parsed).toMatchObject({ style, number, marker });
  });

  it.each([
    ["[개인정보의 보관 기한]", "개인정보의 보관 기한"],
    ["【 문의처 안내 】", "문의처 안내"],
    ["< 고충 처리 부서 >", "고충 처리 부서"],
  ])("reads %s as a bracketed title", (line, title) => {
    expect(parseMarker(line)).toMatchObject({ style: "bracket", number: null, bracketTitle: title });
  });

  it("does not read telephone numbers, counts or a name in brackets opening a sentence as headings", () => {
    expect(parseMarker("02 123 4567")).toBeNull();
    expect(parseMarker("82)02-3000-1000")?.style).not.toBe("zero-padded");
    expect(parseMarker("10일 이내에 처리합니다.")).toBeNull();
    expect(parseMarker("<가나상사>는 개인정보를 보호합니다.")).toBeNull();
    expect(parseMarker("[2025-01-01]")).toBeNull();
    expect(parseMarker("3.1화장 예약은 하루 전까지 받습니다.")?.style).not.toBe("decimal-sub");
    expect(parseMarker("01-정비소.txt 파일")?.style).not.toBe("hyphen-decimal");
    expect(parseMarker("#3월 이벤트 안내")).toBeNull();
    expect(parseMarker("3번 출구로 오십시오.")).toBeNull();
  });

  it.each([
    "〈하늘정원 앱〉 개인정보 처리방침",
    "[초록마켓] 개인정보처리방침",
    "<달빛 도서관> 개인정보 처리방침",
    "『별빛 일기』 Privacy Policy",
    "[바람개비 레슨] 개인정보 처리방침 안내",
    "[물빛 의원] 개인정보처리방침 (개정)",
    "[달빛 소식] 🌙 사단법인 달빛나눔 개인정보 처리방침 안내",
  ])("reads a bracketed service name before the policy's own name as part of the title: %s", (line) => {
    expect(parseMarker(line)?.style).not.toBe("bracket");
  });
  it("still reads a bracketed title that runs on into its body as a heading", () => {
    expect(parseMarker("[개인정보의 파기] 회사는 보유기간이 지나면 지체 없이 파기합니다.")?.style).toBe("bracket");
    expect(parseMarker("[처리방침의 변경] 개인정보 처리방침이 바뀌면 7일 전에 알립니다.")?.style).toBe("bracket");
  });
});

describe("full-width digits and punctuation (Korean word processors)", () => {
  it.each([
    ["４．보관 기한", "decimal", 4, "４．"],
    ["１２．문의처 안내", "decimal", 12, "１２．"],
    ["３） 보관 장소", "decimal-paren", 3, "３）"],
    ["（２）처리 절차", "paren-decimal", 2, "（２）"],
    ["제７조（보관 기한）", "article", 7, "제７조"],
    ["제２장 정보의 보관", "chapter", 2, "제２장"],
    ["Ⅲ．문의처", "roman", 3, "Ⅲ．"],
    ["ＩＶ． 보관 장소", "roman", 4, "ＩＶ．"],
    ["나． 보관 기한", "hangul", 2, "나．"],
    ["２－１． 세부 절차", "decimal-sub", 1, "２－１．"],
    ["⑤ 보관 기한을 정합니다", "circled", 5, "⑤"],
    // a word processor's one-character numbers: ⑴ is (1), ⒊ is 3.
    ["⑵ 처리 절차", "paren-decimal", 2, "⑵"],
    ["⑿ 문의처", "paren-decimal", 12, "⑿"],
    ["⒊ 보관 기한", "decimal", 3, "⒊"],
  ])("reads %s as its ASCII form", (line, style, number, marker) => {
    expect(parseMarker(line)).toMatchObject({ style, number, marker });
  });

  it("reads the title of a full-width article and a title in full-width brackets", () => {
    expect(parseMarker("제７조（보관 기한）")?.bracketTitle).toBe("보관 기한");
    expect(parseMarker("［보관 장소 안내］")).toMatchObject({ style: "bracket", bracketTitle: "보관 장소 안내" });
  });

  it("does not read full-width dates, decimals or telephone numbers as numbering", () => {
    expect(parseMarker("２０２５．０３．０１부터 적용합니다")).toBeNull();
    expect(parseMarker("３．５배 빠른 처리")).toBeNull();
    expect(parseMarker("０２ ７７７ ８８８８")).toBeNull();
  });

  it("makes the 1. headings the sections and the (1) items their children", async () => {
    const text = [
      "바다페이 개인정보 처리방침", // 1
      "３．보관 기한", // 2
      "（１）회원 정보: 탈퇴할 때까지", // 3
      "（２）거래 기록: 다섯 해", // 4
      "４．정보의 폐기", // 5
      "（１）절차: 기한이 끝난 정보는 매주 골라 없앱니다.", // 6
      "（２）방법: 파일은 되살릴 수 없게 지웁니다.", // 7
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const numbered = document.sections.filter((section) => section.heading.number !== null);
    expect(numbered.map((section) => [section.heading.marker, section.heading.title, section.startLine, section.endLine])).toEqual([
      // the document reads full-width forms as ASCII (see full-width-forms.test.ts)
      ["3.", "보관 기한", 2, 4],
      ["4.", "정보의 폐기", 5, 7],
    ]);
    expect(numbered[1].children.map((child) => child.heading.number)).toEqual([1, 2]);
  });
});

describe("titles", () => {
  it("takes a long 제N조 title for a title", async () => {
    const text = [
      "제1조 (목적)",
      "회사는 이 방침에 따라 처리합니다.",
      "제2조. 회사가 처리하는 개인정보의 항목과 그 항목을 수집하는 방법 및 수집 시기에 관한 사항",
      "이메일, 휴대전화번호",
      "제3조 (보관 기한)",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => section.heading.number)).toEqual([1, 2, 3]);
    expect(document.sections[1].heading.isTitle).toBe(true);
  });

  it("reads a hard-wrapped sentence as a list item, and a hard-wrapped title as one title", async () => {
    const text = [
      "1. 수집 항목",
      "2. 회사는 아래의 목적을 위해서만 회원의 정보를",
      "   이용합니다.",
      "3. 개인정보의 보관 기한 및",
      "   파기 방법",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const headings = document.allSections.map((section) => section.heading);
    expect(headings[1].isTitle).toBe(false);
    expect(headings[2]).toMatchObject({ isTitle: true, title: "개인정보의 보관 기한 및 파기 방법" });
  });

  it("splits a title from a body that opens with a bracketed name", async () => {
    const document = await parsePolicy("1. 목적\n2. 개인정보의 파기<가나상사>는 목적을 달성하면 지체 없이 파기합니다.\n3. 문의", "text");
    expect(document.sections[1].heading).toMatchObject({ title: "개인정보의 파기", isTitle: true });
  });
});

describe("lists numbered like the sections around them", () => {
  it("nests a flush-left 1.–4. list under section 2 when section 3 follows", async () => {
    const text = [
      "1. 수집하는 정보", // 1
      "이름, 연락처", // 2
      "2. 정보주체의 권리", // 3
      "1. 열람 요구", // 4
      "2. 정정 요구", // 5
      "3. 삭제 요구", // 6
      "4. 처리정지 요구", // 7
      "3. 보관 기한", // 8
      "탈퇴 시까지", // 9
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.sections.map((section) => [section.heading.number, section.startLine, section.endLine])).toEqual([
      [1, 1, 2],
      [2, 3, 7],
      [3, 8, 9],
    ]);
    expect(document.sections[1].children.map((child) => child.heading.title)).toEqual([
      "열람 요구",
      "정정 요구",
      "삭제 요구",
      "처리정지 요구",
    ]);
  });

  it("keeps a list whose numbers pass the next section's number inside its section", () => {
    const numbers = [1, 2, 1, 2, 3, 4, 5, 3, 4];
    const nested = nestedListItems(numbers.map((number) => ({ number, isTitle: true })));
    expect(nested).toEqual([false, false, true, true, true, true, true, false, false]);
  });

  it("leaves real gaps, repeats and lost numbers at the top", () => {
    const read = (numbers: number[]) => nestedListItems(numbers.map((number) => ({ number, isTitle: true })));
    expect(read([1, 2, 4, 5])).toEqual([false, false, false, false]);
    expect(read([1, 2, 3, 3, 4])).toEqual([false, false, false, false, false]);
    expect(read([1, 1, 1, 1])).toEqual([false, false, false, false]);
    // a lone titled "1." is not a list; a lone field line ("1. 파일명 : a.txt") is
    expect(read([1, 2, 3, 1, 4])).toEqual([false, false, false, false, false]);
    expect(nestedListItems([1, 2, 3, 1, 4].map((number, index) => ({ number, isTitle: index !== 3 })))).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});

describe("three-level decimal numbering (N.M.K)", () => {
  const policy = [
    "누리온 개인정보 처리방침", // 1
    "", // 2
    "7. 개인정보의 안전성 확보조치", // 3
    "7.1. 관리적 조치", // 4
    "7.1.1. 내부 관리계획의 수립", // 5
    "7.1.2. 개인정보 보호책임자의 지정", // 6
    "7.1.3. 취급자 정기 교육", // 7
    "7.2. 기술적 조치", // 8
    "7.2.1 접근 권한의 관리", // 9
    "7.2.2 저장 정보의 암호화", // 10
    "", // 11
    "8. 개인정보 보호책임자", // 12
    "보호책임자: 정보보호실장 한도윤, 02-333-0000", // 13
  ].join("\n");

  it("reads N.M.K as a sub-heading of N.M, with K as its number", async () => {
    expect(parseMarker("7.1.2. 개인정보 보호책임자의 지정")).toMatchObject({ style: "decimal-sub-sub", number: 2, marker: "7.1.2." });
    expect(parseMarker("7.2.1 접근 권한의 관리")).toMatchObject({ style: "decimal-sub-sub", number: 1, marker: "7.2.1" });
    const document = await parsePolicy(policy, "text");
    const outline = document.allSections.map((section) => [section.startLine, section.level, section.parent?.startLine ?? null]);
    expect(outline).toEqual([
      [1, 1, null],
      [3, 1, null],
      [4, 2, 3],
      [5, 3, 4],
      [6, 3, 4],
      [7, 3, 4],
      [8, 2, 3],
      [9, 3, 8],
      [10, 3, 8],
      [12, 1, null],
    ]);
    expect(document.allSections.find((section) => section.startLine === 6)?.heading.title).toBe("개인정보 보호책임자의 지정");
  });

  it("takes N.M.K lines with nothing under them for the items of a list, not for sections about what they name", async () => {
    const document = await parsePolicy(policy, "text");
    const titled = document.allSections.filter((section) => section.heading.isTitle).map((section) => section.startLine);
    expect(titled).toEqual([1, 3, 4, 8, 12]);
    const { findSections } = await import("../../src/runtime/query.js");
    expect(findSections(document, "dpo").map((section) => section.startLine)).toEqual([12]);
  });

  it("keeps an N.M.K heading with text under it a titled section", async () => {
    const text = [
      "누리온 개인정보 처리방침",
      "3. 처리하는 개인정보의 항목",
      "3.1. 회원 가입",
      "3.1.1. 필수 항목",
      "이메일, 비밀번호, 휴대전화번호",
      "3.1.2. 선택 항목",
      "생년월일",
      "4. 개인정보의 보유 기간",
      "탈퇴할 때까지 보유합니다.",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.allSections.map((section) => [section.startLine, section.level, section.heading.isTitle])).toEqual([
      [1, 1, true],
      [2, 1, true],
      [3, 2, true],
      [4, 3, true],
      [6, 3, true],
      [8, 1, true],
    ]);
  });

  it("does not read a date written with two-digit years as N.M.K when no N.M heading stands above it", async () => {
    const text = [
      "누리온 개인정보 처리방침",
      "1. 개인정보 처리방침의 변경",
      "이 방침의 지난 개정 이력은 다음과 같습니다.",
      "24.07.01 전면 개정",
      "25.1.15 보유 기간 조정",
      "2. 개인정보 보호책임자",
      "보호책임자: 정보보호실장 한도윤, 02-333-0000",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 2, 6]);
  });

  it("does not read a version number or a decimal in a sentence as numbering", () => {
    expect(parseMarker("2024.1.1 개정")).toBeNull();
    expect(parseMarker("1.5.2버전부터 적용합니다")).toBeNull();
  });
});

// round-33 forms: "제3. 보유 기간" (the ordinal without 조) and "9 ) 제목" (a space before the bracket)
describe("'제N.' and 'N )' markers", () => {
  it.each([
    ["제3. 개인정보의 처리 및 보유 기간:", "article", 3],
    ["제12. 처리방침의 변경", "article", 12],
    ["9 ) 자동 채점과 이의신청", "decimal-paren", 9],
  ])("reads '%s' as %s %i", (line, style, number) => {
    expect(parseMarker(line)).toMatchObject({ style, number });
  });

  it.each([["제3.5%의 수수료"], ["제1.2항"], ["3 )"]])("reads no such marker in '%s'", (line) => {
    const marker = parseMarker(line);
    expect(marker === null || !["article", "decimal-paren"].includes(marker.style) || marker.number === null).toBe(true);
  });

  it("reports a number the '제N.' sections skip", async () => {
    const text = [
      "새벽서점 개인정보 처리방침",
      "",
      "제1. 개인정보의 처리 목적:",
      "북클럽 회원 관리에 씁니다.",
      "",
      "제3. 개인정보의 파기 절차 및 방법:", // 6
      "기간이 지나면 지체 없이 복구할 수 없게 지우고 종이는 파쇄합니다.",
    ];
    expect((await findingsOf("numbering", text)).map((finding) => [finding.line, finding.messageId])).toEqual([[6, "gap"]]);
  });
});

// "3. (개인정보의 보유 기간) 회사는 …": the item's title in brackets after the number, its body run on after it
describe("a title in brackets after a section's number, the body on the same line", () => {
  it("reads the bracketed title, and leaves a list's '(필수)' a list item", () => {
    expect(parseMarker("3. (개인정보의 보유 기간) 연합은 탈퇴 시까지 보관합니다.")).toMatchObject({
      style: "decimal",
      number: 3,
      bracketTitle: "개인정보의 보유 기간",
    });
    expect(parseMarker("1. (필수) 이름, 휴대전화번호")?.bracketTitle).toBeNull();
  });

  it("makes each such line a section, its body the rest of the line", async () => {
    const text = [
      "한마루 중개사무소 개인정보 처리방침",
      "",
      "1. (개인정보의 처리 목적) 사무소는 매물 상담과 계약서 작성에만 개인정보를 씁니다.",
      "",
      "2. (개인정보의 처리 및 보유 기간) 상담 기록은 상담 후 1년, 계약서는 5년간 보관합니다.",
      "",
      "3. (개인정보 보호책임자) 대표 중개사 한마루, 전화 031-000-0000",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.title])).toEqual([
      [3, "개인정보의 처리 목적"],
      [5, "개인정보의 처리 및 보유 기간"],
      [7, "개인정보 보호책임자"],
    ]);
    expect(await findingsOf("required-purpose", text)).toEqual([]);
    expect(await findingsOf("dpo-contact", text)).toEqual([]);
  });
});

// "3. 개인정보의 보유 기간 ─ 주차 기록은 3개월이면 지웁니다": a summary after a dash drawn as a line, not a title
describe("a title with a summary after a drawn dash", () => {
  it.each(["─", "━", "ㅡ", "—"])("reads the title before '%s' and the summary as its body", async (dash) => {
    const text = [
      "하늘 주차장 개인정보 처리방침",
      "",
      `1. 민감정보의 처리와 공개 가능성 ${dash} 장애 관련 정보는 감면 확인에만 쓰고 공개하지 않습니다`,
      "감면 신청 때 받은 장애인 등록 여부는 담당 직원만 봅니다.",
      "",
      `2. 영상정보처리기기의 설치·운영 ${dash} 번호판 인식 카메라와 CCTV를 운영합니다`,
      "설치 대수: 12대",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.title])).toEqual([
      [3, "민감정보의 처리와 공개 가능성"],
      [6, "영상정보처리기기의 설치·운영"],
    ]);
  });
});
