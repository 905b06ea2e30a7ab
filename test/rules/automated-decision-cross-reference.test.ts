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

// an objection with a person's review is the way the law leaves a member to contest a decision made to perform the
// contract (제37조의2제1항 단서): it answers the refusal
describe("automated-decision: an objection as the way to contest", () => {
  const section = (way: string) => [
    "3. 부정 이용 자동 탐지",
    `부정 결제는 시스템이 사람의 개입 없이 자동화된 결정으로 탐지하여 이용을 정지합니다. ${way}`,
  ];

  it("does not fire when the member may object and ask for an explanation", async () => {
    const way = "회원은 고객센터를 통해 결정에 대한 설명을 요구하거나 이의를 제기할 수 있습니다.";
    expect(await findingsOf("automated-decision", policy("", section(way)))).toEqual([]);
  });

  it("fires when only an explanation is offered", async () => {
    const way = "회원은 고객센터를 통해 결정에 대한 설명을 요구할 수 있습니다.";
    expect((await findingsOf("automated-decision", policy("", section(way)))).map((finding) => finding.messageId)).toEqual(["noRefusal"]);
  });
});
