// automated-decision: a fully automated decision told in other words than the term, its parts spread over the
// clauses of a sentence or over two sentences ("사람의 검토 없이 판정하며, … 정지됩니다", "별도의 확인 절차 없이 …
// 자동으로 정지됩니다"), needs the refusal and the explanation as one named with the term does.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...section: string[]) => [
  "# 달빛 공유자전거 개인정보 처리방침",
  "",
  "주식회사 달빛바이크는 다음과 같이 처리방침을 공개합니다.",
  "",
  "## 제8조 (반납 사진 판독)",
  "",
  ...section,
];

describe("automated-decision: a decision told in other words", () => {
  it.each([
    [
      "review denied in one clause, the effect in the next",
      "반납 사진은 AI가 사람의 검토 없이 판정하며, 잘못 세운 것으로 판정되면 대여가 3일간 정지됩니다.",
    ],
    ["no separate review", "반납 사진은 판독 시스템이 매주 점수를 산정하며, 기준에 미달하면 별도의 검토 없이 대여가 자동으로 제한됩니다."],
    ["no human intervention, as the decree says it", "반납 사진은 AI가 인적 개입 없이 판정하며, 위반으로 판정되면 계정이 정지됩니다."],
    [
      "no check procedure, the effect in a second sentence",
      "반납 사진은 판독 시스템으로 분석합니다. 잘못 세운 것으로 판정되면 별도의 확인 절차 없이 대여가 3일간 자동으로 정지됩니다.",
    ],
    [
      "a grading system with no instructor reviewing it, and its pupils left out",
      "반납 교육 과제는 AI 채점 시스템이 강사 검토 없이 점수를 매기며, 60점 미만이면 우수 회원 대상에서 제외되고 이벤트에도 참여할 수 없습니다.",
    ],
    [
      "what a system detects, with no one reviewing it",
      "반납 사진 판독 시스템이 보도 위 방치를 감지하면 사람의 검토 없이 경고를 보내고, 세 번 감지되면 계정을 14일간 이용 정지합니다.",
    ],
  ])("must fire: %s", async (_name, sentence) => {
    const findings = await findingsOf("automated-decision", policy(sentence));
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "the term denied beside the description",
      "회사는 자동화된 결정을 하지 않습니다.",
      "반납 사진은 AI가 사람의 검토 없이 판정하며, 잘못 세운 경우 안내 문자만 보냅니다.",
    ],
    ["no check procedure for the person's own action", "회원은 별도의 확인 절차 없이 앱에서 대여를 취소할 수 있습니다."],
    [
      "what a system detects, reviewed by a person",
      "반납 사진 판독 시스템이 보도 위 방치를 감지하면 담당자가 사진을 확인한 뒤 안내 문자를 보냅니다.",
    ],
  ])("must not fire: %s", async (_name, ...sentences) => {
    expect(await findingsOf("automated-decision", policy(...sentences))).toEqual([]);
  });
});

// the effect said to be done automatically is the judgement, with no word for judging: "운영자 검토 없이 시스템이
// 자동으로 7일간 이용을 제한합니다"
describe("automated-decision: an effect done automatically, with no one reviewing it", () => {
  it("must fire", async () => {
    const sentence = "신고가 세 번 쌓인 계정은 운영자 검토 없이 시스템이 자동으로 3일간 대여를 제한합니다.";
    expect((await findingsOf("automated-decision", policy(sentence))).length).toBeGreaterThan(0);
  });
  it("must not fire: the effect is done automatically, but a person reviews it first", async () => {
    const sentence = "신고가 세 번 쌓인 계정은 운영자가 검토한 뒤 시스템이 자동으로 3일간 대여를 제한합니다.";
    expect(await findingsOf("automated-decision", policy(sentence))).toEqual([]);
  });
});

// the effect done automatically on what a system judged or measured of the person, with no word about review:
// "안전 점수가 40점 미만인 회원은 시스템이 자동으로 예약을 정지합니다"; an effect done automatically on no judgement
// ("비밀번호를 다섯 번 틀리면 자동으로 로그인이 제한됩니다") is a rule of the service
describe("automated-decision: an effect done automatically on a judgement or a measure of the person", () => {
  it.each([
    ["a score below a bar", "주행 안전 점수가 40점 미만인 회원은 시스템이 자동으로 30일간 대여 예약을 정지합니다."],
    ["a pattern detected", "도용이 의심되는 결제 패턴이 탐지되면 시스템이 자동으로 해당 계정의 주문 기능을 정지합니다."],
  ])("must fire: %s, at its line", async (_name, sentence) => {
    const findings = await findingsOf("automated-decision", policy("대여 기록은 서비스 운영에 씁니다.", sentence));
    expect(findings.map((finding) => finding.line)).toEqual([8, 8]);
  });
  it.each([
    ["a lock-out after wrong passwords", "비밀번호를 다섯 번 잘못 입력하면 자동으로 로그인이 제한됩니다."],
    ["a contract that ends by itself", "대여 계약은 반납이 끝나면 자동으로 해지됩니다."],
    ["the effect denied", "안전 점수가 낮아도 시스템이 자동으로 대여를 정지하지는 않습니다."],
  ])("must not fire: %s", async (_name, sentence) => {
    expect(await findingsOf("automated-decision", policy(sentence))).toEqual([]);
  });
});

