// A policy copied out of a PDF: each page ends with its number ("- 2 -") and the next opens with a running header;
// an article's bracketed title may be wrapped, or cut by such a page break. The furniture is no text, and the
// title is read whole.
import { describe, expect, it } from "vitest";
import { withoutPageFurniture } from "../../src/parse/page-furniture.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const header = "미래조경 주식회사 개인정보 처리방침";
const pdf = [
  header, // 1
  "",
  "제1조 (개인정보의 처리 목적)", // 3
  "회사는 조경 공사 견적 상담과 계약 이행을 위하여 개인정보를 처리합니다.",
  "",
  "제2조 (개인정보 처리업무의", // 6
  "",
  "- 1 -",
  header,
  "",
  "위탁)", // 11
  "회사는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.",
  "- 누리전산 주식회사: 견적 관리 프로그램 운영",
  "",
  "제3조 (개인정보의 파기", // 15
  "절차 및 방법)",
  "보유 기간이 끝난 정보는 지체 없이 복구할 수 없게 지우고 서류는 파쇄합니다.",
  "",
  "- 2 -",
  header,
];

describe("a PDF copy's page furniture", () => {
  it("blanks the page numbers and the header repeated beside them, line for line", () => {
    const plain = withoutPageFurniture(pdf);
    expect(plain).toHaveLength(pdf.length);
    expect([plain[7], plain[8], plain[18], plain[19]]).toEqual(["", "", "", ""]);
    expect(plain[0]).toBe(header);
    expect(plain[12]).toBe("- 누리전산 주식회사: 견적 관리 프로그램 운영");
  });

  it("leaves a lone '- 1 -' and a list item alone", () => {
    const lines = ["- 1 -", "- 이름, 연락처"];
    expect(withoutPageFurniture(lines)).toBe(lines);
  });

  it("reads a bracketed title wrapped or cut by a page break whole", async () => {
    const document = await parsePolicy(pdf.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, header],
      [3, "개인정보의 처리 목적"],
      [6, "개인정보 처리업무의 위탁"],
      [15, "개인정보의 파기 절차 및 방법"],
    ]);
    expect(await findingsOf("required-destruction", pdf)).toEqual([]);
    expect(document.allSections.some((section) => section.heading.marker === "-" && section.startLine === 8)).toBe(false);
  });
});
