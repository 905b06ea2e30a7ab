// required-cookies, required-remedies, effective-date, third-party-provision, overseas-transfer.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf, readSeed, SEEDS } from "../helpers.js";

const found = async (ruleId: string, lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf(ruleId, lines, format)).map((f) => [f.line, f.messageId]);
const header = ["다올헬스 개인정보 처리방침", ""];

describe("required-cookies", () => {
  it("does not take a list item that enumerates items ('접속 로그, 쿠키') for the cookie section", async () => {
    const text = [...header, "2. 처리 항목", "### 자동 수집 정보", "- 접속 로그, 쿠키", "- 기기 정보"];
    expect(await found("required-cookies", text)).toEqual([[1, "missing"]]);
  });
  it("takes a tool that collects generated data for an automatic collection device", async () => {
    const text = [...header, "2. 개인정보 파일", "- 수집방법 : 누리집, 생성정보 수집 툴을 통한 수집"];
    expect(await found("required-cookies", text)).toEqual([[1, "missing"]]);
  });
  it("does not fire when the policy says it uses no cookies or advertising SDKs", async () => {
    const text = [
      ...header,
      "제2조 (처리 항목)",
      "- 통계 도구와 광고 SDK를 쓰지 않으며, 광고 SDK를 사용하지 않습니다.",
      "제9조 (자동 수집 장치의 설치·운영 및 거부)",
      "이 앱은 쿠키나 웹 비콘 같은 자동 수집 장치를 두지 않습니다.",
    ];
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });
  it("reads any verb of having or using the device as denied", async () => {
    for (const denial of [
      "쿠키를 설치하지 아니합니다.",
      "웹 비콘도 쓰지 않습니다.",
      "쿠키 등 자동 수집 장치는 이용하지 않습니다.",
      "예약 앱과 누리집에서 쿠키를 수집하지 않습니다.",
      "앱은 쿠키나 광고식별자를 수집하지 않습니다.",
    ]) {
      const text = [...header, "제9조 (자동 수집 장치)", `회사는 ${denial}`, "제10조 (문의)", "쿠키 관련 문의는 고객센터로 해 주십시오."];
      expect(await linesOf("required-cookies", text)).toEqual([]);
    }
  });
  // a denial of one purpose or some cases only ("…목적으로 쓰지 않습니다", "…를 위해 저장하지 않습니다", "필수 쿠키 외에는")
  // says the device is used for the rest: the section must still say how to refuse it
  it.each([
    "쿠키를 이용자 행동 분석 목적으로 쓰지 않습니다.",
    "회원 취향에 맞춘 광고를 위해 쿠키를 저장하지 않습니다.",
    "로그인 유지용 쿠키 외에는 쿠키를 설치하지 않습니다.",
    "쿠키를 회원 동의 없이 광고 용도로 사용하지 않습니다.",
  ])("does not read a denial of one use as no cookies: '%s'", async (denial) => {
    const text = [
      ...header,
      "제9조 (자동 수집 장치의 설치·운영)",
      "누리집은 로그인 상태를 유지하려고 쿠키를 씁니다.",
      `누리집은 ${denial}`,
    ];
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it.each(["쿠키를 어떠한 목적으로도 쓰지 않습니다.", "어떤 용도로도 쿠키를 저장하지 않습니다."])(
    "still reads a denial for every purpose as no cookies: '%s'",
    async (denial) => {
      const text = [...header, "제9조 (자동 수집 장치)", `누리집은 ${denial}`, "제10조 (문의)", "쿠키 관련 문의는 고객센터로 해 주십시오."];
      expect(await linesOf("required-cookies", text)).toEqual([]);
    },
  );
  it("does not read what a cookie does not hold as no cookies ('쿠키는 이름을 수집하지 않습니다')", async () => {
    const text = [...header, "제9조 (쿠키의 운영)", "누리집은 쿠키를 씁니다. 쿠키는 이름이나 연락처를 수집하지 않습니다."];
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it("fires at line 1 when cookies are collected and no section explains them", async () => {
    expect(await found("required-cookies", [...header, "제2조 (처리 항목)", "접속 IP, 쿠키, 방문 일시"])).toEqual([[1, "missing"]]);
  });
  it("fires at the heading when the section never says how to refuse", async () => {
    const text = [
      ...header,
      "7. 자동 수집 장치의 설치·운영",
      "회사는 맞춤 서비스를 위해 쿠키를 사용합니다.",
      "",
      "8. 보호책임자",
      "성명: 한결",
    ];
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it("fires at line 1 when an ad SDK reads the advertising ID and nothing says how to reset it", async () => {
    expect(await found("required-cookies", [...header, "| Google LLC (AdMob) | 광고 노출 | 광고 식별자 |"])).toEqual([[1, "missing"]]);
  });
  it("does not fire when the advertising ID's reset is explained", async () => {
    expect(
      await linesOf("required-cookies", [
        ...header,
        "앱은 AdMob으로 광고를 보여 줍니다.",
        "설정 > Google > 광고에서 광고 ID를 재설정할 수 있습니다.",
      ]),
    ).toEqual([]);
  });
  // a way to refuse is a setting that refuses, blocks or deletes cookies, not the word 설정 anywhere
  it.each([
    "회원이 고른 화면 설정을 기억하기 위하여 쿠키를 씁니다.",
    "쿠키는 로그인 유지와 언어 설정 저장에 쓰이며, 브라우저를 닫으면 삭제됩니다.",
    "쿠키 옵션 값은 서버가 정합니다.",
  ])("fires at the heading when the section names a setting but no way to refuse: %s", async (sentence) => {
    const text = [...header, "7. 자동 수집 장치의 설치·운영 및 거부", sentence, "", "8. 보호책임자", "성명: 한결"];
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it.each([
    ["브라우저 설정에서 쿠키를 차단할 수 있습니다."],
    ["쿠키 저장을 원하지 않으면 브라우저에서 거부할 수 있습니다."],
    ["웹 브라우저의 쿠키 설정을 바꾸어 저장을 막을 수 있습니다."],
    ["모바일 브라우저의 환경 설정에서 쿠키 허용 여부를 고를 수 있습니다."],
    ["저장된 쿠키는 브라우저에서 언제든지 삭제할 수 있습니다."],
    ["브라우저별 방법은 다음과 같습니다.", "- 크롬: 설정 > 개인정보 및 보안 > 서드 파티 쿠키"],
    ["이용자는 '설정 > 개인정보 > 쿠키 차단'에서 직접 막을 수 있습니다."],
  ])("does not fire when the section says how to refuse: %s", async (...lines) => {
    const text = [...header, "7. 자동 수집 장치의 설치·운영 및 거부", "회사는 로그인 유지를 위해 쿠키를 씁니다.", ...lines];
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });
  // refusing is any verb that stops the device storing: 막다, 멈추다, 중지하다, "저장되지 않게", "받아들이지 않도록"
  it.each([
    "인터넷 창의 옵션 메뉴에서 쿠키 저장을 막을 수 있습니다.",
    "쿠키 설치를 막으려면 브라우저의 보안 단계를 높이시면 됩니다.",
    "쿠키가 기기에 저장되지 않게 브라우저에서 지정해 둘 수 있습니다.",
    "쿠키 수집을 멈추고 싶으시면 브라우저 환경설정을 고치십시오.",
    "브라우저가 쿠키를 받아들이지 않도록 지정할 수 있습니다.",
    "휴대전화 브라우저의 개인정보 메뉴에서 쿠키를 끌 수 있습니다.",
    "쿠키를 꺼 두시면 자동 로그인만 되지 않습니다.",
  ])("does not fire when refusal is said with a verb that stops storing: %s", async (sentence) => {
    const text = [...header, "7. 자동 수집 장치의 설치·운영 및 거부", "회사는 로그인 유지를 위해 쿠키를 씁니다.", sentence];
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });
  it.each([
    "쿠키 값을 가로채는 공격을 막기 위해 전송 구간을 암호화합니다.",
    "쿠키에는 이름이나 전화번호가 저장되지 않습니다.",
    "화면을 끌 수 있는 버튼 옆에 쿠키 안내가 있습니다.",
  ])("still fires when something else is stopped or not stored: %s", async (sentence) => {
    const text = [...header, "7. 자동 수집 장치의 설치·운영 및 거부", "회사는 로그인 유지를 위해 쿠키를 씁니다.", sentence];
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it("does not fire when no cookies are used", async () => {
    expect(await linesOf("required-cookies", [...header, "회사는 쿠키를 사용하지 않습니다."])).toEqual([]);
  });
});

describe("required-remedies", () => {
  it("fires at the heading when agencies are announced and none is listed", async () => {
    const text = [...header, "9. 권익침해 구제방법", "침해 상담이 필요하면 아래 기관에 문의하십시오.", "", "10. 변경", "없음"];
    expect(await found("required-remedies", text)).toEqual([[3, "hollow"]]);
  });
  it("does not fire when agencies with contacts sit in the DPO section", async () => {
    const text = [
      ...header,
      "10. 개인정보 보호책임자 및 상담",
      "- 개인정보침해신고센터 (국번없이) 118",
      "- 개인정보 분쟁조정위원회 1833-6972",
    ];
    expect(await linesOf("required-remedies", text)).toEqual([]);
  });
  // a page or a Markdown file may give each agency's site as the target of its name's link
  it.each([
    [
      "html",
      [
        "<h1>다올헬스 개인정보 처리방침</h1>",
        "<h2>9. 권익침해 구제방법</h2>",
        "<p>아래 기관에 문의하실 수 있습니다.</p>",
        '<ul><li><a href="https://www.kopico.go.kr">개인정보 분쟁조정위원회</a></li>',
        '<li><a href="https://ecrm.police.go.kr">경찰청</a></li></ul>',
      ],
    ],
    [
      "markdown",
      [
        "# 다올헬스 개인정보 처리방침",
        "",
        "## 9. 권익침해 구제방법",
        "",
        "- [개인정보 분쟁조정위원회](https://www.kopico.go.kr)",
        "- [경찰청](https://ecrm.police.go.kr)",
      ],
    ],
  ] as const)("does not fire on agencies whose sites are their links' targets (%s)", async (format, text) => {
    expect(await linesOf("required-remedies", [...text], format)).toEqual([]);
  });
  it("still fires on a page that names the agencies with links to nowhere of theirs", async () => {
    const text = [
      "<h1>다올헬스 개인정보 처리방침</h1>",
      "<h2>9. 권익침해 구제방법</h2>",
      "<p>아래 기관에 문의하실 수 있습니다.</p>",
      '<ul><li><a href="#top">개인정보 분쟁조정위원회</a></li></ul>',
    ];
    expect(await linesOf("required-remedies", text, "html")).toEqual([2]);
  });
  it("fires as a warning at line 1 when nothing is said", async () => {
    const findings = await findingsOf("required-remedies", [...header, "제1조 (목적)", "회원 관리"]);
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[1, "warning"]]);
  });
});

describe("effective-date", () => {
  it("fires at line 1 when no effective date is given", async () => {
    expect(await found("effective-date", [...header, "변경 시 시행 7일 전에 공지합니다."])).toEqual([[1, "missing"]]);
  });
  it("says so when only the date the policy was first made is given", async () => {
    const findings = await findingsOf("effective-date", [
      ...header,
      "이 방침은 2019년 4월 2일에 제정되었으며, 변경 시 시행 7일 전에 공지합니다.",
    ]);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[1, "enactmentOnly"]]);
    expect(findings[0].message).toContain("2019-04-02");
  });
  it("fires on a date left as a template blank", async () => {
    expect(await found("effective-date", [...header, "- 공고일자 : [YYYY.MM.DD]", "- 시행일자 : [YYYY.MM.DD]"])).toEqual([[4, "blank"]]);
  });
  it.each([
    ["시행일자: 2024. 3. 29."],
    ["이 방침은 2023년 9월 20부터 적용됩니다."],
    ["<부칙> 이 방침은 2022-01-05부터 시행합니다."],
    ["시행일자 : 2020 0527"],
    ["이 방침은 2021. 11.개정되어 바로 적용됩니다."],
    ["나. 시행일자: [2024/02]"],
    ["* 개정 공고일: 2019. 5. 2. * 시행일자: 2018. 12. 1."],
  ])("accepts %s", async (line) => {
    expect(await linesOf("effective-date", [...header, line])).toEqual([]);
  });
});

describe("third-party-provision", () => {
  it("fires on provision to unnamed partners", async () => {
    const text = [...header, "5. 제3자 제공", "회사는 더 나은 서비스를 위하여 제휴사에게 이용자의 구매 내역을 제공할 수 있습니다."];
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "recipientKind"]]);
    expect(findings[0].message).toContain("'제휴사'");
  });
  it("fires on each table row whose recipient is a kind of business", async () => {
    const text = [
      ...header,
      "5. 제3자 제공",
      "제공 목적 | 제공받는 자 | 제공 항목 | 보유 기간",
      "결제 처리 | 결제 대행 업체 | 결제 정보 | 5년",
      "배송 | 한빛택배㈜ | 이름, 주소 | 배송 완료 시까지",
    ];
    expect(await found("third-party-provision", text)).toEqual([[5, "recipientKind"]]);
  });
  it("fires on provision to unnamed parties outside the section too", async () => {
    const text = [...header, "1. 처리 목적", "이벤트 당첨자 정보는 협력사에게 제공될 수 있습니다."];
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "unnamedRecipient"]]);
    // it says what the sentence lacks, not that purpose and items are missing when they may be given
    expect(findings[0].message).toBe(
      "'협력사'에게 제공한다고만 하고 누구인지 밝히지 않았습니다: 제공받는 자의 이름과 목적·항목·보유기간을 적으십시오",
    );
  });
  it("does not take the statute's exceptions, introduced as numbered cases, for a provision to unnamed parties", async () => {
    const text = [
      ...header,
      "3. 제3자 제공",
      "은행은 동의 없이 정보를 넘기지 않습니다. 단, 다음 각 호의 경우에는 목적 외로 이용하거나 이를 제3자에게 제공할 수 있습니다.",
      "1. 다른 법률에 특별한 규정이 있는 경우",
      "2. 은행은 다음과 같이 제공합니다.",
      "가. 제공받는 자",
      "- 한울신용정보㈜",
    ];
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });
  it("fires on provision to kinds of recipient named by no one, even among the exceptions", async () => {
    const text = [
      ...header,
      "4. 제3자 제공",
      "회사는 개인정보를 외부에 주지 않습니다. 다만, 다음의 경우에는 예외로 합니다.",
      "1. 이용자가 미리 동의한 경우",
      "2. 진료 연계를 위해 필요한 경우(보험사·의료기관 등과의 협업 시)",
    ];
    expect(await found("third-party-provision", text)).toEqual([[6, "recipientKind"]]);
  });
  it("does not take entrusting work to outside firms, or a named recipient, for provision to a kind of recipient", async () => {
    const text = [
      ...header,
      "4. 제3자 제공",
      "필요한 경우 외부 업체에 일부 업무를 위탁할 수 있습니다.",
      "보험 가입 시 한울손해보험㈜에 이름과 연락처를 제공합니다.",
    ];
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });
  it("fires where the purpose, items and period are left to the consent screen, once", async () => {
    const text = [
      ...header,
      "4. 제3자 제공",
      "회사는 개인정보를 외부에 주지 않습니다. 다만, 아래 경우에는 예외로 합니다.",
      "① 회원이 미리 동의한 경우",
      "- 주문한 회원의 연락처가 판매자에게 전달되는 경우",
      "- 제공 목적, 제공 항목, 보유 기간은 동의 화면에서 별도로 안내",
    ];
    expect(await found("third-party-provision", text)).toEqual([[7, "detailsElsewhere"]]);
  });
  it.each([
    ["fires where the purpose is left to the time of consent", "- 제공 목적: 동의 시 별도 안내", [[6, "detailsElsewhere"]]],
    ["does not fire on a consent in brackets that conditions a stated purpose", "- 제공 목적: 실업급여 수급 확인(구직자 동의 시)", []],
  ])("%s", async (_, purpose, expected) => {
    const text = [
      ...header,
      "4. 제3자 제공",
      "회사는 아래와 같이 개인정보를 제공합니다.",
      "- 제공받는 자: 한국고용정보원",
      purpose,
      "- 제공 항목: 성명, 생년월일",
      "- 보유 기간: 제공 후 1년",
    ];
    expect(await found("third-party-provision", text)).toEqual(expected);
  });
  it("fires where the recipients are left to another place", async () => {
    const text = [
      ...header,
      "4. 제3자 제공",
      "시는 법령이 정한 경우에만 개인정보를 제공합니다.",
      "제공하는 기관과 범위는 누리집의 개인정보파일 목록에서 확인하실 수 있습니다.",
    ];
    expect(await found("third-party-provision", text)).toEqual([[5, "recipientsElsewhere"]]);
  });
  it("fires at the heading when exceptions are announced and none follows", async () => {
    const text = [
      ...header,
      "5. 제3자 제공",
      "회사는 개인정보를 외부에 제공하지 않습니다. 다만, 아래의 경우에는 예외로 합니다.",
      "",
      "6. 파기",
      "지체 없이 파기합니다.",
    ];
    expect(await found("third-party-provision", text)).toEqual([[3, "announcedNotListed"]]);
  });
  it("does not fire where the cases listed are an emergency or a danger to the public", async () => {
    for (const emergency of [
      "- 환자의 생명이나 신체에 급박한 위험이 있으면 가까운 응급실에 필요한 정보를 알릴 수 있습니다.",
      "- 감염병 확산을 막기 위하여 긴급히 필요할 때 보건 당국에 참석자 명단을 넘길 수 있습니다.",
    ]) {
      const text = [...header, "5. 제3자 제공", "회사는 다음의 경우에만 개인정보를 제3자에게 제공합니다.", emergency];
      expect(await found("third-party-provision", text), emergency).toEqual([]);
    }
  });
  it("fires on a blank recipient field", async () => {
    const text = [
      ...header,
      "### 제3조(개인정보의 제3자 제공)",
      "- 개인정보를 제공받는 자 : 한빛보험",
      "- 제공받는 자의 개인정보 이용목적 :",
      "- 제공받는 자의 보유·이용기간 :",
      "- 제공 항목 : 성명, 연락처",
    ];
    expect((await found("third-party-provision", text, "markdown")).map(([line]) => line)).toEqual([5, 6]);
  });
  it("does not fire when the recipient is named as a field", async () => {
    const text = [
      ...header,
      "5. 제3자 제공",
      "회사는 아래와 같이 개인정보를 제3자에게 제공합니다.",
      "- 제공받는 자: 한빛보험 주식회사",
      "- 제공 목적: 보험 상담",
      "- 제공 항목: 성명, 연락처",
      "- 보유 기간: 상담 종료 시까지",
    ];
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });
  it("does not fire on the standard exceptions for consent and law", async () => {
    const text = [
      ...header,
      "5. 제3자 제공",
      "회사는 정보주체의 동의가 있거나 법률에 특별한 규정이 있는 경우에만 개인정보를 제3자에게 제공합니다.",
    ];
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });
  it("does not fire when recipients are given in a table", async () => {
    const text = [
      ...header,
      "5. 제3자 제공",
      "제공받는 자 | 목적 | 항목 | 보유기간",
      "한빛보험㈜ | 보험 상담 | 이름, 연락처 | 1년",
      "회사는 위 제휴사에게 정보를 제공합니다.",
    ];
    expect(await linesOf("third-party-provision", text)).toEqual([]);
  });
});

