import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// Recipients are named, not given as a kind or closed with 등 (law.md §1.4.6): a recipient field, column or
// list whose every recipient is only a kind of organisation names no one.
const club = (...section: string[]) => ["초록들 산악회 개인정보 처리방침", "", "4. 개인정보의 제3자 제공", ...section];
const details = ["  - 제공 목적: 산행 보험 가입", "  - 제공 항목: 이름, 생년월일", "  - 보유 기간: 산행 종료 후 1년"];
const found = async (text: string[]) =>
  (await findingsOf("third-party-provision", text)).map((finding) => [finding.line, finding.messageId]);

describe("third-party-provision: recipients given only as a kind", () => {
  it.each([
    ["two kinds joined by 및", "  - 제공받는 자: 관련 공공기관 및 제휴 단체"],
    ["one kind closed with 등", "  - 제공받는 자 : 관계 부처 등"],
    ["kinds separated by commas", "  - 제공받는 자: 보험사, 카드사 등"],
    ["a bank given by a qualifier", "  - 제공받는 자: 제휴 은행"],
    ["two trades of a funeral joined by 및", "  - 제공받는 자: 협력 장례 대행업체 및 상조회사"],
    ["a group's companies", "  - 제공받는 자: 한빛그룹 계열사"],
    ["travel businesses given by qualifiers", "  - 제공받는 자: 협력 여행사 및 제휴 호텔"],
    // a sector's own words for the businesses it deals with: the employer a worker is sent to, a hiring company
    ["the employers a dispatched worker is sent to", "  - 제공받는 자: 사용사업주"],
    ["the workplaces workers are dispatched to", "  - 제공받는 자: 파견 사업장"],
    ["hiring companies", "  - 제공받는 자: 구인 기업"],
    ["a reinsurer, one word", "  - 제공받는 자: 재보험사"],
    ["a publisher by what it publishes", "  - 제공받는 자: 제휴 교재 출판사"],
    ["libraries taking part in a scheme", "  - 제공받는 자: 협약 참여 도서관"],
  ])("fires on a recipient field of %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([
      [5, "recipientKind"],
    ]);
  });

  it("fires on a recipient given with a kind among others, though a sentence on the statute's exceptions follows the details", async () => {
    const text = club(
      "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.",
      "  - 제공받는 자: 함께 산행할 조의 조장 및 협력 업체 등",
      "  - 제공 목적: 산행 조 편성",
      "  - 제공 항목: 이름, 휴대전화번호",
      "  이 밖에 법률에 특별한 규정이 있으면 동의 없이 제공할 수 있습니다.",
    );
    expect(await found(text)).toEqual([[5, "recipientKind"]]);
  });

  it("fires on a recipient column whose cell is only a kind", async () => {
    const text = club("", "제공받는 자 | 제공 목적 | 제공 항목", "관련 공공기관 등 | 산행 안전 신고 | 이름, 연락처");
    expect(await found(text)).toEqual([[6, "recipientKind"]]);
  });

  it("fires on a list under '제공받는 자' whose every item is a kind", async () => {
    const text = club("산악회는 아래와 같이 개인정보를 제공합니다.", "- 제공받는 자", "  · 제휴 여행사", "  · 협력 단체", "", ...details);
    expect(await found(text)).toEqual([[5, "recipientKind"]]);
  });

  it("fires on a consented provision to a kind that gives its purpose, beside a recipient named by law", async () => {
    const text = club(
      "- 법령에 따른 제공: 국민연금공단(「국민연금법」에 따른 신고)",
      "- 동의에 따른 제공: 협력 보험사 등에 산행 보험 안내를 위해 이름과 연락처를 제공합니다.",
    );
    expect(await found(text)).toEqual([[5, "recipientKind"]]);
  });

  it.each([
    ["a public body by name", "  - 제공받는 자: 국민건강보험공단"],
    ["the office with jurisdiction", "  - 제공받는 자: 관할 세무서"],
    ["a company with its mark", "  - 제공받는 자: 누리손해보험(주)"],
    ["a kind with its member named beside it", "  - 제공받는 자: 제휴 보험사(한결손해보험)"],
    ["a named company and a kind", "  - 제공받는 자: 한결손해보험, 협력 단체"],
    ["a bank by its name", "  - 제공받는 자: 누리은행"],
    ["a workplace by its company's name", "  - 제공받는 자: 한결정밀 사업장"],
    ["an employer named with its role in brackets", "  - 제공받는 자: 누리물산(사용사업주)"],
    ["a hotel by its name", "  - 제공받는 자: 바다뜰 호텔"],
  ])("does not fire on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([]);
  });

  it("does not fire on the statute's exception for investigations", async () => {
    const text = club("산악회는 개인정보를 제3자에게 제공하지 않습니다. 다만 수사기관이 법령에 따라 요구하는 경우에는 제공할 수 있습니다.");
    expect(await found(text)).toEqual([]);
  });
});

