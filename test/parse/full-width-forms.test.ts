// A word processor or an HWP export may write digits and ASCII punctuation in their full-width forms ("２０２６년",
// "０５５－２１１－７７００", "（주）", "："): the parser reads them as ASCII, one code unit for one, so a date, a phone
// number or a field reads as it would in ASCII and every line and column stays where it is.
import { describe, expect, it } from "vitest";
import { withHalfWidthForms } from "../../src/parse/lines.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

describe("full-width forms", () => {
  it("makes full-width ASCII forms and the ideographic space ASCII, keeping the length", () => {
    const text = "（주）누리　전화 ０２－５５５－０１９１，시행일：２０２６．３．１．";
    const half = withHalfWidthForms(text);
    expect(half).toBe("(주)누리 전화 02-555-0191,시행일:2026.3.1.");
    expect(half.length).toBe(text.length);
  });

  it("leaves Korean brackets and other wide characters alone", () => {
    expect(withHalfWidthForms("「개인정보 보호법」 〈별표〉 ￦1,000")).toBe("「개인정보 보호법」 〈별표〉 ￦1,000");
  });

  const policy = (date: string, phone: string) => [
    "누리센터 개인정보 처리방침",
    "",
    "１．개인정보 보호책임자",
    `（１）보호책임자：센터장 한누리\u3000전화 ${phone}`,
    "",
    "２．처리방침의 변경",
    `이 방침은 ${date}부터 시행합니다．`,
  ];

  it("reads a date and a phone number written in full-width digits", async () => {
    const text = policy("２０２６년 ３월 １일", "０５５－２１１－７７００");
    expect(await findingsOf("effective-date", text)).toEqual([]);
    expect(await findingsOf("dpo-contact", text)).toEqual([]);
  });

  it("keeps the lines as written, and every column of them", async () => {
    const text = policy("２０２６년 ３월 １일", "０５５－２１１－７７００").join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.lines).toEqual(text.split("\n"));
    expect(document.plain.map((line) => line.length)).toEqual(text.split("\n").map((line) => line.length));
  });
});
