import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

const sections = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await parsePolicy(lines.join("\n"), format)).allSections.map((section) => [
    section.startLine,
    section.heading.style,
    section.heading.title,
  ]);

describe("question-and-answer layout", () => {
  it.each([
    ["Q. 어떤 자료를 남기나요?", "question"],
    ["Q: 누가 볼 수 있나요?", "question"],
    ["질문: 언제 지우나요?", "question"],
    ["문) 왜 받나요?", "question"],
    ["A: 주문 기록만 남깁니다.", "answer"],
    ["A2. 상담 내용을 기록합니다.", "answer"],
    ["답변: 배송이 끝나면 지웁니다.", "answer"],
    ["답) 결제 확인에 씁니다.", "answer"],
  ])("reads '%s' as a %s marker with no number", (line, style) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe(style);
    expect(marker?.number).toBeNull();
  });

  // a question's own number numbers the questions as sections are numbered: a card skipped is a gap
  it.each([
    ["Q1. 무엇을 기록하나요?", 1],
    ["[Q3] 누구에게 맡기나요?", 3],
    ["[Q12] 언제 바뀌나요?", 12],
  ])("reads '%s' as a question numbered %i", (line, number) => {
    expect(parseMarker(line)).toMatchObject({ style: "question", number });
  });

  it("reports a question card skipped, and reads a card that asks about giving data away as the provision", async () => {
    const cards = (...numbers: number[]) => {
      const questions = [
        "어떤 목적으로 개인정보를 쓰나요?",
        "어떤 개인정보를 받나요?",
        "개인정보는 얼마나 보관하나요?",
        "개인정보를 다른 곳에 주기도 하나요?",
        "개인정보는 어떻게 파기하나요?",
      ];
      return [
        "솔빛 공방 개인정보 처리방침",
        "",
        ...numbers.flatMap((number, index) => [`[Q${number}] ${questions[index]}`, "공방은 이 내용을 안내합니다.", ""]),
      ];
    };
    expect(await findingsOf("numbering", cards(1, 2, 3, 4, 5))).toEqual([]);
    const skipped = await findingsOf("numbering", cards(1, 2, 3, 5, 6));
    expect(skipped.map((finding) => [finding.line, finding.message])).toEqual([[12, "조항 번호가 [Q3] 다음에 [Q5]로 건너뜁니다"]]);
    const document = await parsePolicy(cards(1, 2, 3, 4, 5).join("\n"));
    const provision = document.sections.find((section) => section.startLine === 12);
    expect(provision?.heading.title).toBe("개인정보를 다른 곳에 주기도 하나요?");
    const given = [...cards(1, 2, 3), "[Q4] 개인정보를 다른 곳에 주기도 하나요?", "공방은 수강생 이름을 제휴 재료업체에 제공합니다."];
    expect((await findingsOf("third-party-provision", given)).map((finding) => [finding.line, finding.messageId])).toEqual([
      [13, "recipientKind"],
    ]);
  });

  it("keeps 'A.' a latin number outside a question-and-answer layout", () => {
    expect(parseMarker("A. 필수 항목")?.style).toBe("latin");
  });

  const bookshop = [
    "책마루 서점 개인정보 처리방침", // 1
    "", // 2
    "Q. 서점은 제 정보를 왜 이용하나요?", // 3
    "A. 주문한 책을 보내 드리고 결제를 확인하려고 이용합니다.", // 4
    "", // 5
    "Q. 어떤 정보를 모으나요?", // 6
    "A. 받는 분 이름, 주소, 연락처를 받습니다.", // 7
    "", // 8
    "Q. 얼마나 보관하나요?", // 9
    "A. 배송이 끝나고 1년이 지나면 파기합니다.", // 10
  ];

  it("reads each question as a section title and its answer as the body", async () => {
    expect(await sections(bookshop)).toEqual([
      [1, "plain", "책마루 서점 개인정보 처리방침"],
      [3, "question", "서점은 제 정보를 왜 이용하나요?"],
      [6, "question", "어떤 정보를 모으나요?"],
      [9, "question", "얼마나 보관하나요?"],
    ]);
  });

  it("does not report repeated question markers as duplicate numbers", async () => {
    expect(await linesOf("numbering", bookshop)).toEqual([]);
    const numbered = [
      "책마루 서점 개인정보 처리방침",
      "",
      "Q1. 왜 이용하나요?",
      "A1. 배송에 씁니다.",
      "",
      "Q2. 무엇을 받나요?",
      "A2. 주소를 받습니다.",
    ];
    expect(await linesOf("numbering", numbered)).toEqual([]);
  });

  it("matches questions to items, so an item answered is not missing", async () => {
    expect(await linesOf("required-purpose", bookshop)).toEqual([]);
    expect(await linesOf("required-items", bookshop)).toEqual([]);
    expect(await linesOf("required-retention", bookshop)).toEqual([]);
  });

  it("splits an answer that runs on after the question mark", async () => {
    expect(await sections(["책마루 서점 개인정보 처리방침", "", "질문: 무엇을 받나요? 받는 분 주소를 받습니다."])).toEqual([
      [1, "plain", "책마루 서점 개인정보 처리방침"],
      [3, "question", "무엇을 받나요?"],
    ]);
  });

  const hollowRemedies = [
    "# 책마루 서점 개인정보 처리방침",
    "",
    "**Q. 서점이 해결해 주지 못하면 어디에 도움을 청하나요?**", // 3
    "",
    "A. 외부 기관에 도움을 청할 수 있습니다.",
    "",
    "**Q. 정보 문제는 누구에게 연락하나요?**", // 7
    "",
    "A. 고객지원팀 송하윤(02-555-0192)에게 연락하십시오.",
  ];

  it("reports a hollow answer at its question, not as an item missing at line 1", async () => {
    const findings = await findingsOf("required-remedies", hollowRemedies, "markdown");
    expect(findings.map((finding) => finding.line)).toEqual([3]);
    expect(await linesOf("numbering", hollowRemedies, "markdown")).toEqual([]);
  });

  it("reads an answered remedies question as the item", async () => {
    const answered = [...hollowRemedies];
    answered[4] = "A. 개인정보분쟁조정위원회(1833-6972), 개인정보침해신고센터(118), 대검찰청(1301), 경찰청(182)에 문의할 수 있습니다.";
    expect(await linesOf("required-remedies", answered, "markdown")).toEqual([]);
  });
});