// a public body given by how it stands ("산하 공공기관", "○○군 공공기관") is a kind as "산하 기관" is, whatever the basis
// of the provision; a public body named, with its status in brackets or not, names one
describe("third-party-provision: recipients given as a kind of public body", () => {
  it.each([
    ["a body under the controller", "  - 제공받는 자: 초록들군 산하 공공기관"],
    ["the region's public bodies", "  - 제공받는 자: 지역 공공기관"],
  ])("fires on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([
      [5, "recipientKind"],
    ]);
  });
  it.each([
    ["a public body named with its status", "  - 제공받는 자: 한국산림복지진흥원(공공기관)"],
    ["a foundation by its name", "  - 제공받는 자: 초록들군 체육재단"],
  ])("does not fire on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([]);
  });
});

// One of many of a kind (a chain's stores, a market's sellers, a courier's drivers) names no one, a brand or a
// qualifier before it or not: the brand says whose stores, not which. A branch's own name is a name.
// a trade's own place of work, or a venue it runs, given after a word of standing ("협력 정미소", "지정 골프장") is a kind
// of business as "협력 농장" is; the same word with a name before it, or fused to one, names the business
describe("third-party-provision: a trade's place of work or venue given as the recipient", () => {
  const lead = "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.";
  it.each(["협력 정미소", "지정 골프장", "제휴 예식장", "협약 한의원", "협력 정육점"])("fires on '%s'", async (recipient) => {
    expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([[5, "recipientKind"]]);
  });
  // a Markdown page with quoted bold titles sets the list apart from its lead-in by a blank line: one finding, on the
  // field, as when the list follows the lead-in directly
  const quoted = (recipient: string) => [
    "# 초록들 산악회 개인정보 처리방침",
    "",
    "> **4. 개인정보의 제3자 제공**",
    "",
    lead,
    "",
    `- 제공받는 자: ${recipient}`,
    ...details.map((detail) => detail.trim()),
  ];
  const foundIn = async (text: string[]) =>
    (await findingsOf("third-party-provision", text, "markdown")).map((finding) => [finding.line, finding.messageId]);
  it("fires once, on the field, under a quoted bold title with the list set apart", async () => {
    expect(await foundIn(quoted("제휴 은행"))).toEqual([[7, "recipientKind"]]);
  });
  it.each(["협력 주조장", "제휴 수영장"])("fires the same on a trade's place in that layout: '%s'", async (recipient) => {
    expect(await foundIn(quoted(recipient))).toEqual([[7, "recipientKind"]]);
  });
  it("does not fire on a named one in that layout", async () => {
    expect(await foundIn(quoted("한울 주조장"))).toEqual([]);
  });
  it.each(["한울정미소", "한울 골프장", "㈜누리 예식장"])("does not fire on a named one: '%s'", async (recipient) => {
    expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([]);
  });
});

describe("third-party-provision: shops, salons and studios given as the recipient", () => {
  const lead = "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.";
  it.each([
    "협력 한복숍 및 예복샵",
    "제휴 네일살롱",
    "지정 사진 스튜디오",
    "협력 안경점",
    "제휴 웨딩홀 및 헤어샵",
    "애견숍",
    "제휴 중고 명품 판매처",
    "협력 공급처",
  ])("fires on '%s'", async (recipient) => {
    expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([[5, "recipientKind"]]);
  });
  it.each([
    "누리한복숍",
    "나래네일살롱",
    "봄빛 스튜디오",
    "온새미안경점",
    "햇살예복샵 및 달빛한복숍",
    "봄빛명품 판매처",
    "식품의약품안전처",
  ])("does not fire on a named one: '%s'", async (recipient) => {
    expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([]);
  });
});

// the controller's tie to them said as a clause ("회사와 제휴한") qualifies the kinds as "제휴" does, and a bracket that
// gives a kind's kinds may give them as heads alone ("제휴 업체(사진관, 한복숍)")
describe("third-party-provision: kinds qualified by a clause, or given in a bracket", () => {
  const lead = "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.";
  it.each(["산악회와 제휴한 사진관, 한복숍, 안경점", "산악회와 협약을 맺은 병원", "협력 업체(사진관, 한복숍, 안경점)"])(
    "fires on '%s'",
    async (recipient) => {
      expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([[5, "recipientKind"]]);
    },
  );
  it.each(["산악회와 제휴한 봄빛사진관", "협력 업체(봄빛사진관, 누리한복숍)", "회원이 고른 사진관"])(
    "does not fire where one is named or the member picks: '%s'",
    async (recipient) => {
      expect(await found(club(lead, `  - 제공받는 자: ${recipient}`, ...details))).toEqual([]);
    },
  );
});

