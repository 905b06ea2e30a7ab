// vague-listing in the four places when a section is titled in plain words: a FAQ-style policy asks its headings as
// the reader would, and the section the outline takes for the items, the purposes, the recipients or the processors
// is one of the four places whatever its wording or layout (a bold line, a Markdown heading).
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const faq = (...body: string[]) => ["# 솔밭캠핑장 개인정보 처리방침", "", ...body].join("\n");

describe("vague-listing: sections titled in plain words", () => {
  it.each([
    [
      "a bold question over a table",
      ["**3) 어떤 개인정보를 받나요?**", "", "| 언제 | 받는 정보 |", "| --- | --- |", "| 예약 | 예약자 이름, 연락처, 차량 번호 등 |"],
      7,
    ],
    [
      "a Markdown heading over a table",
      ["### 어떤 개인정보를 받나요?", "", "| 언제 | 받는 정보 |", "| --- | --- |", "| 예약 | 예약자 이름, 연락처, 차량 번호 등 |"],
      7,
    ],
    ["a bold question over a list of purposes", ["**Q1. 왜 제 정보를 쓰나요?**", "", "- 예약 확인, 입실 안내, 이용료 환불 등"], 5],
  ])("must fire: %s", async (_, body, line) => {
    expect(await linesOf("vague-listing", faq(...(body as string[])), "markdown")).toEqual([line]);
  });

  it.each([
    ["a question about how data is gathered", ["**어떻게 정보를 모으나요?**", "", "- 누리집, 예약 앱, 전화 상담 등을 통해 받습니다."]],
    [
      "a plain question about the processors whose list is a task",
      ["**일을 대신 맡아 처리하는 곳이 있나요?**", "", "- 문자 알림 발송(알림톡 등): ㈜파랑메시지"],
    ],
    ["a plain title over a section on something else", ["**정보를 어떻게 지키나요?**", "", "- 접근 권한 제한, 암호화 등"]],
  ])("must not fire: %s", async (_, body) => {
    expect(await linesOf("vague-listing", faq(...(body as string[])), "markdown")).toEqual([]);
  });
});

// "Q2. 어떤 개인정보를 수집하나요?": a title that asks what data is collected is the items place, though 수집 also
// titles how data is collected; one that asks how is not
describe("vague-listing: a question title that asks what data is collected", () => {
  const plainText = (title: string, item: string) =>
    [
      "솔밭캠핑장 개인정보 처리방침",
      "",
      "Q1. 왜 제 정보를 쓰나요?",
      "A. 예약 확인과 입실 안내에 씁니다.",
      "",
      title,
      "A. 다음 정보를 받습니다.",
      item,
    ].join("\n");
  it.each([
    ["Q2. 어떤 개인정보를 수집하나요?", "  1. 예약 시: 예약자 이름, 연락처, 기기 정보(모델명, 앱 버전 등)"],
    ["Q2. 캠핑장은 무슨 정보를 모으나요?", "  1. 예약 시: 예약자 이름, 연락처, 차량 번호 등"],
  ])("must fire under %s", async (title, item) => {
    expect(await linesOf("vague-listing", plainText(title, item))).toEqual([8]);
  });
  it.each([
    ["Q2. 어떤 정보를 어떻게 수집하나요?", "  1. 누리집, 예약 앱, 전화 상담 등"],
    ["Q2. 정보는 어떤 방법으로 수집하나요?", "  1. 누리집, 예약 앱, 전화 상담 등"],
  ])("must not fire under %s", async (title, item) => {
    expect(await linesOf("vague-listing", plainText(title, item))).toEqual([]);
  });
});

describe("vague-listing: the list quoted is the list, not the object given before it", () => {
  const provision = (sentence: string) => ["# 솔밭캠핑장 개인정보 처리방침", "", "## 4. 개인정보의 제3자 제공", "", sentence];
  it("quotes the recipients of '…을/를 A 등에 제공합니다'", async () => {
    const [finding] = await findingsOf("vague-listing", provision("예약자의 이름, 차량 번호를 인근 주차장 등에 제공합니다."), "markdown");
    expect(finding.message).toContain("'인근 주차장 등'");
  });
  it("keeps a list of items whole where nothing is given to it", async () => {
    const [finding] = await findingsOf(
      "vague-listing",
      provision("예약 확인을 위하여 이름, 차량 번호 등을 제휴 주차장 ㈜솔밭파킹에 제공합니다."),
      "markdown",
    );
    expect(finding.message).toContain("'차량 번호 등'");
  });
});

// A bulleted list of purposes or items names one a line: a line that ends in "등" leaves the list open by itself
describe("vague-listing: one member of a bulleted list left open", () => {
  const policy = (member: string, title = "1. 개인정보의 처리 목적") => [
    "솔밭캠핑장 개인정보 처리방침",
    "",
    title,
    "캠핑장은 다음의 목적으로 개인정보를 처리합니다.",
    "- 사이트 예약 접수와 확정",
    member, // 6
    "- 분실물 보관과 반환",
  ];

  it.each([
    ["a purpose", "- 입실 시간 변경·취소 안내 등"],
    ["a purpose under a number", "2) 우천 시 일정 조정 등"],
  ])("must fire: %s", async (_, member) => {
    expect(await linesOf("vague-listing", policy(member))).toEqual([6]);
  });

  it("must fire on an item", async () => {
    expect(await linesOf("vague-listing", policy("- 차량 번호 등", "2. 처리하는 개인정보의 항목"))).toEqual([6]);
  });

  it.each([
    ["a fixed phrase", "- 정정·삭제 등"],
    ["'등' inside the member", "- 우천 등의 사유로 인한 일정 조정"],
    ["a denial", "- 마케팅 등에는 쓰지 않음"],
  ])("must not fire: %s", async (_, member) => {
    expect(await linesOf("vague-listing", policy(member))).toEqual([]);
  });

  it("must not fire on a processor's task", async () => {
    expect(await linesOf("vague-listing", policy("- ㈜솔결제: 카드 결제 처리 등", "3. 개인정보 처리업무의 위탁"))).toEqual([]);
  });
});

