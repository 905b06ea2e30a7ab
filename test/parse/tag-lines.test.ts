// A page saved from a word processor breaks its source at a fixed width, inside tags too: a heading's element opens
// on one line and its title stands on the next ("<span style='font-family:"맑은" over "고딕"'>개인정보의 파기</span>").
// A break inside a tag is a space to HTML: the heading is read whole, and findings point at the file's own lines.
import { describe, expect, it } from "vitest";
import { withTagsOnOneLine } from "../../src/parse/tag-lines.js";
import { lintText } from "../../src/pipeline/lint.js";
import { outlinePolicy } from "../../src/pipeline/outline.js";

const heading = (number: number, title: string) => [
  `<p class=MsoHeading2><span lang=EN-US>${number}.<span style='mso-tab-count:1'>&nbsp; </span></span><span style='font-family:"맑은`,
  `고딕"'>${title}</span></p>`,
];
const page = [
  "<html><body>",
  "<p class=MsoTitle><span>한울가스 개인정보 처리방침</span></p>", // 2
  ...heading(1, "개인정보의 처리 목적"), // 3–4
  "<p class=MsoNormal><span>가스 공급 계약과 요금 청구에 씁니다.</span></p>",
  ...heading(2, "개인정보의 파기 절차 및 방법"), // 6–7
  "<p class=MsoNormal><span>보유 기간이 끝나면 지체 없이 파기합니다.</span></p>", // 8
  "<!-- 이 줄은 그대로",
  "둡니다 -->",
  "</body></html>",
];

describe("line breaks inside tags", () => {
  it("reads them as spaces, keeping every offset, and leaves comments and text alone", () => {
    const source = page.join("\n");
    const joined = withTagsOnOneLine(source)!;
    expect(joined.length).toBe(source.length);
    expect(joined.split("\n")).toHaveLength(page.length - 2);
    expect(joined).toContain("<!-- 이 줄은 그대로\n둡니다 -->");
    expect(withTagsOnOneLine("<p>한 줄\n다음 줄</p>")).toBeNull();
  });

  it("reads a wrapped heading's title, and points at the file's own line", async () => {
    const source = page.join("\n");
    const outline = await outlinePolicy(source, "html");
    expect(outline.sections.map((section) => [section.title, section.startLine])).toEqual(
      expect.arrayContaining([
        ["개인정보의 처리 목적", 3],
        ["개인정보의 파기 절차 및 방법", 6],
      ]),
    );
    const destruction = (await lintText(source, "gas.html")).findings.filter((finding) => finding.ruleId === "required-destruction");
    expect(destruction.map((finding) => [finding.line, finding.messageId])).toEqual([[6, "partMissing"]]);
  });
});
