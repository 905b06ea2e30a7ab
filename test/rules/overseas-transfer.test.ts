// overseas-transfer: how to refuse a transfer, said without the word 거부 (beside conditional-items.test.ts).
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const section = (...refusal: string[]) => [
  "바다별 여행사 개인정보 처리방침",
  "",
  "6. 해외로 보내는 정보",
  "- 이전받는 자: Trip Desk Pte. Ltd. (dpo@tripdesk.example)",
  "- 이전 국가: 싱가포르",
  "- 이전 항목: 여권 영문 성명, 여권번호",
  "- 이전 일시와 방법: 예약할 때마다 네트워크로 전송",
  "- 이용 목적과 보유 기간: 현지 숙소 예약, 귀국 후 6개월",
  ...refusal,
];
const found = async (lines: string[]) => (await findingsOf("overseas-transfer", lines)).map((f) => [f.line, f.messageId, f.message]);

describe("refusal in other words, with its effect", () => {
  it.each([
    [
      "원하지 않는 경우 … 막을 수 있 / 이 경우 … 되지 않",
      "해외 이전을 원하지 않으시면 마이페이지의 '해외 예약' 메뉴에서 막을 수 있습니다. 이 경우 해외 숙소 예약이 되지 않습니다.",
    ],
    ["차단 … 수 없", "앱에서 해외 예약 연동을 차단하면 현지 숙소를 예약할 수 없습니다."],
    ["끄면 … 제한", "설정에서 해외 연동을 끄면 이전하지 않으며 해외 상품 이용이 제한됩니다."],
    ["해제 / 그 경우 … 불가", "해외 연동 동의는 언제든 해제할 수 있습니다. 그 경우 해외 상품 예약은 불가합니다."],
  ])("must not fire: %s", async (_, refusal) => {
    expect(await found(section(refusal))).toEqual([]);
  });
});

describe("a way to stop with no effect, or nothing at all, is still no refusal", () => {
  it.each([
    ["no refusal sentence", []],
    ["a way to block with no effect given", ["해외 이전을 원하지 않으시면 고객센터로 연락해 차단을 요청하시기 바랍니다."]],
  ])("must fire: %s", async (_, refusal) => {
    const findings = await found(section(...(refusal as string[])));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("거부 방법");
  });
});

