import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf, readSeed } from "../helpers.js";

const policy = (...section: string[]) => ["별빛서점 개인정보 처리방침", "", "1. 처리 목적", "도서 주문을 처리합니다.", "", ...section];

describe("processor-disclosure", () => {
  describe("under chapters (제N장) that group articles", () => {
    const chaptered = (...entrustment: string[]) => [
      "한빛군 개인정보 처리방침",
      "제2장 개인정보의 제공과 위탁",
      "제8조(개인정보의 제3자 제공) 군은 개인정보를 제3자에게 제공하지 않는다.",
      ...entrustment,
      "제3장 정보주체의 권리",
      "제10조(개인정보 보호책임자) 기획실장 윤슬기(031-000-0000)",
    ];

    it("reads the entrustment article, not the chapter whose title names entrustment", async () => {
      const text = chaptered(
        "제9조(개인정보 처리업무의 위탁) 군은 다음과 같이 맡긴다.",
        "| 수탁자 | 위탁업무 |",
        "| ㈜다솜정보 | 누리집 관리 |",
      );
      expect(await linesOf("processor-disclosure", text)).toEqual([]);
    });

    it("reads the entrustment article under a Markdown chapter heading", async () => {
      const text = [
        "# 한빛군 개인정보 처리방침",
        "## 제2장 개인정보의 제공과 위탁",
        "### 제8조(개인정보의 제3자 제공)",
        "군은 개인정보를 제3자에게 제공하지 않는다.",
        "### 제9조(개인정보 처리업무의 위탁)",
        "군은 업무 일부를 외부에 맡길 수 있다.",
        "## 제3장 정보주체의 권리",
        "### 제10조(개인정보 보호책임자)",
        "기획실장 윤슬기(031-000-0000)",
      ];
      expect((await findingsOf("processor-disclosure", text, "markdown")).map((f) => f.line)).toEqual([5]);
    });

    it("fires at the entrustment article that names no processor", async () => {
      const text = chaptered("제9조(개인정보 처리업무의 위탁) 군은 업무 일부를 외부에 맡길 수 있다.");
      expect((await findingsOf("processor-disclosure", text)).map((f) => f.line)).toEqual([4]);
    });
  });

  describe("fires", () => {
    it("when a list is announced and never comes, at the heading", async () => {
      const text = policy(
        "2. 개인정보 처리의 위탁",
        "당사는 아래와 같이 개인정보 처리 업무를 맡기고 있습니다.",
        "",
        "3. 파기",
        "지체 없이 파기합니다.",
      );
      const findings = await findingsOf("processor-disclosure", text);
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[6, "announcedNotListed"]]);
    });

    it("on the row whose task cell is empty", async () => {
      const text = policy("2. 처리 위탁", "수탁자 | 위탁업무", "바다로지스 | 도서 배송", "누리콜센터 | ");
      expect(await linesOf("processor-disclosure", text)).toEqual([9]);
    });

    it("on the row whose processor cell is empty, naming the task that has no processor", async () => {
      const text = policy("## 2. 처리 위탁", "", "| 수탁자 | 위탁업무 |", "| --- | --- |", "|  | 결제 처리 |");
      const findings = await findingsOf("processor-disclosure", text, "markdown");
      expect(findings.map((f) => [f.line, f.messageId, f.message])).toEqual([
        [10, "emptyProcessorForTask", "위탁업무 '결제 처리'의 수탁자가 비어 있습니다: 그 업무를 맡은 업체명을 적으십시오"],
      ]);
    });

    // a delimited row whose first cell is empty or a dash arrives without that cell: the task is not the processor
    for (const [shape, row] of [
      ["a dash", "- | 반품 회수 접수"],
      ["nothing", " | 반품 회수 접수"],
      ["a dash, bordered", "| - | 반품 회수 접수 |"],
    ] as const)
      it(`on the row whose processor cell holds ${shape}: the processor is missing for that task`, async () => {
        const bordered = row.startsWith("|");
        const text = policy(
          "2. 처리 위탁",
          bordered ? "| 수탁자 | 위탁업무 |" : "수탁자 | 위탁업무",
          bordered ? "| 새길물류㈜ | 상품 배송 |" : "새길물류㈜ | 상품 배송",
          row,
        );
        const findings = await findingsOf("processor-disclosure", text);
        expect(findings.map((f) => [f.line, f.messageId])).toEqual([[9, "emptyProcessorForTask"]]);
        expect(findings[0].message).toContain("'반품 회수 접수'의 수탁자가 비어 있습니다");
      });

    it("must not fire on rows that give both the processor and its task", async () => {
      const text = policy("2. 처리 위탁", "수탁자 | 위탁업무", "새길물류㈜ | 상품 배송", "바른결제 주식회사 | 카드 결제");
      expect(await linesOf("processor-disclosure", text)).toEqual([]);
    });

    it("when processors are given only by their kind", async () => {
      const text = policy("2. 처리 위탁", "- 결제대행사: 카드 결제", "- 물류 업체: 배송");
      expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([
        [7, "unnamedProcessor"],
        [8, "unnamedProcessor"],
      ]);
    });

    it("on template blanks after the labels", async () => {
      const text = policy("2. 처리 위탁", "- 위탁받는 자 (수탁자) :", "- 위탁하는 업무의 내용 : ");
      expect((await findingsOf("processor-disclosure", text)).map((f) => f.messageId)).toEqual(["emptyProcessor", "emptyTaskField"]);
    });

    it("when entrustment is only possible in general terms and no processor is named anywhere", async () => {
      const text = policy("2. 외부 서비스", "필요한 경우 업무 일부를 외부 전문업체에 위탁할 수 있습니다.");
      expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[7, "vague"]]);
    });
  });

  describe("does not fire", () => {
    it("on a complete table", async () => {
      const text = policy("2. 처리 위탁", "수탁업체 | 위탁업무 내용", "바다로지스㈜ | 도서 배송", "페이온 주식회사 | 결제 처리");
      expect(await linesOf("processor-disclosure", text)).toEqual([]);
    });

    it("on 'name: task' list items with company names it has never seen", async () => {
      const text = policy("2. 처리 위탁", "회사는 다음과 같이 위탁합니다.", "- 바다로지스: 도서 배송", "- 달빛정보통신: 문자 발송");
      expect(await linesOf("processor-disclosure", text)).toEqual([]);
    });

    it("on a statement that nothing is entrusted", async () => {
      expect(await linesOf("processor-disclosure", policy("2. 처리 위탁", "회사는 개인정보 처리업무를 위탁하고 있지 않습니다."))).toEqual(
        [],
      );
    });

    it("on a policy that never mentions entrustment", async () => {
      expect(await linesOf("processor-disclosure", policy("2. 보유 기간", "탈퇴 시까지 보유합니다."))).toEqual([]);
    });

    it("on the Art. 26 boilerplate when a table follows", async () => {
      const text = policy(
        "2. 처리 위탁",
        "위탁계약 체결 시 재위탁 제한, 수탁자에 대한 관리·감독 등을 문서에 명시합니다.",
        "위탁받는 자 | 위탁하는 업무의 내용",
        "구름데이터센터 | 서버 운영",
      );
      expect(await linesOf("processor-disclosure", text)).toEqual([]);
    });
  });

  describe("seeds", () => {
    it.each([
      ["000_db5f55dfc5c8a39a.txt", [46]],
      ["001_186b834dc1e90dc3.txt", []],
      ["002_f560904eedbd5243.txt", []],
      ["003_56b8b555a71aed3b.txt", [44]],
      ["004_d6aa57df349846ed.txt", []],
    ])("%s", async (seed, lines) => {
      expect(await linesOf("processor-disclosure", readSeed(seed))).toEqual(lines);
    });
  });
});

