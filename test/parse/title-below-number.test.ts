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

// a numbered paragraph a fixed-width wrap cut (a PDF's text layer) is a sentence over two lines, not a title
describe("a numbered paragraph cut by a fixed-width wrap", () => {
  const wrapped = [
    "누리몰 개인정보 처리방침", // 1
    "", // 2
    "2. 처리하는 개인정보의 항목", // 3
    " ① 누리몰은 주문과 배송을 위하여 다음의 개인정보를 처리합니다: 성명, 연락처", // 4
    " ② 앱을 쓰는 동안 단말기 모델명, 운영체제 버전, 광고 식별자, 앱 실행 기록, 화면", // 5
    "   이동 기록이 자동으로 만들어져 수집될 수 있습니다.", // 6
    "", // 7
    "3. 개인정보의 파기", // 8
    " ① 누리몰은 보유 기간이 끝난 개인정보를 지체 없이 파기하며, 전자 파일은 복원", // 9
    "   할 수 없는 방법으로 지웁니다.", // 10
  ];
  it("reads the cut lines as no titles", async () => {
    const read = await headings(wrapped, "text");
    expect(read.find(([line]) => line === 5)?.[2]).toBe(false);
    expect(read.find(([line]) => line === 9)?.[2]).toBe(false);
  });
  it("keeps a short title over its body a title", async () => {
    const read = await headings(
      [
        "누리몰 개인정보 처리방침",
        "",
        "2. 처리하는 개인정보의 항목",
        " ① 자동으로 생성되어 수집되는 정보",
        "   앱을 쓰는 동안 단말기 모델명과 운영체제 버전이 자동으로 만들어져 수집될 수 있습니다.",
      ],
      "text",
    );
    expect(read.find(([line]) => line === 4)?.[2]).toBe(true);
  });
});
