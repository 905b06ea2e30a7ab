// retention-statute: "전자상거래" names a kind of record as often as it cites the E-Commerce Act. Only the act's
// own name ("전자상거래법", "전자상거래 등에서의 …", "전자상거래 관련 법령") is a citation.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (text: string[]) =>
  (await findingsOf("retention-statute", text, "markdown")).map((finding) => [finding.line, finding.messageId]);

const policy = (...lines: string[]) => [
  "# 모아장터 개인정보 처리방침",
  "",
  "## 2. 처리하는 개인정보 항목",
  "",
  "- 법령상 의무를 지키기 위해 처리하는 정보",
  ...lines,
  "",
  "## 3. 개인정보의 처리 및 보유 기간",
  "",
  "- 전자금융거래에 관한 기록(건당 1만원 초과): 5년(「전자금융거래법」 시행령 제12조)",
  "- 계약 또는 청약철회 등에 관한 기록: 5년(「전자상거래 등에서의 소비자보호에 관한 법률」 시행령 제6조)",
];

describe("a kind of record named after the trade it records", () => {
  it("must not fire: 'e-commerce records' beside e-finance records, with no law cited", async () => {
    expect(await found(policy("  - 전자상거래 기록, 전자금융거래 기록(3항의 보존 항목)"))).toEqual([]);
  });

  it("must fire: e-finance records put under the E-Commerce Act by its short name", async () => {
    expect(await found(policy("  - 전자금융거래 기록: 5년(전자상거래법)"))).toEqual([[6, "wrongStatute"]]);
  });

  it("must fire: e-finance records put under 'the laws on e-commerce'", async () => {
    expect(await found(policy("  - 전자금융거래 기록은 전자상거래 관련 법령에 따라 5년 보관"))).toEqual([[6, "wrongStatute"]]);
  });
});
