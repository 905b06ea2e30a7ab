import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { parseMarker } from "../../src/parse/headings.js";
import { linesOf } from "../helpers.js";

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"))).allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("N- title headings", () => {
  it.each([
    ["1- 모으는 정보", 1],
    ["3 - 맡기는 곳", 3],
    ["12– 연락처", 12],
    ["  6-  권리 행사", 6],
    ["11- 14세 미만 아동", 11],
  ])("reads %s as a number set off by a dash", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "hyphen-decimal", number });
  });

  it.each([
    "031-555-0192 로 연락 주세요",
    "1577-0000 고객센터",
    "2025-07-15 부터 시행합니다",
    "2-4주 안에 처리합니다",
    "1 - 3일 걸립니다",
    "10-20대 회원",
    "3-정보",
  ])("does not read '%s' as a dash-numbered heading", (line) => {
    expect(parseMarker(line)?.style).not.toBe("hyphen-decimal");
  });

  it("keeps chapter items and dash bullets as they were", () => {
    expect(parseMarker("2-1 수집 항목")).toMatchObject({ style: "decimal-sub", number: 1 });
    expect(parseMarker("3-2. 보관 기간")).toMatchObject({ style: "decimal-sub", number: 2 });
    expect(parseMarker("- 연락처")).toMatchObject({ style: "bullet" });
  });

  it("gives each dash-numbered title a section of its own, plain-language titles too", async () => {
    const policy = [
      "별빛 독서모임 개인정보 처리방침", // 1
      "", // 2
      "1- 왜 정보를 받나요", // 3
      "모임 안내 문자를 보내려고 받습니다.", // 4
      "", // 5
      "2- 무엇을 받나요", // 6
      "이름과 휴대전화번호를 받습니다.", // 7
      "", // 8
      "3- 언제 지우나요", // 9
      "탈퇴하면 바로 지웁니다.", // 10
      "", // 11
      "4- 누구에게 물어보나요", // 12
      "운영자 서다온, 010-2222-3333", // 13
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "별빛 독서모임 개인정보 처리방침"],
      [3, 1, "왜 정보를 받나요"],
      [6, 1, "무엇을 받나요"],
      [9, 1, "언제 지우나요"],
      [12, 1, "누구에게 물어보나요"],
    ]);
  });

  it("checks the dash numbering for gaps as it checks 1. and 1)", async () => {
    const policy = [
      "별빛 독서모임 개인정보 처리방침", // 1
      "", // 2
      "1- 개인정보의 처리 목적", // 3
      "모임 안내 문자를 보내려고 받습니다.", // 4
      "2- 처리하는 개인정보 항목", // 5
      "이름과 휴대전화번호를 받습니다.", // 6
      "3- 개인정보의 보유 기간", // 7
      "탈퇴할 때까지 보관합니다.", // 8
      "5- 개인정보 보호책임자", // 9
      "운영자 서다온, 010-2222-3333", // 10
    ];
    expect(await linesOf("numbering", policy)).toEqual([9]);
    expect(
      await linesOf(
        "numbering",
        policy.map((line) => line.replace("5-", "4-")),
      ),
    ).toEqual([]);
  });

  it("reads a dash-numbered destruction section, so a hollow one is caught at its heading", async () => {
    const policy = [
      "별빛 독서모임 개인정보 처리방침", // 1
      "", // 2
      "1- 어디에 쓰나요", // 3
      "모임 안내 문자를 보내려고 받습니다.", // 4
      "2- 언제 없애나요", // 5
      "탈퇴하면 지체 없이 파기합니다.", // 6
      "3- 궁금할 때 연락처", // 7
      "개인정보 보호책임자 서다온, 010-2222-3333", // 8
    ];
    expect(await linesOf("required-destruction", policy)).toEqual([5]);
    const withMethod = [...policy.slice(0, 6), "명단 파일은 복구할 수 없게 영구 삭제합니다.", ...policy.slice(6)];
    expect(await linesOf("required-destruction", withMethod)).toEqual([]);
  });

  it("leaves a phone list and date lines under a dot-numbered heading in its section", async () => {
    const policy = [
      "별빛 독서모임 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보 보호책임자", // 3
      "02-555-0192 서다온", // 4
      "1588-0000 고객센터", // 5
      "2. 시행일", // 6
      "2026-03-01 부터 적용합니다.", // 7
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "별빛 독서모임 개인정보 처리방침"],
      [3, 1, "개인정보 보호책임자"],
      [6, 1, "시행일"],
    ]);
  });
});
