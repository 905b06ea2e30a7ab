import { describe, expect, it } from "vitest";
import { parseMarker } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

const titles = async (text: string[]) =>
  (await parsePolicy(text.join("\n"), "text")).allSections
    .filter((section) => section.heading.isTitle && section.level === 1)
    .map((section) => [section.startLine, section.heading.title]);

// a bakery's policy whose titles are bare lines ending in a colon, each body a list or a paragraph under it
const colonPolicy = [
  "밀알제과 개인정보 처리방침", // 1
  "", // 2
  "개인정보를 처리하는 목적 :", // 3
  "1) 주문 케이크의 제작과 픽업 안내", // 4
  "2) 적립금 관리", // 5
  "", // 6
  "처리하는 개인정보의 항목:", // 7
  "- 주문자 이름, 휴대전화번호", // 8
  "- 픽업 희망 일시", // 9
  "", // 10
  "보유 및 이용 기간:", // 11
  "· 주문 정보: 픽업 후 1년", // 12
  "", // 13
  "개인정보의 파기 절차와 방법：", // 14
  "기간이 끝난 정보는 곧바로 지우며, 전자 파일은 복구할 수 없게 삭제하고 주문서는 파쇄합니다.", // 15
];

describe("unnumbered titles that end in a colon", () => {
  it("are the sections of a policy that writes a run of them, titled without the colon", async () => {
    expect(await titles(colonPolicy)).toEqual([
      [1, "밀알제과 개인정보 처리방침"],
      [3, "개인정보를 처리하는 목적"],
      [7, "처리하는 개인정보의 항목"],
      [11, "보유 및 이용 기간"],
      [14, "개인정보의 파기 절차와 방법"],
    ]);
  });

  it("no longer reports an item missing when its body under such a title is a list", async () => {
    const text = colonPolicy.join("\n");
    expect(await findingsOf("required-purpose", text)).toEqual([]);
    expect(await findingsOf("required-items", text)).toEqual([]);
    expect(await findingsOf("required-destruction", text)).toEqual([]);
  });

  it("keeps a field label over its values inside a numbered section as text", async () => {
    const text = [
      "밀알제과 개인정보 처리방침", // 1
      "", // 2
      "1. 개인정보의 처리 목적", // 3
      "케이크 주문과 픽업 안내에 씁니다.", // 4
      "", // 5
      "2. 처리하는 개인정보의 항목", // 6
      "", // 7
      "수집 항목:", // 8
      "- 이름, 휴대전화번호", // 9
      "", // 10
      "개인정보 보유 기간:", // 11
      "- 픽업 후 1년", // 12
      "", // 13
      "3. 개인정보의 파기", // 14
      "주문서는 파쇄하고 파일은 지웁니다.", // 15
    ];
    expect(await titles(text)).toEqual([
      [1, "밀알제과 개인정보 처리방침"],
      [3, "개인정보의 처리 목적"],
      [6, "처리하는 개인정보의 항목"],
      [14, "개인정보의 파기"],
    ]);
  });

  it("keeps a lead-in and short field labels inside an unnumbered colon section as its text", async () => {
    const text = [
      ...colonPolicy,
      "", // 16
      "개인정보를 제3자에게 제공하는 경우:", // 17
      "회사는 아래와 같이 제공합니다:", // 18
      "", // 19
      "제공 목적:", // 20
      "- 배달 대행", // 21
      "", // 22
      "보유 기간:", // 23
      "- 배달 완료 후 1개월", // 24
    ];
    const read = await titles(text);
    expect(read.map(([line]) => line)).toEqual([1, 3, 7, 11, 14, 17]);
  });

  it("needs a run: two such lines in a short passage stay text", async () => {
    const text = [
      "밀알제과 개인정보 처리방침",
      "",
      "개인정보의 처리 목적:",
      "- 주문 관리",
      "",
      "개인정보의 파기 절차와 방법:",
      "- 즉시 삭제",
    ];
    expect(await titles(text)).toEqual([[1, "밀알제과 개인정보 처리방침"]]);
  });
});

// a clinic's notice-board policy: sections set apart by rules drawn across the page, each title the line under it
const rule = "━━━━━━━━━━━━━━━━━━━━";
const rulePolicy = [
  "온누리한의원 개인정보 처리방침", // 1
  "", // 2
  rule, // 3
  "진료 예약에 쓰는 정보", // 4
  "예약할 때 이름과 전화번호를 받고, 진료 일정 안내에만 씁니다.", // 5
  "", // 6
  rule, // 7
  "정보를 지우는 시점과 방법", // 8
  "예약 정보는 진료 후 1년이 지나면 지웁니다.", // 9
  "", // 10
  rule, // 11
  "궁금한 점을 물어볼 곳", // 12
  "원무과장 한서진, 전화 031-555-0199", // 13
];

