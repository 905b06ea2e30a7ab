// A note the regulator's template addresses to its user ("(해당하는 경우에만 작성)", "※ 해당 시 작성:"), left in
// front of the policy's answer, is no part of what the policy says: its "경우" or "시" is no condition on the
// denial after it, for every rule that reads "does not apply" declarations.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";
import { lineDenies, denialOf, withoutTemplateNotes } from "../../src/runtime/not-applicable.js";

const header = ["솔바람 개인정보 처리방침", "", '솔바람 주식회사(이하 "회사")는 아래와 같이 개인정보 처리방침을 둡니다.', ""];
const pseudonymized = denialOf(/가명\s*(정보|처리)/, { verbs: "생성|가명\\s*처리" });

describe("the shared reader leaves the template's notes out", () => {
  it.each([
    ["(해당하는 경우에만 작성) 회사는 가명정보를 처리하지 않습니다.", "회사는 가명정보를 처리하지 않습니다."],
    ["※ 해당 시 작성: 회사는 가명정보를 처리하지 않습니다.", "회사는 가명정보를 처리하지 않습니다."],
    ["[해당 시 기재] 가명정보를 처리하지 않습니다.", "가명정보를 처리하지 않습니다."],
    ["<필요 시 작성> 가명처리를 하지 않습니다.", "가명처리를 하지 않습니다."],
    ["【해당 시 작성】 가명정보를 처리하지 않습니다.", "가명정보를 처리하지 않습니다."],
    ["※ 해당되는 경우 기재하십시오 회사는 가명정보를 처리하지 않습니다.", "회사는 가명정보를 처리하지 않습니다."],
  ])("%s", (line, rest) => {
    expect(withoutTemplateNotes(line).trim()).toBe(rest);
    expect(lineDenies(line, pseudonymized)).toBe(true);
  });

  it.each([
    "(이용자가 요청하는 경우) 가명정보를 처리하지 않습니다.",
    "※ 동의를 거부할 경우 가명정보를 처리하지 않습니다.",
    "해당하는 경우에는 가명정보를 처리하지 않습니다.",
  ])("keeps a real condition, not a template note: %s", (line) => {
    expect(lineDenies(line, pseudonymized)).toBe(false);
  });
});

describe("rules that read denials behind a template note", () => {
  it.each([
    ["pseudonymized-info", ["7. 가명정보의 처리", "(해당하는 경우에만 작성) 회사는 가명정보를 처리하지 않습니다."]],
    ["pseudonymized-info", ["7. 가명정보의 처리", "※ 해당 시 작성: 회사는 가명처리를 하지 않습니다."]],
    ["video-devices", ["9. 영상정보처리기기의 운영", "※ 해당 시 작성: 회사는 영상정보처리기기를 설치·운영하지 않습니다."]],
    ["automated-decision", ["10. 자동화된 결정", "(해당하는 경우 기재) 회사는 완전히 자동화된 시스템으로 결정을 내리지 않습니다."]],
    ["domestic-agent", ["11. 국내대리인", "<해당 시 작성> 회사는 국내대리인을 지정하지 않습니다."]],
  ])("%s does not fire on a denial behind a note", async (rule, passage) => {
    expect(await linesOf(rule, [...header, ...passage])).toEqual([]);
  });

  it("still fires when the note stands before processing that is done", async () => {
    const text = [...header, "7. 가명정보의 처리", "(해당하는 경우에만 작성) 회사는 통계 작성을 위해 방문 기록을 가명처리합니다."];
    expect((await findingsOf("pseudonymized-info", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "incomplete"]]);
  });
});