// "이름, 휴대전화번호 등 / (선택) 생일": a slash ends the required items' list, as a comma or a colon does
describe("vague-listing: a list closed with 등 before a slash", () => {
  const policy = (items: string) => ["솔밭캠핑장 개인정보 처리방침", "", "2. 처리하는 개인정보의 항목", items];
  it("must fire", async () => {
    expect(await linesOf("vague-listing", policy("- 예약: (필수) 이름, 휴대전화번호, 차량번호 등 / (선택) 동행인 수"))).toEqual([4]);
  });
  it("must not fire on a closed list before the slash", async () => {
    expect(await linesOf("vague-listing", policy("- 예약: (필수) 이름, 휴대전화번호, 차량번호 / (선택) 동행인 수"))).toEqual([]);
  });
});

// "처리 목적·항목·보유기간" over a table of the three: the items' cells are a list of the four, and an item detailed
// in brackets ("정산 계좌(은행, 계좌번호, 예금주)") is one item of it
describe("vague-listing: a section of purposes, items and retention together", () => {
  const table = (items: string, retention = "계약 종료 후 5년") => [
    "## 2. 목적별 처리 항목·보유기간",
    "",
    "| 처리 목적 | 처리 항목 | 보유기간 |",
    "| --- | --- | --- |",
    `| 강사 등록과 강사료 지급 | ${items} | ${retention} |`,
  ];
  it.each([
    ["a list closed with 등 after a detailed item", "성명, 연락처, 지급 계좌(은행명, 계좌번호, 예금주), 주소 등"],
    ["a detail left open inside its brackets", "성명, 연락처, 지급 계좌(은행명, 계좌번호 등)"],
  ])("must fire: %s", async (_, items) => {
    expect(await linesOf("vague-listing", faq(...table(items)), "markdown")).toEqual([7]);
  });
  it("must not fire on a closed list, whatever the retention cell cites", async () => {
    const closed = table("성명, 연락처, 지급 계좌(은행명, 계좌번호, 예금주)", "「소득세법」 등 관계 법령에 따라 5년");
    expect(await linesOf("vague-listing", faq(...closed), "markdown")).toEqual([]);
  });
});

// a list of what is not collected leaves nothing undisclosed, whether its verb is negated in everyday words or in the
// statutes' ("…등의 정보는 수집하지 아니한다")
describe("vague-listing: an open list of what is not done, in the statutes' negative", () => {
  const items = (sentence: string) => [
    "한결기계 개인정보 처리방침",
    "",
    "제2조(처리하는 개인정보의 항목)",
    "① 지원자의 성명, 연락처, 학력을 처리한다.",
    sentence,
  ];
  it.each([
    "② 회사는 직무와 무관한 출신 지역, 혼인 여부, 재산 등의 정보를 수집하지 아니한다.",
    "② 회사는 직무와 무관한 출신 지역, 혼인 여부, 재산 등은 수집하지 아니하며, 제출받은 경우 즉시 파기한다.",
  ])("must not fire: %s", async (sentence) => {
    expect(await linesOf("vague-listing", items(sentence))).toEqual([]);
  });
  it("must fire where the same list is collected", async () => {
    expect(await linesOf("vague-listing", items("② 회사는 출신 지역, 혼인 여부, 재산 등의 정보를 수집한다."))).toEqual([5]);
  });
});

// the required items and the optional ones in one cell, each group behind its own label: the "등" that closes the
// first group before the next label leaves it open
describe("vague-listing: a group of items closed with '등' before the next group's label", () => {
  const items = (cell: string) =>
    faq("## 2. 처리하는 개인정보의 항목", "", "| 구분 | 처리 항목 |", "| --- | --- |", `| 캠핑장 예약 | ${cell} |`);

  it.each([
    ["in brackets", "(필수) 예약자 이름, 연락처, 차량 번호 등 (선택) 동반 인원"],
    ["in square brackets", "[필수] 예약자 이름, 연락처, 차량 번호 등 [선택] 동반 인원"],
  ])("must fire: the label %s", async (_, cell) => {
    expect(await linesOf("vague-listing", items(cell), "markdown")).toEqual([7]);
  });

  it("must not fire: each group listed in full", async () => {
    expect(await linesOf("vague-listing", items("(필수) 예약자 이름, 연락처, 차량 번호 (선택) 동반 인원"), "markdown")).toEqual([]);
  });
});

// "등" as the last syllable of a word ("부부갈등", "남녀평등") closes no list
describe("vague-listing: a word that ends in the syllable 등", () => {
  const items = (cell: string) =>
    faq("## 2. 처리하는 개인정보의 항목", "", "| 구분 | 처리 항목 |", "| --- | --- |", `| 상담 신청 | ${cell} |`);
  it("must not fire: a closed list with '갈등' in it", async () => {
    expect(await linesOf("vague-listing", items("성명, 연락처, 상담 분야(우울, 불안, 부부갈등, 진로 중 선택)"), "markdown")).toEqual([]);
  });
  it("must fire: 등 run on to the last item", async () => {
    expect(await linesOf("vague-listing", items("성명, 연락처, 상담 분야, 가족관계등"), "markdown")).toEqual([7]);
  });
});
