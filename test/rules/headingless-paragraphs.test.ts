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
