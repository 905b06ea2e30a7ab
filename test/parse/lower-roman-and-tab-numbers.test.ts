// Two more ways a text numbers its sections: lower-case Roman numerals ("iv. 보유 기간") and a bare number set apart
// from its title by a tab ("4<TAB>보유 기간"), as a word processor's numbering copied out leaves it.
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { findingsOf } from "../helpers.js";

const TITLES = [
  "개인정보의 처리 목적",
  "처리하는 개인정보의 항목",
  "개인정보의 처리 및 보유 기간",
  "개인정보의 파기",
  "개인정보 보호책임자",
];
const policy = (marker: (n: number) => string, skip?: number) => [
  "솔바람 도서관 개인정보 처리방침",
  "",
  ...TITLES.flatMap((title, index) => {
    const n = skip !== undefined && index >= skip ? index + 2 : index + 1;
    return [`${marker(n)}${title}`, "도서관은 이 항목을 안내합니다.", ""];
  }),
];
const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii"];

describe("lower-case Roman numerals", () => {
  it("are read as numbers", () => {
    expect(parseMarker("iv. 개인정보의 파기")).toMatchObject({ style: "lower-roman", number: 4 });
    expect(parseMarker("ix. 개인정보 보호책임자")).toMatchObject({ style: "lower-roman", number: 9 });
    // an abbreviation is no number
    expect(parseMarker("i.e. 즉, 다음과 같습니다")).toBeNull();
  });

  it("a skipped number is reported, as with any other numbering", async () => {
    expect(
      await findingsOf(
        "numbering",
        policy((n) => `${ROMAN[n]}. `),
      ),
    ).toEqual([]);
    const skipped = await findingsOf(
      "numbering",
      policy((n) => `${ROMAN[n]}. `, 3),
    );
    expect(skipped.map((finding) => [finding.line, finding.message])).toEqual([[12, "조항 번호가 iii. 다음에 v.로 건너뜁니다"]]);
  });
});

describe("a number and a tab before the title", () => {
  it("is read as a number, one digit as two", () => {
    expect(parseMarker("4\t개인정보의 파기")).toMatchObject({ number: 4 });
    expect(parseMarker("12\t권익침해 구제방법")).toMatchObject({ number: 12 });
    // a number and a space before a word is a count, not a marker
    expect(parseMarker("3 개인정보의 파기")).toBeNull();
  });

  it("a skipped number is reported", async () => {
    expect(
      await findingsOf(
        "numbering",
        policy((n) => `${n}\t`),
      ),
    ).toEqual([]);
    expect(
      (
        await findingsOf(
          "numbering",
          policy((n) => `${n}\t`, 3),
        )
      ).map((finding) => finding.line),
    ).toEqual([12]);
  });
});
