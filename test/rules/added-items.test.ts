// The items the catalogue did not name at first (law.md §1, §6, §8, §9, §11): title-name, domestic-agent,
// sensitive-info, pseudonymized-info, automated-decision, behavioral-info, video-devices, vague-retention, vague-listing.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";
import { lintText } from "../../src/pipeline/lint.js";

const found = async (ruleId: string, lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf(ruleId, lines, format)).map((f) => [f.line, f.messageId]);
const header = ["별하 개인정보 처리방침", "", '주식회사 별하(이하 "회사")는 다음과 같이 개인정보 처리방침을 공개합니다.', ""];

describe("title-name", () => {
  it("fires on a title that is not the statutory name", async () => {
    expect(await found("title-name", ["별하 개인정보 보호정책", "", '주식회사 별하(이하 "회사")는 …', "1. 목적"])).toEqual([
      [1, "nonstandardTitle"],
    ]);
  });
  // a word processor's centred title, one space between letters and more between words
  it.each(["개 인 정 보   처 리 방 침", "개 인 정 보 처 리 방 침"])("takes the letter-spaced statutory name for it: %s", async (title) => {
    expect(await found("title-name", [title, "", '사단법인 별하(이하 "법인")는 다음과 같이 처리방침을 둡니다.', "1. 목적"])).toEqual([]);
  });
  it("still fires on another name letter-spaced", async () => {
    expect(await found("title-name", ["개 인 정 보 보 호 정 책", "", '사단법인 별하(이하 "법인")는 …', "1. 목적"])).toEqual([
      [1, "nonstandardTitle"],
    ]);
  });
  it("fires when the preamble names no controller", async () => {
    expect(await found("title-name", ["개인정보 처리방침", "", "1. 처리 목적", "회원 관리"])).toEqual([[1, "noController"]]);
  });
  it("does not fire on the statutory name with the controller in the preamble", async () => {
    expect(await linesOf("title-name", [...header, "1. 처리 목적"])).toEqual([]);
  });
  it.each([
    'Nordlys GmbH(스웨덴 스톡홀름 소재, 이하 "회사")는 한국 이용자의 개인정보를 다음과 같이 처리합니다.',
    "Brightwave Pte. Ltd.는 앱 서비스를 제공하며 개인정보를 다음과 같이 처리합니다.",
    "Alpenrose AG는 한국 고객의 개인정보를 이 방침에 따라 처리합니다.",
    "바른걸음 체형교정원(대표 윤서하)은 회원의 개인정보를 다음과 같이 처리합니다.",
  ])("takes a controller named in Latin script or with its representative in brackets: %s", async (preamble) => {
    expect(await linesOf("title-name", ["개인정보 처리방침", "", preamble, "1. 처리 목적", "회원 관리"])).toEqual([]);
  });
  // the parenthesis may hold the representative and registration numbers before the short name it defines
  it.each([
    "모래알책방(대표자 한지오, 사업자등록번호 123-45-67890, 통신판매업 제2025-서울마포-0777호, 이하 '책방')은 다음과 같이 개인정보를 처리합니다.",
    "달빛도예(운영자: 서은비 / 주소: 강원도 춘천시 어느길 12; 이하 “도예”라 한다)는 수강생의 개인정보를 이 방침에 따라 처리합니다.",
  ])("takes a controller whose long parenthesis ends with its short name: %s", async (preamble) => {
    expect(await linesOf("title-name", ["개인정보 처리방침", "", preamble, "1. 처리 목적", "회원 관리"])).toEqual([]);
  });
  it("fires when a long parenthesis defines no short name", async () => {
    const preamble = "이 방침은 서비스(앱, 웹사이트, 고객 상담 창구와 오프라인 매장에서 쓰는 모든 기능)에 똑같이 적용됩니다.";
    expect(await found("title-name", ["개인정보 처리방침", "", preamble, "1. 처리 목적", "회원 관리"])).toEqual([[1, "noController"]]);
  });
  it("takes a public body named without a legal form for the controller", async () => {
    const text = ["개인정보 처리방침", "", "하늘군 체육시설관리공단은 개인정보를 법에 따라 처리합니다.", "1. 처리 목적", "시설 예약"];
    expect(await linesOf("title-name", text)).toEqual([]);
  });
  it("reads the controller in a first chapter or article that holds the preamble", async () => {
    const text = [
      "개인정보 처리방침",
      "제1장 총칙",
      "",
      "",
      "다온물산 주식회사(이하 '회사')는 다음과 같이 처리방침을 둡니다.",
      "제2장 처리 목적",
      "주문 처리",
    ];
    expect(await linesOf("title-name", text)).toEqual([]);
  });
  it("takes a bank or a clinic named without a legal form for the controller", async () => {
    const text = ["개인정보 처리방침", "", "가온저축은행은 고객의 개인정보를 법에 따라 처리합니다.", "1. 처리 목적", "예금 거래"];
    expect(await linesOf("title-name", text)).toEqual([]);
  });
  // an English or brand line above the Korean title: the Korean title is the one judged
  const preamble = ['주식회사 한별(이하 "회사")는 다음과 같이 개인정보 처리방침을 공개합니다.', "", "1. 처리 목적", "회원 관리"];
  it.each([
    [["HANBYEOL PRIVACY POLICY", "한별 개인정보 처리방침", ""]],
    [["Privacy Notice", "", "한별 개인정보 처리방침", ""]],
    [["HANBYEOL", "Privacy Policy", "한별 개인정보 처리방침", ""]],
    [["한별마켓", "개인정보 처리방침", ""]],
  ])("does not fire when a translation or brand line stands above the statutory title: %j", async (opening) => {
    expect(await linesOf("title-name", [...opening, ...preamble])).toEqual([]);
  });
  it.each([
    [["Privacy Policy", ""]],
    [["개인정보취급방침", ""]],
    [["개인정보취급방침", "한별 개인정보 처리방침", ""]],
    [["HANBYEOL PRIVACY POLICY", ""]],
  ])("still fires when the title is not the statutory name and no Korean title follows it: %j", async (opening) => {
    expect(await found("title-name", [...opening, ...preamble])).toEqual([[1, "nonstandardTitle"]]);
  });
  it("still fires when the first section is not a preamble", async () => {
    const text = [
      "개인정보 처리방침",
      "제1조 (처리 목적)",
      "",
      "",
      "다온물산 주식회사(이하 '회사')는 주문을 처리합니다.",
      "제2조 (보관 기한)",
    ];
    expect(await found("title-name", text)).toEqual([[1, "noController"]]);
  });
});

