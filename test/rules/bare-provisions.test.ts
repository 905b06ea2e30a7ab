// third-party-provision: a provision in prose that names who receives the data (a company or a kind) must still
// give the purpose, the items and the period for it (제17조제2항, 제30조제1항제3호) somewhere in its section.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf("third-party-provision", lines, format)).map((f) => [f.line, f.messageId, f.severity]);
const policy = (...section: string[]) => ["별빛 수학학원 개인정보 처리방침", "", "6. 개인정보의 제3자 제공", ...section];

describe("a named recipient with nothing else in the section", () => {
  it.each([
    ["a kind the member is matched with", "학원은 수업이 배정되면 담당 강사에게 개인정보를 제공합니다."],
    ["a company with its mark", "학원은 ㈜누리교재에게 회원 정보를 제공하고 있습니다."],
    ["a company written out, with 에", "학원은 주식회사 별빛물류에 개인정보를 제공합니다."],
    ["a company after a time word", "수강 신청 시 ㈜누리교재에게 개인정보를 제공하며 자세한 사항은 문의하시기 바랍니다."],
  ])("%s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[4, "recipientDetailsMissing", "warning"]]);
  });

  it("read whole across a hard wrap, reported once", async () => {
    expect(await found(policy("학원은 교재 배송을 맡은 주식회사", "별빛물류에 개인정보를 제공합니다."))).toEqual([
      [4, "recipientDetailsMissing", "warning"],
    ]);
  });

  it("after the template's basis sentence, which gives no detail of this provision", async () => {
    const text = policy(
      "학원은 개인정보를 처리 목적의 범위에서만 처리하며, 동의나 법률의 특별한 규정이 있는 경우에만 제3자에게 제공합니다.",
      "학원은 ㈜누리교재에게 개인정보를 제공합니다.",
    );
    expect(await found(text)).toEqual([[5, "recipientDetailsMissing", "warning"]]);
  });
});

describe("a named recipient given the data in the passive, with other provision denied after it", () => {
  it.each([
    ["제공됩니다", "상담을 신청하면 ㈜누리교재에게 회원의 정보가 제공됩니다. 그 외에는 동의 없이 제공하지 않습니다."],
    ["전달됩니다", "시험에 응시하면 주식회사 별빛평가에 개인정보가 전달됩니다. 이 밖의 경우에는 누구에게도 제공하지 않습니다."],
    ["넘겨집니다", "수강 등록 시 ㈜누리교재에게 회원 정보가 넘겨집니다. 그 밖에는 정보를 외부에 제공하지 않습니다."],
    ["a gloss in brackets", "보충 수업을 원하시면 담당하는 분원(제휴 교습소)에게 이용자의 정보가 제공됩니다."],
  ])("%s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[4, "recipientDetailsMissing", "warning"]]);
  });

  it("not when the passive sentence gives the purpose", async () => {
    expect(await found(policy("교재 배송을 위하여 ㈜누리교재에게 회원의 정보가 제공됩니다."))).toEqual([]);
  });

  it("not when the data subject receives it", async () => {
    expect(await found(policy("성적이 나오면 보호자에게 회원의 정보가 전달됩니다."))).toEqual([]);
  });
});

describe("a named recipient whose details are given", () => {
  it("in the sentence", async () => {
    expect(await found(policy("학원은 교재 배송을 위하여 ㈜누리교재에게 개인정보를 제공합니다."))).toEqual([]);
  });

  it("as fields under it", async () => {
    const text = policy(
      "학원은 ㈜누리교재에게 개인정보를 제공합니다.",
      "  - 제공 항목: 이름, 배송지 주소",
      "  - 이용 목적: 교재 배송",
      "  - 보유 기간: 배송 완료 후 3개월",
    );
    expect(await found(text)).toEqual([]);
  });

  it("in a table of the section", async () => {
    const text = [
      "별빛 수학학원 개인정보 처리방침",
      "",
      "## 6. 개인정보의 제3자 제공",
      "",
      "학원은 아래 업체에 개인정보를 제공합니다.",
      "",
      "| 업체 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "| --- | --- | --- | --- |",
      "| ㈜누리교재 | 교재 배송 | 이름, 주소 | 배송 후 3개월 |",
    ];
    expect(await found(text, "markdown")).toEqual([]);
  });

  it("the items as the object of the sentence, with the purpose and the period", async () => {
    expect(await found(policy("학원은 교재 배송을 위해 ㈜누리교재에게 이름과 배송지 주소를 제공하며, 배송이 끝나면 파기합니다."))).toEqual(
      [],
    );
  });
});

