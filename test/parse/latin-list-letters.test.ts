// Items lettered as English documents letter them, "(a)" "(b)" or "a)" "b)", are list items of their own level,
// and a rule that reads list items ("name: task") reads them as it reads "1)" or "-".
import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

describe("English-style letters as list markers", () => {
  it.each([
    ["(a) 문자 발송", "paren-latin", 1],
    ["(C) 결제 대행", "paren-latin", 3],
    ["b) 배송 업무", "lower-latin", 2],
    ["d. 상담 업무", "lower-latin", 4],
  ])("reads %s", (line, style, number) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe(style);
    expect(marker?.number).toBe(number);
  });

  it.each(["e.g. 예를 들어", "(c)2025 Hanbit", "a)b 조건", "ab) 항목"])("reads no marker in %s", (line) => {
    expect(String(parseMarker(line)?.style)).not.toMatch(/latin/);
  });

  it("keeps the lettered items under the numbered item they follow", async () => {
    const text = [
      "솔숲체육공원 개인정보 처리방침",
      "",
      "§1 개인정보 처리업무의 위탁",
      "1. 공원은 다음과 같이 업무를 맡깁니다.",
      "   (a) ㈜푸른전산: 예약 시스템 운영",
      "   (b) ㈜알림나라: 예약 안내 문자 발송",
      "2. 위탁 계약에 수탁자의 의무를 적습니다.",
      "",
      "§2 개인정보의 파기",
      "보유 기간이 끝나면 지체 없이 파기합니다.",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    const [entrustment] = document.sections.filter((section) => section.heading.style === "section-sign");
    expect(entrustment.children.map((child) => child.heading.marker)).toEqual(["1.", "2."]);
    expect(entrustment.children[0].children.map((child) => child.heading.marker)).toEqual(["(a)", "(b)"]);
  });
});

describe("processor-disclosure over lettered items", () => {
  const policy = (...items: string[]) => [
    "솔숲체육공원 개인정보 처리방침",
    "",
    "§1 개인정보의 처리 목적",
    "시설 예약과 이용 요금 정산을 위해 개인정보를 처리합니다.",
    "",
    "§2 개인정보 처리업무의 위탁",
    "1. 공원은 다음과 같이 업무를 맡깁니다.",
    ...items,
    "",
    "§3 개인정보의 파기",
    "보유 기간이 끝나면 지체 없이 파기합니다.",
  ];

  it("fires at a lettered item that names only a kind of business", async () => {
    const text = policy(
      "   (a) ㈜푸른전산: 예약 시스템 운영",
      "   (b) 결제대행사: 이용 요금 카드 결제",
      "   (c) ㈜알림나라: 안내 문자 발송",
    );
    expect((await findingsOf("processor-disclosure", text)).map((finding) => finding.line)).toEqual([9]);
  });

  it("fires the same after a lower-case letter and a bracket", async () => {
    const text = policy("   a) ㈜푸른전산: 예약 시스템 운영", "   b) 문자 발송 대행업체: 안내 문자 발송");
    expect((await findingsOf("processor-disclosure", text)).map((finding) => finding.line)).toEqual([9]);
  });

  it("stays silent where every lettered item names its company", async () => {
    const text = policy("   (a) ㈜푸른전산: 예약 시스템 운영", "   (b) 한결페이 주식회사: 이용 요금 카드 결제");
    expect(await findingsOf("processor-disclosure", text)).toEqual([]);
  });
});
