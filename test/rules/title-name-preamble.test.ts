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

describe("the title and the preamble set after the sections", () => {
  const sections = [
    "1. 처리 목적",
    "강습 신청을 받고 일정을 안내하는 데 씁니다.",
    "",
    "2. 보호책임자",
    "운영실장 민하람, 전화 02-345-6789",
    "",
  ];

  it("must not fire: the page closes with its title and a preamble that names the controller", async () => {
    const text = [
      ...sections,
      "바람개비 도예교실 개인정보 처리방침",
      "바람개비 도예교실(이하 '교실')은 수강생의 개인정보를 지키기 위하여 이 처리방침을 정하여 알립니다.",
    ];
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: a one-line list of contents opens the page and the title closes it", async () => {
    const text = [
      "차례 - 1. 처리 목적 2. 보호책임자",
      "",
      ...sections,
      "바람개비 도예교실 개인정보 처리방침",
      "",
      "바람개비 도예교실(이하 '교실')은 「개인정보 보호법」 제30조에 따라 이 방침을 둡니다.",
    ];
    expect(await found(text)).toEqual([]);
  });

  it("fires for the controller only: the closing preamble sets the policy under 제30조 but names no one", async () => {
    const text = [...sections, "개인정보 처리방침", "이 방침은 「개인정보 보호법」 제30조에 따라 정한 것입니다."];
    expect(await found(text)).toEqual([[1, "noController"]]);
  });

  it("fires: a closing line with the policy's name and no preamble after it is a link, not the title", async () => {
    const text = [...sections, "이용약관 | 개인정보 처리방침 | 고객센터"];
    expect(await found(text)).toEqual([
      [1, "noTitle"],
      [1, "noController"],
    ]);
  });

  it("fires: a short name defined inside the last section's own paragraph is not a preamble", async () => {
    const text = [...sections, "3. 권익침해 구제", "개인정보 분쟁조정위원회(이하 '위원회')에 조정을 신청할 수 있습니다. 전화 1833-6972"];
    expect(await found(text)).toEqual([
      [1, "noTitle"],
      [1, "noController"],
    ]);
  });
});

// "JumpStar 개인정보 처리방침" with "'JumpStar'(이하 '앱')는 …" in its first section and no preamble: the title's name is
// the app the policy is about, and who runs it is still not named
describe("the title's name defined as the product", () => {
  const policy = (sentence: string) => [
    "JumpStar 개인정보 처리방침",
    "",
    "1. 처리 목적",
    sentence,
    "게임 진행을 저장합니다.",
    "",
    "2. 처리하는 개인정보의 항목",
    "기기 식별자",
  ];

  it.each([
    ["JumpStar(이하 '앱')는 이용자의 개인정보를 다음 목적으로 처리합니다."],
    ["'JumpStar(점프스타)'(이하 \"서비스\")는 이용자의 개인정보를 다음 목적으로 처리합니다."],
  ])("still warns when the text says %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([[1, "noController"]]);
  });

  it("counts a title's name the text does not define as the product", async () => {
    expect(await found(policy("이용자의 개인정보는 다음 목적으로만 처리합니다."))).toEqual([]);
  });
});
