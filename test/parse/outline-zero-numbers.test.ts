// An outline numbered "1.0", "2.0" at its top level and "1.1", "1.2" beneath (a manual's or a standard's way): "N.0"
// is section N, its "N.M" are its sub-sections, and a table of contents in the same numbers is one.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const body = [
  "1.0 개인정보의 처리 목적", // 6
  "1.1 수강 상담",
  "상담 신청을 받고 일정을 안내합니다.",
  "1.2 수강 계약",
  "계약을 맺고 수강료를 받습니다.",
  "",
  "2.0 처리하는 개인정보의 항목", // 12
  "2.1 보호자",
  "성명, 휴대전화번호",
  "",
  "3.0 개인정보의 처리 및 보유 기간", // 16
  "계약이 끝나면 지체 없이 파기합니다.",
];
const policy = (...toc: string[]) => ["바른발 훈련소 개인정보 처리방침", "", ...toc, "", ...body];

describe("sections numbered N.0 over N.1, N.2", () => {
  it("reads N.0 as section N and N.M under it", async () => {
    const document = await parsePolicy(policy().join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.style === "decimal").map((section) => section.heading.number)).toEqual([
      1, 2, 3,
    ]);
    const purposes = document.sections.find((section) => section.heading.number === 1)!;
    expect(purposes.children.map((child) => child.heading.title)).toEqual(["수강 상담", "수강 계약"]);
  });

  it("reports no gap, no repeat and no empty section, with a table of contents in the same numbers", async () => {
    const toc = ["[목차]", "1.0 개인정보의 처리 목적", "2.0 처리하는 개인정보의 항목", "3.0 개인정보의 처리 및 보유 기간"];
    const text = policy(...toc);
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.tablesOfContents.map((entry) => entry.entries.length)).toEqual([3]);
    const numbering = await findingsOf("numbering", text);
    expect(numbering.filter((finding) => finding.severity !== "info")).toEqual([]);
    expect(await findingsOf("required-purpose", text)).toEqual([]);
  });
});