describe("title-name on a scraped page, its navigation above the title", () => {
  // a site's name, its menu and a breadcrumb, then the policy's own title and preamble
  const furniture = [
    "별하몰 - 생활을 고르는 곳",
    "로그인 | 회원가입 | 장바구니 | 고객센터",
    "홈 > 고객센터 > 약관 및 정책 > 개인정보 처리방침",
  ];
  const preamble = '주식회사 별하(이하 "회사")는 「개인정보 보호법」 제30조에 따라 이 처리방침을 둡니다.';

  it("takes the line that names the policy for the title, and finds the preamble under it", async () => {
    const text = [...furniture, "개인정보 처리방침", preamble, "1. 처리 목적", "주문 처리"];
    expect(await linesOf("title-name", text)).toEqual([]);
    const { findings } = await lintText(text.join("\n"), "policy.txt");
    // what the whole policy lacks is reported at its title
    expect(findings.find((finding) => finding.ruleId === "required-retention")?.line).toBe(4);
  });

  it("takes the name repeated under a menu of the site's documents, and finds a preamble far below the first line", async () => {
    const text = [
      ...furniture,
      "상품",
      "기획전",
      "이벤트",
      "이용약관",
      "개인정보 처리방침", // 8: a link in the menu
      "운영정책",
      "개인정보 처리방침", // 10: the title
      "적용 버전 2026.01.01 ▼",
      "",
      preamble, // 13
      "1. 처리 목적",
      "주문 처리",
    ];
    expect(await linesOf("title-name", text)).toEqual([]);
    const { findings } = await lintText(text.join("\n"), "policy.txt");
    expect(findings.find((finding) => finding.ruleId === "required-retention")?.line).toBe(10);
  });

  it("still fires on a policy title that is not the statutory name, at that title", async () => {
    const text = [
      "별하몰 - 생활을 고르는 곳",
      "로그인 | 회원가입",
      "홈 > 고객센터 > 개인정보 보호정책",
      "개인정보 보호정책",
      preamble,
      "1. 처리 목적",
    ];
    expect(await found("title-name", text)).toEqual([[4, "nonstandardTitle"]]);
  });

  it("still fires when the text under the title names no controller, at the title", async () => {
    const text = [...furniture, "개인정보 처리방침", "이 방침은 누리집 이용자에게 적용됩니다.", "1. 처리 목적", "주문 처리"];
    expect(await found("title-name", text)).toEqual([[4, "noController"]]);
  });

  it("finds the preamble right after an HTML page's <h1> below its logo and menu", async () => {
    const html = [
      "<body>",
      '<header><a href="/">별하몰</a>',
      "<ul>",
      "<li>상품</li>",
      "<li>기획전</li>",
      "<li>이벤트</li>",
      "<li>장바구니</li>",
      "<li>고객센터</li>",
      "<li>로그인</li>",
      "</ul>",
      "</header>",
      "<main>",
      "<h1>별하몰 개인정보 처리방침</h1>",
      `<p>${preamble}</p>`,
      "<h2>1. 처리 목적</h2>",
      "<p>주문 처리</p>",
      "</main></body>",
    ];
    const result = await lintText(html.join("\n"), "policy.html");
    expect(result.findings.filter((finding) => finding.ruleId === "title-name")).toEqual([]);
  });

  it("takes the body's line that names the policy over the <title> of an HTML page without an <h1>", async () => {
    const html = [
      "<html><head><title>별하몰</title></head>",
      "<body>",
      "<ul>",
      ...["상품", "기획전", "이벤트", "장바구니", "고객센터", "로그인", "회원가입", "마이페이지", "찜한 상품", "최근 본 상품"].map(
        (item) => `<li>${item}</li>`,
      ),
      "</ul>",
      '<p class="page-title">개인정보 처리방침</p>', // 15
      `<p>${preamble}</p>`,
      "<p><strong>1. 처리 목적</strong></p>",
      "<p>주문 처리</p>",
      "</body></html>",
    ];
    const result = await lintText(html.join("\n"), "policy.html");
    expect(result.findings.filter((finding) => finding.ruleId === "title-name")).toEqual([]);
    expect(result.findings.find((finding) => finding.ruleId === "required-retention")?.line).toBe(15);
  });
});

describe("domestic-agent", () => {
  it("fires when the agent's address and phone are missing", async () => {
    const text = [
      ...header,
      "제10조 (국내대리인)",
      "회사는 국내대리인을 지정하였습니다.",
      "- 명칭: 한국대리㈜",
      "- 이메일: agent@example.kr",
    ];
    const [finding] = await findingsOf("domestic-agent", text);
    expect([finding.line, finding.severity, finding.messageId]).toEqual([5, "error", "incomplete"]);
    expect(finding.message).toContain("주소");
    expect(finding.message).toContain("전화번호");
  });
  it("takes a number with the country code for the agent's phone", async () => {
    const text = [
      ...header,
      "제10조 (국내대리인)",
      "- 명칭: 한국대리㈜ (대표 송다인)",
      "- 소재지: 서울특별시 종로구 율곡로 10",
      "- agent@example.kr / +82 2 555 0199",
    ];
    expect(await findingsOf("domestic-agent", text)).toEqual([]);
  });
  it("adds an info note when a foreign entity is the controller and no agent is named", async () => {
    const result = await lintText(["Star Apps Inc. 개인정보 처리방침", "", 'Star Apps Inc.(이하 "회사")는 …'].join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "domestic-agent").map((f) => f.severity)).toEqual(["info"]);
  });
  it("does not take the foreign entity in an English translation of the preamble for the controller", async () => {
    const text = [
      "누리소프트 개인정보 처리방침 (Nurisoft Privacy Policy)",
      "",
      '주식회사 누리소프트(이하 "회사")는 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다. 한국어 본문이 우선합니다.',
      "",
      'Nurisoft Inc. (the "Company") publishes this policy under Article 30 of the Personal Information Protection Act.',
    ];
    const result = await lintText(text.join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "domestic-agent")).toEqual([]);
  });
  it("does not take a Korean company's English name beside its Korean one for a foreign controller", async () => {
    const text = [
      "누리소프트 개인정보 처리방침",
      "",
      '주식회사 누리소프트(Nurisoft Inc., 이하 "회사")는 다음과 같이 개인정보 처리방침을 공개합니다.',
    ];
    const result = await lintText(text.join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "domestic-agent")).toEqual([]);
  });
  it("does not fire on a complete agent section", async () => {
    const text = [
      ...header,
      "제10조 (국내대리인)",
      "- 명칭 및 대표자: 한국대리㈜ (대표 이도윤)",
      "- 주소: 서울특별시 중구 세종대로 1",
      "- 전화번호: 02-555-0199",
      "- 전자우편: agent@example.kr",
    ];
    expect(await linesOf("domestic-agent", text)).toEqual([]);
  });
});

describe("sensitive-info", () => {
  it("fires when sensitive data is processed and nothing is said about disclosure", async () => {
    expect(
      await found("sensitive-info", [...header, "회사는 진료 예약을 위해 건강 상태 등 민감정보를 별도 동의를 받아 처리합니다."]),
    ).toEqual([[5, "noDisclosure"]]);
  });
  it("does not fire when no sensitive data is collected, or the opt-out is explained", async () => {
    expect(await linesOf("sensitive-info", [...header, "회사는 민감정보를 수집하지 않습니다."])).toEqual([]);
    expect(
      await linesOf("sensitive-info", [...header, "민감정보를 처리합니다.", "게시물의 공개 범위를 '비공개'로 선택할 수 있습니다."]),
    ).toEqual([]);
  });
  it("fires when a sensitive category is among the items collected, whatever the policy calls it", async () => {
    const text = [...header, "2. 수집하는 항목", "- 필수항목 : 이름, 휴대전화번호", "- 진료 시 : 복용 약, 병력 및 알레르기 정보"];
    expect(await found("sensitive-info", text)).toEqual([[7, "noDisclosure"]]);
  });
  it("does not take a denial, or an animal's health, for sensitive data collected", async () => {
    const text = [
      ...header,
      "2. 수집하는 항목",
      "- 필수항목 : 이름, 연락처",
      "- 반려동물 정보 : 이름, 품종, 건강 상태",
      "회사는 종교, 사상, 신념 등의 정보는 수집하지 않습니다.",
    ];
    expect(await linesOf("sensitive-info", text)).toEqual([]);
  });
  it("reads a farm animal's health as an animal's, whichever species a livestock service names", async () => {
    for (const animal of ["한우 개체 정보", "돼지 사육 기록", "양계 농가의 닭 정보"]) {
      const text = [...header, "2. 수집하는 항목", "- 필수항목 : 농장주 성명, 연락처", `- ${animal} : 출생일, 예방접종, 건강상태`];
      expect(await linesOf("sensitive-info", text)).toEqual([]);
    }
  });
});

