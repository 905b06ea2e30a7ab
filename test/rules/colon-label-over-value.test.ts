// "수탁자:" on a line of its own and the company on the next: the value is under its label, not missing
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (fields: string[]) => [
  "바른약국 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "약국은 처방 조제와 복약 상담을 위해 개인정보를 처리합니다.",
  "",
  "2. 개인정보 처리업무의 위탁",
  "약국은 다음과 같이 개인정보 처리업무를 위탁합니다.",
  ...fields, // 8…
];

describe("processor-disclosure: a colon label over its value", () => {
  it("does not report the name or the task as blank", async () => {
    expect(await findingsOf("processor-disclosure", policy(["수탁자:", "㈜메디링크", "위탁 업무:", "조제 기록 전산 보관"]))).toEqual([]);
  });

  it("still reports a label with nothing under it", async () => {
    const findings = await findingsOf("processor-disclosure", policy(["수탁자:", "", "위탁 업무:", "조제 기록 전산 보관"]));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[8, "emptyProcessor"]]);
  });
});
