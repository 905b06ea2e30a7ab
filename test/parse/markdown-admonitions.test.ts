// A policy set out as a documentation site's admonition blocks, a section each: MkDocs '!!! note "3. 제목"' with an
// indented body, Docusaurus ':::note 3. 제목' or ':::info[3. 제목]' closed by ':::'.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const mkdocs = [
  "# 구름배송 개인정보 처리방침",
  "",
  '!!! note "1. 개인정보의 처리 목적"',
  "    배송 접수와 도착 알림에 씁니다.",
  "",
  '!!! note "2. 개인정보 보호책임자"',
  "    운영팀장 한구름, 전화 02-000-0000",
];
const docusaurus = [
  "# 구름배송 개인정보 처리방침",
  "",
  ":::note 1. 개인정보의 처리 목적",
  "배송 접수와 도착 알림에 씁니다.",
  ":::",
  "",
  ":::info[2. 개인정보 보호책임자]",
  "운영팀장 한구름, 전화 02-000-0000",
  ":::",
];

describe("admonition blocks as sections", () => {
  it.each([
    ["MkDocs", mkdocs, [3, 6]],
    ["Docusaurus", docusaurus, [3, 7]],
  ])("reads each %s block's title as a section", async (_, lines, starts) => {
    const document = await parsePolicy(lines.join("\n"), "markdown");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.title])).toEqual([
      [starts[0], "개인정보의 처리 목적"],
      [starts[1], "개인정보 보호책임자"],
    ]);
    expect(await findingsOf("dpo-contact", lines, "markdown")).toEqual([]);
  });

  it("leaves a code block that shows an admonition alone", async () => {
    const shown = ["# 안내", "", "```", '!!! note "1. 개인정보의 처리 목적"', "```"];
    const document = await parsePolicy(shown.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.heading.title)).not.toContain("개인정보의 처리 목적");
  });
});

// a box titled with no number inside a section ("## 9. 개인정보 보호책임자" over ":::tip 문의처" or '!!! note "문의처"')
// is a part of that section, not the next section: the officer it names is the section's
describe("a titled box inside a section", () => {
  it.each([
    [":::tip 문의처", ":::"],
    ['!!! note "문의처"', ""],
  ])("keeps the section's content: %s", async (open, close) => {
    const indent = open.startsWith("!!!") ? "    " : "";
    const text = [
      "# 구름배송 개인정보 처리방침",
      "",
      "## 1. 개인정보의 처리 목적",
      "배송 접수에 씁니다.",
      "",
      "## 2. 개인정보 보호책임자",
      "",
      open,
      `${indent}- 개인정보 보호책임자: 운영팀장 한구름`,
      `${indent}- 전화: 02-555-0142`,
      ...(close ? [close] : []),
    ];
    const document = await parsePolicy(text.join("\n"), "markdown");
    const officer = document.sections.find((section) => section.heading.number === 2);
    expect(officer?.endLine).toBeGreaterThanOrEqual(10);
    expect(await findingsOf("dpo-contact", text, "markdown")).toEqual([]);
  });
});