describe("sensitive-info: a statement that sensitive data is never made public", () => {
  const items = [...header, "2. 처리하는 개인정보의 항목", "- 진료 예약 : 이름, 연락처, 복용 중인 약과 병력"];
  it.each([
    "병력은 민감정보로서 진료 예약에만 쓰며, 외부에 공개되지 않습니다.",
    "병력은 민감정보로서 진료 예약에만 쓰며, 공개될 가능성이 없습니다.",
    "병력은 누구나 볼 수 있는 후기 게시판 등에 게시되지 않습니다.",
    "병력 정보는 다른 이용자에게 노출되지 않습니다.",
    "병력은 담당 의사만 열람하며 외부에 공개하는 기능은 없습니다.",
    "병력이 다른 사람에게 보여질 수 있는 경우는 없습니다.",
    "병력이 공개될 수 있는 서비스는 운영하지 않으며, 공개될 수 있는 메뉴도 없습니다.",
  ])("does not fire when the passage says so: %s", async (sentence) => {
    expect(await linesOf("sensitive-info", [...items, sentence])).toEqual([]);
  });
  // (said to be possibly public: what is missing is the way to keep it private, said at that line)
  it("still fires when it may become public and no way to keep it private is given", async () => {
    expect(await found("sensitive-info", [...items, "병력은 후기 게시판에 쓰면 다른 이용자에게 공개될 수 있습니다."])).toEqual([
      [6, "shownWithoutChoice"],
    ]);
  });
  it("still fires when it is kept from the public only without consent", async () => {
    expect(await found("sensitive-info", [...items, "병력은 본인의 동의 없이 공개하지 않습니다."])).toEqual([[6, "noDisclosure"]]);
  });
  it("still fires when the only 'not made public' is about something else, far from the sensitive data", async () => {
    const text = [
      ...items,
      "",
      "3. 보유 기간",
      "탈퇴 시까지",
      "",
      "4. 개인정보 보호책임자",
      "- 성명: 김나래",
      "- 담당자의 휴대전화 번호는 공개하지 않습니다.",
    ];
    expect(await found("sensitive-info", text)).toEqual([[6, "noDisclosure"]]);
  });
});

describe("sensitive-info: words that contain a category's letters", () => {
  it("does not take '수사상의 목적' (investigative) for 사상 (beliefs)", async () => {
    const text = [
      ...header,
      "2. 처리하는 개인정보의 항목",
      "- 이름, 이메일",
      "법령에 따라 수사상의 목적으로 기관이 요구하면 제공할 수 있습니다.",
    ];
    expect(await linesOf("sensitive-info", text)).toEqual([]);
  });
});

describe("pseudonymized-info", () => {
  it("does not take an outline of headings left unfilled for the elements", async () => {
    const text = [
      ...header,
      "7. 가명정보의 처리",
      "회사는 다음과 같은 목적으로 가명정보를 처리합니다.",
      "1. 가명정보의 처리 기간",
      "2. 가명처리하는 개인정보의 항목",
      "3. 가명정보의 안전성 확보조치",
      "8. 문의처",
    ];
    const [finding] = await findingsOf("pseudonymized-info", text);
    expect(finding?.message).toMatch(/처리 기간, 가명처리하는 항목, 안전성 확보조치/);
  });
  it("does not take a term introduced as (이하 '가명정보') for processing it", async () => {
    const text = [...header, "1. 용어", "다. 추가정보 없이는 개인을 알아볼 수 없게 처리한 정보(이하 '가명정보')."];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });
  it("does not take the law's definition of pseudonymised data for processing it", async () => {
    const text = [...header, "1. 용어", '"가명정보"란 추가 정보 없이는 특정 개인을 알아볼 수 없게 처리한 정보를 말한다.'];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });
  it("does not take the decree's '가명처리 또는 암호화' criterion for processing pseudonymised data", async () => {
    const text = [...header, "9. 추가적인 이용 판단기준", "4. 가명처리 또는 암호화 등 안전성 확보에 필요한 조치를 하였는지 여부"];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });
  it("names what a passage on pseudonymised data leaves out", async () => {
    const [finding] = await findingsOf("pseudonymized-info", [
      ...header,
      "8. 가명정보의 처리",
      "회사는 통계 작성 목적으로 가명정보를 처리할 수 있습니다.",
    ]);
    // the heading is the first mention, and where the finding belongs
    expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
    expect(finding.message).toContain("처리 기간");
  });
  it("does not fire when none is processed", async () => {
    expect(await linesOf("pseudonymized-info", [...header, "회사는 가명정보를 처리하지 않습니다."])).toEqual([]);
  });
  it("takes a purpose written as '…을 위하여' for the purpose", async () => {
    const text = [
      ...header,
      "8. 가명정보의 처리",
      "(1) 회사는 요금제 개선 연구를 위하여 통화 기록을 가명처리합니다.",
      "(2) 가명처리하는 항목: 연령대, 통화 시간대",
      "(3) 처리 기간: 가명처리한 날부터 2년",
      "(4) 안전성 확보조치: 추가정보를 분리 보관하고 접근 권한을 제한합니다.",
    ];
    expect(await linesOf("pseudonymized-info", text)).toEqual([]);
  });
});

// masking one identifier before it is given or kept is a safeguard (제29조), not the processing of 가명정보 for
// statistics, research or archiving (제28조의2) that 제30조제1항제4호의2 asks about
describe("pseudonymized-info: a field pseudonymised as a safeguard", () => {
  it.each([
    [
      "an item marked '(가명 처리)' in a provision row",
      ["4. 제3자 제공", "| 제공받는 자 | 목적 | 항목 |", "|---|---|---|", "| 누리배송㈜ | 상품 배송 | 주문번호(가명 처리), 배송지 |"],
    ],
    ["an item marked '(가명처리됨)' in a list", ["4. 제3자 제공", "- 제공 항목: 고객 아이디(가명처리됨), 구매 금액"]],
    ["identifiers masked in the safety measures", ["10. 안전성 확보조치", "- 회원의 연락처는 암호화 또는 가명처리하여 저장합니다."]],
    [
      "an identifier masked before it is sent",
      ["4. 제3자 제공", "회사는 회원 아이디를 가명 처리하여 정산 대행사인 누리정산㈜에 전달합니다."],
    ],
    [
      "names in a published story replaced, the verb finite",
      ["6. 후기 게시", "소식지에 싣는 수혜 가정의 이야기에서 아동의 이름은 모두 가명 처리됩니다."],
    ],
    ["a volunteer's name masked in a photo caption", ["6. 후기 게시", "- 사진 설명의 봉사자 성명은 가명 처리하며, 얼굴은 흐리게 합니다."]],
    [
      "an identifier described in brackets as pseudonymised, among the items sent abroad",
      ["5. 국외 이전", "- 이전 항목: 앱 사용 기록(가명 처리된 고객 식별값), 기기 모델명"],
    ],
    ["a pseudonymised identifier listed among the items given", ["4. 제3자 제공", "- 제공 항목: 가명 처리된 회원번호, 결제 금액"]],
  ])("does not fire on %s", async (_name, passage) => {
    expect(await linesOf("pseudonymized-info", [...header, ...passage], "markdown")).toEqual([]);
  });

  it.each([
    ["statistics named with the masking", "- 회원 아이디(가명 처리)는 통계 작성 목적으로 1년간 보관합니다."],
    ["가명정보 named as what is given", "- 연구 기관에 구매 이력을 가명정보로 제공합니다."],
    ["a record set pseudonymised for research", "회사는 서비스 개선 연구를 위해 이용 기록을 가명처리하여 보관합니다."],
    ["names pseudonymised for research, the verb finite", "참여자 성명은 가명 처리되어 학술 연구에 활용됩니다."],
    ["pseudonymised identifiers used for statistics", "- 가명 처리된 회원번호는 이용 통계 작성에 활용합니다."],
    ["pseudonymised data, not an identifier, given abroad", "- 이전 항목: 가명 처리된 진료 정보"],
  ])("still fires on %s", async (_name, sentence) => {
    expect(await linesOf("pseudonymized-info", [...header, "4. 기타", sentence])).not.toEqual([]);
  });
});

