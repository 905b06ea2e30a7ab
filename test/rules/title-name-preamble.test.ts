// title-name: where the controller's name is looked for. The preamble is the first paragraph after the title and any
// table of contents, however long the TOC; and a name the title itself puts before "개인정보 처리방침" names the
// controller. A word that says which policy ("통합", "홈페이지", "[개정]") or a template's blank names no one.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("title-name", lines)).map((f) => [f.line, f.messageId]);
const toc = [
  "목차",
  "1. 처리하는 개인정보의 항목 ............ 2",
  "2. 개인정보의 처리 목적 ................ 2",
  "3. 처리 및 보유 기간 ................... 3",
  "4. 개인정보의 파기 ..................... 3",
  "5. 처리의 위탁 ......................... 4",
  "6. 정보주체의 권리 ..................... 4",
  "7. 안전성 확보조치 ..................... 5",
  "8. 개인정보 보호책임자 ................. 5",
  "9. 권익침해 구제방법 ................... 6",
  "10. 처리방침의 변경 .................... 6",
];
const body = ["1. 처리하는 개인정보의 항목", "이름, 휴대전화번호, 배송지 주소를 처리합니다."];

describe("a table of contents between the title and the preamble", () => {
  it("must not fire: the preamble after a long TOC names the controller", async () => {
    const text = [
      "개인정보 처리방침",
      "",
      ...toc,
      "",
      "솔바람농원 주식회사(이하 '농원')는 다음과 같이 개인정보를 처리합니다.",
      "",
      ...body,
    ];
    expect(await found(text)).toEqual([]);
  });
  it("must fire: the paragraph after the TOC names no one", async () => {
    const text = ["개인정보 처리방침", "", ...toc, "", "이 방침은 온라인 주문에 적용됩니다.", "", ...body];
    expect(await found(text)).toEqual([[1, "noController"]]);
  });
});

describe("the controller named in the title line", () => {
  it.each([
    ["a name before the statutory name", "솔바람농원 개인정보 처리방침"],
    ["a name in brackets", "[솔바람농원] 개인정보 처리방침"],
    ["a name with 의", "솔바람농원의 개인정보 처리방침"],
  ])("must not fire: %s", async (_, title) => {
    expect(await found([title, "", "이 방침은 온라인 주문에 적용됩니다.", "", ...body])).toEqual([]);
  });
  it.each([
    ["which policy", "통합 개인정보 처리방침"],
    ["a revision mark", "[개정] 홈페이지 개인정보 처리방침"],
    ["a template's blank", "○○○ 개인정보 처리방침"],
    ["a year", "2026 개인정보 처리방침"],
    ["a template's blank fused to a kind", "OO마트 개인정보 처리방침"],
    ["a kind of business alone", "약국 개인정보 처리방침"],
    ["a placeholder word", "샘플 개인정보 처리방침"],
    ["a kind of facility alone", "어린이집 개인정보 처리방침"],
  ])("must fire: %s", async (_, title) => {
    expect(await found([title, "", "이 방침은 온라인 주문에 적용됩니다.", "", ...body])).toEqual([[1, "noController"]]);
  });
});
