// A policy sent or posted inside a preface (a newsletter's header and greeting, a notice of the change) has its
// title after it: the line that names the policy, set apart by blank lines or rules, before the first section.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const mail = (frame: string) => [
  "보낸사람: 누리도서관 <news@nuri-library.kr>", // 1
  "제목: [누리도서관 소식 5월호] 개인정보 처리방침이 바뀌었습니다",
  "",
  "안녕하세요, 누리도서관입니다. 바뀐 방침 전문을 아래에 붙입니다.",
  "> 누리집에서도 언제든 보실 수 있습니다.", // 5
  "",
  frame,
  "누리도서관 개인정보 처리방침", // 8
  frame,
  "",
  "누리도서관(이하 '도서관')은 「개인정보 보호법」 제30조에 따라 이 방침을 둡니다.", // 11
  "",
  "1. 개인정보의 처리 목적",
  "도서 대출과 반납 안내를 위하여 처리합니다.",
];

describe("a title after a preface", () => {
  it.each([
    ["between rules", "=========================="],
    ["between blank lines", ""],
  ])("is the policy's title: %s", async (_, frame) => {
    const document = await parsePolicy(mail(frame).join("\n"), "text");
    expect(document.title).toMatchObject({ text: "누리도서관 개인정보 처리방침", line: 8 });
    expect(await findingsOf("title-name", mail(frame))).toEqual([]);
  });

  it("is not a table of contents' entry that speaks of the policy", async () => {
    const text = [
      "",
      "누리도서관(이하 '도서관')은 이 방침을 둡니다.",
      "",
      "1. 개인정보의 처리 목적",
      "",
      "2. 개인정보 처리방침의 변경",
      "",
      "1. 개인정보의 처리 목적",
      "도서 대출과 반납 안내를 위하여 처리합니다.",
      "",
      "2. 개인정보 처리방침의 변경",
      "바뀌면 누리집에 알립니다.",
    ];
    expect((await parsePolicy(text.join("\n"), "text")).title).toBe(null);
  });
});

// an English courtesy version first, then the Korean policy: the Korean text is the policy, and so is its title
describe("a Korean version after an English one", () => {
  const bilingual = (korean: string[]) => [
    "Privacy Policy", // 1
    "",
    'Nuri Library (the "Library") processes personal information as follows.',
    "",
    "1. Purpose",
    "To lend books.",
    "",
    ...korean,
  ];

  it("has the Korean title", async () => {
    const text = bilingual([
      "누리도서관 개인정보 처리방침",
      "",
      "누리도서관(이하 '도서관')은 이 방침을 둡니다.",
      "",
      "1. 개인정보의 처리 목적",
      "도서 대출을 위하여 처리합니다.",
    ]);
    expect((await parsePolicy(text.join("\n"), "text")).title).toMatchObject({ text: "누리도서관 개인정보 처리방침", line: 8 });
    expect(await findingsOf("title-name", text)).toEqual([]);
  });

  it("keeps the English title where no Korean one follows", async () => {
    const text = bilingual(["1. 개인정보의 처리 목적", "도서 대출을 위하여 처리합니다."]);
    expect((await parsePolicy(text.join("\n"), "text")).title).toMatchObject({ text: "Privacy Policy", line: 1 });
  });
});

// a page copied out with its chrome: a skip link first, the menu, a cookie banner, a breadcrumb, then the title
describe("a title after a scraped page's chrome", () => {
  const page = [
    "본문 바로가기", // 1
    "누리동물병원", // 2
    "병원소개",
    "온라인 예약",
    "", // 5
    "이 사이트는 예약 편의를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 봅니다.", // 6
    "모두 허용",
    "",
    "HOME > 고객안내 > 개인정보 처리방침", // 9
    "",
    "누리동물병원 개인정보 처리방침", // 11
    "인쇄하기",
    "",
    "누리동물병원(이하 '병원')은 「개인정보 보호법」 제30조에 따라 이 방침을 둡니다.", // 14
    "",
    "제1조(개인정보의 처리 목적)",
    "진료 예약과 보호자 연락을 위하여 처리합니다.",
  ];
  it("is the line naming the policy, not the skip link", async () => {
    const document = await parsePolicy(page.join("\n"), "text");
    expect(document.title).toMatchObject({ text: "누리동물병원 개인정보 처리방침", line: 11 });
  });
  it("lets title-name find the statutory name", async () => {
    expect(await findingsOf("title-name", page)).toEqual([]);
  });
});
