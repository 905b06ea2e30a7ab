// A section on a processing of its own kind (가명정보, 행태정보, 민감정보) sets out that processing's purpose, items
// and safeguards in parts titled as the policy's own are ("가. 처리 목적" under "가명정보의 처리"): those parts are
// that processing's, and a policy whose own purposes section is missing is told so.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findSections } from "../../src/runtime/query.js";
import { linesOf } from "../helpers.js";

const policy = (withPurposes: boolean) => [
  "한솔에듀 개인정보 처리방침",
  "",
  ...(withPurposes ? ["1. 개인정보의 처리 목적", "학습지 배송, 방문 수업 배정, 회비 수납을 위해 처리합니다.", ""] : []),
  "2. 처리하는 개인정보의 항목",
  "- 성명, 휴대전화번호, 주소, 학년",
  "",
  "3. 가명정보의 처리",
  "  가. 처리 목적",
  "     학습 난이도 연구를 위한 통계 작성",
  "  나. 처리 항목",
  "     학년, 과목별 진도",
  "  다. 안전성 확보조치",
  "     추가정보를 분리하여 보관하고 재식별을 금지합니다.",
  "",
  "4. 개인정보의 파기",
  "보유 기간이 끝나면 지체 없이 파기합니다.",
];

describe("parts of a pseudonymised-data section", () => {
  it("are not the policy's purposes or items sections", async () => {
    const document = await parsePolicy(policy(true).join("\n"), "text");
    expect(findSections(document, "purpose").map((section) => section.heading.title)).toEqual(["개인정보의 처리 목적"]);
    expect(findSections(document, "items").map((section) => section.heading.title)).toEqual(["처리하는 개인정보의 항목"]);
  });

  it("do not stand in for a missing purposes section", async () => {
    expect(await linesOf("required-purpose", policy(false))).toEqual([1]);
  });

  it("leave a policy that has its purposes section alone", async () => {
    expect(await linesOf("required-purpose", policy(true))).toEqual([]);
  });
});
