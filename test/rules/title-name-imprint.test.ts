// title-name: a controller named only in the page's imprint (상호 or a legal form, with its business registration
// number or its representative) is named, wherever the imprint stands; a copyright line alone names no one
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[], format: "text" | "html" = "text") =>
  (await findingsOf("title-name", lines, format)).map((f) => [f.line, f.messageId]);

// a body long enough that its end is far from the title
const body = [
  "개인정보 처리방침",
  "",
  "당사는 「개인정보 보호법」에 따라 이용자의 개인정보를 아래와 같이 처리합니다.",
  "",
  "1. 처리 목적",
  "꽃 배달 주문의 접수와 배송에 씁니다.",
  "",
  "2. 처리하는 항목",
  "받는 분 성명, 주소, 연락처",
  "",
  "3. 보유 기간",
  "배송을 마친 뒤 3개월 동안 보관합니다.",
  "",
  "4. 파기",
  "기간이 지나면 지체 없이 지웁니다.",
  "",
  "5. 처리방침의 변경",
  "이 방침은 2026년 1월 5일부터 적용합니다.",
  "",
];

describe("the controller named in an imprint at the foot of the policy", () => {
  it.each([
    ["one line with 상호, 대표 and the registration number", ["상호: 다솜꽃집 | 대표: 정하린 | 사업자등록번호: 305-12-67890"]],
    ["a legal form with its registration number", ["(유)바람공방 · 사업자등록번호 611-81-23456 · 경기도 파주시 문발로 12"]],
    ["labels on lines of their own", ["회사명 : 한결에듀 주식회사", "대표이사 : 오세진", "주소 : 대전광역시 유성구 대학로 99"]],
  ])("must not fire: %s", async (_, imprint) => {
    expect(await found([...body, ...imprint])).toEqual([]);
  });
  it("must not fire on an HTML page whose <footer> carries the imprint, however long the page", async () => {
    const filler = Array.from({ length: 12 }, (_, index) => `<p>변경 이력 ${index + 1}: 문구를 다듬었습니다.</p>`);
    const page = (lines: string[]) => [
      "<html><body><main>",
      "<h1>개인정보 처리방침</h1>",
      "<p>당사는 이용자의 개인정보를 다음과 같이 처리합니다.</p>",
      "<h2>처리방침의 변경</h2>",
      ...lines,
      "</main>",
      "<footer><p>솔빛가구㈜ | 대표자 문태오 | 사업자등록번호 220-87-10293</p></footer>",
      "</body></html>",
    ];
    expect(await found(page(filler), "html")).toEqual([]);
    expect(await found(page(filler.slice(0, 2)), "html")).toEqual([]);
  });
});

describe("a foot of the policy that is no imprint of the controller", () => {
  it.each([
    ["a copyright line only", ["© 2026 Dasom Flowers. All rights reserved."]],
    ["a phone and an e-mail only", ["대표전화 02-555-0101 | 대표 메일 help@dasom.example"]],
    ["a name with no registration number or representative", ["상호: 다솜꽃집 | 주소: 서울특별시 마포구 월드컵로 5"]],
    ["the domestic agent's particulars", ["6. 국내대리인", "국내대리인: 주식회사 다리놓기 (대표자: 최윤 / 사업자등록번호: 104-86-55555)"]],
    ["a recipient's particulars", ["6. 제3자 제공", "제공받는 자: 누리택배 주식회사, 대표이사 한도윤, 사업자등록번호 113-81-77777"]],
  ])("must fire: %s", async (_, foot) => {
    expect(await found([...body, ...foot])).toEqual([[1, "noController"]]);
  });
});