describe("Roman numerals past Ⅻ", () => {
  it.each([
    ["ⅩⅢ. 개인정보 보호책임자", 13],
    ["ⅩⅣ 처리방침의 변경", 14],
    ["ⅩⅤ. 부칙", 15],
    ["XIII. 개인정보 보호책임자", 13],
  ])("reads '%s' as roman %i", (line, number) => {
    const marker = parseMarker(line);
    expect(marker?.style).toBe("roman");
    expect(marker?.number).toBe(number);
  });

  it("keeps sections numbered past Ⅻ at the top level, with no gap reported", async () => {
    const policy = [
      "개인정보 처리방침",
      "",
      "Ⅻ. 개인정보의 파기",
      "",
      "지체 없이 파기합니다.",
      "",
      "ⅩⅢ. 권익침해 구제방법",
      "",
      "분쟁조정위원회에 신청합니다.",
    ];
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.number])).toEqual([
      [1, null],
      [3, 12],
      [7, 13],
    ]);
    expect(await linesOf("numbering", policy)).toEqual([]);
  });
});

// a heading may drop its question mark ("얼마나 보관하나요"): a title where a run of headings and the text under it say so
describe("question titles without their question mark", () => {
  const titles = async (text: string[]) =>
    (await parsePolicy(text.join("\n"), "text")).allSections
      .filter((section) => section.heading.isTitle)
      .map((section) => [section.startLine, section.heading.title]);

  it("reads a run of numbered questions with text under them as titles", async () => {
    const text = [
      "누리도서관 개인정보 처리방침",
      "",
      "1. 어떤 정보를 받나요",
      "이름과 휴대전화번호를 받습니다.",
      "2. 얼마 동안 가지고 있나요",
      "탈퇴할 때까지 가지고 있습니다.",
      "3. 언제 지우나요",
      "탈퇴하면 바로 지웁니다.",
    ];
    expect(await titles(text)).toEqual([
      [1, "누리도서관 개인정보 처리방침"],
      [3, "어떤 정보를 받나요"],
      [5, "얼마 동안 가지고 있나요"],
      [7, "언제 지우나요"],
    ]);
  });

  it("does not read a list of questions with nothing under them as titles", async () => {
    const text = [
      "누리도서관 개인정보 처리방침",
      "",
      "자주 묻는 질문은 다음과 같습니다.",
      "1. 어떤 정보를 받나요",
      "2. 얼마 동안 가지고 있나요",
    ];
    expect(await titles(text)).toEqual([[1, "누리도서관 개인정보 처리방침"]]);
  });

  it("keeps a list of questions inside an article, and the articles' numbering, as they were", async () => {
    const text = [
      "누리도서관 개인정보 처리방침",
      "",
      "제1조(개인정보의 처리 목적)",
      "도서 대출 예약과 연체 안내를 위하여 처리합니다.",
      "제2조(자주 묻는 질문)",
      "1. 대출 기록은 언제 지워지나요",
      "반납하고 1년이 지나면 지워집니다.",
      "2. 가족이 대신 신청할 수 있나요",
      "위임장을 내면 가능합니다.",
      "제3조(개인정보 보호책임자)",
      "개인정보 보호책임자: 관장 한지민 (전화 031-555-0142)",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.sections.map((section) => section.heading.marker)).toEqual(["", "제1조", "제2조", "제3조"]);
    const faq = document.sections.find((section) => section.heading.marker === "제2조")!;
    expect(faq.children.map((child) => child.heading.title)).toEqual(["대출 기록은 언제 지워지나요", "가족이 대신 신청할 수 있나요"]);
    expect(await linesOf("numbering", text)).toEqual([]);
  });
});

