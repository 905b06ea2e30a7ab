// A table of contents set in two or three columns, read down each column ("제1조 …   제7조 …" over "제2조 …   제8조 …"):
// its lines are no sections, its entries are in the order of their numbers, and a section the body leaves out
// is reported where the body is, not at the TOC.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const TITLES = [
  "수집하는 개인정보와 이용 목적",
  "보유하는 기간",
  "다른 곳에 제공하는 경우",
  "업무를 맡기는 곳",
  "파기하는 절차와 방법",
  "이용자의 권리와 행사 방법",
  "안전하게 지키기 위한 조치",
  "개인정보 보호책임자",
  "피해를 구제받는 방법",
];
const BODIES = [
  "회원 관리와 예약 확인을 위해 성명, 휴대전화번호, 이메일을 수집하여 이용합니다.",
  "회원 탈퇴 때까지 보유하고, 탈퇴하면 지체 없이 지웁니다.",
  "이용자의 동의 없이 다른 곳에 개인정보를 주지 않습니다.",
  "예약 알림 문자 발송을 주식회사 누리문자에 맡기고 있습니다.",
  "보유 기간이 끝나면 지체 없이 파기합니다. 전자 파일은 되살릴 수 없게 지우고, 종이는 잘게 자릅니다.",
  "이용자는 언제든 열람, 정정, 삭제, 처리정지를 요구할 수 있으며, 서면이나 전자우편으로 요구하면 바로 조치합니다.",
  "내부관리계획을 세우고, 접근 권한을 제한하며, 비밀번호를 암호화하고, 접속기록을 보관합니다.",
  "책임자 성명 윤새벽, 전화 031-555-0147, 전자우편 guard@example.kr",
  "개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118), 대검찰청(1301), 경찰청(182)에 도움을 청할 수 있습니다.",
];
const width = (text: string) => [...text].reduce((sum, character) => sum + (character.charCodeAt(0) > 0x1100 ? 2 : 1), 0);
const cell = (text: string, columnWidth: number) => text + " ".repeat(Math.max(2, columnWidth - width(text)));

/** A policy whose TOC sets `marker(n)` entries in `columns` columns read downwards, the body's articles after it. */
function policy(marker: (n: number) => string, columns: number, body: number[] = TITLES.map((_, at) => at)): string {
  const rows = Math.ceil(TITLES.length / columns);
  const toc: string[] = [];
  for (let row = 0; row < rows; row++) {
    const entries: string[] = [];
    for (let column = 0; column < columns; column++) {
      const at = column * rows + row;
      if (at < TITLES.length) entries.push(`${marker(at + 1)} ${TITLES[at]}`);
    }
    toc.push(entries.map((entry, at) => (at === entries.length - 1 ? entry : cell(entry, 44))).join(""));
  }
  return [
    "누리 캠핑장 개인정보 처리방침",
    "",
    "누리 캠핑장은 이용자의 개인정보를 소중히 다룹니다.",
    "",
    "목  차",
    ...toc,
    "",
    ...body.flatMap((at) => [`${marker(at + 1)} ${TITLES[at]}`, BODIES[at], ""]),
  ].join("\n");
}

const styles: [string, (n: number) => string][] = [
  ["articles", (n) => `제${n}조`],
  ["decimal numbers", (n) => `${n}.`],
];

describe.each(styles)("a TOC of %s in columns", (_, marker) => {
  it.each([2, 3])("is one TOC of nine entries in %i columns, and no section", async (columns) => {
    const document = await parsePolicy(policy(marker, columns), "text");
    expect(document.tablesOfContents).toHaveLength(1);
    expect(document.tablesOfContents[0].entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const tocEnd = document.tablesOfContents[0].endLine;
    const numbered = document.allSections.filter((section) => section.heading.style !== "plain");
    expect(numbered).toHaveLength(9);
    expect(numbered.every((section) => section.startLine > tocEnd && section.level === 1)).toBe(true);
  });

  it("reports a section the body leaves out at line 1, not at its TOC entry, and no numbering finding of the TOC", async () => {
    const withoutDestruction = policy(marker, 2, [0, 1, 2, 3, 5, 6, 7, 8]);
    const destruction = await findingsOf("required-destruction", withoutDestruction.split("\n"));
    expect(destruction.map((finding) => finding.line)).toEqual([1]);
    const numbering = await findingsOf("numbering", withoutDestruction.split("\n"));
    expect(numbering.every((finding) => finding.line > 10)).toBe(true);
  });
});

describe("entries side by side that do not run down columns", () => {
  it("still reads a TOC whose entries run along each line", async () => {
    const along = [
      "누리 캠핑장 개인정보 처리방침",
      "",
      "목차",
      "제1조(수집 항목)    제2조(보유 기간)    제3조(파기)",
      "제4조(이용자의 권리)    제5조(보호책임자)",
      "",
      ...[1, 2, 3, 4, 5].flatMap((n) => [
        `제${n}조(${["수집 항목", "보유 기간", "파기", "이용자의 권리", "보호책임자"][n - 1]})`,
        BODIES[n - 1],
        "",
      ]),
    ].join("\n");
    const document = await parsePolicy(along, "text");
    expect(document.tablesOfContents[0].entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("does not read two aligned body lines that merely hold two numbers as a TOC", async () => {
    const body = [
      "누리 캠핑장 개인정보 처리방침",
      "",
      "1. 수집하는 개인정보",
      "가. 성명                 나. 휴대전화번호",
      "다. 이메일               라. 차량번호",
      "",
      "2. 보유 기간",
      BODIES[1],
    ].join("\n");
    const document = await parsePolicy(body, "text");
    expect(document.tablesOfContents).toEqual([]);
  });
});
