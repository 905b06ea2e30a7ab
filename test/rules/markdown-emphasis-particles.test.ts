// Markdown emphasis or a link around a noun leaves its particle after the markup ("**자동화된 결정**을"): the
// sentence must read as if the markup were not there.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (sentence: string) => [
  "# 다온마켓 개인정보 처리방침",
  "",
  "## 1. 개인정보의 처리 목적",
  "주문 접수와 배송 안내를 위해 개인정보를 처리합니다.",
  "",
  "## 2. 자동화된 결정",
  sentence,
];

describe("automated-decision: a denial with its noun in bold", () => {
  it("does not fire when the bold noun's decision is denied", async () => {
    expect(await findingsOf("automated-decision", policy("마켓은 **완전히 자동화된 결정**을 하지 않습니다."), "markdown")).toEqual([]);
  });

  it("fires when the bold noun's decision is made", async () => {
    const findings = await findingsOf("automated-decision", policy("판매자 등급은 **완전히 자동화된 결정**으로 정합니다."), "markdown");
    expect(findings.map((finding) => finding.messageId)).toEqual(["noRefusal", "noExplanation"]);
  });
});
