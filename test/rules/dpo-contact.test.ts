import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const policy = (...dpoSection: string[]) => [
  "하늘마켓 개인정보 처리방침",
  "",
  "제1조 (처리 목적)",
  "주문 처리를 위해 이용합니다.",
  "",
  ...dpoSection,
];

describe("dpo-contact", () => {
  describe("under chapters (제N장)", () => {
    it("reads a chapter that is itself the section, a sub-heading of the same name under it, at the chapter", async () => {
      const text = [
        "# 하늘마켓 개인정보 처리방침",
        "## 제1장 처리 목적",
        "주문 처리를 위해 이용합니다.",
        "## 제2장 개인정보 보호책임자", // 4
        "### 개인정보 보호책임자",
        "- 직책: 정보보호 담당",
        "- 이메일: privacy@haneul.example",
        "## 부칙",
        "이 방침은 2026년 1월 1일부터 시행합니다.",
      ];
      expect((await findingsOf("dpo-contact", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[4, "noName"]]);
    });

    it("reads the article a chapter groups, at the article", async () => {
      const text = [
        "하늘시 개인정보 처리방침",
        "제1장 총칙",
        "제1조(목적) 이 방침은 시의 기준을 알린다.",
        "제2장 보호책임자와 구제",
        "제2조(개인정보 보호책임자) 시는 아래와 같이 보호책임자를 둔다.", // 5
        "- 이메일: privacy@haneul.example",
        "제3조(권익침해 구제방법) 개인정보침해신고센터(118)에 신고할 수 있다.",
      ];
      expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "noName"]]);
    });
  });

  describe("under Roman groups over articles numbered straight through them", () => {
    const grouped = (...remedies: string[]) => [
      "누리군 개인정보 처리방침", // 1
      "Ⅰ. 처리하는 정보", // 2
      " 1. 개인정보의 처리 목적", // 3
      "  □ 민원 응대에 씁니다.", // 4
      " 2. 처리하는 개인정보의 항목", // 5
      "  □ 성명과 연락처입니다.", // 6
      "Ⅱ. 개인정보 보호책임자와 권익침해 구제", // 7
      " 3. 개인정보 보호책임자", // 8
      "  □ 개인정보 보호책임자: 부군수 나무리", // 9
      " 4. 권익침해 구제방법", // 10
      "  □ 개인정보침해신고센터 118, 경찰청 182",
      ...remedies,
    ];
    it("does not take a phone from another article in the group for the officer's, and reports at the article", async () => {
      const text = grouped("  ※ 행정심판은 중앙행정심판위원회 (국번없이) 110");
      expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[8, "noContact"]]);
    });
    it("reports at the article, not the group, when nothing else in the group has a phone", async () => {
      expect((await findingsOf("dpo-contact", grouped())).map((f) => [f.line, f.messageId])).toEqual([[8, "noContact"]]);
    });
    it("stays quiet when the article gives the officer's phone", async () => {
      const text = grouped().map((line) =>
        line.includes("부군수 나무리") ? "  □ 개인정보 보호책임자: 부군수 나무리 (031-000-1000)" : line,
      );
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });
  });

  describe("fires", () => {
    it("when no privacy officer is named anywhere, at line 1", async () => {
      expect(await linesOf("dpo-contact", policy("제2조 (보유 기간)", "탈퇴 시까지 보유합니다."))).toEqual([1]);
    });

    it("when the section only appoints someone 'as below' and gives nothing, at its heading", async () => {
      const findings = await findingsOf(
        "dpo-contact",
        policy("제2조 (개인정보 보호책임자)", "회사는 아래와 같이 보호책임자를 두고 있습니다."),
      );
      expect(findings.map((f) => [f.line, f.severity, f.messageId])).toEqual([[6, "error", "noDetails"]]);
    });

    it("— and stays quiet — when the officer's table comes one cell per line (부서명 / 성명 / 직위 / 연락처)", async () => {
      const text = policy(
        "제2조 (개인정보 보호책임자)",
        "회사는 아래와 같이 보호책임자를 지정합니다.",
        "",
        "부서명",
        "성명",
        "직위",
        "연락처",
        "",
        "정보보호팀",
        "김나래",
        "팀장",
        "02-555-0101",
      );
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });

    it("when every field run together on one line is left as a template blank", async () => {
      const text = policy("제2조 (개인정보 보호책임자)", "성명: [보호책임자명]직책: [직책]연락처: [연락처]");
      expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[6, "noDetails"]]);
    });

    it("when the 'name' is only the company or a role", async () => {
      const findings = await findingsOf(
        "dpo-contact",
        policy("제2조 (개인정보 보호책임자)", "- 개인정보 보호책임자: 주식회사 하늘마켓 담당자", "- 전화번호: 070-0000-0000"),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
    });

    it("when the section lists only outside agencies", async () => {
      const findings = await findingsOf(
        "dpo-contact",
        policy(
          "제2조 (개인정보 보호책임자)",
          "침해 상담은 아래 기관에 문의하십시오.",
          "- 개인정보침해신고센터 (국번없이 118)",
          "- 개인정보 분쟁조정위원회 (1833-6972)",
        ),
      );
      expect(findings.map((f) => f.messageId)).toEqual(["noDetails"]);
    });

    it("at line 1 when the officer is only mentioned in passing", async () => {
      const text = policy("제2조 (파기)", "파기 대상은 개인정보 보호책임자의 승인을 받아 파기합니다.");
      expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[1, "missing"]]);
    });

    it("when a name is given with no way to reach anyone", async () => {
      const findings = await findingsOf("dpo-contact", policy("제2조 (개인정보 보호책임자)", "성명 : 윤보람", "직책 : 운영팀장"));
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "noContact"]]);
    });

    it("when only a switchboard is given ('대표 전화' is not a person)", async () => {
      const findings = await findingsOf("dpo-contact", policy("제2조 (개인정보 보호책임자)", "문의: 대표 전화 1588-0000"));
      expect(findings.map((f) => f.messageId)).toEqual(["noName"]);
    });

    it("when the section only restates the law ('성명 또는 부서')", async () => {
      const findings = await findingsOf(
        "dpo-contact",
        policy("제2조 (개인정보 보호책임자)", "보호책임자의 성명 또는 부서의 명칭과 전화번호를 아래에 적습니다."),
      );
      expect(findings.map((f) => f.messageId)).toEqual(["noDetails"]);
    });

    it.each(["전화 : +49 30 2345 6789", "Tel. (+852) 3456-7890", "전화번호 : +1-206-555-0142"])(
      "not when the officer abroad gives an international number: %s",
      async (phone) => {
        const text = policy("제2조 (개인정보 보호책임자)", "성명 : Mara Lindqvist", "이메일 : dpo@nordlys.example", phone);
        expect(await linesOf("dpo-contact", text)).toEqual([]);
      },
    );

    it("as e-mail only when the other number is a registration number or a date", async () => {
      const text = policy(
        "제2조 (개인정보 보호책임자)",
        "성명 : 윤보람",
        "이메일 : privacy@haneul.example",
        "사업자등록번호 : 214-86-39021 (2025-03-01 등록)",
      );
      expect((await findingsOf("dpo-contact", text)).map((f) => f.messageId)).toEqual(["emailOnly"]);
    });

    it("when the name field is a template blank", async () => {
      const findings = await findingsOf("dpo-contact", policy("제2조 (개인정보 보호책임자)", "성명 : OOO", "전화 : 02-555-0100"));
      expect(findings.map((f) => f.messageId)).toEqual(["noName"]);
    });

    it("as a warning when only an e-mail address is given", async () => {
      const findings = await findingsOf(
        "dpo-contact",
        policy("제2조 (개인정보 보호책임자)", "성명 : 윤보람", "이메일 : privacy@haneul.example"),
      );
      expect(findings.map((f) => [f.line, f.severity, f.messageId])).toEqual([[6, "warning", "emailOnly"]]);
    });
  });

  describe("does not fire", () => {
    it("on a name with a phone number", async () => {
      expect(
        await linesOf(
          "dpo-contact",
          policy("제2조 (개인정보 보호책임자)", "▶ 개인정보 보호책임자", "- 성명 : 윤보람", "- 연락처 : 070-4321-0987"),
        ),
      ).toEqual([]);
    });

    it("on a department with phone and e-mail, under the old title 관리책임자", async () => {
      const text = policy(
        "제2조 (개인정보 관리책임자 및 고충처리 부서)",
        "부서명 : 고객신뢰팀",
        "전화번호 : 1588-0000",
        "이메일 : trust@haneul.example",
      );
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });

    it("on details in a table under the heading", async () => {
      const text = policy(
        "## 5. 개인정보 보호책임자",
        "",
        "| 구분 | 성명 | 연락처 |",
        "| --- | --- | --- |",
        "| 책임자 | 윤보람 | 02-555-0100 |",
      );
      expect(await linesOf("dpo-contact", text, "markdown")).toEqual([]);
    });

    it("on a name label without a colon", async () => {
      expect(await linesOf("dpo-contact", policy("제2조 (개인정보 보호책임자)", "성명 윤보람 / 전화번호 02-555-0100"))).toEqual([]);
    });

    it("on a person named in a sentence", async () => {
      const text = policy(
        "제2조 (개인정보 보호책임자)",
        "회사의 개인정보 보호책임자는 대표이사 윤보람이며, 전화 02-555-0100으로 연락할 수 있습니다.",
      );
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });

    it("on a labelled line with no section of its own", async () => {
      const text = policy("제2조 (문의)", "개인정보 보호책임자 : 윤보람", "연락처 : 02-555-0100");
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });

    it("on a DPO block under a heading about something else", async () => {
      const text = policy("제2조 (문의처)", "▶ 개인정보 보호책임자", "성명 : 윤보람", "전화 : 02-555-0100");
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });

    it("on a passing mention inside the destruction section when a real DPO section exists", async () => {
      const text = policy(
        "제2조 (파기)",
        "개인정보 보호책임자의 승인을 받아 파기합니다.",
        "제3조 (개인정보 보호책임자)",
        "성명 : 윤보람 / 전화 : 02-555-0100",
      );
      expect(await linesOf("dpo-contact", text)).toEqual([]);
    });
  });

  // The officer named in a sentence, under whatever job title the organisation uses: the name is read by its
  // shape (a family name and one or two syllables next to a word that reads as a title), the department by
  // its suffix (팀, 과, 센터, 사무국 …), so a title nobody listed is not taken for "no name".
  describe("an officer or department named in a sentence", () => {
    const section = (sentence: string) => policy("제2조 (개인정보 보호책임자)", sentence);

    it.each([
      "개인정보 보호책임자는 사무국장 한소윤입니다. 전화 02-741-3300",
      "개인정보 보호책임자는 원장 석가람이며, 연락처는 02-741-3300입니다.",
      "개인정보 보호책임자: 점장 도하린 (전화 051-220-4410)",
      "개인정보 보호책임자는 관리소장 위서준입니다. 전화 031-555-1200",
      "개인정보 보호책임자는 간사 모예진입니다. 전화 02-741-3300",
      "개인정보 보호책임자는 이사장 남궁은재이며 전화 02-741-3300으로 연락할 수 있습니다.",
      "개인정보 보호책임자는 목사 빈도윤입니다. 전화 02-741-3300",
      "개인정보 보호책임자는 한소윤 사무국장입니다. 전화 02-741-3300",
      "개인정보 보호책임자는 석가람 원장이 맡고 있으며 전화 02-741-3300으로 연락할 수 있습니다.",
      "개인정보 보호책임자는 도하린(지점장)이며 전화 051-220-4410으로 연락할 수 있습니다.",
      "개인정보 보호책임자는 위서준입니다. 전화 031-555-1200",
      "개인정보 보호책임자는 이상민 팀장입니다. 전화 031-555-1200",
    ])("a person: %s", async (sentence) => {
      expect(await linesOf("dpo-contact", section(sentence))).toEqual([]);
    });

    it.each([
      "개인정보 보호 업무는 행정지원과에서 맡고 있습니다(전화 02-741-3300).",
      "개인정보 보호 담당 부서는 입주자지원센터이며 전화 031-555-1200으로 연락할 수 있습니다.",
      "개인정보 관련 고충은 총무부(☎ 051-220-4410)에서 처리합니다.",
      "개인정보 보호 업무는 운영사무국이 맡습니다. 전화 02-741-3300",
    ])("a department: %s", async (sentence) => {
      expect(await linesOf("dpo-contact", section(sentence))).toEqual([]);
    });

    it.each([
      ["the sample name 홍길동", "개인정보 보호책임자는 대표이사 홍길동입니다. 전화 02-741-3300"],
      ["a blank before the title", "개인정보 보호책임자: ○○○ 원장, 전화 02-741-3300"],
      ["a blank in a sentence", "개인정보 보호책임자는 OOO 사무국장이며, 전화 02-741-3300으로 연락할 수 있습니다."],
      ["the company alone", "개인정보 보호책임자는 주식회사 한빛입니다. 전화 02-741-3300"],
      ["a title with no one named", "개인정보 보호책임자는 관리사무소장이 맡고 있습니다. 전화 031-555-1200"],
      ["a title standing where a name would be", "개인정보 보호책임자는 원장입니다. 전화 02-741-3300"],
      ["the company's head, unnamed", "개인정보 보호책임자는 당사 대표입니다. 전화 02-741-3300"],
      ["a complaint channel named only as where to ask", "개인정보 관련 문의는 고객지원센터로 해 주십시오. 전화 02-741-3300"],
      ["a switchboard after a title", "개인정보 보호책임자는 사무국장이며, 대표 전화 02-741-3300으로 연락할 수 있습니다."],
      [
        "a word that opens with a family name's syllable before the title",
        "문제가 생긴 경우 보호책임자 또는 담당 부서로 신고할 수 있습니다. 전화 02-741-3300",
      ],
    ])("still reports no name for %s", async (_, sentence) => {
      const findings = await findingsOf("dpo-contact", section(sentence));
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
    });
  });

  describe("seeds", () => {
    it.each([
      ["000_db5f55dfc5c8a39a.txt", [98]],
      ["001_186b834dc1e90dc3.txt", []],
      ["002_f560904eedbd5243.txt", [82]],
      ["003_56b8b555a71aed3b.txt", []],
      ["004_d6aa57df349846ed.txt", [1]],
    ])("%s", async (seed, lines) => {
      const { readSeed } = await import("../helpers.js");
      expect(await linesOf("dpo-contact", readSeed(seed))).toEqual(lines);
    });
  });
});

