import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

// A document that holds a consent form and the policy after it divides them into parts (제1부, [2부], 【제2편】),
// a level over everything in them; and a note or a sentence set as a list item ("※ …", "- …") holds no title
// after it.

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).allSections.map((section) => [section.startLine, section.level, section.heading.title]);

// a pilates studio's paper: the consent form, then the policy in articles
const twoParts = (first: string, second: string) => [
  "바른필라테스 개인정보 수집·이용 동의서 및 처리방침", // 1
  "", // 2
  "※ 동의서는 등록할 때 종이로 받고, 처리방침은 센터 게시판에도 붙여 둡니다.", // 3
  "", // 4
  "────────────────────", // 5
  `${first} 개인정보 수집·이용 동의서`, // 6
  "────────────────────", // 7
  "", // 8
  "1. 수집 목적", // 9
  "- 회원 등록과 수업 예약", // 10
  "", // 11
  "2. 수집 항목", // 12
  "- 이름, 휴대전화번호", // 13
  "", // 14
  "────────────────────", // 15
  `${second} 개인정보 처리방침`, // 16
  "────────────────────", // 17
  "", // 18
  "제1조(개인정보의 처리 목적)", // 19
  "센터는 회원 등록과 수업 예약을 위하여 개인정보를 처리합니다.", // 20
  "", // 21
  "제2조(처리하는 개인정보의 항목)", // 22
  "이름, 휴대전화번호", // 23
];

describe("parts of a document", () => {
  it.each([
    ["[1부]", "[2부]"],
    ["제1부", "제2부"],
    ["【제1편】", "【제2편】"],
  ])("reads %s and %s as the top level, the form's items and the articles each under their part", async (first, second) => {
    const read = await outline(twoParts(first, second));
    expect(read.map(([line, level]) => [line, level])).toEqual([
      [3, 1],
      [6, 1],
      [9, 2],
      [10, 3],
      [12, 2],
      [13, 3],
      [16, 1],
      [19, 2],
      [22, 2],
    ]);
    expect(read.find(([line]) => line === 16)?.[2]).toBe("개인정보 처리방침");
  });

  it("does not take a count of copies or a part of a price for a part", async () => {
    const read = await outline([
      "개인정보 처리방침",
      "",
      "1. 개인정보의 처리 목적",
      "회원 관리를 위하여 처리합니다.",
      "2부 인쇄하여 1부는 보관합니다.",
      "",
      "2. 개인정보의 파기",
      "지체 없이 파기합니다.",
    ]);
    expect(read.map(([line]) => line)).toEqual([1, 3, 7]);
  });
});

describe("notes and sentences set as list items", () => {
  it("keeps numbered titles after a ※ note out of it, and a title after a listed sentence out of that", async () => {
    const read = await outline([
      "바른필라테스 개인정보 동의서 및 처리방침", // 1
      "", // 2
      "※ 이 문서는 동의서와 처리방침을 함께 담고 있습니다.", // 3
      "", // 4
      "1. 수집 목적", // 5
      "- 회원 등록과 수업 예약", // 6
      "", // 7
      "2. 수집 항목", // 8
      "- 이름, 휴대전화번호", // 9
      "", // 10
      "개인정보 처리방침", // 11
      "", // 12
      "제1조(개인정보의 처리 목적)", // 13
      "센터는 회원 등록과 수업 예약을 위하여 개인정보를 처리합니다.", // 14
      "", // 15
      "제2조(처리하는 개인정보의 항목)", // 16
      "이름, 휴대전화번호", // 17
    ]);
    const levels = new Map(read.map(([line, level]) => [line, level]));
    // the note stands alone; the form's items are not under it
    expect(levels.get(5)).toBeLessThanOrEqual(levels.get(3)!);
    expect(levels.get(8)).toBeLessThanOrEqual(levels.get(3)!);
    // the policy's own title is not under "- 이름, 휴대전화번호"
    expect(levels.get(11)).toBeLessThanOrEqual(levels.get(9)! - 1);
  });

  it("keeps a title indented under a listed sentence inside it", async () => {
    const read = await outline([
      "개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보의 처리 목적", // 3
      "- 센터는 다음의 업무를 위하여 개인정보를 처리합니다:", // 4
      "   가. 회원 관리", // 5
      "   나. 수업 예약", // 6
      "", // 7
      "2. 개인정보의 파기", // 8
      "지체 없이 파기합니다.", // 9
    ]);
    const levels = new Map(read.map(([line, level]) => [line, level]));
    expect(levels.get(5)).toBe(levels.get(4)! + 1);
  });
});