describe("rows read by what they say, not by their labels", () => {
  const sectionWith = (...rows: string[]) => [
    "하늘길 유학원 개인정보 처리방침",
    "",
    "7. 국외로 보내는 개인정보",
    "어학연수 수속을 위해 학생의 동의를 받아 아래 학교에 개인정보를 보냅니다.",
    ...rows,
    "- 보내는 때와 방법: 입학 신청 시 학교 포털에 업로드",
    "- 보유 기간: 연수 종료 후 1년",
    "- 거부 방법: 동의하지 않을 수 있으며, 이 경우 해당 학교 수속이 불가합니다.",
  ];

  it("must not fire: each row gives school, purpose and items without labels", async () => {
    const text = sectionWith(
      "- 캐나다: Maple Language College Ltd. (admissions@maplelc.example) — 입학 심사 / 영문 성명, 여권번호, 생년월일",
      "- 호주: Harbour English Pty Ltd (+61 2 5550 1234) – 숙소 배정 / 영문 이름, 연락처, 성별",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must fire for the items and purpose when a row names only the school", async () => {
    const findings = await found(sectionWith("- 캐나다: Maple Language College Ltd. (admissions@maplelc.example)"));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("이전 항목, 이용 목적");
  });
});

describe("the recipient's contact is a value or a contact field, not the word", () => {
  const labelled = (...lines: string[]) => [
    "하늘길 유학원 개인정보 처리방침",
    "",
    "7. 개인정보의 국외 이전",
    "- 이전받는 자: Maple Language College Ltd.",
    "- 이전 국가: 캐나다",
    "- 이전 항목: 영문 성명, 여권번호",
    "- 이용 목적 및 보유 기간: 입학 심사, 연수 종료 후 1년",
    "- 거부 방법: 동의를 거부할 수 있으며, 거부하면 수속이 불가합니다. 거부는 유학원 상담센터(02-555-0199)로 알려 주십시오.",
    ...lines,
  ];

  it("must fire: 이메일 only as the way data is sent, and a phone number only for refusing", async () => {
    const findings = await found(labelled("- 이전 일시 및 방법: 신청 시 이메일 또는 팩스로 발송"));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("이전받는 자의 연락처");
  });

  it("must fire: 연락처 only among the items transferred", async () => {
    const text = labelled("- 이전 일시 및 방법: 신청 시 포털 업로드").map((line) =>
      line.replace("영문 성명, 여권번호", "영문 성명, 연락처"),
    );
    expect(String((await found(text))[0]?.[2])).toContain("이전받는 자의 연락처");
  });

  it("must not fire: a label | value table whose recipient row gives a web address", async () => {
    const text = [
      "하늘길 유학원 개인정보 처리방침",
      "",
      "7. 개인정보의 국외 이전",
      "항목 | 내용",
      "이전받는 자 및 연락처 | Maple Language College Ltd. (maplelc.example.ca/contact)",
      "이전 국가 | 캐나다",
      "이전 항목 | 영문 성명, 여권번호",
      "이전 일시 및 방법 | 입학 신청 시 학교 포털에 업로드",
      "이용 목적 | 입학 심사",
      "보유 기간 | 연수 종료 후 1년",
      "거부 방법 | 동의를 거부할 수 있으나, 거부하면 수속이 불가합니다.",
    ];
    expect(await found(text)).toEqual([]);
  });

  it.each([
    ["an address beside the recipient", "- 이전받는 자: Maple Language College Ltd. (privacy@maplelc.example)"],
    ["a contact field", "- 연락처: 국제교류팀 +1-604-555-0142"],
  ])("must not fire: %s", async (_, contact) => {
    const text = labelled("- 이전 일시 및 방법: 신청 시 이메일로 발송").map((line) =>
      line.startsWith("- 이전받는 자") && contact.startsWith("- 이전받는 자") ? contact : line,
    );
    if (!contact.startsWith("- 이전받는 자")) text.push(contact);
    expect(await found(text)).toEqual([]);
  });
});

describe("the country 'EU' is a word, not part of an e-mail address", () => {
  const withRecipient = (recipient: string, country: string[]) => [
    "구름판 개인정보 처리방침",
    "",
    "5. 국외 이전",
    `- 이전받는 자 및 연락처: ${recipient}`,
    ...country,
    "- 이전 항목: 이름, 전자우편 주소",
    "- 이전 일시와 방법: 가입할 때 네트워크로 전송",
    "- 이용 목적과 보유 기간: 고객 지원, 탈퇴할 때까지",
    "- 거부 방법: 고객센터로 거부할 수 있으며, 거부하면 고객 지원을 받을 수 없습니다.",
  ];

  it.each([
    ["an address that starts with 'eu-'", "Cloudnest Limited (eu-support@cloudnest.example.com)"],
    ["an address at an .eu domain", "Cloudnest Limited (support@cloudnest.eu)"],
  ])("must fire: no country, and %s names none", async (_, recipient) => {
    const findings = await found(withRecipient(recipient, []));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("이전 국가");
  });

  it.each([
    ["EU as the place", "- 이전되는 곳: EU 회원국 안의 데이터센터"],
    ["EU in a list of places", "- 보관 지역: EU·미국"],
  ])("must not fire: %s", async (_, country) => {
    expect(await found(withRecipient("Cloudnest Limited (eu-support@cloudnest.example.com)", [country]))).toEqual([]);
  });
});

describe("refusal as a way not to have the transfer, with what follows, without the word 거부", () => {
  it.each([
    [
      "원치 않으시는 분 … 신청하시면 되며, 이 경우 …",
      "해외 전송을 원치 않으시는 분은 누리집 양식 대신 우편으로 신청하시면 되며, 이 경우 자료는 국내에서만 처리됩니다.",
    ],
    [
      "동의하지 않으시면 … 이용하실 수 없습니다",
      "국외 이전에 동의하지 않으시면 해당 항목을 비워 두시고, 그러면 해외 숙소 예약은 이용하실 수 없습니다.",
    ],
    ["중단하려면 … 요청 / … 쓸 수 없", "국외 이전을 중단하려면 상담실로 요청하십시오. 중단한 뒤에는 해외 숙소 연동을 쓸 수 없습니다."],
    ["사용하지 않으면 … 보내지 않습니다", "앱의 해외 동기화 기능을 사용하지 않으면 자료를 싱가포르로 보내지 않습니다."],
    [
      "남기고 싶지 않으시면 … 없이",
      "여권 정보를 해외에 남기고 싶지 않으시면 현장 접수를 택하시면 되고, 그러면 여권 정보는 국외 이전 없이 창구에서만 확인합니다.",
    ],
  ])("must not fire: %s", async (_, refusal) => {
    expect(await found(section(refusal))).toEqual([]);
  });

  it("must fire: a consumer's withdrawal (청약철회) in one item and a negation in the next are no refusal", async () => {
    const findings = await found(section("- 처리 업무: 해외 숙소 예약과 청약철회", "- 제3국으로는 다시 보내지 않습니다"));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("거부 방법");
  });
});

describe("a denial of two actions joined by '…하거나,' with a comma", () => {
  const policy = (sentence: string) => ["푸른숲 공방 개인정보 처리방침", "", "5. 국외 이전", sentence];
  it("must not fire: the negation at the end covers both actions", async () => {
    expect(await found(policy("공방은 고객 정보를 해외 서버에 올리거나, 외국 업체에 보관을 맡기지 않습니다."))).toEqual([]);
  });
  it("must fire: the comma joins an affirmed transfer to a denial of something else", async () => {
    const findings = await found(policy("공방은 고객 정보를 해외 서버에 보관하나, 외국 업체에 판매하지 않습니다."));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
  });
});

describe("a denial that says no data is transferred ('…하는 정보는 없습니다')", () => {
  const ownSection = (sentence: string) => ["솔빛 한의원 개인정보 처리방침", "", "4. 개인정보의 국외 이전", sentence];
  const inEntrustment = (sentence: string) => [
    "솔빛 한의원 개인정보 처리방침",
    "",
    "3. 처리 위탁",
    "예약 문자 발송을 문자 대행사에 맡깁니다.",
    sentence,
  ];
  it.each([
    "한의원이 해외로 옮겨 저장하는 환자 정보는 없습니다.",
    "국외로 전송되는 진료 자료는 없습니다.",
    "환자 정보의 국외 이전은 없습니다.",
    "해외로 보내는 개인정보는 없습니다.",
  ])("must not fire, under its own title or in another section: %s", async (sentence) => {
    expect(await found(ownSection(sentence))).toEqual([]);
    expect(await found(inEntrustment(sentence))).toEqual([]);
  });
  it.each([
    ["nothing more than what is listed above", "위 외에 국외로 전송되는 진료 자료는 없습니다."],
    ["a denial narrowed by consent", "환자의 동의 없이 해외로 전송되는 정보는 없습니다."],
  ])("must fire: %s", async (_, sentence) => {
    const findings = await found(ownSection(sentence));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
  });
});

// a party abroad named only to say it gets nothing personal (no access, or statistics only) says nothing of a
// transfer: the section that denies the transfer stays a denial; a section that does transfer still fires
describe("a party abroad that gets nothing personal, beside a denial of any transfer", () => {
  const policy = (...sentences: string[]) => ["한빛 물류 개인정보 처리방침", "", "6. 국외 이전", ...sentences];
  it.each([
    ["no access, own sentence", "물류는 고객 정보를 국외로 옮기지 않습니다.", "해외 지사도 고객 정보를 조회할 수 없습니다."],
    ["no access right", "해당 사항이 없습니다.", "해외 협력사에는 배송 정보 열람 권한을 부여하지 않습니다."],
    ["seeing denied, placed with 에 있는", "회사는 개인정보를 해외로 보내지 않으며, 해외에 있는 모회사는 주문 내역을 보지 않습니다.", ""],
    ["statistics only, to a party", "고객 정보는 국외로 이전하지 않습니다.", "해외 모회사에는 월별 집계 자료만 보고합니다."],
    ["statistics only, an activity abroad", "고객 정보는 국외로 이전하지 않습니다.", "국외 세미나 자료에는 익명화된 수치만 씁니다."],
    [
      "statistics only, made from pseudonymised data",
      "고객 정보는 국외로 이전하지 않습니다.",
      "해외 투자자가 요청하면 가명처리한 통계만 드립니다.",
    ],
  ])("must not fire: %s", async (_name, ...sentences) => {
    expect(await found(policy(...sentences.filter((sentence) => sentence !== "")))).toEqual([]);
  });
  it.each([
    ["access only without consent denied", "동의 없이는 해외 지사가 고객 정보를 조회할 수 없습니다."],
    ["personal data beside the statistics", "해외 모회사에는 고객 명단과 집계 자료만 보고합니다."],
    ["statistics taken from data stored abroad", "해외 서버에 보관한 기록 가운데 통계만 본사가 확인합니다."],
    ["a party abroad that does see the data", "해외 지사가 고객 정보를 조회합니다."],
  ])("must fire: %s", async (_name, sentence) => {
    const findings = await found(policy("고객 정보는 국외로 이전하지 않습니다.", sentence));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
  });
});

// not using servers or clouds abroad is a denial of storing data there, with or without a section of its own
describe("servers or clouds abroad said not to be used", () => {
  it.each([
    [
      "no section, a server abroad not used",
      ["다온 약국 개인정보 처리방침", "", "8. 안전성 확보 조치", "조제 기록은 약국 안 전산에만 두며 해외 서버를 쓰지 않습니다."],
    ],
    [
      "its own section, a cloud abroad not used",
      ["다온 약국 개인정보 처리방침", "", "5. 국외 이전", "약국은 해외 클라우드를 사용하지 않습니다."],
    ],
    [
      "its own section, a data centre abroad not used",
      ["다온 약국 개인정보 처리방침", "", "5. 국외 이전", "해외 데이터센터를 이용하지 않습니다."],
    ],
  ])("must not fire: %s", async (_name, lines) => {
    expect(await found(lines)).toEqual([]);
  });
  it("must fire: something abroad not used that is no place for the data", async () => {
    const findings = await found(["다온 약국 개인정보 처리방침", "", "5. 국외 이전", "약국은 해외 결제 기능을 쓰지 않습니다."]);
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[3, "incomplete"]]);
  });
});