describe("dpo-contact: a box-drawn table whose name cell wraps", () => {
  const policy = (...rows: string[]) => [
    "한별도서관 개인정보 처리방침",
    "",
    "8. 개인정보 보호책임자",
    "┌────────────────┬──────────────┬──────────────┐",
    "│구분            │직위 / 성명   │연락처        │",
    "├────────────────┼──────────────┼──────────────┤",
    ...rows,
    "└────────────────┴──────────────┴──────────────┘",
  ];

  it("sees the name on the continuation row", async () => {
    expect(
      await linesOf(
        "dpo-contact",
        policy("│개인정보 보호책임자 │도서관 운영과장│02-777-0100   │", "│                │도하윤        │              │"),
      ),
    ).toEqual([]);
  });

  it("still reports a row whose name cell is empty", async () => {
    expect(await linesOf("dpo-contact", policy("│개인정보 보호책임자 │              │02-777-0100   │"))).toEqual([3]);
  });
});

describe("dpo-contact: a phone number cut by a hard wrap", () => {
  const dpo = (...lines: string[]) => policy("제2조 (개인정보 보호책임자)", ...lines);

  it.each([
    ["inside the last group", ["보호책임자 : 고객지원팀장 오하늘 / 전화 051-740-2", "215 / help@haneulmarket.co.kr"]],
    ["before a hyphen", ["보호책임자 : 고객지원팀장 오하늘, 연락처 051", "-740-2215"]],
    ["after a hyphen", ["보호책임자 : 고객지원팀장 오하늘, 대표번호 1644-", "3382"]],
  ])("must not fire: a number cut %s", async (_, lines) => {
    expect(await linesOf("dpo-contact", dpo(...lines))).toEqual([]);
  });

  it("must fire: digits on the next line that make no number with the line above", async () => {
    const text = dpo("보호책임자 : 고객지원팀장 오하늘 / help@haneulmarket.co.kr / 내선 12", "3층 고객지원실");
    expect(await linesOf("dpo-contact", text)).toEqual([6]);
  });
});

