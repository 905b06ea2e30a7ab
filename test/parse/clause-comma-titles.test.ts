// A numbered line that opens a sentence with a clause and a comma ("나. 회사는 … 시스템을 사용하나, 완전히 자동화된"
// over the rest) is a paragraph, not a title: the sentence is read whole across its wraps, so a denial at its end
// ("… 결정은 하지 않습니다") is the line's own.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (first: string) => [
  "빠른택배 개인정보 처리방침",
  "",
  "XIII. 자동화된 결정",
  "",
  `  나. ${first}`,
  "      시스템으로 개인정보를 처리하여 정보주체의 권리 또는 의무에 중대한 영향을 미치는",
  "      결정(「개인정보 보호법」 제37조의2)은 하지 않습니다.",
];

describe("a numbered clause with its comma", () => {
  it.each([
    "회사는 배송 경로 배정에 자동화된 시스템을 사용하나, 완전히 자동화된",
    "회사는 배차에 자동화된 시스템을 사용하지만, 완전히 자동화된",
  ])("is no title, and the sentence's denial counts: %s", async (first) => {
    const document = await parsePolicy(policy(first).join("\n"), "text");
    expect(document.allSections.find((section) => section.startLine === 5)?.heading.isTitle ?? false).toBe(false);
    expect(await findingsOf("automated-decision", policy(first))).toEqual([]);
  });
  it("still reads a title with a comma between nouns", async () => {
    const text = ["빠른택배 개인정보 처리방침", "", "1. 수집 항목, 보유 기간", "이름과 주소를 받고, 배송 후 3개월 보관합니다."];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.find((section) => section.startLine === 3)?.heading.isTitle).toBe(true);
  });
});
