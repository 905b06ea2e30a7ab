// vague-retention in an article written as one paragraph of several sentences: each vague phrase is read in its own
// sentence, so a law named in another sentence of the paragraph does not cover it.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (paragraph: string) =>
  (
    await findingsOf("vague-retention", ["솔내 청소년수련관 개인정보 처리방침", "", "제4조(개인정보의 처리 및 보유 기간)", "", paragraph])
  ).map((finding) => [finding.line, finding.message]);
const opening = "수련관은 법령에 따른 보유기간 또는 동의받은 보유기간 내에서 개인정보를 처리합니다.";

describe("vague-retention: a paragraph of several sentences", () => {
  it("must fire on the sentence that keeps one record for a vague period", async () => {
    const paragraph = `${opening} 회원 정보는 탈퇴 시까지 보유합니다. 캠프 참가자 정보는 캠프 운영에 필요한 기간 동안 보유합니다.`;
    expect(await found(paragraph)).toEqual([[5, "'필요한 기간'은 보유기간이 아닙니다: 구체적인 기간을 적으십시오"]]);
  });

  it("must not fire on a vague period left to the law in its own sentence (retention-statute's finding)", async () => {
    const paragraph = `${opening} 회원 정보는 탈퇴 시까지 보유합니다. 수강료 결제 기록은 관계 법령에 따라 일정 기간 보관합니다.`;
    expect(await found(paragraph)).toEqual([]);
  });
});