// the ways to refuse cookies or ads, told in sections beside the decisions' own under one chapter, refuse no decision
describe("automated-decision: the refusal in the decisions' own section", () => {
  const chapter = (...decisions: string[]) => [
    "# 집다움 개인정보 처리방침",
    "",
    "## Ⅲ. 자동 수집과 자동화된 결정",
    "",
    "### Ⅲ-1. 쿠키",
    "이용자는 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.",
    "",
    "### Ⅲ-2. 자동화된 결정",
    "부정 리뷰 탐지 시스템이 대가성 리뷰로 판단하면 사람의 검토 없이 자동으로 리뷰 작성 권한을 30일간 정지합니다.",
    ...decisions,
  ];
  it("must fire: the only refusal is the cookies'", async () => {
    const findings = await findingsOf("automated-decision", chapter(), "markdown");
    expect(findings.map((finding) => finding.messageId)).toEqual(["noRefusal", "noExplanation"]);
  });
  it("must not fire: the decisions' section gives both", async () => {
    const both = "이 조치를 거부하거나 설명을 요구하려면 고객센터(1670-0000)로 연락하십시오.";
    expect(await findingsOf("automated-decision", chapter(both), "markdown")).toEqual([]);
  });
});

// "8. 인적성검사와 자동화된 결정" over a section that says none is made, in other words than the term's denial
describe("automated-decision: a heading that names the decisions over a section that makes none", () => {
  const section = (...body: string[]) => [
    "# 한울식품 채용 개인정보 처리방침",
    "",
    "## 1. 개인정보의 처리 목적",
    "지원자 전형과 합격 통지에 씁니다.",
    "",
    "## 8. 역량검사와 자동화된 결정", // 6
    ...body,
  ];
  it.each([
    [
      "the automated means denied the decision",
      "역량검사(AI 면접 포함) 결과는 참고자료이며, 회사는 사람의 검토 없이 자동화된 시스템만으로 합격 여부를 결정하지 않습니다.",
    ],
    ["a person who decides", "AI 면접 결과는 참고자료로만 쓰며, 합격 여부는 면접위원이 직접 결정합니다."],
  ])("must not fire: %s", async (_, body) => {
    expect(await findingsOf("automated-decision", section(body), "markdown")).toEqual([]);
  });
  it("must fire where the section also tells of a decision the system makes alone", async () => {
    const body = [
      "서류 전형은 AI가 사람의 검토 없이 판정하여 기준에 못 미치면 불합격 처리됩니다.",
      "최종 합격 여부는 면접위원이 직접 결정합니다.",
    ];
    expect((await findingsOf("automated-decision", section(...body), "markdown")).map((f) => f.messageId)).toEqual([
      "noRefusal",
      "noExplanation",
    ]);
  });
});

// the effect as what the person can no longer do ("청약할 수 없습니다", "가입이 불가합니다"), in the next sentence of
// the same paragraph, which a page's source may put on its next line
describe("automated-decision: an effect the person cannot undo, told in the paragraph's next sentence", () => {
  const page = (...paragraph: string[]) =>
    [
      "<html><body><h1>다온 보험비교 개인정보 처리방침</h1>",
      "<h2>자동으로 판정하는 기능이 있나요?</h2>",
      `<p>${paragraph.join("\n")}</p>`,
      "<h2>개인정보 보호책임자</h2>",
      "<p>개인정보팀장 한다온, 02-800-0000</p>",
      "</body></html>",
    ].join("\n");
  it.each([
    [
      "cannot apply, on the next source line",
      ["간편 심사는 입력한 건강 고지를 시스템이 사람의 검토 없이 자동으로 판정합니다.", "불가로 판정되면 해당 상품을 청약할 수 없습니다."],
    ],
    ["subscription refused, on one line", ["간편 심사는 시스템이 사람의 검토 없이 자동으로 판정하며, 판정 결과 가입이 불가합니다."]],
  ])("must fire: %s", async (_name, paragraph) => {
    const findings = await findingsOf("automated-decision", page(...paragraph), "html");
    // at the line where the paragraph starts
    expect([...new Set(findings.map((finding) => finding.line))]).toEqual([3]);
  });
  it.each([
    [
      "only a recommendation left out",
      [
        "추천은 시스템이 사람의 검토 없이 자동으로 정합니다.",
        "조건에 맞지 않는 상품은 추천 목록에 보이지 않으며, 직접 찾아 청약할 수 있습니다.",
      ],
    ],
    [
      "something the person may not do, not decided by the system",
      ["상담원의 검토 없이 접수된 신청은 없습니다.", "신분증이 없으면 청약할 수 없습니다."],
    ],
  ])("must not fire: %s", async (_name, paragraph) => {
    expect(await findingsOf("automated-decision", page(...paragraph), "html")).toEqual([]);
  });
});

