// "다음의 경우에만 제공합니다" over "○ 국세청 — 연말정산 자료 제출": the list item the outline takes for a sub-heading is
// the list announced; the recipients named there answer the announcement.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (items: string[]) => [
  "새솔교회 개인정보 처리방침",
  "",
  "6. 개인정보의 제3자 제공",
  "",
  "  교회는 다음의 경우에만 개인정보를 외부에 제공합니다.",
  "",
  ...items,
];

describe("third-party-provision: cases listed as items with a dash", () => {
  it("does not fire when each item names its recipient", async () => {
    const items = [
      "  ○ 국세청 — 연말정산 간소화 자료 제출(신청한 교인에 한함)",
      "      제공 항목: 성명, 주민등록번호, 연간 헌금액 / 보유기간: 국세청 보존기간에 따름",
    ];
    expect(await findingsOf("third-party-provision", policy(items))).toEqual([]);
  });

  it("fires when no case follows the announcement", async () => {
    expect((await findingsOf("third-party-provision", policy([]))).map((finding) => finding.messageId)).toEqual(["announcedNotListed"]);
  });
});
