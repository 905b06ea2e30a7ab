import { describe, expect, it } from "vitest";
import { isUnnumberedHeading, parseMarker, withoutSymbolPrefix } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// Emoji and dingbats set before a heading are decoration: the heading is read as it would be without them.

describe("decorative symbols before a number", () => {
  it.each([
    ["🗂 2. 수집 항목", "decimal", 2, "수집 항목"],
    ["⏳3. 보관 기간", "decimal", 3, "보관 기간"],
    ["✔️ 4. 외부 제공", "decimal", 4, "외부 제공"],
    ["🛡️ 11. 보호 조치", "decimal", 11, "보호 조치"],
    ["👩‍💻 5. 업무 맡김", "decimal", 5, "업무 맡김"],
    ["🇯🇵 6. 해외 보관", "decimal", 6, "해외 보관"],
    ["#️⃣ 7. 권리 행사", "decimal", 7, "권리 행사"],
    ["☞ 8) 문의처", "decimal-paren", 8, "문의처"],
    ["★☆ 9. 파기", "decimal", 9, "파기"],
    ["➤ (2) 보관 장소", "paren-decimal", 2, "보관 장소"],
    ["🌿 제4조(외부 제공)", "article", 4, null],
  ])("reads '%s' as its number", (line, style, number, rest) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe(style);
    expect(marker?.number).toBe(number);
    if (rest) expect(line.slice(marker!.restIndex)).toBe(rest);
  });

  it.each([
    ["2️⃣ 수집 항목", 2],
    ["🔟 파기", 10],
  ])("reads the keycap digit in '%s' as the number", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "decimal", number });
  });

  it("keeps a symbol before words a list item, and a symbol inside a sentence nothing", () => {
    expect(parseMarker("✔ 도서 추천, 독서 기록 정리")?.style).toBe("bullet");
    expect(parseMarker("📚 도서 추천")).toBeNull();
    expect(parseMarker("회사는 📌 1. 목적을 위하여 처리합니다.")).toBeNull();
    // an enclosed number is numbering, not decoration
    expect(parseMarker("① 회원은 열람을 요구할 수 있습니다.")?.style).toBe("circled");
  });
});

describe("decorative symbols before an unnumbered title", () => {
  it("reads the title as it would be read alone", () => {
    expect(withoutSymbolPrefix("🗑️ 개인정보의 파기")).toBe("개인정보의 파기");
    expect(isUnnumberedHeading("🗑️ 개인정보의 파기")).toBe(true);
    expect(isUnnumberedHeading("☎ 개인정보 보호책임자")).toBe(true);
    expect(isUnnumberedHeading("📚 도서 추천과 회원 관리에 씁니다.")).toBe(false);
  });
});

// a reading app's policy that puts a different emoji before every numbered heading; the short titles have no
// word that would make them headings on their own
const decorated = [
  "달빛서재 개인정보 처리방침", // 1
  "", // 2
  "달빛서재(이하 '서재')는 이용자의 개인정보를 다음과 같이 처리합니다.", // 3
  "", // 4
  "📖 1. 처리 목적", // 5
  "도서 추천과 회원 관리", // 6
  "", // 7
  "🗂️ 2. 수집 항목", // 8
  "이메일, 별명", // 9
  "", // 10
  "⏳ 3. 보관 기간", // 11
  "탈퇴할 때까지 보관합니다.", // 12
  "", // 13
  "✔ 4. 외부 제공", // 14
  "서재는 이용자의 정보를 다른 곳에 제공하지 않습니다.", // 15
  "", // 16
  "🌏 5. 해외 보관", // 17
  "도서 기록은 Google LLC(미국)의 클라우드에 저장되며, 이전 항목은 이메일과 독서 기록입니다.", // 18
  "", // 19
  "🔒 6. 보호 조치", // 20
  "접근 권한을 관리하고 저장 정보를 암호화합니다.", // 21
];

describe("a policy that decorates every numbered heading", () => {
  it("reads each as a top-level section, whatever its title's words", async () => {
    const document = await parsePolicy(decorated.join("\n"), "text");
    const tops = document.sections.filter((section) => section.heading.number !== null);
    expect(tops.map((section) => [section.startLine, section.heading.number, section.heading.title])).toEqual([
      [5, 1, "처리 목적"],
      [8, 2, "수집 항목"],
      [11, 3, "보관 기간"],
      [14, 4, "외부 제공"],
      [17, 5, "해외 보관"],
      [20, 6, "보호 조치"],
    ]);
  });

  it("finds the overseas section under its emoji: what it lacks is reported there, not the whole section as missing", async () => {
    const findings = await findingsOf("overseas-transfer", decorated);
    expect(findings.map((finding) => [finding.messageId, finding.line])).toEqual([["incomplete", 17]]);
  });
});

// "▣ 받는 정보", "◈ 쿠키": glyphs a slide deck heads its sections with, as "■ 제목" does; a question under such a glyph
// ("▣ 얼마나 보관하나요") is a title where the glyph's other lines are, though "- 항목" lines of another glyph run between
describe("slide-deck section glyphs", () => {
  const deck = (glyph: string) => [
    "솔잎정육 개인정보 처리방침",
    "",
    `${glyph} 왜 개인정보를 받나요`, // 3
    "- 주문 접수와 배송",
    "",
    `${glyph} 받는 정보`, // 6
    "- 이름, 휴대폰번호, 배송지",
    "",
    `${glyph} 얼마나 보관하나요`, // 9
    "- 주문 후 1년 동안 보관합니다.",
  ];

  it.each(["▣", "◈", "■"])("reads every %s line as a titled section", async (glyph) => {
    const document = await parsePolicy(deck(glyph).join("\n"), "text");
    const titled = document.allSections.filter((section) => section.heading.isTitle).map((section) => section.startLine);
    expect(titled).toEqual(expect.arrayContaining([3, 6, 9]));
    expect(await findingsOf("required-purpose", deck(glyph))).toEqual([]);
    expect(await findingsOf("required-items", deck(glyph))).toEqual([]);
    expect(await findingsOf("required-retention", deck(glyph))).toEqual([]);
  });
});
