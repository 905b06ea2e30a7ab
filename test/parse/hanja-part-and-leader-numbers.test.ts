// Three more ways a text numbers its sections: a statute's Hanja ("第3條(目的)"), a part's number on a line of its
// own over the title ("PART III" / "개인정보의 보유 기간"), and the number after a dotted leader at the title's end
// ("개인정보의 보유 기간 ········ 3"), as a table of contents writes it, in the body itself.
import { describe, expect, it } from "vitest";
import { withHangulNumbering } from "../../src/parse/lines.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const TITLES = ["개인정보의 처리 목적", "처리하는 개인정보의 항목", "개인정보의 처리 및 보유 기간", "정보주체의 권리·의무 및 행사방법"];
const RIGHTS = "회원은 개인정보의 열람, 정정·삭제, 처리정지를 요구할 수 있으며 서면이나 전화로 요청하시면 됩니다.";
const titled = async (lines: string[]) =>
  (await parsePolicy(lines.join("\n"))).sections.slice(1).map((section) => [section.startLine, section.heading.title]);

describe("Hanja article numbers", () => {
  it("are read in Hangul, one code unit for one", () => {
    expect(withHangulNumbering("第3條(目的) 第12條 第2章")).toBe("제3조(목적) 제12조 제2장");
    expect(withHangulNumbering("第 3 條")).toBe("제 3 조");
    // Hanja that numbers nothing stays
    expect(withHangulNumbering("次第에 따라")).toBe("次第에 따라");
  });

  it("number the policy's articles", async () => {
    const policy = [
      "청솔 도서관 개인정보 처리방침",
      "",
      ...TITLES.flatMap((title, index) => [`第${index + 1}條(${title})`, "도서관은 이 항목을 안내합니다.", ""]),
    ];
    expect(await titled(policy)).toEqual(TITLES.map((title, index) => [3 + index * 3, title]));
  });
});

describe("a part's number on a line of its own over the title", () => {
  const policy = (body: string) => [
    "청솔 도서관 개인정보 처리방침",
    "",
    ...TITLES.flatMap((title, index) => [
      `PART ${["I", "II", "III", "IV"][index]}`,
      title,
      "",
      index === 3 ? body : "도서관은 이 항목을 안내합니다.",
      "",
    ]),
  ];

  it("heads the section at the title", async () => {
    expect(await titled(policy(RIGHTS))).toEqual(TITLES.map((title, index) => [4 + index * 5, title]));
  });

  it("lets the section be checked: rights left out are reported at it", async () => {
    expect(await findingsOf("required-rights", policy(RIGHTS))).toEqual([]);
    const partial = await findingsOf("required-rights", policy("회원은 개인정보의 열람을 요구할 수 있으며 서면으로 요청하시면 됩니다."));
    expect(partial.map((finding) => finding.line)).toEqual([19]);
  });
});

describe("the number after a dotted leader at the title's end", () => {
  const policy = (leader = " ··········· ") => [
    "청솔 도서관 개인정보 처리방침",
    "",
    ...TITLES.flatMap((title, index) => [`${title}${leader}${index + 1}`, index === 3 ? RIGHTS : "도서관은 이 항목을 안내합니다.", ""]),
  ];

  it("marks the titles when the numbers run through the text", async () => {
    expect(await titled(policy())).toEqual(TITLES.map((title, index) => [3 + index * 3, title]));
    expect(await titled(policy(" ...... "))).toEqual(TITLES.map((title, index) => [3 + index * 3, title]));
  });

  it("a table of contents written so is no run of titles: its entries stand together, with no text under each", async () => {
    const lines = [
      "청솔 도서관 개인정보 처리방침",
      "",
      "목차",
      ...TITLES.map((title, index) => `${title} ······ ${index + 1}`),
      "",
      ...TITLES.flatMap((title, index) => [`${index + 1}. ${title}`, index === 3 ? RIGHTS : "도서관은 이 항목을 안내합니다.", ""]),
    ];
    expect((await titled(lines)).map(([, title]) => title)).toEqual(["목차", ...TITLES]);
  });
});
