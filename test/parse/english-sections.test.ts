// "Section N — 제목", "SECTION N: 제목", "Part N. 제목": translated policies number their sections in English. The
// numbering runs through the document, so it is the section level whatever the titles say.
import { describe, expect, it } from "vitest";
import { isTitleText, parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
  document.allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("English section markers", () => {
  it.each([
    ["Section 4 — 개인정보의 보관", 4],
    ["Section 12 - 문의처", 12],
    ["SECTION 6: 처리 위탁(하위 처리자)", 6],
    ["Section 3. 쿠키", 3],
    ["Part 2 — 아동", 2],
    ["Article 9 — 귀하의 권리와 행사 방법", 9],
    ["Chapter 5 · 업무를 맡기는 곳 (Vendors)", 5],
    ["CHAPTER 2: 모으는 정보", 2],
  ])("reads '%s' as a numbered section", (line, number) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe("english-article");
    expect(marker?.number).toBe(number);
    expect(line.slice(marker!.restIndex)).not.toMatch(/^[\s—:.-]/);
  });

  it.each([
    ["a reference in a sentence", "Section 2에 적은 정보를 함께 보냅니다."],
    ["a sub-section's number", "Section 3.1 로그 기록"],
    ["an English word that starts like a marker", "Partner 업체 목록은 아래와 같습니다."],
    ["a number run into letters", "Section 4b 참고"],
    ["a chapter cited in a sentence", "Chapter 3에서 설명한 대로 보관합니다."],
  ])("does not read %s as a section marker", (_, line) => {
    expect(parseMarker(line)?.style).not.toBe("english-article");
  });

  // titles a reader knows at once but the item wording does not: 보관, 하위 처리자, 귀하의 권리, 쿠키, 아동
  const policy = [
    "누리앱 개인정보 처리방침", // 1
    "누리앱(이하 '당사')은 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다.", // 2
    "", // 3
    "Section 1 — 당사가 개인정보를 처리하는 목적", // 4
    "회원 관리와 문의 응대를 위하여 개인정보를 처리합니다.", // 5
    "", // 6
    "Section 2 — 개인정보의 보관", // 7
    "회원 정보는 탈퇴할 때까지 보관하고, 탈퇴하면 지체 없이 지웁니다.", // 8
    "", // 9
    "Section 3 — 하위 처리자", // 10
    "  - Amazon Web Services, Inc.: 서버 운영", // 11
    "", // 12
    "Section 4 — 해외로 보내는 정보", // 13
    "당사는 서비스 운영을 위하여 다음과 같이 개인정보를 국외로 이전합니다.", // 14
    "  - 이전받는 자 및 연락처: Amazon Web Services, Inc. (privacy-desk@aws.example.com)", // 15
    "  - 이전 국가: 미국", // 16
    "  - 이전 항목: 이름, 전자우편 주소", // 17
    "  - 이전 일시 및 방법: 가입할 때 암호화된 통신망으로 전송", // 18
    "  - 이용 목적 및 보유 기간: 서버 보관, 탈퇴할 때까지", // 19
    "  - 거부 방법 및 효과: 고객센터로 거부할 수 있으며, 거부하면 가입할 수 없습니다.", // 20
    "", // 21
    "Section 5 — 쿠키", // 22
    "당사는 쿠키를 쓰지 않습니다.", // 23
  ];

  it("makes every 'Section N' line a section, whatever its title says", async () => {
    const document = await parsePolicy(policy.join("\n"));
    // the policy's name above them is a section of its own; the bullets under them are its children
    expect(outline(document).filter(([line, level]) => level === 1 && line > 1)).toEqual([
      [4, 1, "당사가 개인정보를 처리하는 목적"],
      [7, 1, "개인정보의 보관"],
      [10, 1, "하위 처리자"],
      [13, 1, "해외로 보내는 정보"],
      [22, 1, "쿠키"],
    ]);
  });

  it("must not fire: a complete overseas section under a 'Section N' heading is not reported absent", async () => {
    expect(await findingsOf("overseas-transfer", policy)).toEqual([]);
  });

  it("must fire: the same policy with its overseas section left out (its processor is abroad)", async () => {
    const withoutOverseas = [...policy.slice(0, 12), ...policy.slice(21)];
    expect((await findingsOf("overseas-transfer", withoutOverseas)).map((finding) => finding.line)).toEqual([1]);
  });
});

// a numbered title in English words alone runs longer than a Korean one and is still a title
describe("long English titles", () => {
  const policy = (title: string) => [
    "한빛 법률상담 개인정보 처리방침",
    "",
    "1. Purpose of Processing",
    "상담 신청 접수와 변호사 배정에 씁니다.",
    "",
    `2. ${title}`, // 6
    "이용자는 언제든지 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있으며, 서면이나 전자우편으로 요청하면 10일 안에 조치합니다.",
    "",
    "3. Security Measures",
    "상담 기록은 암호화하여 보관하고, 접근 권한은 상담 담당자로 한정합니다.",
  ];

  it("reads a title of fifty-odd letters as one, so its section is found", async () => {
    const document = await parsePolicy(policy("Rights of Data Subjects and Their Legal Representatives").join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1, 3, 6, 9]);
    expect(await findingsOf("required-rights", policy("Rights of Data Subjects and Their Legal Representatives"))).toEqual([]);
    expect(await findingsOf("numbering", policy("Rights of Data Subjects and Their Legal Representatives"))).toEqual([]);
  });

  it("does not take a long English sentence for a title", () => {
    expect(isTitleText("We process the data described below for the purposes listed in this section.")).toBe(false);
  });
});
