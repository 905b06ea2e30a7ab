// sensitive-info and a policy that says outright it processes no sensitive data ("구단은 민감정보를 처리하지
// 않습니다"): a sensitive word in its item list ("얼굴 사진(… 얼굴인식 기술에는 사용하지 않음)") is not read against
// that statement. Without the statement, the item list's category is still read as sensitive data processed.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...after: string[]) => [
  "푸른별 구단 개인정보 처리방침",
  "",
  "2. 처리하는 개인정보의 항목",
  "- 시즌권: 성명, 휴대전화번호, 얼굴 사진(검표원이 눈으로 본인 확인하는 데 쓰며, 얼굴인식 기술에는 쓰지 않음)",
  "- 키즈클럽: 아동 성명, 생년월일, 건강 상태(알레르기 여부)",
  ...after,
];
const lines = async (text: string[]) => (await findingsOf("sensitive-info", text)).map((finding) => finding.line);

describe("sensitive-info: no sensitive data, said outright", () => {
  it("must not fire when the policy says it processes none", async () => {
    expect(await lines(policy("구단은 민감정보를 처리하지 않습니다."))).toEqual([]);
  });
  it("must fire on the item list's category without that statement", async () => {
    expect(await lines(policy().filter((line) => !line.includes("얼굴")))).toEqual([4]);
  });
});