describe("third-party-provision: a recipient given as one of many of a kind", () => {
  const bakery = (...section: string[]) => ["달빛제과 개인정보 처리방침", "", "4. 개인정보의 제3자 제공", ...section];
  it.each([
    ["a brand's stores", "달빛제과 가맹점"],
    ["a role noun", "입점 판매자"],
    ["the store of the order", "픽업 매장"],
    ["a courier's drivers", "퀵서비스 기사"],
    ["a kind with another kind in brackets", "픽업 매장(달빛제과 가맹점)"],
  ])("fires on a recipient cell of %s", async (_, cell) => {
    const text = bakery(
      "",
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      `${cell} | 주문 상품 준비 | 주문자 이름, 주문 내역 | 수령 후 5일`,
    );
    expect(await found(text)).toEqual([[6, "recipientOneOfMany"]]);
  });

  it("fires once, on the field, when the field and the lead-in above it give only the same role", async () => {
    const text = bakery(
      "회사는 택배 주문을 받으면 입점 판매자에게 아래와 같이 개인정보를 제공합니다.",
      "- 제공받는 자: 입점 판매자",
      "- 제공 목적: 상품 발송",
      "- 제공 항목: 받는 분 이름, 주소, 연락처",
      "- 보유 기간: 발송 후 1개월",
    );
    expect(await found(text)).toEqual([[5, "recipientOneOfMany"]]);
  });

  // where the member sees which one, said in brackets after the role
  it("does not fire when the field says where the member sees which store", async () => {
    const text = bakery(
      "회사는 스마트오더 주문을 받으면 아래와 같이 개인정보를 제공합니다.",
      "- 제공받는 자: 주문한 매장의 가맹점주(주문 화면과 주문 내역에 매장명이 표시됩니다)",
      "- 제공 목적: 주문 제품 준비",
      "- 제공 항목: 받는 분 이름, 연락처",
      "- 보유 기간: 수령 후 30일",
    );
    expect(await found(text)).toEqual([]);
  });

  it.each([
    ["a company with its mark", "㈜달빛제과"],
    ["a branch by its name", "달빛제과 서초점"],
    ["a public body by name", "국민건강보험공단"],
    ["a named company and its role", "한결물류㈜ (배송)"],
  ])("does not fire on %s", async (_, cell) => {
    const text = bakery(
      "",
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      `${cell} | 주문 상품 준비 | 주문자 이름, 주문 내역 | 수령 후 5일`,
    );
    expect(await found(text)).toEqual([]);
  });

  it("does not fire on a chain's stores when the section links to the list of them", async () => {
    const text = bakery(
      "",
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      "회원이 고른 달빛제과 가맹점 | 주문 상품 준비 | 주문자 이름, 주문 내역 | 수령 후 5일",
      "",
      "가맹점 현황은 누리집의 매장 안내(https://dalbit.example/stores)에서 볼 수 있습니다.",
    );
    expect(await found(text)).toEqual([]);
  });
});

// One recipient field whose value is a kind fused into a longer noun, beside recipients that are named.
describe("third-party-provision: a kind fused into a longer noun, wherever it stands among the recipients", () => {
  const kindEntry = [
    "  - 제공받는 자: 임상시험에 함께하는 협력병원 등 공동 연구기관",
    "  - 제공 목적: 다기관 임상시험 수행",
    "  - 제공 항목: 시험대상자 번호, 검사 결과",
    "  - 보유 기간: 시험 종료 후 5년",
  ];
  const namedEntry = [
    "  - 제공받는 자: 한빛바이오 주식회사",
    "  - 제공 목적: 검체 분석",
    "  - 제공 항목: 시험대상자 번호, 검체",
    "  - 보유 기간: 분석 종료 후 1년",
  ];
  const lead = "산악회는 동의를 받아 아래와 같이 개인정보를 제공합니다.";

  it("fires when the kind comes first and a named recipient follows", async () => {
    expect(await found(club(lead, ...kindEntry, ...namedEntry))).toEqual([[5, "recipientKind"]]);
  });

  it("fires the same when the named recipient comes first", async () => {
    expect(await found(club(lead, ...namedEntry, ...kindEntry))).toEqual([[9, "recipientKind"]]);
  });

  it("says which kind, with the words fused to it", async () => {
    const findings = await findingsOf("third-party-provision", club(lead, ...kindEntry, ...namedEntry));
    expect(findings[0].message).toContain("('협력병원')");
  });

  it.each([
    ["a hospital's own name", "  - 제공받는 자: 한빛대학교병원"],
    ["an insurer's own name", "  - 제공받는 자: 누리생명보험사"],
  ])("does not fire on %s that ends in a word for a kind", async (_, field) => {
    expect(await found(club(lead, field, ...details))).toEqual([]);
  });
});

