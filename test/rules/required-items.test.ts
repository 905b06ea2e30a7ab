// required-purpose, required-items, required-retention, required-destruction, required-rights, required-safety:
// the statutory items every policy carries, checked the same way (missing, hollow, blank).
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf, readSeed, SEEDS } from "../helpers.js";

const found = async (ruleId: string, lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf(ruleId, lines, format)).map((f) => [f.line, f.messageId]);

const header = ["가온마켓 개인정보 처리방침", ""];

describe("required-purpose", () => {
  it("fires at line 1 when no section states purposes", async () => {
    expect(await found("required-purpose", [...header, "제1조 (보유 기간)", "탈퇴 시까지 보유합니다."])).toEqual([[1, "missing"]]);
  });
  it("fires at the heading when the announced purposes never come", async () => {
    const text = [
      ...header,
      "제1조 (개인정보의 처리 목적)",
      "당사는 다음의 목적을 위하여 개인정보를 처리합니다.",
      "",
      "제2조 (보유 기간)",
      "탈퇴 시까지",
    ];
    expect(await found("required-purpose", text)).toEqual([[3, "hollow"]]);
  });
  it("takes purposes given as noun phrases outside the usual service words", async () => {
    const text = [
      ...header,
      "제1조 (개인정보의 처리 목적)",
      "재단은 다음의 목적을 위하여 개인정보를 처리합니다.",
      "1. 장학생 선발 심사와 장학금 지급",
      "2. 봉사단원 모집 및 활동 확인서 발급",
      "제2조 (보유 기간)",
      "탈퇴 시까지",
    ];
    expect(await linesOf("required-purpose", text)).toEqual([]);
  });
  it.each([
    ["on the article's line", ["제1조(목적) 이 방침은 회사가 개인정보를 어떻게 다루는지 정보주체에게 알리는 것을 목적으로 합니다."]],
    ["under the heading", ["제1조 (목적)", "본 처리방침은 개인정보 처리의 기준을 밝히는 것을 목적으로 한다."]],
    [
      "with words that would pass for a purpose",
      ["제1조(목적) 이 지침은 고객의 개인정보를 보호하고 고충을 처리하는 것을 목적으로 합니다."],
    ],
    ["said as 위함입니다", ["제1조(목적) 본 방침은 회사가 개인정보를 어떻게 보호하는지 알리기 위함입니다."]],
  ])("does not take the policy's own purpose article for the purposes of processing (%s)", async (_where, article) => {
    const text = [...header, ...article, "제2조(처리하는 개인정보의 항목) 이름, 연락처", "제3조(보유 기간) 탈퇴 시까지"];
    const findings = await findingsOf("required-purpose", text);
    expect(findings.map((f) => [f.line, f.messageId, f.severity])).toEqual([[1, "missing", "error"]]);
  });
  it.each([
    [
      "a section titled 목적 that lists purposes",
      ["제1조(목적)", "회사는 다음 목적으로 개인정보를 처리합니다.", "- 회원 관리", "- 요금 정산"],
    ],
    [
      "the policy's purpose followed by the processing purposes in the same article",
      ["제1조(목적) 이 방침은 처리 기준을 알리는 것을 목적으로 한다. 회사는 회원 관리와 요금 정산을 위하여 개인정보를 처리한다."],
    ],
    [
      "the policy's purpose article beside a processing-purposes section",
      ["제1조(목적) 이 방침은 처리 기준을 알리는 것을 목적으로 한다.", "제2조(개인정보의 처리 목적) 회원 관리, 상품 배송"],
    ],
  ])("still finds the purposes in %s", async (_name, passage) => {
    expect(await linesOf("required-purpose", [...header, ...passage])).toEqual([]);
  });
  // a purpose is any activity the data is processed for, in the shape of a purpose, not only the common service words
  it.each([
    ["을 위하여", "협회는 묘목 분양을 위하여 개인정보를 처리합니다."],
    ["하기 위하여", "센터는 자원봉사자를 현장에 배치하기 위하여 개인정보를 처리합니다."],
    ["목적으로", "농원은 견학 일정 조율 목적으로 연락처를 받습니다."],
    ["에 이용", "모은 정보는 중고 악기 위탁 판매에 이용합니다."],
  ])("takes an activity in the shape of a purpose (%s) for substance", async (_shape, sentence) => {
    expect(
      await linesOf("required-purpose", [...header, "제1조 (개인정보의 처리 목적)", sentence, "제2조 (보유 기간)", "탈퇴 시까지"]),
    ).toEqual([]);
  });
  it.each([
    [
      "an announcement and the statute's limit on other uses",
      "당사는 다음의 목적을 위하여 개인정보를 처리하며, 다음의 목적 이외의 용도로는 이용하지 않습니다.",
    ],
    ["work to be named below", "당사는 아래 업무를 처리하기 위하여 개인정보를 처리합니다."],
    ["the label's own words", "당사는 개인정보 처리목적을 위하여 개인정보를 처리하고, 다른 목적으로 이용하지 않습니다."],
    ["a question word before 목적", "회사가 어떤 목적으로 개인정보를 처리하는지는 이 절에서 밝힙니다."],
  ])("still finds no substance in %s", async (_name, sentence) => {
    expect(
      await found("required-purpose", [...header, "제1조 (개인정보의 처리 목적)", sentence, "제2조 (보유 기간)", "탈퇴 시까지"]),
    ).toEqual([[3, "hollow"]]);
  });
  it("does not fire on purposes listed under the legacy heading 수집 및 이용목적", async () => {
    expect(await linesOf("required-purpose", [...header, "1. 개인정보의 수집 및 이용목적", "- 주문한 상품의 배송과 대금 결제"])).toEqual(
      [],
    );
  });
});

describe("a section that only points elsewhere", () => {
  it("is hollow, and says it only points elsewhere; directions' words are not the content", async () => {
    const text = [
      ...header,
      "1. 개인정보의 처리 목적 • 처리하는 개인정보의 항목",
      "학교가 등록한 개인정보파일은 다음과 같이 확인할 수 있습니다.",
      "① 개인정보 포털 접속",
      "② 민원 → 열람 청구 → 파일 목록 검색",
      "2. 문의처",
      "전화 02-000-0000",
    ];
    expect(await found("required-purpose", text)).toEqual([[3, "elsewhere"]]);
    expect(await found("required-items", text)).toEqual([[3, "elsewhere"]]);
  });
});