// the clause that names the decisions denies them, an occasion before it ("…을 판단할 때"): none is made
describe("automated-decision: denied in the clause that names it, after the occasion", () => {
  const section = (sentence: string) => ["가온렌터카 개인정보 처리방침", "", "7. 자동화된 결정", sentence];
  it("must not fire when the clause denies deciding so", async () => {
    const sentence =
      "회사는 대여 가능 여부를 판단할 때 완전히 자동화된 시스템으로 결정하지 않으며, 조회 결과는 지점 직원이 확인한 뒤 최종 결정합니다.";
    expect(await findingsOf("automated-decision", section(sentence))).toEqual([]);
  });
  it("must fire when another clause says the system decides alone", async () => {
    const sentence = "대여 가능 여부는 완전히 자동화된 시스템으로 결정하며, 지점 직원은 결과를 바꾸지 않습니다.";
    expect((await findingsOf("automated-decision", section(sentence))).length).toBeGreaterThan(0);
  });
});

// "시스템이 자동으로 판정하여 …": the judgement said to be made automatically says no person makes it, as "사람의 검토
// 없이" does; a person who reviews it before its effect, or a judgement denied, makes it no such decision
describe("automated-decision: a judgement made automatically, with an effect", () => {
  it.each([
    [
      "judged automatically, then restricted",
      "반납 기록에 미반납이 세 번 쌓이면 시스템이 자동으로 판정하여 대여 기능을 14일간 제한합니다.",
    ],
    [
      "analysed automatically to judge, the effect in the next sentence",
      "반납 사진은 판독 시스템이 자동으로 분석하여 위반 여부를 판정합니다. 위반으로 판정되면 보증금 환급 대상에서 제외됩니다.",
    ],
  ])("must fire: %s", async (_name, sentence) => {
    expect((await findingsOf("automated-decision", policy(sentence))).map((f) => [f.line, f.messageId])).toEqual([
      [7, "noRefusal"],
      [7, "noExplanation"],
    ]);
  });

  it.each([
    ["a person reviews it first", "미반납이 세 번 쌓이면 시스템이 자동으로 판정하고, 담당자 확인 후 대여 기능을 제한합니다."],
    ["a person decides", "시스템이 자동으로 위반 여부를 분류하지만, 이용 제한은 운영팀 직원이 직접 판단합니다."],
    ["no effect on the person", "반납 사진은 시스템이 자동으로 분류하여 보관 폴더에 나눠 둡니다."],
    ["the judgement denied", "시스템이 자동으로 위반을 판정하지 않으며, 대여 제한은 신고 내용을 확인한 직원이 정합니다."],
    ["a contract ending on its date, no judgement", "정기 이용권은 기간이 끝나면 자동으로 해지됩니다."],
  ])("must not fire: %s", async (_name, sentence) => {
    expect(await findingsOf("automated-decision", policy(sentence))).toEqual([]);
  });
});

// "…담당자가 검토하여 최종 결정하므로, 완전히 자동화된 결정으로 권리·의무에 영향을 미치는 경우는 없습니다": the term,
// named to say no decision with an effect is made
describe("automated-decision: no decision with an effect, said of the term", () => {
  it("must not fire", async () => {
    const sentence =
      "반납 사진은 판독 프로그램이 점수를 매기면 담당 직원이 검토하여 최종 판단하므로, 완전히 자동화된 결정으로 회원의 권리·의무에 영향을 미치는 경우는 없습니다.";
    expect(await findingsOf("automated-decision", policy(sentence))).toEqual([]);
  });
  it("must fire where the decision is said to have the effect", async () => {
    const sentence = "반납 사진은 완전히 자동화된 결정으로 판정되어 회원의 대여 자격에 영향을 미치는 경우가 있습니다.";
    expect((await findingsOf("automated-decision", policy(sentence))).map((f) => f.messageId)).toEqual(["noRefusal", "noExplanation"]);
  });
});
