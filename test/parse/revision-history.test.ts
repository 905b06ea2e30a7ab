// A revision history records changes to the policy: its dated entries are no sections about the items they name.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { isTitleText } from "../../src/parse/headings.js";

describe("revision-history entries", () => {
  it.each([
    "2023. 5. 10. 개정(수탁업체 추가)",
    "2020.11.02 개인정보 보호책임자 변경",
    "2019-04-01 제정",
    "2024년 2월 1일 제3자 제공 현황 수정",
    "(2021.6.30.) 국외 이전 내역 추가",
    "제3차 개정(2022.8.1.) 위탁 현황 변경",
    "2차 전면개정 — 보유기간 조정",
    "개정 (2023.1.9.) 파기 절차 보완",
  ])("'%s' is no title", (text) => {
    expect(isTitleText(text)).toBe(false);
  });

  it.each(["개인정보 처리업무의 위탁", "2024년도 위탁 현황", "개정 이력", "제3자 제공"])("'%s' stays a title", (text) => {
    expect(isTitleText(text)).toBe(true);
  });

  it("takes no bullet of a dated history for the item it mentions", async () => {
    const text = [
      "새솔센터 개인정보 처리방침",
      "1. 개인정보 처리업무의 위탁",
      "센터는 누리전산㈜에 전산 유지보수를 맡깁니다.",
      "2. 처리방침의 변경",
      "이 방침은 2025. 4. 1.부터 시행합니다.",
      "○ 2023. 5. 10. 개정(수탁업체 추가)",
      "○ 2024. 9. 1. 개정(개인정보 보호책임자 변경)",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const titled = document.allSections.filter((section) => section.heading.isTitle).map((section) => section.startLine);
    expect(titled).toEqual([1, 2, 4]);
  });
});
