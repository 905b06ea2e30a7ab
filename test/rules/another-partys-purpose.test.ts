// The purpose of an entrustment or a provision ("수탁의 목적", "위탁 목적", "제공받는 자의 이용 목적") titles the task
// entrusted or the recipient's use, not the policy's purposes item: the outline does not take such a sub-heading for
// the purposes, and vague-listing reads the entrusted task under it as the task it is. Titles that name the
// policy's own purposes ("수집 및 이용 목적", "서비스 제공 목적") stay the purposes item.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findSections } from "../../src/runtime/query.js";
import { linesOf } from "../helpers.js";

const policy = (...entrustment: string[]) => [
  "바다마을 생협 개인정보 처리방침",
  "",
  "제1조 (개인정보의 처리 목적)",
  "생협은 조합원 가입과 공동구매 주문 처리를 위하여 개인정보를 처리합니다.",
  "",
  "제2조 (개인정보 처리의 위탁)",
  "생협은 다음과 같이 개인정보 처리업무를 위탁합니다.",
  ...entrustment,
];

const purposeTitles = async (lines: string[]) =>
  findSections(await parsePolicy(lines.join("\n"), "text"), "purpose").map((section) => section.heading.title);

describe("the purpose of an entrustment or a provision is not the purposes item", () => {
  it.each([
    [
      "수탁의 목적",
      policy("1. 수탁업체: ㈜파도물류", "2. 수탁의 목적", "가. 공동구매 물품의 배송, 반품 회수 등 배송 업무", "3. 위탁 항목: 이름, 주소"),
    ],
    ["위탁 목적", policy("1. 수탁업체: ㈜파도물류", "2. 위탁 목적", "가. 물품 배송, 반품 회수 등 배송 업무")],
  ])("takes '%s' for the entrusted task", async (title, lines) => {
    expect(await purposeTitles(lines)).not.toContain(expect.stringContaining(title));
    expect(await linesOf("vague-listing", lines)).toEqual([]);
  });

  it("takes '제공받는 자의 이용 목적' for no purposes section", async () => {
    const lines = [
      ...policy("1. 수탁업체: ㈜파도물류"),
      "",
      "제3조 (개인정보의 제3자 제공)",
      "1. 제공받는 자: 바다보험㈜",
      "2. 제공받는 자의 이용 목적",
      "가. 단체보험 가입",
    ];
    expect((await purposeTitles(lines)).some((title) => title.includes("제공받는 자"))).toBe(false);
  });

  it.each([["개인정보의 수집 및 이용 목적"], ["서비스 제공 목적"]])("keeps '%s' the purposes item", async (title) => {
    const lines = ["바다마을 생협 개인정보 처리방침", "", `제1조 (${title})`, "생협은 조합원 가입을 위하여 개인정보를 처리합니다."];
    expect(await purposeTitles(lines)).toEqual([expect.stringContaining(title)]);
  });

  it("still reads the processors of the entrustment", async () => {
    expect(await linesOf("vague-listing", policy("1. 수탁업체: ㈜파도물류, 갯벌택배 등", "2. 수탁의 목적", "가. 물품 배송"))).toEqual([8]);
  });
});