// Directions are dropped sentence by sentence, and only the directions: "누리집에 접속하여" or a menu path is
// where to go, but the rest of the sentence may state a measure or a right, and "비밀번호로 접속합니다" is one.
describe("a sentence that holds directions", () => {
  it.each([
    [
      "required-safety",
      "6) 안전성 확보조치",
      "서류는 잠금장치가 있는 서랍에 두고, 회계 프로그램은 총무 담당자만 개인 비밀번호로 접속합니다. 직원은 해마다 개인정보 보호 교육을 받습니다.",
    ],
    ["required-safety", "6) 안전성 확보조치", "회계 프로그램에는 총무 담당자만 개인 비밀번호로 접속합니다."],
    [
      "required-rights",
      "5. 정보주체의 권리·의무 및 행사방법",
      "이용자는 누리집에 접속하여 본인의 정보를 조회·수정하거나 삭제를 요청할 수 있습니다.",
    ],
    [
      "required-rights",
      "5. 정보주체의 권리·의무 및 행사방법",
      "회원은 앱의 '내 정보' 메뉴를 클릭하여 자신의 정보를 열람하고 정정·삭제할 수 있습니다.",
    ],
    [
      "required-rights",
      "5. 정보주체의 권리·의무 및 행사방법",
      "회원은 '설정 > 계정 > 회원 탈퇴'에서 직접 탈퇴하거나 정보를 수정할 수 있습니다.",
    ],
  ])("keeps what %s reads besides the directions: %s / %s", async (ruleId, heading, sentence) => {
    expect(await found(ruleId, [...header, heading, sentence])).toEqual([]);
  });

  it("still finds a section of directions only hollow, and says it points elsewhere", async () => {
    const rights = [
      ...header,
      "5. 정보주체의 권리·의무 및 행사방법",
      "권리 행사 방법은 아래 누리집에서 확인하십시오.",
      "개인정보보호 종합포털(www.privacy.go.kr)에 접속하십시오.",
      "민원 → 개인정보 열람 요구 → 정정·삭제 요구",
    ];
    expect(await found("required-rights", rights)).toEqual([[3, "elsewhere"]]);
    const safety = [...header, "6) 안전성 확보조치", "자세한 내용은 누리집에 접속하여 '개인정보 암호화 현황' 메뉴를 클릭하십시오."];
    expect(await found("required-safety", safety)).toEqual([[3, "elsewhere"]]);
  });
});

describe("required-items", () => {
  it("fires on a field left blank, at that field", async () => {
    const text = [
      ...header,
      "제2조 (처리하는 개인정보의 항목)",
      "- 회원 가입 시 수집항목 : 이메일, 비밀번호",
      "- 상담 시 수집항목 :",
      "",
      "제3조 (보유 기간)",
      "탈퇴 시까지",
    ];
    expect(await found("required-items", text)).toEqual([[5, "blank"]]);
  });
  it("does not take an optional-items label left empty for a blank: it reads as 'none'", async () => {
    const text = [
      ...header,
      "제2조 (처리하는 개인정보의 항목)",
      "- 필수항목 : 이메일, 비밀번호",
      "- 선택항목 :",
      "",
      "제3조 (보유 기간)",
      "탈퇴 시까지",
    ];
    expect(await linesOf("required-items", text)).toEqual([]);
  });
  it("does not fire on a label whose values follow on indented lines", async () => {
    const text = [...header, "제2조 (처리하는 개인정보의 항목)", "- 필수항목 :", "  - 이메일", "  - 휴대전화번호"];
    expect(await linesOf("required-items", text)).toEqual([]);
  });
  it("fires at line 1 when nothing lists the items processed", async () => {
    expect(await found("required-items", [...header, "제1조 (처리 목적)", "회원 관리"])).toEqual([[1, "missing"]]);
  });
});

