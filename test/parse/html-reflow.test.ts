// A page saved on one line (minified, or a document export) is read as the same page pretty-printed, and its
// findings point at the same characters of the file as it is.
import { describe, expect, it } from "vitest";
import { reflowHtml } from "../../src/parse/html-reflow.js";
import { lintText } from "../../src/pipeline/lint.js";
import { outlinePolicy } from "../../src/pipeline/outline.js";

// a small bakery's page, pretty-printed; its DPO section gives no contact and its change section no lead time
const pretty = [
  "<html><head><title>보리빵집 개인정보 처리방침</title></head><body>",
  "<h1>개인정보 처리방침</h1>",
  "<p>보리빵집(이하 '빵집')은 「개인정보 보호법」 제30조에 따라 주문 고객의 정보를 이렇게 다룹니다.</p>",
  "<ol>",
  "  <li><strong>개인정보의 처리 목적</strong>",
  "    <ul>",
  "      <li>케이크 예약 주문의 접수와 픽업 안내</li>",
  "      <li>환불 요청 처리</li>",
  "    </ul>",
  "  </li>",
  "  <li><strong>처리하는 개인정보의 항목</strong>",
  "    <ul>",
  "      <li>주문자 이름, 휴대전화번호</li>",
  "    </ul>",
  "  </li>",
  "  <li><strong>개인정보의 처리 및 보유 기간</strong>",
  "    <ul>",
  "      <li>예약 정보: 픽업일로부터 1개월 후 파기</li>",
  "    </ul>",
  "  </li>",
  "  <li><strong>개인정보의 파기 절차 및 방법</strong>",
  "    <ul>",
  "      <li>기간이 지난 예약 장부는 분쇄하고, 파일은 복구할 수 없게 지웁니다.</li>",
  "    </ul>",
  "  </li>",
  "  <li><strong>개인정보 보호책임자</strong>",
  "    <ul>",
  "      <li>책임자: 점주 한보리</li>",
  "    </ul>",
  "  </li>",
  "</ol>",
  "</body></html>",
].join("\n");
const oneLine = pretty.replace(/\n\s*/g, "");

const keys = (result: Awaited<ReturnType<typeof lintText>>) =>
  result.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.message}`).sort();

describe("reflowHtml", () => {
  it("leaves a page alone whose blocks already have lines of their own", () => {
    expect(reflowHtml("<h2>제목</h2>\n<p>본문</p>\n<ul>\n<li>하나</li>\n</ul>")).toBeNull();
  });

  it("starts a line at each block and after each block's end, and gives a table's opening, rows and end a line each", () => {
    const source =
      "<h2>위탁</h2><p>아래와 같습니다.</p><table><tr><th>수탁자</th><th>업무</th></tr><tr><td><p>가온택배</p></td><td>배송</td></tr></table><p>끝</p>";
    const reflowed = reflowHtml(source)!;
    expect(reflowed.text.split("\n")).toEqual([
      "<h2>위탁</h2>",
      "<p>아래와 같습니다.</p>",
      "<table>",
      "<tr><th>수탁자</th><th>업무</th></tr>",
      "<tr><td><p>가온택배</p></td><td>배송</td></tr>",
      "</table>",
      "<p>끝</p>",
    ]);
    // every character of the reflowed text maps back to the same character of the source
    for (let offset = 0; offset < reflowed.text.length; offset++)
      if (reflowed.text[offset] !== "\n") expect(source[reflowed.toOriginal(offset)]).toBe(reflowed.text[offset]);
  });

  it("keeps a <dt> label and its <dd> value on one line", () => {
    expect(reflowHtml("<dl><dt>보관 기간</dt><dd>30일</dd><dt>책임자</dt><dd>총무팀</dd></dl>")!.text.split("\n")).toEqual([
      "<dl><dt>보관 기간</dt><dd>30일</dd>",
      "<dt>책임자</dt><dd>총무팀</dd>",
      "</dl>",
    ]);
  });

  it("keeps a comment after a block's end on that block's line", () => {
    expect(reflowHtml("<p>가</p> <!-- policy-lint-disable-line dpo-contact --><p>나</p>")!.text.split("\n")).toEqual([
      "<p>가</p> <!-- policy-lint-disable-line dpo-contact -->",
      "<p>나</p>",
    ]);
  });

  it("inserts the file's own line ending", () => {
    expect(reflowHtml("<p>가</p><p>나</p>\r\n")!.text).toBe("<p>가</p>\r\n<p>나</p>\r\n");
  });
});

describe("a page on one line", () => {
  it("gets the findings the same page pretty-printed gets", async () => {
    const expected = keys(await lintText(pretty, "bakery.html"));
    expect(expected).toContainEqual(expect.stringMatching(/^dpo-contact error /));
    expect(keys(await lintText(oneLine, "bakery.html"))).toEqual(expected);
  });

  it("points each finding at the same text of the file", async () => {
    const dpo = (await lintText(oneLine, "bakery.html")).findings.find((finding) => finding.ruleId === "dpo-contact")!;
    expect(dpo.line).toBe(1);
    expect(oneLine.slice(dpo.column - 1).startsWith("개인정보 보호책임자")).toBe(true);
  });
});

describe("the outline of a page on one line", () => {
  it("shows the sections the linter reads, on the file's one line", async () => {
    const outline = await outlinePolicy(oneLine, "html");
    expect(outline.sections.map((section) => [section.title, section.startLine, section.endLine])).toEqual([
      ["개인정보 처리방침", 1, 1],
      ["개인정보의 처리 목적", 1, 1],
      ["처리하는 개인정보의 항목", 1, 1],
      ["개인정보의 처리 및 보유 기간", 1, 1],
      ["개인정보의 파기 절차 및 방법", 1, 1],
      ["개인정보 보호책임자", 1, 1],
    ]);
  });
});

describe("a fix on a page on one line", () => {
  it("replaces the same characters of the file, which keeps its one line", async () => {
    const page =
      "<html><body><h1>개인정보 처리방침</h1><p>두레상점의 개인정보취급방침은 아래와 같습니다.</p><h2>1. 개인정보의 처리 목적</h2><p>주문 접수에 씁니다.</p></body></html>";
    const finding = (await lintText(page, "shop.html")).findings.find((candidate) => candidate.ruleId === "outdated-reference")!;
    const [from, to] = finding.fix!.range;
    expect(page.slice(0, from) + finding.fix!.text + page.slice(to)).toBe(page.replace("개인정보취급방침", "개인정보 처리방침"));
    expect(page.slice(finding.column - 1).startsWith("개인정보취급방침")).toBe(true);
  });
});