describe("third-party-provision: payment agents given as recipients", () => {
  it.each([
    ["spaced", "  - 제공받는 자: 전자 결제 대행 업체"],
    ["run together", "  - 제공받는 자: 결제대행사"],
    ["as PG", "  - 제공받는 자: PG사"],
    ["beside another kind", "  - 제공받는 자: 결제대행사 및 택배사"],
  ])("fires on a recipient field: %s", async (_, field) => {
    expect(await found(club("산악회는 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([[5, "recipientKind"]]);
  });

  it("does not fire on a payment agent that is named", async () => {
    expect(
      await found(club("산악회는 동의를 받아 아래와 같이 개인정보를 제공합니다.", "  - 제공받는 자: 바른결제 주식회사", ...details)),
    ).toEqual([]);
  });
});

// One recipient named and the rest left open ("A 등 협력 기관"): the list is open, which vague-listing reports;
// third-party-provision does not call the named recipient a kind.
describe("a named recipient followed by 등 and a kind", () => {
  const both = async (text: string[]) =>
    (await Promise.all(["third-party-provision", "vague-listing"].map((rule) => findingsOf(rule, text))))
      .flat()
      .map((finding) => [finding.line, finding.ruleId, finding.message]);
  const lead = "산악회는 동의를 받아 아래와 같이 개인정보를 제공합니다.";

  it.each([
    ["a hospital and its partners", "  - 제공받는 자: 한빛대학교병원 등 협력 기관", "한빛대학교병원", "등 협력 기관"],
    ["a spaced name", "  - 제공받는 자: 한빛대학교 병원 등 참여 기관", "한빛대학교 병원", "등 참여 기관"],
    ["a company and nothing after 등", "  - 제공받는 자: 누리손해보험㈜ 등", "누리손해보험㈜", "등"],
  ])("is one vague-listing finding: %s", async (_, field, name, rest) => {
    const findings = await both(club(lead, field, ...details));
    expect(findings).toEqual([
      [5, "vague-listing", `제공받는 자를 '${name}' 하나만 밝히고 나머지는 '${rest}'으로 열어 두었습니다: 모두 이름으로 적으십시오`],
    ]);
  });

  it("is one vague-listing finding when the rest are a group's affiliates", async () => {
    const findings = await both(club(lead, "  - 제공받는 자: 누리유통 등 누리 계열사", ...details));
    expect(findings).toEqual([
      [5, "vague-listing", "제공받는 자를 '누리유통' 하나만 밝히고 나머지는 '등 누리 계열사'로 열어 두었습니다: 모두 이름으로 적으십시오"],
    ]);
  });

  it("is one vague-listing finding in a recipient column too", async () => {
    const text = club(
      "",
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      "한빛대학교병원 등 협력 기관 | 공동 연구 | 이름, 연락처 | 연구 종료 후 3년",
    );
    expect((await both(text)).map(([line, rule]) => [line, rule])).toEqual([[6, "vague-listing"]]);
  });

  it("leaves a kind before 등 to third-party-provision alone", async () => {
    const findings = await both(club(lead, "  - 제공받는 자: 협력병원 등 관계 기관", ...details));
    expect(findings.map(([line, rule]) => [line, rule])).toEqual([[5, "third-party-provision"]]);
  });

  it("keeps the two-name list to vague-listing alone", async () => {
    const findings = await both(club(lead, "  - 제공받는 자: 한빛대학교병원, 누리의료원 등", ...details));
    expect(findings.map(([line, rule]) => [line, rule])).toEqual([[5, "vague-listing"]]);
  });
});

// The person the member deals with through the service is picked by the member's own use: a natural person with
// no company name, and not a kind of business.
describe("third-party-provision: a recipient who is the member's counterpart", () => {
  const club = (...rows: string[]) => [
    "새벽별 등산 동호회 개인정보 처리방침",
    "",
    "4. 개인정보의 제3자 제공",
    "",
    "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
    ...rows,
  ];
  it.each([
    ["the matched member", "함께 걷기로 매칭된 회원"],
    ["the other party of a trade", "장비 중고 거래 상대방"],
    ["the other member, in two words", "상대방 회원"],
    ["the member introduced", "소개받은 동행 회원"],
    ["the buyer of a used item", "중고 장비 구매자"],
  ])("does not fire on %s", async (_, cell) => {
    expect(await found(club(`${cell} | 산행 약속 | 닉네임, 연락처 | 산행 후 7일`))).toEqual([]);
  });
  it("still asks such a recipient for the period it keeps the data", async () => {
    const text = ["새벽별 등산 동호회 개인정보 처리방침", "", "4. 개인정보의 제3자 제공", "", "제공받는 자 | 제공 목적 | 제공 항목"];
    expect(await found([...text, "매칭된 상대 회원 | 산행 약속 | 닉네임, 연락처"])).toEqual([[6, "recipientDetailsMissing"]]);
  });
  it("does not fire on the seller beside the buyer: the two parties of a trade between members", async () => {
    expect(
      await found(club("판매자 | 물품 발송 | 구매자 이름, 주소 | 거래 후 1개월", "구매자 | 발송 확인 | 판매자 닉네임 | 거래 후 1개월")),
    ).toEqual([]);
  });
  it("still fires on sellers and stores", async () => {
    expect(await found(club("입점 판매자 | 장비 발송 | 이름, 주소 | 발송 후 1개월"))).toEqual([[6, "recipientOneOfMany"]]);
  });
});

// A kind in a sentence is read with the same reader as a kind in a field: the words before the particle that
// receives the provision ("…에", "…에게") are the recipient, whatever word for a body or business ends them.
describe("third-party-provision: a kind of recipient in a sentence that provides", () => {
  it.each([
    ["a partner company", "산악회는 회원의 이름과 연락처를 제휴 파트너사에 제공합니다."],
    ["organisations joined by 등", "산악회는 산행 보험을 위하여 후원 기관 등 협력 단체에 회원의 이름을 제공할 수 있습니다."],
    [
      "a kind, then a clause on every other case",
      "산악회는 행사 운영을 위해 협력 단체에게 이름을 전달하며, 그 외에는 동의 없이 제공하지 않습니다.",
    ],
    ["a qualified kind of business", "산악회는 회원의 연락처를 관련 여행사에 제공할 수 있습니다."],
  ])("fires on %s", async (_, sentence) => {
    expect(await found(club(sentence))).toEqual([[4, "recipientKind"]]);
  });
  it.each([
    ["a provision the law requires", "산악회는 법령에 따라 수사기관에 회원 정보를 제공할 수 있습니다."],
    ["a denial", "산악회는 회원의 정보를 협력 단체에 제공하지 않습니다."],
    ["work entrusted to a kind", "산악회는 회원 관리 업무를 협력 업체에 위탁합니다."],
    ["a recipient named beside the kind", "산악회는 ㈜누리여행 등 협력 여행사에 회원 이름을 제공합니다."],
    ["a recipient named by its own name", "산악회는 산행 보험 가입을 위해 한빛손해보험에 회원 이름을 제공합니다."],
    ["a hospital named before its kind word", "산악회는 사고 처리를 위해 누리대학교 병원에 회원 이름을 제공합니다."],
    ["a provision only on consent", "산악회는 회원이 동의한 경우에만 협력 단체에 이름을 제공합니다."],
  ])("does not fire on %s", async (_, sentence) => {
    // a named recipient may still lack its period (bare-provisions.test.ts): only the kind is asked about here
    expect((await found(club(sentence))).filter(([, id]) => id === "recipientKind")).toEqual([]);
  });
});

// "다음과 같이 제공합니다" over the purpose, items and period, with no 제공받는 자 anywhere: the recipient is missing
describe("third-party-provision: a provision listed without any recipient", () => {
  const lead = "산악회는 지역 체육 통계를 위하여 다음과 같이 개인정보를 제공합니다.";
  it("fires at the lead-in when the details list no recipient", async () => {
    expect(await found(club(lead, ...details))).toEqual([[4, "recipientMissing"]]);
  });
  it("fires when a blank line sets the details apart from the lead-in", async () => {
    expect(await found(club(lead, "", ...details))).toEqual([[4, "recipientMissing"]]);
  });
  it("fires when the lead-in does not even say what is provided", async () => {
    expect(await found(club("산악회는 통계 작성을 위하여 아래와 같이 제공하고 있습니다.", ...details))).toEqual([[4, "recipientMissing"]]);
  });
  it.each([
    ["a recipient field among the details", [lead, "  - 제공받는 자: 한빛시 체육회", ...details]],
    ["a recipient in the lead-in", ["산악회는 다음과 같이 한빛시 체육회에 개인정보를 제공합니다.", ...details]],
    ["a recipient as the item's title", [lead, "  1. 한빛시 체육회", ...details]],
    ["a denial", ["산악회는 개인정보를 제3자에게 제공하지 않습니다.", ...details]],
  ])("does not fire on %s", async (_, lines) => {
    expect(await found(club(...lines))).toEqual([]);
  });
});

// A person the service assigns to the member's own order is one person for each order, with no company name to
// give; one of many businesses of a kind ("판매자", "주문 매장") is named, or the policy says where the member sees
// which one, and the message says both ways.
describe("third-party-provision: the person assigned to an order, and one of many of a kind", () => {
  const table = (recipient: string, ...after: string[]) =>
    club(
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      `| ${recipient} | 물품 전달 | 주소, 안심번호 | 전달 완료 시까지 |`,
      ...after,
    );

  it.each([
    ["a rider dispatched to the order", "배차된 라이더"],
    ["a helper matched to the request", "요청에 매칭된 돌보미"],
    ["a driver assigned to each order", "주문마다 배정된 기사"],
    ["a taxi driver dispatched to the ride", "배차된 택시 기사"],
  ])("does not fire on %s", async (_, recipient) => {
    expect(await found(table(recipient))).toEqual([]);
  });

  it.each([
    ["a courier's drivers, assigned to no order", "택배 기사", "recipientOneOfMany"],
    ["a rider in charge", "담당 라이더", "recipientOneOfMany"],
    ["the seller of the goods", "상품 판매자", "recipientOneOfMany"],
  ])("fires on %s, with the message for its kind", async (_, recipient, messageId) => {
    expect(await found(table(recipient))).toEqual([[5, messageId]]);
  });

  it("does not fire on one of many where the policy says the member sees which one in the order", async () => {
    expect(await found(table("상품 판매자", "판매자의 상호와 연락처는 주문 상세 화면에서 확인할 수 있습니다."))).toEqual([]);
  });
});

// One of many picked by the member's own trade (the seller of their order, the store they used, its owner): the
// member can tell which, and what is missing is where they see it, a warning quoting the whole recipient. A plain
// kind ("협력 보험사") names no one and stays an error.
describe("third-party-provision: one of many picked by the member's own trade", () => {
  const full = async (text: string[]) =>
    (await findingsOf("third-party-provision", text)).map((finding) => [finding.line, finding.severity, finding.message]);
  it.each([
    ["the seller of the member's order", "  - 제공받는 자: 회원이 주문한 상품의 판매자"],
    ["the store the member booked", "  - 제공받는 자: 예약한 매장"],
    ["the owner of the store a complaint names", "  - 제공받는 자: 민원이 제기된 지점의 점주"],
    ["the franchisee of the store used", "  - 제공받는 자: 이용한 매장의 가맹점주"],
    ["the driver of the delivery", "  - 제공받는 자: 해당 배송의 기사"],
  ])("warns on %s, quoting the whole recipient", async (_, field) => {
    const findings = await full(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details));
    const recipient = field.split(": ")[1];
    expect(findings).toHaveLength(1);
    expect(findings[0].slice(0, 2)).toEqual([5, "warning"]);
    expect(findings[0][2]).toContain(`'${recipient}'`);
  });

  it.each([
    ["an insurer given by a qualifier", "  - 제공받는 자: 협력 보험사"],
    ["partner businesses", "  - 제공받는 자: 협력 업체"],
  ])("keeps %s an error", async (_, field) => {
    const findings = await full(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details));
    expect(findings.map((finding) => finding.slice(0, 2))).toEqual([[5, "error"]]);
  });

  it("quotes the word a kind stands in, in a sentence ('점주', not the '가맹점' inside '가맹점주')", async () => {
    const findings = await full(club("산악회는 장비 환불을 위해 대여한 지점의 가맹점주에게 이름과 연락처를 제공합니다."));
    expect(findings.map((finding) => finding.slice(0, 2))).toEqual([[4, "warning"]]);
    expect(findings[0][2]).toContain("가맹점주'");
  });

  it("stays silent when the policy says where the member sees the store of their order", async () => {
    const text = club(
      "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.",
      "  - 제공받는 자: 예약한 매장의 점주(매장 정보는 예약 화면에 표시됩니다)",
      ...details,
    );
    expect(await full(text)).toEqual([]);
  });
});

// a finance product or line of insurance before the word for a lender or insurer says what it sells, not who it
// is: "리스 금융회사", "렌탈 캐피탈사", "할부금융사", "화재 보험사"; a name before it ("한빛캐피탈", a company's
// mark) names one
describe("third-party-provision: a lender or insurer given by its product", () => {
  const shop = (...section: string[]) => ["가온가구 개인정보 처리방침", "", "3. 개인정보의 제3자 제공", ...section];
  const loanDetails = ["  - 제공 목적: 분할 결제 심사", "  - 제공 항목: 이름, 생년월일, 휴대전화번호", "  - 보유 기간: 결제 완료 후 5년"];

  it.each([
    ["a lender given by its product, spaced", "  - 제공받는 자: 협력 리스 금융회사"],
    ["a lender given by its product, without a qualifier", "  - 제공받는 자: 대출 금융사"],
    ["a lender given by its product, fused", "  - 제공받는 자: 할부금융사"],
    ["a capital company given by its product", "  - 제공받는 자: 렌탈 캐피탈사"],
    ["a capital company alone", "  - 제공받는 자: 캐피탈사"],
    ["an insurer given by its line", "  - 제공받는 자: 화재 보험사"],
    ["a savings bank", "  - 제공받는 자: 저축은행"],
  ])("fires on %s", async (_, field) => {
    expect(await found(shop("가구점은 고객 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...loanDetails))).toEqual([
      [5, "recipientKind"],
    ]);
  });

  it("fires on a sentence that gives such a lender as the recipient", async () => {
    const text = shop("가구점은 분할 결제 심사를 위해 고객의 이름과 생년월일을 여신 금융회사에 제공하며, 결제 완료 후 5년간 보관합니다.");
    expect(await found(text)).toEqual([[4, "recipientKind"]]);
  });

  it.each([
    ["a lender named before its product", "  - 제공받는 자: 한빛캐피탈 리스 금융회사"],
    ["a name fused to the trade", "  - 제공받는 자: 가온저축은행"],
    ["a company's mark before the kind", "  - 제공받는 자: ㈜누리 할부 금융사"],
    ["a name that carries a product word", "  - 제공받는 자: 누리캐피탈"],
    ["a Latin name", "  - 제공받는 자: HN카드"],
  ])("does not fire on %s", async (_, field) => {
    expect(await found(shop("가구점은 고객 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...loanDetails))).toEqual([]);
  });
});

// A name glossed in brackets with what the party is ("푸른길여행(숙박 예약 협력사)") names the recipient; the kind
// in the bracket only explains it. A kind standing alone, a gloss that leaves the list open with 등, or a bracket
// that is all the field gives names no one.
describe("third-party-provision: a named recipient glossed with its kind in brackets", () => {
  const lead = "산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.";
  it.each([
    ["a kind after the name", "  - 제공받는 자: 푸른길여행(숙박 예약 협력사)"],
    ["a space before the bracket", "  - 제공받는 자: 솔바람캠핑장 (캠핑 협력업체)"],
    ["an insurer glossed with its kind", "  - 제공받는 자: 한울손해보험 (단체 보험사)"],
  ])("does not fire on %s, while a kind glossed so still does", async (_, field) => {
    expect(await found(club(lead, field, ...details))).toEqual([]);
    // the same gloss after a kind, or left open with 등, names no one
    const kind = field.replace(/: [^(]+\(/, ": 여행사(");
    const open = field.replace(/\)$/, " 등)");
    expect(await found(club(lead, kind, ...details))).toEqual([[5, "recipientKind"]]);
    expect(await found(club(lead, open, ...details))).toEqual([[5, "recipientKind"]]);
  });

  it("does not fire when a sentence provides to the glossed name", async () => {
    const text = club("산악회는 산행 숙소 예약을 위해 푸른길여행(숙박 예약 협력사)에 회원의 이름과 연락처를 제공합니다.", ...details);
    expect(await found(text)).toEqual([]);
  });

  it("fires on a bracket that is all the field gives", async () => {
    expect(await found(club(lead, "  - 제공받는 자: (숙박 예약 대행업체)", ...details))).toEqual([[5, "recipientKind"]]);
  });
});

// A kind may come first with the name in brackets after it ("제휴 평가기관(누리에듀)에"): the bracket names the one
// recipient, as a name glossed with its kind does the other way round.
describe("third-party-provision: a kind glossed with the recipient's name in a sentence", () => {
  const provision = (recipient: string) =>
    club(`산악회는 단체 보험 가입을 위해 ${recipient}에 회원의 이름과 생년월일을 제공하며, 받는 곳은 산행이 끝난 뒤 1년까지 보관합니다.`);

  it.each([["제휴 교육기관(누리에듀)"], ["협력 채점기관(가온평가원)"], ["협력 보험사(한결손해보험)"]])(
    "does not fire on %s",
    async (recipient) => {
      expect(await found(provision(recipient))).toEqual([]);
    },
  );

  it.each([["협력 채점기관(제휴 업체)"], ["제휴 교육기관"]])("still fires on %s, which names no one", async (recipient) => {
    expect(await found(provision(recipient))).toEqual([[4, "recipientKind"]]);
  });
});

// a trade's own place of work ("공장", "정비소", "공방", "농장", "학원") after a word of standing ("협력", "지정",
// "가맹") or fused to words of work ("수선공방") is a kind; a name fused to it ("푸른들농장") stays a name
describe("third-party-provision: a recipient given by a trade's own place of work", () => {
  const provides = (recipient: string) =>
    club(
      `산악회는 단체복 제작을 위해 회원의 치수 정보를 ${recipient}에 제공합니다. 제공 항목은 이름, 치수이며 제작 완료 후 3개월까지 보관합니다.`,
    );
  it.each([
    ["a partner factory", "협력 봉제공장"],
    ["an appointed repair shop", "지정 정비소"],
    ["a contracted workshop", "계약 수선공방"],
    ["a farm given by a qualifier, closed with 등", "제휴 농장 등"],
    ["an affiliated academy", "가맹 학원"],
  ])("fires on %s", async (_, recipient) => {
    expect((await found(provides(recipient))).map(([, messageId]) => messageId)).toEqual(["recipientKind"]);
  });
  it.each([
    ["a name fused to the place", "푸른들농장"],
    ["a name fused to it after a qualifier", "협력 솔내봉제공장"],
    ["a company's mark", "㈜다온정비소"],
  ])("does not fire on %s", async (_, recipient) => {
    expect(await found(provides(recipient))).toEqual([]);
  });
});

// a company given only by how it stands to an event or a service ("협찬사", "후원사", "주관사", "참여사", "운영사") names
// no one, whatever the event before it is called: "등반 대회 후원사" says whose sponsor, not which company
describe("third-party-provision: a recipient given by how it stands to an event", () => {
  it.each([
    ["a sponsor after the event", "  - 제공받는 자: 등반 대회 후원사"],
    ["an organiser after the event", "  - 제공받는 자: 둘레길 걷기 행사 주관사"],
    ["sponsors and taking-part firms joined by 및", "  - 제공받는 자: 산행 협찬사 및 참여사"],
  ])("fires on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([
      [5, "recipientKind"],
    ]);
  });

  it("fires on a sentence that gives the data to such a sponsor", async () => {
    const sentence =
      "완주 기념품은 등반 대회 협찬사에 회원의 이름, 연락처, 주소를 제공하여 협찬사가 보내며, 발송 후 1개월 안에 파기합니다.";
    expect((await found(club(sentence))).map(([, messageId]) => messageId)).toEqual(["recipientKind"]);
  });

  it.each([
    ["a sponsor named, glossed with its relation", "  - 제공받는 자: ㈜누리아웃도어(등반 대회 후원사)"],
    ["a sponsor named by its company", "  - 제공받는 자: 누리아웃도어 주식회사"],
  ])("does not fire on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([]);
  });
});

// schools and education bodies named by no name ("협약 학교", "연계 대학", "진로교육기관", "직업훈련기관") are kinds; a
// school's own name ("누리대학교", "한빛고등학교") names one, and the member's own school is theirs to know
describe("third-party-provision: a recipient given as a kind of school or education body", () => {
  it.each([
    ["a school by a qualifier, with a training body", "  - 제공받는 자: 협약 학교 및 직업훈련기관"],
    ["a university by a qualifier, with a career-education body", "  - 제공받는 자: 연계 대학, 진로교육기관"],
    ["a university by a qualifier", "  - 제공받는 자: 제휴 대학"],
  ])("fires on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([
      [5, "recipientKind"],
    ]);
  });

  it.each([
    ["schools by their names", "  - 제공받는 자: 누리대학교 및 한빛고등학교"],
    ["a school's named institute", "  - 제공받는 자: 누리대학교 평생교육원"],
    ["the member's own school", "  - 제공받는 자: 회원이 재학 중인 학교"],
  ])("does not fire on %s", async (_, field) => {
    expect(
      (await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).filter(
        ([, id]) => id === "recipientKind",
      ),
    ).toEqual([]);
  });
});