describe("required-retention", () => {
  it("fires on a template blank such as 'oo년간', at the blank", async () => {
    const text = [...header, "■ 개인정보의 보유 및 이용기간", "부정 이용 방지를 위해 탈퇴일로부터 oo년간 보유합니다."];
    const findings = await findingsOf("required-retention", text);
    expect(findings.map((f) => [f.line, f.column, f.messageId])).toEqual([[4, 21, "blank"]]);
  });
  it("accepts a statement that nothing is stored", async () => {
    expect(
      await linesOf("required-retention", [...header, "4. 보유 및 이용 기간", "이 앱은 개인정보를 서버에 저장하지 않습니다."]),
    ).toEqual([]);
  });
  // public bodies list their personal-data files in a table with a period column, and the retention section
  // points to it: disclosed when that table exists and holds periods, hollow when it does not
  const fileTable = (...rows: string[]) => [
    ...header,
    "1. 처리하는 개인정보 항목 및 개인정보파일",
    "파일 이름 | 처리 항목 | 보유 기간",
    ...rows,
    "",
    "2. 개인정보의 처리 및 보유 기간",
  ];
  it.each([
    "군청은 법령이 정하거나 동의받은 기간 안에서 개인정보를 보유하며, 파일별 보유 기간은 제1항의 표와 같습니다.",
    "각 개인정보파일의 보존 기간은 위 표에 적었습니다.",
    "개인정보의 보유 기간은 앞의 표를 따릅니다.",
  ])("accepts a section that points to a file table holding periods: %s", async (sentence) => {
    const text = [...fileTable("주민 상담 파일 | 성명, 연락처 | 3년", "누리집 회원 파일 | 아이디, 이메일 | 탈퇴할 때까지"), sentence];
    expect(await linesOf("required-retention", text)).toEqual([]);
  });
  it("accepts a Markdown file table with a 보존기간 column", async () => {
    const text = [
      ...header,
      "## 1. 개인정보파일",
      "",
      "| 파일 이름 | 보존기간 |",
      "| --- | --- |",
      "| 민원 처리 파일 | 준영구 |",
      "",
      "## 2. 개인정보의 처리 및 보유 기간",
      "",
      "파일별 보유 기간은 위 표와 같습니다.",
    ];
    expect(await linesOf("required-retention", text, "markdown")).toEqual([]);
  });
  // a list of files whose entries give their periods as fields, pointed to as a list
  const fileList = (period: string) => [
    ...header,
    "1. 처리하는 개인정보파일",
    "- 주차 정기권 신청자 파일",
    "  - 항목: 성명, 차량번호",
    `  - 보유기간: ${period}`,
    "",
    "2. 개인정보의 처리 및 보유 기간",
    "파일별 보유 기간은 제1항의 개인정보파일 목록과 같습니다.",
  ];
  it("does not fire when the section points to a list of files that gives each period", async () => {
    expect(await linesOf("required-retention", fileList("정기권 만료 후 1년"))).toEqual([]);
  });
  it("does not fire when the sentence that points to the list is wrapped", async () => {
    const wrapped = [
      ...fileList("정기권 만료 후 1년").slice(0, -1),
      "공단은 동의받은 기간 안에서 보유하며, 파일별 보유 기간은",
      "제1항의 개인정보파일 목록과 같습니다.",
    ];
    expect(await linesOf("required-retention", wrapped)).toEqual([]);
  });
  it("fires when the list pointed to gives no period", async () => {
    // reported at the empty field the list gives for the period
    expect(await found("required-retention", fileList("-"))).toEqual([[6, "hollow"]]);
  });
  it("fires when the list pointed to is kept outside the policy", async () => {
    const text = [...header, "2. 개인정보의 처리 및 보유 기간", "파일별 보유기간은 개인정보파일 목록에 기재하여 공개하고 있습니다."];
    expect(await found("required-retention", text)).toEqual([[3, "elsewhere"]]);
  });
  it("fires at the heading when the table pointed to is not in the policy", async () => {
    const text = [...header, "2. 개인정보의 처리 및 보유 기간", "파일별 보유 기간은 제1항의 표와 같습니다."];
    expect(await found("required-retention", text)).toEqual([[3, "hollow"]]);
  });
  it("fires at the heading when the table pointed to has no period in it", async () => {
    const text = [...fileTable("주민 상담 파일 | 성명, 연락처 | -"), "파일별 보유 기간은 제1항의 표와 같습니다."];
    expect(await found("required-retention", text)).toEqual([[7, "hollow"]]);
  });
  it("fires at the heading when the only table has no period column", async () => {
    const text = [
      ...header,
      "1. 처리하는 개인정보 항목",
      "구분 | 처리 항목",
      "회원 | 성명, 연락처",
      "",
      "2. 개인정보의 처리 및 보유 기간",
      "보유 기간은 위 표와 같습니다.",
    ];
    expect(await found("required-retention", text)).toEqual([[7, "hollow"]]);
  });
  // the periods given per task in another article of the policy, which the retention section names
  const statusArticle = (period: string, pointer: string) => [
    ...header,
    "제2조(개인정보 처리 현황)",
    "1. 수영장 강습 회원",
    "- 처리 항목: 성명, 연락처",
    `- 보유기간: ${period}`,
    "",
    "제3조(개인정보의 처리 및 보유 기간)",
    pointer,
  ];
  it.each(["업무별 보유기간은 제2조의 처리 현황과 같습니다.", "보존 기간은 「개인정보 처리 현황」을 참조하십시오."])(
    "does not fire when the section names another that gives the periods: %s",
    async (pointer) => {
      expect(await linesOf("required-retention", statusArticle("강습 종료 후 1년", pointer))).toEqual([]);
    },
  );
  it("fires when the article it names gives no period", async () => {
    expect(await found("required-retention", statusArticle("-", "업무별 보유기간은 제2조의 처리 현황과 같습니다."))).toEqual([
      [6, "hollow"],
    ]);
  });
  it("fires when the article it names is not in the policy", async () => {
    expect(await found("required-retention", statusArticle("강습 종료 후 1년", "업무별 보유기간은 제5조와 같습니다."))).toEqual([
      [8, "hollow"],
    ]);
  });
  it("does not take a statute's article for one of the policy's", async () => {
    const pointer = "보유기간은 「공공기록물 관리에 관한 법률」 제2조에 따릅니다.";
    expect(await found("required-retention", statusArticle("강습 종료 후 1년", pointer))).toEqual([[8, "hollow"]]);
  });
  it("does not take a word that merely contains 표 (대표, 공표) for a table", async () => {
    const text = [...fileTable("주민 상담 파일 | 성명, 연락처 | 3년"), "보유 기간은 대표자가 정하여 공표합니다."];
    expect(await found("required-retention", text)).toEqual([[7, "hollow"]]);
  });
});