describe("sections set apart by rule lines", () => {
  it("reads the line under each rule as its section's title, as the same text with Markdown titles", async () => {
    const marked = rulePolicy.map((text, at) => (rulePolicy[at - 1] === rule ? `## ${text}` : text));
    const asMarkdown = (await parsePolicy(marked.join("\n"), "markdown")).allSections.map((section) => [
      section.startLine,
      section.heading.title,
    ]);
    expect((await titles(rulePolicy)).slice(1)).toEqual(asMarkdown);
    expect(await titles(rulePolicy)).toEqual([
      [1, "온누리한의원 개인정보 처리방침"],
      [4, "진료 예약에 쓰는 정보"],
      [8, "정보를 지우는 시점과 방법"],
      [12, "궁금한 점을 물어볼 곳"],
    ]);
  });

  it.each([["────"], ["========"], ["--------"], ["＿＿＿＿"], ["* * *"], ["***"], ["- - -"], ["＊ ＊ ＊"], ["·······"]])(
    "reads rules drawn with %s",
    async (drawn) => {
      const text = rulePolicy.map((line) => (line === rule ? drawn : line));
      expect((await titles(text)).map(([line]) => line)).toEqual([1, 4, 8, 12]);
    },
  );

  it.each([["* * *"], ["- - -"], ["***"]])("reads a break written '%s' as no list item", (drawn) => {
    expect(parseMarker(drawn)).toBeNull();
    expect(parseMarker("* 이름과 전화번호")?.style).toBe("bullet");
  });

  it("reports a destruction section without a method at its title, not as missing at line 1", async () => {
    const text = [
      "온누리한의원 개인정보 처리방침", // 1
      "", // 2
      rule, // 3
      "진료 예약에 쓰는 정보", // 4
      "예약할 때 이름과 전화번호를 받습니다.", // 5
      "", // 6
      rule, // 7
      "개인정보의 파기", // 8
      "예약 정보는 진료 후 1년이 지나면 원무과장의 승인을 받아 파기합니다.", // 9
    ];
    expect(await linesOf("required-destruction", text)).toEqual([8]);
  });

  it("keeps a single rule between paragraphs as a divider, not a section", async () => {
    const text = [
      "온누리한의원 개인정보 처리방침",
      "",
      "예약 정보는 진료에만 씁니다.",
      "",
      rule,
      "진료 시간 안내",
      "평일 9시부터 18시까지 진료합니다.",
    ];
    expect(await titles(text)).toEqual([[1, "온누리한의원 개인정보 처리방침"]]);
  });

  it("keeps a rule that underlines a title as its underline: the line after it is the body", async () => {
    const text = [
      "온누리한의원 개인정보 처리방침",
      "",
      "개인정보의 처리 목적",
      "--------",
      "진료 예약 안내",
      "",
      "개인정보의 파기",
      "--------",
      "진료 후 1년이 지나면 파기합니다.",
    ];
    const read = await titles(text);
    expect(read.map(([, title]) => title)).not.toContain("진료 예약 안내");
  });
});

// "1. 개인정보의 처리 목적 ──────": a rule drawn after the title on its own line sets the title off; it is no word of it
describe("a rule after a title on its line", () => {
  const text = [
    "솔빛서점 개인정보 처리방침", // 1
    "", // 2
    "1. 개인정보의 처리 목적 ━━━━━━━━━━━━", // 3
    "서점은 주문 배송을 위하여 개인정보를 처리합니다.", // 4
    "", // 5
    "2. 처리하는 개인정보의 항목 ==========", // 6
    "이름, 배송 주소", // 7
    "", // 8
    "개인정보의 파기 절차 및 방법 ─────────", // 9
    "배송이 끝나고 1년이 지나면 곧바로 지웁니다.", // 10
  ];

  it("is left out of a numbered title", async () => {
    expect((await titles(text)).slice(1, 3)).toEqual([
      [3, "개인정보의 처리 목적"],
      [6, "처리하는 개인정보의 항목"],
    ]);
  });

  it("is left out of an unnumbered title", async () => {
    const unnumbered = text.map((line) => line.replace(/^\d\. /, ""));
    expect((await titles(unnumbered)).slice(1)).toEqual([
      [3, "개인정보의 처리 목적"],
      [6, "처리하는 개인정보의 항목"],
      [9, "개인정보의 파기 절차 및 방법"],
    ]);
  });
});

// an article's heading set into a rule drawn across the page, a box of side notes closed by a plain rule under it:
// the article is read by its number and title, in the run of the articles around it
describe("a numbered title set into a rule across the page", () => {
  const policy = (ruled: string) => [
    "한솔시설공단 개인정보 처리방침", // 1
    "", // 2
    "제4조(개인정보의 안전성 확보조치)", // 3
    "(1) 관리적 조치: 내부관리계획 수립, 직원 교육", // 4
    "", // 5
    ruled, // 6
    " ① 설치 근거: 「개인정보 보호법」 제25조제1항", // 7
    "════════════════════════════════", // 8
    "", // 9
    "제6조(개인정보 보호책임자)", // 10
    "총무부장 한다온, 02-555-0110", // 11
  ];
  it.each([["════════ 제5조(고정형 영상정보처리기기 운영·관리) ════════"], ["─── 제5조(고정형 영상정보처리기기 운영·관리) ───"]])(
    "%s",
    async (ruled) => {
      const document = await parsePolicy(policy(ruled).join("\n"), "text");
      const level1 = document.sections.map((section) => [section.startLine, section.heading.number, section.heading.title]);
      expect(level1.slice(1, 3)).toEqual([
        [3, 4, "개인정보의 안전성 확보조치"],
        [6, 5, "고정형 영상정보처리기기 운영·관리"],
      ]);
    },
  );
  it("reads a decimal title in a rule the same way", () => {
    expect(parseMarker("━━━━━━━━━ 5. 고정형 영상정보처리기기 운영·관리 ━━━━━━━━━")).toMatchObject({
      number: 5,
      bracketTitle: "고정형 영상정보처리기기 운영·관리",
    });
  });
  it("leaves a shape-framed numbered title to its number, as before", () => {
    expect(parseMarker("■ 3. 보유 기간 ■")).toMatchObject({ number: 3 });
  });
});