describe("automated-decision", () => {
  it("fires when automated decisions are made with no way to refuse or ask why", async () => {
    expect(await found("automated-decision", [...header, "7. 자동화된 결정", "회사는 가입 심사를 자동화된 결정으로 처리합니다."])).toEqual([
      [5, "noRefusal"],
      [5, "noExplanation"],
    ]);
  });
  it("does not fire when refusal and explanation are covered", async () => {
    const text = [
      ...header,
      "7. 자동화된 결정",
      "가입 심사는 자동화된 결정으로 이루어지며, 고객센터에서 거부하거나 설명을 요구할 수 있습니다.",
    ];
    expect(await linesOf("automated-decision", text)).toEqual([]);
  });
  it("reads a decision made without a person's review as automated, though the policy never uses the term", async () => {
    const text = [...header, "7. 대출 심사", "신청 정보와 신용 점수를 분석하여 심사역의 검토 없이 대출 승인 여부를 즉시 정합니다."];
    // at the sentence that describes the decision
    expect(await found("automated-decision", text)).toEqual([
      [6, "noRefusal"],
      [6, "noExplanation"],
    ]);
    const review = "결과에 동의하지 않으면 고객센터에서 거부하거나 담당자의 재검토를 요청할 수 있습니다.";
    expect(await linesOf("automated-decision", [...text, review])).toEqual([]);
  });
  it("does not take work done without a person's review that decides nothing about the person", async () => {
    const text = [...header, "7. 알림", "예약 확인 문자는 직원의 확인 없이 자동으로 발송됩니다."];
    expect(await linesOf("automated-decision", text)).toEqual([]);
  });

  // a decision described in other words over several sentences: automated means judge the person, no person reviews
  // the judgement, and it has an effect on the person
  const described = [
    "부정 참여 방지 알고리즘이 출석 기록과 접속 위치를 비교하여 대리 출석을 적발합니다.",
    "적발된 회원은 해당 강좌의 수료가 취소되고 다음 학기 수강 신청이 제한됩니다.",
    "이 판단에는 운영자의 개입이 없습니다.",
  ];
  it("reads such a decision described in other words, at the line that says no person reviews it", async () => {
    expect(await found("automated-decision", [...header, "7. 출석 관리", described.join(" ")])).toEqual([
      [6, "noRefusal"],
      [6, "noExplanation"],
    ]);
  });
  it("does not fire when the policy says how to refuse it and ask why", async () => {
    const answer = "회원은 학사지원팀에 판정을 거부하고 담당자의 재검토와 설명을 요청할 수 있습니다.";
    expect(await linesOf("automated-decision", [...header, "7. 출석 관리", [...described, answer].join(" ")])).toEqual([]);
  });
  it.each([
    [
      "a judgement a person reviews",
      "이상 거래 탐지 시스템이 의심 결제를 자동으로 분류하고, 담당자가 검토한 뒤에만 계정 이용을 제한합니다.",
    ],
    ["a recommendation", "추천 알고리즘이 사람의 개입 없이 수강 이력을 분석하여 강좌를 추천합니다."],
    ["a review said to be always there", "시스템이 출석 기록을 자동으로 판정하지만, 사람의 검토 없이 수료가 취소되는 일은 없습니다."],
    ["an effect that does not follow", "시스템이 출석을 자동으로 판정하며 사람의 개입 없이 이루어지나, 수강은 제한되지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("automated-decision", [...header, "7. 출석 관리", sentence])).toEqual([]);
  });
  it("does not fire when the policy says no automated decisions are made", async () => {
    const text = [...header, "7. 출석 관리", described.join(" "), "8. 자동화된 결정", "회사는 자동화된 결정을 하지 않습니다."];
    expect(await linesOf("automated-decision", text)).toEqual([]);
  });
});

describe("behavioral-info", () => {
  it("names what a behavioural-data section leaves out", async () => {
    const [finding] = await findingsOf("behavioral-info", [
      ...header,
      "6. 행태정보의 수집·이용",
      "회사는 맞춤형 광고를 위해 방문 기록을 수집합니다.",
    ]);
    expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
    expect(finding.message).toContain("거부 방법");
  });
  it("fires at line 1 on targeted advertising with no section", async () => {
    expect(await found("behavioral-info", [...header, "1. 처리 목적", "- 온라인 맞춤형 광고 제공"])).toEqual([[1, "missing"]]);
  });
  it("reads a disclosure given in another section, and names only what it leaves out", async () => {
    const text = [
      ...header,
      "3. 자동으로 수집하는 정보",
      "회사는 맞춤형 광고를 위해 기기 식별자와 앱 이용 기록을 자동으로 수집합니다.",
      "4. 이용자의 권리",
      "휴대폰 설정에서 광고 추적을 제한하거나 광고 ID를 재설정할 수 있습니다.",
    ];
    const findings = await findingsOf("behavioral-info", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "incomplete"]]);
    expect(findings[0].message).toContain("보유·이용 기간");
    expect(findings[0].message).not.toContain("거부");
  });
  it("reads a mention in the article it stands in, not the whole chapter over it (Ⅰ. over 1.–3., 제N장 over 제N조)", async () => {
    const grouped = [
      ...header,
      "Ⅰ. 모으는 정보",
      "1. 처리하는 개인정보의 항목",
      "회원 가입 시 이름과 이메일을 받습니다.",
      "2. 개인정보의 처리 및 보유 기간",
      "회원 정보는 탈퇴 후 30일간 보유합니다.",
      "3. 쿠키의 설치·운영 및 거부", // 10
      "회사는 맞춤형 광고를 위해 쿠키로 방문 기록을 자동으로 수집합니다. 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.",
      "Ⅱ. 문의",
      "4. 개인정보 보호책임자",
      "정보보호팀장 한별하 (02-000-0000)",
    ];
    expect(await found("behavioral-info", grouped)).toEqual([[10, "incomplete"]]);
    const chaptered = grouped.map((line) =>
      line
        .replace(/^Ⅰ\. /, "제1장 ")
        .replace(/^Ⅱ\. /, "제2장 ")
        .replace(/^(\d)\. (.*)$/, "제$1조($2)"),
    );
    expect(await found("behavioral-info", chaptered)).toEqual([[10, "incomplete"]]);
  });
  it("only advises (info) when another company's SDK collects", async () => {
    const text = [
      ...header,
      "3. 외부 SDK에 의한 수집",
      "앱에 들어 있는 타사 광고 SDK는 맞춤형 광고를 위해 기기 식별자와 앱 이용 기록을 자동으로 수집합니다.",
      "4. 이용자의 권리",
      "휴대폰 설정에서 광고 추적을 제한하거나 광고 ID를 재설정할 수 있습니다.",
    ];
    const result = await lintText(text.join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "behavioral-info").map((f) => [f.line, f.severity])).toEqual([[5, "info"]]);
  });
  it("warns, not advises, when the controller itself collects the advertising ID for targeted ads beside an ad SDK", async () => {
    const text = [
      ...header,
      "9. 광고 식별자 등 자동 수집 장치",
      "앱은 맞춤형 광고를 위해 기기의 광고 식별자를 수집하며, 광고 SDK가 광고 클릭 기록을 수집합니다. 이 정보는 광고 성과 측정에 쓰입니다.",
    ];
    const result = await lintText(text.join("\n"));
    const findings = result.findings.filter((f) => f.ruleId === "behavioral-info");
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([["incomplete", "warning"]]);
    expect(findings[0].message).toContain("보유·이용 기간");
  });
  it("still only advises when the sentence on targeted ads names another company as the collector", async () => {
    const text = [
      ...header,
      "3. 제3자 서비스 제공자에 의한 수집",
      "앱에는 외부 광고 SDK가 들어 있습니다. 해당 서비스 제공자는 맞춤형 광고를 위해 기기 식별자를 수집할 수 있습니다.",
    ];
    const result = await lintText(text.join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "behavioral-info").map((f) => f.severity)).toEqual(["info"]);
  });
  it("takes profiling visits for targeted marketing for behavioural advertising", async () => {
    const text = [...header, "1. 처리 목적", "- 방문 횟수를 분석하여 회원의 취향과 관심분야를 파악하고 타겟 마케팅에 씁니다."];
    expect(await found("behavioral-info", text)).toEqual([[1, "missing"]]);
  });
  it("only notes third-party analytics tools as advice", async () => {
    const result = await lintText([...header, "회사는 구글 애널리틱스(Google Analytics)로 이용 통계를 냅니다."].join("\n"));
    expect(result.findings.filter((f) => f.ruleId === "behavioral-info").map((f) => f.severity)).toEqual(["info"]);
  });
});

