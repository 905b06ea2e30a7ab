// third-party-provision: the labels a recipient is given under ("제공받는 자", "제공받는 기관", "받는 곳", "제공 대상
// 기관", "제공처") are one definition, read the same way in a field, a table header and a list heading.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf("third-party-provision", lines, format)).map((f) => [f.line, f.messageId]);

const SHORT_BASIS = "① 도서관은 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 제3자에게 제공합니다.";
const FULL_BASIS =
  "① 도서관은 이용자의 개인정보를 처리 목적으로 밝힌 범위에서만 처리하며, 이용자의 동의나 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.";
const LABELS = ["제공받는 기관", "제공받는 곳", "받는 기관", "제공 대상 기관", "제공 대상", "받는 자", "제공처", "제공받는 기관명"];

const section = (basis: string, label: string) => [
  "푸른숲 시립도서관 개인정보 처리방침",
  "",
  "제5조(개인정보의 제3자 제공)",
  basis,
  "② 도서관은 아래와 같이 개인정보를 제공합니다.",
  `  - ${label}: 경상남도교육청`,
  "  - 제공 목적: 상호대차 도서의 배송 확인",
  "  - 제공 항목: 이름, 대출 카드 번호",
  "  - 보유 기간: 대출 반납 후 6개월",
];

describe("a recipient under any label answers the statute's basis sentence", () => {
  describe.each([
    ["the short basis sentence", SHORT_BASIS],
    ["the full template sentence", FULL_BASIS],
  ])("%s", (_, basis) => {
    it.each(LABELS)("'%s' as a field", async (label) => {
      expect(await found(section(basis, label))).toEqual([]);
    });
  });

  it.each(["제공받는 기관", "받는 곳", "제공 대상 기관", "제공처"])("'%s' as a table header", async (label) => {
    const text = [
      "푸른숲 시립도서관 개인정보 처리방침",
      "",
      "## 제5조(개인정보의 제3자 제공)",
      "",
      SHORT_BASIS,
      "",
      `| ${label} | 제공 목적 | 제공 항목 | 보유 기간 |`,
      "| --- | --- | --- | --- |",
      "| 경상남도교육청 | 상호대차 도서의 배송 확인 | 이름, 대출 카드 번호 | 반납 후 6개월 |",
    ];
    expect(await found(text, "markdown")).toEqual([]);
  });

  it("a list heading '제공받는 기관' over the recipients", async () => {
    const text = [
      "푸른숲 시립도서관 개인정보 처리방침",
      "",
      "제5조(개인정보의 제3자 제공)",
      SHORT_BASIS,
      "1. 제공받는 기관",
      "  경상남도교육청(상호대차 배송 확인, 이름·대출 카드 번호, 반납 후 6개월)",
    ];
    expect(await found(text)).toEqual([]);
  });
});

describe("the labels still hold the recipient to be named", () => {
  it.each(["제공받는 기관", "받는 곳", "제공 대상 기관"])("'%s: 관계 행정기관' gives only a kind", async (label) => {
    expect(await found(section(SHORT_BASIS, label).map((line) => line.replace("경상남도교육청", "관계 행정기관")))).toEqual([
      [6, "recipientKind"],
    ]);
  });

  it("a table under '제공받는 기관' whose row leaves the period empty", async () => {
    const text = [
      "푸른숲 시립도서관 개인정보 처리방침",
      "",
      "## 제5조(개인정보의 제3자 제공)",
      "",
      `| 제공받는 기관 | 제공 목적 | 제공 항목 | 보유 기간 |`,
      "| --- | --- | --- | --- |",
      "| 경상남도교육청 | 상호대차 도서의 배송 확인 | 이름, 대출 카드 번호 |  |",
    ];
    expect(await found(text, "markdown")).toEqual([[7, "emptyCell"]]);
  });

  it.each([
    ["a processor's label", "위탁받는 자"],
    ["an overseas recipient's label", "이전 받는 자"],
    ["an address, not a recipient", "도서 받는 곳"],
  ])("%s ('%s') names no recipient of the provision", async (_, label) => {
    const text = [
      "푸른숲 시립도서관 개인정보 처리방침",
      "",
      "제5조(개인정보의 제3자 제공)",
      "도서관은 상호대차를 위해 제3자에게 개인정보를 제공합니다.",
      "",
      "제6조(기타)",
      `  - ${label}: 경상남도 창원시 의창구 용지로 1`,
    ];
    expect(await found(text)).toEqual([[4, "unnamedRecipient"]]);
  });
});
