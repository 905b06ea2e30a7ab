import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// A section about a change of the purposes ("처리 목적의 변경") or a use beyond them ("목적 외 이용") is not the
// purposes section: where the purposes are given per service under their own label, they are disclosed; where
// they are given nowhere, the purposes are missing, not a hollow section.

const policy = (...elsewhere: string[]) => [
  "누리마켓 개인정보 처리방침",
  "",
  "Ⅰ. 서비스별 처리 현황",
  "",
  ...elsewhere,
  "",
  "Ⅱ. 공통 사항",
  "",
  "Ⅱ-1. 처리 목적의 변경",
  "누리마켓은 Ⅰ에 적은 목적 외의 용도로 개인정보를 이용하지 않으며, 목적이 바뀌면 다시 동의를 받습니다.",
  "",
  "Ⅱ-2. 개인정보의 파기",
  "보유 기간이 지나면 지체 없이 파기합니다.",
];

describe("required-purpose: a section on a change of the purposes", () => {
  it("does not fire where each service gives its purposes under a label", async () => {
    const text = policy(
      "[1] 누리마켓 쇼핑",
      " · 처리 목적 : 회원 관리, 주문·결제·배송, 고객 상담",
      " · 처리 항목 : 이름, 휴대전화번호, 배송지 주소",
      "[2] 누리 멤버십",
      " · 처리 목적 : 정기 결제, 무료배송 혜택, 적립금 지급",
      " · 처리 항목 : 회원번호, 결제 수단",
    );
    expect(await findingsOf("required-purpose", text)).toEqual([]);
  });
  it("reports the purposes missing where no service gives them", async () => {
    const text = policy("[1] 누리마켓 쇼핑", " · 처리 항목 : 이름, 휴대전화번호, 배송지 주소");
    expect((await findingsOf("required-purpose", text)).map((finding) => finding.messageId)).toEqual(["missing"]);
  });
});
