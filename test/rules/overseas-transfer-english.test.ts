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

// a global policy's translation titles the section as its English original does: "국제 데이터 전송"
describe("an overseas section titled as a translated global policy titles it", () => {
  const translated = (title: string) => [
    "# 클라우드누리 개인정보 처리방침",
    "",
    "## 2. 처리하는 개인정보",
    "계정 이름, 이메일 주소를 처리하며 결제는 Stripe, Inc.를 통해 처리합니다.",
    "",
    `## 5. ${title}`,
    "회사는 계약 이행을 위하여 다음과 같이 개인정보를 국외로 이전합니다.",
    "",
    "| 이전받는 자(연락처) | 이전 국가 | 이전 항목 | 이전 일시 및 방법 | 이용 목적 및 보유 기간 |",
    "|---|---|---|---|---|",
    "| Stripe, Inc. (privacy@stripe.example) | 미국 | 이름, 결제 정보 | 결제 시 네트워크로 전송 | 결제 처리, 계약 종료 시까지 |",
    "",
    "국외 이전을 원하지 않으시면 [설정 > 개인정보]에서 거부할 수 있으며, 거부하시면 유료 결제를 이용할 수 없습니다.",
  ];
  it.each(["국제 데이터 전송", "국가 간 데이터 이전", "Cross-border transfers (국외 이전)"])("reads '%s' as the section", async (title) => {
    expect(await findingsOf("overseas-transfer", translated(title), "markdown")).toEqual([]);
  });
});

// a section for readers abroad ("English Summary for International Patients", "해외 이용자 안내") is written for
// them; it sends nothing abroad, and its title names no transfer
describe("a section addressed to readers from abroad", () => {
  const page = (title: string, ...extra: string[]) => [
    "한별병원 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "병원은 진료와 예약 안내를 위하여 개인정보를 처리합니다.",
    ...extra,
    "",
    title,
    "This is a summary of the policy above for patients who do not read Korean.",
    "We process your data for treatment and appointments only.",
  ];
  it.each(["[English Summary for International Patients]", "9. 해외 이용자를 위한 안내", "9. Information for Overseas Visitors"])(
    "is no overseas-transfer section: %s",
    async (title) => {
      expect(await found(page(title))).toEqual([]);
    },
  );
  it("a section on transfers of readers' data abroad still is", async () => {
    const findings = await found(page("9. 해외 이용자 개인정보의 국외 이전", "상담 기록은 미국의 Zendesk, Inc. 서버에 보관합니다."));
    expect(findings.map(([line, id]) => [line, id])).toEqual([[7, "incomplete"]]);
  });
});
