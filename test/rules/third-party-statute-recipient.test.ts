// A provision a statute's article sets ("자동차손해배상 보장법 제12조", "산업안전보건법 제134조") gives the recipient as
// the statute defines it — the patient's own insurer, the examinee's employer — whom no policy can name in advance
// (law.md §1.4.6 asks the basis, the recipient as the ground defines it, the purpose and the items).
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const policy = (section: string[]) => [
  "# 푸른숲재활의원 개인정보 처리방침",
  "",
  "## 1. 개인정보의 처리 목적",
  "진료, 진료비 청구와 예약 안내를 위해 개인정보를 처리합니다.",
  "",
  "## 2. 개인정보의 제3자 제공",
  ...section, // 7…
];

const table = (recipient: string, basis: string) => [
  "| 제공받는 곳 | 목적 | 제공 항목 | 근거 |",
  "|---|---|---|---|",
  "| 국민건강보험공단 | 요양급여비용 청구 | 성명, 진료 내역 | 국민건강보험법 제47조 |",
  `| ${recipient} | 진료비 청구 | 성명, 상병명, 진료 내역 | ${basis} |`, // 10
];

describe("third-party-provision: a recipient a statute's article defines", () => {
  it("does not fire on a table row whose basis cites the article", async () => {
    expect(await linesOf("third-party-provision", policy(table("자동차보험회사", "자동차손해배상 보장법 제12조")), "markdown")).toEqual([]);
  });

  it("does not fire on an entry whose details cite the article", async () => {
    const section = [
      "의원은 법령에 따라 다음과 같이 개인정보를 제공합니다.",
      "",
      "- 검진 계약 사업장(사업주)",
      "  - 목적: 특수건강진단 결과 송부",
      "  - 항목: 성명, 생년월일, 진단 결과",
      "  - 근거: 산업안전보건법 제134조",
    ];
    expect(await linesOf("third-party-provision", policy(section), "markdown")).toEqual([]);
  });

  it("fires on such an entry whose details name no article", async () => {
    const section = [
      "의원은 다음과 같이 개인정보를 제공합니다.",
      "",
      "- 협력 사업장", // 9
      "  - 목적: 건강진단 결과 송부",
      "  - 항목: 성명, 생년월일, 진단 결과",
      "  - 보유: 5년",
    ];
    expect(await linesOf("third-party-provision", policy(section), "markdown")).toEqual([9]);
  });

  it("fires when the basis names no article", async () => {
    expect(await linesOf("third-party-provision", policy(table("자동차보험회사", "관계 법령")), "markdown")).toEqual([10]);
  });
});