describe("required-destruction", () => {
  it("fires when there is no destruction section", async () => {
    expect(await found("required-destruction", [...header, "제1조 (처리 목적)", "회원 관리"])).toEqual([[1, "missing"]]);
  });
  it("fires at the heading when the method is missing, and says so", async () => {
    expect(
      await found("required-destruction", [...header, "제4조 (개인정보의 파기)", "목적을 달성한 개인정보는 지체 없이 처리합니다."]),
    ).toEqual([[3, "partMissing"]]);
  });
  // another section citing the article by its title ("제4조(개인정보의 파기 절차 및 방법)에 따라") gives no method
  it("fires on the missing method though another section cites the article's title", async () => {
    const text = [
      ...header,
      "제3조 (개인정보의 보유 기간)",
      "수강 종료 후 1년간 보유하며, 기간이 끝나면 제4조(개인정보의 파기 절차 및 방법)에 따라 파기합니다.",
      "제4조 (개인정보의 파기 절차 및 방법)",
      "목적을 달성한 개인정보는 원장의 승인을 거쳐 지체 없이 파기합니다.",
    ];
    const findings = await findingsOf("required-destruction", text);
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
    expect(findings[0].message).toContain("파기 방법");
  });
  it("fires when the section only announces its parts and gives nothing after", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "학원은 개인정보의 파기 절차와 방법을 다음과 같이 정하고 있습니다.",
      "제5조 (문의)",
      "전화로 문의하십시오.",
    ];
    expect(await found("required-destruction", text)).toEqual([[3, "hollow"]]);
  });
  it("does not fire when the announcement is followed by the parts", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "학원은 개인정보의 파기 절차와 방법을 다음과 같이 정하고 있습니다.",
      "- 절차: 보관 기한이 지난 정보는 지체 없이 파기합니다.",
      "- 방법: 파일은 복구할 수 없게 지우고, 종이는 분쇄합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([]);
  });
  it("names the method as what a procedure-only section leaves out, not 'no substance'", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기 절차)",
      "1. 보관 기한이 지난 정보는 담당 부서가 매월 말에 파기 대상을 골라 선정합니다.",
      "2. 선정된 대상은 개인정보 보호책임자의 승인을 거쳐 파기하고, 파기 대장에 기록합니다.",
      "3. 법령에 따라 남겨야 하는 기록은 운영 시스템과 분리하여 둡니다.",
    ];
    const [finding, ...rest] = await findingsOf("required-destruction", text);
    expect(rest).toEqual([]);
    expect([finding.line, finding.messageId, finding.severity]).toEqual([3, "partMissing", "warning"]);
    expect(finding.message).toContain("파기 방법");
    expect(finding.message).not.toContain("파기 절차(");
  });
  // a list the company keeps is part of its procedure; only a list the reader is sent to is another place
  it("names the method, not 'points elsewhere', when the procedure works from a list", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "운영팀은 분기마다 보존 기한이 지난 회원 목록을 뽑아 내용을 확인하고, 정보보호 책임자의 결재를 받아 파기합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([[3, "partMissing"]]);
  });
  it("names the method when the procedure stands beside a pointer to a published list", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "보존 기한이 지난 정보는 담당 부서가 매월 선정하여 책임자의 승인을 받은 뒤 파기합니다.",
      "파기한 파일의 목록은 누리집에 공개합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([[3, "partMissing"]]);
  });
  it("still says a section that only sends the reader to a list points elsewhere", async () => {
    const text = [...header, "제4조 (개인정보의 파기)", "파기에 관한 사항은 개인정보파일 목록에서 확인하실 수 있습니다."];
    expect(await found("required-destruction", text)).toEqual([[3, "elsewhere"]]);
  });
  it("does not fire on a complete section that works from a list", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "운영팀은 분기마다 보존 기한이 지난 회원 목록을 뽑아 내용을 확인하고, 정보보호 책임자의 결재를 받아 파기합니다.",
      "전산 기록은 되살릴 수 없는 방법으로 지우고, 인쇄물은 세단합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([]);
  });
  it("names the procedure as what a method-only section leaves out", async () => {
    const text = [...header, "제4조 (개인정보의 파기 방법)", "- 전산 파일: 복원할 수 없게 완전히 삭제", "- 출력물: 문서 세단기로 파쇄"];
    const [finding] = await findingsOf("required-destruction", text);
    expect([finding.line, finding.messageId]).toEqual([3, "partMissing"]);
    expect(finding.message).toContain("파기 절차");
    expect(finding.message).not.toContain("파기 방법(");
  });
  // a step the data goes through before it is destroyed (a check, a review, a sign-off) is the procedure
  it.each([
    "보관 사유가 사라진 회원 정보는 운영실장의 확인을 거쳐 파기합니다.",
    "쓸모가 없어진 상담 기록은 담당 부서의 검토 후 파기합니다.",
    "보존할 까닭이 없어진 기록은 팀장이 검토한 뒤 없앱니다.",
    "필요가 없어진 신청서는 센터장의 결재를 받아 폐기합니다.",
  ])("takes a step before destruction for the procedure: %s", async (procedure) => {
    const text = [...header, "제4조 (개인정보의 파기)", procedure, "전산 파일은 되살릴 수 없게 지우고, 서류는 파쇄합니다."];
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });
  it("still names the procedure as missing when the section only says the data is destroyed and how", async () => {
    const text = [
      ...header,
      "제4조 (개인정보의 파기)",
      "보관 사유가 사라진 회원 정보는 파기합니다.",
      "전산 파일은 되살릴 수 없게 지우고, 서류는 파쇄합니다.",
      "보관 중인 정보는 내 정보 화면에서 확인 후 수정할 수 있습니다.",
    ];
    const [finding] = await findingsOf("required-destruction", text);
    expect([finding.line, finding.messageId]).toEqual([3, "partMissing"]);
    expect(finding.message).toContain("파기 절차");
  });
  it("takes when and by whom, in plain words, for the procedure", async () => {
    for (const procedure of [
      "보관 기간이 끝난 회원 정보는 매주 월요일에 운영팀이 확인하여 파기합니다.",
      "이용 목적을 달성한 정보는 정기적으로 점검하여 파기합니다.",
      "탈퇴 회원의 정보는 매 분기 첫날 일괄 파기합니다.",
    ]) {
      const text = [...header, "제4조 (개인정보의 파기)", procedure, "전산 파일은 되살릴 수 없게 지우고, 서류는 파쇄합니다."];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    }
  });
  it("keeps 'no substance' for a section that gives neither", async () => {
    expect(await found("required-destruction", [...header, "제4조 (개인정보의 파기)", "회사는 관련 법령을 준수합니다."])).toEqual([
      [3, "hollow"],
    ]);
  });
  it("takes a deadline in working days for the procedure", async () => {
    const text = [...header, "제7조 (개인정보의 파기)", "보관 기한이 지나면 3영업일 이내에 지우며, 종이 서류는 파쇄합니다."];
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });
  it("takes the timing given under retention for a methods-only destruction section", async () => {
    const text = [
      ...header,
      "02. 보관 기한",
      "이용 목적을 이룬 정보는 지체 없이 파기합니다.",
      "03. 개인정보의 파기방법",
      "전자 파일은 복구할 수 없게 지우고, 서류는 분쇄합니다.",
    ];
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });
  it("accepts procedure and method folded into the retention section as a titled list item", async () => {
    const text = [
      "## 제3조 (개인정보의 처리 및 보유기간)",
      "",
      "1. **보유 기간**: 탈퇴 시까지",
      "2. **파기 절차**",
      "   - 지체 없이 파기하며 전자 파일은 영구 삭제합니다.",
    ];
    expect(await linesOf("required-destruction", text, "markdown")).toEqual([]);
  });
  it("finds the section under a full-width heading whose items are numbered （１）, （２）", async () => {
    const text = [
      "가온마켓 개인정보 처리방침",
      "５．개인정보의 파기 절차 및 방법",
      "（１）절차: 보관 기한이 지난 정보는 매주 한 번 골라 지체 없이 지웁니다.",
      "（２）방법: 파일은 되살릴 수 없게 지우고 종이는 파쇄합니다.",
      "６．개인정보의 안전성 확보조치",
      "（１）관리: 직원 교육을 해마다 합니다.",
      "（２）기술: 저장하는 정보를 암호화합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([]);
    expect(await found("required-safety", text)).toEqual([]);
  });
});