describe("overseas-transfer", () => {
  it("fires at line 1 when overseas services are named and there is no overseas section", async () => {
    const findings = await findingsOf("overseas-transfer", [...header, "수탁자 | 위탁업무", "Amazon Web Services | 서버 운영"]);
    expect(findings.map((f) => [f.line, f.severity, f.messageId])).toEqual([[1, "warning", "missing"]]);
  });
  it("names what an overseas section leaves out", async () => {
    const text = [
      ...header,
      "## 6. 개인정보의 국외 이전",
      "",
      "- 이전 국가: 미국",
      "- 이전받는 자: Google LLC (privacy@google.com)",
      "- 이전 항목: 이메일",
    ];
    const [finding] = await findingsOf("overseas-transfer", text, "markdown");
    expect([finding.line, finding.messageId]).toEqual([3, "incomplete"]);
    expect(finding.message).toContain("거부 방법");
    expect(finding.message).not.toContain("이전 국가");
  });
  it("fires on a denial that contradicts the services named", async () => {
    const text = [...header, "7. 국외 이전", "회사는 개인정보를 국외로 이전하지 않습니다.", "", "8. 위탁", "Zendesk | 고객 문의 처리"];
    expect(await found("overseas-transfer", text)).toEqual([[3, "contradiction"]]);
  });
  const complete = [
    "- 이전받는 자: Zendesk, Inc. (privacy@zendesk.com)",
    "- 이전 국가: 미국",
    "- 이전 항목: 문의 내용, 이메일",
    "- 이전 일시와 방법: 문의를 접수할 때마다 네트워크로 전송",
    "- 이용 목적과 보유 기간: 고객 문의 응대, 접수 후 1년",
  ];
  it.each([
    "- 거부 방법과 효과: 앱 설정에서 채팅 상담을 끄면 국외로 이전하지 않으며, 채팅 상담만 쓸 수 없습니다.",
    "- 거부 방법과 효과: 동의를 거부할 경우 해외로 이전하지 않고, 전화 상담으로 안내합니다.",
  ])("does not read what opting out does as a denial of any transfer: %s", async (refusal) => {
    const text = [...header, "7. 개인정보의 국외 이전", ...complete, refusal];
    expect(await linesOf("overseas-transfer", text)).toEqual([]);
  });
  it("does not read a denial for one kind of data as a denial of any transfer", async () => {
    const text = [
      ...header,
      "7. 개인정보의 국외 이전",
      "회사는 다음과 같이 개인정보를 국외로 이전합니다. 결제 정보는 원칙적으로 국외로 이전하지 않습니다.",
      ...complete,
      "- 거부 방법: 고객센터에 요청(거부하면 채팅 상담 불가)",
    ];
    expect(await linesOf("overseas-transfer", text)).toEqual([]);
  });
  it("fires on a denial written '아니합니다' that contradicts the services named", async () => {
    const text = [...header, "7. 국외 이전", "회사는 개인정보를 해외로 이전하지 아니합니다.", "", "8. 위탁", "Zendesk | 고객 문의 처리"];
    expect(await found("overseas-transfer", text)).toEqual([[3, "contradiction"]]);
  });
  it("calls a denial outside any overseas section a contradiction, on the denial's line", async () => {
    const text = [
      ...header,
      "5. 개인정보 처리업무의 위탁",
      "회사는 배송을 한빛택배㈜에 맡기며, 개인정보를 국외로 이전하지 않습니다.",
      "6. 행태정보",
      "회사는 Google Analytics로 방문 기록을 수집합니다.",
    ];
    expect(await found("overseas-transfer", text)).toEqual([[4, "contradiction"]]);
  });
  it("does not fire on a service kept in a Korean region", async () => {
    expect(await linesOf("overseas-transfer", [...header, "수탁자 | 위탁업무", "AWS(서울 리전) | 서버 운영"])).toEqual([]);
  });
  it("finds the section whose number stands on a line of its own above its title, and reports at that title", async () => {
    const text = [
      ...header,
      "06", // 3
      "개인정보 처리업무의 위탁",
      "수탁자 | 위탁업무",
      "Amazon Web Services | 서버 운영",
      "07", // 7
      "개인정보의 국외 이전", // 8
      "- 이전받는 자: Amazon Web Services, Inc. (aws-privacy@amazon.com)",
      "- 이전 국가: 미국",
      "- 이전 항목: 이메일, 접속 기록",
      "- 이전 일시와 방법: 가입할 때 네트워크로 전송",
      "- 이용 목적과 보유 기간: 서버 운영, 탈퇴 시까지",
    ];
    const findings = await findingsOf("overseas-transfer", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[8, "incomplete"]]);
    expect(findings[0].message).toContain("거부 방법");
  });
  it("does not fire on a bare brand in browser instructions", async () => {
    expect(await linesOf("overseas-transfer", [...header, "Android: 설정 > Google > 광고에서 광고 ID를 재설정합니다."])).toEqual([]);
  });
});

