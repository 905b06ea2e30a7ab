// "… 8.(AI 면접과 자동화된 결정)을 참고하십시오": a pointer to the policy's own section, by its number and title, says
// nothing the section does not say; the section decides whether automated decisions are made.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (pointer: string, section: string[]) => [
  "한결모빌리티 채용 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  `지원서 접수, 면접 일정 안내와 합격 통보를 위해 개인정보를 처리합니다. ${pointer}`, // 4
  "",
  "2. 개인정보의 파기",
  "전형이 끝난 지원서는 지체 없이 파기하며, 파일은 복구할 수 없게 지우고 종이는 파쇄합니다.",
  "",
  ...section, // 9…
];

const noDecisions = [
  "3. AI 면접과 자동화된 결정",
  "AI 면접 결과는 면접위원의 참고 자료일 뿐이며, 자동화된 시스템만으로 합격 여부를 결정하지 않습니다.",
];

describe("automated-decision: a section cited by its number and title", () => {
  it.each([["AI 면접에 관한 내용은 3.(AI 면접과 자동화된 결정)을 참고하십시오."], ["AI 면접은 제3조(자동화된 결정)에 따릅니다."]])(
    "does not fire on the pointer '%s' when the section denies such decisions",
    async (pointer) => {
      expect(await findingsOf("automated-decision", policy(pointer, noDecisions))).toEqual([]);
    },
  );

  it("fires at the section's heading when it makes such decisions and gives no way to refuse them", async () => {
    const section = ["3. AI 면접과 자동화된 결정", "1차 서류 전형의 합격 여부는 자동화된 결정으로 정합니다."];
    const findings = await findingsOf("automated-decision", policy("자세한 내용은 3.(AI 면접과 자동화된 결정)을 참고하십시오.", section));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([
      [9, "noRefusal"],
      [9, "noExplanation"],
    ]);
  });

  it("still reads a sentence that makes the decisions beside the pointer", async () => {
    const pointer = "서류 전형은 자동화된 결정으로 하며, 3.(AI 면접과 자동화된 결정)을 참고하십시오.";
    const findings = await findingsOf("automated-decision", policy(pointer, noDecisions));
    expect(findings.map((finding) => finding.line)).toEqual([4, 4]);
  });
});