// "1. Q: 어떤 정보를 모으나요? A: 이름과 연락처입니다.": an FAQ's numbered item holds its question and answer on one line;
// the question titles the section, the answer is its body (a "아니요" answer is a denial, not a mention)
describe("a question and its answer on a numbered line", () => {
  const faq = [
    "멍냥상담 개인정보 처리방침",
    "",
    "1. Q: 어떤 목적으로 정보를 쓰나요? A: 상담 예약과 수의사 연결에 씁니다.", // 3
    "2. Q: 다 쓴 정보는 어떻게 없애나요? A: 상담이 끝나고 1년이 지나면 지체 없이 복구할 수 없게 지우고, 출력물은 파쇄합니다.", // 4
    "3. 질문: 정보가 해외로 가나요? 답변: 아니요. 국외로 이전하지 않습니다.", // 5
  ];

  it("reads the question as the title and the answer as the body", async () => {
    const document = await parsePolicy(faq.join("\n"), "text");
    expect(document.sections.slice(1).map((section) => [section.startLine, section.heading.title, section.heading.inlineBody])).toEqual([
      [3, "어떤 목적으로 정보를 쓰나요?", "상담 예약과 수의사 연결에 씁니다."],
      [4, "다 쓴 정보는 어떻게 없애나요?", "상담이 끝나고 1년이 지나면 지체 없이 복구할 수 없게 지우고, 출력물은 파쇄합니다."],
      [5, "정보가 해외로 가나요?", "아니요. 국외로 이전하지 않습니다."],
    ]);
  });

  it("finds the items the answers give, and reads a 'no' as a denial", async () => {
    expect(await findingsOf("required-purpose", faq)).toEqual([]);
    expect(await findingsOf("required-destruction", faq)).toEqual([]);
    expect(await findingsOf("overseas-transfer", faq)).toEqual([]);
  });
});