describe("seeds", () => {
  const expected: Record<string, Record<string, number[]>> = {
    "required-cookies": { "000_db5f55dfc5c8a39a.txt": [94], "004_d6aa57df349846ed.txt": [1] },
    "required-remedies": { "000_db5f55dfc5c8a39a.txt": [103], "004_d6aa57df349846ed.txt": [1] },
    "effective-date": { "004_d6aa57df349846ed.txt": [1] },
    "third-party-provision": { "000_db5f55dfc5c8a39a.txt": [48], "003_56b8b555a71aed3b.txt": [43] },
    // 002 sends recordings to Google Workspace; the gold leaves it unscored, the rule reads it as a transfer
    "overseas-transfer": { "000_db5f55dfc5c8a39a.txt": [1], "002_f560904eedbd5243.txt": [1] },
  };
  for (const [ruleId, bySeed] of Object.entries(expected)) {
    for (const seed of SEEDS) {
      it(`${ruleId} on ${seed}`, async () => {
        expect(await linesOf(ruleId, readSeed(seed))).toEqual(bySeed[seed] ?? []);
      });
    }
  }
});

describe("required-cookies: how to refuse cookies said without the words for refusing", () => {
  const section = (...lines: string[]) => [
    ...header,
    "7. 자동 수집 장치의 설치·운영 및 거부",
    "회사는 로그인 유지를 위해 쿠키를 씁니다.",
    ...lines,
    "",
    "8. 보호책임자",
    "성명: 한결",
  ];

  it.each([
    [
      "원치 않으면 … 끄면 되고, 그 경우 …",
      "쿠키 저장을 원치 않으면 브라우저 옵션에서 쿠키 받기를 끄면 되고, 그 경우 자동 로그인이 풀립니다.",
    ],
    ["남기고 싶지 않으시면 … 지우시면 됩니다", "쿠키를 남기고 싶지 않으시면 브라우저를 닫을 때마다 방문 기록을 지우시면 됩니다."],
  ])("does not fire: %s", async (_, sentence) => {
    expect(await linesOf("required-cookies", section(sentence))).toEqual([]);
  });

  it("fires when the way out is only mentioned, with nothing after it", async () => {
    expect(await found("required-cookies", section("쿠키를 원하지 않는 이용자도 있습니다."))).toEqual([[3, "hollow"]]);
  });

  it("does not fire at line 1 when the advertising ID's way out is said without 거부 or 재설정", async () => {
    const text = [
      ...header,
      "앱은 AdMob으로 광고를 보여 주며 광고 식별자를 읽습니다.",
      "맞춤 광고를 원하지 않으시면 휴대폰에서 광고 ID를 새로 발급받으시면 됩니다.",
    ];
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });
});

