import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = async (lines: string[], format: "markdown" | "text" = "markdown") =>
  (await parsePolicy(lines.join("\n"), format)).allSections.map((section) => [
    section.startLine,
    section.endLine,
    section.level,
    section.heading.title,
    section.heading.isTitle,
  ]);

// a library's policy written as one bullet list, its titles in bold
const boldList = [
  "- **푸른숲 도서관 개인정보 처리방침**", // 1
  "- 푸른숲 도서관은 대출 회원의 개인정보를 아래와 같이 다룹니다.", // 2
  "- **처리하는 개인정보의 항목**", // 3
  "- 대출 회원: 이름, 휴대전화번호, 생년월일.", // 4
  "- 전자책 이용자: 위 항목과 접속 기록이 생성되어 수집됩니다.", // 5
  "- **개인정보의 파기**", // 6
  "- 보관 기한이 지나면 담당자가 확인한 뒤 곧바로 지웁니다.", // 7
  "- 파일은 복구할 수 없게 지우고, 종이 대출 신청서는 잘게 잘라 버립니다.", // 8
  "- **도서관 출입구 CCTV**", // 9
  "- 설치 목적: 자료 도난 방지와 열람실 안전.", // 10
  "- 설치 대수와 장소: 출입구 2대, 열람실 1대.", // 11
  "- 촬영 시간과 보관 기간: 24시간 촬영, 14일 보관 후 삭제.", // 12
  "- 관리 책임자: 운영지원팀장 한솔, 02-555-0101.", // 13
];

describe("a policy written as one flat bullet list", () => {
  it("reads its bold items as the headings and the sentence items after each as its body", async () => {
    expect(await outline(boldList)).toEqual([
      [1, 2, 1, "푸른숲 도서관 개인정보 처리방침", true],
      [3, 5, 1, "처리하는 개인정보의 항목", true],
      [6, 8, 1, "개인정보의 파기", true],
      [9, 13, 1, "도서관 출입구 CCTV", true],
    ]);
  });

  it("finds an item given in the items after its title, not on the title's own line", async () => {
    const text = boldList.join("\n");
    expect(await findingsOf("required-items", text, "markdown")).toEqual([]);
    expect(await findingsOf("required-destruction", text, "markdown")).toEqual([]);
    expect(await findingsOf("video-devices", text, "markdown")).toEqual([]);
  });

  it("does not take an item that mentions CCTV in passing for the CCTV passage", async () => {
    const text = [
      "- **개인정보 처리방침**",
      "- **처리를 맡긴 업체**",
      "- (주)든든보안: 건물 CCTV 관제와 녹화 장비 점검.",
      "- **주차장 영상정보처리기기 운영**",
      "- 설치 목적: 차량 도난과 사고 예방.",
      "- 설치 대수와 위치: 지하 주차장 출입로 등 6대.",
      "- 촬영 시간과 보관: 24시간 촬영, 20일 보관 후 자동 삭제.",
      "- 관리 책임자: 시설팀 오세린 대리, 031-222-0303.",
    ].join("\n");
    expect(await findingsOf("video-devices", text, "markdown")).toEqual([]);
  });

  it("reads a not-processed statement in the item after a bold title", async () => {
    const text = ["- **개인정보 처리방침**", "- **가명정보의 처리**", "- 우리 도서관은 가명정보를 따로 처리하지 않습니다."].join("\n");
    expect(await findingsOf("pseudonymized-info", text, "markdown")).toEqual([]);
  });

  it("reads plain title items that name an item of the policy, in a text file as in Markdown", async () => {
    const lines = [
      "• 개인정보 처리방침", // 1
      "• 처리하는 개인정보의 항목", // 2
      "• 대출 회원의 이름과 휴대전화번호를 받습니다.", // 3
      "• 개인정보의 파기 절차와 방법", // 4
      "• 보관 기한이 지난 기록은 곧바로 지웁니다.", // 5
      "• 종이 서류는 잘게 잘라 버립니다.", // 6
    ];
    expect(await outline(lines, "text")).toEqual([
      [1, 1, 1, "개인정보 처리방침", true],
      [2, 3, 1, "처리하는 개인정보의 항목", true],
      [4, 6, 1, "개인정보의 파기 절차와 방법", true],
    ]);
  });

  it("reads a loose list, its items set apart by blank lines, with another bullet sign", async () => {
    const lines = [
      "* __개인정보 처리방침__", // 1
      "", // 2
      "* __처리하는 개인정보의 항목__", // 3
      "", // 4
      "* 대출 회원의 이름과 생년월일을 받습니다.", // 5
      "", // 6
      "* __개인정보의 파기__", // 7
      "", // 8
      "* 보관 기한이 지난 기록은 곧바로 지웁니다.", // 9
    ];
    expect(await outline(lines)).toEqual([
      [1, 1, 1, "개인정보 처리방침", true],
      [3, 5, 1, "처리하는 개인정보의 항목", true],
      [7, 9, 1, "개인정보의 파기", true],
    ]);
  });

  it("leaves a list of short entries, and a short entry among them that a sentence follows, as list items", async () => {
    const lines = [
      "도서관은 다음 정보를 받습니다.", // 1
      "", // 2
      "- 이름", // 3
      "- 휴대전화번호", // 4
      "- 대출 관리", // 5
      "- 연체 안내 문자를 보냅니다.", // 6
      "- 개인정보 보호책임자", // 7
      "- 문의는 안내 데스크에서 받습니다.", // 8
    ];
    const titles = (await outline(lines)).filter((section) => section[4]);
    expect(titles).toEqual([]);
  });

  it("leaves bold labels over short entries alone: a list that is not mostly sentences", async () => {
    const lines = ["- **수집 항목**", "- 이름", "- 연락처", "- 주소", "- **보유 기간**", "- 1년", "- 3년"];
    expect((await outline(lines)).filter((section) => section[4])).toEqual([]);
  });

  it("does not change a policy whose sections already have headings", async () => {
    const lines = [
      "1. 개인정보의 처리 목적", // 1
      "- 대출 관리", // 2
      "- 회원에게 반납 기한을 알립니다.", // 3
      "2. 개인정보의 파기", // 4
      "- 개인정보 보호책임자", // 5
      "- 기한이 지난 기록은 곧바로 지웁니다.", // 6
    ];
    expect(await outline(lines, "text")).toEqual([
      [1, 3, 1, "개인정보의 처리 목적", true],
      [2, 2, 2, "대출 관리", false],
      [3, 3, 2, "회원에게 반납 기한을 알립니다.", false],
      [4, 6, 1, "개인정보의 파기", true],
      [5, 5, 2, "개인정보 보호책임자", false],
      [6, 6, 2, "기한이 지난 기록은 곧바로 지웁니다.", false],
    ]);
  });
});