describe("video-devices", () => {
  it("names the operating details a CCTV section leaves out", async () => {
    const [finding] = await findingsOf("video-devices", [
      ...header,
      "9. 고정형 영상정보처리기기 운영·관리",
      "매장 안전을 위하여 CCTV를 설치·운영합니다.",
    ]);
    expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
    expect(finding.message).toContain("관리책임자");
  });
  it("with no section of its own, reads the sentence that mentions the cameras, across a hard wrap", async () => {
    const [finding] = await findingsOf("video-devices", [
      ...header,
      "2. 처리 목적",
      "예약 관리를 위하여 개인정보를 처리합니다. 매장 입구와 자재 보관소에는 도난을 막기 위하여",
      "고정형 영상정보처리기기가 설치되어 있습니다.",
    ]);
    // the purpose is given; what the sentence leaves out is named, and nothing more ('보관소' is a place,
    // not a retention period)
    expect(finding.message).not.toContain("근거·목적");
    expect(finding.message).toContain("관리책임자");
    expect(finding.message).toContain("보관 기간");
  });
  it("does not fire when a separate operating policy is linked", async () => {
    expect(
      await linesOf("video-devices", [
        ...header,
        "CCTV 운영은 별도의 영상정보처리기기 운영·관리 방침(https://example.kr/cctv)을 참조하십시오.",
      ]),
    ).toEqual([]);
  });
  it.each([
    "9. 영상정보처리기기의 설치·운영\n학교는 영상정보처리기기 관리·운영 방침에 따라 촬영된 영상을 보호합니다.",
    "이 방침은 개인정보 처리방침과 <영상 정보 처리 기기 운영, 관리 방침>의 두 가지로 이루어집니다.\n9. CCTV\n출입구에 CCTV를 둡니다.",
  ])("does not fire when the policy names a separate video-device policy: %s", async (passage) => {
    expect(await linesOf("video-devices", [...header, ...passage.split("\n")])).toEqual([]);
  });
});

describe("video-devices: the retention period is a period", () => {
  const section = (retention: string) => [
    ...header,
    "7. 고정형 영상정보처리기기 운영·관리",
    "- 설치 근거·목적: 개인정보 보호법 제25조제1항에 따라 도난 방지를 위하여",
    "- 설치 대수·위치: 2대, 창고 출입문",
    "- 촬영 범위: 출입문 전경",
    "- 관리책임자: 시설팀장 남도윤 (031-555-0198)",
    retention,
  ];
  it.each(["- 영상은 사무실의 녹화기에 보관합니다.", "- 보관 기간 및 장소: 사고 처리에 필요한 기간 보관 후 자동 삭제, 녹화기"])(
    "fires on a place or a vague period given for it: %s",
    async (retention) => {
      const [finding] = await findingsOf("video-devices", section(retention));
      expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
      expect(finding.message).toContain("보관 기간");
    },
  );
  it.each(["- 보관 기간: 촬영일부터 14일", "- 영상은 한 달 보관한 뒤 덮어씁니다.", "- 보관 기간: 제4조의 원본 영상 보관 기간과 같습니다."])(
    "does not fire on a period, or on a reference to the article that gives it: %s",
    async (retention) => {
      expect(await linesOf("video-devices", section(retention))).toEqual([]);
    },
  );
  it("reports a blank retention field once, as blank", async () => {
    expect((await findingsOf("video-devices", section("- 보관 기간: "))).map((f) => [f.line, f.messageId])).toEqual([[10, "blank"]]);
  });
});

describe("video-devices: basis and purpose written as '…에 따라 … 위하여'", () => {
  it.each([
    "제6조(고정형 영상정보처리기기의 운영·관리) ① 회사는 「개인정보 보호법」 제25조제1항제2호에 따라 도난 방지를 위하여 고정형 영상정보처리기기를 설치·운영합니다.",
    "제6조(고정형 영상정보처리기기의 운영·관리) ① 회사는 「개인정보 보호법」에 근거하여 화재 예방을 위해 고정형 영상정보처리기기를 둡니다.",
  ])("does not fire on a complete article: %s", async (first) => {
    const text = [
      ...header,
      first,
      "② 설치 대수와 위치: 창고 출입문 2대",
      "③ 관리책임자: 시설관리팀장 (02-555-0142)",
      "④ 촬영한 영상은 30일 동안 보관합니다.",
    ];
    expect(await linesOf("video-devices", text)).toEqual([]);
  });
  it("still fires when neither basis nor purpose is given, whatever else follows '에 따라'", async () => {
    const text = [
      ...header,
      "제6조(고정형 영상정보처리기기의 운영·관리)",
      "① 설치 대수와 위치: 창고 출입문 2대",
      "② 관리책임자: 시설관리팀장 (02-555-0142)",
      "③ 영상은 보관 기간에 따라 30일 뒤 지웁니다.",
    ];
    const [finding] = await findingsOf("video-devices", text);
    expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
    expect(finding.message).toContain("설치 근거·목적");
  });
  it("points at the article, not at a contents line that repeats its title", async () => {
    const text = [
      ...header,
      "[목차]",
      "제1조(목적)  제2조(처리하는 개인정보의 항목)",
      "제3조(고정형 영상정보처리기기의 운영·관리)",
      "",
      "제1조(목적) 이 방침은 회사의 개인정보 처리 기준을 알립니다.",
      "제2조(처리하는 개인정보의 항목) 회사는 이름과 연락처를 처리합니다.",
      "제3조(고정형 영상정보처리기기의 운영·관리) ① 회사는 「개인정보 보호법」 제25조제1항에 따라 도난 방지를 위하여 고정형 영상정보처리기기를 설치·운영합니다.",
      "② 설치 대수와 위치: 창고 출입문 2대",
      "③ 촬영한 영상은 30일 동안 보관합니다.",
    ];
    const findings = await findingsOf("video-devices", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[11, "incomplete"]]);
    expect(findings[0].message).toContain("관리책임자");
  });
});

