// third-party-provision and a kind's name opening a longer noun: "보험사고 이력", "카드사용 내역" name an accident
// and a use, not an insurer or a card company that receives data.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (purpose: string) => [
  "<html><body>",
  "<h1>달림카 개인정보 처리방침</h1>",
  "<h2>4. 개인정보의 제3자 제공</h2>",
  "<dl>",
  "  <dt>한국차량이력원</dt>",
  `  <dd>제공 목적: ${purpose}</dd>`,
  "  <dd>제공 항목: 차량번호, 소유자명</dd>",
  "  <dd>보유 기간: 조회 결과 회신 시까지</dd>",
  "</dl>",
  "</body></html>",
];
const kinds = async (purpose: string) =>
  (await findingsOf("third-party-provision", policy(purpose), "html")).filter((f) => f.messageId === "recipientKind").map((f) => f.line);

describe("third-party-provision: a kind's word inside a longer noun", () => {
  it.each(["차량 이력(보험사고 이력) 조회 제공", "카드사용 내역 확인을 위한 제공"])("must not fire: %s", async (purpose) => {
    expect(await kinds(purpose)).toEqual([]);
  });
  it("must fire on the kind itself given data in the purpose line", async () => {
    expect(await kinds("사고 이력을 보험사에 제공하여 보상 심사에 활용")).toEqual([6]);
  });
});