describe("what is not a provision to a recipient the policy must detail", () => {
  it.each([
    ["a provision the law requires", "학원은 법령에 따라 관할 교육지원청에 개인정보를 제공합니다."],
    ["investigators", "학원은 수사기관이 영장을 제시하면 해당 기관에 개인정보를 제공합니다."],
    ["an emergency", "원생의 생명이 급박한 위험에 처하면 가까운 병원에 개인정보를 제공합니다."],
    ["a promise of consent before a future provision", "학원이 앞으로 다른 업체에 개인정보를 제공하게 되면 미리 동의를 받겠습니다."],
    ["a denial", "학원은 어떠한 업체에도 개인정보를 제공하지 않습니다."],
    ["the member's own guardian", "학원은 학습 상담을 마치면 보호자에게 개인정보를 제공합니다."],
  ])("%s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });

  it("'제3자에게' alone keeps its own finding, only", async () => {
    expect(await found(policy("학원은 수업이 배정되면 제3자에게 개인정보를 제공합니다."))).toEqual([[4, "unnamedRecipient", "error"]]);
  });
});

// A provision that lists what it gives in its own clause ("…에 수강생 이름과 반 번호를 제공하며") is a recipient's
// entry too: its purpose and period must still be given. A closing clause that denies every other provision
// ("그 밖에는 … 제3자에게 제공하지 않습니다") names no recipient and gives nothing.
describe("a provision that lists its items in the sentence", () => {
  const full = (clause: string) => found(policy(clause));

  it("is reported for the period it lacks, not for a recipient taken from the closing denial", async () => {
    const sentence =
      "학원은 모의고사 채점을 위해 누리에듀(성적 분석 업체)에 수강생 이름과 반 번호만 제공하며, 그 밖에는 동의나 법률의 근거 없이 제3자에게 제공하지 않습니다.";
    const findings = await findingsOf("third-party-provision", policy(sentence));
    expect(findings.map((f) => [f.line, f.messageId, f.severity])).toEqual([[4, "recipientDetailsMissing", "warning"]]);
    expect(findings[0].message).toContain("보유·이용 기간");
    expect(findings[0].message).not.toContain("이용 목적");
  });

  it("is reported without the denial too, and for the purpose when that is what it lacks", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      policy("학원은 누리평가연구소에 수강생 이름과 반 번호를 제공하며, 채점이 끝나면 바로 파기하도록 합니다."),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "recipientDetailsMissing"]]);
    expect(findings[0].message).toContain("이용 목적");
    expect(findings[0].message).not.toContain("보유·이용 기간");
    expect(await full("학원은 모의고사 채점을 위해 누리평가연구소에 수강생 이름과 반 번호를 제공합니다.")).toEqual([
      [4, "recipientDetailsMissing", "warning"],
    ]);
    // not reported when the period stands in brackets or in the next sentence, on a condition, or by law
    for (const sentence of [
      "학원은 모의고사 채점을 위해 누리평가연구소에 수강생 이름과 반 번호를 제공하며(보유: 채점 종료 시까지), 그 밖에는 제3자에게 제공하지 않습니다.",
      "학원은 모의고사 채점을 위해 누리평가연구소에 수강생 이름과 반 번호를 제공합니다. 연구소는 채점 후 1개월 안에 이를 파기합니다.",
      "학원은 수강생이 동의한 경우에만 누리평가연구소에 이름과 반 번호를 제공합니다.",
      "학원은 법령에 따라 관할 교육지원청에 수강생 이름과 반 번호를 제공합니다.",
    ])
      expect(await full(sentence)).toEqual([]);
  });
});
