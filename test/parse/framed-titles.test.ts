// A title framed by the same run of strokes or shapes on both sides ("━━ 제목 ━━", "== 제목 ==", "◆ 제목 ◆") is a
// heading as a title in brackets is: plain-text and PDF-made policies set their sections apart so.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const framedPolicy = (open: string, close: string, destruction: boolean) => [
  "솔마루 캠핑 개인정보 처리방침", // 1
  "",
  "솔마루 캠핑(이하 '솔마루')은 예약 손님의 개인정보를 아래와 같이 다룹니다.",
  "",
  `${open} 모으는 이유 ${close}`, // 5
  "ㆍ객실 예약을 받고 체크인 때 본인을 확인합니다.",
  "",
  `${open} 모으는 정보 ${close}`, // 8
  "ㆍ예약자 성명, 휴대전화번호, 차량번호",
  "",
  `${open} 보관 기간 ${close}`, // 11
  "ㆍ퇴실 후 1년 동안 두었다가 지웁니다.",
  "",
  ...(destruction
    ? [`${open} 없애는 절차와 방법 ${close}`, "ㆍ기간이 지나면 5일 안에 전산 기록을 복구할 수 없게 지우고, 종이는 잘게 자릅니다.", ""]
    : []),
  `${open} 보호책임자 ${close}`,
  "ㆍ운영실장 백도현, 033-555-0142, privacy@solmaru.example",
];

describe("framed titles", () => {
  it.each([
    ["━━ 수집 항목 ━━", "━━"],
    ["== 보유 기간 ==", "=="],
    ["◆◆ 쿠키 운영 ◆◆", "◆◆"],
    ["─── 정보주체의 권리 ───", "───"],
    ["〓 개인정보 보호책임자 〓", "〓"],
    ["*** 파기 절차 ***", "***"],
    ["★ 처리 목적 ★", "★"],
  ])("reads '%s' as a title framed by %s", (line, frame) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe("bracket");
    expect(marker?.marker).toBe(frame);
    expect(marker?.bracketTitle).toBe(line.slice(frame.length, -frame.length).trim());
  });

  it.each([
    ["a page footer", "- 3 -"],
    ["a rule alone", "━━━━━━━━━━"],
    ["frames of two kinds", "━━ 수집 항목 =="],
    ["emphasis inside a sentence", "*중요* 이 내용을 꼭 읽어 주십시오 *"],
  ])("does not read %s as a framed title", (_, line) => {
    expect(parseMarker(line)?.bracketTitle ?? null).toBeNull();
  });

  it("reads a framed number by its number, and the policy's framed name as its title line", async () => {
    expect(parseMarker("■ 4. 개인정보의 파기 ■")?.number).toBe(4);
    const document = await parsePolicy(["☆ 개인정보 처리방침 ☆", "", ...framedPolicy("━━", "━━", true).slice(2)].join("\n"), "text");
    expect(document.title?.line).toBe(1);
    expect(document.sections.map((section) => section.heading.style)).toEqual([
      "plain",
      "bracket",
      "bracket",
      "bracket",
      "bracket",
      "bracket",
    ]);
  });

  it.each([
    ["━━", "━━"],
    ["==", "=="],
    ["◆", "◆"],
  ])("reads the sections of a policy framed %s … %s, so an item without one is found missing", async (open, close) => {
    const document = await parsePolicy(framedPolicy(open, close, true).join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([5, 8, 11, 14, 17]));
    expect(await findingsOf("required-destruction", framedPolicy(open, close, true))).toEqual([]);
    const missing = await findingsOf("required-destruction", framedPolicy(open, close, false));
    expect(missing.map((finding) => [finding.line, finding.messageId])).toEqual([[1, "missing"]]);
  });
});

// a box that sums the policy up in bracketed labels, each with its value on its line ("[보유 기간]  탈퇴 시까지"),
// holds fields, not sections: the last label must not take the policy after it as its section
describe("a summary box of bracketed labels with their values", () => {
  const page = [
    "솔마루 캠핑 개인정보 처리방침", // 1
    "",
    "━━━━━━━━━━━━━━━━━━━━", // 3
    " [처리 목적]   객실 예약, 체크인 본인 확인", // 4
    " [보유 기간]   퇴실 후 1년", // 5
    " [제3자 제공]  없음", // 6
    " [문의]        운영실장 백도현 033-555-0142", // 7
    "━━━━━━━━━━━━━━━━━━━━", // 8
    "",
    "[개인정보의 처리 목적]", // 10
    "ㆍ객실 예약을 받고 체크인 때 본인을 확인합니다.",
    "",
    "[개인정보의 보유 기간]", // 13
    "ㆍ퇴실 후 1년 동안 두었다가 지웁니다.",
  ];
  it("reads the sections below the box, and none in it", async () => {
    const document = await parsePolicy(page.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "솔마루 캠핑 개인정보 처리방침"],
      [10, "개인정보의 처리 목적"],
      [13, "개인정보의 보유 기간"],
    ]);
  });
  it("keeps two bracketed labels with values, too few for a box, as they were read", async () => {
    const two = [...page.slice(0, 5), ...page.slice(7)];
    const document = await parsePolicy(two.join("\n"), "text");
    expect(document.allSections.some((section) => section.startLine === 4)).toBe(true);
  });
});

// a document's name in brackets set on a line of its own inside a hard-wrapped sentence is cited there: no section
// starts at it, and the articles after it are the policy's own, not a companion document's
describe("a bracketed name inside a wrapped sentence", () => {
  const page = [
    "온누리마트 개인정보 처리방침", // 1
    "",
    "제12조(고정형 영상정보처리기기의 운영)", // 3
    "회사는 매장에 CCTV를 설치·운영하며, 설치 대수와 위치, 보관기간 등은 출입구 안내판과 별도의", // 4
    "「온누리마트 고정형 영상정보처리기기 운영·관리 방침」", // 5
    "(www.onnuri.example/cctv)에서 확인할 수 있습니다.", // 6
    "",
    "제13조(개인정보 보호책임자)", // 8
    "성명: 마동혁, 부서: 개인정보보호팀, 전화: 02-555-0100", // 9
  ];
  it("starts no section and leaves the officer's article in the policy", async () => {
    const document = await parsePolicy(page.join("\n"), "text");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 3, 8]);
    expect(document.outOfScope).toEqual([]);
    expect(await findingsOf("dpo-contact", page)).toEqual([]);
  });
  it("a bracketed title standing between blank lines is still a heading", async () => {
    const titled = [...page.slice(0, 4), "", page[4], "", "(1) 설치 근거: 시설 안전", ...page.slice(6)];
    const document = await parsePolicy(titled.join("\n"), "text");
    expect(document.allSections.some((section) => section.startLine === 6)).toBe(true);
  });
});
