// A policy drafted from the regulator's template with its example lines left in: they say what a policy might
// write, not what this one does.
import { describe, expect, it } from "vitest";
import { withoutTemplateExamples } from "../../src/parse/template-examples.js";
import { findingsOf } from "../helpers.js";

describe("a template's example lines", () => {
  it("are blanked, column for column, in any of the brackets the template uses", () => {
    const lines = ["(작성예시) 제공받는 자: ○○○", "[작성 예시] 보유 기간: ○년", "<예시> 수탁자: ○○○", "※ (작성례) 목적: ○○", "(예) 이름"];
    expect(withoutTemplateExamples(lines).map((line) => line.trim())).toEqual(["", "", "", "", ""]);
    expect(withoutTemplateExamples(lines).map((line) => line.length)).toEqual(lines.map((line) => line.length));
  });

  it("a line that names an example in its sentence stays", () => {
    const lines = ["예시로 든 항목은 다음과 같습니다.", "가. (예약 시) 이름과 연락처"];
    expect(withoutTemplateExamples(lines)).toBe(lines);
  });

  it("leave no blank field to report beside the policy's own provision", async () => {
    const lines = [
      "햇살 돌봄센터 개인정보 처리방침",
      "",
      "5. 개인정보의 제3자 제공",
      "(작성예시) 제공받는 자: ○○○ / 제공 목적: ○○○ / 제공 항목: ○○○ / 보유기간: ○○○",
      "- 제공받는 자: 햇살손해보험 주식회사",
      "- 제공 목적: 돌봄 활동 중 상해보험 가입",
      "- 제공 항목: 자녀 이름, 생년월일",
      "- 보유 기간: 보험 기간 종료 후 3년",
    ];
    expect(await findingsOf("third-party-provision", lines)).toEqual([]);
  });
});