// round 52: a purpose said as "…하기 위하여", and a section about the controller as another's processor
describe("pseudonymized-info: a purpose said as what the processing is for", () => {
  const section = (purpose: string) => [
    ...header,
    "8. 가명정보의 처리",
    purpose,
    "가명정보는 1년 동안 보관한 뒤 파기합니다.",
    "가명처리 항목은 연령대, 거주 지역, 이용 시간대입니다.",
    "재식별을 금지하고 추가 정보는 분리하여 보관하며 접근 권한을 제한합니다.",
  ];
  it("does not fire on '…하기 위하여'", async () => {
    expect(
      await found("pseudonymized-info", section("회사는 서비스 이용 통계를 작성하기 위하여 이용 기록을 가명처리하여 이용합니다.")),
    ).toEqual([]);
  });
  it("still fires where no purpose is said", async () => {
    expect((await found("pseudonymized-info", section("회사는 이용 기록을 가명처리하여 이용합니다."))).map(([line]) => line)).toEqual([3]);
  });
});

// the period a recipient keeps pseudonymised data for is the recipient's, not the period of the controller's processing
describe("pseudonymized-info: a recipient's period is not the processing period", () => {
  const section = (...lines: string[]) => [
    ...header,
    "8. 가명정보의 처리",
    "회사는 건강 통계 작성을 위하여 이용 기록을 가명처리합니다.",
    "가명처리 항목은 연령대, 거주 지역, 운동 시간대입니다.",
    "재식별을 금지하고 추가 정보는 분리하여 보관하며 접근 권한을 제한합니다.",
    ...lines,
  ];
  const provision = "- 가명정보의 제공: 제공받는 자: 한결보건연구소 / 목적: 공동 연구 / 보유 기간: 연구 종료 시까지";
  it("fires where only the recipient's period is given", async () => {
    expect(await found("pseudonymized-info", section(provision))).toEqual([[3, "incomplete"]]);
  });
  it("does not fire where the controller's own period is given too", async () => {
    expect(await found("pseudonymized-info", section("가명정보는 통계 작성 후 2년 동안 보관합니다.", provision))).toEqual([]);
  });
});

