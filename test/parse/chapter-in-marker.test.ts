// Headings whose marker writes the part they belong to before their own number — "제2장 제1절 …", or "2-1." with no
// "2." above it — restart their numbers in each part: each is a section of its own, not an item of a list inside the
// one before, and the chapters their markers name are no gap between the chapters written alone.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (marker: (chapter: number, part: number) => string, repeat = false) => {
  const parts: [number, number, string, string][] = [
    [2, 1, "개인정보의 처리 목적", "회원 관리와 대여 요금 정산에 씁니다."],
    [2, 2, "처리하는 개인정보 항목", "이름, 휴대전화번호, 대여 위치"],
    [2, 3, "개인정보의 파기", "보유 기간이 끝나면 지체 없이 복구할 수 없게 지웁니다."],
    [3, 1, "개인정보의 제3자 제공", "법령에 따른 경우 외에는 제공하지 않습니다."],
    [3, 2, "개인정보 처리업무의 위탁", "안내 문자 발송을 (주)소식나루에 맡깁니다."],
    [4, 1, "개인정보 보호책임자", "운영팀장 한지우 (02-555-0130)"],
  ];
  const lines = ["바람길 자전거 개인정보 처리방침", "", "▣ 제1장 총칙", "이 방침은 바람길 자전거 대여 서비스에 적용됩니다.", ""];
  for (const [chapter, part, title, body] of parts) {
    lines.push(`▣ ${marker(chapter, part)} ${title}`, body, "");
    if (repeat && chapter === 3 && part === 2) lines.push(`▣ ${marker(chapter, part)} ${title}`, body, "");
  }
  lines.push("▣ 제5장 부칙", "이 방침은 2026년 5월 1일부터 시행합니다.");
  return lines;
};
const withChapter = (chapter: number, part: number) => `제${chapter}장 제${part}절`;
const hyphenated = (chapter: number, part: number) => `${chapter}-${part}.`;

describe("a marker that carries its chapter", () => {
  it.each([
    ["제N장 제M절", withChapter],
    ["N-M. with no N. above", hyphenated],
  ])("reads every %s heading as a section of its own", async (_name, marker) => {
    const document = await parsePolicy(policy(marker).join("\n"), "text");
    const parts = document.allSections.filter(
      (section) => section.heading.title !== "" && /^(?:제\d장 제\d절|\d-\d\.)$/.test(section.heading.marker),
    );
    expect(parts.map((section) => [section.startLine, section.endLine])).toEqual([
      [6, 7],
      [9, 10],
      [12, 13],
      [15, 16],
      [18, 19],
      [21, 22],
    ]);
  });

  it.each([
    ["제N장 제M절", withChapter],
    ["N-M.", hyphenated],
  ])("numbering: no gap or duplicate among %s headings and the chapters around them", async (_name, marker) => {
    expect(await findingsOf("numbering", policy(marker))).toEqual([]);
  });

  it.each([
    ["제N장 제M절", withChapter, "제3장 제2절"],
    ["N-M.", hyphenated, "3-2."],
  ])("numbering: a %s heading written twice is a duplicate named by its whole marker", async (_name, marker, named) => {
    const findings = await findingsOf("numbering", policy(marker, true));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[21, "duplicate"]]);
    expect(findings[0].message).toContain(named);
  });

  it("numbering: a chapter skipped with no heading naming it is still a gap", async () => {
    const lines = policy(withChapter).map((line) => line.replace("제5장 부칙", "제6장 부칙"));
    const findings = await findingsOf("numbering", lines);
    expect(findings.map((finding) => finding.messageId)).toEqual(["gap"]);
  });
});
