// third-party-provision and a recipient given only by kind in a sentence that goes on to say how consent to the
// provision is taken ("…제휴 여행사에 이름, 연락처를 제공할 수 있으며, 이 경우 응모 화면에서 미리 동의를
// 받습니다"): the clause makes the provision, on consent, and does not excuse it as the statute's exception. The
// statute's own exception ("동의한 경우에만 제공합니다") and a named recipient stay as they were.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (sentence: string) => [
  "별밭 공연장 개인정보 처리방침",
  "",
  "4. 개인정보의 제3자 제공",
  "공연장은 관객의 동의나 법률의 특별한 규정이 있는 경우에만 개인정보를 제3자에게 제공합니다.",
  sentence,
];
const findings = async (text: string[]) =>
  (await findingsOf("third-party-provision", text)).map((finding) => [finding.line, finding.messageId]);

describe("third-party-provision: a kind of recipient with a clause on consent to it", () => {
  it.each([
    [
      "공연장은 관객 추첨 경품의 배송을 위하여 제휴 여행사에 당첨자의 이름, 연락처를 제공할 수 있으며, 이 경우 예매 화면에서 미리 동의를 받습니다.",
    ],
    ["공연장은 단체 관람 안내를 위하여 협력 단체에 신청자의 이름을 제공하고, 그 경우에는 신청서에서 따로 동의를 얻습니다."],
  ])("must fire: %s", async (sentence) => {
    expect(await findings(policy(sentence))).toEqual([[5, "recipientKind"]]);
  });

  it.each([
    ["공연장은 관객이 동의한 경우에만 제휴 여행사에 이름과 연락처를 제공합니다."],
    ["공연장은 경품 배송을 위하여 ㈜별길여행에 당첨자의 이름, 연락처를 제공할 수 있으며, 이 경우 예매 화면에서 미리 동의를 받습니다."],
  ])("must not fire: %s", async (sentence) => {
    expect((await findings(policy(sentence))).filter(([, id]) => id === "recipientKind")).toEqual([]);
  });
});

// "고객이 동의한 경우 협력 업체에 다음 정보를 제공합니다" over the purpose, items and period: a provision on consent
// that announces its details, not the statute's exception for consent; its recipient, given only as a kind, names no
// one, the kind glued to its trade ("지역 용달업체") or not
describe("third-party-provision: a kind of recipient in a provision on consent that announces its details", () => {
  const announced = (sentence: string) => [
    ...policy(sentence),
    "  - 제공 목적: 무대 장비 운반",
    "  - 제공 항목: 성명, 휴대전화번호",
    "  - 보유 기간: 공연 종료 후 1개월",
  ];
  it.each([
    "관객이 동의한 경우 지역 용달업체에 다음 정보를 제공합니다.",
    "단체가 동의한 때에는 제휴 이삿짐업체에 아래와 같이 제공합니다.",
    "관객이 동의한 경우 지역 운송 업체에 다음 정보를 제공합니다.",
  ])("must fire: %s", async (sentence) => {
    expect(await findings(announced(sentence))).toEqual([[5, "recipientKind"]]);
  });
  it.each([
    "관객이 동의한 경우 ㈜별밭운송에 다음 정보를 제공합니다.",
    "관객이 동의하거나 법령에 따라 수사기관이 요청한 경우 관계 기관에 다음 정보를 제공합니다.",
    "관객이 동의한 경우에만 협력 단체에 제공합니다.",
  ])("must not fire: %s", async (sentence) => {
    expect(await findings(announced(sentence))).toEqual([]);
  });
});
