// A policy whose sections are each one line, the title running on into the body ("제7조(…) 의원은 … ① ㈜가온: …
// ② …"): the rules read the body on the heading's own line as they read the lines under a heading.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...sections: string[]) => [
  "고운손 한의원 개인정보 처리방침",
  "",
  "제1조(개인정보의 처리 목적) 한의원은 진료 예약과 진료비 수납을 위하여 개인정보를 처리합니다.",
  "",
  ...sections,
];

describe("processor-disclosure: processors listed with circled numbers on the heading's line", () => {
  it("must not fire: both processors are named", async () => {
    const line =
      "제2조(개인정보 처리업무의 위탁) 한의원은 다음과 같이 업무를 위탁합니다. ① ㈜솔빛차트: 전자차트 유지보수 ② 다온알림㈜: 예약 안내 문자 발송";
    expect(await findingsOf("processor-disclosure", policy(line))).toEqual([]);
  });
  it("must fire: a processor given only as a kind", async () => {
    const line =
      "제2조(개인정보 처리업무의 위탁) 한의원은 다음과 같이 업무를 위탁합니다. ① ㈜솔빛차트: 전자차트 유지보수 ② 문자 발송 업체: 예약 안내";
    const findings = await findingsOf("processor-disclosure", policy(line));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "unnamedProcessor"]]);
  });
});

describe("dpo-contact: the officer and the remedy agencies in one line", () => {
  const dpo = (officer: string) =>
    `제3조(개인정보 보호책임자 및 구제방법) 한의원은 보호책임자를 두고 있습니다. ${officer} 그 밖의 피해 구제는 개인정보침해신고센터(국번없이 118), 개인정보 분쟁조정위원회(1833-6972)에 문의하실 수 있습니다.`;
  it("must not fire: the officer's sentence names them and a phone", async () => {
    expect(await findingsOf("dpo-contact", policy(dpo("개인정보 보호책임자: 원장 배하윤, 전화 02-555-0166.")))).toEqual([]);
  });
  it("must fire: only the agencies have phones", async () => {
    const findings = await findingsOf("dpo-contact", policy(dpo("개인정보 보호책임자: 원장 배하윤.")));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "noContact"]]);
  });
});