// a copy of the data abroad denied as an arrangement ("복제되지 않도록 설정하였습니다") is a denial, as "복제하지
// 않습니다" would be; a copy made abroad is a transfer
describe("a copy of the data abroad, with no section on transfers", () => {
  const policy = (sentence: string) => [
    "누리 킥보드 개인정보 처리방침",
    "",
    "5. 개인정보 처리의 위탁",
    `회사는 개인정보를 국외로 이전하지 않습니다. ${sentence}`,
  ];
  it("must not fire: the copy abroad is prevented", async () => {
    expect(await found(policy("서버는 서울 리전에 있으며 데이터가 국외 리전에 복제되지 않도록 설정하였습니다."))).toEqual([]);
  });
  it("must fire: a copy is kept abroad", async () => {
    const findings = await found([
      "누리 킥보드 개인정보 처리방침",
      "",
      "5. 개인정보 처리의 위탁",
      "장애에 대비하여 회원 데이터를 해외 리전에 복제하여 백업합니다.",
    ]);
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[1, "statedMissing"]]);
  });
});

// a service abroad named, and a sentence that says the data is kept there: the finding points the reader at the sentence
describe("an overseas service and the sentence that sends data to it, with no section on transfers", () => {
  it("names the sentence's line", async () => {
    const text = [
      "맘스장터 개인정보 처리방침",
      "",
      "5. 개인정보의 보관",
      "채팅 내용과 상품 사진은 해외 클라우드(AWS 도쿄 리전)에 보관될 수 있습니다.",
    ];
    const findings = await findingsOf("overseas-transfer", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[1, "statedMissing"]]);
    expect(findings[0].message).toContain("4행에서");
  });
});

