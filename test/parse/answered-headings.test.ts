import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

// Short policies answer a section on its own numbered line, "N. 제목: 답". Where the number continues the run of
// numbered headings, the line is a heading whose title stops at the colon; a numbered field inside a section,
// whose numbers start over, stays a field.

const sectionsOf = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).allSections.map((section) => [
    section.startLine,
    section.heading.title,
    section.heading.inlineBody,
  ]);

// the numbered lines read as a field, not as a title: their line, and the text kept whole
const fieldsOf = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).allSections
    .filter((section) => section.heading.number !== null && !section.heading.isTitle)
    .map((section) => [section.startLine, section.heading.title]);

const bakery = (...middle: string[]) => [
  "보리빵집 개인정보 처리방침", // 1
  "", // 2
  "1. 개인정보의 처리 목적", // 3
  "케이크 예약을 받고 찾아갈 날을 알리는 데 씁니다.", // 4
  "", // 5
  ...middle, // 6 …
  "", //
  "5. 개인정보의 파기",
  "예약일이 지나면 곧바로 지웁니다.",
];

describe("a numbered section answered on its heading line", () => {
  const answered = bakery(
    "2. 개인정보의 국외 이전 : 없음", // 6
    "3. 가명정보의 처리：해당하지 않습니다", // 7
    "4. 자동 수집 장치: 쓰지 않습니다.", // 8
  );

  it("reads each as a heading whose title stops at the colon and whose body is the answer", async () => {
    expect((await sectionsOf(answered)).filter(([line]) => line !== 1)).toEqual([
      [3, "개인정보의 처리 목적", null],
      [6, "개인정보의 국외 이전", "없음"],
      [7, "가명정보의 처리", "해당하지 않습니다"],
      [8, "자동 수집 장치", "쓰지 않습니다."],
      [10, "개인정보의 파기", null],
    ]);
  });

  it("sees no gap in the numbering", async () => {
    expect(await linesOf("numbering", answered)).toEqual([]);
  });

  it("reads the officer given on the heading line", async () => {
    const text = bakery(
      "2. 처리하는 개인정보의 항목",
      "성명, 휴대전화번호",
      "3. 개인정보 보호책임자: 점장 여다온 (전화 031-555-0173)",
      "4. 안전성 확보조치",
      "비밀번호를 겁니다.",
    );
    expect(await findingsOf("dpo-contact", text)).toEqual([]);
    expect(await linesOf("numbering", text)).toEqual([]);
  });

  it("takes the first section so when the next heading goes on from it", async () => {
    const text = ["보리빵집 개인정보 처리방침", "", "1. 처리 목적: 케이크 예약", "2. 처리하는 개인정보의 항목", "성명, 휴대전화번호"];
    expect((await sectionsOf(text)).filter(([line]) => line !== 1)).toEqual([
      [3, "처리 목적", "케이크 예약"],
      [4, "처리하는 개인정보의 항목", null],
    ]);
  });
});

describe("a numbered field inside a section stays a field", () => {
  it("when its numbers start over under the section", async () => {
    const text = bakery(
      "2. 처리하는 개인정보의 항목", // 6
      "1. 필수 항목: 성명, 휴대전화번호", // 7
      "2. 선택 항목: 생일", // 8
      "3. 수집 방법: 매장에서 받는 예약지", // 9
      "", // 10
      "3. 개인정보의 보유 기간", // 11
      "예약일까지 보관합니다.",
      "4. 개인정보 보호책임자",
      "점장 여다온 (031-555-0173)",
    );
    expect(await fieldsOf(text)).toEqual([
      [7, "필수 항목: 성명, 휴대전화번호"],
      [8, "선택 항목: 생일"],
      [9, "수집 방법: 매장에서 받는 예약지"],
    ]);
    expect(await linesOf("numbering", text)).toEqual([]);
  });

  it("when no heading of its style reads as a title", async () => {
    const text = [
      "보리빵집 개인정보 처리방침",
      "",
      "제1조(처리하는 항목)",
      "1. 필수 항목: 성명, 휴대전화번호",
      "2. 선택 항목: 생일",
      "제2조(보유 기간)",
      "예약일까지 보관합니다.",
    ];
    expect(await fieldsOf(text)).toEqual([
      [4, "필수 항목: 성명, 휴대전화번호"],
      [5, "선택 항목: 생일"],
    ]);
  });

  it("when it goes on from a titled item of a list of another style than the sections", async () => {
    const text = [
      "보리빵집 개인정보 처리방침",
      "",
      "가. 영상정보처리기기의 운영", // 3
      "  (1) 설치 위치와 대수", // 4
      "      - 계산대 위 1대", // 5
      "  (2) 담당자: 점장 여다온 (031-555-0173)", // 6
      "  (3) 보관 기간: 촬영일부터 14일", // 7
      "나. 개인정보 보호책임자",
      "  점장 여다온, 전화 031-555-0173",
    ];
    expect(await fieldsOf(text)).toEqual([
      [6, "담당자: 점장 여다온 (031-555-0173)"],
      [7, "보관 기간: 촬영일부터 14일"],
    ]);
  });

  it("when the colon is a time of day", async () => {
    const text = bakery("2. 상담 시간", "3. 10:00 ~ 18:00", "4. 개인정보 보호책임자", "점장 여다온 (031-555-0173)");
    expect(await fieldsOf(text)).toEqual([[7, "10:00 ~ 18:00"]]);
  });
});

// "(5) 개인정보의 제3자 제공 : 제3자 제공 없음" in a run of "(n)" sections whose items are numbered under them
// ("(4)-① …"): the answered line is section (5), not a gap
describe("an answered '(n)' title after a section with numbered items", () => {
  it("is a section in the run", async () => {
    const text = [
      "가온인증원 개인정보 처리방침",
      "",
      "(1) 개인정보의 처리 목적",
      "시험 의뢰 접수에 씁니다.",
      "",
      "(2) 개인정보의 파기 절차 및 방법",
      "(2)-① 파기 절차: 보유 기간이 끝나면 지체 없이 파기합니다.",
      "(2)-② 파기 방법: 파일은 복구할 수 없게 지웁니다.",
      "",
      "(3) 개인정보의 제3자 제공 : 제3자 제공 없음",
      "",
      "(4) 개인정보 보호책임자",
      "경영지원팀장 한가온, 02-555-0188",
    ];
    expect(await findingsOf("numbering", text)).toEqual([]);
  });
});
