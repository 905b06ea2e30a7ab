// pseudonymized-info and the criteria for additional use quoted from the decree ("…가명처리·암호화 조치 여부를 고려하여
// 추가적인 이용·제공 여부를 판단합니다"): a safeguard weighed, not pseudonymised data processed. A policy that also says it
// processes none needs no pseudonymisation details; one that processes it still does.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (first: string) => [
  "# 하객홀 개인정보 처리방침",
  "",
  "### 12. 가명정보와 추가적인 이용",
  "",
  `- ${first}`,
  "- 회사는 당초 목적과의 관련성, 예측 가능성, 정보주체 이익의 침해 여부, 가명처리·암호화 조치 여부를 고려하여 추가적인 이용·제공 여부를 판단합니다.",
];
const lines = async (first: string) => (await findingsOf("pseudonymized-info", policy(first), "markdown")).map((f) => f.line);

describe("pseudonymized-info: the decree's criteria for additional use", () => {
  it("must not fire beside a denial", async () => {
    expect(await lines("회사는 가명정보를 처리하지 않습니다.")).toEqual([]);
  });
  it("must fire where pseudonymised data is processed without its details", async () => {
    expect(await lines("회사는 서비스 개선을 위하여 가명정보를 처리합니다.")).toEqual([3]);
  });
});
