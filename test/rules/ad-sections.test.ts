import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// An app's section on in-app advertising ("앱 내 광고", "맞춤형 광고 안내") that says an ad SDK collects the
// advertising identifier is the automatic collection device's section, and the behavioural-data disclosure,
// under another name: what it leaves out is reported at its heading, not as an item missing from the policy.

const app = (adHeading: string, ...adBody: string[]) => [
  "별자리노트 개인정보 처리방침", // 1
  "",
  "별자리노트(이하 '앱')는 이용자의 개인정보를 다음과 같이 처리합니다.",
  "",
  "[ 개인정보의 처리 목적 ]", // 5
  "* 일기 백업과 기기 간 동기화",
  "* 무료 이용자에게 관심 기반 맞춤형 광고 제공",
  "",
  "[ 처리하는 개인정보의 항목 ]", // 9
  "* 자동으로 생성되는 정보: 기기 모델, 광고 ID",
  "",
  adHeading, // 12
  ...adBody,
];

const collects = [
  "* 무료 이용자에게는 Unity Ads 광고가 나옵니다.",
  "* Unity Ads는 관심에 맞는 광고를 고르기 위해 기기의 광고 ID와 광고를 누른 기록을 가져갑니다.",
];

const summary = async (lines: string[]) => [
  ...(await findingsOf("required-cookies", lines)).map((f) => [f.ruleId, f.line, f.messageId, f.severity]),
  ...(await findingsOf("behavioral-info", lines)).map((f) => [f.ruleId, f.line, f.messageId, f.severity]),
];

describe("an advertising section that collects the advertising identifier", () => {
  it.each([["[ 앱 내 광고 ]"], ["[ 맞춤형 광고 안내 ]"], ["[ 광고 ID와 광고 SDK ]"]])(
    "%s without a way to refuse: each finding at its heading, on what it leaves out",
    async (heading) => {
      expect(await summary(app(heading, ...collects))).toEqual([
        ["required-cookies", 12, "hollow", "warning"],
        ["behavioral-info", 12, "incomplete", "warning"],
      ]);
      const behavioural = await findingsOf("behavioral-info", app(heading, ...collects));
      expect(behavioural[0].message).toContain("거부 방법");
      expect(behavioural[0].message).not.toContain("수집 항목");
    },
  );

  it("with a way to refuse: nothing to report", async () => {
    const text = app(
      "[ 앱 내 광고 ]",
      ...collects,
      "* 휴대폰의 [설정 > 개인정보 보호 > 광고]에서 광고 ID를 재설정하거나 맞춤 광고를 끌 수 있습니다.",
    );
    expect(await summary(text)).toEqual([]);
  });

  it("a section on advertising that collects nothing is not taken for the device's section", async () => {
    const text = app("[ 광고 제휴 문의 ]", "* 앱에 광고를 싣고 싶은 회사는 partner@byeoljari.example 으로 연락해 주십시오.");
    expect((await findingsOf("required-cookies", text)).map((f) => [f.line, f.messageId, f.severity])).toEqual([[1, "missing", "error"]]);
  });

  it("a heading that names the refusal does not say how to refuse", async () => {
    const findings = await findingsOf("required-cookies", app("[ 광고 ID 수집과 거부 ]", ...collects));
    expect(findings.map((f) => [f.line, f.messageId, f.severity])).toEqual([[12, "hollow", "warning"]]);
  });

  it("a heading that names the refusal over a body that says how: nothing to report", async () => {
    const text = app("[ 광고 ID 수집과 거부 ]", ...collects, "* 기기 설정의 광고 메뉴에서 광고 ID를 삭제하면 더는 수집되지 않습니다.");
    expect(await summary(text)).toEqual([]);
  });
});

// a purpose listed as an item ("- 광고 표시(맞춤형 광고 포함)") names the item before its own section does: a finding
// about the section points at the section's heading, not at that list item
describe("a finding about the behavioural section, the item named first among the purposes", () => {
  const policy = [
    "# 별자리노트 개인정보 처리방침", // 1
    "", // 2
    "## 1. 처리 목적", // 3
    "- 일기 저장과 동기화", // 4
    "- 무료 버전의 광고 표시(맞춤형 광고 포함)", // 5
    "", // 6
    "## 2. 맞춤형 광고와 행태정보", // 7
    "- 수집 항목: 광고 식별자, 광고 클릭 기록", // 8
    "- 수집 방법: 앱 실행 시 광고 SDK가 자동 수집", // 9
    "- 목적: 맞춤형 광고 게재", // 10
    "- 거부 방법: 휴대전화 설정 > 개인정보 보호 > 광고에서 광고 ID 재설정", // 11
  ];
  it("is reported at the section's heading", async () => {
    const findings = await findingsOf("behavioral-info", policy, "markdown");
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[7, "incomplete"]]);
  });
});
