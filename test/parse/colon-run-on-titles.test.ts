// Unnumbered titles that end in a colon and run on into their body after two spaces ("보유 기간:  회사는 …"), one a
// block through the policy: a run of them is the policy's sections, each body the sentences after its colon. One
// such line alone, or a field whose value is no sentence ("보유기간:  1년"), stays text.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = async (text: string[]) =>
  (await parsePolicy(text.join("\n"), "text")).allSections
    .filter((section) => section.level === 1)
    .map((section) => [section.startLine, section.heading.title, section.heading.inlineBody]);

// a bookbinding workshop's policy, each item's title run on into its first sentence
const policy = (...extra: string[]) => [
  "책공방 누리 개인정보 처리방침", // 1
  "", // 2
  "책공방 누리(이하 '공방')는 수강생의 개인정보를 다음과 같이 처리합니다.", // 3
  "", // 4
  "처리 목적:  공방은 수강 신청 접수와 수업 안내를 위하여 개인정보를 처리합니다.", // 5
  "", // 6
  "처리 항목:  공방은 이름과 휴대전화번호를 처리합니다.", // 7
  "", // 8
  "보유 기간:  공방은 수강이 끝난 뒤 1년 동안 개인정보를 보관합니다.", // 9
  "", // 10
  "파기 절차:  공방은 보관 기간이 지난 개인정보를 매월 말 한꺼번에 골라 냅니다.", // 11
  "", // 12
  ...extra,
];

describe("unnumbered titles run on after a colon and two spaces", () => {
  it("are the sections of a policy that writes a run of them, the text after the colon each one's body", async () => {
    expect(await outline(policy())).toEqual([
      [1, "책공방 누리 개인정보 처리방침", null],
      [5, "처리 목적", "공방은 수강 신청 접수와 수업 안내를 위하여 개인정보를 처리합니다."],
      [7, "처리 항목", "공방은 이름과 휴대전화번호를 처리합니다."],
      [9, "보유 기간", "공방은 수강이 끝난 뒤 1년 동안 개인정보를 보관합니다."],
      [11, "파기 절차", "공방은 보관 기간이 지난 개인정보를 매월 말 한꺼번에 골라 냅니다."],
    ]);
  });

  it("a title naming what an item is about, though no item the rules list, opens its own section", async () => {
    const text = policy("자동화된 결정:  공방은 사람의 검토 없이 수강 신청을 거절하는 등의 완전히 자동화된 결정을 하지 않습니다."); // 13
    expect((await outline(text)).map(([line, title]) => [line, title])).toContainEqual([13, "자동화된 결정"]);
    expect(await findingsOf("automated-decision", text.join("\n"))).toEqual([]);
  });

  it("a section read so is judged on its own: a destruction section without its method is reported there", async () => {
    const found = await findingsOf("required-destruction", policy().join("\n"));
    expect(found.map((f) => f.line)).toEqual([11]);
  });

  it("one such line alone, or a field whose value is no sentence, stays text", async () => {
    const text = [
      "책공방 누리 개인정보 처리방침",
      "",
      "공방은 수강 신청을 받기 위하여 이름과 휴대전화번호를 처리하며, 수강이 끝나면 곧바로 파기합니다.",
      "",
      "보유 기간:  공방은 수강이 끝난 뒤 1년 동안 개인정보를 보관합니다.",
      "",
      "처리 항목:  이름, 휴대전화번호",
      "",
      "보유기간:  1년",
    ];
    expect((await outline(text)).map(([line]) => line)).toEqual([1]);
  });
});

// a title run on into its first sentence that ends in "… 및 거부" ("8. 자동으로 수집하는 장치의 설치·운영 및 거부 회사
// 홈페이지는 …") is split there, as one ending in 목적 or 방법 is
describe("a run-on title ending in 거부", () => {
  it("is a heading, and the numbering runs on", async () => {
    const text = [
      "가온 결혼정보 개인정보 처리방침",
      "",
      "7. 정보주체의 권리와 행사방법 회원은 언제든지 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.",
      "8. 자동으로 수집하는 장치의 설치·운영 및 거부 회사 홈페이지는 로그인 유지를 위해 쿠키를 사용합니다.",
      "9. 개인정보의 안전성 확보조치 회사는 접근 권한을 관리합니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.find((section) => section.heading.number === 8)?.heading.isTitle).toBe(true);
    expect(await findingsOf("numbering", text)).toEqual([]);
  });
});
