// The layout generator itself: short passages restyled into the text written out by hand.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import type { SourceFormat } from "../../src/parse/model.js";
import { lengthenTitle, restyle, wrapLine } from "./restyle.js";
import { STYLES, asciiRoman, fullWidthDigits, unicodeRoman, type StyleName } from "./styles.js";

const POLICY = [
  "누리책방 개인정보 처리방침",
  "",
  "회사는 정보주체의 개인정보를 보호합니다.",
  "",
  "제1조 (개인정보의 처리 목적)",
  "회사는 다음의 목적을 위하여 개인정보를 처리합니다.",
  "1. 회원 관리: 본인 식별, 가입 의사 확인",
  "2. 주문 처리: 결제, 배송",
  "",
  "제2조 (처리하는 개인정보의 항목)",
  "이름, 이메일 주소, 휴대전화번호",
];

async function restyled(lines: string[], name: StyleName, format: SourceFormat = "text") {
  const style = STYLES.find((candidate) => candidate.name === name)!;
  const result = restyle(await parsePolicy(lines.join("\n"), format), style);
  return result && { ...result, lines: result.text.split("\n") };
}

describe("restyle: top-level headings", () => {
  it("writes 제N조 articles as 'N.' and indents the '1.' items under them, which would read as sections", async () => {
    const result = await restyled(POLICY, "N.");
    expect(result!.lines).toEqual([
      "누리책방 개인정보 처리방침",
      "",
      "회사는 정보주체의 개인정보를 보호합니다.",
      "",
      "1. 개인정보의 처리 목적",
      "회사는 다음의 목적을 위하여 개인정보를 처리합니다.",
      "  1. 회원 관리: 본인 식별, 가입 의사 확인",
      "  2. 주문 처리: 결제, 배송",
      "",
      "2. 처리하는 개인정보의 항목",
      "이름, 이메일 주소, 휴대전화번호",
    ]);
    expect(result!.format).toBe("text");
    expect(result!.rewritten).toEqual([5, 10]);
    expect(result!.lineMap[6]).toEqual({ first: 7, last: 7 });
  });

  it.each<[StyleName, string, string]>([
    ["제N조(title)", "제1조(개인정보의 처리 목적)", "제2조(처리하는 개인정보의 항목)"],
    ["제N조. title", "제1조. 개인정보의 처리 목적", "제2조. 처리하는 개인정보의 항목"],
    ["N.<tab>", "1.\t개인정보의 처리 목적", "2.\t처리하는 개인정보의 항목"],
    ["(N)", "(1) 개인정보의 처리 목적", "(2) 처리하는 개인정보의 항목"],
    ["0N zero-padded", "01 개인정보의 처리 목적", "02 처리하는 개인정보의 항목"],
    ["Ⅰ. roman", "Ⅰ. 개인정보의 처리 목적", "Ⅱ. 처리하는 개인정보의 항목"],
    ["I. ascii roman", "I. 개인정보의 처리 목적", "II. 처리하는 개인정보의 항목"],
    ["１. full-width", "１. 개인정보의 처리 목적", "２. 처리하는 개인정보의 항목"],
    ["[title]", "[개인정보의 처리 목적]", "[처리하는 개인정보의 항목]"],
    ["【title】", "【개인정보의 처리 목적】", "【처리하는 개인정보의 항목】"],
    ["< title >", "< 개인정보의 처리 목적 >", "< 처리하는 개인정보의 항목 >"],
    ["■ N. title", "■ 1. 개인정보의 처리 목적", "■ 2. 처리하는 개인정보의 항목"],
    ["제N장 title", "제1장 개인정보의 처리 목적", "제2장 처리하는 개인정보의 항목"],
    ["1. on every heading", "1. 개인정보의 처리 목적", "1. 처리하는 개인정보의 항목"],
    ["o<tab>N.", "o\t1. 개인정보의 처리 목적", "o\t2. 처리하는 개인정보의 항목"],
    ["·<tab>N.", "·\t1. 개인정보의 처리 목적", "·\t2. 처리하는 개인정보의 항목"],
    ["***제N조(title)**", "***제1조(개인정보의 처리 목적)**", "***제2조(처리하는 개인정보의 항목)**"],
    ["**N. title**", "**1. 개인정보의 처리 목적**", "**2. 처리하는 개인정보의 항목**"],
  ])("%s", async (name, first, second) => {
    const result = await restyled(POLICY, name);
    expect([result!.lines[4], result!.lines[9]]).toEqual([first, second]);
  });

  it("keeps sub-items as they are when the new marker cannot be taken for theirs", async () => {
    for (const name of ["Ⅰ. roman", "0N zero-padded", "【title】", "o<tab>N.", "**N. title**"] as const)
      expect((await restyled(POLICY, name))!.lines.slice(6, 8), name).toEqual([
        "1. 회원 관리: 본인 식별, 가입 의사 확인",
        "2. 주문 처리: 결제, 배송",
      ]);
  });

  it("makes a text policy Markdown, with ### for sub-sections that read as titles when asked", async () => {
    const lines = [
      "개인정보 처리방침",
      "",
      "1. 개인정보의 파기",
      "가. 파기 절차",
      "지체 없이 파기합니다.",
      "",
      "2. 개인정보 보호책임자",
      "성명 : 김하늘",
    ];
    const flat = await restyled(lines, "## N. title (Markdown)");
    expect(flat!.format).toBe("markdown");
    expect(flat!.lines.slice(2, 7)).toEqual([
      "## 1. 개인정보의 파기",
      "가. 파기 절차",
      "지체 없이 파기합니다.",
      "",
      "## 2. 개인정보 보호책임자",
    ]);
    const nested = await restyled(lines, "## N. title + ### children (Markdown)");
    expect(nested!.lines[3]).toBe("### 가. 파기 절차");
  });

  it("keeps each section's own number, gaps included", async () => {
    const lines = ["제1조 (개인정보의 처리 목적)", "회원 관리", "", "제3조 (개인정보의 파기)", "지체 없이 파기합니다."];
    expect((await restyled(lines, "Ⅰ. roman"))!.lines).toEqual([
      "Ⅰ. 개인정보의 처리 목적",
      "회원 관리",
      "",
      "Ⅲ. 개인정보의 파기",
      "지체 없이 파기합니다.",
    ]);
  });

  it("numbers unnumbered top-level headings in order", async () => {
    const lines = ["■ 개인정보의 처리 목적", "회원 관리", "■ 개인정보의 파기", "지체 없이 파기합니다."];
    expect((await restyled(lines, "제N조(title)"))!.lines).toEqual([
      "제1조(개인정보의 처리 목적)",
      "회원 관리",
      "제2조(개인정보의 파기)",
      "지체 없이 파기합니다.",
    ]);
  });

  it("keeps a body that runs on after the title on the heading line", async () => {
    const lines = [
      "1. 개인 정보의 수집 및 이용 목적 회사는 다음의 목적을 위하여 개인정보를 처리합니다.",
      "2. 개인 정보의 파기절차 및 방법 회사는 지체 없이 파기합니다.",
    ];
    expect((await restyled(lines, "제N조(title)"))!.lines).toEqual([
      "제1조(개인 정보의 수집 및 이용 목적) 회사는 다음의 목적을 위하여 개인정보를 처리합니다.",
      "제2조(개인 정보의 파기절차 및 방법) 회사는 지체 없이 파기합니다.",
    ]);
  });

  it("runs the first title on past 50 characters", async () => {
    const result = await restyled(POLICY, "제N조(long title)");
    expect(result!.lines[4]).toBe(
      "제1조(개인정보의 처리 목적 및 회사가 운영하는 모든 온라인·오프라인 서비스에 공통으로 적용되는 세부 기준에 관한 안내)",
    );
    expect(result!.lines[9]).toBe("제2조(처리하는 개인정보의 항목)");
    // the shortest tail that is long enough
    expect(lengthenTitle("개인정보의 처리 및 보유 기간과 파기 절차")).toBe(
      "개인정보의 처리 및 보유 기간과 파기 절차 및 회사가 운영하는 모든 온라인·오프라인 서비스의 공통 기준",
    );
    expect(lengthenTitle("부칙").length).toBeGreaterThan(50);
  });

  it("restyles a table of contents with its own numbers", async () => {
    const lines = [
      "목차",
      "1. 개인정보의 처리 목적",
      "2. 개인정보의 파기",
      "4. 개인정보 보호책임자",
      "",
      "1. 개인정보의 처리 목적",
      "회원 관리",
      "2. 개인정보의 파기",
      "지체 없이 파기합니다.",
      "3. 개인정보 보호책임자",
      "성명 : 김하늘",
    ];
    const result = await restyled(lines, "제N조 title");
    expect(result!.lines.slice(1, 4)).toEqual(["제1조 개인정보의 처리 목적", "제2조 개인정보의 파기", "제4조 개인정보 보호책임자"]);
    expect(result!.lines[9]).toBe("제3조 개인정보 보호책임자");
  });

  it("restyles every entry of a TOC line that holds two", async () => {
    const lines = [
      "목차",
      "  제1조(개인정보의 처리 목적)  제2조(개인정보의 파기)",
      "  제3조(개인정보 보호책임자)",
      "",
      "제1조(개인정보의 처리 목적) 회원 관리에 씁니다.",
      "제2조(개인정보의 파기) 지체 없이 파기합니다.",
      "제3조(개인정보 보호책임자) 성명 : 김하늘",
    ];
    const result = await restyled(lines, "N.");
    expect(result!.lines.slice(1, 3)).toEqual(["  1. 개인정보의 처리 목적  2. 개인정보의 파기", "  3. 개인정보 보호책임자"]);
  });

  it("rewrites the content of a Markdown heading and keeps its #s", async () => {
    const lines = [
      "# 개인정보 처리방침",
      "",
      "## 1. 개인정보의 처리 목적",
      "회원 관리",
      "",
      "## 2. 개인정보의 파기",
      "지체 없이 파기합니다.",
    ];
    const result = await restyled(lines, "제N조(title)", "markdown");
    expect(result!.format).toBe("markdown");
    expect(result!.lines).toEqual([
      "# 개인정보 처리방침",
      "",
      "## 제1조(개인정보의 처리 목적)",
      "회원 관리",
      "",
      "## 제2조(개인정보의 파기)",
      "지체 없이 파기합니다.",
    ]);
  });

  it("does not apply where there is nothing to rewrite, or Markdown to HTML", async () => {
    expect(await restyled(["개인정보 처리방침", "회사는 개인정보를 보호합니다."], "N.")).toBeNull();
    expect(await restyled(["<h2>1. 목적</h2>", "<h2>2. 파기</h2>"], "## N. title (Markdown)", "html")).toBeNull();
  });
});

