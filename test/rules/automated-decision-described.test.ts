// automated-decision: a fully automated decision told in other words than the term, its parts spread over the
// clauses of a sentence or over two sentences ("사람의 검토 없이 판정하며, … 정지됩니다", "별도의 확인 절차 없이 …
// 자동으로 정지됩니다"), needs the refusal and the explanation as one named with the term does.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...section: string[]) => [
  "# 달빛 공유자전거 개인정보 처리방침",
  "",
  "주식회사 달빛바이크는 다음과 같이 처리방침을 공개합니다.",
  "",
  "## 제8조 (반납 사진 판독)",
  "",
  ...section,
];

describe("automated-decision: a decision told in other words", () => {
  it.each([
    [
      "review denied in one clause, the effect in the next",
      "반납 사진은 AI가 사람의 검토 없이 판정하며, 잘못 세운 것으로 판정되면 대여가 3일간 정지됩니다.",
    ],
    [
      "no check procedure, the effect in a second sentence",
      "반납 사진은 판독 시스템으로 분석합니다. 잘못 세운 것으로 판정되면 별도의 확인 절차 없이 대여가 3일간 자동으로 정지됩니다.",
    ],
  ])("must fire: %s", async (_name, sentence) => {
    const findings = await findingsOf("automated-decision", policy(sentence));
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "the term denied beside the description",
      "회사는 자동화된 결정을 하지 않습니다.",
      "반납 사진은 AI가 사람의 검토 없이 판정하며, 잘못 세운 경우 안내 문자만 보냅니다.",
    ],
    ["no check procedure for the person's own action", "회원은 별도의 확인 절차 없이 앱에서 대여를 취소할 수 있습니다."],
  ])("must not fire: %s", async (_name, ...sentences) => {
    expect(await findingsOf("automated-decision", policy(...sentences))).toEqual([]);
  });
});

// the effect said to be done automatically is the judgement, with no word for judging: "운영자 검토 없이 시스템이
// 자동으로 7일간 이용을 제한합니다"
describe("automated-decision: an effect done automatically, with no one reviewing it", () => {
  it("must fire", async () => {
    const sentence = "신고가 세 번 쌓인 계정은 운영자 검토 없이 시스템이 자동으로 3일간 대여를 제한합니다.";
    expect((await findingsOf("automated-decision", policy(sentence))).length).toBeGreaterThan(0);
  });
  it("must not fire: the effect is done automatically, but a person reviews it first", async () => {
    const sentence = "신고가 세 번 쌓인 계정은 운영자가 검토한 뒤 시스템이 자동으로 3일간 대여를 제한합니다.";
    expect(await findingsOf("automated-decision", policy(sentence))).toEqual([]);
  });
});
