// Unnumbered titles marked at their end, three or more of them: an app screen's chevron ("보유 기간 >") or the
// title's English in brackets ("개인정보의 파기 (Destruction)"); short bracketed labels among such sections are
// labels inside them. And a numbered item that opens "권리 행사는 …" is a sentence, not a title "권리".
import { describe, expect, it } from "vitest";
import { splitRunOnTitle } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const marked = (mark: (title: string) => string) => [
  "바람개비 가계부 앱 개인정보 처리방침",
  "",
  mark("이용 목적"), // 3
  "가계부 기록을 저장하고 여러 기기에서 불러오기 위해 씁니다.",
  "",
  mark("받는 정보"), // 6
  "[가입할 때]",
  "이메일 주소, 비밀번호",
  "[백업할 때]",
  "가계부 기록, 기기 식별값",
  "[문의할 때]",
  "이메일 주소, 문의 내용",
  "",
  mark("자동화된 결정"), // 14
  "지출 분류 추천은 참고용이며, 이용자의 권리나 의무에 영향을 주는 자동화된 결정은 하지 않습니다.",
  "",
  mark("정보를 지우는 방법"), // 17
  "탈퇴하면 기록을 곧바로 복구할 수 없게 지웁니다.",
  "",
  mark("문의처"), // 20
  "담당: 개인정보 보호책임자 한바다, 전화 02-555-0147",
];

const titles = async (text: string[]) =>
  (await parsePolicy(text.join("\n"), "text")).sections.map((section) => [section.startLine, section.heading.title]);

describe("titles marked at their end", () => {
  it.each([
    ["a chevron", (title: string) => `${title} >`],
    ["an English gloss", (title: string) => `${title} (Section Title)`],
  ])("are the sections where three or more stand: %s", async (_, mark) => {
    expect(await titles(marked(mark))).toEqual([
      [1, "바람개비 가계부 앱 개인정보 처리방침"],
      [3, "이용 목적"],
      [6, "받는 정보"],
      [14, "자동화된 결정"],
      [17, "정보를 지우는 방법"],
      [20, "문의처"],
    ]);
    expect(await findingsOf("automated-decision", marked(mark))).toEqual([]);
  });

  it("are no sections where one or two stand", async () => {
    const two = marked((title) => title).map((line, at) => (at === 2 || at === 5 ? `${line} >` : line));
    expect((await titles(two)).map(([line]) => line)).not.toContain(3);
  });

  it("keep short bracketed labels inside the section they stand in", async () => {
    const document = await parsePolicy(marked((title) => `${title} >`).join("\n"), "text");
    const items = document.sections.find((section) => section.startLine === 6)!;
    expect(items.children.map((child) => child.startLine)).toEqual([7, 9, 11]);
  });
});

describe("a numbered item that opens with an act as its subject", () => {
  it.each([["권리 행사는 서면이나 전화로 할 수 있습니다."], ["정정 요청은 고객센터에 하시면 됩니다."]])("is one sentence: '%s'", (line) => {
    expect(splitRunOnTitle(line, null).body).toBeNull();
  });

  it("still splits a title run on into its body", () => {
    expect(splitRunOnTitle("개인정보의 처리 목적 회사는 주문 처리에 씁니다.", null).title).toBe("개인정보의 처리 목적");
    expect(splitRunOnTitle("파기절차 회원님이 입력하신 정보는 목적이 달성된 후 파기됩니다.", null).title).toBe("파기절차");
  });

  it("leaves the way of exercising the rights in the rights section", async () => {
    const rights = [
      "새벽 복지관 개인정보 처리방침",
      "",
      "제7조 정보주체의 권리와 행사방법",
      "1. 정보주체는 언제든지 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.",
      "2. 권리 행사는 서면, 전화 또는 복지관 안내데스크 방문으로 할 수 있습니다.",
    ];
    expect(await findingsOf("required-rights", rights)).toEqual([]);
  });
});

// an app screen's dropdown arrow ("개인정보의 파기 ▼") marks a title even where it follows a list with no blank line
describe("titles marked by a dropdown arrow", () => {
  it("reads a title right under a list as a section of its own", async () => {
    const text = [
      "물방울 세차 앱 개인정보 처리방침",
      "",
      "개인정보의 안전성 확보조치 ▼",
      "- 관리적 조치: 내부관리계획 수립, 직원 교육",
      "- 물리적 조치: 관리 PC 보관 사무실 잠금",
      "고정형 영상정보처리기기의 운영·관리 ▼", // 6
      "설치 목적: 시설 안전과 도난 방지",
      "설치 대수: 4대, 위치: 세차 부스 입구, 촬영 범위: 세차 부스 안",
      "관리책임자: 점장 한물결, 보관 기간: 촬영일로부터 30일",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.map((section) => section.startLine)).toContain(6);
    expect(await findingsOf("video-devices", text)).toEqual([]);
  });
});
