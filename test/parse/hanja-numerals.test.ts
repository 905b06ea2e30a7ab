// "一、 처리 목적", "(二) 보관 기간": a policy translated from Chinese numbers its parts and their items in Chinese
// numerals; the parts are its sections and the bracketed items are lists inside them.
import { describe, expect, it } from "vitest";
import { hanjaNumeralValue, parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (numerals: string[]) => [
  "청운무역 온라인몰 개인정보 처리방침",
  "",
  `${numerals[0]}、 개인정보의 처리 목적`, // 3
  "(一) 주문 접수와 배송 안내",
  "(二) 교환·반품 처리",
  "",
  `${numerals[1]}、 처리하는 개인정보의 항목`, // 7
  "(一) 수령인 성명, 주소, 휴대전화번호",
  "",
  `${numerals[2]}、 개인정보의 파기`, // 10
  "보관 기간이 끝난 정보는 지체 없이 복구할 수 없는 방법으로 지웁니다.",
];

describe("Chinese-numeral headings", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十一", 21],
  ])("reads %s as %i", (numeral, value) => {
    expect(hanjaNumeralValue(numeral)).toBe(value);
  });

  it.each(["十十", "一二", "二十十"])("reads %s as no number", (numeral) => {
    expect(hanjaNumeralValue(numeral)).toBeNull();
  });

  it("reads the parts and their bracketed items", () => {
    expect(parseMarker("五、 개인정보의 파기")).toMatchObject({ style: "hanja-numeral", number: 5 });
    expect(parseMarker("十一. 권익침해 구제방법")).toMatchObject({ style: "hanja-numeral", number: 11 });
    expect(parseMarker("(三) 보관 기간")).toMatchObject({ style: "paren-hanja-numeral", number: 3 });
  });

  it("does not read a word written in Chinese characters as a number", () => {
    expect(parseMarker("一般、 회원 정보")).toBeNull();
    expect(parseMarker("一二、 목록")).toBeNull();
  });

  it("makes the parts the top level with the bracketed items inside", async () => {
    const document = await parsePolicy(policy(["一", "二", "三"]).join("\n"), "text");
    const parts = document.sections.filter((section) => section.heading.style === "hanja-numeral");
    expect(parts.map((section) => section.startLine)).toEqual([3, 7, 10]);
    expect(parts[0].children.map((item) => item.startLine)).toEqual([4, 5]);
    expect(await findingsOf("numbering", policy(["一", "二", "三"]))).toEqual([]);
    expect((await findingsOf("numbering", policy(["一", "二", "四"]))).map((f) => [f.line, f.messageId])).toEqual([[10, "gap"]]);
  });
});
