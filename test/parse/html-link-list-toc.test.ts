import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// a page that lists its sections as links to them in a <nav>, before the sections themselves
const page = (list: string[]) =>
  [
    "<html><body>", // 1
    "<h1>달빛베이커리 개인정보 처리방침</h1>", // 2
    "<p>달빛베이커리는 주문 고객의 개인정보를 이 방침에 따라 처리합니다.</p>", // 3
    ...list, // 4 …
    '<h2 id="a1">1. 개인정보의 처리 목적</h2>',
    "<p>케이크 예약 주문의 접수와 픽업 안내를 위하여 처리합니다.</p>",
    '<h2 id="a2">2. 처리하는 개인정보의 항목</h2>',
    "<p>주문자 이름, 휴대전화번호</p>",
    '<h2 id="a3">3. 개인정보의 처리 및 보유 기간</h2>',
    "<p>픽업일부터 6개월간 보관합니다.</p>",
    '<h2 id="a4">4. 개인정보의 파기 절차 및 방법</h2>',
    "<p>보관 기간이 지난 주문서는 분쇄하고 전산 기록은 복구할 수 없게 지웁니다.</p>",
    '<h2 id="a5">5. 개인정보 보호책임자</h2>',
    "<p>책임자: 점장 한새벽 (051-700-1234)</p>",
    "</body></html>",
  ].join("\n");

const links = (
  tag: "ol" | "ul",
  targets: number[],
  item = (target: number, title: string) => `<li><a href="#a${target}">${title}</a></li>`,
) => {
  const titles = [
    "개인정보의 처리 목적",
    "처리하는 개인정보의 항목",
    "개인정보의 처리 및 보유 기간",
    "개인정보의 파기 절차 및 방법",
    "개인정보 보호책임자",
  ];
  return ["<nav>", `<${tag}>`, ...targets.map((target) => item(target, titles[target - 1])), `</${tag}>`, "</nav>"];
};

describe("an HTML list of links to the page's own sections", () => {
  it("is the page's table of contents, an <ol> numbering its entries in order", async () => {
    const document = await parsePolicy(page(links("ol", [1, 2, 3, 5])), "html");
    expect(document.tablesOfContents).toEqual([
      {
        startLine: 6,
        endLine: 9,
        entries: [
          { line: 6, number: 1, style: "decimal", title: "개인정보의 처리 목적" },
          { line: 7, number: 2, style: "decimal", title: "처리하는 개인정보의 항목" },
          { line: 8, number: 3, style: "decimal", title: "개인정보의 처리 및 보유 기간" },
          { line: 9, number: 4, style: "decimal", title: "개인정보 보호책임자" },
        ],
      },
    ]);
    // its lines are no part of the section before it
    expect(document.allSections.map((section) => [section.startLine, section.endLine, section.heading.title])[0]).toEqual([
      2,
      11,
      "달빛베이커리 개인정보 처리방침",
    ]);
  });

  it("lets numbering see the section the contents leave out, and none when they list all", async () => {
    expect((await findingsOf("numbering", page(links("ol", [1, 2, 3, 5])), "html")).map((f) => [f.line, f.messageId])).toEqual([
      [18, "sectionNotInToc"],
    ]);
    expect(await findingsOf("numbering", page(links("ol", [1, 2, 3, 4, 5])), "html")).toEqual([]);
  });

  it("gives a <ul>'s entries no numbers, and counts an <ol> from its start", async () => {
    const unordered = await parsePolicy(page(links("ul", [1, 2, 3, 4, 5])), "html");
    expect(unordered.tablesOfContents.map((toc) => toc.entries.map((entry) => entry.number))).toEqual([[null, null, null, null, null]]);
    const started = await parsePolicy(page(links("ol", [3, 4, 5]).map((line) => line.replace("<ol>", '<ol start="3">'))), "html");
    expect(started.tablesOfContents.map((toc) => toc.entries.map((entry) => entry.number))).toEqual([[3, 4, 5]]);
  });

  it.each([
    ["links that name no section of the page", links("ul", [1, 2, 3]).map((line) => line.replace(/>[^<>]+<\/a>/, ">바로 가기</a>"))],
    ["links to other pages", links("ol", [1, 2, 3, 4, 5]).map((line) => line.replace('href="#', 'href="https://example.com/#'))],
    [
      "items with text beside the link",
      links("ol", [1, 2, 3, 4, 5], (target, title) => `<li><a href="#a${target}">${title}</a> 참고</li>`),
    ],
    ["a list set on one line", [links("ol", [1, 2, 3, 4, 5]).join("")]],
  ])("is no table of contents with %s", async (_, list) => {
    const document = await parsePolicy(page(list), "html");
    expect(document.tablesOfContents).toEqual([]);
    expect(document.allSections.map((section) => section.heading.title)).toContain("개인정보 보호책임자");
  });
});
