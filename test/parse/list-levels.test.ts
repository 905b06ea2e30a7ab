import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// Which numbering is the top level is the document's to show: a style whose runs start over at 1 inside the
// unnumbered sections, indented or written "label: body", is a list inside them, even where one of its items
// reads like a section title.

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).allSections.map((section) => [section.startLine, section.level]);

// a yoga studio's policy: sections marked [N], items numbered inside two of them, the second list's labels
// open with words that end a section title ("보유 기간 안내:", "파기 시점:")
const bracketed = [
  "솔빛요가 개인정보 처리방침", // 1
  "", // 2
  "[1] 개인정보의 처리 목적", // 3
  "솔빛요가는 수강 등록과 출석 관리를 위하여 개인정보를 처리합니다.", // 4
  "", // 5
  "[2] 처리하는 개인정보의 항목", // 6
  " 1. 수강 등록: 성명, 휴대전화번호", // 7
  " 2. 체험 수업 신청: 성명, 희망 시간대", // 8
  "", // 9
  "[3] 개인정보의 보유 기간 및 파기", // 10
  " 1. 보유 기간 안내: 수강이 끝난 뒤 1년 동안 보관합니다.", // 11
  " 2. 파기 시점: 수강이 끝나면 곧바로 지웁니다.", // 12
  "", // 13
  "[4] 개인정보 보호책임자", // 14
  "원장 문하람 (031-555-0101)", // 15
];

describe("numbered lists inside unnumbered sections", () => {
  it("keeps every [N] section at the top, each list under its own section", async () => {
    expect(await outline(bracketed)).toEqual([
      [1, 1],
      [3, 1],
      [6, 1],
      [7, 2],
      [8, 2],
      [10, 1],
      [11, 2],
      [12, 2],
      [14, 1],
    ]);
  });

  it("leaves the items section its items: required-items does not call it empty", async () => {
    expect(await findingsOf("required-items", bracketed)).toEqual([]);
  });

  // one list, indented, of "label: body" items worded like titles, inside unnumbered sections that go on after it
  const oneList = [
    "다온서점 개인정보 처리방침", // 1
    "", // 2
    "개인정보의 처리 목적", // 3
    "주문한 책을 보내 드리기 위하여 개인정보를 처리합니다.", // 4
    "", // 5
    "개인정보의 파기 절차 및 방법", // 6
    " 1. 파기 절차: 목적을 이룬 정보는 곧바로 파기합니다.", // 7
    " 2. 파기 방법: 파일은 되살릴 수 없게 지웁니다.", // 8
    "", // 9
    "정보주체의 권리·의무 및 행사방법", // 10
    "열람과 정정·삭제를 전화로 요구할 수 있습니다.", // 11
    "", // 12
    "개인정보 보호책임자", // 13
    "대표 윤새봄 (02-555-0199)", // 14
  ];
  it("does not nest the sections after a single list under its last item", async () => {
    expect(await outline(oneList)).toEqual([
      [1, 1],
      [3, 1],
      [6, 1],
      [7, 2],
      [8, 2],
      [10, 1],
      [13, 1],
    ]);
  });
});

describe("a numbered style that runs through the document stays the top level", () => {
  it("keeps indented sections numbered 1 … 5 at the top beside two unnumbered headings", async () => {
    const text = [
      "다솜마트 개인정보 처리방침", // 1
      "", // 2
      "개인정보 보호책임자 안내", // 3
      "아래 5개 항목으로 안내합니다.", // 4
      "", // 5
      " 1. 처리 목적: 주문과 배송", // 6
      " 2. 처리 항목: 성명, 주소", // 7
      " 3. 보유 기간: 5년", // 8
      " 4. 파기 방법: 영구 삭제", // 9
      " 5. 권리 행사: 전화로 요구", // 10
      "", // 11
      "개인정보 처리방침의 변경", // 12
      "바뀌면 7일 전에 알립니다.", // 13
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    // the five run 1 … 5 once, and outnumber the unnumbered headings: they are not a list inside one of them
    const numbered = document.allSections.filter((section) => section.heading.number !== null);
    expect(numbered.map((section) => section.heading.number)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(numbered.map((section) => section.level)).size).toBe(1);
  });

  it("keeps flush sections 1 … 3 at the top when a list inside one restarts at 1", async () => {
    const text = [
      "한울약국 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보의 처리 목적", // 3
      "조제와 복약 상담", // 4
      "", // 5
      "2. 처리하는 개인정보의 항목", // 6
      "1. 조제: 성명, 주민등록번호", // 7
      "2. 상담: 연락처", // 8
      "", // 9
      "3. 개인정보의 파기", // 10
      "보존 기간이 지나면 지웁니다.", // 11
    ];
    expect(await outline(text)).toEqual([
      [1, 1],
      [3, 1],
      [6, 1],
      [7, 2],
      [8, 2],
      [10, 1],
    ]);
  });
});

describe("an indented list under a single flush numbered section", () => {
  it("keeps the indented items inside the section rather than making them the top level", async () => {
    const text = [
      "햇살돌봄센터 개인정보 처리방침",
      "",
      "Ⅵ 개인정보의 제3자 제공",
      "센터는 다음과 같이 제공합니다.",
      " 가. 한결손해보험",
      "   - 제공 목적: 보험 가입",
      " 나. 관할 구청",
      "   - 제공 항목: 성명",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    const section = document.allSections.find((candidate) => candidate.startLine === 3)!;
    expect(section.endLine).toBe(8);
    expect(section.children.map((child) => child.startLine)).toEqual([5, 7]);
  });
});
