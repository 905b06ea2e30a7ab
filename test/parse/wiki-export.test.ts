// A policy exported from a wiki as Markdown: the site's breadcrumb as a list of links to other pages above the
// page title, the title after the space's name ("워크플랫 : 개인정보 처리방침"), and a callout ("> [!NOTE]") for its
// summary. None of the three is a section; the title is the page's.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = [
  "1. [다온 법무](index.md)", // 1
  "2. [대외 공개 문서](public-docs_2281.md)", // 2
  "", // 3
  "# 다온스페이스 : 개인정보 처리방침", // 4
  "", // 5
  "> [!NOTE]", // 6
  "> 방문 등록 정보는 1년간 보관합니다.", // 7
  "", // 8
  '주식회사 다온스페이스(이하 "회사")는 「개인정보 보호법」 제30조에 따라 다음과 같이 처리방침을 둡니다.', // 9
  "", // 10
  "**1. 개인정보의 처리 목적**", // 11
  "", // 12
  "회사는 공용 사무실 출입 관리를 위하여 개인정보를 처리합니다.", // 13
  "", // 14
  "**2. 개인정보의 파기**", // 15
  "", // 16
  "보관 기간이 지나면 지체 없이 복구할 수 없게 지웁니다.", // 17
].join("\n");

describe("a wiki page exported as Markdown", () => {
  it("takes the page title after the space's name, and no breadcrumb or callout for a section", async () => {
    const document = await parsePolicy(page, "markdown");
    expect(document.title?.text).toBe("개인정보 처리방침");
    expect(document.title?.line).toBe(4);
    expect(document.sections.filter((section) => section.heading.number !== null).map((section) => section.startLine)).toEqual([11, 15]);
    expect(document.allSections.some((section) => section.heading.title.includes("NOTE"))).toBe(false);
  });

  it("title-name: finds the title and the controller in the preamble", async () => {
    expect(await findingsOf("title-name", page, "markdown")).toEqual([]);
  });

  it("numbering: the breadcrumb's numbers are no sections to count", async () => {
    expect(await findingsOf("numbering", page, "markdown")).toEqual([]);
  });
});