describe("dpo-contact: a bare personal name before the officer's contact", () => {
  const officer = (...lines: string[]) => [
    "가온서점 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "도서 주문을 처리합니다.",
    "",
    "2. 개인정보 보호책임자", // 6
    ...lines,
    "",
    "3. 개인정보의 파기",
    "지체 없이 파기합니다.",
  ];

  it.each([
    ["나윤서 (031-555-0142)"],
    ["- 황보민재 / 070-4000-1234 / dpo@gaon.example"],
    ["최도윤, privacy@gaon.example, 031-555-0142"],
    ["▶ 서지안 – 031-555-0142"],
  ])("takes '%s' for the officer's name", async (line) => {
    expect(await linesOf("dpo-contact", officer(line))).toEqual([]);
  });

  it.each([["○○○ (031-555-0142)"], ["홍길동 / 031-555-0142"], ["안내 (031-555-0142)"], ["사무실 031-555-0142"], ["성명 / 031-555-0142"]])(
    "still finds no name in '%s'",
    async (line) => {
      expect((await findingsOf("dpo-contact", officer(line))).map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
    },
  );
});

// The officer appointed in a sentence under a position the rule has no word for: between "보호책임자는/로" and a
// copula or "지정", a person's name with any position around it names the officer, and the contact after it counts.
describe("an officer appointed by name in a sentence, under any position", () => {
  const section = (...lines: string[]) => policy("제2조 (개인정보 보호책임자)", ...lines);
  const headingless = (...lines: string[]) => [
    "소담한옥스테이 개인정보 처리방침",
    "",
    "한옥스테이는 숙박 예약을 받기 위해 성명과 연락처를 처리합니다.",
    "",
    ...lines,
    "",
    "이 방침은 2026년 3월 1일부터 시행합니다.",
  ];

  it.each([
    "개인정보 보호책임자는 총무대리 배하늘이며, 전화 02-741-3300으로 연락할 수 있습니다.",
    "개인정보 보호책임자는 배하늘 객실관리인입니다. 전화 02-741-3300",
    "개인정보 보호책임자는 예약 코디네이터 배하늘(전화 02-741-3300)이며, 고충을 처리합니다.",
    "한옥스테이는 개인정보 보호책임자로 운영 코디네이터 석다온을 지정하였습니다. 전화 02-741-3300",
  ])("names the officer under a heading: %s", async (sentence) => {
    expect(await linesOf("dpo-contact", section(sentence))).toEqual([]);
  });

  it.each([
    ["the phone in the sentence", ["한옥스테이의 개인정보 보호책임자는 총무대리 배하늘(전화 02-741-3300)이며, 고충을 처리합니다."]],
    ["the phone on the next line", ["한옥스테이의 개인정보 보호책임자는 배하늘 객실관리인입니다.", "연락처는 02-741-3300입니다."]],
  ])("names the officer with no heading, %s", async (_, lines) => {
    expect(await linesOf("dpo-contact", headingless(...lines))).toEqual([]);
  });

  it("with no heading and no contact, reports the contact, not the name, as missing", async () => {
    const findings = await findingsOf(
      "dpo-contact",
      headingless("한옥스테이의 개인정보 보호책임자는 총무대리 배하늘이며, 고충을 처리합니다."),
    );
    expect(findings.map((f) => f.messageId)).toEqual(["noContact"]);
  });

  it.each([
    ["a position alone", "개인정보 보호책임자는 총무대리입니다. 전화 02-741-3300"],
    ["a list announced below", "개인정보 보호책임자는 아래와 같습니다. 전화 02-741-3300"],
    ["the company", "개인정보 보호책임자는 주식회사 배하늘입니다. 전화 02-741-3300"],
  ])("still reports no name for %s", async (_, sentence) => {
    expect((await findingsOf("dpo-contact", section(sentence))).map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
  });

  // the template's order: the named person is the object, the role comes after ("…을 보호책임자로 지정합니다"),
  // and in the officer's own section the role may be called only 책임자
  it.each([
    "한옥스테이는 객실관리팀장 배하늘을 개인정보 보호책임자로 지정하고 있습니다. 전화 02-741-3300",
    "한옥스테이는 배하늘(객실관리팀장)을 개인정보 보호책임자로 지정합니다. 전화 02-741-3300",
    "한옥스테이는 석다온 운영실장을 보호책임자로 지정하였습니다. 전화 02-741-3300",
    "숙소 운영을 총괄하는 책임자로 운영실장 석다온을 지정하고 있습니다. 전화 02-741-3300",
  ])("names the officer appointed as the object: %s", async (sentence) => {
    expect(await linesOf("dpo-contact", section(sentence))).toEqual([]);
  });

  it("names the officer appointed as the object with no contact, and reports only the contact", async () => {
    const findings = await findingsOf("dpo-contact", section("한옥스테이는 운영실장 석다온을 개인정보 보호책임자로 지정합니다."));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "noContact"]]);
  });

  it.each([
    ["a department's generic word", "한옥스테이는 담당 부서를 개인정보 보호책임자로 지정합니다. 전화 02-741-3300"],
    ["staff in general", "한옥스테이는 임원을 개인정보 보호책임자로 지정합니다. 전화 02-741-3300"],
    ["a position alone", "한옥스테이는 운영실장을 개인정보 보호책임자로 지정합니다. 전화 02-741-3300"],
    ["the sample name", "한옥스테이는 운영실장 홍길동을 개인정보 보호책임자로 지정합니다. 전화 02-741-3300"],
  ])("still reports no name when the object is %s", async (_, sentence) => {
    expect((await findingsOf("dpo-contact", section(sentence))).map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
  });
});

