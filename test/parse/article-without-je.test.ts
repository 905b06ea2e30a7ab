// Articles numbered "1조 (목적)", without 제: the article style, where the document shows a run of them.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { linesOf } from "../helpers.js";

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).sections.map((section) => [
    section.startLine,
    section.heading.style,
    section.heading.number,
    section.heading.title,
  ]);

describe("articles written without 제", () => {
  it.each([
    ["1조 (처리 목적)", 1, "1조", "처리 목적"],
    ["12조(영상정보처리기기 운영)", 12, "12조", "영상정보처리기기 운영"],
    ["4조의2 (가명정보)", 4, "4조의2", "가명정보"],
  ])("reads '%s' as an article", (line, number, marker, bracketTitle) => {
    expect(parseMarker(line)).toMatchObject({ style: "article", number, marker, bracketTitle });
  });

  it("does not read an amount ('3조 원') as an article", () => {
    expect(parseMarker("3조 원 규모의 결제를 처리합니다.")?.style).not.toBe("article");
    expect(parseMarker("2조원의 거래 기록")?.style).not.toBe("article");
  });

  const studio = [
    "모아사진관 개인정보 처리방침", // 1
    "", // 2
    "1조 (처리 목적)", // 3
    "촬영 예약과 사진 인도를 위해 처리합니다.", // 4
    "", // 5
    "2조 (처리하는 항목)", // 6
    "이름, 휴대전화번호", // 7
    "", // 8
    "3조 (CCTV 운영)", // 9
    "- 설치 근거와 목적: 「개인정보 보호법」 제25조제1항에 따른 시설 안전", // 10
    "- 설치 대수와 위치: 1대 (스튜디오 입구)", // 11
    "- 관리책임자: 실장 오하늘 (02-555-0178)", // 12
    "- 보관 기간: 촬영일로부터 30일", // 13
  ];

  it("reads a run of them in sequence as the sections", async () => {
    expect(await outline(studio)).toEqual([
      [1, "plain", null, "모아사진관 개인정보 처리방침"],
      [3, "article", 1, "처리 목적"],
      [6, "article", 2, "처리하는 항목"],
      [9, "article", 3, "CCTV 운영"],
    ]);
  });

  it("judges a conditional item by its own article, not by a mention elsewhere", async () => {
    const text = [...studio];
    text[3] = "촬영 예약과 사진 인도, 스튜디오 영상정보처리기기 운영(아래 3조)을 위해 처리합니다.";
    expect(await linesOf("video-devices", text)).toEqual([]);
    expect(await linesOf("numbering", text)).toEqual([]);
  });

  it("does not take lines that open with a number of 조 in running text for headings", async () => {
    const text = [
      "모아사진관 개인정보 처리방침",
      "",
      "1. 처리 목적",
      "촬영 예약을 위해 처리합니다.",
      "3조 원 규모의 결제 대행 계약에 따라 결제 정보를 다룹니다.",
      "2조 3항에 따른 기록을 남깁니다.",
      "",
      "2. 처리하는 항목",
      "이름, 휴대전화번호",
    ];
    expect(await outline(text)).toEqual([
      [1, "plain", null, "모아사진관 개인정보 처리방침"],
      [3, "decimal", 1, "처리 목적"],
      [8, "decimal", 2, "처리하는 항목"],
    ]);
  });

  it("does not take one such line standing alone for a heading", async () => {
    const text = [
      "모아사진관 개인정보 처리방침",
      "",
      "1. 처리 목적",
      "촬영 예약을 위해 처리합니다.",
      "7조 (기타)",
      "",
      "2. 처리하는 항목",
      "이름",
    ];
    expect((await outline(text)).map(([line]) => line)).toEqual([1, 3, 7]);
  });
});
