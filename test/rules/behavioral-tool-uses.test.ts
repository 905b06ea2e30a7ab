// A list of tools, each with the use it is put to after a dash or a colon ("Google Analytics — 방문 통계"): the
// uses are the purpose of the behavioural data.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (tools: string[]) => [
  "# 물결노트 개인정보 처리방침",
  "",
  "## 1. 개인정보의 처리 목적",
  "회원 가입과 서비스 제공을 위해 개인정보를 처리합니다.",
  "",
  "## 2. 행태정보의 수집·이용",
  "홈페이지 방문 기록과 기능 사용 기록을 쿠키로 자동 수집합니다.",
  "",
  ...tools,
  "",
  "행태정보는 수집 후 12개월 보관하며, 홈페이지 하단 쿠키 설정에서 수집을 거부할 수 있습니다.",
];

describe("behavioral-info: the use a tool is listed with", () => {
  it("does not fire when each tool's use follows it", async () => {
    const tools = ["- Google Analytics — 방문·기능 사용 통계", "- Google Ads: 방문자 대상 맞춤형 광고 (행태정보)"];
    expect(await findingsOf("behavioral-info", policy(tools), "markdown")).toEqual([]);
  });

  it("fires when the tools are listed without a use", async () => {
    const findings = await findingsOf("behavioral-info", policy(["- Google Analytics", "- Google Ads"]), "markdown");
    expect(findings.map((finding) => finding.message)).toEqual(["행태정보 안내에 수집 목적이 없습니다"]);
  });
});
