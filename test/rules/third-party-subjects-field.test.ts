// "제공 대상: 최종 면접 대상자": a bare 제공 대상 field may say whose data is provided rather than to whom. It is
// then a detail of the entry: the recipient is the one named beside it, and without one the entry names none.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const provision = (fields: string[]) => [
  "새솔공방 개인정보 처리방침",
  "",
  "제1조(개인정보의 처리 목적)",
  "공방은 수강 신청 접수와 수강료 환불을 위해 개인정보를 처리합니다.",
  "",
  "제2조(개인정보의 제3자 제공)",
  "공방은 수료증 발급을 위하여 아래와 같이 개인정보를 제공합니다.", // 7
  ...fields, // 8…
  "",
  "제3조(개인정보의 파기)",
  "수강이 끝난 뒤 1년이 지난 정보는 지체 없이 파기하며, 파일은 복구할 수 없게 지우고 종이는 파쇄합니다.",
];

describe("third-party-provision: a 제공 대상 field that names the data subjects", () => {
  it("does not fire when the named recipient's details follow the subjects", async () => {
    const text = provision([
      "제공받는 자: 사단법인 한국공예협회",
      "제공 대상: 과정을 마친 수강생 전원",
      "제공 항목: 성명, 생년월일",
      "제공 목적: 수료증 발급",
      "보유 기간: 발급 후 3년",
    ]);
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });

  it("fires when the subjects are the only 제공 대상 and no one receives the data", async () => {
    const text = provision([
      "제공 대상: 과정을 마친 수강생",
      "제공 항목: 성명, 생년월일",
      "제공 목적: 수료증 발급",
      "보유 기간: 발급 후 3년",
    ]);
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((finding) => finding.line)).toEqual([7]);
    expect(findings[0].message).toContain("제공받는 자가 없습니다");
  });

  it("still reads a 제공 대상 that names a kind of business as the recipient", async () => {
    const text = provision(["제공 대상: 협력 인쇄 업체", "제공 항목: 성명", "제공 목적: 수료증 인쇄", "보유 기간: 인쇄 후 즉시 파기"]);
    expect(await linesOf("third-party-provision", text)).toEqual([8]);
  });
});
