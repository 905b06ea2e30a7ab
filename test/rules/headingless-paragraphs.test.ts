// Policies written without headings, in paragraphs only: each paragraph is the place of what it speaks of, whether
// its sentences run on one long line or are hard-wrapped over several.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const shop = (...paragraphs: string[][]) => ["솔바람책방 회원 개인정보 처리방침", "", ...paragraphs.flatMap((lines) => [...lines, ""])];

const itemsParagraph = ["책방이 다루는 개인정보는 회원 가입 때 받는 성명, 휴대폰 번호, 생일이며, 주문이 있으면 배송 주소도 함께 다룹니다."];
const destructionParagraph = [
  "쓸모가 다한 개인정보는 점장이 지울 대상을 골라 개인정보 보호책임자의 승인을 받은 뒤 없애며, 파일은 되살릴 수 없게 지우고 종이 서류는 파쇄합니다.",
];
const rightsParagraph = ["회원은 책방 앱의 1:1 상담 창구에서 자기 정보를 열람하거나 고쳐 달라고, 지워 달라고 요구할 수 있습니다."];
const cookiesParagraph = ["책방 누리집은 쿠키를 쓰지 않고, 광고식별자처럼 기기 정보를 모으는 장치도 두지 않습니다."];

describe("required items in a policy without headings, one paragraph per line", () => {
  it("must not fire: the items paragraph says by its subject what it lists", async () => {
    expect(await linesOf("required-items", shop(itemsParagraph))).toEqual([]);
  });

  it("must not fire: a destruction paragraph that gives the procedure and the method", async () => {
    expect(await linesOf("required-destruction", shop(itemsParagraph, destructionParagraph))).toEqual([]);
  });

  it("must not fire: a rights paragraph whose '1:1' is no field label", async () => {
    expect(await linesOf("required-rights", shop(itemsParagraph, rightsParagraph))).toEqual([]);
  });

  it("must not fire: cookies and the advertising identifier both denied, whatever the verb", async () => {
    expect(await linesOf("required-cookies", shop(itemsParagraph, cookiesParagraph))).toEqual([]);
  });

  it("must fire: a paragraph that names destruction without its method", async () => {
    const procedureOnly = ["쓸모가 다한 개인정보는 점장이 지울 대상을 골라 지체 없이 파기합니다."];
    expect(await findingsOf("required-destruction", shop(itemsParagraph, procedureOnly))).toMatchObject([
      { line: 1, messageId: "missing" },
    ]);
  });

  it("must fire: a paragraph that only mentions the items' word says nothing of them", async () => {
    const passing = ["책방은 회원이 원하는 책을 빨리 찾도록 돕고자 합니다. 앞으로 추가 수집이 필요하면 미리 알리겠습니다."];
    expect(await linesOf("required-items", shop(passing))).toEqual([1]);
  });
});

describe("dpo-contact in a policy without headings", () => {
  const safety = [
    "책방은 개인정보를 지키기 위해 내부관리계획을 세워 지키고,",
    "직원 교육을 해마다 하며, 회원 정보에 접근할 수 있는 사람을",
    "점장과 부점장으로 한정하고, 휴대폰 번호를 암호화해 두며,",
    "백신 프로그램을 매일 갱신하고, 서류함은 잠가 둡니다.",
  ];
  const passingMention = [
    "쓸모가 다한 개인정보는 점장이 지울 대상을 정해",
    "개인정보 보호책임자의 승인을 받은 뒤",
    "없애며, 파일은 되살릴 수 없게 지우고 종이 서류는 파쇄합니다.",
  ];

  it("must not fire: the paragraph that names the officer with a phone, after a passing mention", async () => {
    const officer = [
      "책방의 개인정보 보호책임자는 운영지원팀 팀장 서윤하이며,",
      "전화 031-777-2040, 전자우편 privacy@solbaram.example로",
      "연락하실 수 있습니다.",
    ];
    expect(await findingsOf("dpo-contact", shop(passingMention, safety, officer))).toEqual([]);
  });

  it("must fire at the officer's paragraph: a name and no contact", async () => {
    const officer = ["책방의 개인정보 보호책임자는 운영지원팀 팀장 서윤하이며,", "궁금한 점은 보호책임자에게 물으시면 됩니다."];
    const text = shop(passingMention, safety, officer);
    expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[12, "noContact"]]);
  });

  it("must fire at line 1: only a passing mention, no officer anywhere", async () => {
    expect((await findingsOf("dpo-contact", shop(passingMention, safety))).map((f) => [f.line, f.messageId])).toEqual([[1, "missing"]]);
  });
});

describe("vague-listing in a policy without headings", () => {
  it.each([
    ["the items as the subject", "책방이 다루는 개인정보는 성명, 휴대폰 번호, 즐겨 찾는 분야 등이며, 주문하면 주소도 다룹니다.", 3],
    ["the items as what is collected", "책방은 가입할 때 성명, 휴대폰 번호, 관심 분야 등을 수집합니다.", 3],
    ["the recipients as the subject", "개인정보를 제공받는 자는 한빛출판, 누리도서 등이며, 목적은 신간 발송입니다.", 3],
  ])("must fire: %s", async (_, sentence, line) => {
    expect(await linesOf("vague-listing", shop([sentence]))).toEqual([line]);
  });

  it("must fire on the wrapped line that holds the '등'", async () => {
    const wrapped = [
      "책방이 다루는 개인정보는 회원 가입 때 받는 성명,",
      "휴대폰 번호, 즐겨 찾는 분야 등이며, 주문하면",
      "배송 주소도 함께 다룹니다.",
    ];
    expect((await findingsOf("vague-listing", shop(wrapped))).map((f) => [f.line, f.column])).toEqual([[4, 18]]);
  });

  it.each([
    [
      "another sentence of the same paragraph",
      "책방이 다루는 개인정보는 성명과 휴대폰 번호입니다. 책방은 암호화, 접근 통제 등의 조치를 합니다.",
    ],
    ["a sentence about cookies", "책방 누리집은 방문 기록, 쿠키 등을 자동으로 수집합니다."],
    ["a list that is denied", "책방은 주민등록번호, 건강 정보 등을 수집하지 않습니다."],
    ["a list in a sentence about something else", "책방은 독서 모임, 저자 강연 등 행사를 엽니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await linesOf("vague-listing", shop([sentence]))).toEqual([]);
  });

  it("must not read a paragraph as a place in a policy with headings", async () => {
    const text = [
      "솔바람책방 개인정보 처리방침",
      "",
      "1. 개인정보의 처리 목적",
      "주문 처리를 위해 씁니다.",
      "",
      "2. 문의",
      "책방이 다루는 개인정보는 성명, 휴대폰 번호 등이라고 안내받은 분은 연락 주십시오.",
    ];
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
});
