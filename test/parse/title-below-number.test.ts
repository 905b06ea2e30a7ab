import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

// A PDF converted to Markdown leaves an article's number as the heading and its title on a line of its own under
// it ("### 제3조" over "(개인정보의 처리 및 보유 기간)"); and a numbered item hard-wrapped after the word that says
// where or to whom ("… 관계 행정기관에" over "… 제공할 수 있습니다.") is a sentence, not a title over the next line.

const headings = async (lines: string[], format: "text" | "markdown") =>
  (await parsePolicy(lines.join("\n"), format)).allSections.map(({ heading }) => [heading.line, heading.title, heading.isTitle]);

describe("a Markdown heading that holds only its number", () => {
  const converted = [
    "# 누리도서관 개인정보 처리방침", // 1
    "", // 2
    "### 제1조", // 3
    "", // 4
    "(개인정보의 처리 목적)", // 5
    "", // 6
    "도서관은 회원 관리를 위하여 개인정보를 처리합니다.", // 7
    "", // 8
    "### 제2조", // 9
    "", // 10
    "개인정보의 파기", // 11
    "", // 12
    "도서관은 보유 기간이 지나면 지체 없이 파기합니다.", // 13
  ];
  it("takes the title on the line under it, bracketed or not", async () => {
    expect(await headings(converted, "markdown")).toEqual([
      [1, "누리도서관 개인정보 처리방침", true],
      [5, "개인정보의 처리 목적", true],
      [11, "개인정보의 파기", true],
    ]);
  });
  it("leaves a heading that has its title alone, and does not take a sentence for one", async () => {
    const read = await headings(
      [
        "# 누리도서관 개인정보 처리방침",
        "",
        "### 제1조 개인정보의 처리 목적",
        "",
        "(회원 관리)",
        "",
        "### 제2조",
        "",
        "도서관은 보유 기간이 지나면 지체 없이 파기합니다.",
      ],
      "markdown",
    );
    expect(read[1]).toEqual([3, "개인정보의 처리 목적", true]);
    expect(read[2]?.[0]).toBe(7);
    expect(read[2]?.[1]).not.toContain("파기합니다");
  });
});

describe("a numbered item wrapped after the receiver", () => {
  it("reads '② … 관계 행정기관에' over the rest of the sentence as no title", async () => {
    const read = await headings(
      [
        "누리도서관 개인정보 처리방침",
        "",
        "제5조(개인정보의 제3자 제공)",
        "① 도서관은 정보주체의 동의가 있거나 법률에 특별한 규정이 있는 경우에만 개인정보를 제공합니다.",
        "② 도서관은 연체 도서 회수를 위하여 관할 구청에",
        "연체자의 성명과 주소를 제공할 수 있습니다.",
      ],
      "text",
    );
    expect(read.find(([line]) => line === 5)?.[2]).toBe(false);
  });
});
