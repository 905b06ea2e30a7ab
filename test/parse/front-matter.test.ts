// A Markdown file that opens with a YAML front matter block ("---" / "title: …" / "---"), as site generators write
// it: the block is metadata, and its title is the policy's title, on the line it is written on.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const file = (title: string) => [
  "---",
  `title: "${title}"`,
  "version: 2.1",
  "date: 2025-03-01",
  "---",
  "",
  "솔내마을 관리사무소(이하 '관리사무소')는 입주민의 개인정보를 다음과 같이 처리합니다.",
  "",
  "## 개인정보의 처리 목적",
  "",
  "관리사무소는 관리비 부과와 주차 관리를 위하여 개인정보를 처리합니다.",
];

describe("a front matter block opening a Markdown file", () => {
  it("gives the title its value, on its own line, and makes no heading of its keys", async () => {
    const document = await parsePolicy(file("솔내마을 관리사무소 개인정보 처리방침").join("\n"), "markdown");
    expect(document.title?.text).toBe("솔내마을 관리사무소 개인정보 처리방침");
    expect(document.title?.line).toBe(2);
    expect(document.allSections.map((section) => section.heading.title)).not.toContain("date: 2025-03-01");
  });

  it("title-name quotes the front matter's title, not its fence", async () => {
    const findings = await findingsOf("title-name", file("솔내마을 입주민 안내"), "markdown");
    expect(findings.map((finding) => finding.message).join(" ")).not.toContain("'---'");
  });

  it("leaves a rule opening a file that holds no metadata as it is", async () => {
    const text = ["---", "", "# 솔내마을 관리사무소 개인정보 처리방침", "", "관리사무소는 입주민의 개인정보를 처리합니다."].join("\n");
    const document = await parsePolicy(text, "markdown");
    expect(document.title?.line).toBe(3);
  });
});