describe("required-rights", () => {
  it("takes a 방법 field that lists the channels for the way to exercise the rights", async () => {
    const rights = [...header, "5. 정보주체의 권리와 행사 방법", "회원은 개인정보의 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다."];
    expect(await linesOf("required-rights", [...rights, "- 신청 방법: 앱 설정 메뉴, 지점 방문, 우편 또는 이메일"])).toEqual([]);
    expect(await linesOf("required-rights", [...rights, "- 방법: 관련 법령에서 정하는 바에 따릅니다"])).toEqual([3]);
  });
  it("fires at the heading when fewer than two rights are named", async () => {
    const text = [...header, "## 6. 이용자의 권리", "", "광고 식별자는 기기 설정에서 삭제할 수 있습니다."];
    // one right with a way to use it: the finding names the rights left out
    expect(await found("required-rights", text, "markdown")).toEqual([[3, "rightsMissing"]]);
    const noWay = [...header, "## 6. 이용자의 권리", "", "광고 식별자를 삭제할 수 있습니다."];
    expect(await found("required-rights", noWay, "markdown")).toEqual([[3, "hollow"]]);
  });
  it("does not fire on access, correction and deletion", async () => {
    expect(
      await linesOf("required-rights", [
        ...header,
        "제6조 (정보주체의 권리·의무 및 행사방법)",
        "정보주체는 열람, 정정, 삭제를 서면이나 전자우편으로 요구할 수 있습니다.",
      ]),
    ).toEqual([]);
  });
  it("fires at the heading when the rights are named but not how to use them", async () => {
    const text = [...header, "4. 열람 및 정정청구", "회원은 자기 정보를 열람할 수 있고, 틀린 정보의 정정이나 삭제를 요구할 수 있습니다."];
    expect(await found("required-rights", text)).toEqual([[3, "noMethod"]]);
  });
  it.each([
    "회원은 열람, 정정, 삭제를 요구할 수 있으며, 고객지원팀에 전화로 알려 주시면 됩니다.",
    "회원은 열람, 정정, 삭제를 요구할 수 있고, 내 정보 화면에서 직접 조회하거나 고칠 수 있습니다.",
    "회원은 지점을 방문하여 열람, 정정, 삭제를 요구할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 개인정보 보호책임자에게 요구할 수 있습니다.",
  ])("does not fire when the section says how: %s", async (sentence) => {
    expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
  });
  // a channel followed by its number, address or hours in brackets is still the channel
  it.each([
    "회원은 열람, 정정, 삭제를 요구할 수 있으며, 요구는 서면, 전자우편, 상담센터(1577-0000)를 통하여 할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 전화(02-345-6789)로 요구할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 이메일(help@gaon.example)로 요구할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 고객센터 (평일 09:00~18:00, ☎ 1577-0000)에 요청할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 개인정보 보호책임자[전화 02-345-6789]에게 요구할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 누리집（www.gaon.example）에서 신청할 수 있습니다.",
  ])("does not fire when a bracketed contact follows the channel: %s", async (sentence) => {
    expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
  });
  // an address is the channel it belongs to: "help@…로 요구" says to write an e-mail
  it.each(["회원은 열람, 정정, 삭제를 help@gaon.example로 요구할 수 있습니다.", "열람, 정정·삭제의 요구는 desk@gaon.co.kr 으로 받습니다."])(
    "does not fire when an e-mail address is the channel: %s",
    async (sentence) => {
      expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
    },
  );
  it("fires when an address is named for something else", async () => {
    const text = [...header, "4. 회원의 권리", "회원은 열람, 정정, 삭제를 요구할 수 있습니다. 소식지는 news@gaon.example에서 보냅니다."];
    expect(await found("required-rights", text)).toEqual([[3, "noMethod"]]);
  });
  // a route that is not a channel (the domestic agent, a branch office) beside real ones does not cancel them
  it.each([
    "회원은 열람, 정정, 삭제를 요구할 수 있으며, 요구는 전자우편(desk@gaon.example) 또는 한국 내 대리인을 통해 하실 수 있습니다.",
    "회원은 열람, 정정, 삭제를 우편, 팩스(02-345-6780), 국내대리인 사무소를 통하여 요구할 수 있습니다.",
    "회원은 열람, 정정, 삭제를 전화나 가까운 영업점에 요청하실 수 있습니다.",
  ])("does not fire when channels share the line with another route: %s", async (sentence) => {
    expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
  });
  it("fires when the only route named is the domestic agent", async () => {
    const text = [...header, "4. 회원의 권리", "회원은 열람, 정정, 삭제를 요구할 수 있으며, 요구는 국내대리인을 통하여 받습니다."];
    expect(await found("required-rights", text)).toEqual([[3, "noMethod"]]);
  });
  it("fires when e-mail and phone are named as data, not as routes", async () => {
    const text = [...header, "4. 회원의 권리", "회원은 이메일 주소, 전화번호 같은 자기 정보의 열람, 정정, 삭제를 요구할 수 있습니다."];
    expect(await found("required-rights", text)).toEqual([[3, "noMethod"]]);
  });
  it("fires when the brackets hold only the statute and no channel is named", async () => {
    const text = [...header, "4. 회원의 권리", "회원은 열람(법 제35조), 정정·삭제(법 제36조), 처리정지(법 제37조)를 요구할 수 있습니다."];
    expect(await found("required-rights", text)).toEqual([[3, "noMethod"]]);
  });
  // a cell labelled as the method says what its nouns are: "서면, 전화" there is the method, no verb needed
  const rightsTable = (label: string, value: string) => [
    ...header,
    "## 4. 회원의 권리와 행사방법",
    "",
    "| 항목 | 안내 |",
    "|---|---|",
    "| 회원의 권리 | 열람, 정정·삭제, 처리정지 요구 |",
    `| ${label} | ${value} |`,
  ];
  it.each(["행사 방법", "신청방법", "접수 창구"])("does not fire on a row labelled '%s' that lists channels as nouns", async (label) => {
    expect(await found("required-rights", rightsTable(label, "우편, 팩스, 상담센터 전화"), "markdown")).toEqual([]);
  });
  it("does not fire on a column headed as the method with channels under it", async () => {
    const text = [
      ...header,
      "## 4. 회원의 권리와 행사방법",
      "",
      "| 권리 | 요청 경로 |",
      "|---|---|",
      "| 열람·정정 | 누리집 회원 메뉴, 우편 |",
      "| 삭제·처리정지 | 상담센터 전화 |",
    ];
    expect(await found("required-rights", text, "markdown")).toEqual([]);
  });
  it("fires when the method cell names no channel", async () => {
    expect(await found("required-rights", rightsTable("행사 방법", "관계 법령에 따름"), "markdown")).toEqual([[3, "noMethod"]]);
  });
  it("fires when channel nouns stand in a cell not labelled as the method", async () => {
    expect(await found("required-rights", rightsTable("참고", "우편물 발송 내역은 보관하지 않음"), "markdown")).toEqual([[3, "noMethod"]]);
  });
  // a channel given bare under the rights — a menu path, a number, an address, a run of channel nouns — is the method
  const bareRights = (...channel: string[]) => [
    ...header,
    "## 4. 회원의 권리",
    "",
    "- 회원은 언제든지 자기 정보의 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.",
    ...channel,
  ];
  it.each([
    [["  - 모바일 앱 [더보기 > 계정 관리]", "  - 상담 전화 1577-3344"]],
    [["- 누리집 마이페이지 > 개인정보 수정"]],
    [["- 전자우편: privacy@hanbit.example"]],
    [["- 서면, 전화, 전자우편, 모사전송(FAX)"]],
    [["- 접수 창구: 본사 민원실 방문"]],
    [["- https://help.hanbit.example/privacy"]],
    // people and counters are channels too: the member's own manager, a branch's counter
    [["  1) 누리집 [나의 정보], 전담 상담원, 우편 또는 전자우편"]],
    [["- 담당 매니저 또는 가까운 영업점 창구"]],
  ])("does not fire when the channel stands bare under the rights: %j", async (channel) => {
    expect(await found("required-rights", bareRights(...channel), "markdown")).toEqual([]);
  });
  it("does not fire when a table cell under the rights is a menu path", async () => {
    const text = [...bareRights(), "", "| 권리 | 안내 |", "|---|---|", "| 열람·정정 | 앱 [내 정보 > 회원정보 수정] |"];
    expect(await found("required-rights", text, "markdown")).toEqual([]);
  });
  it("does not fire when the rights point to the department listed below", async () => {
    expect(await found("required-rights", bareRights("- 요구는 아래 부서로 해 주십시오."), "markdown")).toEqual([]);
  });
  it.each([
    [["- 요구를 받은 날부터 10일 안에 결과를 알려 드립니다."]],
    [["- 열람 청구 → 본인 확인 → 결과 통지"]],
    [["- 개인정보 분쟁조정위원회 1833-6972"]],
    // a list of the rights themselves is no channel
    [["- 열람, 정정·삭제, 처리정지, 동의 철회"]],
    [["- 문의 메일은 광고성 정보로 분류되지 않습니다: news@hanbit.example에서 보냅니다."]],
  ])("fires when no channel of the company's own is given: %j", async (lines) => {
    expect(await found("required-rights", bareRights(...lines), "markdown")).toEqual([[3, "noMethod"]]);
  });
  // a screen or page of the service named in brackets as the place to act is the method, as "설정 메뉴에서" is
  it.each([
    "회원은 열람, 정정·삭제를 요구할 수 있으며, [주문 내역 확인]에서 직접 바꿀 수도 있습니다.",
    "회원은 모바일 앱의 [전체 > 내 계정 > 정보 변경]에서 자기 정보를 열람, 정정·삭제할 수 있습니다.",
    "회원은 누리집의 「회원 정보」에서 열람, 정정하거나 탈퇴할 수 있습니다.",
    "회원은 열람, 정정·삭제를 요구할 수 있으며 『나의 쇼핑』으로 들어가 바로 처리할 수 있습니다.",
    "회원은 〈계정 설정〉에서 정보를 열람, 정정·삭제할 수 있습니다.",
  ])("does not fire when a bracketed screen is where the member acts: %s", async (sentence) => {
    expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
  });
  // a desk or counter on the premises is a channel as a phone line is
  it.each([
    "관람객은 열람, 정정·삭제를 요구할 수 있으며, 매표소 옆 안내 데스크에 말씀해 주시면 처리합니다.",
    "관람객은 열람, 정정·삭제를 행사장 접수처에서 요청할 수 있습니다.",
    "관람객은 열람, 정정·삭제를 요구할 수 있고, 전시 기간에는 현장 운영 부스에서도 받습니다.",
  ])("does not fire when an on-site desk takes the requests: %s", async (sentence) => {
    expect(await linesOf("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([]);
  });
  it.each([
    "회원은 「개인정보 보호법」 제35조에 따라 열람, 정정·삭제를 요구할 수 있습니다.",
    "회원은 「개인정보 보호법」에서 정한 바에 따라 열람, 정정·삭제, 처리정지를 요구할 수 있습니다.",
    "회원은 열람, 정정·삭제를 요구할 수 있으며, 자세한 절차는 「개인정보 보호법 시행령」에서 정합니다.",
    "회원은 「위치정보의 보호 및 이용 등에 관한 법률」에서 보장하는 열람, 정정·삭제를 요구할 수 있습니다.",
    "회원은 [회원 가입] 때 입력한 정보의 열람, 정정·삭제를 요구할 수 있습니다.",
  ])("fires when the brackets name a statute or a step, not a place to act: %s", async (sentence) => {
    expect(await found("required-rights", [...header, "4. 회원의 권리", sentence])).toEqual([[3, "noMethod"]]);
  });
  it("fires when the only contact is the DPO's, in another section the rights do not point to", async () => {
    const text = [...bareRights(), "", "## 5. 개인정보 보호책임자", "", "- 성명: 한지우", "- 전화: 02-555-1234"];
    expect(await found("required-rights", text, "markdown")).toEqual([[3, "noMethod"]]);
  });
});

describe("required-safety", () => {
  it.each([
    "8. 개인정보를 안전하게 지키기 위한 조치",
    "8. 고객 정보를 안전하게 관리하기 위하여 하는 일",
    "8. 개인정보를 보호하기 위한 노력",
  ])("reads a heading in plain words as the safety section: %s", async (heading) => {
    const text = [...header, heading, "- 내부관리계획을 세우고 직원 교육을 합니다.", "- 비밀번호는 암호화하여 저장합니다."];
    expect(await linesOf("required-safety", text)).toEqual([]);
  });
  it("fires at line 1 when no section covers security measures", async () => {
    expect(await found("required-safety", [...header, "제1조 (처리 목적)", "회원 관리"])).toEqual([[1, "missing"]]);
  });
  // one concrete measure is a disclosure, however thin; an effort alone is none
  it("takes one concrete measure, and warns on a section that only says it tries", async () => {
    const section = (...lines: string[]) => [...header, "8. 개인정보의 안전성 확보조치", ...lines];
    expect(await linesOf("required-safety", section("신청서는 잠금장치를 단 서류함에 둡니다."))).toEqual([]);
    expect(await found("required-safety", section("회사는 정보를 안전하게 지키려고 늘 애쓰고 있습니다."))).toEqual([[3, "hollow"]]);
  });
  it("accepts the legacy heading 기술적·관리적 보호대책", async () => {
    expect(
      await linesOf("required-safety", [...header, "9. 개인정보의 기술적·관리적 보호대책", "비밀번호는 암호화하여 저장합니다."]),
    ).toEqual([]);
  });
});

describe("seeds", () => {
  const expected: Record<string, Record<string, number[]>> = {
    "required-destruction": { "002_f560904eedbd5243.txt": [1], "004_d6aa57df349846ed.txt": [1] },
    "required-rights": { "004_d6aa57df349846ed.txt": [1] },
    "required-safety": { "004_d6aa57df349846ed.txt": [1] },
  };
  for (const ruleId of [
    "required-purpose",
    "required-items",
    "required-retention",
    "required-destruction",
    "required-rights",
    "required-safety",
  ]) {
    for (const seed of SEEDS) {
      it(`${ruleId} on ${seed}`, async () => {
        expect(await linesOf(ruleId, readSeed(seed))).toEqual(expected[ruleId]?.[seed] ?? []);
      });
    }
  }
});

describe("required items under English headings", () => {
  // bilingual policies give some or all headings in English only, with the body in Korean
  const policy = [
    "누리상회 개인정보 처리방침",
    "",
    "1. PURPOSES OF PROCESSING",
    "주문 처리와 배송, 고객 문의 응대를 위하여 개인정보를 처리합니다.",
    "2. INFORMATION WE COLLECT",
    "필수: 이름, 휴대전화번호, 배송지 주소",
    "3. RETENTION",
    "회원 탈퇴 시까지 보관하며, 주문 기록은 전자상거래법에 따라 5년간 보존합니다.",
    "4. DELETION",
    "보유 기간이 끝난 정보는 지체 없이 파기합니다. 전자 파일은 복구할 수 없게 지우고 종이 문서는 파쇄합니다.",
    "5. YOUR RIGHTS",
    "이용자는 열람, 정정, 삭제, 처리정지를 요구할 수 있으며 전자우편(help@nuri.example)으로 요청하면 됩니다.",
    "6. SECURITY MEASURES",
    "접근 권한을 최소화하고 비밀번호를 암호화하여 저장하며, 직원 교육을 연 1회 실시합니다.",
  ];
  for (const rule of [
    "required-purpose",
    "required-items",
    "required-retention",
    "required-destruction",
    "required-rights",
    "required-safety",
  ])
    it(`reads the English heading as ${rule}'s section`, async () => {
      expect(await linesOf(rule, policy)).toEqual([]);
    });
  it("still reports an item whose English heading is absent", async () => {
    expect(await linesOf("required-safety", policy.slice(0, 12))).toEqual([1]);
  });
});

describe("required-destruction reads only its own section", () => {
  // the next item's heading names a 방법 of its own; it is not the destruction method
  const withNext = (nextHeading: string, ...destruction: string[]) => [
    "새봄가구 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "주문 접수와 가구 배송을 위해 처리합니다.",
    "",
    "2. 개인정보 파기",
    ...destruction,
    "",
    nextHeading,
    "이용자는 언제든지 열람, 정정, 삭제를 요구할 수 있습니다.",
  ];
  const procedureOnly = "보유 기간이 지난 개인정보는 지체 없이 파기합니다.";

  it("must fire: the procedure only, under a next heading that ends in 행사방법", async () => {
    expect(await found("required-destruction", withNext("3. 이용자의 권리와 그 행사방법", procedureOnly))).toEqual([[6, "partMissing"]]);
  });

  it("must fire: the same with unnumbered headings and no blank line between", async () => {
    const text = [
      "새봄가구 개인정보 처리방침",
      "",
      "■ 개인정보 파기",
      procedureOnly,
      "■ 동의 철회 방법",
      "고객센터에 전화하시면 바로 처리합니다.",
    ];
    expect(await found("required-destruction", text)).toEqual([[3, "partMissing"]]);
  });

  it("must not fire when the section gives its method", async () => {
    const text = withNext("3. 이용자의 권리와 그 행사방법", procedureOnly, "전자 파일은 복구할 수 없게 지우고 출력물은 파쇄합니다.");
    expect(await found("required-destruction", text)).toEqual([]);
  });

  it("must not fire on a title the outline did not read, whose lines are list items taken for headings", async () => {
    // the glyph-led numbered titles may be read as text while the check-marked items become sub-headings
    const text = [
      "# 숲결 앱 개인정보 처리방침",
      "",
      "🔹 1. 개인정보를 처리하는 목적",
      "- ✔ 회원 가입과 관리",
      "- ✔ 수면 기록 분석",
      "",
      "🔹 2. 파기",
      "- ✔ 절차: 보유 기간이 끝나면 지체 없이 파기합니다.",
      "- ✔ 방법: 전자 파일은 복구할 수 없도록 영구 삭제합니다.",
    ];
    expect(await found("required-destruction", text, "markdown")).toEqual([]);
  });
});

describe("required-purpose under a question that asks why or what for", () => {
  // the purposes asked as a plain question without the noun 목적: why, what for, where used
  const policyUnder = (question: string) => [
    "다온도서관 개인정보 처리방침",
    "",
    `1. ${question}`,
    "도서 대출과 반납 알림, 희망 도서 신청 접수를 위해 씁니다.",
    "2. 어떤 정보를 받나요?",
    "이름과 휴대전화번호를 받습니다.",
  ];
  for (const question of [
    "회원 정보를 왜 수집하나요?",
    "왜 개인정보가 필요한가요?",
    "받은 정보는 어디에 쓰이나요?",
    "내 정보를 무엇에 사용하나요?",
    "개인정보를 어떤 용도로 이용합니까?",
  ])
    it(`reads '${question}' as the purpose section`, async () => {
      expect(await linesOf("required-purpose", policyUnder(question))).toEqual([]);
    });
  it("still reports the purposes missing under questions about other items", async () => {
    expect(await linesOf("required-purpose", policyUnder("정보는 어디에 보관하나요?"))).toEqual([1]);
  });
});

describe("required items under question headings", () => {
  // a policy written as questions and answers, in plain words
  const policy = [
    "한결마트 개인정보 처리방침",
    "",
    "1. 어떤 목적으로 개인정보를 쓰나요?",
    "주문을 받고 배송하기 위해 써요.",
    "2. 어떤 개인정보를 받나요?",
    "이름, 휴대전화번호, 배송지 주소를 받아요.",
    "3. 얼마 동안 보관하나요?",
    "회원 탈퇴 때까지 보관하고, 주문 기록은 전자상거래법에 따라 5년 동안 보관해요.",
    "4. 언제, 어떻게 파기하나요?",
    "보관 기간이 끝나면 매월 말에 확인해서 파기해요. 파일은 복구할 수 없게 지우고 종이는 파쇄해요.",
    "5. 어떤 권리가 있나요?",
    "언제든 내 정보를 열람하고, 고치고, 지워 달라고 요청할 수 있어요. 고객센터에 전화하거나 전자우편을 보내 주세요.",
    "6. 개인정보를 어떻게 지키나요?",
    "접근 권한을 최소로 주고, 비밀번호는 암호화해 저장하고, 직원 교육을 해마다 해요.",
  ];
  for (const rule of [
    "required-purpose",
    "required-items",
    "required-retention",
    "required-destruction",
    "required-rights",
    "required-safety",
  ])
    it(`reads the question as ${rule}'s section`, async () => {
      expect(await linesOf(rule, policy)).toEqual([]);
    });
});

// An items heading may name the data the controller processes without 항목 or 수집 ("다루는 개인정보", "처리하는
// 개인정보의 종류"): the head of the title is the data, modified by a processing verb. A title that goes on to name
// another item ("…의 보유기간", "…의 처리 목적"), or names another party's or a narrower processing ("위탁하여 처리하는
// 개인정보"), stays that item; the policy's own title is no items section.
describe("required-items: a heading naming the data processed, without 항목 or 수집", () => {
  const withItemsUnder = (title: string) => [
    "누리공방 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "공방 수강 신청을 받기 위하여 처리합니다.",
    "",
    title, // 6
    "  가) 수강 신청 때: 신청자 이름, 휴대전화번호",
    "  나) 재료비 환불 때: 환불 계좌",
    "",
    "3. 처리 및 보유 기간",
    "수강 종료 후 1년간 보관합니다.",
  ];

  it.each([
    "2. 공방이 다루는 개인정보",
    "2. 처리하는 개인정보의 종류",
    "2. 우리가 이용하는 정보",
    "2. 취급하는 개인정보 (Personal Data We Handle)",
    "2. 개인정보의 내역",
  ])("must not fire: the items under '%s'", async (title) => {
    expect(await found("required-items", withItemsUnder(title))).toEqual([]);
  });

  it("must not fire: the items under a bracketed sub-title inside the purposes article", async () => {
    const text = [
      "누리공방 개인정보 처리방침",
      "",
      "제1조 개인정보의 처리 목적",
      "공방 수강 신청을 받기 위하여 개인정보를 처리합니다.",
      "",
      "[공방이 처리하는 정보]",
      "- 수강 신청 때: 이름, 휴대전화번호",
      "",
      "제2조 보유 기간",
      "수강 종료 후 1년간 보관합니다.",
    ];
    expect(await found("required-items", text)).toEqual([]);
  });

  it.each([
    "2. 처리하는 개인정보의 보유기간",
    "2. 처리하는 개인정보의 처리 목적",
    "2. 위탁하여 처리하는 개인정보",
    "2. 수탁업체가 처리하는 정보",
  ])("must fire: '%s' names another item, so the items are missing", async (title) => {
    expect(await found("required-items", withItemsUnder(title))).toEqual([[1, "missing"]]);
  });
});
