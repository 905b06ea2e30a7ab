import { describe, expect, it } from "vitest";
import { isItemTitle } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// a district office's policy with no numbers: each item under its title, set off by a blank line
const policy = [
  "가람구청 개인정보 처리방침", // 1
  "", // 2
  "처리하는 개인정보의 항목", // 3
  "민원 접수: 성명, 연락처, 주소", // 4
  "", // 5
  "개인정보 처리업무의 위탁", // 6
  "㈜가람시스템: 누리집 유지보수", // 7
  "", // 8
  "정보주체와 법정대리인의 권리·의무 및 그 행사방법", // 9
  "구민은 자기 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있습니다. 요구는 서면이나 전자우편으로 하시면 열흘 안에 답합니다.", // 10
  "", // 11
  "민감정보의 공개 가능성", // 12
  "이 구청은 건강 상태를 적어 낸 민원 서류를 누리집에 공개하지 않습니다.", // 13
  "", // 14
  "자동 수집 장치(쿠키)의 설치·운영 및 거부", // 15
  "가. 누리집은 쿠키를 쓰지 않습니다.", // 16
  "", // 17
  "고정형 영상정보처리기기 운영·관리", // 18
  "설치 근거 및 목적: 「개인정보 보호법」 제25조제1항제2호, 청사 방범", // 19
  "설치 대수 및 위치: 정문 2대, 민원실 1대", // 20
  "관리책임자: 총무과장 윤다온 (02-900-1000)", // 21
  "촬영 시간 및 보관 기간: 24시간 촬영, 30일 보관", // 22
];

const titles = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
  document.allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("unnumbered titles of statutory items", () => {
  it.each([
    "처리하는 개인정보의 항목",
    "정보주체와 법정대리인의 권리·의무 및 그 행사방법",
    "고정형 영상정보처리기기 운영·관리",
    "민감정보의 공개 가능성",
    "자동 수집 장치(쿠키)의 설치·운영 및 거부",
    "가명정보의 처리",
  ])("reads '%s' as an item's title", (title) => {
    expect(isItemTitle(title)).toBe(true);
  });

  it.each([
    ["a list of nouns", "성명, 연락처, 주소"],
    ["a sentence", "구청은 개인정보를 안전하게 처리합니다."],
    ["a field", "보관 기간: 30일"],
    ["a sentence's first half, wrapped", "구민은 정보주체와 법정대리인의 권리·의무 및 그 행사방법"],
    ["a title without what it is about", "기술적 조치"],
    ["a title about no statutory item", "개인정보 보호 교육 운영"],
  ])("does not read %s as one", (_, line) => {
    expect(isItemTitle(line)).toBe(false);
  });

  it("makes them headings in a policy whose sections are all unnumbered", async () => {
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(titles(document)).toEqual([
      [1, 1, "가람구청 개인정보 처리방침"],
      [3, 1, "처리하는 개인정보의 항목"],
      [6, 1, "개인정보 처리업무의 위탁"],
      [9, 1, "정보주체와 법정대리인의 권리·의무 및 그 행사방법"],
      [12, 1, "민감정보의 공개 가능성"],
      [15, 1, "자동 수집 장치(쿠키)의 설치·운영 및 거부"],
      [16, 2, "누리집은 쿠키를 쓰지 않습니다."],
      [18, 1, "고정형 영상정보처리기기 운영·관리"],
    ]);
  });

  it("no longer merges the CCTV and rights sections into the one above them", async () => {
    const text = policy.join("\n");
    expect(await findingsOf("video-devices", text)).toEqual([]);
    expect(await findingsOf("required-rights", text)).toEqual([]);
  });

  it("reads them in a page without heading tags, a bold paragraph under another paragraph", async () => {
    const html = [
      "<html><body>", // 1
      '<div class="title">가람구청 개인정보 처리방침</div>', // 2
      '<p class="tit"><b>개인정보 처리업무의 위탁</b></p>', // 3
      "<p>㈜가람시스템: 누리집 유지보수</p>", // 4
      '<p class="tit"><b>정보주체와 법정대리인의 권리·의무 및 그 행사방법</b></p>', // 5
      "<p>구민은 자기 개인정보의 열람을 요구할 수 있으며, 서면이나 전자우편으로 하시면 열흘 안에 답합니다.</p>", // 6
      '<p class="tit"><b>고정형 영상정보처리기기 운영·관리</b></p>', // 7
      "<p>정문에 2대를 두고 30일 보관합니다.</p>", // 8
      "</body></html>", // 9
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(titles(document)).toEqual([
      [2, 1, "가람구청 개인정보 처리방침"],
      [3, 1, "개인정보 처리업무의 위탁"],
      [5, 1, "정보주체와 법정대리인의 권리·의무 및 그 행사방법"],
      [7, 1, "고정형 영상정보처리기기 운영·관리"],
    ]);
  });

  it("does not read a hard-wrapped sentence's lines, a table's cells or a list of titles as headings", async () => {
    const text = [
      "가람구청 개인정보 처리방침", // 1
      "", // 2
      "개인정보 처리업무의 위탁", // 3
      "㈜가람시스템: 누리집 유지보수", // 4
      "", // 5
      "구청이 처리하는 개인정보의 항목", // 6: the subject of a sentence wrapped after it
      "은 아래와 같습니다.", // 7
      "", // 8
      "이 방침은 다음을 알립니다.", // 9
      "", // 10
      "민감정보의 공개 가능성", // 11: titles listed one under another, with nothing under them
      "고정형 영상정보처리기기 운영·관리", // 12
      "", // 13
      "구분\t제공받는 자\t제공 항목", // 14
      "민원 이송\t관계 기관\t개인정보의 제3자 제공", // 15
      "", // 16
      "개인정보 보호책임자", // 17
      "총무과장 윤다온, 02-900-1000", // 18
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 3, 17]);
  });

  it("leaves a stray title line inside a numbered policy to the section it stands in", async () => {
    const text = [
      "가람구청 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보의 처리 목적", // 3
      "민원 처리에 씁니다.", // 4
      "", // 5
      "2. 개인정보의 보유 기간", // 6
      "", // 7
      "처리하는 개인정보의 항목", // 8: the policy's sections are numbered; this line is not one of them
      "민원 서류는 5년 동안 둡니다.", // 9
      "", // 10
      "3. 개인정보 보호책임자", // 11
      "총무과장 윤다온, 02-900-1000", // 12
      "", // 13
      "부칙", // 14
      "이 방침은 2026년 1월 1일부터 시행합니다.", // 15
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 3, 6, 11, 14]);
  });
});
