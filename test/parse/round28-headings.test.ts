// Heading forms seen in round 28: "Step N." numbers, titles in doubled brackets, keycap numbers past 9, and titles set
// letter by letter.
import { describe, expect, it } from "vitest";
import { parseMarker, withLettersTogether } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

describe("'Step N.' headings", () => {
  it("reads 'Step 2. 파기' as section 2, however short its title", () => {
    expect(parseMarker("Step 2. 파기")).toMatchObject({ style: "english-article", number: 2 });
  });

  it("finds a hollow section under such a heading at its heading", async () => {
    const text = [
      "한빛 개인정보 처리방침",
      "",
      "Step 1. 처리 목적",
      "상담 예약에 씁니다.",
      "",
      "Step 2. 파기",
      "기간이 지나면 5일 안에 파기합니다.",
    ];
    expect((await findingsOf("required-destruction", text)).map((f) => [f.line, f.severity])).toEqual([[6, "warning"]]);
  });
});

describe("titles in doubled brackets", () => {
  it.each([
    ["[[ 보유 기간 ]]", "bracket", null, "보유 기간"],
    ["[[ 2. 처리 목적 ]]", "decimal", 2, "처리 목적"],
  ])("reads '%s'", (line, style, number, title) => {
    expect(parseMarker(line)).toMatchObject({ style, number, bracketTitle: title });
  });
});

describe("keycap numbers past nine", () => {
  it("reads '1️⃣2️⃣' as 12, so the sections after 10 are no duplicates", async () => {
    expect(parseMarker("1️⃣2️⃣ 권익침해 구제")?.number).toBe(12);
    const text = Array.from({ length: 12 }, (_, index) => {
      const keycaps = [...String(index + 1)].map((digit) => `${digit}\uFE0F\u20E3`).join("");
      return [`## ${keycaps} 항목 ${index + 1}`, "내용입니다.", ""];
    }).flat();
    expect(
      (await findingsOf("numbering", ["# 누리 개인정보 처리방침", "", ...text], "markdown")).filter((f) => f.messageId === "duplicate"),
    ).toEqual([]);
  });
});

describe("titles set letter by letter", () => {
  it("reads them with their letters together", () => {
    expect(withLettersTogether("개 인 정 보 의   파 기")).toBe("개인정보의파기");
    expect(withLettersTogether("개인정보의 파기")).toBe("개인정보의 파기");
  });

  it("finds the item such a section is about", async () => {
    const text = [
      "한빛 개인정보 처리방침",
      "",
      "1. 처 리 목 적",
      "상담 예약에 씁니다.",
      "",
      "2. 처 리 항 목",
      "성명, 연락처",
      "",
      "3. 개 인 정 보 의   파 기",
      "지체 없이 파쇄하거나 복구할 수 없게 지웁니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.slice(1).map((section) => section.heading.title)).toEqual(["처리목적", "처리항목", "개인정보의파기"]);
    expect(await findingsOf("required-items", text)).toEqual([]);
    expect(await findingsOf("required-destruction", text)).toEqual([]);
  });
});
