// A policy copied out of a word processor keeps its symbol-font bullets as private-use characters ("", "")
// or as "Ÿ": they are read as the bullets they are, so no message quotes them and the items are list items
import { describe, expect, it } from "vitest";
import { withPlainBullets } from "../../src/parse/lines.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const entrusted = (bullet: string) => [
  "하늘길 여행사 개인정보 처리방침",
  "",
  "1.\t개인정보 처리업무의 위탁",
  "\t여행사는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.",
  `\t${bullet} 한빛전산 등: 예약 관리 프로그램 운영`, // 5
  `\t${bullet} 누리호스팅: 홈페이지 서버 관리`,
];

describe("symbol-font bullets and middle dots", () => {
  it.each([["\uF0A7"], ["\uF0B7"], ["Ÿ"]])("reads '%s' at a line's start as a bullet, one character for one", (bullet) => {
    expect(withPlainBullets(`\t${bullet} 항목\n${bullet}\t항목`)).toBe("\t• 항목\n•\t항목");
  });

  it.each([["ㆍ"], ["・"], ["‧"]])("reads the middle dot '%s' opening a line as '·'", (dot) => {
    expect(withPlainBullets(`${dot}㈜한솔 등: 문자 발송\n수집ㆍ이용 ${dot} 보관`)).toBe(
      "·㈜한솔 등: 문자 발송\n수집ㆍ이용 " + dot + " 보관",
    );
  });

  it("leaves the characters alone elsewhere, and 'Ÿ' not followed by a space", () => {
    expect(withPlainBullets("항목 \uF0A7 가운데\nŸes")).toBe("항목 \uF0A7 가운데\nŸes");
  });

  it("makes the lines under them list items, and quotes an entry without the bullet", async () => {
    const document = await parsePolicy(entrusted("\uF0A7").join("\n"), "text");
    expect(document.allSections.filter((section) => section.heading.style === "bullet").map((section) => section.startLine)).toEqual([
      5, 6,
    ]);
    const [finding] = await findingsOf("processor-disclosure", entrusted("Ÿ"));
    expect(finding).toMatchObject({ line: 5 });
    expect(finding.message).toContain("'한빛전산 등'");
  });
});