describe("a table flattened one cell per line, then prose", () => {
  // a scraped table: each cell on its own line, blank lines between, and the section's closing sentence after it
  const flattened = (...after: string[]) => [
    "하늘정원 한의원 개인정보 처리방침",
    "",
    "5. 개인정보 처리업무의 위탁",
    "한의원은 아래 업체에 개인정보 처리업무를 맡기고 있습니다.",
    "",
    "수탁업체",
    "",
    "위탁업무 내용",
    "",
    "㈜온기록",
    "",
    "진료 예약 시스템 관리",
    "",
    "누리문자 주식회사",
    "",
    "예약 확인 문자 발송",
    ...after,
  ];

  it("does not read the sentence after the last row as a processor with no task", async () => {
    const closing = "한의원은 수탁업체와의 계약서에 재위탁 금지와 안전 관리 의무를 적고, 이를 지키는지 정기적으로 살핍니다.";
    expect(await linesOf("processor-disclosure", flattened("", closing))).toEqual([]);
    expect(await linesOf("processor-disclosure", flattened(closing))).toEqual([]);
    expect(await linesOf("processor-disclosure", flattened("", "", closing))).toEqual([]);
  });

  it("ends the table at the prose, so the rows before it keep their cells", async () => {
    const text = flattened("", "위탁 내용이 바뀌면 이 처리방침을 고쳐 알려 드립니다.", "", "6. 파기", "지체 없이 파기합니다.");
    const document = await parsePolicy(text.join("\n"), "text");
    const [table] = document.tables;
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["㈜온기록", "진료 예약 시스템 관리"],
      ["누리문자 주식회사", "예약 확인 문자 발송"],
    ]);
    expect(table.endLine).toBe(16);
  });

  it("still fires on a row that lost its task cell before the prose", async () => {
    const text = flattened("", "㈜새빛클라우드", "", "수탁업체는 위탁받은 업무 외의 목적으로 개인정보를 처리하지 않습니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[18, "emptyTask"]]);
  });

  it("keeps a task cell worded as a sentence, which does not open on its topic, in its row", async () => {
    const text = flattened("", "㈜새빛클라우드", "", "예약 자료를 매일 밤 백업하고 보관합니다.");
    expect(await linesOf("processor-disclosure", text)).toEqual([]);
  });

  it("does not read a sentence after rows whose cells ran together as one more row", async () => {
    const text = [
      "하늘정원 한의원 개인정보 처리방침",
      "",
      "5. 개인정보 처리업무의 위탁",
      "수탁자위탁업무",
      "㈜온기록진료 예약 관리",
      "한의원은 수탁자가 계약을 지키는지 해마다 점검합니다.",
    ];
    expect(await linesOf("processor-disclosure", text)).toEqual([]);
  });

  it("keeps a short cell that ends like a verb ('해당 없음', a name ending in 다) inside the table", async () => {
    const text = flattened("", "㈜한바다", "", "해당 없음");
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.tables[0].rows.map((row) => row.cells.map((cell) => cell.text))).toContainEqual(["㈜한바다", "해당 없음"]);
  });
});

describe("sections about a narrower item", () => {
  it("does not take '가명정보 처리의 위탁' inside the pseudonymised-data section for the processors' section", async () => {
    const text = [
      "온누리 개인정보 처리방침",
      "",
      "제5조 (개인정보 처리의 위탁)",
      "회사는 개인정보 처리업무를 위탁하지 않습니다.",
      "제6조 (가명정보의 처리)",
      "1. 가명정보 처리의 위탁에 관한 사항",
      "2. 가명처리하는 개인정보의 항목",
    ];
    expect(await linesOf("processor-disclosure", text)).toEqual([]);
  });
});

describe("a denial that does not deny", () => {
  it("fires when 'not without consent' is followed by a list announced and never given", async () => {
    const text = [
      "온누리 개인정보 처리방침",
      "",
      "6. 개인정보 처리의 위탁",
      "회사는 정보주체의 동의 없이 개인정보 처리를 외부에 위탁하지 않습니다.",
      "회사는 아래와 같이 개인정보 처리를 위탁하고 있습니다.",
      "7. 문의",
      "전화 02-000-0000",
    ];
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "announcedNotListed"]]);
  });
  it("still takes a plain denial for no entrustment", async () => {
    const text = [
      "온누리 개인정보 처리방침",
      "",
      "6. 개인정보 처리의 위탁",
      "회사는 개인정보 처리를 위탁하지 않습니다.",
      "7. 문의",
      "전화 02-000-0000",
    ];
    expect(await linesOf("processor-disclosure", text)).toEqual([]);
  });
});

