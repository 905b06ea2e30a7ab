import { describe, expect, it } from "vitest";
import { looksLikeMarkdown, sourceFormatOf } from "../../src/input/source-format.js";

describe("looksLikeMarkdown", () => {
  it.each([
    ["two ATX headings", "## 제1조 (목적)\n본문\n## 제2조 (항목)\n본문"],
    ["a heading and a GFM table", "# 개인정보 처리방침\n| 구분 | 항목 |\n| --- | --- |\n| 회원 | 이메일 |"],
    ["a heading and bold line openings", "# 처리방침\n**시행일**: 2025-01-01\n**문의**: 02-123-4567"],
    ["a GFM table and bold line openings", "**수집 항목**\n|구분|항목|\n|:---|---:|\n**보유 기간**"],
  ])("recognises %s", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ["a policy without markup", "개인정보 처리방침\n1. 목적\n회사는 …"],
    ["one '#' line", "# 안내\n1. 목적"],
    ["'#' without a space (a number, a tag)", "#1 목적\n#2 항목\n#3 기간"],
    ["a dashed rule under text", "개인정보 처리방침\n----------\n1. 목적"],
    ["headings inside a code fence", "```\n# a\n# b\n```\n본문"],
    ["bold openings alone", "**시행일** 2025-01-01\n**문의** 02-123-4567\n**주의** 확인"],
  ])("does not take %s for Markdown", (_, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});

describe("sourceFormatOf", () => {
  it("takes the parser asked for, then the extension, then the content", () => {
    const markdown = "## 제1조\n## 제2조";
    expect(sourceFormatOf(markdown, "a.txt", "text")).toBe("text");
    expect(sourceFormatOf("plain", "a.htm")).toBe("html");
    expect(sourceFormatOf("plain", "a.MD")).toBe("markdown");
    expect(sourceFormatOf(markdown, "<stdin>")).toBe("markdown");
    expect(sourceFormatOf("plain", "<stdin>")).toBe("text");
  });
});
