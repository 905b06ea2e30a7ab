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

// a proviso's opening ("다만 …") is a sentence going on from the one before it, never a title, however its words end
describe("a line that opens with a proviso or a connective", () => {
  it.each(["다만 「노인복지법」에 따라 보존해야 하는 급여 제공", "단, 법령에 따라 보관하는 기록", "또한 위탁 업무의 내용"])(
    "is no title: '%s'",
    (text) => {
      expect(isTitleText(text)).toBe(false);
    },
  );
  it.each(["단말기 정보의 수집", "다만들기 공방 개인정보 처리방침"])(
    "leaves a title that starts with the same letters alone: '%s'",
    (text) => {
      expect(isTitleText(text)).toBe(true);
    },
  );
  it("leaves a numbered proviso a sentence, not a title over the next lines", async () => {
    const text = [
      "솔빛요양원 개인정보 처리방침",
      "",
      "제4조(정보주체의 권리)",
      "① 보호자는 열람을 요구할 수 있습니다.",
      "③ 다만 「노인복지법」에 따라 보존해야 하는 급여 제공 기록은 삭제를 요구할 수 없습니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.find((section) => section.startLine === 5)?.heading.isTitle).toBe(false);
  });
});