describe("processors left to another place", () => {
  it("says the list is left to a board or page", async () => {
    const text = [
      "온누리 개인정보 처리방침",
      "",
      "5. 개인정보 처리의 위탁",
      "회사는 위탁업무의 내용과 수탁자를 누리집 게시판을 통하여 공개하고 있습니다.",
      "6. 문의",
      "전화 02-000-0000",
    ];
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "listElsewhere"]]);
  });
});

describe("tasks without processors", () => {
  it("says the companies are missing when the tasks are listed", async () => {
    const text = [
      "온누리 개인정보 처리방침",
      "",
      "5. 개인정보 처리의 위탁",
      "회사는 서비스를 위해 처리 업무를 외부 업체에 위탁할 수 있습니다.",
      "가. 위탁 업무 내용",
      "   - 서버 운영",
      "   - 고객 상담",
      "6. 문의",
      "전화 02-000-0000",
    ];
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "tasksWithoutProcessor"]]);
  });
});

describe("processor-disclosure: a paragraph right under a text table", () => {
  const table = [
    "5. 개인정보 처리업무의 위탁",
    "센터는 다음과 같이 업무를 맡깁니다.",
    "  수탁자 위탁업무",
    "  (주)새벽배송 주문 상품 배달",
    "  (주)모아문자 안내 문자 발송",
  ];

  it("does not read the wrapped lines of the paragraph as processors with no task", async () => {
    const paragraph = [
      "센터는 위탁계약을 맺을 때 「개인정보 보호법」 제26조에 따라 목적 외 처리 금지와 재위탁 제한,",
      "관리·감독에 관한 사항을 계약서에",
      "적어 둡니다.",
    ];
    expect(await linesOf("processor-disclosure", [...table, ...paragraph])).toEqual([]);
  });

  it("still reports a row whose task is missing", async () => {
    expect(await linesOf("processor-disclosure", [...table, "  (주)하늘서버"])).toEqual([6]);
  });
});

// a tab-separated row's last cell is empty when only its trailing tab is left: a blank where other rows fill the column
describe("a tab-separated processor row whose task cell is empty", () => {
  const entrusted = (...rows: string[]) =>
    policy("2. 개인정보 처리의 위탁", "서점은 다음과 같이 개인정보 처리를 위탁합니다.", "", "수탁자\t위탁 업무", ...rows);
  it("fires at the row when other rows give their tasks", async () => {
    const text = entrusted("한결정보㈜\t회원 관리 시스템 운영", "㈜소리전송\t", "누리택배\t도서 배송");
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[11, "emptyTask"]]);
  });
  it("does not fire when the row gives its task", async () => {
    expect(
      await linesOf("processor-disclosure", entrusted("한결정보㈜\t회원 관리 시스템 운영", "㈜소리전송\t주문 알림 문자 발송")),
    ).toEqual([]);
  });
  it("does not fire when no row fills the task column (the tabs may be alignment)", async () => {
    expect(await linesOf("processor-disclosure", entrusted("한결정보㈜\t", "㈜소리전송\t"))).toEqual([]);
  });
});

// short policies and text that lost its line breaks run the processors on after the announcement: "… 위탁합니다.
// ㈜가온: 결제 / ㈜나래: 문자 발송", or "① … ② …" paragraphs on one line
describe("processors run together on one line", () => {
  const entrusted = (...lines: string[]) => policy("2. 개인정보 처리업무의 위탁", ...lines, "", "3. 보유 기간", "탈퇴 시까지 보유합니다.");
  const found = async (lines: string[]) => (await findingsOf("processor-disclosure", lines)).map((f) => [f.line, f.messageId]);

  describe("does not fire", () => {
    it.each([
      ["separated by a slash", "서점은 다음과 같이 업무를 위탁합니다. 한결정보: 회원 관리 시스템 운영 / 누리택배: 도서 배송."],
      ["separated by a semicolon", "서점은 다음과 같이 업무를 위탁합니다. 한결정보: 회원 관리 시스템 운영; 누리택배: 도서 배송"],
      ["separated by a middle dot", "서점은 아래와 같이 업무를 위탁합니다. 한결정보: 회원 관리 · 누리택배: 도서 배송"],
      ["separated by a comma", "서점은 다음과 같이 업무를 위탁합니다. 한결정보: 회원 관리 시스템 운영, 누리택배: 도서·음반 배송."],
      [
        "the task before the company",
        "서점은 다음과 같이 업무를 위탁합니다. 회원 관리 시스템 운영: 한결정보 주식회사 / 도서 배송: 누리택배㈜.",
      ],
      [
        "each task in brackets after its company",
        "서점은 다음과 같이 업무를 위탁합니다. 한결정보(회원 관리 시스템 운영), 누리택배(도서 배송).",
      ],
      [
        "in circled paragraphs on one line",
        "① 서점은 다음과 같이 업무를 위탁합니다. 한결정보: 회원 관리 / 누리택배: 도서 배송. ② 위탁계약 시 재위탁 제한과 관리·감독을 문서로 정합니다.",
      ],
    ])("the pairs after the announcement, %s", async (_, line) => {
      expect(await found(entrusted(line))).toEqual([]);
    });

    it("the pairs on the line after the announcement", async () => {
      expect(await found(entrusted("서점은 다음과 같이 업무를 위탁합니다.", "한결정보: 회원 관리 시스템 운영"))).toEqual([]);
    });
  });

  describe("fires", () => {
    it("at the line, when the run-in processors are only kinds", async () => {
      expect(await found(entrusted("서점은 다음과 같이 업무를 위탁합니다. 결제 대행사: 카드 결제 / 택배사: 도서 배송."))).toEqual([
        [7, "unnamedProcessor"],
      ]);
    });

    it("at the heading, when what follows the announcement is a field of the entrustment, not a processor", async () => {
      expect(await found(entrusted("서점은 다음과 같이 업무를 위탁합니다. 위탁기간: 위탁계약 종료 시까지."))).toEqual([
        [6, "announcedNotListed"],
      ]);
    });

    it("at the heading, when the circled paragraph after the announcement gives only the contract's terms", async () => {
      const line = "① 서점은 다음과 같이 업무를 위탁합니다. ② 위탁계약 시 목적 외 처리 금지(제26조), 재위탁 제한을 문서로 정합니다.";
      expect(await found(entrusted(line))).toEqual([[6, "announcedNotListed"]]);
    });
  });
});

