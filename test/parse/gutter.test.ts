// A policy copied from a code viewer, each line led by its number and a bar: the numbers are the viewer's.
import { describe, expect, it } from "vitest";
import { withoutLineGutter } from "../../src/parse/gutter.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = [
  "누리택배 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "택배 접수와 배송 조회에 씁니다.",
  "",
  "2. 처리하는 개인정보의 항목",
  "보내는 분과 받는 분의 이름, 주소, 휴대전화번호",
  "",
  "3. 개인정보의 처리 및 보유 기간",
  "배송 완료 후 6개월",
  "",
  "4. 개인정보 보호책임자",
  "지점장 한누리, 전화 02-000-0000",
];
const inViewer = policy.map((line, index) => `${String(index + 1).padStart(4)} |${line === "" ? "" : ` ${line}`}`);

describe("a code viewer's line numbers", () => {
  it("are blanked, column for column", () => {
    const opened = withoutLineGutter(inViewer);
    expect(opened.map((line) => line.trim())).toEqual(policy);
    expect(opened.map((line) => line.length)).toEqual(inViewer.map((line) => line.length));
  });

  it("leave the policy's own sections to be read, and no number of theirs to be checked", async () => {
    const document = await parsePolicy(inViewer.join("\n"), "text");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.number])).toEqual([
      [3, 1],
      [6, 2],
      [9, 3],
      [12, 4],
    ]);
    expect(await findingsOf("numbering", inViewer)).toEqual([]);
    expect(await findingsOf("title-name", inViewer)).toEqual([]);
  });

  it("are not taken from a policy's few numbered titles with a bar", () => {
    const barTitles = [
      "누리 개인정보 처리방침",
      "1 | 처리 목적",
      "택배 접수에 씁니다.",
      "2 | 보유 기간",
      "6개월",
      "3 | 문의",
      "02-000-0000",
    ];
    expect(withoutLineGutter(barTitles)).toBe(barTitles);
  });
});
