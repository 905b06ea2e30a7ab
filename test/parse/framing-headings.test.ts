import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// A policy's title and its closing 부칙 or 공고 line frame its articles: set in the same brackets or glyph, they
// are still no level over the articles, whose numbering is the document's top level.

const framed = (open: string, close: string, numbers: number[]) => [
  open, // 1
  "",
  "달빛공방은 수강생의 개인정보를 이렇게 다룹니다.",
  "",
  `${numbers[0]}. 개인정보의 처리 목적`, // 5
  "수강 예약을 관리합니다.",
  "",
  `${numbers[1]}. 처리하는 개인정보의 항목`, // 8
  "성명, 휴대전화번호",
  "",
  `${numbers[2]}. 개인정보의 파기`, // 11
  "수강이 끝나면 곧바로 지웁니다.",
  "",
  close, // 14
  "이 방침은 2025년 3월 1일부터 시행합니다.",
];

const topLevelLines = async (lines: string[]) => (await parsePolicy(lines.join("\n"), "text")).sections.map((section) => section.startLine);

describe("a title and a closing line in the same frame", () => {
  it.each([
    ["[ 개인정보 처리방침 ]", "[부칙]"],
    ["[ 달빛공방 개인정보 처리방침 ]", "＜부칙＞"],
    ["【 개인정보 처리방침 】", "【 부 칙 】"],
    ["< 개인정보 처리방침 >", "< 부칙 >"],
    ["■ 달빛공방 개인정보 처리방침", "■ 부칙"],
    ["[ 개인정보 처리방침 ]", "[ 공고일자 ]"],
  ])("%s … %s: the numbered articles are the top level, and a gap in them is found", async (open, close) => {
    expect(await topLevelLines(framed(open, close, [1, 2, 3]))).toEqual(expect.arrayContaining([5, 8, 11]));
    const findings = await findingsOf("numbering", framed(open, close, [1, 2, 4]));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[11, expect.any(String)]]);
  });

  it("finds no gap where the articles run on", async () => {
    expect(await findingsOf("numbering", framed("[ 개인정보 처리방침 ]", "[부칙]", [1, 2, 3]))).toEqual([]);
  });

  it("keeps bracketed sections as the top level where the brackets mark every section", async () => {
    const text = [
      "[ 개인정보 처리방침 ]", // 1
      "",
      "[개인정보의 처리 목적]", // 3
      "1. 수강 예약을 관리합니다.",
      "2. 수업 변경을 알립니다.",
      "",
      "[처리하는 개인정보의 항목]", // 7
      "1. 성명",
      "2. 휴대전화번호",
      "",
      "[부칙]", // 11
      "이 방침은 2025년 3월 1일부터 시행합니다.",
    ];
    expect(await topLevelLines(text)).toEqual([1, 3, 7, 11]);
    expect(await findingsOf("numbering", text)).toEqual([]);
  });
});
