import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { parseMarker } from "../../src/parse/headings.js";
import { findingsOf, linesOf } from "../helpers.js";

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"))).allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("[N] short-title headings", () => {
  it.each([
    ["[3] 제3자 제공", 3, "[3]"],
    ["[12] 방침 변경", 12, "[12]"],
    ["【6】 파기", 6, "【6】"],
    ["［7］ 이용자의 권리", 7, "［7］"],
    ["< 2 > 처리하는 항목", 2, "< 2 >"],
    ["<4> 보유 기간", 4, "<4>"],
    ["〈10〉 보호책임자", 10, "〈10〉"],
  ])("reads %s as a bracketed number", (line, number, marker) => {
    expect(parseMarker(line)).toMatchObject({ style: "bracket-decimal", number, marker });
  });

  it("does not read a number in brackets with nothing after it, or run into a word, as a marker", () => {
    expect(parseMarker("[3]")?.style).not.toBe("bracket-decimal");
    expect(parseMarker("[3]번 항목을 보십시오")?.style).not.toBe("bracket-decimal");
    expect(parseMarker("<3>번 항목을 보십시오")?.style).not.toBe("bracket-decimal");
  });

  it("gives each short bracketed title a section of its own, however short the title", async () => {
    const policy = [
      "한빛세탁 개인정보 처리방침", // 1
      "", // 2
      "[1] 처리 목적", // 3
      "세탁물 수거와 배달을 위해 처리합니다.", // 4
      "", // 5
      "[2] 보관 기간", // 6
      "주문 후 1년간 보관합니다.", // 7
      "", // 8
      "[3] 제3자 제공", // 9
      "제3자에게 제공하지 않습니다.", // 10
      "", // 11
      "[4] 파기", // 12
      "기간이 지나면 지체 없이 지웁니다.", // 13
      "", // 14
      "[5] 이용자 권리", // 15
      "열람, 정정, 삭제를 요구할 수 있습니다.", // 16
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "한빛세탁 개인정보 처리방침"],
      [3, 1, "처리 목적"],
      [6, 1, "보관 기간"],
      [9, 1, "제3자 제공"],
      [12, 1, "파기"],
      [15, 1, "이용자 권리"],
    ]);
  });

  it("keeps the safety measures inside the section their short bracketed heading opens", async () => {
    const policy = [
      "한빛세탁 개인정보 처리방침",
      "",
      "[6] 위탁",
      "처리 업무를 위탁하지 않습니다.",
      "",
      "[7] 기술적·관리적 보호조치",
      "- 접근 권한 최소화",
      "- 문서 보관함 잠금장치 및 CCTV 설치",
    ];
    expect(await linesOf("video-devices", policy)).toEqual([]);
  });
});

describe("a sentence that opens with 「…」", () => {
  it("is not a bracket heading: the brackets cite a statute", async () => {
    const policy = [
      "한빛세탁 개인정보 처리방침",
      "",
      "한빛세탁(이하 '세탁소')은 고객의 개인정보를",
      "「개인정보 보호법」 및 관계 법령에 맞게 다루며 이 방침을 둡니다.",
      "",
      "제1조 (처리 목적)",
      "세탁물 수거와 배달을 위해 처리합니다.",
      "",
      "제2조 (보관 기간)",
      "주문 후 1년간 보관합니다.",
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "한빛세탁 개인정보 처리방침"],
      [6, 1, "처리 목적"],
      [9, 1, "보관 기간"],
    ]);
  });

  it.each([
    "「공공기관의 정보공개에 관한 법률」",
    "「○○군 공영주차장 운영 조례」",
    "『전자정부법 시행령』",
    "  「개인정보의 안전성 확보조치 기준」",
  ])("does not read a statute's name alone in 「」 or 『』 as a heading: %s", (line) => {
    expect(parseMarker(line)).toBeNull();
  });

  it("keeps a short-line policy's sections when a statute's name wraps onto a line of its own", async () => {
    const policy = [
      "누리동 주민센터 개인정보 처리방침",
      "",
      "1. 처리 목적",
      "민원 접수와 회신을 위해",
      "「민원 처리에 관한 법률」",
      "제9조에 따라 처리합니다.",
      "",
      "2. 보유 기간",
      "처리 완료 후 3년간 보관합니다.",
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "누리동 주민센터 개인정보 처리방침"],
      [3, 1, "처리 목적"],
      [8, 1, "보유 기간"],
    ]);
  });

  it("still reads a title alone in 「」 as a bracket heading", () => {
    expect(parseMarker("「개인정보의 파기 절차」")).toMatchObject({ style: "bracket", bracketTitle: "개인정보의 파기 절차" });
  });

  // "…방법" ends in "법" as a statute's name does, and is a method: the title of a section, in either bracket
  it.each([
    ["「수집한 정보를 지우는 절차와 방법」", "수집한 정보를 지우는 절차와 방법"],
    ["『이용자가 권리를 행사하는 방법』", "이용자가 권리를 행사하는 방법"],
    ["「피해 구제방법」", "피해 구제방법"],
  ])("reads a title ending in 방법 alone in 「」 or 『』 as a bracket heading: %s", (line, title) => {
    expect(parseMarker(line)).toMatchObject({ style: "bracket", bracketTitle: title });
  });

  it("gives each title of a run in 「」 its section, those ending in 방법 among them", async () => {
    const policy = [
      "소담공방 개인정보 처리방침", // 1
      "",
      "「수집하는 개인정보」",
      "수강 신청자의 이름과 전화번호를 받습니다.",
      "",
      "「정보를 지우는 절차와 방법」",
      "수강이 끝나면 신청서를 분쇄합니다.",
      "",
      "「불만을 접수하는 방법」",
      "공방 전화로 말씀해 주십시오.",
      "",
      "「이 방침의 변경」",
      "바뀐 방침은 공방 게시판에 둡니다.",
    ];
    const sections = (await outline(policy)).map(([line, , title]) => [line, title]);
    expect(sections).toEqual([
      [1, "소담공방 개인정보 처리방침"],
      [3, "수집하는 개인정보"],
      [6, "정보를 지우는 절차와 방법"],
      [9, "불만을 접수하는 방법"],
      [12, "이 방침의 변경"],
    ]);
  });

  it("still reads a statute's name alone in 「」 as none, where the name ends in 법", () => {
    expect(parseMarker("「개인정보 보호법」")).toBeNull();
    expect(parseMarker("『위치정보의 보호 및 이용 등에 관한 법률』")).toBeNull();
    expect(parseMarker("「주민등록법」")).toBeNull();
  });
});

