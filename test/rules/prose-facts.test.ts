import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

// A section may give its facts in a sentence rather than as labelled fields: which items are pseudonymised
// ("A, B, C를 가명처리하여") and for how long ("최대 2년", "1년간 보관", "달성 시까지").
const header = ["솔빛헬스 개인정보 처리방침", "", "솔빛헬스(이하 '회사')는 다음과 같이 개인정보 처리방침을 공개합니다.", ""];
const found = async (text: string[]) => (await findingsOf("pseudonymized-info", text)).map((finding) => [finding.line, finding.message]);

describe("pseudonymized-info: items and period given in prose", () => {
  it.each([
    ["최대 N년", "보관 기간은 연구가 끝날 때까지이되 최대 2년을 넘기지 않습니다."],
    ["N년간 보관", "가명정보는 1년간 보관한 뒤 지체 없이 파기합니다."],
    ["N개월 후 파기", "가명정보는 만든 날부터 6개월 후 파기합니다."],
    ["목적 달성 시까지", "가명정보는 분석 목적을 달성할 때까지 두고, 그 뒤 곧바로 지웁니다."],
  ])("does not fire when the period is said as '%s'", async (_, period) => {
    const text = [
      ...header,
      "8. 가명정보 처리",
      "회사는 서비스 품질 분석을 위해 연령대, 거주 시·도, 운동 시간대를 가명처리하여 내부에서만 씁니다.",
      period,
      "추가정보는 따로 떼어 보관하고 담당자만 열람하게 하는 안전조치를 합니다.",
    ];
    expect(await found(text)).toEqual([]);
  });

  it("still fires when the sentence pseudonymises personal data without saying which", async () => {
    const text = [
      ...header,
      "8. 가명정보 처리",
      "회사는 서비스 품질 분석, 통계 작성을 위해 개인정보를 가명처리하여 씁니다.",
      "가명정보는 1년간 보관한 뒤 파기하고, 추가정보는 따로 보관합니다.",
    ];
    expect(await found(text)).toEqual([[5, "가명정보 처리에 관한 가명처리하는 항목이 없습니다"]]);
  });

  it("still fires when the only number is a date, not a period", async () => {
    const text = [
      ...header,
      "8. 가명정보 처리(2025년 3월 1일)",
      "회사는 통계 작성을 위해 연령대, 성별, 운동 시간대를 가명처리합니다.",
      "추가정보는 따로 보관합니다.",
    ];
    expect(await found(text)).toEqual([[5, "가명정보 처리에 관한 처리 기간이 없습니다"]]);
  });

  it("does not fire on the labelled form", async () => {
    const text = [
      ...header,
      "8. 가명정보 처리",
      "- 처리 목적: 서비스 품질 분석",
      "- 가명처리 항목: 연령대, 운동 시간대",
      "- 처리 기간: 2년",
      "- 안전성 확보조치: 추가정보 분리 보관",
    ];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });
});