describe("vague-retention", () => {
  it("fires on periods that are not periods", async () => {
    const text = [
      ...header,
      "3. 보유 기간",
      "- 상담 기록: 서비스 제공에 필요한 기간 동안 보관",
      "- 이벤트 응모 정보: 이용 목적 달성 시까지",
    ];
    expect(await found("vague-retention", text)).toEqual([
      [6, "vaguePeriod"],
      [7, "untilPurpose"],
    ]);
  });
  it("does not fire on concrete periods", async () => {
    expect(
      await linesOf("vague-retention", [...header, "3. 보유 기간", "- 회원 정보: 회원 탈퇴 시까지", "- 상담 기록: 상담 종료 후 1년"]),
    ).toEqual([]);
  });
  // "상당 기간" with or without its "한", in a field of its own as in a form
  it.each(["    보유기간 : 수업이 끝난 뒤 상당 기간", "    보유기간 : 수업이 끝난 뒤 상당한 기간"])("fires on '%s'", async (field) => {
    const text = [...header, "3. 처리 및 보유 기간", "  가. 수강료 결제", "    수집항목 : 결제 수단, 승인 번호", field];
    expect(await found("vague-retention", text)).toEqual([[8, "vaguePeriod"]]);
  });
  it("fires on a period the company's own rule sets, in the destruction section too", async () => {
    const text = [
      ...header,
      "4. 파기 절차",
      "목적을 이룬 정보는 별도 저장소로 옮겨 사내 규정과 관련 법령에 따라 일정 기간 두었다가 지웁니다. 종이는 5일 안에 파쇄합니다.",
    ];
    expect(await found("vague-retention", text)).toEqual([[6, "internalPeriod"]]);
  });
  it("does not fire on the destruction template when the retention section says what the company's own rule keeps", async () => {
    const destruction = [
      "5. 파기 절차",
      "가입 때 받은 정보는 목적을 이룬 뒤 별도 저장소로 옮겨 내부 방침 및 관련 법령에 따라(보유 기간 참조) 일정 기간 저장한 뒤 파기합니다.",
    ];
    const byReason = [
      ...header,
      "4. 보유 기간",
      "- 회원 정보: 탈퇴 시까지",
      "- 보관 항목: 휴대전화번호, 가입 일시",
      "  보관 이유: 탈퇴와 재가입을 되풀이하는 악의적 이용 방지",
      "  보관 기간: 탈퇴 후 60일",
      ...destruction,
    ];
    expect(await linesOf("vague-retention", byReason)).toEqual([]);
    const byRule = [...header, "4. 보유 기간", "- 회원 정보: 탈퇴 시까지, 다만 내부 방침에 따라 탈퇴 후 14일 보관", ...destruction];
    expect(await linesOf("vague-retention", byRule)).toEqual([]);
  });
  it("fires on the destruction template when the retention section keeps only what the law requires", async () => {
    const text = [
      ...header,
      "4. 보유 기간",
      "- 회원 정보: 탈퇴 시까지",
      "- 소비자 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래법)",
      "5. 파기 절차",
      "가입 때 받은 정보는 목적을 이룬 뒤 별도 저장소로 옮겨 내부 방침 및 관련 법령에 따라(보유 기간 참조) 일정 기간 저장한 뒤 파기합니다.",
    ];
    expect(await found("vague-retention", text)).toEqual([[9, "internalPeriod"]]);
  });
  it("fires on a period set by what must be proved, though a law is named", async () => {
    const text = [
      ...header,
      "4. 보유 기간",
      "- 주문 정보: 배송 완료 후 3개월",
      "※ 다른 법률상 의무를 이행하며 처리한 기록은 그 이행을 입증하기 위한 기간 동안 보관할 수 있습니다.",
    ];
    expect(await found("vague-retention", text)).toEqual([[7, "vaguePeriod"]]);
  });
  it("does not fire on an opening sentence over items that give their own periods, and still fires on a vague item", async () => {
    const text = [
      ...header,
      "4. 보유 기간",
      "회사는 이용 목적에 필요한 기간 동안 개인정보를 보유합니다.",
      "",
      "  ① 강사 회원 정보: 계약 종료 후 1년",
      "  ② 수강생 정보: 수업 운영에 필요한 기간 동안",
    ];
    expect(await found("vague-retention", text)).toEqual([[9, "vaguePeriod"]]);
    const noPeriods = [
      ...header,
      "4. 보유 기간",
      "회사는 이용 목적에 필요한 기간 동안 개인정보를 보유합니다.",
      "  ① 강사 회원 정보",
      "  ② 수강생 정보",
    ];
    expect(await found("vague-retention", noPeriods)).toEqual([[6, "vaguePeriod"]]);
  });
  it("does not read a verb ending in 하기 as pointing to a list below", async () => {
    const text = [...header, "4. 보유 기간", "분쟁에 대응하기 위해 상담 내역을 일정 기간 보관합니다.", "- 회원 정보: 탈퇴 후 1개월"];
    expect(await found("vague-retention", text)).toEqual([[6, "vaguePeriod"]]);
  });
  it("does not fire on a sentence that points to the periods listed below it", async () => {
    const text = [
      ...header,
      "3. 보유 기간",
      "주문 정보는 배송이 끝나면 지웁니다. 다만 다음 기록은 일정 기간 더 둡니다.",
      "- 대금 결제 기록: 5년 (전자상거래법)",
      "- 방문 기록: 3개월 (통신비밀보호법)",
    ];
    expect(await linesOf("vague-retention", text)).toEqual([]);
  });
  it("still fires when the list it points to gives no period, or no list follows", async () => {
    const listed = [
      ...header,
      "3. 보유 기간",
      "아래 기록은 필요한 기간 동안 둡니다.",
      "- 대금 결제 기록",
      "- 방문 기록",
      "4. 파기",
      "1년 뒤 지웁니다.",
    ];
    expect(await linesOf("vague-retention", listed)).toEqual([6]);
    expect(await linesOf("vague-retention", [...header, "3. 보유 기간", "다음 기록은 일정 기간 둡니다."])).toEqual([6]);
  });
  it("fires on keeping data until a purpose is served, in any wording", async () => {
    const text = [...header, "3. 보유 기간", "제휴 정보는 제공한 목적을 달성할 때까지 둡니다."];
    expect(await found("vague-retention", text)).toEqual([[6, "untilPurpose"]]);
  });
  it("leaves a period that a statute sets to retention-statute, and deletion without delay alone", async () => {
    const text = [
      ...header,
      "3. 보유 기간",
      "법령이 일정 기간 보관을 요구하면 그 기간 동안 보관합니다.",
      "이용 목적이 달성된 때에는 지체 없이 지웁니다.",
    ];
    expect(await linesOf("vague-retention", text)).toEqual([]);
  });
});

describe("vague-retention over hard-wrapped lines", () => {
  it("reads a vague period broken across continuation lines, at the line it starts on", async () => {
    const text = [...header, "3. 보유 기간", "- 상담 기록은 회사 내부 방침에 따라", "    일정", "    기간 보관한 뒤 지웁니다."];
    expect((await findingsOf("vague-retention", text)).map((f) => [f.line, f.column, f.messageId])).toEqual([[7, 5, "vaguePeriod"]]);
  });
});

