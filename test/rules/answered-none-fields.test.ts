// A field answered "해당 없음" says nothing of the kind is done: it is filled, not a template's blank. A field left
// with a dash or nothing after its colon is still a blank.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const provision = (last: string) => [
  "푸른숲 수영장 개인정보 처리방침",
  "",
  "3. 개인정보의 제3자 제공",
  "수영장은 아래의 경우에만 개인정보를 제공합니다.",
  "- 제공받는 자: 푸른구청 체육진흥과",
  "- 제공 목적: 감면 대상 확인",
  "- 제공 항목: 성명, 주소",
  "- 보유기간: 확인 후 즉시 파기",
  last,
];

describe("a field answered '해당 없음' beside a list of recipients", () => {
  it.each([["※ 국외 이전: 해당 없음"], ["- 추가 제공: 해당 사항 없음"]])("must not fire: %s", async (last) => {
    expect(await findingsOf("third-party-provision", provision(last))).toEqual([]);
  });
  it.each([["- 제공 근거: -"], ["- 제공 근거:"]])("must fire: a field left blank ('%s')", async (last) => {
    const findings = await findingsOf("third-party-provision", provision(last));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "blank"]]);
  });
});