describe("a party abroad that gets nothing personal, with no section on transfers", () => {
  const policy = (sentence: string) => ["누리 상점 개인정보 처리방침", "", "9. 개인정보의 안전성 확보 조치", sentence];
  it("must not fire: statistics only are sent to a party abroad", async () => {
    expect(await found(policy("해외 모회사에는 월별 매출 통계만 전송합니다."))).toEqual([]);
  });
  it("must fire: personal data is sent to a party abroad", async () => {
    const findings = await found(policy("해외 모회사에는 주문자 명단을 전송합니다."));
    // no overseas service is named: the message points at the sentence that sends the data, not at a service
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[1, "statedMissing"]]);
    const [finding] = await findingsOf("overseas-transfer", policy("해외 모회사에는 주문자 명단을 전송합니다."));
    expect(finding.message).toContain("4행에서 개인정보를 국외로 보낸다고");
    expect(finding.message).not.toContain("해외 서비스");
  });
});

// a party abroad said not to exist ("…는 없습니다") beside a denial of any transfer: both deny the item, so the
// pair is no statement of a transfer; a list that excludes only some parties, or a transfer stated after, still is
describe("no party abroad, said with '없다', beside a denial of transfer", () => {
  const policy = (...lines: string[]) => [
    "솔빛 보험대리점 개인정보 처리방침",
    "",
    "5. 개인정보 처리의 위탁",
    "- 한결콜센터(주): 상담 업무",
    ...lines,
  ];
  it.each([
    ["a processor abroad that does not exist", "해외에 소재한 수탁업체는 없으며, 회원 정보는 국외로 이전하지 않습니다."],
    ["an affiliate abroad that does not exist", "국외 계열사가 없고, 개인정보를 해외로 전송하지 않습니다."],
    ["a server abroad that does not exist, in its own sentence", "해외 서버는 없습니다. 고객 정보를 국외에 보관하지 않습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    ["no other party than one abroad", "해외 수탁사 외의 다른 업체는 없으며, 상담 기록을 해외 서버에 저장합니다."],
    ["no party abroad only when consent is refused", "동의하지 않으시면 해외 수탁업체는 없습니다. 상담 기록은 국외로 전송됩니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect((await found(policy(sentence))).map(([line]) => line)).toEqual([1]);
  });
});

// the transfer said not to happen ("발생하지", "이루어지지", "일어나지"), or no record of it ("이전 사항은 없습니다"):
// a denial, read by the shared reader so every optional item accepts the same verbs
describe("a transfer denied as an event that does not happen", () => {
  const policy = (sentence: string) => [
    "새솔 세무회계 개인정보 처리방침",
    "",
    "4. 개인정보 처리의 위탁",
    "- 누리전산(주): 회계 프로그램 유지보수",
    `위탁 업체는 모두 국내 업체이며 ${sentence}`,
  ];
  it.each([
    ["발생하지 않습니다", "고객 자료의 국외 이전은 발생하지 않습니다."],
    ["이루어지지 않습니다", "해외로의 이전은 이루어지지 않습니다."],
    ["일어나지 않습니다", "개인정보 국외 이전은 일어나지 않습니다."],
    ["이전 사항은 없습니다", "국외 이전 사항은 없습니다."],
    ["이전 내역이 없습니다", "해외 이전 내역이 없습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    ["it happens with consent", "국외 이전은 고객이 동의한 때에 이루어집니다."],
    ["it does not happen only without consent", "국외 이전은 동의 없이 이루어지지 않습니다."],
    ["no transfer other than one stated", "위 외의 국외 이전 사항은 없습니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect((await found(policy(sentence))).map(([line]) => line)).toEqual([1]);
  });
});

// a summary in noun style ("국외 이전 없음"), as a line or as a table's cells, denies the transfer
describe("a summary line or table that says '국외 이전 없음'", () => {
  const policy = (...summary: string[]) => [
    "# 모래알 도예교실 개인정보 처리방침",
    "",
    ...summary,
    "",
    "## 1. 개인정보의 처리 목적",
    "수업 예약 확인에 이용합니다.",
  ];
  it.each([
    ["a one-row Markdown table", ["| 한눈에 보기 | 국외 이전 없음 |", "|---|---|"]],
    ["a label and its answer cell", ["| 항목 | 내용 |", "|---|---|", "| 해외 이전 | 없음 |"]],
    ["a dash line", ["- 국외 보관 없음"]],
  ])("must not fire: %s", async (_name, summary) => {
    expect((await findingsOf("overseas-transfer", policy(...summary), "markdown")).map((f) => f.line)).toEqual([]);
  });
  it("must fire: the summary says something other than the transfer is absent", async () => {
    const findings = await findingsOf(
      "overseas-transfer",
      policy("| 한눈에 보기 | 국외 이전 시 별도 수수료 없음 |", "|---|---|"),
      "markdown",
    );
    expect(findings.map((f) => f.messageId)).toEqual(["statedMissing"]);
  });
});

// a file-sharing or meeting service abroad named as a processor is an overseas service, as a cloud is
describe("overseas services: file sharing and meetings", () => {
  it.each([["Dropbox, Inc."], ["Zoom Video Communications, Inc."]])("must fire: %s with no overseas section", async (processor) => {
    const policy = ["하늘 사진관 개인정보 처리방침", "", "1. 개인정보 처리의 위탁", `- ${processor}: 촬영 원본 보관`];
    expect((await findingsOf("overseas-transfer", policy)).map((finding) => finding.messageId)).toEqual(["missing"]);
  });
});

// a transfer given as rows of its fields set apart by dashes, with no labels ("① 수신사 GmbH (메일) — 독일 — 결제 정보 —
// 결제 처리 — 5년"): the parts that name a purpose and a period are the purpose and the retention
describe("overseas-transfer: rows of dash-separated fields", () => {
  const section = (rows: string[]) => [
    "누리게임즈 개인정보 처리방침",
    "",
    "6. 국외 이전",
    "회사는 다음과 같이 개인정보를 국외로 이전합니다.",
    ...rows,
    "이전 일시 및 방법: 접속·결제 시 암호화된 네트워크로 전송합니다.",
    "거부 방법: 국외 이전을 원하지 않으시면 privacy@nuri.example로 알려 주십시오. 이 경우 게임 이용이 제한됩니다.",
  ];
  it("must not fire: every row gives its purpose and period", async () => {
    const rows = [
      "  ① Nuri Games GmbH (privacy@nurigames.example) — 독일 — 계정 정보 — 계정 운영 — 회원 탈퇴 시까지",
      "  ② Payline N.V. (privacy@payline.example) — 네덜란드 — 결제 정보 — 결제 처리 — 5년",
    ];
    expect(await findingsOf("overseas-transfer", section(rows))).toEqual([]);
  });
  it("must fire: the rows give no period", async () => {
    const rows = [
      "  ① Nuri Games GmbH (privacy@nurigames.example) — 독일 — 계정 정보 — 계정 운영",
      "  ② Payline N.V. (privacy@payline.example) — 네덜란드 — 결제 정보 — 결제 처리",
    ];
    const findings = await findingsOf("overseas-transfer", section(rows));
    expect(findings.map((finding) => finding.messageId)).toEqual(["incomplete"]);
    expect(findings[0].message).toContain("보유");
  });
});

// the address the reader is told to send a request to is the controller's, not the recipient's contact
describe("an opt-out's address is no recipient's contact", () => {
  const page = (optOut: string) => [
    "구름판 개인정보 처리방침",
    "",
    "5. 국외 이전",
    "| 이전받는 자 | 이전 국가 | 이전 일시·방법 | 이전 항목 | 이용 목적·보유 기간 |",
    "|---|---|---|---|---|",
    "| Skyward Messaging Inc. | 미국 | 앱 이용 시 수시 전송 | 푸시 토큰 | 알림 발송 / 탈퇴 시까지 |",
    "",
    optOut,
    "거부하면 알림을 받을 수 없으나 다른 서비스는 그대로 이용할 수 있습니다.",
  ];
  it.each([
    "국외 이전을 원하지 않으면 앱 설정에서 알림을 끄거나 help@gureumpan.example로 요청하시면 됩니다.",
    "원치 않으시면 02-555-0100으로 연락하여 중단을 요청해 주십시오.",
  ])("must fire: %s", async (optOut) => {
    const findings = await found(page(optOut));
    expect(findings.map(([line, id]) => [line, id])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("연락처");
  });
  it("must not fire when the recipient's own address is given", async () => {
    const text = page("국외 이전을 원하지 않으면 앱 설정에서 알림을 끄시면 됩니다.");
    text.push("", "- 이전받는 자 연락처: privacy@skyward.example");
    expect(await found(text)).toEqual([]);
  });
});

describe("an overseas service named only to say it is not used", () => {
  const policy = (...lines: string[]) => [
    "푸른샘 도서관 개인정보 처리방침",
    "",
    "1. 수집하는 정보와 목적",
    "대출 관리를 위해 성명과 휴대전화번호를 받습니다.",
    "",
    "7. 접속 기록",
    ...lines,
  ];
  it.each([
    ["not used", "도서관 누리집은 Google Analytics를 사용하지 않습니다."],
    ["not installed, as one of a kind of tool", "누리집에는 Google Analytics와 같은 외부 분석 도구나 광고 픽셀을 설치하지 않았습니다."],
    [
      "not used, as an example of a kind of tool",
      "Google Analytics 등 외부 웹 로그 분석 도구를 쓰지 않으며, 방문 통계는 자체 서버 기록으로 냅니다.",
    ],
  ])("must not fire: %s", async (_, line) => {
    expect(await found(policy(line))).toEqual([]);
  });
  it.each([
    ["used", "누리집 방문 통계는 Firebase Analytics를 이용해 분석합니다."],
    ["one service denied, another used", "Google Analytics는 쓰지 않지만, 예약 알림은 Amazon Web Services에 저장합니다."],
  ])("must fire: %s, naming the service used", async (_, line) => {
    const findings = await found(policy(line));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[1, "missing"]]);
    expect(String(findings[0][2])).not.toContain("Google Analytics");
  });
});

describe("an overseas brand's Korean company", () => {
  const policy = (line: string) => ["푸른샘 주차 개인정보 처리방침", "", "6. 처리 위탁", line];
  it.each([
    ["a Korean limited company", "- 아마존웹서비스코리아 유한회사: 서버 운영과 데이터 보관"],
    ["a Korean LLC in Latin letters", "- Google Korea LLC: 앱 푸시 발송"],
  ])("must not fire: %s", async (_, line) => {
    expect(await found(policy(line))).toEqual([]);
  });
  it("must fire on the brand's company abroad", async () => {
    expect((await found(policy("- Amazon Web Services, Inc.: 서버 운영과 데이터 보관"))).map(([line, id]) => [line, id])).toEqual([
      [1, "missing"],
    ]);
  });
});

describe("a recipient named by its company, with no label", () => {
  const section = (recipient: string) => [
    "한빛 번역 개인정보 처리방침",
    "",
    "6. 개인정보의 국외 이전",
    `(1) ${recipient} (연락처: privacy@engine.example)`,
    "- 이전 국가 : 독일",
    "- 이전 항목 : 기계번역을 요청한 원문",
    "- 이전 일시 및 방법 : 요청할 때 API로 전송",
    "- 이용 목적 및 보유기간 : 기계번역 / 결과 반환 즉시 삭제",
    "- 거부 방법 : 기계번역을 쓰지 않으면 이전되지 않으며, 이 경우 초벌 번역을 받을 수 없습니다.",
  ];
  it.each(["Lingua Systems, Inc.", "Wortwerk SE", "Nordic Words Oy"])("must not fire: %s", async (recipient) => {
    expect(await found(section(recipient))).toEqual([]);
  });
  it("must fire where no company is named", async () => {
    const findings = await found(section("번역 엔진 제공사"));
    expect(findings.map(([line, id]) => [line, id])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("이전받는 자");
  });
});

describe("a recipient's contact given as a link", () => {
  const section = (contactLine: string, ...after: string[]) => [
    "# 하늘샷 드론 개인정보 처리방침",
    "",
    "## 6) 개인정보의 국외 이전",
    "",
    "| 항목 | 내용 |",
    "|---|---|",
    `| 이전받는 자 | Cloudvault Inc. (${contactLine}) |`,
    "| 이전 국가 | 미국 |",
    "| 이전 항목 | 의뢰인 이메일, 촬영 원본 |",
    "| 이전 일시 및 방법 | 납품 시 네트워크로 업로드 |",
    "| 이용 목적 및 보유 기간 | 원본 보관 / 납품 후 1년 |",
    "| 거부 방법 | 거부하면 원본을 USB로 받으며, 이 경우 클라우드 공유를 받을 수 없습니다 |",
    "",
    ...after,
  ];
  const markdown = async (lines: string[]) =>
    (await findingsOf("overseas-transfer", lines, "markdown")).map((f) => [f.line, f.messageId, f.message]);
  it.each([
    ["an inline link", ["개인정보 문의: [문의 양식](https://cloudvault.example/privacy)"]],
    [
      "a reference link defined at the end of the page",
      [
        "개인정보 문의: [문의 양식][cv]",
        "## 7) 개인정보 보호책임자",
        "",
        "운영팀장 하늘, 02-555-0110",
        "",
        "[cv]: https://cloudvault.example/privacy",
      ],
    ],
  ])("must not fire: %s", async (_, [contact, ...after]) => {
    expect(await markdown(section(contact, ...after))).toEqual([]);
  });
  it("must fire on a link that goes nowhere a contact is", async () => {
    const findings = await markdown(section("개인정보 문의: [아래 참조](#remedies)"));
    expect(findings.map(([line, id]) => [line, id])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).toContain("연락처");
  });
});

describe("a summary drawn as a table answers 'none'", () => {
  const summary = (answer: string) => [
    "하얀치과 개인정보 처리방침",
    "",
    "┌──────────────┬──────────────────────┐",
    "│ 구분         │ 주요 내용            │",
    "├──────────────┼──────────────────────┤",
    "│ 처리 목적    │ 진료 예약, 진료비 수납 │",
    `│ 국외 이전    │ ${answer.padEnd(20)} │`,
    "└──────────────┴──────────────────────┘",
  ];
  it.each(["없음", "하지 않음"])("must not fire: '%s'", async (answer) => {
    expect(await found(summary(answer))).toEqual([]);
  });
  it("must fire on an answer that sends data abroad", async () => {
    expect((await found(summary("미국(AWS)에 보관"))).map(([line, id]) => [line, id])).toEqual([[1, "statedMissing"]]);
  });
});

describe("people abroad, their data at home", () => {
  const policy = (...lines: string[]) => [
    "인연나래 개인정보 처리방침",
    "",
    "1. 처리 목적",
    "맞선 주선에 씁니다.",
    "",
    "8. 국외 이전",
    ...lines,
  ];
  it("must not fire: members living abroad, everything kept at the head office", async () => {
    const text = policy("회사는 개인정보를 국외로 이전하지 않습니다. 해외에 거주하는 교포 회원의 상담과 자료 보관도 국내 본사에서 합니다.");
    expect(await found(text)).toEqual([]);
  });
  it("must fire: members living abroad, their files kept abroad", async () => {
    const text = ["인연나래 개인정보 처리방침", "", "1. 처리 목적", "해외 체류 회원의 자료는 해외 지사 서버에 보관합니다."];
    expect((await found(text)).map(([line, id]) => [line, id])).toEqual([[1, "statedMissing"]]);
  });
});

describe("an article written as one paragraph, its clauses run together", () => {
  const article = (refusal: string) => [
    "모터비드 개인정보 처리방침",
    "",
    `《제7조 개인정보의 국외 이전》 ① 회사는 경매 영상 보관을 위하여 개인정보를 국외로 이전합니다. ② 이전 국가: 일본(도쿄 리전) ③ 이전받는 자: Cloudvault, Inc.(연락처: privacy@cloudvault.example) ④ 이전 항목: 차량 사진, 판매자 연락처 ⑤ 이전 일시 및 방법: 등록 시 네트워크로 전송 ⑥ 이용 목적 및 보유 기간: 영상 보관, 경매 종료 후 1년${refusal}`,
  ];
  it("must not fire: the contact is in its own clause, the refusal in another", async () => {
    expect(await found(article(" ⑦ 이전을 거부하려면 고객센터에 알리시면 되며, 이 경우 온라인 경매에 참여할 수 없습니다."))).toEqual([]);
  });
  it("must fire for the refusal only, where none is given", async () => {
    const findings = await found(article(""));
    expect(findings.map(([line, id]) => [line, id])).toEqual([[3, "incomplete"]]);
    expect(String(findings[0][2])).not.toContain("연락처");
  });
});

// a safeguard that the transfer not happen ("국외에서 … 접근하지 않도록 계약으로 정합니다") is no sign of it; data sent
// abroad and then guarded ("국외로 보낸 자료가 유출되지 않도록") still is
describe("a safeguard against access from abroad", () => {
  const policy = (sentence: string) => [
    "해솔 주유 포인트 개인정보 처리방침",
    "",
    "5. 개인정보 처리의 위탁",
    "| 수탁자 | 위탁업무 |",
    "|---|---|",
    "| 한빛클라우드 주식회사 | 서버 운영 |",
    "",
    sentence,
  ];
  it.each([
    ["회사는 개인정보를 국외로 이전하지 않으며, 수탁자가 해외에서 회원 정보에 접속하지 않도록 계약에 정해 두었습니다."],
    ["서버는 국내에만 둡니다. 운영 인력이 국외에서 원격으로 접근하지 않도록 접근 권한을 국내 IP로 제한합니다."],
  ])("must not fire: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it("must fire: data sent abroad, then guarded", async () => {
    const findings = await found(policy("상담 기록은 해외로 전송된 뒤 유출되지 않도록 암호화하여 보관합니다."));
    expect(findings).toHaveLength(1);
  });
});
