// A plain-text policy that centres its titles with spaces, each alone between blank lines and with no number or
// mark: the titles are its sections (two or more of them, as titles under a rule are), so an item under one is found
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const centre = (title: string) => `${" ".repeat(16)}${title}`;
const centred = [
  centre("봄날 꽃집 개인정보 처리방침"),
  "",
  "봄날꽃집은 꽃 배달 주문을 받으며 다음과 같이 개인정보를 처리합니다.",
  "",
  centre("처리하는 목적"), // 5
  "",
  "꽃 배달 주문의 접수와 배송 안내에 씁니다.",
  "",
  centre("국외로 옮기는 정보"), // 9
  "",
  "주문 기록은 미국의 Amazon Web Services 서버에 보관합니다.",
  "이전받는 자: Amazon Web Services, Inc. (privacy@aws.example)",
  "이전 국가: 미국, 이전 일시 및 방법: 주문할 때 네트워크로 전송",
  "이전 항목: 주문자 이름, 연락처, 이전 목적: 주문 기록 보관",
  "보유 및 이용 기간: 주문 후 1년",
  "거부 방법: 고객센터에 알리면 국외 보관을 멈추며, 이 경우 온라인 주문은 할 수 없습니다.",
];

const titles = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"), "text")).sections.map((section) => [section.startLine, section.heading.title]);

describe("centred titles", () => {
  it("are the sections of a policy that centres two or more of them", async () => {
    expect(await titles(centred)).toEqual([
      [1, "봄날 꽃집 개인정보 처리방침"],
      [5, "처리하는 목적"],
      [9, "국외로 옮기는 정보"],
    ]);
    expect(await findingsOf("overseas-transfer", centred)).toEqual([]);
  });

  it("do not make sections of one centred line (a sign-off) alone", async () => {
    const signed = [...centred.slice(0, 4), "꽃 배달 주문의 접수와 배송 안내에 씁니다.", "", centre("봄날꽃집 대표 한소라")];
    expect((await titles(signed)).map(([line]) => line)).toEqual([1]);
  });

  it("read nothing into a document indented alike all through", async () => {
    const indented = centred.map((line) => (line === "" ? line : `${" ".repeat(16)}${line.trimStart()}`));
    expect((await titles(indented)).map(([line]) => line)).toEqual([1]);
  });

  it("are not read from a page's markup, whose indentation is its nesting", async () => {
    const page = [
      "<html><body>",
      "<p>봄날꽃집은 꽃 배달 주문을 받습니다.</p>",
      "",
      "                <span>처리하는 목적</span>",
      "",
      "<p>꽃 배달 주문의 접수에 씁니다.</p>",
      "",
      "                <span>보관 장소</span>",
      "",
      "<p>주문 기록은 국내 서버에 둡니다.</p>",
      "</body></html>",
    ].join("\n");
    const document = await parsePolicy(page, "html");
    expect(document.sections.some((section) => section.heading.title === "처리하는 목적")).toBe(false);
  });
});
