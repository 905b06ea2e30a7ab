// The parts of a 가명정보 disclosure said in running words: the items as the data pseudonymised ("성별·연령대·대출
// 거래정보를 가명처리하여", "수면 측정 데이터를 가명처리하여"), the period as when it is destroyed ("처리일로부터 3년이 지나면
// 파기합니다"); and the section of its own read before a purpose item that names pseudonymisation in passing.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (section: string[], purposes: string[] = ["1) 강좌 신청 접수"]) => [
  "하늘숲센터 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  ...purposes,
  "",
  "2. 가명정보의 처리",
  ...section,
];

const safeguards = "추가정보는 가명정보와 분리하여 보관하고 접근 권한을 제한합니다.";

describe("pseudonymized-info: parts in running words", () => {
  it.each([
    ["통계 작성을 위하여 성별·연령대·수강 기록을 가명처리하여 이용하며, 처리일로부터 2년이 지나면 파기합니다."],
    ["수강 만족도 연구를 위하여 출석 기록을 가명처리하여 이용하며, 처리일로부터 3년이 경과하면 파기합니다."],
  ])("does not fire on '%s'", async (sentence) => {
    expect(await findingsOf("pseudonymized-info", policy([sentence, safeguards]))).toEqual([]);
  });

  it("fires on data named only as personal data", async () => {
    const text = policy(["통계 작성을 위하여 개인정보를 가명처리하여 이용하며, 처리일로부터 2년이 지나면 파기합니다.", safeguards]);
    const findings = await findingsOf("pseudonymized-info", text);
    expect(findings.map((finding) => finding.line)).toEqual([6]);
    expect(findings[0].message).toContain("항목");
  });

  it("reads the section of its own, not a purpose item that names pseudonymisation", async () => {
    const text = policy(
      ["출석 기록을 가명처리하여 수강 만족도 연구에 이용하며, 처리일로부터 3년이 지나면 파기합니다.", safeguards],
      ["1) 강좌 신청 접수", "2) 수강 만족도 연구 (가명처리 후 이용)"],
    );
    expect(await findingsOf("pseudonymized-info", text)).toEqual([]);
  });
});
