// A recipient's or an overseas receiver's period left to that party's own rules ("해당 업체의 방침에 따른 기간") lets
// no one predict when the data is deleted, as the controller's own "필요한 기간" does not.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...provision: string[]) => [
  "하늘길여행 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 및 보유 기간",
  "회원 정보는 탈퇴 시까지 보유합니다.",
  "",
  "2. 개인정보의 제3자 제공",
  "가. 예약한 숙박업체 (예약 상세 화면에 업체명 표시)",
  "   - 제공 목적: 숙박 예약 확정",
  "   - 제공 항목: 투숙객 이름, 휴대전화번호",
  ...provision,
];

describe("vague-retention: a party's period left to its own rules", () => {
  it.each([
    ["   - 보유 및 이용기간: 투숙 종료 후 해당 업체의 방침에 따른 기간", "해당 업체의 방침에 따른 기간"],
    ["   - 보유·이용기간: 제공받는 자의 개인정보 처리방침에 따른 보유기간", "제공받는 자의 개인정보 처리방침에 따른 보유기간"],
  ])("must fire on '%s'", async (line, phrase) => {
    const findings = await findingsOf("vague-retention", policy(line));
    expect(findings.map((finding) => finding.line)).toEqual([10]);
    expect(findings[0].message).toContain(phrase);
  });

  it.each([["   - 보유 및 이용기간: 투숙 종료 후 6개월"], ["   - 보유 및 이용기간: 예약 취소 또는 투숙 완료 시까지"]])(
    "must not fire on '%s'",
    async (line) => {
      expect(await findingsOf("vague-retention", policy(line))).toEqual([]);
    },
  );
});
