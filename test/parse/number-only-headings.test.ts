// A page that sets each section's number in a heading of its own and its title in the element after it: the
// section is the title's, numbered by the heading, so the item under it is found and a skipped number reported
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (titleTag: (title: string) => string, third = "03") =>
  [
    "<html><body>",
    "<h1>한결 요트 클럽 개인정보 처리방침</h1>",
    "<h2>01</h2>",
    titleTag("개인정보의 처리 목적"), // 4
    "<p>승선 예약 접수와 안전 교육 안내에 씁니다.</p>",
    "<h2>02</h2>",
    titleTag("개인정보 처리업무의 위탁"), // 7
    "<ul><li>예약 시스템 운영 업체: 예약 관리 프로그램 유지보수</li></ul>",
    `<h2>${third}</h2>`,
    titleTag("개인정보의 파기 절차 및 방법"), // 10
    "<p>보유 기간이 끝난 정보는 지체 없이 복구할 수 없게 지우고, 종이 서류는 파쇄합니다.</p>",
    "</body></html>",
  ].join("\n");

const lead = (title: string) => `<p class="lead">${title}</p>`;
const bold = (title: string) => `<p><strong>${title}</strong></p>`;

describe("headings that hold only a number", () => {
  it.each([
    ["a paragraph", lead],
    ["a bold paragraph", bold],
  ])("take their title from %s after them", async (_, titleTag) => {
    const document = await parsePolicy(page(titleTag), "html");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [4, 1, "개인정보의 처리 목적"],
      [7, 2, "개인정보 처리업무의 위탁"],
      [10, 3, "개인정보의 파기 절차 및 방법"],
    ]);
  });

  it("reads the items under them and the numbering they give", async () => {
    // the processor given only as a kind is reported in its section, not as an item missing at the top
    const [processor] = await findingsOf("processor-disclosure", page(lead), "html");
    expect(processor.line).toBeGreaterThanOrEqual(7);
    expect(processor.line).toBeLessThanOrEqual(8);
    expect(await findingsOf("numbering", page(lead), "html")).toEqual([]);
    expect((await findingsOf("numbering", page(lead, "04"), "html")).map((finding) => [finding.line, finding.messageId])).toEqual([
      [10, "gap"],
    ]);
  });
});
