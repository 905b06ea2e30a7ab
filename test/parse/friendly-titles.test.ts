// An app's or a chat channel's policy heads its sections in friendly words: statements in the polite style beside
// questions and plain titles ("1️⃣ 개인정보는 이런 목적으로 써요", "■ 이런 정보를 받아요", "■ 언제 지우나요?"),
// and puts a decoration after its title ("[핏라인] 개인정보 처리방침 📢").
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const numbered = [
  "[한솔 세탁] 개인정보 처리방침 ✨", // 1
  "", // 2
  "한솔세탁(이하 '회사')은 다음과 같이 개인정보를 처리합니다.", // 3
  "", // 4
  "1️⃣ 개인정보는 이런 일에 써요", // 5
  "- 수거·배송 예약과 요금 결제", // 6
  "", // 7
  "2️⃣ 어떤 정보를 받나요?", // 8
  "- 이름, 휴대전화번호, 수거 주소", // 9
  "", // 10
  "3️⃣ 다 쓴 정보는 이렇게 지워요", // 11
  "- 탈퇴하면 바로 복구할 수 없게 지우고, 종이 접수증은 파쇄합니다.", // 12
];

const glyphs = [
  "한솔세탁 개인정보 처리방침", // 1
  "", // 2
  "■ 왜 개인정보가 필요한가요?", // 3
  "- 수거·배송 예약에 씁니다.", // 4
  "", // 5
  "■ 이런 정보를 받아요", // 6
  "- 이름, 휴대전화번호, 수거 주소", // 7
  "", // 8
  "■ 언제 지우나요?", // 9
  "- 회원 정보: 탈퇴 후 30일", // 10
  "- 결제 기록: 5년 (전자상거래법 시행령 제6조)", // 11
];

describe("friendly titles", () => {
  it("reads a polite statement numbered among titles as a title", async () => {
    const document = await parsePolicy(numbered.join("\n"), "text");
    const titled = document.allSections.filter((section) => section.heading.isTitle && section.heading.number !== null);
    expect(titled.map((section) => section.startLine)).toEqual([5, 8, 11]);
    expect(await findingsOf("required-purpose", numbered)).toEqual([]);
    expect(await findingsOf("numbering", numbered)).toEqual([]);
  });

  it("takes a title with a decoration after the policy's name whole", async () => {
    const document = await parsePolicy(numbered.join("\n"), "text");
    expect(document.title?.text).toContain("개인정보 처리방침");
    expect(await findingsOf("title-name", numbered)).toEqual([]);
  });

  it("reads '이런 정보를 받아요' as the items and '언제 지우나요?' as the retention too", async () => {
    expect(await findingsOf("required-items", glyphs)).toEqual([]);
    expect(await findingsOf("required-retention", glyphs)).toEqual([]);
  });

  it("keeps a list of polite statements a list", async () => {
    const list = ["한솔세탁 개인정보 처리방침", "", "1. 처리 목적", "수거 예약에 씁니다.", "   1. 이름을 받아요", "   2. 주소를 받아요"];
    const document = await parsePolicy(list.join("\n"), "text");
    expect(
      document.allSections
        .filter((section) => section.heading.isTitle && section.heading.number !== null)
        .map((section) => section.startLine),
    ).toEqual([3]);
  });
});

// a numbered title with its English beside it ("11. 개인정보 보호책임자 및 국내대리인 / DPO and Korean representative")
// is a title however long the English; a financial company's "개인(신용)정보 처리방침" is the statutory name
describe("bilingual numbered titles and the financial name of the policy", () => {
  const policy = [
    "한울신협 개인(신용)정보 처리방침", // 1
    "", // 2
    "10. 안전성 확보조치 / Security", // 3
    "접근 권한을 관리합니다.", // 4
    "11. 개인정보 보호책임자 및 국내대리인 / Privacy officer and Korean representative", // 5
    "보호책임자: 상무 한울, 02-555-0111", // 6
    "12. 권익침해 구제방법 / Remedies", // 7
    "개인정보침해신고센터 118", // 8
  ];
  it("reads the long bilingual title as a title, with no gap", async () => {
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(document.allSections.find((section) => section.heading.number === 11)?.heading.isTitle).toBe(true);
    expect(await findingsOf("numbering", policy)).toEqual([]);
  });
  it("takes '개인(신용)정보 처리방침' for the statutory name", async () => {
    expect(await findingsOf("title-name", policy)).toEqual([]);
  });
});