describe("vague-listing", () => {
  it.each([
    ["purposes with one legal duty among them", "1. 처리 목적", "회원 관리, 법령상 의무 이행 등을 위하여 개인정보를 처리합니다.", 18],
    ["items that are records of consent", "2. 처리하는 개인정보의 항목", "- 선택: 마케팅 수신 동의 여부, 약관 동의 일시 등", 30],
  ])("still fires on %s", async (_, heading, line, column) => {
    expect((await findingsOf("vague-listing", [...header, heading, line])).map((f) => [f.line, f.column])).toEqual([[6, column]]);
  });
  it("fires on a list of items closed with 등, at the 등", async () => {
    const findings = await findingsOf("vague-listing", [...header, "2. 처리하는 개인정보의 항목", "- 필수: 이름, 이메일, 주소 등"]);
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [6, 19, "'주소 등'처럼 '등'으로 목록을 닫지 말고 모두 적으십시오"],
    ]);
  });
  it.each([
    [
      "the statute's contract terms",
      "4. 처리 위탁",
      "위탁 시 목적 외 처리 금지, 재위탁 제한, 손해배상 책임 등에 관한 사항을 계약서에 명시합니다.",
    ],
    [
      "rights named in a fixed phrase",
      "5. 제3자 제공",
      "제공 시 정보주체에게 열람, 정정·삭제, 처리정지 등의 요구를 할 수 있음을 알립니다.",
    ],
    [
      "the statute's contract terms with another verb and no 계약서",
      "4. 처리 위탁",
      "맡길 때는 「개인정보 보호법」 제26조에 따라 목적 외 이용 금지, 재위탁 제한, 기술적·관리적 보호조치 등을 정하고 점검합니다.",
    ],
    ["a list of disclosure fields", "5. 제3자 제공", "- 제공 목적, 제공 항목, 보유 기간 등은 동의 화면에서 안내"],
    ["collection channels", "2. 수집 항목", "- 수집 방법: 누리집(회원 가입, 상담 신청, 예약 등), 전화"],
    ["examples of a category", "2. 수집 항목", "- 문의 내용, 문의 유형(배송, 교환, 환불 등)"],
    ["attributes of goods", "2. 수집 항목", "- 상품 등록 정보: 상품명, 규격, 가격 등"],
    ["a lead-in summing up the list below it", "2. 수집 항목", "예약, 결제, 고객 문의 등을 처리하기 위해 다음과 같이 개인정보를 받습니다."],
    ["a lead-in announcing the following items", "2. 수집 항목", "본인 확인, 배송 등에 필요한 하기의 정보를 수집합니다."],
    [
      "the legal grounds for provision",
      "5. 제3자 제공",
      "당사는 이용자의 사전 동의, 법령상 의무 등에 해당할 때에만 개인정보를 외부에 줍니다.",
    ],
    ["the statute's articles as grounds", "5. 제3자 제공", "「개인정보 보호법」 제17조, 제18조 등에 해당하는 경우에 한하여 제공합니다."],
    [
      "grounds that include vital interests",
      "1. 처리 목적",
      "본인의 별도 동의, 급박한 생명·신체의 이익 등에 해당하면 목적 밖으로도 이용할 수 있습니다.",
    ],
    [
      "an authority's warrant beside a provision of law",
      "5. 제3자 제공",
      "법원의 영장, 법률에 특별한 규정 등에 따라 요구받은 경우에는 예외로 합니다.",
    ],
  ])("does not fire on %s", async (_, heading, line) => {
    expect(await linesOf("vague-listing", [...header, heading, line])).toEqual([]);
  });
  it("fires on a list closed with 등 in a table cell, pipe- or tab-separated", async () => {
    const piped = [...header, "2. 처리하는 개인정보의 항목", "| 구분 | 항목 |", "|---|---|", "| 상담 | 이름, 연락처, 상담 내용 등 |"];
    expect(await found("vague-listing", piped)).toEqual([[8, "openList"]]);
    const tabbed = [...header, "2. 처리하는 개인정보의 항목", "구분\t항목\t보유 기간", "상담\t이름, 연락처, 상담 내용 등\t1년"];
    expect(await found("vague-listing", tabbed)).toEqual([[7, "openList"]]);
  });
  it("does not fire on a fixed phrase in a table cell", async () => {
    const text = [...header, "2. 처리하는 개인정보의 항목", "| 구분 | 항목 |", "|---|---|", "| 상담 | 이름, 전화번호 등 연락처 |"];
    expect(await found("vague-listing", text)).toEqual([]);
  });
  it("fires on processors closed with 등 though one of them is a security vendor", async () => {
    const text = [...header, "4. 처리 위탁", "- 수탁자: 한결정보(문자 발송), 든든보안(안전성 점검) 등"];
    expect(await found("vague-listing", text)).toEqual([[6, "openList"]]);
  });
  it("fires on a list of purposes that gives examples of the purpose it ends in", async () => {
    const text = [...header, "1. 처리 목적", "- 가입 심사, 요금 정산 및 환불 등 고객관리, 공지 전달"];
    expect((await findingsOf("vague-listing", text)).map((f) => [f.line, f.column, f.messageId])).toEqual([[6, 21, "openList"]]);
  });
  it("does not fire on the description of an entrusted task", async () => {
    const text = [...header, "4. 처리 위탁", "- 수탁업체 : 한결정보", "- 위탁 업무 내용 : 문자, 알림톡 및 전자우편 등의 발송"];
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
  it("fires on a list that only promises more ('다음' after the 등 is not a list below)", async () => {
    const text = [...header, "2. 수집 항목", "- 필수: 성명, 연락처 등을 수집하며 다음 달부터 보관합니다"];
    expect(await found("vague-listing", text)).toEqual([[6, "openList"]]);
  });
  it("reads a list wrapped over three lines indented alike as one", async () => {
    const wrapped = [...header, "2. 수집 항목", "- 필수: 이름,", "    이메일,", "    휴대전화번호 등"];
    expect((await findingsOf("vague-listing", wrapped)).map((f) => [f.line, f.column])).toEqual([[8, 12]]);
  });
  it("reads a list hard-wrapped over indented lines as one, at its 등", async () => {
    const wrapped = [...header, "2. 수집 항목", "- 필수: 이름, 이메일,", "  휴대전화번호 등"];
    expect((await findingsOf("vague-listing", wrapped)).map((f) => [f.line, f.column])).toEqual([[7, 10]]);
    // a wrap right after "등" does not close a list that goes on
    const endsAtWrap = [...header, "2. 수집 항목", "- 회원 정보로 이름, 이메일 등", "  가입에 필요한 최소한의 정보를 받습니다."];
    expect(await linesOf("vague-listing", endsAtWrap)).toEqual([]);
  });
  it("fires on an items field wherever it stands, an item with a bracket counted as one", async () => {
    const text = [
      ...header,
      "1. 처리 목적 및 보유 기간",
      "가. 전화 상담",
      "- 수집항목 : 연락처(휴대전화), 상담 내용 등",
      "- 보유기간 : 1년",
    ];
    expect(await found("vague-listing", text)).toEqual([[7, "openList"]]);
  });
  it("fires on 'A사 외 3개사' among recipients", async () => {
    expect(await found("vague-listing", [...header, "5. 개인정보의 제3자 제공", "제공받는 자: 한빛보험 외 3개사"])).toEqual([
      [6, "companyCount"],
    ]);
  });
  // the count may name what it counts: affiliates, bodies, places ("외 2개 계열사", "외 3곳", "등 4개 기관")
  it.each([
    "한빛보험 외 2개 계열사",
    "한빛보험 외 3곳",
    "한빛보험 등 4개 기관",
    "한빛생명㈜ 외 8개 보험사",
    "한빛생명㈜ 외 5개 제휴 금융회사(선택 동의 시)",
  ])("fires on '%s' among recipients", async (recipients) => {
    expect(await found("vague-listing", [...header, "5. 개인정보의 제3자 제공", `제공받는 자: ${recipients}`])).toEqual([
      [6, "companyCount"],
    ]);
  });
  it("does not take a count of a business's sites for one of recipients", async () => {
    expect(
      await found("vague-listing", [...header, "5. 개인정보의 제3자 제공", "제공받는 자: 한빛보험(본사 외 2개 사업장에서 처리)"]),
    ).toEqual([]);
    expect(await found("vague-listing", [...header, "5. 개인정보의 제3자 제공", "제공받는 자: 한빛보험(본점 외 3개 지점)"])).toEqual([]);
  });
  it("does not fire on fixed phrases, clauses, or outside the four places", async () => {
    const text = [
      ...header,
      "2. 처리하는 개인정보의 항목",
      "- 전화번호 등 연락처",
      "- 위탁하는 경우, 계약서 등에 명시합니다",
      "7. 자동 수집 장치",
      "- 방문 시간, 접속 빈도 등을 분석합니다",
    ];
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });
});

// a retention period is a span or an end; 삭제 in the line that says how to refuse (resetting an ad ID) is not one
describe("behavioral-info: the retention period and the word 삭제", () => {
  const section = (...lines: string[]) => [
    ...header,
    "1. 맞춤형 광고와 행태정보",
    "회사는 맞춤형 광고를 위하여 행태정보를 수집합니다.",
    "- 항목: 상품 조회 기록, 광고식별자",
    "- 수집 방법: 앱 실행 시 자동 수집",
    "- 목적: 관심 상품 광고",
    ...lines,
  ];
  it("fires when only the refusal line says 삭제", async () => {
    expect(await found("behavioral-info", section("- 거부 방법: 휴대폰 설정에서 광고식별자를 삭제하거나 초기화"))).toEqual([
      [5, "incomplete"],
    ]);
  });
  it.each(["- 보유 기간: 수집 후 6개월이 지나면 삭제", "- 이용 기간: 회원 탈퇴 시까지", "- 수집일부터 90일 뒤 지체 없이 삭제합니다."])(
    "does not fire when a span or an end is given: %s",
    async (retention) => {
      expect(await found("behavioral-info", section(retention, "- 거부 방법: 휴대폰 설정에서 광고식별자 삭제"))).toEqual([]);
    },
  );
});

