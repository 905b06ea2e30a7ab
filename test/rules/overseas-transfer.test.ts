// overseas-transfer: how to refuse a transfer, said without the word 거부 (beside conditional-items.test.ts).
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const section = (...refusal: string[]) => [
  "바다별 여행사 개인정보 처리방침",
  "",
  "6. 해외로 보내는 정보",
  "- 이전받는 자: Trip Desk Pte. Ltd. (dpo@tripdesk.example)",
  "- 이전 국가: 싱가포르",
  "- 이전 항목: 여권 영문 성명, 여권번호",
  "- 이전 일시와 방법: 예약할 때마다 네트워크로 전송",
  "- 이용 목적과 보유 기간: 현지 숙소 예약, 귀국 후 6개월",
  ...refusal,
];
const found = async (lines: string[]) => (await findingsOf("overseas-transfer", lines)).map((f) => [f.line, f.messageId, f.message]);

describe("refusal in other words, with its effect", () => {
  it.each([
    [
      "원하지 않는 경우 … 막을 수 있 / 이 경우 … 되지 않",
      "해외 이전을 원하지 않으시면 마이페이지의 '해외 예약' 메뉴에서 막을 수 있습니다. 이 경우 해외 숙소 예약이 되지 않습니다.",
    ],
    ["차단 … 수 없", "앱에서 해외 예약 연동을 차단하면 현지 숙소를 예약할 수 없습니다."],
    ["끄면 … 제한", "설정에서 해외 연동을 끄면 이전하지 않으며 해외 상품 이용이 제한됩니다."],
    ["해제 / 그 경우 … 불가", "해외 연동 동의는 언제든 해제할 수 있습니다. 그 경우 해외 상품 예약은 불가합니다."],
  ])("must not fire: %s", async (_, refusal) => {
    expect(await found(section(refusal))).toEqual([]);
  });
});

describe("a way to stop with no effect, or nothing at all, is still no refusal", () => {
  it.each([
    ["no refusal sentence", []],
    ["a way to block with no effect given", ["해외 이전을 원하지 않으시면 고객센터로 연락해 차단을 요청하시기 바랍니다."]],
  ])("must fire: %s", async (_, refusal) => {
    const findings = await found(section(...(refusal as string[])));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("거부 방법");
  });
});
