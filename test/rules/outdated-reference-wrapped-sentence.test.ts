// outdated-reference on a sentence hard-wrapped over several lines: one stale duty named twice in it (the act's
// article on one line, the rule's name on the next) is one finding, at its first line; two sentences are two.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...body: string[]) => [
  "늘봄 마켓 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 및 보유 기간",
  ...body,
  "",
  "2. 개인정보 보호책임자",
  "운영팀장 도하람(070-0000-0000)",
];
const stale = async (text: string[]) =>
  (await findingsOf("outdated-reference", text)).filter((f) => f.messageId === "stale").map((f) => f.line);

describe("outdated-reference: one stale duty in one wrapped sentence", () => {
  it("must fire once: the article and the rule's name on consecutive lines of one sentence", async () => {
    expect(
      await stale(
        policy(
          "마켓은 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제29조 및",
          "개인정보 유효기간제에 따라 1년간 접속하지 않은 회원의 정보를",
          "다른 회원의 정보와 나누어 따로 보관합니다.",
        ),
      ),
    ).toEqual([4]);
  });
  it("must fire twice: two sentences, each naming the repealed duty", async () => {
    expect(
      await stale(
        policy(
          "마켓은 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제29조에 따라 휴면 회원을 관리합니다.",
          "개인정보 유효기간제에 따라 분리한 정보는 4년이 지나면 지웁니다.",
        ),
      ),
    ).toEqual([4, 5]);
  });
});
