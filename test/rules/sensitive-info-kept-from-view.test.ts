// sensitive-info and sensitive data kept from everyone but the staff in charge ("감면 업무 담당자만 접근할 수
// 있도록") or destroyed as soon as its one use is done ("대조 완료 즉시 파기"): nothing of it is published, so the
// policy need not say how to keep it private. Data other members may see, or kept with no such word, still needs it.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...sentences: string[]) => [
  "한솔 체육센터 개인정보 처리방침",
  "",
  "제5조(민감정보의 처리)",
  "센터는 장애인 요금 감면을 신청한 분의 장애 정도 등 건강에 관한 정보(민감정보)를 별도 동의를 받아 처리합니다.",
  ...sentences,
];
const lines = async (text: string[]) => (await findingsOf("sensitive-info", text)).map((finding) => finding.line);

describe("sensitive-info: data kept from view or gone after its use", () => {
  it.each([
    ["open to the staff in charge alone", "민감정보는 암호화하여 저장하고, 감면 업무 담당자만 접근할 수 있도록 관리합니다."],
    ["destroyed once compared", "얼굴 특징정보는 본인 대조 완료 즉시 파기하고 대조 결과만 보관합니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await lines(policy(sentence))).toEqual([]);
  });
  it("must fire: kept with no such word", async () => {
    expect(await lines(policy("민감정보는 암호화하여 저장하고 감면 기간 동안 보관합니다."))).toEqual([3]);
  });
  // (said where it is posted: only the way to keep it private is missing)
  it("must fire at the posting: seen by other members", async () => {
    expect(await lines(policy("민감정보는 동호회 회원만 볼 수 있도록 게시됩니다."))).toEqual([5]);
  });
});
