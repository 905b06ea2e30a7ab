// The dingbat fonts' numbers: white on a black circle ("❶", "➊", "⓫" after "❿"), a level of their own that a
// policy sets its sections in, and "➀", read as "①" is. They are numbering, not decoration: a number left out
// is a gap, and "①" paragraphs inside a "❶" section stay its paragraphs.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (numbers: string[]) => [
  "다온요가원 개인정보 처리방침", // 1
  "",
  `${numbers[0]} 개인정보의 처리 목적`, // 3
  "① 요가원은 수강 등록과 출결 관리를 위하여 개인정보를 처리합니다.",
  "② 목적이 바뀌면 미리 동의를 받습니다.",
  "",
  `${numbers[1]} 처리하는 개인정보의 항목`, // 7
  "이름, 휴대전화번호, 수강권 종류",
  "",
  `${numbers[2]} 개인정보의 처리 및 보유 기간`, // 10
  "수강 종료 후 1년간 보관합니다.",
  "",
  `${numbers[3]} 개인정보의 파기`, // 13
  "기간이 끝난 정보는 지체 없이 지웁니다.",
];

describe("dingbat circled numbers as section numbers", () => {
  it.each([
    ["white on black", ["❶", "❷", "❸", "❹"], "negative-circled"],
    ["white on black, sans-serif", ["➊", "➋", "➌", "➍"], "negative-circled"],
    ["sans-serif outline", ["➀", "➁", "➂", "➃"], "circled"],
  ])("reads the sections: %s", async (_, numbers, style) => {
    const document = await parsePolicy(policy(numbers).join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [1, null, "다온요가원 개인정보 처리방침"],
      [3, 1, "개인정보의 처리 목적"],
      [7, 2, "처리하는 개인정보의 항목"],
      [10, 3, "개인정보의 처리 및 보유 기간"],
      [13, 4, "개인정보의 파기"],
    ]);
    expect(document.sections[1].heading.style).toBe(style);
    expect(await findingsOf("numbering", policy(numbers))).toEqual([]);
  });

  it("keeps circled paragraphs inside a section numbered ❶", async () => {
    const document = await parsePolicy(policy(["❶", "❷", "❸", "❹"]).join("\n"), "text");
    expect(document.sections[1].children.map((child) => child.startLine)).toEqual([4, 5]);
  });

  it("reports a number left out, and ❿ running on to ⓫", async () => {
    const gap = await findingsOf("numbering", policy(["❶", "❷", "❹", "❺"]));
    expect(gap.map((finding) => [finding.line, finding.message])).toEqual([[10, "조항 번호가 ❷ 다음에 ❹로 건너뜁니다"]]);
    expect(await findingsOf("numbering", policy(["❾", "❿", "⓫", "⓬"]))).toEqual([]);
  });
});
