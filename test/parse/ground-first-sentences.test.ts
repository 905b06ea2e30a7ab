// A numbered paragraph that opens with its legal ground ("③ 「개인정보 보호법」 제18조제2항에 따라 목적 외로 …") is a
// sentence, not a title, however it is wrapped; a title that names a law in brackets is still a title.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";

const policy = (line: string) => [
  "한빛구 보건소 개인정보 처리방침",
  "",
  "제7조(개인정보의 제3자 제공)",
  line,
  "그 근거와 범위를 게재합니다.",
];

describe("a numbered paragraph that opens with its legal ground", () => {
  it.each(["③ 「개인정보 보호법」 제18조제2항에 따라 목적", "③ 「개인정보 보호법」에 따라 목적 외로 이용하는 경우"])(
    "is no title: %s",
    async (line) => {
      const document = await parsePolicy(policy(line).join("\n"), "text");
      expect(document.allSections.find((section) => section.startLine === 4)?.heading.isTitle ?? false).toBe(false);
    },
  );
  it("leaves a title that names its law", async () => {
    const text = [
      "한빛구 보건소 개인정보 처리방침",
      "",
      "3. 「감염병예방법」에 따른 예방접종 기록",
      "",
      "접종 기록은 질병관리청 시스템에 등록합니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.find((section) => section.startLine === 3)?.heading.isTitle).toBe(true);
  });
});
