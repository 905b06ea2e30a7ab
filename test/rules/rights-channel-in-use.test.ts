// "…고객센터(02-…)를 이용해 주세요": the channel the reader is asked to use is the way to exercise the rights
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const policy = (sentence: string) => [
  "모아북스 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "도서 주문 접수와 배송을 위해 개인정보를 처리합니다.",
  "",
  "2. 이용자의 권리",
  `이용자는 언제든지 자신의 개인정보를 열람·정정·삭제하거나 처리정지를 요구할 수 있습니다. ${sentence}`, // 7
];

describe("required-rights: a channel the reader is asked to use", () => {
  it.each([["고객센터(help@moabooks.kr, 1588-0000)를 이용해 주세요."], ["앱의 설정 메뉴를 이용하시면 됩니다."]])(
    "does not fire on '%s'",
    async (sentence) => {
      expect(await linesOf("required-rights", policy(sentence))).toEqual([]);
    },
  );

  it("fires when the sentence names no channel", async () => {
    expect(await linesOf("required-rights", policy("많은 관심을 부탁드립니다."))).toEqual([6]);
  });
});