// a behavioural-data section may give each element in running prose, with no "수집 목적:" style labels
describe("behavioral-info: elements given in running prose", () => {
  const section = (...lines: string[]) => [...header, "5. 맞춤형 광고와 행태정보", ...lines];
  it.each([
    [
      "purpose as what the data is collected to do, method as automatic collection, refusal as turning it off",
      "회사는 이용자가 앱에서 살펴본 상품과 광고 ID를 앱을 쓰는 동안 자동으로 수집하여 비슷한 상품 광고를 첫 화면에 노출합니다. 이 정보는 수집한 날부터 180일이 지나면 지웁니다. 앱의 [알림·광고] 화면에서 맞춤 광고를 끌 수 있습니다.",
    ],
    [
      "purpose as what the data is used in, method as a pixel, refusal as withdrawing consent",
      "누리집에 심은 픽셀이 이용자의 클릭 기록을 모읍니다. 모은 기록은 관심 상품 광고에 이용하며 6개월 뒤 삭제합니다. 언제든 동의를 철회하실 수 있습니다.",
    ],
    [
      "purpose as what the data serves, refusal as switching it off",
      "회사는 시청 기록을 자동으로 수집하여 1년 동안 보관합니다. 이 기록은 다음에 볼 영상을 추천하는 데 쓰입니다. 계정 메뉴에서 맞춤 추천을 비활성화할 수 있습니다.",
    ],
  ])("does not fire: %s", async (_name, passage) => {
    expect(await found("behavioral-info", section(passage))).toEqual([]);
  });
  it("does not take the withdrawal of an order (청약철회) for a way to refuse", async () => {
    const [finding] = await findingsOf(
      "behavioral-info",
      section("회사는 구매 기록을 자동으로 수집하여 관심 상품 광고를 보여 주며 1년 뒤 지웁니다. 청약철회 내역도 함께 봅니다."),
    );
    expect([finding.line, finding.message]).toEqual([5, "행태정보 안내에 거부 방법이 없습니다"]);
  });
  it("still names the purpose when the prose never says what the data is for", async () => {
    const [finding] = await findingsOf(
      "behavioral-info",
      section("회사는 이용자가 살펴본 상품 기록을 자동으로 수집하여 1년 동안 보관합니다. 앱의 설정 화면에서 수집을 끌 수 있습니다."),
    );
    expect([finding.line, finding.messageId, finding.message]).toEqual([5, "incomplete", "행태정보 안내에 수집 목적이 없습니다"]);
  });
});

// the phrase that shows targeted ads may be hard-wrapped across two lines; the verdict is the same as unwrapped
describe("behavioral-info: targeted ads said across a hard wrap", () => {
  const cookies = (...paragraph: string[]) => [...header, "3. 쿠키의 운영", "", ...paragraph];
  const sentence = [
    "회사는 쿠키로 이용자의 상품 방문 기록을 모아 이용자의 관심사를 파악하고 이를",
    "바탕으로 맞춤 광고를 보여 드리기 위해 쿠키를 씁니다. 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.",
  ];
  it("fires on the wrapped sentence as on the unwrapped one", async () => {
    const unwrapped = await findingsOf("behavioral-info", cookies(sentence.join(" ")));
    const wrapped = await findingsOf("behavioral-info", cookies(...sentence));
    expect(unwrapped.map((f) => f.messageId)).toEqual(["incomplete"]);
    expect(wrapped.map((f) => f.messageId)).toEqual(["incomplete"]);
  });
});

describe("behavioral-info: a way out of targeted ads said without 거부", () => {
  const section = (refusal: string) => [
    ...header,
    "6. 행태정보의 수집·이용",
    "회사는 관심 기반 광고를 위해 앱 방문 기록과 광고 식별자를 SDK로 자동 수집하며, 수집 후 1년간 보관합니다.",
    refusal,
  ];

  it.each([
    ["원하지 않으시면 … 요청하시면 되며", "관심 기반 광고를 원하지 않으시면 고객센터에 요청하시면 되며, 이후에는 일반 광고만 보입니다."],
    ["동의하지 않으시면 … 지우시면 됩니다", "관심 기반 광고에 동의하지 않으시면 앱 데이터를 지우시면 됩니다."],
  ])("does not say the refusal is missing: %s", async (_, refusal) => {
    expect(await linesOf("behavioral-info", section(refusal))).toEqual([]);
  });

  it("still says so when the way out is not followed by how to take it or what follows", async () => {
    const [finding] = await findingsOf("behavioral-info", section("관심 기반 광고를 원하지 않는 회원도 있습니다."));
    expect([finding.line, finding.messageId]).toEqual([5, "incomplete"]);
    expect(finding.message).toContain("거부 방법");
  });
});

// stopping the collection ("추적을 막을 수", "광고 ID가 저장되지 않게", "맞춤 광고를 꺼 두면") is how to refuse it, for
// behavioural data as for cookies: one reader of the words (rules/data/opt-out.json, turnOff)
describe("behavioral-info and required-cookies: refusing by stopping the collection", () => {
  const section = (refusal: string) => [
    ...header,
    "4. 행태정보의 수집·이용",
    "회사는 관심 상품 광고를 보여 드리기 위해 앱에서 본 상품 기록과 광고 식별자를 SDK로 자동 수집하며, 수집 후 1년간 보관합니다.",
    refusal,
  ];
  const cookieSection = (refusal: string) => [
    ...header,
    "4. 자동 수집 장치의 설치·운영",
    "회사는 로그인 상태를 유지하려고 쿠키를 씁니다.",
    refusal,
  ];
  it.each([
    ["blocked", "광고 식별자 추적은 휴대폰에서 막아 둘 수 있습니다."],
    ["kept from being stored", "광고 식별자가 기기 밖에 저장되지 않게 할 수 있습니다."],
    ["switched off", "맞춤 광고는 언제든 끄고 켤 수 있습니다."],
  ])("behavioral-info does not say the refusal is missing: %s", async (_, refusal) => {
    expect(await linesOf("behavioral-info", section(refusal))).toEqual([]);
  });
  it.each([
    ["blocked", "쿠키는 브라우저에서 막아 둘 수 있습니다."],
    ["kept from being stored", "쿠키가 기기에 저장되지 않게 할 수 있습니다."],
    ["switched off", "쿠키는 언제든 끄고 켤 수 있습니다."],
  ])("required-cookies takes the same words for the refusal: %s", async (_, refusal) => {
    expect(await linesOf("required-cookies", cookieSection(refusal))).toEqual([]);
  });
  it.each([
    ["blocking a leak is no refusal", "회사는 기록이 새어 나가는 것을 막기 위해 접근 권한을 나눕니다."],
    ["turning the device off is no refusal", "앱을 끄면 그날의 기록은 서버로 전송됩니다."],
  ])("behavioral-info still says the refusal is missing: %s", async (_, sentence) => {
    const [finding] = await findingsOf("behavioral-info", section(sentence));
    expect([finding.line, finding.message]).toEqual([5, "행태정보 안내에 거부 방법이 없습니다"]);
  });
});

describe("pseudonymized-info: the safeguards named one by one", () => {
  const study = (...safeguards: string[]) => [
    ...header,
    "6. 가명정보의 처리",
    "연구소는 진료 자료를 학술 연구에 쓰기 전에 환자 번호를 임의 번호로 바꾸어 가명처리합니다.",
    "- 처리 목적: 치료 효과에 관한 학술 연구",
    "- 처리 항목: 임의 번호, 연령대, 진단명",
    "- 처리 기간: 연구 종료 후 5년",
    ...safeguards,
  ];

  it.each([
    ["re-identification and the mapping table", "- 보호 방법: 재식별을 막기 위해 매핑 테이블은 연구소 밖으로 나가지 않는 서버에 둡니다."],
    ["access restricted and export controlled", "- 관리 방법: 자료 접근은 연구 책임자에게 제한하고, 외부 반출은 금지합니다."],
    ["a processing record and access control", "연구소는 가명정보의 처리 기록을 작성·보관하며 열람 가능 인원의 접근 권한을 통제합니다."],
  ])("does not fire on %s", async (_, line) => {
    expect(await linesOf("pseudonymized-info", study(line))).toEqual([]);
  });

  it("still fires when the passage names one measure in passing, at the mention", async () => {
    const [finding] = await findingsOf("pseudonymized-info", study("- 비고: 결과는 통계 형태로만 공개하며 재식별 시도는 없습니다."));
    expect(finding?.message).toMatch(/안전성 확보조치/);
  });

  it("still fires when nothing is said of how the data is protected", async () => {
    const [finding] = await findingsOf("pseudonymized-info", study());
    expect(finding?.message).toMatch(/안전성 확보조치/);
  });
});
