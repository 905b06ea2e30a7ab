// A list item hard-wrapped before its verb's ending or negation ("다. 센터는 … 행태정보를 수집하지" over "않습니다.")
// is a sentence, not a sub-heading: read as a title it was taken for the item it names and checked as that item's
// section, reporting every element of a disclosure the sentence says does not apply.
import { describe, expect, it } from "vitest";
import { endsUnfinished, isTitleText } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (last: string[]) => [
  "솔숲 청소년센터 개인정보 처리방침",
  "",
  "7. 자동 수집 장치의 설치·운영 및 거부",
  "가. 센터 홈페이지는 로그인을 유지하려고 쿠키를 씁니다.",
  "나. 이용자는 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.",
  ...last,
];

describe("a line cut before its verb's ending or negation", () => {
  it.each(["센터는 행태정보를 수집하지", "센터는 맞춤형 광고를 하지 않으며", "쿠키를 쓰지 않고", "행태정보는 이용되지"])(
    "is no title: '%s'",
    (text) => {
      expect(endsUnfinished(text)).toBe(true);
      expect(isTitleText(text)).toBe(false);
    },
  );

  it.each(["행태정보의 수집·이용 및 거부", "개인정보의 파기 절차 및 방법", "목적지", "개인정보 보호책임자"])(
    "leaves a title alone: '%s'",
    (text) => {
      expect(endsUnfinished(text)).toBe(false);
    },
  );

  it("reads the wrapped item as a sentence, and behavioral-info takes it as the denial it is", async () => {
    const text = policy(["다. 센터는 맞춤형 광고를 하지 않으며 행태정보를 수집하지", "    않습니다."]);
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.find((section) => section.startLine === 6)?.heading.isTitle).toBe(false);
    expect(await findingsOf("behavioral-info", text)).toEqual([]);
  });
});
