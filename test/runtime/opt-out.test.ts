// The shared reader of opt-outs said in other words than 거부 (overseas-transfer, required-cookies, behavioral-info).
import { describe, expect, it } from "vitest";
import { optOutWithEffect, optOutWithMethod } from "../../src/runtime/opt-out.js";

describe("optOutWithEffect", () => {
  it.each([
    "해외 전송을 원하지 않으시면 우편으로 신청하시면 되며, 이 경우 자료는 국내에서만 처리됩니다.",
    "동기화를 중단하려면 상담실로 요청하십시오. 중단하면 해외 연동을 쓸 수 없습니다.",
    "채팅을 이용하지 않으시면 자료가 해외로 가지 않습니다.",
    // a way out whose sentence lists several ways, what follows in the sentence after it
    "해외 전송을 원하지 않으면 광고 맞춤 설정을 끄고(아래 8항) 오류 보고를 끌 수 있으며(앱 설정 > 오류 보고 보내기), 이메일 문의 대신 전화 상담을 쓰실 수 있습니다. 이 경우에도 앱 이용에는 제한이 없습니다.",
  ])("reads a way out and what follows: %s", (text) => expect(optOutWithEffect(text)).toBe(true));

  it.each([
    "해외 전송을 원하지 않으시면 상담실로 연락해 중단을 요청하시기 바랍니다.",
    "- 처리 업무: 예약과 청약철회\n- 제3국으로는 보내지 않습니다",
    "전송을 원하지 않으시면\n- 다음 항목은 보관하지 않습니다",
  ])("does not read a way out with no effect, a consumer's withdrawal, or a next list item: %s", (text) =>
    expect(optOutWithEffect(text)).toBe(false),
  );
});

describe("optOutWithMethod", () => {
  it("reads a way out with the way to take it", () => {
    expect(optOutWithMethod("쿠키를 원치 않으시면 브라우저에서 지우시면 됩니다.")).toBe(true);
  });

  it("does not read a way out that is only mentioned", () => {
    expect(optOutWithMethod("쿠키를 원하지 않는 이용자도 있습니다.")).toBe(false);
  });
});