// "【제2조】 제3자 제공", "[제10조] 개인정보 보호책임자": the article's number in brackets is its marker and the words after
// it its title, however short ("제3자 제공" names no subject, and a title alone in brackets would be read by its words)
describe("an article's number in brackets", () => {
  it.each([
    ["【제2조】 제3자 제공", "article", 2, "제3자 제공"],
    ["[제10조] 보호책임자", "article", 10, "보호책임자"],
    ["[ 제3조 ] 파기", "article", 3, "파기"],
    ["【제1장】 총칙", "chapter", 1, "총칙"],
  ])("reads '%s' as %s %i", (line, style, number, title) => {
    const marker = parseMarker(line);
    expect(marker).toMatchObject({ style, number });
    expect(line.slice(marker!.restIndex)).toBe(title);
  });

  it("does not read a bracketed article cited in a sentence as a heading", () => {
    expect(parseMarker("[제2조]에 따라 제공합니다")).toBeNull();
  });

  it("reads every article of such a policy, so a short-titled one is checked", async () => {
    const text = [
      "한울페이 개인정보 처리방침",
      "",
      "【제1조】 처리 목적",
      "충전과 결제를 처리합니다.",
      "",
      "【제2조】 제3자 제공", // 6
      "보조금 정산을 위하여 충전 금액을 관련 지자체 등에 제공할 수 있습니다.",
      "",
      "【제3조】 파기",
      "목적을 이루면 지체 없이 지웁니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.style])).toEqual([
      [1, "plain"],
      [3, "article"],
      [6, "article"],
      [9, "article"],
    ]);
  });
});

// "【 5. 처리 업무의 위탁 】": a number inside the brackets numbers the title, so the sections run in its numbers
describe("a numbered title inside brackets", () => {
  const policy = (numbers: number[]) =>
    [
      "다온몰 개인정보 처리방침",
      "",
      `【 ${numbers[0]}. 처리 목적 】`, // 3
      "주문을 처리합니다.",
      "",
      `〔 ${numbers[1]}. 처리하는 개인정보의 항목 〕`, // 6
      "성명, 주소",
      "",
      `[ ${numbers[2]}. 개인정보의 파기 ]`, // 9
      "지체 없이 지웁니다.",
    ].join("\n");

  it("reads the number and the title inside", () => {
    expect(parseMarker("【 5. 처리 업무의 위탁 】")).toMatchObject({ style: "decimal", number: 5, bracketTitle: "처리 업무의 위탁" });
  });

  it("reports a number the sections skip, and none where they run on", async () => {
    const gap = await findingsOf("numbering", policy([1, 2, 4]).split("\n"));
    expect(gap.map((f) => [f.line, f.messageId])).toEqual([[9, "gap"]]);
    expect(await findingsOf("numbering", policy([1, 2, 3]).split("\n"))).toEqual([]);
  });
});
