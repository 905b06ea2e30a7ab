// "첫째, 처리 목적", "둘째, 처리하는 항목": Korean ordinal words number a policy's sections; the "1)" and "가)" lists
// under them stay lists
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (third: string) => [
  "한길휴게 개인정보 처리방침",
  "",
  "첫째, 개인정보를 처리하는 목적", // 3
  "  1) 포인트 회원 관리",
  "  2) 분실물 안내",
  "",
  "둘째, 처리하는 개인정보 항목", // 7
  "  1) 이름, 휴대전화번호",
  "",
  `${third}, 개인정보의 파기`, // 10
  "  1) 목적을 이루면 지체 없이 파쇄하거나 복구할 수 없게 지웁니다.",
];

describe("Korean ordinal headings", () => {
  it.each([
    ["첫째, 처리 목적", 1],
    ["다섯째. 파기", 5],
    ["열두째) 보호책임자", 12],
  ])("reads '%s' as section %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "ordinal", number });
  });

  it.each([["첫째로 회사는 동의를 받습니다."], ["열 가지 항목을 받습니다."]])("does not read '%s' as a heading marker", (line) => {
    expect(parseMarker(line)?.style).not.toBe("ordinal");
  });

  it("makes them the sections with their lists inside, and finds a skipped one", async () => {
    const document = await parsePolicy(policy("셋째").join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.style === "ordinal").map((section) => section.startLine)).toEqual([
      3, 7, 10,
    ]);
    expect(await findingsOf("required-purpose", policy("셋째"))).toEqual([]);
    expect(await findingsOf("numbering", policy("셋째"))).toEqual([]);
    expect((await findingsOf("numbering", policy("넷째"))).map((f) => [f.line, f.messageId])).toEqual([[10, "gap"]]);
  });
});

// "하나. 무엇을 모으나요", "◆ 둘. 언제 지우나요": the native cardinal numbers count a plain-language policy's parts
describe("Korean cardinal headings", () => {
  it.each([
    ["하나. 무엇을, 왜 수집하나요", 1],
    ["◆ 둘. 언제까지 보관하나요", 2],
    ["다섯. 안전하게 지키는 방법", 5],
  ])("reads '%s' as section %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "ordinal", number });
  });

  it.each([["하나의 계정만 만들 수 있습니다."], ["둘 중 하나를 고르십시오."], ["열.정보"]])(
    "does not read '%s' as a heading marker",
    (line) => {
      expect(parseMarker(line)?.style).not.toBe("ordinal");
    },
  );

  it("makes them the sections", async () => {
    const text = [
      "다온공방 개인정보 처리방침",
      "",
      "하나. 무엇을, 왜 모으나요",
      "이름과 연락처를 수업 안내를 위해 받습니다.",
      "",
      "둘. 언제 지우나요",
      "수업이 끝나면 바로 지웁니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.filter((section) => section.heading.style === "ordinal").map((section) => section.startLine)).toEqual([3, 6]);
  });
});