describe("processors given by what they do, not who they are", () => {
  const entrusting = (...entries: string[]) =>
    policy("2. 개인정보 처리업무의 위탁", "회사는 다음과 같이 개인정보 처리업무를 맡기고 있습니다.", ...entries);
  const kinds = async (lines: string[]) => (await findingsOf("processor-disclosure", lines)).map((f) => [f.line, f.messageId, f.message]);

  it.each([
    ["a task and a generic company noun after it", "콜센터 위탁 운영업체"],
    ["maintenance, spaced", "전산 유지보수 업체"],
    ["outsourcing", "정보시스템 아웃소싱 업체"],
    ["partner, run together", "국외 제휴업체"],
    ["all run together", "고객센터전문운영업체"],
    // what a business does in a trade of its own: checking identities, assessing losses, giving advice
    ["an identity-checking body", "본인확인기관"],
    ["a real-name check, spaced", "실명확인 업체"],
    ["a loss adjuster", "손해사정법인"],
    ["an advisory body", "의료자문 기관"],
  ])("fires on a list entry that is only a kind: %s", async (_, kind) => {
    const text = entrusting("- 한빛정보 주식회사: 회원 관리 시스템 운영", `- ${kind}: 회원 문의 응대`);
    expect(await kinds(text)).toEqual([[9, "unnamedProcessor", `수탁자를 업체 종류('${kind}')로만 적었습니다: 업체명을 밝히십시오`]]);
  });

  it("fires on a table cell that is only a kind", async () => {
    const text = policy("2. 처리 위탁", "수탁자 | 위탁업무", "바른결제㈜ | 카드 결제", "시스템 유지관리 회사 | 누리집 관리");
    expect((await kinds(text)).map(([line, messageId]) => [line, messageId])).toEqual([[9, "unnamedProcessor"]]);
  });

  it("reads '위탁업체: task' as an entry when the items beside it are 'name: task' entries", async () => {
    const text = entrusting("1. 한빛정보 주식회사: 회원 관리 시스템 운영", "2. 위탁업체: 회원 문의 응대");
    expect((await kinds(text)).map(([line, messageId]) => [line, messageId])).toEqual([[9, "unnamedProcessor"]]);
  });

  it("calls a named processor followed by '등' and a kind open-ended", async () => {
    const text = entrusting("- 수탁업체: 새길택배㈜ 등 배송업체", "- 위탁업무: 주문 상품 배송");
    expect((await kinds(text)).map(([line, messageId]) => [line, messageId])).toEqual([[8, "vagueProcessor"]]);
  });

  it.each([["- CMS 출금대행기관: 후원금 자동이체 출금"], ["- 시공 협력업체 (목공, 전기, 타일, 도배): 현장 일정 조율"]])(
    "calls a kind of the trades' or the payments' work, or one with the trades it covers in brackets, a kind: %s",
    async (item) => {
      expect((await kinds(entrusting(item))).map(([line, messageId]) => [line, messageId])).toEqual([[8, "unnamedProcessor"]]);
    },
  );

  it("takes companies named in brackets after their kind for names", async () => {
    expect(await kinds(entrusting("- 시공 협력업체 (한빛목공, 누리전기): 현장 일정 조율"))).toEqual([]);
  });

  it.each([["- 수탁업체: 새길택배㈜ 등 2개 업체"], ["- 수탁업체: 새길택배㈜ 외 3곳"], ["- 수탁업체: 새길택배㈜ 외 2개사"]])(
    "calls a named processor and the rest counted, not named, open-ended: %s",
    async (item) => {
      const text = entrusting(item, "- 위탁업무: 주문 상품 배송");
      expect((await kinds(text)).map(([line, messageId]) => [line, messageId])).toEqual([[8, "vagueProcessor"]]);
    },
  );

  // the item's own mark is no part of the name the message quotes
  it.each([
    ["  ㄹ. 새길택배㈜ 외 2개사: 주문 상품 배송"],
    ["(ㄷ) 새길택배㈜ 외 2개사: 주문 상품 배송"],
    ["다. 새길택배㈜ 외 2개사: 주문 상품 배송"],
  ])("quotes the processor without the mark of its item: %s", async (item) => {
    expect(await kinds(entrusting(item))).toEqual([
      [8, "vagueProcessor", "수탁자를 확정하지 않은 표현('새길택배㈜ 외 2개사')으로 적었습니다"],
    ]);
  });

  it.each([
    ["what the trade delivers before its kind", "- 새길택배㈜ 등 유아용품 배송업체: 출산 선물 배송"],
    ["a delivery trade written as one word", "- 새길택배㈜ 등 새벽배송 업체: 식재료 배송"],
  ])("calls a named processor followed by '등' and a longer kind open-ended: %s", async (_, item) => {
    expect((await kinds(entrusting(item))).map(([line, messageId]) => [line, messageId])).toEqual([[8, "vagueProcessor"]]);
  });

  it.each([
    ["a company with 주식회사 before it", "주식회사 바로결제"],
    ["a company with 주식회사 after it", "누리콜 주식회사"],
    ["a Latin name", "Hanbit Cloud Inc."],
    ["a name before a kind", "새벽정보통신 유지보수 업체"],
    ["an acronym that is a name before a kind", "KCP 결제대행사"],
    ["a law firm by its name", "법무법인 한결"],
    ["an identity-checking company by its name", "누리본인확인 주식회사"],
  ])("does not fire on a name: %s", async (_, name) => {
    const text = entrusting(`- ${name}: 회원 문의 응대`, "- 한빛정보 주식회사: 회원 관리 시스템 운영");
    expect(await kinds(text)).toEqual([]);
  });

  it("keeps a label whose value names a company a label, though a 'name: task' entry stands beside it", async () => {
    const text = entrusting("- 수탁업체: ㈜한빛택배", "- ㈜누리정보: 서버 운영");
    expect(await kinds(text)).toEqual([]);
  });

  it("keeps '위탁업체' and '수탁업체' as labels over the name when the lines beside them are labels", async () => {
    const text = entrusting("- 위탁업체: 한빛물류", "- 위탁업무: 상품 배송", "- 국내 수탁업체: 누리정보", "- 위탁업무: 서버 운영");
    expect(await kinds(text)).toEqual([]);
  });
});

