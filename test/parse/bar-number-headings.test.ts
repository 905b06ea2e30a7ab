import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { parseMarker } from "../../src/parse/headings.js";

const outline = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"))).allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("N | short-title headings", () => {
  it.each([
    ["2 | 보관 기간", 2],
    ["11 |개인정보 보호책임자", 11],
    ["4｜ 처리 위탁", 4],
  ])("reads %s as a number set off by a bar", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "bar-decimal", number });
  });

  it("does not read a table row or a bar with nothing after it as a marker", () => {
    expect(parseMarker("1 | 배송업체 | 물품 배송")?.style).not.toBe("bar-decimal");
    expect(parseMarker("| 1 | 배송업체 |")?.style).not.toBe("bar-decimal");
    expect(parseMarker("3 |")?.style).not.toBe("bar-decimal");
  });

  it("gives each bar-numbered title in a plain-text policy a section of its own", async () => {
    const policy = [
      "한빛세탁 개인정보 처리방침", // 1
      "", // 2
      "1 | 처리 목적", // 3
      " 세탁물 수거와 배달을 위해 씁니다.", // 4
      "", // 5
      "2 | 보관 기간", // 6
      " 주문 후 1년간 보관합니다.", // 7
      "", // 8
      "3 | 처리 위탁", // 9
      " 한빛물류에 배달을 맡깁니다.", // 10
      "", // 11
      "4 | 이용자 권리", // 12
      " 열람과 삭제를 요구할 수 있습니다.", // 13
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "한빛세탁 개인정보 처리방침"],
      [3, 1, "처리 목적"],
      [6, 1, "보관 기간"],
      [9, 1, "처리 위탁"],
      [12, 1, "이용자 권리"],
    ]);
  });

  it("leaves rows of a bar-separated table under their heading as they were", async () => {
    const policy = [
      "한빛세탁 개인정보 처리방침", // 1
      "", // 2
      "1. 처리 위탁", // 3
      "번호 | 수탁자 | 업무", // 4
      "1 | 한빛물류 | 배달", // 5
      "2 | 나래페이 | 결제", // 6
      "", // 7
      "2. 이용자 권리", // 8
      "열람과 삭제를 요구할 수 있습니다.", // 9
    ];
    expect(await outline(policy)).toEqual([
      [1, 1, "한빛세탁 개인정보 처리방침"],
      [3, 1, "처리 위탁"],
      [8, 1, "이용자 권리"],
    ]);
  });
});
