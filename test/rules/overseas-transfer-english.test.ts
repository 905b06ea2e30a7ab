// overseas-transfer: a section drafted in English names the elements of 제28조의8 by their English labels.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...body: string[]) => ["누리클라우드 개인정보 처리방침", "", "7. Overseas Transfer of Customer Data", ...body];
const found = async (lines: string[]) => (await findingsOf("overseas-transfer", lines)).map((f) => [f.line, f.messageId, f.message]);

const complete = [
  "- Recipient: Helpline Systems Inc. (privacy@helpline.example)",
  "- Countries: Ireland and Japan",
  "- Categories of personal data: account name and support messages",
  "- Timing and manner: uploaded over TLS whenever a ticket is opened",
  "- Purpose: answering support requests",
  "- Retention: retained for one year after the ticket closes",
  "- Opting out: you may refuse by asking for support by telephone; tickets then cannot be filed online.",
];

describe("an overseas section written in English", () => {
  it("must not fire when every element is given under its English label", async () => {
    expect(await found(policy(...complete))).toEqual([]);
  });

  it("must fire, naming only what is left out, when the English section omits elements", async () => {
    const withoutRefusalOrRetention = complete.filter((line) => !/Retention|Opting/.test(line));
    const findings = await found(policy(...withoutRefusalOrRetention));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("보유·이용 기간");
    expect(String(findings[0][2])).toContain("거부 방법");
    expect(String(findings[0][2])).not.toContain("이전 국가");
    expect(String(findings[0][2])).not.toContain("이전받는 자,");
  });
});