describe("processor-disclosure: a revision history", () => {
  const withHistory = (...history: string[]) => [
    "새솔센터 개인정보 처리방침",
    "",
    "1. 개인정보 처리업무의 위탁",
    "센터는 다음과 같이 위탁합니다.",
    "수탁자 | 위탁업무",
    "누리전산㈜ | 전산 유지보수",
    "",
    "2. 처리방침의 변경",
    "이 방침은 2025. 4. 1.부터 시행합니다.",
    ...history,
  ];

  it.each([
    ["○ bullets", ["○ 2021. 2. 1. 제정", "○ 2023. 5. 10. 개정(수탁업체 추가)"]],
    ["○ bullets with the revision's number", ["○ 제1차 개정(2023.5.10.) 위탁업체 변경"]],
  ])("must not fire on %s that name a change of processor", async (_, history) => {
    expect(await linesOf("processor-disclosure", withHistory(...history))).toEqual([]);
  });

  it("must still fire on a real entrustment section with no processor", async () => {
    const text = [
      "새솔센터 개인정보 처리방침",
      "",
      "1. 개인정보 처리업무의 위탁",
      "센터는 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.",
      "",
      "2. 처리방침의 변경",
      "○ 2023. 5. 10. 개정(수탁업체 추가)",
    ];
    expect(await linesOf("processor-disclosure", text)).toEqual([3]);
  });
});

describe("processor-disclosure: a processor field filled with a kind", () => {
  const entrusted = (...lines: string[]) => [
    "새솔센터 개인정보 처리방침",
    "",
    "1. 개인정보 처리업무의 위탁",
    "센터는 다음과 같이 위탁합니다.",
    ...lines,
  ];

  it.each([
    ["with the task's field after it on the line", "- 수탁업체 : 알림톡 발송 업체 / 위탁업무 : 예약 안내"],
    ["with the kind again in brackets", "- 수탁자 : 결제대행사(PG사)"],
    ["with a head noun alone", "- 수탁자 : 업체"],
  ])("must fire: %s", async (_, line) => {
    const findings = await findingsOf("processor-disclosure", entrusted(line));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "unnamedProcessor"]]);
  });

  it.each([
    ["a company with the task after it", "- 수탁업체 : 누리전산㈜ / 위탁업무 : 예약 안내"],
    ["a company with its kind in brackets", "- 수탁자 : 다온페이(PG사)"],
  ])("must not fire: %s", async (_, line) => {
    expect(await linesOf("processor-disclosure", entrusted(line))).toEqual([]);
  });
});

// processors listed as the titles of items ("1. 한빛물류", "▶ 누리콜"), each with its task as a field under it
describe("processors as the titles of items with their tasks under them", () => {
  const articles = (...entrustment: string[]) => [
    "별무리페이 개인정보 처리방침",
    "",
    "제1조 (처리 목적)",
    "회사는 간편결제 서비스 제공을 위하여 개인정보를 처리합니다.",
    "",
    "제2조 (개인정보 처리업무의 위탁)",
    "회사는 원활한 업무 처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.",
    ...entrustment, // 8
    "",
    "제3조 (개인정보의 파기)",
    "회사는 보유 기간이 끝난 개인정보를 지체 없이 파기합니다.",
  ];

  it.each([
    [
      "numbered titles, one field each",
      ["  1. 누리콜센터", "    - 위탁 업무: 고객 문의 응대", "  2. 한빛물류", "    - 위탁 업무: 상품 배송"],
    ],
    [
      "'1)' titles with '가.' fields",
      [
        "1) 누리콜센터",
        "  가. 위탁 업무: 고객 문의 응대",
        "  나. 위탁 기간: 계약 종료 시까지",
        "2) 한빛물류",
        "  가. 위탁 업무: 상품 배송",
      ],
    ],
    ["'▶' titles", ["▶ 누리콜센터", "  - 위탁 업무: 고객 문의 응대", "▶ 한빛물류", "  - 위탁 업무: 상품 배송"]],
  ])("does not fire: %s", async (_, lines) => {
    expect(await linesOf("processor-disclosure", articles(...lines))).toEqual([]);
  });

  it("fires on the title that gives only a kind", async () => {
    const findings = await findingsOf(
      "processor-disclosure",
      articles("  1. 누리콜센터", "    - 위탁 업무: 고객 문의 응대", "  2. 택배사", "    - 위탁 업무: 상품 배송"),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[10, "unnamedProcessor"]]);
  });
});

// a table typed with spaces (a PDF's or a word processor's text, an e-mail) rarely keeps every cell under its header:
// a long name pushes the task to the right, padding falls a column short, and the task is still the row's second cell
describe("processor-disclosure: a space-padded table whose cells are out of line with the header", () => {
  const entrusted = (...rows: string[]) =>
    policy("2. 개인정보 처리업무의 위탁", "서점은 다음과 같이 개인정보 처리를 맡깁니다.", "", ...rows);

  it("does not fire when a name overflows its column or a task starts short of it", async () => {
    const text = entrusted(
      "수탁자                      위탁업무",
      "한울데이터센터서비스 유한회사   전산 장비 위탁 운영",
      "㈜바람문자                 주문 안내 문자 발송",
      "달빛물류                     도서 배송",
    );
    expect(await linesOf("processor-disclosure", text)).toEqual([]);
  });

  it("does not fire on a lone row whose task starts left of the header's column", async () => {
    expect(
      await linesOf("processor-disclosure", entrusted("수탁자                          위탁업무", "가람결제대행    카드 결제 처리")),
    ).toEqual([]);
  });

  it("still reports a row that names a processor and no task", async () => {
    const text = entrusted(
      "수탁자             위탁업무              위탁기간",
      "누리호스팅 유한책임회사   서버 운영            계약 종료 시까지",
      "㈜바람문자                                 계약 종료 시까지",
    );
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[11, "emptyTask"]]);
  });
});

