// An HTML page's table of contents that is not a list of links: a plain list under the TOC's own label
// ("<h2>목차</h2><ol><li>처리 목적</li>…") or in a <nav>, and a list of links to sections an accordion's <summary>
// titles. Its lines are no text of the policy: a finding about an item points at the item's section.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const TITLES = ["이용 목적", "받는 개인정보", "민감정보의 처리", "보관 기간과 파기", "개인정보 보호책임자"];
const BODIES = [
  "도서 대출과 열람실 좌석 예약을 위하여 개인정보를 처리합니다.",
  "이름, 휴대전화번호, 회원증 번호를 받습니다.",
  "장애인 우선 좌석을 신청한 분에 한하여 장애 여부를 별도 동의를 받아 처리합니다.",
  "탈퇴할 때까지 보관하고, 탈퇴하면 복구할 수 없는 방법으로 지체 없이 지웁니다.",
  "관리과장 나은솔, 전화 062-600-3100, 이메일 privacy@example.or.kr",
];
const SECTION_AT = 14;

function page(toc: string[], section: (n: number, title: string) => string[]): string {
  const lines = [
    "<html><body>",
    "<h1>별마루 도서관 개인정보 처리방침</h1>",
    "<p>별마루 도서관은 이용자의 개인정보를 보호합니다.</p>",
    ...toc,
  ];
  while (lines.length < SECTION_AT - 1) lines.push("");
  TITLES.forEach((title, at) => lines.push(...section(at + 1, title), `<p>${BODIES[at]}</p>`));
  return [...lines, "</body></html>"].join("\n");
}
const h2 = (n: number, title: string) => [`<h2 id="s${n}">제${n}조(${title})</h2>`];
const panel = (n: number, title: string) => [`<details id="s${n}" open>`, `<summary>제${n}조 (${title})</summary>`];
const closePanel = (html: string) => html.replace(/(<\/p>)\n(?=<details|<\/body>)/g, "$1\n</details>\n");
const items = (link: boolean) => TITLES.map((title, at) => (link ? `<li><a href="#s${at + 1}">${title}</a></li>` : `<li>${title}</li>`));

describe("an HTML table of contents without links, or over accordion panels", () => {
  it.each([
    ["a plain list under its label", page(["<h2>목차</h2>", "<ol>", ...items(false), "</ol>"], h2)],
    ["a plain list in a <nav>", page(["<nav>", "<ol>", ...items(false), "</ol>", "</nav>"], h2)],
    ["a plain list under a paragraph label", page(["<p>[ 차례 ]</p>", "<ul>", ...items(false), "</ul>"], h2)],
    ["links to <summary> panels", closePanel(page(["<nav>", "<ol>", ...items(true), "</ol>", "</nav>"], panel))],
  ])("reads %s as a TOC", async (_, html) => {
    const document = await parsePolicy(html, "html");
    expect(document.tablesOfContents.map((toc) => toc.entries.length)).toEqual([5]);
    const titled = document.allSections.filter((section) => TITLES.some((title) => section.heading.title.includes(title)));
    expect(titled.map((section) => section.startLine).every((line) => line >= SECTION_AT)).toBe(true);
  });

  it("points a finding about an item at its section, not at the TOC's entry", async () => {
    const html = page(["<h2>목차</h2>", "<ol>", ...items(false), "</ol>"], h2);
    const findings = await findingsOf("sensitive-info", html.split("\n"), "html");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.line >= SECTION_AT)).toBe(true);
  });

  it.each([
    ["a plain list with no label above it", page(["<p>도서관이 하는 일:</p>", "<ol>", ...items(false), "</ol>"], h2)],
    [
      "a list under the label whose items hold paragraphs of their own",
      page(
        ["<h2>목차</h2>", "<ul>", ...TITLES.map((title) => `<li><p>${title}</p><p>자세한 내용은 아래를 보십시오.</p></li>`), "</ul>"],
        h2,
      ),
    ],
  ])("does not read %s as a TOC", async (_, html) => {
    const document = await parsePolicy(html, "html");
    expect(document.tablesOfContents).toEqual([]);
  });
});
