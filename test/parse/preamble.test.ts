import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { linesOf } from "../helpers.js";

// a summary block of short label and value lines, as a 라벨링 summary sets them under the title
const summary = [
  "한눈에 보는 처리 현황",
  "수집 항목",
  "이름, 연락처",
  "처리 목적",
  "예약 확인",
  "보유 기간",
  "이용 종료 시까지",
  "제3자 제공",
  "없음",
  "위탁",
  "문자 발송",
  "문의처",
  "운영지원팀",
  "고객센터",
  "02-333-4444",
];

describe("the preamble", () => {
  it("is the paragraph that defines the controller's short name, however far below the title", async () => {
    const document = await parsePolicy(
      [
        "푸른숲캠핑 개인정보 처리방침",
        ...summary,
        "아래에서 자세한 내용을 보실 수 있습니다.",
        "",
        "푸른숲캠핑(이하 '캠핑장')은 정보주체의 개인정보를 보호하기 위하여 이 처리방침을",
        "두고 그에 따라 개인정보를 처리합니다.",
        "1. 개인정보의 처리 목적",
        "예약 확인에 씁니다.",
      ].join("\n"),
    );
    expect(document.preamble).toEqual({ startLine: 19, endLine: 20 });
  });

  it("is the first prose paragraph when no line defines a short name, a wrapped first line included", async () => {
    const document = await parsePolicy(
      [
        "푸른숲캠핑 개인정보 처리방침",
        "",
        "푸른숲캠핑은 「개인정보 보호법」에 따라 정보주체의 개인정보를 보호하고",
        "고충을 처리하고자 이 방침을 둡니다.",
        "",
        "1. 개인정보의 처리 목적",
        "예약 확인에 씁니다.",
      ].join("\n"),
    );
    expect(document.preamble).toEqual({ startLine: 3, endLine: 4 });
  });

  // a scraped page: the <title> is taken for the title, a sidebar heading comes first, then the page's heading
  const page = (ownHeading: string) =>
    [
      "<html><head><title>개인정보처리방침 | 다온구 도서관</title></head><body>",
      '<nav><a href="/">홈</a> | <a href="/books">자료검색</a> | <a href="/join">회원가입</a></nav>',
      "<aside><h2>도서관 안내</h2><ul><li>이용 시간</li><li>개인정보처리방침</li></ul></aside>",
      `<main><h3>${ownHeading}</h3>`,
      "<p>다온구립도서관(이하 '도서관')은 이용자의 개인정보를 보호하기 위하여 이 처리방침을 둡니다.</p>",
      "<h4>1. 개인정보의 처리 목적</h4><p>도서 대출과 반납 안내에 씁니다.</p>",
      "<h4>2. 개인정보 처리방침의 변경</h4><p>바뀌면 7일 전에 알립니다.</p></main></body></html>",
    ].join("\n");

  it("follows the page's own heading that names the policy, past a sidebar's headings", async () => {
    const document = await parsePolicy(page("다온구립도서관 개인정보 처리방침"), "html");
    expect(document.preamble).toEqual({ startLine: 5, endLine: 5 });
  });

  it("is not looked for under a heading that only mentions the policy", async () => {
    const document = await parsePolicy(page("도서관 이용 안내"), "html");
    expect(document.preamble).toBeNull();
  });

  it("is null when the first section follows the title directly", async () => {
    const document = await parsePolicy(["푸른숲캠핑 개인정보 처리방침", "", "1. 개인정보의 처리 목적", "예약 확인에 씁니다."].join("\n"));
    expect(document.preamble).toBeNull();
  });
});

describe("title-name reads the preamble wherever it stands", () => {
  const policy = (preamble: string, title = "푸른숲캠핑 개인정보 처리방침") => [
    title,
    ...summary,
    preamble,
    "1. 개인정보의 처리 목적",
    "캠핑장은 예약 확인을 위하여 개인정보를 처리합니다.",
  ];

  it("does not report a preamble that names the controller below a long summary block", async () => {
    expect(
      await linesOf("title-name", policy("(주)푸른숲(이하 '캠핑장')은 「개인정보 보호법」 제30조에 따라 이 처리방침을 공개합니다.")),
    ).toEqual([]);
  });

  it("still reports a preamble there that names no one", async () => {
    // a title with no name of its own: a name before "개인정보 처리방침" would name the controller
    expect(await linesOf("title-name", policy("이 처리방침은 「개인정보 보호법」 제30조에 따라 공개합니다.", "개인정보 처리방침"))).toEqual(
      [1],
    );
  });
});
