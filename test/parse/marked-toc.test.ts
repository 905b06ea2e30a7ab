// A table of contents whose entries run along a line set apart by a mark ("제1조 … / 제2조 … / 제3조 …", "1. … | 2. …"),
// as a word processor's export or a scraped page leaves it: its lines are no sections, and a section the body
// leaves out is still found missing. A heading whose title holds such a mark ("수집·이용", "열람, 정정") stays one title.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const TITLES = [
  "모으는 정보와 쓰는 목적",
  "간직하는 기간",
  "다른 곳에 건네는 경우",
  "업무를 맡긴 곳",
  "없애는 절차와 방법",
  "회원의 권리와 행사 방법",
  "안전하게 지키는 조치",
  "개인정보 보호책임자",
  "피해를 구제받는 방법",
];
const BODIES = [
  "좌석 예약과 출입 확인을 위해 성명, 휴대전화번호를 받아 씁니다.",
  "회원 탈퇴 때까지 간직하고, 탈퇴하면 지체 없이 지웁니다.",
  "회원의 동의 없이 다른 곳에 개인정보를 건네지 않습니다.",
  "출입 알림 문자 발송을 주식회사 소리문자에 맡기고 있습니다.",
  "기간이 끝나면 지체 없이 없앱니다. 전자 파일은 되살릴 수 없게 지우고, 종이는 잘게 자릅니다.",
  "회원은 언제든 열람, 정정, 삭제, 처리정지를 요구할 수 있으며, 서면이나 전자우편으로 요구하면 바로 조치합니다.",
  "내부관리계획을 세우고, 접근 권한을 줄이며, 비밀번호를 암호화하고, 접속기록을 남깁니다.",
  "책임자 성명 백여울, 전화 031-555-0182, 전자우편 keeper@example.kr",
  "개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118), 대검찰청(1301), 경찰청(182)에 도움을 청할 수 있습니다.",
];

/** A policy whose TOC puts `perLine` entries on a line joined by `mark`, the body's sections (`body`) after it. */
function policy(marker: (n: number) => string, mark: string, perLine: number, body = TITLES.map((_, at) => at)): string {
  const toc: string[] = [];
  for (let start = 0; start < TITLES.length; start += perLine)
    toc.push(
      TITLES.slice(start, start + perLine)
        .map((title, at) => `${marker(start + at + 1)} ${title}`)
        .join(mark),
    );
  return [
    "소리 스터디카페 개인정보 처리방침",
    "",
    "소리 스터디카페는 회원의 개인정보를 소중히 다룹니다.",
    "",
    "목차",
    ...toc,
    "",
    ...body.flatMap((at) => [`${marker(at + 1)} ${TITLES[at]}`, BODIES[at], ""]),
  ].join("\n");
}

const markers: [string, (n: number) => string][] = [
  ["articles", (n) => `제${n}조`],
  ["decimal numbers", (n) => `${n}.`],
];
const marks = [" / ", " | ", " · ", ", "];

describe.each(markers)("a TOC of %s run along its lines", (_, marker) => {
  it.each(marks)("joined by '%s' is one TOC of nine entries, and no section", async (mark) => {
    const document = await parsePolicy(policy(marker, mark, 5), "text");
    expect(document.tablesOfContents).toHaveLength(1);
    const [toc] = document.tablesOfContents;
    expect(toc.entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(toc.entries[2].title).toBe("다른 곳에 건네는 경우");
    const numbered = document.allSections.filter((section) => section.heading.style !== "plain");
    expect(numbered.map((section) => section.startLine > toc.endLine && section.level === 1)).toEqual(Array(9).fill(true));
  });

  it("still finds the destruction section missing when the body leaves it out", async () => {
    const text = policy(marker, " / ", 5, [0, 1, 2, 3, 5, 6, 7, 8]);
    expect((await findingsOf("required-destruction", text)).map((finding) => finding.line)).toEqual([1]);
  });
});

describe("a heading whose title holds a mark", () => {
  it("keeps '수집·이용' and '열람, 정정' in one title when no higher number follows the mark", async () => {
    const text = [
      "소리 스터디카페 개인정보 처리방침",
      "",
      "1. 개인정보의 수집·이용",
      BODIES[0],
      "",
      "2. 열람, 정정, 삭제 요구 / 제1조에 따른 절차",
      BODIES[5],
      "",
      "3. 개인정보 보호책임자",
      BODIES[7],
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tablesOfContents).toEqual([]);
    const numbered = document.sections.filter((section) => section.heading.style !== "plain");
    expect(numbered.map((section) => section.heading.title)).toEqual([
      "개인정보의 수집·이용",
      "열람, 정정, 삭제 요구 / 제1조에 따른 절차",
      "개인정보 보호책임자",
    ]);
  });
});
