// "제N절 제목": the statutes' 절, used by public bodies as a policy's own sections, with the articles or items of each
// numbered inside. Read as numbered sections of their own, apart from 제N장 and 제N조: their titles are the items,
// and a number left out is a gap.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (numbers: number[], bracketed = false) => {
  const title = (n: number, text: string) => (bracketed ? `제${n}절(${text})` : `제${n}절 ${text}`);
  return [
    "누리구 체육센터 개인정보 처리방침", // 1
    "",
    title(numbers[0], "개인정보의 처리 목적"), // 3
    "1. 센터는 강습 신청 접수와 수강 안내를 위하여 개인정보를 처리합니다.",
    "",
    title(numbers[1], "처리하는 개인정보의 항목"), // 6
    "2. 성명, 휴대전화번호, 생년월일",
    "",
    title(numbers[2], "개인정보의 파기"), // 9
    "3. 강습이 끝난 뒤 1년이 지나면 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지우고 종이 서류는 파쇄합니다.",
  ];
};

describe("제N절 sections", () => {
  it.each([
    ["after a space", false],
    ["in brackets", true],
  ])("are read as the policy's sections, their titles %s", async (_, bracketed) => {
    const document = await parsePolicy(policy([1, 2, 3], bracketed).join("\n"), "text");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [3, 1, "개인정보의 처리 목적"],
      [6, 2, "처리하는 개인정보의 항목"],
      [9, 3, "개인정보의 파기"],
    ]);
    expect(await findingsOf("required-purpose", policy([1, 2, 3], bracketed))).toEqual([]);
  });

  it("report a number left out", async () => {
    expect((await findingsOf("numbering", policy([1, 2, 4]))).map((finding) => [finding.line, finding.message])).toEqual([
      [9, "조항 번호가 제2절 다음에 제4절로 건너뜁니다"],
    ]);
  });

  it("read 제N관 the same way, and report its gap", async () => {
    const text = policy([1, 2, 4]).map((line) => line.replace(/^제(\d)절/, "제$1관"));
    expect((await findingsOf("numbering", text)).map((finding) => finding.message)).toEqual([
      "조항 번호가 제2관 다음에 제4관으로 건너뜁니다",
    ]);
  });

  it("leave a 절 cited in a sentence alone", async () => {
    const document = await parsePolicy(
      ["누리구 체육센터 개인정보 처리방침", "", "제3절에 따른 기간이 지나면 파기합니다."].join("\n"),
      "text",
    );
    expect(document.allSections.map((section) => section.startLine)).toEqual([1]);
  });
});
