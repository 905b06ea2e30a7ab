// Layouts seen in round 27: items set in one-column boxes with the title in the top border, section titles in
// English capitals alone, and app-screen titles after a chevron ("› 처리 위탁").
import { describe, expect, it } from "vitest";
import { withBoxesOpened } from "../../src/parse/boxes.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

describe("one-column boxes titled in their top border", () => {
  const boxed = [
    "해오름 개인정보 처리방침", // 1
    "",
    "┌─ 처리 목적 ──────────┐", // 3
    "│ 주문 접수와 배송에 씁니다. │",
    "└──────────────────┘",
    "",
    "┌─ 개인정보 보호책임자 ───┐", // 7
    "│ 운영팀장 서다온 / 02-555-0177 │",
    "└──────────────────┘",
  ];

  it("reads the border as a framed title and the rows as text, column for column", () => {
    const opened = withBoxesOpened(boxed);
    expect(opened[2].trim()).toMatch(/^─+ 처리 목적 ─+$/);
    expect(opened[3].trim()).toBe("주문 접수와 배송에 씁니다.");
    expect(opened[4].trim()).toBe("");
    expect(opened.map((line) => line.length)).toEqual(boxed.map((line) => line.length));
  });

  it("makes each box a section, so what it holds is found", async () => {
    const document = await parsePolicy(boxed.join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([3, 7]));
    expect(await findingsOf("dpo-contact", boxed)).toEqual([]);
  });

  it("leaves a drawn table with columns to the table reader", () => {
    const table = ["┌────┬────┐", "│ 수탁자 │ 업무 │", "└────┴────┘"];
    expect(withBoxesOpened(table)).toEqual(table);
  });
});

describe("a whole policy drawn inside a frame with no title", () => {
  const framed = (top: string, side: string, bottom: string) => [
    top,
    `${side} 별빛택시 개인정보 처리방침        ${side}`, // 2
    `${side}                                   ${side}`,
    `${side} 1. 개인정보의 처리 목적           ${side}`, // 4
    `${side} 배차와 요금 결제에 씁니다.        ${side}`,
    `${side}                                   ${side}`,
    `${side} 2. 개인정보 보호책임자            ${side}`, // 7
    `${side} 운영팀장 한누리, 전화 02-555-0199 ${side}`,
    bottom,
  ];

  it.each([
    ["┌───────────────────────────────────┐", "│", "└───────────────────────────────────┘"],
    ["┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓", "┃", "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛"],
    ["╔═══════════════════════════════════╗", "║", "╚═══════════════════════════════════╝"],
  ])("reads the text inside '%s' with its title and sections, column for column", async (top, side, bottom) => {
    const lines = framed(top, side, bottom);
    const opened = withBoxesOpened(lines);
    expect(opened.map((line) => line.length)).toEqual(lines.map((line) => line.length));
    expect(opened[4].trim()).toBe("배차와 요금 결제에 씁니다.");
    const document = await parsePolicy(lines.join("\n"), "text");
    expect(document.title?.line).toBe(2);
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([4, 7]));
    expect(await findingsOf("dpo-contact", lines)).toEqual([]);
    expect(await findingsOf("title-name", lines)).toEqual([]);
  });
});

describe("titles in English capitals", () => {
  const capitals = [
    "누리복권 개인정보 처리방침", // 1
    "",
    "PURPOSE", // 3
    "앱에서 받은 정보는 아래 일에만 씁니다.",
    "1. 회원 식별",
    "2. 당첨 알림",
    "",
    "DATA WE COLLECT", // 8
    "휴대전화번호, 닉네임",
    "",
    "RETENTION", // 11
    "탈퇴하면 바로 지웁니다.",
    "",
    "DELETION", // 14
    "복구할 수 없게 지웁니다.",
    "",
    "YOUR RIGHTS", // 17
    "앱 설정에서 열람과 삭제를 요구할 수 있습니다.",
  ];

  it("reads them as the sections, with the numbered list inside the first", async () => {
    const document = await parsePolicy(capitals.join("\n"), "text");
    const top = document.sections.map((section) => section.startLine);
    expect(top).toEqual(expect.arrayContaining([3, 8, 11, 14, 17]));
    expect(top).not.toContain(5);
    expect(await findingsOf("required-purpose", capitals)).toEqual([]);
  });

  it("keeps one capitals line alone as text", async () => {
    const text = ["1. 개인정보의 처리 목적", "주문에 씁니다.", "", "NOTICE", "아래를 보십시오.", "", "2. 처리하는 개인정보의 항목", "성명"];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(4);
  });
});

describe("app-screen chevrons", () => {
  const screen = [
    "<",
    "개인정보처리방침",
    "",
    "› 제3자 제공", // 4
    "제휴 동물병원에 보호자 이름을 제공할 수 있습니다. 병원은 1년간 보관합니다.",
    "",
    "› 처리 위탁", // 7
    "· (주)한빛클라우드: 서버 운영",
  ];

  it("reads each '›' line as a section, however short its title", async () => {
    const document = await parsePolicy(screen.join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([4, 7]));
    expect((await findingsOf("third-party-provision", screen)).map((f) => [f.line, f.messageId])).toEqual([[5, "recipientKind"]]);
    expect(await findingsOf("processor-disclosure", screen)).toEqual([]);
  });
});

// a plain-text mail's section titles drawn in ASCII: "+----+" over "| 1. 제목 |" over "+----+"
describe("section titles in ASCII boxes", () => {
  const box = (title: string) => [
    "+--------------------------------------+",
    `| ${title.padEnd(36)} |`,
    "+--------------------------------------+",
  ];
  const policy = [
    "한빛 번역 개인정보 처리방침", // 1
    "",
    ...box("1. 개인정보의 처리 목적"), // 3–5
    "번역 의뢰 접수와 작업료 정산에 씁니다.",
    "",
    ...box("2. 정보주체의 권리와 행사 방법"), // 8–10
    "회원은 언제든 열람과 정정을 요구할 수 있으며, 전자우편으로 요구하면 바로 조치합니다.",
    "",
    ...box("3. 개인정보 보호책임자"), // 13–15
    "운영팀장 서누리, 02-555-0123, privacy@hanbit.example",
  ];

  it("reads each boxed title as a section, column for column", async () => {
    const opened = withBoxesOpened(policy);
    expect(opened[3].trim()).toBe("1. 개인정보의 처리 목적");
    expect(opened[2].trim()).toBe("");
    expect(opened.map((line) => line.length)).toEqual(policy.map((line) => line.length));
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.style === "decimal").map((section) => section.startLine)).toEqual([
      4, 9, 14,
    ]);
  });

  it("finds what a boxed section leaves out", async () => {
    expect((await findingsOf("required-rights", policy)).map((finding) => [finding.line, finding.messageId])).toEqual([
      [9, "rightsMissing"],
    ]);
  });

  it("leaves an ASCII grid table with columns to the table reader", () => {
    const table = ["+--------+--------+", "| 수탁자 | 업무   |", "+--------+--------+"];
    expect(withBoxesOpened(table)).toEqual(table);
  });
});