// A label that joins several fields ("성명/직위", "성명·직책", "이름 / 소속", "성명(직위)") is read field by field
// against the value split the same way, in either order, in a field line, a table header or a label cell.
describe("dpo-contact: a compound label read field by field", () => {
  const officer = (...lines: string[]) => policy("제2조 (개인정보 보호책임자)", ...lines, "- 전화: 031-480-2210");

  it.each([
    "- 성명/직위: 남궁서연 / 정보보호팀장",
    "- 성명·직책 : 변지호 · 운영실장",
    "- 이름 / 직책 : 옥하람 / 간사",
    "- 성명(직위) : 탁민성(CPO)",
    "- 성명, 직급: 채윤슬, 과장",
    "- 직위/성명: 운영실장 / 변지호",
  ])("must not fire: %s", async (line) => {
    expect(await linesOf("dpo-contact", officer(line))).toEqual([]);
  });

  it.each(["- 직위/성명: 운영실장 / ○○○", "- 직책 / 성명 : 이사 / 홍길동"])("must fire: no one is named in %s", async (line) => {
    expect((await findingsOf("dpo-contact", officer(line))).map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
  });

  it("must not fire: a table whose header joins the name and the position", async () => {
    const text = policy(
      "제2조 (개인정보 보호책임자)",
      "| 구분 | 성명/직위 | 연락처 |",
      "| --- | --- | --- |",
      "| 보호책임자 | 편다은 / 총무과장 | 02-318-4400 |",
    );
    expect(await linesOf("dpo-contact", text, "markdown")).toEqual([]);
  });

  it("must not fire: a table written one cell per line under a header that joins the name and the position", async () => {
    const text = policy("제2조 (개인정보 보호책임자)", "구분", "성명·직책", "연락처", "보호책임자", "편다은 · 총무과장", "02-318-4400");
    expect(await linesOf("dpo-contact", text)).toEqual([]);
  });

  it("must not fire: a label cell that joins the name and the position", async () => {
    const text = policy(
      "제2조 (개인정보 보호책임자)",
      "| 항목 | 내용 |",
      "| --- | --- |",
      "| 성명 / 직책 | 편다은 / 총무과장 |",
      "| 전화 | 02-318-4400 |",
    );
    expect(await linesOf("dpo-contact", text, "markdown")).toEqual([]);
  });
});

// A label cell and the cell it labels are read as the line "label: value" is: titles before the name ("사무국장
// 집사 문하람") name someone in a pipe or ASCII table as on a line, and a blank or the sample name names no one in
// either.
describe("dpo-contact: a label cell read as a label line", () => {
  const asciiTable = (officer: string) => [
    "새솔교회 개인정보 처리방침",
    "",
    "가. 개인정보 보호책임자",
    "+--------------+----------------------------+",
    `| 보호책임자   | ${officer} |`,
    "| 연락처       | 02-914-3080                |",
    "+--------------+----------------------------+",
  ];
  const pipeTable = (officer: string) =>
    policy("제2조 (개인정보 보호책임자)", "| 항목 | 내용 |", "| --- | --- |", `| 보호책임자 | ${officer} |`, "| 전화 | 02-914-3080 |");

  it.each(["사무국장 집사 문하람", "총무 권사 변소율", "교육부장 목사 탁이든"])(
    "must not fire: '%s' in an ASCII table, as on a line",
    async (officer) => {
      expect(await linesOf("dpo-contact", asciiTable(officer))).toEqual([]);
      expect(await linesOf("dpo-contact", policy("제2조 (개인정보 보호책임자)", `보호책임자: ${officer}`, "연락처: 02-914-3080"))).toEqual(
        [],
      );
    },
  );

  it("must not fire: titles before the name in a Markdown table", async () => {
    expect(await linesOf("dpo-contact", pipeTable("사무국장 집사 문하람"), "markdown")).toEqual([]);
  });

  it.each(["○○○", "홍길동", "담당자"])("must fire: '%s' in the label cell's value names no one", async (officer) => {
    expect((await findingsOf("dpo-contact", asciiTable(officer))).map((f) => [f.line, f.messageId])).toEqual([[3, "noName"]]);
  });
});

describe("dpo-contact: the officer as a row of a key–value table", () => {
  const summary = (...rows: string[]) => [
    "# 솔빛문고 개인정보 처리방침 요약",
    "",
    "| 구분 | 안내 |",
    "|---|---|",
    "| 이용 목적 | 도서 대출과 연체 안내에 씁니다. |",
    ...rows,
  ];

  it("reads a row labelled with the officer's title, name and contact in the next cell", async () => {
    const text = summary("| 개인정보 보호책임자 | 관장 한도윤 (031-555-0192, dpo@solbit.example) |");
    expect(await findingsOf("dpo-contact", text, "markdown")).toEqual([]);
  });

  it("reads a bare label whose cell opens with the officer's title, and a cell of fields", async () => {
    expect(await findingsOf("dpo-contact", summary("| 담당 | 개인정보 보호책임자 한도윤, 전화 031-555-0192 |"), "markdown")).toEqual([]);
    expect(await findingsOf("dpo-contact", summary("| 보호책임자 | 성명: 한도윤 / 전화: 031-555-0192 |"), "markdown")).toEqual([]);
  });

  it("reads the rows after it that go on with the officer's contact", async () => {
    const text = summary("| 개인정보 보호책임자 | 한도윤 관장 |", "| 연락처 | 031-555-0192 |");
    expect(await findingsOf("dpo-contact", text, "markdown")).toEqual([]);
  });

  it("fires at the row when it names the officer and no way to reach them", async () => {
    const text = summary("| 개인정보 보호책임자 | 한도윤 관장 |", "| 보관 기간 | 대출 종료 후 1년 |");
    expect((await findingsOf("dpo-contact", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[6, "noContact"]]);
  });

  it("does not take a phone from a row about something else for the officer's", async () => {
    const text = summary("| 개인정보 보호책임자 | 한도윤 관장 |", "| 분쟁 조정 | 개인정보분쟁조정위원회 1833-6972 |");
    expect((await findingsOf("dpo-contact", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[6, "noContact"]]);
  });
});

// a bare name after an item's marker ("가.", "1)", "①"), then the contacts: the officer's name, as without the marker;
// a common noun in the name's place ("문의처", "대표번호") names no one
describe("a bare name behind an item's marker, with contacts after it", () => {
  const section = (line: string) => policy("5. 개인정보 보호책임자", line);
  it.each([
    ["가.", "  가. 오세린 (031-555-0192, guard@hanul.example)"],
    ["1)", "1) 남궁하람 / 031-555-0192"],
    ["(2)", "(2) 백도현 031-555-0192"],
  ])("must not fire: %s", async (_, line) => {
    expect(await findingsOf("dpo-contact", section(line))).toEqual([]);
  });
  it.each([
    ["a place to ask", "가. 문의처 (031-555-0192)"],
    ["a main number", "1) 대표번호 031-555-0192"],
  ])("must fire: %s", async (_, line) => {
    expect((await findingsOf("dpo-contact", section(line))).map((f) => [f.line, f.messageId])).toEqual([[6, "noName"]]);
  });
});

// a summary's numbered item names the officer as a label line does: "4. 보호책임자: …", or as the answer to a contact
// label ("3. 문의: 개인정보 보호책임자 …"); a numbered item that only mentions the officer is no disclosure
describe("dpo-contact: the officer in a numbered summary item", () => {
  const summary = (item: string) => [
    "다솜 피아노교습소 개인정보 처리방침",
    "",
    "[한눈에 보기]",
    "1. 받는 정보: 보호자 성명, 연락처",
    "2. 쓰는 곳: 레슨 일정 안내",
    item,
    "",
    "[자주 묻는 질문]",
    "Q. 레슨 기록은 언제 지우나요?",
    "A. 그만두시면 바로 지웁니다.",
  ];
  it.each([
    ["3. 개인정보 보호책임자: 원장 서윤아 (031-555-0147)"],
    ["3. 문의: 개인정보 보호책임자 원장 서윤아 (031-555-0147)"],
    ["다. 보호책임자 원장 서윤아, 031-555-0147"],
  ])("must not fire: %s", async (item) => {
    expect(await findingsOf("dpo-contact", summary(item))).toEqual([]);
  });
  it("must fire: the item only says what the officer does", async () => {
    const findings = await findingsOf("dpo-contact", summary("3. 교육: 보호책임자 주관으로 해마다 한 번 합니다."));
    expect(findings.map((finding) => finding.messageId)).toEqual(["missing"]);
  });
});

// "개인정보 보호책임자인 본사 고객지원팀장 문다온에게 연락 주세요": the officer named as the one to contact, under a title
// of the policy's own words, with the contacts on the line after
describe("dpo-contact: the officer named as the one to contact", () => {
  const contactSection = (sentence: string) => [
    "하늘마켓 개인정보 처리방침",
    "",
    "■ 무엇을 위해 쓰나요?",
    "주문 처리와 배송 안내에 씁니다.",
    "",
    "■ 궁금한 점은 여기로",
    sentence,
    "☎ 02-555-0177 / privacy@haneul.example",
  ];
  it("counts the person named, whatever the place of work before the position", async () => {
    expect(
      await findingsOf("dpo-contact", contactSection("개인정보 문의는 개인정보 보호책임자인 본사 고객지원팀장 문다온에게 연락 주세요.")),
    ).toEqual([]);
  });
  it("reports a contact sentence that names no one", async () => {
    expect(
      (await findingsOf("dpo-contact", contactSection("개인정보 문의는 개인정보 보호책임자에게 연락 주세요."))).map((f) => f.messageId),
    ).toEqual(["noName"]);
  });
});

// the officer named in a sentence under another item's section, as the one who acts on requests, the contacts in
// brackets after the name: the officer is disclosed there
describe("dpo-contact: the officer named in a sentence of another section", () => {
  const policy = (sentence: string) => [
    "# 온결 요가 개인정보 처리방침",
    "",
    "## 1. 처리 목적",
    "수강 등록과 수업 안내에 씁니다.",
    "",
    "## 5. 회원의 권리",
    `회원은 언제든 자기 정보의 열람, 정정·삭제를 요청할 수 있습니다. ${sentence}`,
  ];
  it("must not fire where the sentence names the officer with a phone", async () => {
    const sentence = "요청은 개인정보 보호책임자인 원장 모하람(02-555-0162)이 직접 처리합니다.";
    expect(await findingsOf("dpo-contact", policy(sentence), "markdown")).toEqual([]);
  });
  it("must fire where the sentence names the officer's role only", async () => {
    const sentence = "요청은 개인정보 보호책임자인 원장이 직접 처리합니다.";
    expect((await findingsOf("dpo-contact", policy(sentence), "markdown")).map((f) => f.messageId)).toEqual(["missing"]);
  });
});

// a financial firm makes its officer also the 신용정보관리·보호인 and names the officer by a statutory role: the label
// with the joined role and the name after such a role name the officer
describe("dpo-contact: the officer with a second role joined to the label", () => {
  const section = (line: string) => ["한빛저축은행 개인정보 처리방침", "", "제12조 (개인정보 보호책임자)", line];
  it.each([
    "- 개인정보 보호책임자 겸 신용정보관리·보호인: 윤다온, 02-555-0310",
    "- 개인정보 보호책임자(신용정보관리·보호인 겸임): 상무 윤다온, 02-555-0310",
    "- 신용정보관리·보호인: 준법감시인 윤다온, 02-555-0310",
  ])("must not fire: %s", async (line) => {
    expect(await findingsOf("dpo-contact", section(line))).toEqual([]);
  });
  it("must fire where the joined label gives only a phone", async () => {
    const findings = await findingsOf("dpo-contact", section("- 개인정보 보호책임자 겸 신용정보관리·보호인: 02-555-0310"));
    expect(findings.map((f) => f.messageId)).toEqual(["noName"]);
  });
});

// a school or a district office gives its own local number without the area code, labelled as a phone
describe("dpo-contact: a local number labelled as a phone", () => {
  const school = (contact: string) => ["한빛초등학교 개인정보 처리방침", "", "9. 개인정보 보호책임자", contact];
  it.each(["- 개인정보 보호책임자: 교감 박선영 (전화 2617-3302)", "- 개인정보 보호책임자: 교감 박선영, ☎ 2617-3302"])(
    "must not fire: %s",
    async (contact) => {
      expect(await findingsOf("dpo-contact", school(contact))).toEqual([]);
    },
  );
  it("still fires on a bare number with no label (a room, a count)", async () => {
    expect((await findingsOf("dpo-contact", school("- 개인정보 보호책임자: 교감 박선영 (본관 2617-3302호)"))).length).toBe(1);
  });
});
