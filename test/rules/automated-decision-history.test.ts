// automated-decision and how a policy says none is made. A revision history whose rows start with their version
// ("v3.0   2025.03.01   … 자동화된 결정 항목 신설"), read with no table around them: the row tells how the policy changed, not that decisions are made.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (decisions: string) => [
  "든든 보험대리점 개인정보 처리방침",
  "",
  "제10조「자동화된 결정」",
  decisions,
  "",
  "제11조「개인정보 처리방침의 변경」",
  "① 이 방침은 2025년 3월 1일부터 적용됩니다.",
  "",
  "   버전   시행일자      주요 변경 내용",
  "   v3.0   2025.03.01    수탁자 변경, 자동화된 결정 항목 신설",
  "   v2.0   2021.07.01    제3자 제공 보험회사 목록 갱신",
];
const lines = async (text: string[]) => (await findingsOf("automated-decision", text)).map((finding) => finding.line);

describe("automated-decision: a versioned history row", () => {
  it("must not fire where the policy says no such decision is made", async () => {
    expect(await lines(policy("회사는 완전히 자동화된 시스템으로 고객의 권리에 중대한 영향을 미치는 결정을 하지 않습니다."))).toEqual([]);
  });
  it("must fire at the decisions' article, not at the history row", async () => {
    const text = policy("회사는 보험 가입 가능 여부를 완전히 자동화된 시스템으로 결정합니다.");
    expect(await lines(text)).toEqual([3, 3]);
  });
});

// a shared heading ("가명정보·자동화된 결정") over a bullet that denies the decisions with the decision named first and
// the means after it, hard-wrapped: "결정을 완전히 자동화된" over "시스템으로 하지 않으며"
describe("automated-decision: the decision denied by the means it is not made by", () => {
  const section = (...bullet: string[]) => ["# 하객홀 개인정보 처리방침", "", "### 12. 가명정보·자동화된 결정", "", ...bullet];
  it.each([
    [
      [
        "- 회사는 예약 승인 등 권리에 영향을 주는 결정을 완전히 자동화된",
        "  시스템으로 하지 않으며, 모든 예약은 담당자가 직접 확인합니다.",
      ],
    ],
    [["- 회사는 예약 승인 등 권리에 영향을 주는 결정을 완전히 자동화된 시스템으로 하지 않습니다."]],
  ])("must not fire: %j", async (bullet) => {
    expect((await findingsOf("automated-decision", section(...bullet), "markdown")).map((f) => f.line)).toEqual([]);
  });
  it("must fire when the decisions are made so", async () => {
    const text = section("- 회사는 예약 승인 여부를 완전히 자동화된 시스템으로 결정합니다.");
    expect((await findingsOf("automated-decision", text, "markdown")).map((f) => f.line)).toEqual([3, 3]);
  });
});

// a 부칙 that tells what its amendment did ("이 개정으로 … 자동화된 결정에 관한 조항을 신설하였다") records the change,
// not a decision made
describe("automated-decision: an amendment's note in the supplementary provisions", () => {
  const withNote = (decisions: string) => [
    "솔내 시립도서관 개인정보 처리방침",
    "",
    "제9조(자동화된 결정)",
    decisions,
    "",
    "부칙 <개정 2025. 6. 1.>",
    "이 방침은 2025년 6월 1일부터 시행한다. 이 개정으로 자동화된 결정에 관한 조항을 신설하였다.",
  ];
  it("must not fire where the article says no such decision is made", async () => {
    const text = withNote("도서관은 완전히 자동화된 시스템으로 이용자의 권리에 영향을 미치는 결정을 하지 않습니다.");
    expect(await lines(text)).toEqual([]);
  });
  it("must fire at the article that makes the decisions, not at the note", async () => {
    expect(await lines(withNote("도서관은 연체 회원의 대출 정지를 완전히 자동화된 시스템으로 결정합니다."))).toEqual([3, 3]);
  });
});
