// Markdown articles set in bold at the start of their paragraph, their text run on after them on the same line
// ("**제4조(제3자 제공)** 회사는 …"), under chapter headings numbered apart from them ("### 제2장 …"): each is an
// article, so numbering sees no gap and an item's findings point at its own article.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const ARTICLES: [string, string][] = [
  ["이용 목적", "상점은 주문 접수와 배송 안내를 위해 개인정보를 씁니다."],
  ["받는 정보", "상점은 이름, 휴대전화번호, 배송지 주소를 받습니다."],
  ["보관 기간", "상점은 주문일부터 5년간 주문 기록을 보관합니다(전자상거래법 시행령 제6조)."],
  ["다른 곳에 주는 경우", "상점은 이용자의 동의 없이 개인정보를 다른 곳에 주지 않습니다."],
  ["파기", "상점은 보관 기간이 끝난 정보를 지체 없이 지우며, 종이는 잘게 자르고 파일은 되살릴 수 없게 지웁니다."],
  ["이용자의 권리", "이용자는 열람, 정정, 삭제, 처리정지를 언제든 요구할 수 있고, 상점은 지체 없이 조치합니다."],
];

function policy(runIn: boolean, chapters = true): string[] {
  const lines = ["# 다온 상점 개인정보 처리방침", "", "다온 상점은 이용자의 개인정보를 이 방침에 따라 다룹니다.", ""];
  ARTICLES.forEach(([title, body], at) => {
    if (chapters && at % 3 === 0) lines.push(`### 제${at / 3 + 1}장 ${at === 0 ? "받는 정보와 쓰임" : "주고 지우는 일"}`, "");
    const head = `**제${at + 1}조(${title})**`;
    lines.push(...(runIn ? [`${head} ${body}`] : [head, body]), "");
  });
  return [...lines, "**제7조(보호책임자)** 책임자 오하늘, 전화 02-777-0101, 이메일 help@example.kr"];
}

describe("bold articles with their text run on", () => {
  it.each([
    ["under chapters", true],
    ["without chapters", false],
  ])("reads each as an article %s", async (_, chapters) => {
    const document = await parsePolicy(policy(true, chapters).join("\n"), "markdown");
    const articles = document.allSections.filter((section) => (section.heading.numbering ?? section.heading.style) === "article");
    expect(articles.map((section) => section.heading.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(articles[0].heading.title).toBe("이용 목적");
  });

  it("gives numbering no gap, whether the text runs on or stands below", async () => {
    expect(await findingsOf("numbering", policy(true), "markdown")).toEqual([]);
    expect(await findingsOf("numbering", policy(false), "markdown")).toEqual([]);
  });

  it("does not read a bold reference that a particle continues as an article", async () => {
    const lines = policy(true);
    lines.push("", "**제4조(다른 곳에 주는 경우)**에 따라 주는 정보는 위와 같습니다.");
    const document = await parsePolicy(lines.join("\n"), "markdown");
    const fourth = document.allSections.filter((section) => section.heading.number === 4 && section.heading.numbering === "article");
    expect(fourth).toHaveLength(1);
  });
});

describe("a bold reference followed by a spaced particle", () => {
  it("is no article", async () => {
    const lines = policy(true);
    lines.push("", "**제4조(다른 곳에 주는 경우)** 에 따라 주는 정보는 위와 같습니다.");
    const document = await parsePolicy(lines.join("\n"), "markdown");
    expect(document.allSections.filter((section) => section.heading.number === 4 && section.heading.title.includes("주는"))).toHaveLength(
      1,
    );
  });
});
