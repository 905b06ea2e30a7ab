// A page that sets each section's number in an element of its own before the title ("<h3><em>3</em>개인정보의
// 파기</h3>", "<span class="num">3</span>"): the number is read as the heading's, so a number left out is a gap.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (numbers: number[], between = "") => [
  "<html><body>",
  "<h1>누리 캠핑장 개인정보 처리방침</h1>",
  ...["개인정보의 처리 목적", "처리하는 개인정보의 항목", "개인정보의 파기"].flatMap((title, at) => [
    `<h3><em>${numbers[at]}</em>${between}${title}</h3>`,
    "<p>캠핑장은 예약 접수를 위하여 필요한 만큼만 처리합니다.</p>",
  ]),
  "</body></html>",
];

describe("a heading's number in an element of its own", () => {
  it.each([
    ["run together with the title", ""],
    ["with a space before the title", " "],
  ])("is read as the heading's number: %s", async (_, between) => {
    const document = await parsePolicy(page([1, 2, 3], between).join("\n"), "html");
    expect(document.sections.slice(1).map((section) => [section.heading.number, section.heading.title])).toEqual([
      [1, "개인정보의 처리 목적"],
      [2, "처리하는 개인정보의 항목"],
      [3, "개인정보의 파기"],
    ]);
  });

  it("reports a number left out", async () => {
    expect((await findingsOf("numbering", page([1, 2, 4]), "html")).map((finding) => finding.line)).toEqual([7]);
  });

  it.each(["<em>2024</em>년 개정 사항", "<em>3</em>년간 보관하는 기록"])(
    "leaves a heading that opens with an amount alone: %s",
    async (heading) => {
      const document = await parsePolicy(["<h1>누리 캠핑장 개인정보 처리방침</h1>", `<h2>${heading}</h2>`].join("\n"), "html");
      expect(document.allSections.at(-1)?.heading.number).toBe(null);
    },
  );
});
