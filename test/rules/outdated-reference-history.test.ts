// outdated-reference on a line that records a revision: a dated entry ("- 2021. 4. 1.: 옛 번호(1336)를 118로 정정")
// or a summary of what the revision changed ("이번 변경의 주요 내용: …") tells how the policy was mended, and is
// no current use of the old contact, address or duty, wherever it stands. The same words in the policy's own
// text are still reported.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...closing: string[]) => [
  "한빛 체육공원 개인정보 처리방침",
  "",
  "1. 권익침해 구제방법",
  "개인정보분쟁조정위원회 1833-6972 (www.kopico.go.kr), 개인정보침해신고센터 118, 경찰청 182로 문의할 수 있습니다.",
  "",
  "2. 처리방침의 변경",
  "이 방침은 2025년 8월 1일부터 시행합니다.",
  ...closing,
];
const stale = async (lines: string[]) => (await findingsOf("outdated-reference", lines)).map((f) => [f.line, f.message]);

describe("a line that records a revision", () => {
  it.each([
    ["a dated entry correcting a number", "- 2022. 5. 2.: 구제기관 안내 중 옛 개인정보침해신고센터 번호(1336)를 118로 고침"],
    ["a dated entry dropping a repealed duty", "- 2024. 1. 9.: 개인정보 유효기간제에 따른 휴면 회원 분리 조항 삭제"],
    ["a summary of the changes", "이번 개정의 주요 내용: 분쟁조정위원회 누리집 주소를 www.kopico.or.kr에서 새 주소로 고쳤습니다."],
  ])("must not fire: %s", async (_, line) => {
    expect(await stale(policy(line))).toEqual([]);
  });
});

describe("a repealed duty said to be repealed", () => {
  it("must not fire: the policy says the dormancy rule was abolished", async () => {
    const line = "개인정보 유효기간제가 폐지되어, 1년 동안 쓰지 않은 계정도 분리하지 않고 탈퇴할 때까지 둡니다.";
    expect(await stale(policy(line))).toEqual([]);
  });
});

describe("the same words in the policy's own text", () => {
  it.each([
    ["an old number given as the contact", "개인정보침해신고센터(국번없이 1336)로도 신고할 수 있습니다.", "1336"],
    ["the repealed duty given as the ground", "개인정보 유효기간제에 따라 1년 동안 쓰지 않은 계정은 따로 보관합니다.", "유효기간제"],
  ])("must fire: %s", async (_, line, word) => {
    const findings = await stale(policy(line));
    expect(findings.map(([at]) => at)).toEqual([8]);
    expect(String(findings[0][1])).toContain(word);
  });
});