describe("third-party-provision: a numbered provision of its own beside one that names its recipient", () => {
  const named = ["② 산행 보험 가입을 위하여 다음과 같이 제공합니다.", "  - 제공받는 자: 한울손해보험 주식회사", ...details];
  it("reports the item that gives to a kind with its own purpose and items", async () => {
    const text = club("① 산행 중 숙박 예약을 위하여 참가자의 이름, 연락처를 제휴 숙박업체에 제공합니다.", ...named);
    expect(await found(text)).toEqual([[4, "recipientKind"]]);
  });
  it("leaves a lead-in to the recipients listed below alone", async () => {
    const text = club(
      "회사는 산행 보험 가입을 위하여 제휴 보험사에 다음과 같이 제공합니다.",
      "  - 제공받는 자: 한울손해보험 주식회사",
      ...details,
    );
    expect(await found(text)).toEqual([]);
  });
});

// associations, federations and offices are organisations, and a pharmaceutical company is a field's company, as a
// bank or an insurer is: given by a qualifier or alone, they name no one; a named one does
describe("third-party-provision: associations, federations, offices and drug makers as kinds", () => {
  it.each([
    ["an association given by a qualifier", "  - 제공받는 자: 관련 협회"],
    ["a federation given by a qualifier", "  - 제공받는 자: 유관 연합회"],
    ["offices given by a qualifier", "  - 제공받는 자: 협력 세무사무소"],
    ["a drug maker, one word", "  - 제공받는 자: 제약회사"],
  ])("fires on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([
      [5, "recipientKind"],
    ]);
  });
  it.each([
    ["a named association", "  - 제공받는 자: 대한산악안전협회"],
    ["a named drug maker", "  - 제공받는 자: 한빛제약 주식회사"],
    ["a named office", "  - 제공받는 자: 누리세무사무소"],
  ])("does not fire on %s", async (_, field) => {
    expect(await found(club("산악회는 회원 동의를 받아 아래와 같이 개인정보를 제공합니다.", field, ...details))).toEqual([]);
  });
});