describe("processor-disclosure: a public body as the processor, as a <dt> or under '수탁기관:'/'업체명:'", () => {
  const page = (name: string) =>
    [
      "<html><body><h1>새솔 재가복지센터 개인정보 처리방침</h1>",
      "<h2>5. 개인정보 처리업무의 위탁</h2>",
      "<p>센터는 다음 기관에 개인정보 처리업무를 맡기고 있습니다.</p>",
      "<dl>",
      `  <dt>${name}</dt>`,
      "  <dd>위탁 업무: 돌봄 기록 시스템 운영</dd>",
      "</dl></body></html>",
    ].join("\n");
  it.each(["한국보건복지정보개발원", "강서구청"])("must not fire: <dt>%s</dt>", async (name) => {
    expect(await findingsOf("processor-disclosure", page(name), "html")).toEqual([]);
  });
  it("must fire: a <dt> that is only a kind", async () => {
    expect((await findingsOf("processor-disclosure", page("전산 업체"), "html")).map((f) => f.messageId)).toEqual(["unnamedProcessor"]);
  });

  const list = (label: string, name: string) =>
    policy("2. 처리 위탁", "서점은 다음과 같이 개인정보 처리업무를 위탁합니다.", `- ${label}: ${name}`, "- 위탁 업무: 주차 요금 정산");
  it.each([
    ["수탁기관", "마포구시설관리공단"],
    ["업체명", "강서구청"],
  ])("must not fire: '%s: %s'", async (label, name) => {
    expect(await findingsOf("processor-disclosure", list(label, name))).toEqual([]);
  });
  it.each(["수탁기관", "업체명"])("must fire: '%s:' that gives a kind", async (label) => {
    expect((await findingsOf("processor-disclosure", list(label, "전산 업체"))).map((f) => [f.line, f.messageId])).toEqual([
      [8, "unnamedProcessor"],
    ]);
  });
});

// A small policy may entrust its work in one sentence instead of a list: the parties are then what stands before
// 에(게) on the way to "위탁합니다", with the work as its object between them.
describe("processors given in a sentence", () => {
  const entrusting = (sentence: string) => policy("2. 개인정보 처리의 위탁", sentence, "", "3. 개인정보의 파기", "기간이 끝나면 지웁니다.");

  it.each([
    ["companies joined by 와", "별빛서점은 주문한 책을 보내기 위해 한솔택배와 가람정보통신에 배송 및 전산 업무를 위탁합니다."],
    ["companies in a list", "별빛서점은 결제와 알림을 위하여 누리페이, 소리문자에게 결제 처리와 문자 발송 업무를 위탁하고 있습니다."],
    ["a marked company", "별빛서점은 (주)다온시스템에 서버 관리 업무를 위탁하고 있습니다."],
    ["companies with a list of tasks", "별빛서점은 한솔택배, 가람정보통신에 포장, 배송, 전산 관리 업무를 위탁합니다."],
  ])("accepts %s", async (_, sentence) => {
    expect(await findingsOf("processor-disclosure", entrusting(sentence))).toEqual([]);
  });

  it.each([
    [
      "kinds in a list closed by 등",
      "별빛서점은 원활한 운영을 위하여 카드 결제 대행사, 도서 배송 업체 등 외부 업체에 처리 업무를 위탁하고 있습니다.",
      "unnamedProcessor",
    ],
    ["kinds joined by 과", "별빛서점은 택배사와 문자 발송 대행사에 업무를 위탁합니다.", "unnamedProcessor"],
    ["one company and the rest left to a kind", "별빛서점은 한솔택배 등 배송 업체에 배송 업무를 위탁합니다.", "vagueProcessor"],
  ])("reports %s at the sentence, quoting the parties", async (_, sentence, messageId) => {
    const findings = await findingsOf("processor-disclosure", entrusting(sentence));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, messageId]]);
    expect(findings[0].message).toContain(sentence.includes("한솔택배 등") ? "한솔택배 등 배송 업체" : "업체");
  });

  // the tasks entrusted given as a short list between the parties and the verb
  it.each([
    [
      "one company and the rest left to a count",
      "별빛서점은 ㈜한솔택배 외 2개사에 포장, 배송, 반품 회수 업무를 위탁하고 있습니다.",
      "vagueProcessor",
      "㈜한솔택배 외 2개사",
    ],
    ["a kind", "별빛서점은 택배사에 포장, 배송, 반품 회수 업무를 위탁합니다.", "unnamedProcessor", "택배사"],
  ])("reports %s before a list of tasks, quoting the parties", async (_, sentence, messageId, parties) => {
    const findings = await findingsOf("processor-disclosure", entrusting(sentence));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, messageId]]);
    expect(findings[0].message).toContain(`'${parties}'`);
  });

  it("does not take a statute cited before the verb for a party", async () => {
    const text = entrusting("별빛서점은 개인정보 보호법 제26조에 따라 다음과 같이 처리 업무를 위탁하고 있습니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.messageId)).toEqual(["announcedNotListed"]);
  });
});

