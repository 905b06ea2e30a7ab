// A Notion export that sets some sections as headings and the rest as toggles, bullets whose whole text is a bold
// numbered title ("- **8. 개인정보의 파기**") with the body indented under them: a toggle that carries on the
// headings' numbers is a section at their level, not a list item of the heading before it.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (third: string) =>
  [
    "# 온새미 공방 개인정보 처리방침", // 1
    "", // 2
    "### 1. 개인정보의 처리 목적", // 3
    "수강 예약과 재료 발송에 씁니다.", // 4
    "", // 5
    "### 2. 개인정보의 국외 이전", // 6
    "- 이전받는 자: Studio Cloud Ltd. (privacy@studiocloud.example)", // 7
    "- 이전 국가: 싱가포르 / 이전 항목: 성명, 이메일 / 목적: 수업 영상 보관 / 보유: 수강 종료 후 1년", // 8
    "", // 9
    `- **${third}. 개인정보의 파기**`, // 10
    "    - 수강 종료 1년 뒤 지체 없이 복구할 수 없게 지웁니다.", // 11
    "- **4. 국외 이전을 거부하는 방법**", // 12
    "    - 수업 영상 저장을 원하지 않으면 신청서에 표시하세요. 이 경우 다시보기가 제공되지 않습니다.", // 13
  ].join("\n");

describe("toggles that carry on the headings' numbers", () => {
  it("are sections at the headings' level", async () => {
    const document = await parsePolicy(page("3"), "markdown");
    expect(
      document.sections.filter((section) => section.heading.number !== null).map((section) => [section.startLine, section.heading.number]),
    ).toEqual([
      [3, 1],
      [6, 2],
      [10, 3],
      [12, 4],
    ]);
  });

  it("end the section before them, and an item a toggle gives is found at the toggle", async () => {
    const document = await parsePolicy(page("3"), "markdown");
    expect(document.sections.find((section) => section.startLine === 6)?.endLine).toBe(8);
    expect(await findingsOf("overseas-transfer", page("3"), "markdown")).toEqual([]);
  });

  it("toggles numbered out of sequence stay a list", async () => {
    const document = await parsePolicy(page("7"), "markdown");
    expect(document.sections.filter((section) => section.heading.number !== null).map((section) => section.startLine)).toEqual([3, 6]);
  });
});

// a FAQ page numbering its bold questions with its headings ("**Q3. …**" then "## 4. …"): one run of sections
describe("bold questions numbered with the headings", () => {
  const page = [
    "# 꼬리별 펫호텔 개인정보 처리방침", // 1
    "", // 2
    "**Q1. 왜 제 정보를 받나요?**", // 3
    "예약 확인과 픽업 안내에 씁니다.", // 4
    "", // 5
    "## 2. 개인정보의 파기", // 6
    "퇴실 후 1년이 지나면 지체 없이 복구할 수 없게 지웁니다.", // 7
    "", // 8
    "**Q3. 누구에게 물어보면 되나요?**", // 9
    "개인정보 보호책임자: 원장 민별이, 02-555-0136", // 10
  ].join("\n");

  it("are sections at the headings' level, in one run", async () => {
    const document = await parsePolicy(page, "markdown");
    expect(
      document.sections.filter((section) => section.heading.number !== null).map((section) => [section.startLine, section.heading.number]),
    ).toEqual([
      [3, 1],
      [6, 2],
      [9, 3],
    ]);
    expect(await findingsOf("required-purpose", page, "markdown")).toEqual([]);
    expect(await findingsOf("numbering", page, "markdown")).toEqual([]);
  });
});
