// "행태정보를 수집하거나 제3자에게 제공하지 않습니다": the negation at the end covers the collection joined before the
// hand-over, so the item is denied; "제3자에게 제공하지 않습니다" alone denies only the hand-over.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (sentence: string) => [
  "솔향호텔 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "객실 예약과 투숙객 안내를 위해 개인정보를 처리합니다.",
  "",
  "2. 행태정보",
  sentence, // 7
];

describe("a denial that covers the verb joined before the hand-over", () => {
  it("behavioral-info does not fire when collection and provision are denied together", async () => {
    expect(
      await findingsOf("behavioral-info", policy("호텔은 맞춤형 광고를 위한 행태정보를 수집하거나 제3자에게 제공하지 않습니다.")),
    ).toEqual([]);
  });

  it("behavioral-info fires when only the provision is denied", async () => {
    const text = policy("호텔은 맞춤형 광고를 위해 행태정보를 수집하며, 제3자에게 제공하지 않습니다.");
    expect((await findingsOf("behavioral-info", text)).length).toBeGreaterThan(0);
  });
});