describe("processor-disclosure: a section about the controller as another's processor is not the entrustment section", () => {
  it("does not fire on it, and reads the entrustment section", async () => {
    const text = [
      ...header,
      "제1절 총칙",
      "1.1 적용 범위",
      "1.1.1 대상",
      "이 방침은 회사의 상담 서비스에 적용됩니다.",
      "1.1.2 수탁자로서 처리하는 회원사 고객 정보",
      "회사는 회원사로부터 상담 업무를 위탁받아 그 고객의 정보를 처리합니다.",
      "",
      "제2절 처리의 위탁",
      "2.1 개인정보 처리업무의 위탁",
      "- ㈜다올메시지: 안내 문자 발송",
    ];
    expect(await found("processor-disclosure", text)).toEqual([]);
  });
});

// a cookie's lifetime ("브라우저 종료 시 삭제") is when it is deleted, not how a person refuses it
describe("required-cookies: a cookie's lifetime", () => {
  const section = (...lines: string[]) => [
    "별하 개인정보 처리방침",
    "",
    "제9조 (자동 수집 장치의 설치·운영 및 거부)",
    "누리집은 로그인 유지를 위해 쿠키를 씁니다.",
    ...lines,
  ];
  it("must fire: only the cookies' lifetimes are given", async () => {
    const text = section("- 세션 쿠키: 브라우저 종료 시 삭제", "- 화면 설정 쿠키: 1년 후 삭제");
    expect(await found("required-cookies", text)).toEqual([[3, "hollow"]]);
  });
  it("must not fire: the person may delete them", async () => {
    const text = section("- 세션 쿠키: 브라우저 종료 시 삭제", "이용자는 브라우저 설정에서 쿠키를 삭제할 수 있습니다.");
    expect(await found("required-cookies", text)).toEqual([]);
  });
});
