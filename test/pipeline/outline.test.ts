// outlinePolicy: which section or list item each item is found at, as the rules find it.
import { describe, expect, it } from "vitest";
import { outlinePolicy } from "../../src/pipeline/outline.js";

describe("outlinePolicy", () => {
  const policy = [
    "회사는 개인정보를 아래와 같이 다룹니다.", // 1
    "",
    "- 보유 기간 및 파기", // 3: before every section, and about two items
    "- 탈퇴하면 지체 없이 파기합니다.",
    "",
    "## 1. 개인정보의 처리 목적", // 6
    "",
    "상담 응대를 위하여 처리합니다.",
    "",
    "## 2. 개인정보 보호책임자 및 고충 처리 부서", // 10
    "",
    "### 2-1. 보호책임자", // 12
    "",
    "- 개인정보 침해 신고", // 14: a list item in the subsection, not in its parent
    "- 개인정보침해신고센터(118)에 신고할 수 있습니다.",
  ].join("\n");

  it("does not take the policy's article about itself for the purposes of processing, as the rules do not", async () => {
    const text = [
      "### 제 1 조 (목적)", // 1
      "이 방침은 누리공방이 개인정보를 어떻게 처리하는지 알리는 것을 목적으로 합니다.",
      "### 제 2 조 (개인정보의 처리 목적)", // 3
      "공방 수강 신청 접수와 수업 안내를 위하여 처리합니다.",
    ].join("\n");
    const outline = await outlinePolicy(text, "markdown");
    expect(outline.sections.map((section) => [section.startLine, section.topics])).toEqual([
      [1, []],
      [3, ["purpose"]],
    ]);
  });

  it("takes a section for the items whose anchors start at its heading", async () => {
    const outline = await outlinePolicy(policy, "markdown");
    expect(outline.sections.map((section) => [section.startLine, section.endLine, section.topics])).toEqual([
      [6, 8, ["purpose"]],
      [10, 15, ["dpo"]],
    ]);
    // a subsection inside the dpo section is not found again for dpo
    expect(outline.sections[1].sections[0]).toMatchObject({ level: 2, marker: "###", title: "보호책임자", topics: [] });
  });

  it("puts a titled list item under the innermost section holding it, once for all its items", async () => {
    const outline = await outlinePolicy(policy, "markdown");
    expect(outline.listItems).toEqual([{ title: "보유 기간 및 파기", startLine: 3, endLine: 4, topics: ["retention", "destruction"] }]);
    expect(outline.sections[1].listItems).toEqual([]);
    expect(outline.sections[1].sections[0].listItems).toEqual([
      { title: "개인정보 침해 신고", startLine: 14, endLine: 15, topics: ["remedies"] },
    ]);
  });

  it("reports the title line and tables of contents", async () => {
    const outline = await outlinePolicy(
      [
        "개인정보 처리방침",
        "",
        "1. 처리 목적",
        "2. 보유 기간",
        "3. 보호책임자",
        "",
        "1. 처리 목적",
        "상담",
        "2. 보유 기간",
        "1년",
        "3. 보호책임자",
        "홍길동",
      ].join("\n"),
    );
    expect(outline.title).toEqual({ text: "개인정보 처리방침", line: 1, column: 1 });
    expect(outline.tablesOfContents).toEqual([{ startLine: 3, endLine: 5, entries: 3 }]);
    expect(outline.sections.filter((section) => section.style === "decimal").map((section) => section.startLine)).toEqual([7, 9, 11]);
  });
});

describe("an outline that looks unread", () => {
  it("is flagged when a long policy is one section while item titles stand outside it", async () => {
    const body = (topic: string) => Array.from({ length: 10 }, (_, index) => `${topic} 안내 문장 ${index + 1}번입니다.`);
    const text = [
      "누리 개인정보 처리방침",
      "",
      "§ 개인정보의 처리 목적",
      ...body("목적"),
      "§ 개인정보의 처리 및 보유 기간",
      ...body("기간"),
      "§ 개인정보의 파기 절차 및 방법",
      ...body("파기"),
      "§ 개인정보 보호책임자",
      ...body("책임자"),
    ].join("\n");
    expect((await outlinePolicy(text, "text")).unread).toBe(true);
    expect((await outlinePolicy(text.replace(/§/g, "■"), "text")).unread).toBe(false);
  });
});