describe("restyle: hard wraps", () => {
  it("wraps long body lines at a space, continuing further in, and maps each line to its pieces", async () => {
    const lines = [
      "제1조 (개인정보의 처리 목적)",
      "회사는 회원 가입 의사 확인, 본인 식별과 인증, 회원자격 유지와 관리, 서비스 부정이용 방지를 위하여 개인정보를 처리합니다.",
      "- 회원 관리",
      "제2조 (개인정보의 파기)",
      "지체 없이 파기합니다.",
    ];
    const result = await restyled(lines, "hard wraps (indent 2)");
    expect(result!.lines).toEqual([
      "제1조 (개인정보의 처리 목적)",
      "회사는 회원 가입 의사 확인, 본인 식별과 인증, 회원자격 유지와 관리, 서비스 부정이용 방지를 위하여",
      "  개인정보를 처리합니다.",
      "- 회원 관리",
      "제2조 (개인정보의 파기)",
      "지체 없이 파기합니다.",
    ]);
    expect(result!.rewritten).toEqual([]);
    expect(result!.lineMap).toEqual([
      { first: 1, last: 1 },
      { first: 2, last: 3 },
      { first: 4, last: 4 },
      { first: 5, last: 5 },
      { first: 6, last: 6 },
    ]);
  });

  it("indents the continuation from the line's own indentation", () => {
    expect(
      wrapLine("  • 이용자는 언제든지 등록되어 있는 자신의 개인정보를 조회하거나 수정할 수 있으며, 삭제를 요청할 수 있습니다.", 60, 4),
    ).toEqual(["  • 이용자는 언제든지 등록되어 있는 자신의 개인정보를 조회하거나 수정할 수 있으며, 삭제를 요청할 수", "      있습니다."]);
  });

  it("does not start a continuation with what reads as a marker", () => {
    const line = "회사는 개인정보 보호법 제30조에 따라 정보주체의 개인정보를 보호하고 고충을 처리하기 위하여 이 방침을 둡니다 1. 회원 관리";
    const pieces = wrapLine(line, 20, 2);
    expect(pieces.join(" ").replace(/\s+/g, " ")).toBe(line);
    for (const piece of pieces.slice(1)) expect(piece.trimStart()).not.toMatch(/^(제\s*\d|\d+\.)/);
  });

  it("does not break inside an HTML tag", () => {
    expect(wrapLine('<p class="policy text">회사는 정보주체의 개인정보를 보호합니다.</p>', 12, 2, "html")).toEqual([
      '<p class="policy text">회사는',
      "  정보주체의",
      "  개인정보를",
      "  보호합니다.</p>",
    ]);
  });
});

describe("numerals", () => {
  it("writes Roman, ASCII Roman and full-width numbers", () => {
    expect([1, 4, 12, 13, 20].map(unicodeRoman)).toEqual(["Ⅰ", "Ⅳ", "Ⅻ", "ⅩⅢ", "ⅩⅩ"]);
    expect([1, 4, 9, 14, 40].map(asciiRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect(fullWidthDigits(12)).toBe("１２");
  });
});
