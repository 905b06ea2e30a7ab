import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { linesOf } from "../helpers.js";

const outline = async (lines: string[], format: "text" | "markdown" = "markdown") =>
  (await parsePolicy(lines.join("\n"), format)).allSections.map((section) => ({
    title: section.heading.title,
    startLine: section.startLine,
    endLine: section.endLine,
    translation: section.heading.translation?.title,
  }));

describe("a heading and its English translation", () => {
  it("reads a Korean heading followed by its English one, same number, as one section holding both bodies", async () => {
    const sections = await outline([
      "# 별빛문고 개인정보 처리방침",
      "",
      "## 4. 개인정보의 보유 기간",
      "## 4. Retention Period",
      "",
      "회원 정보는 탈퇴할 때까지 보관합니다.",
      "Member data is kept until the member leaves.",
      "",
      "## 5. 개인정보의 파기",
      "",
      "## 5. Destruction",
      "",
      "기간이 끝난 정보는 바로 지웁니다.",
    ]);
    expect(sections.slice(1)).toEqual([
      { title: "개인정보의 보유 기간", startLine: 3, endLine: 7, translation: "Retention Period" },
      { title: "개인정보의 파기", startLine: 9, endLine: 13, translation: "Destruction" },
    ]);
  });

  it("reads the English heading first and the Korean one second as one section, the English line in no earlier body", async () => {
    const sections = await outline([
      "# 별빛문고 개인정보 처리방침",
      "",
      "## 1. 개인정보의 처리 목적",
      "",
      "주문을 처리하려고 씁니다.",
      "",
      "## 2. Retention Period",
      "## 2. 개인정보의 보유 기간",
      "",
      "탈퇴할 때까지 보관합니다.",
    ]);
    expect(sections.slice(1)).toEqual([
      { title: "개인정보의 처리 목적", startLine: 3, endLine: 5, translation: undefined },
      { title: "개인정보의 보유 기간", startLine: 8, endLine: 10, translation: "Retention Period" },
    ]);
  });

  it("joins an unnumbered English heading under a numbered Korean one", async () => {
    const sections = await outline([
      "# 처리방침",
      "",
      "## 3. 개인정보 처리업무의 위탁",
      "## (Entrustment)",
      "",
      "배송을 맡깁니다.",
      "",
      "## 4. 개인정보의 파기",
      "",
      "지웁니다.",
    ]);
    expect(sections.map((section) => section.title)).toEqual(["처리방침", "개인정보 처리업무의 위탁", "개인정보의 파기"]);
  });

  it("joins 'Article 3 (…)' to '제3조(…)' in a text policy", async () => {
    const sections = await outline(
      [
        "제3조(처리업무의 위탁)",
        "Article 3 (Entrustment)",
        "회사는 배송을 맡깁니다.",
        "",
        "제4조(개인정보의 파기)",
        "Article 4 (Destruction)",
        "회사는 지웁니다.",
      ],
      "text",
    );
    expect(sections).toEqual([
      { title: "처리업무의 위탁", startLine: 1, endLine: 3, translation: "Entrustment" },
      { title: "개인정보의 파기", startLine: 5, endLine: 7, translation: "Destruction" },
    ]);
  });

  it("joins an HTML page's translated heading elements, each on its own line, but not two on one line", async () => {
    const page = (separator: string) =>
      ["<h1>처리방침</h1>", "<h2>2. 개인정보의 파기</h2>", "<h2>2. Destruction</h2>", "<p>바로 지웁니다.</p>"].join(separator);
    const titles = async (separator: string) =>
      (await parsePolicy(page(separator), "html")).allSections.map((section) => section.heading.title);
    expect(await titles("\n")).toEqual(["처리방침", "개인정보의 파기"]);
    expect(await titles("")).toEqual(["처리방침", "개인정보의 파기", "Destruction"]);
  });

  it("keeps apart two headings with text between them, a Latin heading with another number, and two Korean headings", async () => {
    const sections = await outline([
      "# 처리방침",
      "",
      "## 1. 개인정보의 처리 목적",
      "주문을 처리합니다.",
      "## 1. Purposes",
      "We process orders.",
      "",
      "## 2. 개인정보의 보유 기간",
      "## 3. Destruction",
      "",
      "## 4. 개인정보의 파기",
      "## 4. 개인정보 파기 절차",
    ]);
    expect(sections.map((section) => section.title)).toEqual([
      "처리방침",
      "개인정보의 처리 목적",
      "Purposes",
      "개인정보의 보유 기간",
      "Destruction",
      "개인정보의 파기",
      "개인정보 파기 절차",
    ]);
  });
});

describe("rules read a translated pair as one section", () => {
  const policy = [
    "# 별빛문고 개인정보 처리방침",
    "",
    "## 6. 개인정보 처리업무의 위탁",
    "## 6. Entrustment of Processing",
    "",
    "| 수탁자 | 위탁업무 |",
    "|---|---|",
    "| 누리택배(주) | 도서 배송 |",
    "",
    "## 7. 개인정보의 파기",
    "## 7. Destruction",
    "",
    "보유 기간이 끝나면 지체 없이 파기합니다. 파일은 복구할 수 없게 지우고 종이는 분쇄합니다.",
  ];

  it("numbering reports no duplicate number for a translated pair", async () => {
    expect(await linesOf("numbering", policy, "markdown")).toEqual([]);
  });

  it("numbering still reports a number used by two Korean sections", async () => {
    expect(await linesOf("numbering", [...policy, "", "## 7. 개인정보 보호책임자", "", "책임자: 한별 팀장"], "markdown")).toEqual([15]);
  });

  it("processor-disclosure finds the processors under the pair", async () => {
    expect(await linesOf("processor-disclosure", policy, "markdown")).toEqual([]);
  });
});