describe("processor-disclosure: kinds entrusted in a sentence beside a named processor", () => {
  const section = (...lines: string[]) => policy("2. 개인정보 처리업무의 위탁", ...lines, "", "3. 보유 기간", "탈퇴 시까지 보유합니다.");
  const at = async (lines: string[]) =>
    (await findingsOf("processor-disclosure", lines)).map((f) => [f.line, f.messageId, f.message.match(/'(.*)'/)?.[1]]);

  it("fires at the sentence, quoting the kinds, when it may entrust work to kinds of company", async () => {
    const text = section(
      "서점은 도서 배송과 카드 결제를 택배사, 전자지급결제대행사 등에 위탁할 수 있습니다.",
      "회원 정보는 한결클라우드㈜의 서버에 보관합니다.",
      "- 한결클라우드㈜: 서버 호스팅",
    );
    expect(await at(text)).toEqual([[7, "unnamedProcessor", "택배사, 전자지급결제대행사 등"]]);
  });

  it("fires on the stated form with the work before the kinds too", async () => {
    const text = section("- 한결클라우드㈜: 서버 호스팅", "고객 문의 응대 업무는 콜센터 운영 대행사에 위탁하고 있습니다.");
    expect(await at(text)).toEqual([[8, "unnamedProcessor", "콜센터 운영 대행사"]]);
  });

  it("does not fire on a sentence about the named list or a bare 'outside company'", async () => {
    for (const sentence of [
      "서점은 필요한 경우 위 업체에 추가 업무를 위탁할 수 있습니다.",
      "서점은 서비스 향상을 위하여 외부 전문업체에 업무를 위탁할 수 있습니다.",
      "서점은 아래와 같이 외부 업체에 업무를 위탁하고 있습니다.",
    ])
      expect(await at(section(sentence, "- 한결클라우드㈜: 서버 호스팅", "- 누리택배㈜: 도서 배송"))).toEqual([]);
  });

  it("reads companies named with the work before them as named", async () => {
    expect(await at(section("서점은 도서 배송 업무를 누리택배㈜, 한솔물류㈜에 위탁합니다."))).toEqual([]);
  });
});

describe("entrustment denied in other words", () => {
  const withEntrustment = (...body: string[]) => [
    "다솜공방 개인정보 처리방침",
    "",
    "4. 처리업무의 위탁",
    ...body,
    "5. 문의",
    "전화 02-111-2222",
  ];

  it.each([
    ["a native verb", "공방은 고객 정보를 다루는 일을 바깥 업체에 맡기지 않습니다."],
    ["a native verb in the progressive", "공방은 주문 처리를 외부 회사에 맡기고 있지 않습니다."],
    ["no task entrusted", "현재 위탁하고 있는 업무가 없습니다."],
    ["no processor entrusted with the work", "주문 정보의 처리를 위탁한 회사는 없습니다."],
    ["no fact of handing it over", "공방이 외부에 고객 정보 처리를 맡긴 사실이 없습니다."],
    [
      "a denial, then a promise for a later entrustment",
      "공방은 처리 업무를 외부에 맡기지 않습니다. 나중에 위탁하게 되면 수탁자와 업무를 이 방침에 밝히겠습니다.",
    ],
  ])("takes %s for no entrustment", async (_, sentence) => {
    expect(await linesOf("processor-disclosure", withEntrustment(sentence))).toEqual([]);
  });

  it("fires when the section only promises to disclose an entrustment once it happens", async () => {
    const text = withEntrustment("공방이 처리 업무를 맡기게 되면 그 업체와 업무를 누리집에 알리겠습니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.line)).toEqual([3]);
  });

  it("fires when the native-verb denial only rules out entrusting without consent", async () => {
    const text = withEntrustment("공방은 고객이 동의하지 않으면 처리 업무를 바깥 업체에 맡기지 않습니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.line)).toEqual([3]);
  });

  it("fires when a processor's own duty not to pass work on stands alone", async () => {
    const text = withEntrustment("수탁자는 맡은 업무를 다른 업체에 다시 맡기지 않도록 계약에 정합니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.line)).toEqual([3]);
  });

  it("fires when the section entrusts and lists nothing, beside a denial of something else", async () => {
    const text = withEntrustment("공방은 배송 업무를 외부 업체에 맡기고 있습니다. 수탁자는 고객 정보를 제3자에게 넘기지 않습니다.");
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.line)).toEqual([3]);
  });
});

// a field that names the entrustment answered "없음" says there is none, as a sentence denying it does
describe("processor-disclosure: an entrustment field answered '없음'", () => {
  const withEntrustment = (...body: string[]) => [
    "해오름 제과점 개인정보 처리방침",
    "",
    "4. 처리업무의 위탁",
    ...body,
    "5. 문의",
    "전화 02-333-4444",
  ];
  it.each([
    ["the work entrusted", ["- 위탁하는 업무: 없음"]],
    ["the work and the processor", ["· 위탁 업무 : 없음", "· 수탁 업체 : 없음"]],
    ["the processor", ["수탁자: 없습니다."]],
  ])("takes %s answered '없음' for no entrustment", async (_, body) => {
    expect(await linesOf("processor-disclosure", withEntrustment(...body))).toEqual([]);
  });
  it.each([["nothing more than the processor listed", ["- 수탁자: ㈜빵길물류 (택배 배송)", "- 그 밖의 위탁 업무: 없음"], []]])(
    "reads %s as before",
    async (_, body, lines) => {
      expect(await linesOf("processor-disclosure", withEntrustment(...body))).toEqual(lines);
    },
  );
});

// a list of processors, then "the others are on the notice board": the rest are left to another place
describe("processor-disclosure: the processors beyond a list left to another place", () => {
  const withList = (after: string) => [
    "다온 요가원 개인정보 처리방침",
    "",
    "5. 개인정보 처리업무의 위탁",
    "| 수탁자 | 위탁 업무 |",
    "|---|---|",
    "| ㈜바른결제 | 수강료 결제 |",
    after,
    "6. 문의",
    "전화 02-555-6666",
  ];
  it.each([
    ["그 밖의 수탁자", "그 밖의 수탁 업체와 맡긴 업무는 요가원 앱의 공지사항에서 볼 수 있습니다."],
    ["나머지 위탁 업무", "나머지 위탁 업무와 수탁자는 누리집 안내 페이지에 게시합니다."],
    // the rest named by the list they are not in, and a site given by its address
    [
      "processors beyond the list, on a site",
      "위 목록 외에 온라인 수업용 부가 서비스의 하위 처리자는 도움말 센터(help.daon-yoga.kr/partners)에서 확인할 수 있습니다.",
    ],
    ["processors not in the table", "표에 없는 수탁자는 앱 설정 화면의 '제휴사 안내'에서 볼 수 있습니다."],
  ])("fires on %s", async (_, after) => {
    expect((await findingsOf("processor-disclosure", withList(after))).map((f) => [f.line, f.messageId])).toEqual([[7, "restElsewhere"]]);
  });
  it.each([
    ["a change to be announced", "수탁자가 바뀌면 누리집 공지사항에 알리겠습니다."],
    ["a sentence on something else", "그 밖의 문의는 요가원 누리집 게시판에서 확인할 수 있습니다."],
    ["the contract's terms", "그 밖의 위탁 계약 내용은 계약서에 정합니다."],
    ["the list itself also posted on a site", "위 수탁자 목록은 요가원 누리집(www.daon-yoga.kr)에도 게시합니다."],
  ])("does not fire on %s", async (_, after) => {
    expect(await findingsOf("processor-disclosure", withList(after))).toEqual([]);
  });
});

// "- 택배 배송: ㈜바른택배 등": an item that gives the task first and its processors after, left open with "등", is
// read as "㈜바른택배 등: 택배 배송" is: the processor is the side that names a company
describe("processor-disclosure: processors left open after the task", () => {
  const withItems = (...items: string[]) => [
    ...policy("2. 개인정보 처리업무의 위탁", "서점은 다음과 같이 개인정보 처리업무를 맡기고 있습니다."),
    ...items,
    "",
    "3. 문의",
    "전화 02-555-6666",
  ];
  it.each([
    ["after a colon", "- 택배 배송: ㈜바른택배 등"],
    ["after a dash", "1) 카드 결제 처리 – 주식회사 페이온 등"],
  ])("fires %s", async (_, item) => {
    const findings = await findingsOf("processor-disclosure", withItems("- 회원 문자 발송: ㈜알림나라", item));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[9, "vagueProcessor"]]);
  });
  it.each([
    ["the processor closed", "- 택배 배송: ㈜바른택배"],
    ["the task's own examples open", "- ㈜바른택배: 도서 배송, 반품 회수 등"],
    ["the services in brackets after the name", "- 카드 결제 처리: ㈜페이온(신용카드, 계좌이체 등)"],
  ])("does not fire with %s", async (_, item) => {
    expect(await findingsOf("processor-disclosure", withItems("- 회원 문자 발송: ㈜알림나라", item))).toEqual([]);
  });
});

