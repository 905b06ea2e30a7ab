// Plain-text titles underlined by a stroke ("보관 기간" over "-----", a setext heading written by hand), and titles
// ending in their number in brackets ("보관 기간 [3]") where the numbers run in sequence: the document's sections as
// a run, whatever words each title opens with. A lone underline or bracketed number, or numbers out of sequence,
// leave the line text.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// each title takes two lines, its underline or a blank one, so that the lines stay where they are
const policy = (mark: (text: string, number: number) => string[]) => {
  const title = (text: string, number: number) => [...mark(text, number), ""].slice(0, 2);
  return [
    "달빛 제과 멤버십 개인정보 처리방침", // 1
    "",
    ...title("이용 목적", 1), // 3
    "적립금 관리와 주문 안내를 위해 씁니다.",
    "",
    ...title("수집하는 개인정보의 항목", 2), // 7
    "- 가입: 이름, 휴대전화번호",
    "- 주문: 배송지 주소",
    "",
    ...title("보관하는 기간", 3), // 12
    "- 탈퇴할 때까지 두고, 탈퇴하면 바로 지웁니다.",
    "",
    ...title("이용자의 권리와 요구 방법", 4), // 16
    "- 열람, 정정·삭제, 처리정지를 매장이나 전화 02-555-0199로 요구할 수 있고, 10일 안에 답합니다.",
    "",
    ...title("문의처", 5), // 20
    "- 개인정보 보호책임자: 윤하늘, 02-555-0199",
  ];
};

const titles = async (text: string[]) =>
  (await parsePolicy(text.join("\n"), "text")).sections.map((section) => [section.startLine, section.heading.title]);

const expected = [
  [1, "달빛 제과 멤버십 개인정보 처리방침"],
  [3, "이용 목적"],
  [7, "수집하는 개인정보의 항목"],
  [12, "보관하는 기간"],
  [16, "이용자의 권리와 요구 방법"],
  [20, "문의처"],
];

describe("underlined titles in plain text", () => {
  it.each([
    ["=====", "=".repeat(12)],
    ["-----", "-".repeat(12)],
  ])("are the sections where they run through the document: %s", async (_, stroke) => {
    const text = policy((title) => [title, stroke]);
    expect(await titles(text)).toEqual(expected);
    expect(await findingsOf("required-items", text)).toEqual([]);
  });

  it("read one underlined line as no section", async () => {
    const text = policy((title, number) => (number === 2 ? [title, "=".repeat(12)] : [`${title}은 아래와 같습니다.`]));
    expect((await titles(text)).map(([line]) => line)).not.toContain(7);
  });
});

describe("titles ending in their number in brackets", () => {
  it("are the sections where the numbers run in sequence, read without the number", async () => {
    const text = policy((title, number) => [`${title} [${number}]`]);
    expect(await titles(text)).toEqual(expected);
    expect(await findingsOf("required-items", text)).toEqual([]);
  });

  it("are the sections underlined too", async () => {
    const text = policy((title, number) => [`${title} [${number}]`, "=".repeat(16)]);
    expect(await titles(text)).toEqual(expected);
    expect(await findingsOf("required-items", text)).toEqual([]);
  });

  it("are no sections where the numbers do not run in sequence", async () => {
    const text = policy((title, number) => [`${title} [${[4, 9, 2, 7, 1][number - 1]}]`]);
    expect((await titles(text)).map(([line]) => line)).toEqual([1]);
  });
});
