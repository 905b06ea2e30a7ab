// An article cited across a hard wrap, right after its law's name ("…원아 주민등록번호는 「유아교육법」" over "제24조(무상
// 교육) 및 같은 법 시행령에서 허용하는 범위에서 처리하며,"): the sentence goes on; the line is no article of the policy,
// and numbering sees no stray article. An article of the policy after a line that happens to end in a law's name
// still starts.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (second: string) => [
  "햇살유치원 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "원아 관리와 유아학비 지원 신청을 위해 처리합니다.",
  "",
  "2. 고유식별정보의 처리",
  " (1) 유아학비 지원 신청을 위한 원아 주민등록번호는 「유아교육법」",
  `     ${second}`,
  "     전산 입력 뒤 서면 사본은 보관하지 않습니다.",
  "",
  "3. 개인정보 보호책임자",
  "원감 한소리, 전화 031-555-0100",
];

describe("an article cited after its law on the line above", () => {
  it.each(["제24조(무상교육) 및 같은 법 시행령에서 허용하는 범위에서 처리하며,", "제24조에 따라 처리하며,"])(
    "is no article: %s",
    async (line) => {
      const document = await parsePolicy(policy(line).join("\n"), "text");
      expect(document.allSections.some((section) => section.startLine === 8)).toBe(false);
      expect(await findingsOf("numbering", policy(line))).toEqual([]);
    },
  );
  it("still starts an article titled on its own line", async () => {
    const text = ["햇살유치원 개인정보 처리방침", "", "이 방침은 「개인정보 보호법」", "제2조(처리 목적)", "원아 관리를 위해 처리합니다."];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.some((section) => section.startLine === 4)).toBe(true);
  });
});