// a summary's item on entrustment names the task only; the body, under its own heading, names the processor: the
// policy names it, and the summary is no hollow section
describe("processor-disclosure: a summary item before the body that names the processor", () => {
  const policy = (answer: string) => [
    "초록 세탁소 개인정보 처리방침",
    "",
    "요약",
    "1. 수집 항목",
    "성명, 휴대전화번호, 수거 주소",
    "2. 처리 위탁",
    "수거 알림 문자 발송",
    "",
    "3. 개인정보 처리의 위탁",
    answer,
  ];
  it("must not fire: the body names the processor", async () => {
    expect(await findingsOf("processor-disclosure", policy("수거 알림 문자 발송을 (주)알림나루에 맡기고 있습니다."))).toEqual([]);
  });
  it("must fire at both: neither names one", async () => {
    const findings = await findingsOf("processor-disclosure", policy("수거 알림 문자 발송을 외부에 맡길 수 있습니다."));
    expect(findings.map((finding) => finding.line)).toEqual([6, 9]);
  });
});

// a kind of business given as the processor, wherever it stands: after the task ("- 배송 업무: 택배사"), with a
// bracket saying its members are not fixed ("택배 업체(불특정 다수)"), or in a field line that goes on with the task
describe("processor-disclosure: a kind of business after the task, or in a line of fields", () => {
  const section = (item: string) =>
    policy("2. 개인정보 처리의 위탁", "다음과 같이 맡기고 있습니다.", item, "- 안내 문자 발송: (주)소식나루");
  it.each([
    ["- 도서 배송: 택배사", "택배사"],
    ["- 전화 상담 — 콜센터 업체", "콜센터 업체"],
    ["◆ 택배사 ― 도서 배송", "택배사"],
    ["- 도서 배송: 택배 업체(불특정 다수)", "택배 업체(불특정 다수)"],
    ["- 택배 업체(수시 변경): 도서 배송", "택배 업체(수시 변경)"],
    ["- 수탁업체: 택배사 / 위탁 업무: 도서 배송", "택배사"],
  ])("must fire: %s", async (item, kind) => {
    const findings = await findingsOf("processor-disclosure", section(item));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[8, "unnamedProcessor"]]);
    expect(findings[0].message).toContain(`'${kind}'`);
  });
  it.each([
    ["- 도서 배송: 한빛택배(주)"],
    ["- 수탁업체: (주)누리물류 / 위탁 업무: 도서 배송"],
    ["- 도서 배송: 누리물류(택배사)"],
    ["◆ (주)누리물류 ― 도서 배송"],
  ])("must not fire: %s", async (item) => {
    expect(await findingsOf("processor-disclosure", section(item))).toEqual([]);
  });
});

// "위탁 안 함", "처리업무 위탁: 위탁 안 합니다": the short negation of a summary's noun style denies the entrustment
describe("processor-disclosure: an entrustment denied with '안 함'", () => {
  const section = (line: string) => ["솔밭치과 개인정보 처리방침", "", "5. 개인정보 처리의 위탁", line];
  it.each(["위탁 안 함", "현재 개인정보 처리업무 위탁 안 합니다."])("must not fire: %s", async (line) => {
    expect(await findingsOf("processor-disclosure", section(line))).toEqual([]);
  });
  it("must fire where a task is entrusted to no one named", async () => {
    expect((await findingsOf("processor-disclosure", section("예약 문자 발송 업무를 위탁합니다."))).length).toBeGreaterThan(0);
  });
});
