import { describe, expect, it } from "vitest";
import { parseMarker, splitRunOnTitle, isUnnumberedHeading } from "../../src/parse/headings.js";
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
