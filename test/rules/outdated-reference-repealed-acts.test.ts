// outdated-reference and a repealed act cited as in force: 「공공기관의 개인정보보호에 관한 법률」 was repealed when
// 개인정보 보호법 took effect (2011-09-30). Cited as the basis of a right today it is stale; recorded as old (구 …,
// a sentence on its repeal, a revision history) it is not.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...body: string[]) => [
  "바람골 도서관 개인정보 처리방침",
  "",
  "1. 정보주체의 권리와 행사 방법",
  ...body,
  "",
  "2. 개인정보 보호책임자",
  "관리팀장 한누리(02-000-0000)",
];
const stale = async (text: string[]) =>
  (await findingsOf("outdated-reference", text)).filter((f) => f.messageId === "stale").map((f) => f.line);

describe("outdated-reference: the repealed act on public bodies' personal information", () => {
  it.each([
    "이용자는 「공공기관의 개인정보 보호에 관한 법률」 제14조에 따라 자기 정보의 정정을 청구할 수 있습니다.",
    "도서관은 공공기관 개인정보보호법에 따라 대출 기록을 관리합니다.",
  ])("must fire: %s", async (sentence) => {
    expect(await stale(policy(sentence))).toEqual([4]);
  });
  it.each([
    "이 권리는 구 「공공기관의 개인정보보호에 관한 법률」에 있던 것으로, 지금은 「개인정보 보호법」 제35조에 따릅니다.",
    "「공공기관의 개인정보보호에 관한 법률」은 2011년 폐지되어 개인정보 보호법으로 합쳐졌습니다.",
    "근거 법률을 「공공기관의 개인정보보호에 관한 법률」에서 「개인정보 보호법」으로 고쳤습니다.",
  ])("must not fire: %s", async (sentence) => {
    expect(await stale(policy(sentence))).toEqual([]);
  });
});

// a statute's name cut by a hard wrap inside its brackets
describe("a repealed act's name wrapped over two lines", () => {
  const preamble = (head: string, tail: string) => [
    "솔빛 재단 개인정보 처리방침",
    "",
    `솔빛 재단은 ${head}`,
    `${tail} 따라 개인정보를 보호합니다.`,
  ];
  it("is reported where the name starts", async () => {
    const found = await findingsOf("outdated-reference", preamble("「공공기관의 개인정보보호에", "관한 법률」에"));
    expect(found.map((finding) => [finding.line, finding.column])).toEqual([[3, 9]]);
    expect(found[0].message).toContain("폐지");
  });
  it("a current act wrapped so is not", async () => {
    expect(await findingsOf("outdated-reference", preamble("「개인정보", "보호법」에"))).toEqual([]);
  });
  // a copy cut at a fixed width (a PDF's lines) cuts words too
  it.each([
    ["「공공기관의 개인정", "보보호에 관한 법률」에"],
    ["「공공기관의 개인정보보호에 관", "한 법률」에"],
  ])("is reported where the name starts when a word of it is cut: %s / %s", async (head, tail) => {
    const found = await findingsOf("outdated-reference", preamble(head, tail));
    expect(found.map((finding) => [finding.line, finding.column])).toEqual([[3, 9]]);
  });
  it.each([
    ["「개인정", "보 보호법」에"],
    ["「신용정보의 이용 및 보호에 관", "한 법률」에"],
  ])("a current act with a word cut so is not: %s / %s", async (head, tail) => {
    expect(await findingsOf("outdated-reference", preamble(head, tail))).toEqual([]);
  });
});

// "종전 「…법률」 제10조에 따라 … 제공할 수 있습니다": dated by 종전, but still the ground of what the body does
describe("outdated-reference: a repealed act dated as former but still acted on", () => {
  it("must fire where the former act is the ground of a processing done now", async () => {
    const sentence =
      "도서관은 종전 「공공기관의 개인정보보호에 관한 법률」 제10조에 따라 다른 기관의 업무 수행에 필요한 경우에도 제공할 수 있습니다.";
    expect(await stale(policy(sentence))).toEqual([4]);
  });
  it.each([
    "종전 「공공기관의 개인정보보호에 관한 법률」에 따라 등록한 개인정보파일은 지금은 「개인정보 보호법」 제32조에 따라 관리합니다.",
    "이 권리는 종전 「공공기관의 개인정보보호에 관한 법률」에 있던 것입니다.",
  ])("must not fire where it records what was done under it: %s", async (sentence) => {
    expect(await stale(policy(sentence))).toEqual([]);
  });
});

// 정보통신부 was dissolved in 2008; 과학기술정보통신부, whose name ends with the same letters, is today's ministry
describe("outdated-reference: the dissolved Ministry of Information and Communication", () => {
  it.each(["이 정책은 정보통신부 고시에 따라 작성되었습니다.", "정보통신부의 개인정보보호지침을 따릅니다."])(
    "must fire: %s",
    async (sentence) => {
      expect(await stale(policy(sentence))).toEqual([4]);
    },
  );
  it.each(["청구서 우편 발송은 과학기술정보통신부 우정사업본부에 맡깁니다.", "| 과학기술 정보통신부 우정사업본부 | 요금 청구서 발송 |"])(
    "must not fire on today's ministry: %s",
    async (sentence) => {
      expect(await stale(policy(sentence))).toEqual([]);
    },
  );
});

// a table that sets the text before a revision beside the text after it (개정 전 | 개정 후) records the old
// wording it replaced: the old titles and numbers in it are no stale references
describe("outdated-reference: a before-and-after table of a revision", () => {
  const comparison = (header: string, ...rows: string[]) => [
    "햇살마을 관리사무소 개인정보 처리방침",
    "",
    "1. 개인정보 보호책임자",
    "관리사무소장 김정훈 (02-555-0100)",
    "",
    "2. 주요 개정 내용",
    header,
    ...rows,
  ];
  it.each(["개정 전\t개정 후", "변경 전\t변경 후", "현행\t개정"])("must not fire on the old text under '%s'", async (header) => {
    const text = comparison(
      header,
      "개인정보 관리책임자 : 관리과장 이미숙\t개인정보 보호책임자 : 관리사무소장 김정훈",
      "개인정보침해신고센터 : (국번없이) 1336\t개인정보침해신고센터 : (국번없이) 118",
    );
    expect(await findingsOf("outdated-reference", text)).toEqual([]);
  });
  it("still fires on the same old text in a table of something else", async () => {
    const text = comparison("구분\t연락처", "개인정보침해신고센터\t(국번없이) 1336");
    expect((await findingsOf("outdated-reference", text)).length).toBeGreaterThan(0);
  });
});

// a history titled in brackets at the top ("[개정 이력]") may be read as the section over the articles after it:
// an old number or statute there is still reported, only a table of the old text is the past
describe("outdated-reference: a bracketed history above the articles", () => {
  it("still reports a stale record in an article after it", async () => {
    const text = [
      "골목 개인정보 처리방침",
      "",
      "[개정 이력]",
      " - 2026. 3. 1. 시행 (현행): 동네 모임 기능 추가",
      " - 2025. 6. 2. 시행: 안전결제 추가",
      "",
      "제1조(개인정보의 처리 및 보유 기간)",
      " · 본인확인에 관한 기록: 6개월 (정보통신망법)",
    ];
    expect((await findingsOf("outdated-reference", text)).map((finding) => finding.line)).toEqual([8]);
  });
});
