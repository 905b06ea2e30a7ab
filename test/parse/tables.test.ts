import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findTextTables, splitHeaderTerms, splitRunTogetherCells } from "../../src/parse/tables.js";
import { readSeed } from "../helpers.js";

const cellTexts = (row: { cells: { text: string }[] }) => row.cells.map((cell) => cell.text);

describe("delimited tables", () => {
  it("reads pipe rows with a bullet before the first cell, with each cell's column", async () => {
    const text = [
      "위탁 현황",
      "수탁업체 | 위탁업무 내용 | 보유기간",
      "- 한빛택배 | 상품 배송 | 계약 종료 시",
      "- 다온페이㈜ | 결제 처리 | 5년",
    ].join("\n");
    const document = await parsePolicy(text, "text");
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.form).toBe("delimited");
    expect(cellTexts(table.header)).toEqual(["수탁업체", "위탁업무 내용", "보유기간"]);
    expect(table.rows.map(cellTexts)).toEqual([
      ["한빛택배", "상품 배송", "계약 종료 시"],
      ["다온페이㈜", "결제 처리", "5년"],
    ]);
    expect(table.rows[0].cells[1]).toMatchObject({ line: 3, column: 10 });
  });

  it("reads tab-separated rows", async () => {
    const document = await parsePolicy("수탁자\t위탁업무\n누리클라우드\t서버 운영\n", "text");
    expect(document.tables[0].rows.map(cellTexts)).toEqual([["누리클라우드", "서버 운영"]]);
  });

  // an Org-mode table joins its columns with "+" in the rule under its header, but has a pipe table's ends: its rows
  // are one line each, and a blank cell is blank, not a wrapped cell's continuation as in an ASCII grid
  it("reads an Org-mode table as a pipe table", async () => {
    const text = [
      "| 제공받는 자   | 제공 목적      | 보유 및 이용기간 |",
      "|---------------+----------------+------------------|",
      "| 한들평가원    | 진단평가 채점  |                  |",
      "| 누리문고㈜    | 할인 쿠폰 발급 | 쿠폰 만료 후 1개월 |",
    ].join("\n");
    const [table] = (await parsePolicy(text, "text")).tables;
    expect(table.form).toBe("delimited");
    expect(table.rows.map(cellTexts)).toEqual([
      ["한들평가원", "진단평가 채점", ""],
      ["누리문고㈜", "할인 쿠폰 발급", "쿠폰 만료 후 1개월"],
    ]);
  });

  it("still reads an ASCII grid, whose rules open with '+', as a drawn table", async () => {
    const text = [
      "+--------+----------+",
      "| 수탁자 | 위탁업무 |",
      "+--------+----------+",
      "| ㈜한솔 | 서버 운영 |",
      "+--------+----------+",
    ].join("\n");
    const [table] = (await parsePolicy(text, "text")).tables;
    expect(table.form).toBe("box");
  });
});

describe("one cell per line", () => {
  it("groups seed 001's processor table into rows of the header's width", async () => {
    const document = await parsePolicy(readSeed("001_186b834dc1e90dc3.txt"), "text");
    const table = document.tables.find((candidate) => candidate.header.cells[0].text === "위탁 받는 자")!;
    expect(table.form).toBe("cell-per-line");
    expect(table.rows.map(cellTexts)).toEqual([
      ["㈜트랜스코스모스코리아", "고객상담(전화 문의, 1:1문의, 카카오톡 상담톡 서비스)"],
      ["나이스페이먼츠㈜", "결제 서비스"],
      ["스티비 주식회사", "이메일 발송 서비스"],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([256, 260, 264]);
  });

  it("ends at an article heading whose title stands in brackets", async () => {
    const text = [
      "근거 법령",
      "보존 항목",
      "보존 기간",
      "",
      "상법 제33조",
      "상업장부",
      "10년",
      "",
      "제7조(정보주체의 권리)",
      "회원은 언제든지 열람을 요구할 수 있습니다.",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.tables[0].rows.map(cellTexts)).toEqual([["상법 제33조", "상업장부", "10년"]]);
  });
});

describe("cells run together", () => {
  it("splits a header into its column names", () => {
    expect(splitHeaderTerms("구분수탁자위탁업무")).toEqual(["구분", "수탁자", "위탁업무"]);
    expect(splitHeaderTerms("수탁업체위탁업무 내용개인정보 보유 및 이용기간")).toEqual([
      "수탁업체",
      "위탁업무내용",
      "개인정보보유및이용기간",
    ]);
    expect(splitHeaderTerms("회사는 다음과 같이 위탁합니다")).toBeNull();
  });

  it("splits a row at a known processor, at a change of script, and before a period", () => {
    const columns = ["구분", "수탁자", "위탁업무"];
    expect(splitRunTogetherCells("고객 응대Zendesk", columns, 1).map((cell) => cell.text)).toEqual(["고객 응대", "Zendesk", ""]);
    expect(splitRunTogetherCells("메일 발송Postmark Labs발송 대행", columns, 1).map((cell) => cell.text)).toEqual([
      "메일 발송",
      "Postmark Labs",
      "발송 대행",
    ]);
    expect(splitRunTogetherCells("인프라AWS(아마존 웹서비스)서버 호스팅", columns, 1).map((cell) => cell.text)).toEqual([
      "인프라",
      "AWS(아마존 웹서비스)",
      "서버 호스팅",
    ]);
    expect(
      splitRunTogetherCells("토스페이먼츠결제 처리회원탈퇴 시까지", ["수탁업체", "위탁업무내용", "보유및이용기간"], 1).map(
        (cell) => cell.text,
      ),
    ).toEqual(["토스페이먼츠", "결제 처리", "회원탈퇴 시까지"]);
  });

  it("finds seed 000's processor table with Zendesk's empty task on line 46", async () => {
    const document = await parsePolicy(readSeed("000_db5f55dfc5c8a39a.txt"), "text");
    const table = document.tables.find((candidate) => candidate.startLine === 41)!;
    expect(table.form).toBe("run-together");
    expect(table.rows.map(cellTexts)).toEqual([
      ["서비스 운영 및 관리", "Google Workspace", "서비스 운영 및 관리를 위해 활용"],
      ["서비스 사용성 개선", "Google Analytics", "이용자의 서비스 이용 데이터 수집 및 통계 분석"],
      ["서비스 사용성 개선", "Amplitude", "이용자의 서비스 이용 데이터 수집 및 통계 분석"],
      ["서버 제공", "AWS(아마존 웹서비스)", "서비스 운영을 위한 인프라"],
      ["서비스 문의 관리 및 처리", "Zendesk", ""],
    ]);
    expect(table.rows[4].cells[1]).toMatchObject({ line: 46, column: 15 });
  });
});

describe("a text table followed by prose without a blank line", () => {
  const rowsOf = async (lines: string[]) => (await parsePolicy(lines.join("\n"), "text")).tables.map((table) => table.rows.map(cellTexts));

  it("ends an indented table at a hard-wrapped paragraph that starts at the left edge", async () => {
    const rows = await rowsOf([
      "7. 처리업무의 위탁",
      "   수탁자 위탁업무",
      "   (주)새벽배송 주문 상품 배달",
      "   (주)모아문자 안내 문자 발송",
      "위 업체들과 맺는 계약서에는 목적 외 처리를 하지 않을 것과 안전하게 관리할 것을 적어 두었으며 위반하면",
      "책임을 묻습니다.",
    ]);
    expect(rows).toEqual([
      [
        ["(주)새벽배송", "주문 상품 배달"],
        ["(주)모아문자", "안내 문자 발송"],
      ],
    ]);
  });

  it("ends a flush table at a line that opens a sentence on its topic, or stops mid-sentence", async () => {
    const topic = await rowsOf([
      "수탁자 위탁업무",
      "(주)새벽배송 주문 상품 배달",
      "센터는 위탁계약을 맺을 때 재위탁을 막는 조항을 넣어",
      "둡니다",
    ]);
    expect(topic[0]).toHaveLength(1);
    const unfinished = await rowsOf([
      "수탁자 위탁업무",
      "(주)새벽배송 주문 상품 배달",
      "계약이 끝나거나 업무가 바뀌면 지체 없이 이 방침을",
      "고쳐 알려 드립니다.",
    ]);
    expect(unfinished[0]).toHaveLength(1);
  });

  it("ends a space-aligned table at a line without its column gaps", async () => {
    const rows = await rowsOf([
      "수탁자        위탁업무",
      "(주)새벽배송  주문 상품 배달",
      "(주)모아문자  안내 문자 발송",
      "모든 수탁자 현황 공개",
    ]);
    expect(rows[0]).toHaveLength(2);
  });

  it("keeps reading rows that are short phrases, and a cell wrapped onto a further-indented line", async () => {
    const rows = await rowsOf([
      "  수탁자 위탁업무",
      "  (주)새벽배송 주문 상품 배달",
      "  (주)모아문자 안내 문자 발송 및",
      "     결과 통보",
      "  (주)하늘서버 전산 시스템 운영",
    ]);
    expect(rows[0]).toHaveLength(4);
  });
});

describe("space-aligned tables (a PDF's text, a fixed-width export)", () => {
  const tablesOf = async (lines: string[]) => (await parsePolicy(lines.join("\n"), "text")).tables;

  // a rule drawn under the header or between rows, of dashes set under each column or one line of box strokes
  it.each([
    ["dashes under each column", "---------------   ---------------------"],
    ["one line of box strokes", "──────────────────────────────────────"],
  ])("reads a table with %s under its header, the rule no row", async (_, rule) => {
    const tables = await tablesOf([
      "다음과 같이 위탁합니다.", // 1
      "수탁자            위탁업무 내용", // 2
      rule, // 3
      "㈜가람정보        회원 관리 시스템 운영", // 4
      "소리문자㈜        안내 문자 발송", // 5
    ]);
    expect(tables.map((table) => [table.startLine, table.endLine, table.rows.map(cellTexts)])).toEqual([
      [
        2,
        5,
        [
          ["㈜가람정보", "회원 관리 시스템 운영"],
          ["소리문자㈜", "안내 문자 발송"],
        ],
      ],
    ]);
  });

  it("reads the columns where the header's start, by display width, with a wrapped cell joined to its row", async () => {
    const tables = await tablesOf([
      "다음과 같이 제공합니다.", // 1
      "제공받는 자       제공 목적           제공 항목             보유 및 이용기간", // 2
      "한결손해보험㈜    보험금 지급 심사    성명, 진단명          계약 종료 후 5년", // 3
      "누리렌터카        사고 처리 및        성명, 운전면허번호,   대여 종료 후 3년", // 4
      "                  보험 접수           사고 일시", // 5
      "바른정비          차량 수리 예약      성명, 차량번호        수리 완료 후 1년", // 6
      "위 업체에는 필요한 정보만 넘깁니다.", // 7
    ]);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table).toMatchObject({ form: "space-aligned", startLine: 2, endLine: 6 });
    expect(cellTexts(table.header)).toEqual(["제공받는 자", "제공 목적", "제공 항목", "보유 및 이용기간"]);
    expect(table.rows.map(cellTexts)).toEqual([
      ["한결손해보험㈜", "보험금 지급 심사", "성명, 진단명", "계약 종료 후 5년"],
      ["누리렌터카", "사고 처리 및 보험 접수", "성명, 운전면허번호, 사고 일시", "대여 종료 후 3년"],
      ["바른정비", "차량 수리 예약", "성명, 차량번호", "수리 완료 후 1년"],
    ]);
    expect(table.rows[1]).toMatchObject({ line: 4, endLine: 5 });
    expect(table.rows[0].cells[1]).toMatchObject({ line: 3, column: 12 });
  });

  it("reads columns aligned by characters, a syllable taking one column", async () => {
    const [table] = await tablesOf([
      "제공받는 자    제공 목적       제공 항목     보유 및 이용기간",
      "한결손해보험㈜   보험금 지급 심사   성명, 진단명   계약 종료 후 5년",
      "바른정비      차량 수리 예약    성명, 차량번호  수리 완료 후 1년",
    ]);
    expect(table?.form).toBe("space-aligned");
    expect(table.rows.map(cellTexts)).toEqual([
      ["한결손해보험㈜", "보험금 지급 심사", "성명, 진단명", "계약 종료 후 5년"],
      ["바른정비", "차량 수리 예약", "성명, 차량번호", "수리 완료 후 1년"],
    ]);
  });

  it("does not take prose with double spaces, a label and its value, or a TOC with page numbers for a table", async () => {
    // a justified paragraph: words of column names, gaps on every line, none of them in line
    const prose = await tablesOf([
      "수탁자  위탁업무  보유기간  모두  계약서에  적고,  바뀌면",
      "이  방침을  고쳐  알리며,  수탁자가  개인정보를  안전하게",
      "처리하는지  해마다  점검하고  그  결과를  기록합니다.",
    ]);
    expect(prose).toEqual([]);
    const labels = await tablesOf(["성명        윤하늘", "직위        정보보호팀장", "전화번호    02-000-1234"]);
    expect(labels).toEqual([]);
    const contents = await tablesOf(["항목  목적  페이지", "1. 수집 항목        2", "2. 이용 목적        3", "3. 보유 기간        4"]);
    expect(contents.filter((table) => table.form === "space-aligned")).toEqual([]);
  });
});

describe("space-padded tables whose cells stray from the header's columns", () => {
  const tablesOf = async (lines: string[]) => (await parsePolicy(lines.join("\n"), "text")).tables;

  it("reads a row by its gaps when a name overflows its column or padding falls short of the next", async () => {
    const [table] = await tablesOf([
      "수탁자                    위탁업무               위탁기간",
      "새솔정보통신 유한책임회사   결제 시스템 운영     계약 종료 시까지",
      "㈜다온메시지            알림 문자 발송         계약 종료 시까지",
      "하람택배                  상품 배송              배송 완료 후 1개월",
    ]);
    expect(table?.form).toBe("space-aligned");
    expect(cellTexts(table.header)).toEqual(["수탁자", "위탁업무", "위탁기간"]);
    expect(table.rows.map(cellTexts)).toEqual([
      ["새솔정보통신 유한책임회사", "결제 시스템 운영", "계약 종료 시까지"],
      ["㈜다온메시지", "알림 문자 발송", "계약 종료 시까지"],
      ["하람택배", "상품 배송", "배송 완료 후 1개월"],
    ]);
    expect(table.rows[0].cells[1]).toMatchObject({ line: 2, column: 17 });
  });

  it("keeps a cell that is really empty empty, and ends at a sentence after the rows", async () => {
    const [table] = await tablesOf([
      "수탁자           위탁업무             위탁기간",
      "㈜다온메시지     알림 문자 발송       계약 종료 시까지",
      "하람택배 유한회사                        계약 종료 시까지",
      "위 업체와는  위탁계약서를  맺었습니다.",
    ]);
    expect(table.rows.map(cellTexts)).toEqual([
      ["㈜다온메시지", "알림 문자 발송", "계약 종료 시까지"],
      ["하람택배 유한회사", "", "계약 종료 시까지"],
    ]);
    expect(table.endLine).toBe(3);
  });

  it("does not read by gaps under a header that is not all column names", async () => {
    const labels = await tablesOf(["성명          담당 업무", "윤하늘 팀장    개인정보 보호 총괄", "김바다   민원 처리"]);
    expect(labels.filter((table) => table.form === "space-aligned")).toEqual([]);
  });
});

describe("box-drawn tables", () => {
  const tablesOf = async (lines: string[]) =>
    (await parsePolicy(lines.join("\n"), "text")).tables.map((table) => ({
      form: table.form,
      header: cellTexts(table.header),
      rows: table.rows.map(cellTexts),
    }));

  it("merges a row whose first cell is empty into the row above, cell by cell", async () => {
    const tables = await tablesOf([
      "┌──────────┬────────────┬──────────────┐",
      "│직책      │이름        │전화          │",
      "├──────────┼────────────┼──────────────┤",
      "│보호책임자│운영실장    │031-555-0101  │",
      "│          │백서윤      │              │",
      "│담당자    │정보팀 주임 │031-555-0102  │",
      "│          │            │(내선 12)     │",
      "└──────────┴────────────┴──────────────┘",
    ]);
    expect(tables).toEqual([
      {
        form: "box",
        header: ["직책", "이름", "전화"],
        rows: [
          ["보호책임자", "운영실장 백서윤", "031-555-0101"],
          ["담당자", "정보팀 주임", "031-555-0102 (내선 12)"],
        ],
      },
    ]);
  });

  // a long first cell wraps too: the continuation line's first cell is not empty, but the cell above it is cut off
  // (a bracket left open, a modifier with no noun after it) or its own cell opens with a qualifier in brackets, and a
  // cell the row above fills is empty
  it("merges a row that finishes the cut-off cells of the row above", async () => {
    const tables = await tablesOf([
      "┌────────────────────────┬────────────────────────┬───────┐",
      "│ 남기는 기록            │ 근거                   │ 기간  │",
      "├────────────────────────┼────────────────────────┼───────┤",
      "│ 요금 납부에 관한       │ 「전자상거래 등에서의  │ 5년   │",
      "│ 기록                   │ 소비자보호에 관한 법률」│       │",
      "│ 전자금융거래 기록      │ 「전자금융거래법」     │ 1년   │",
      "│ (건당 1만원 이하)      │                        │       │",
      "│ 위치정보 확인          │ 「위치정보의 보호 및   │ 6개월 │",
      "│ 자료                   │ 이용 등에 관한 법률」  │       │",
      "│ 상담 녹취              │ 내부 방침              │ 3개월 │",
      "│ 이벤트 응모 내역       │                        │ 1개월 │",
      "└────────────────────────┴────────────────────────┴───────┘",
    ]);
    expect(tables[0].rows).toEqual([
      ["요금 납부에 관한 기록", "「전자상거래 등에서의 소비자보호에 관한 법률」", "5년"],
      ["전자금융거래 기록 (건당 1만원 이하)", "「전자금융거래법」", "1년"],
      ["위치정보 확인 자료", "「위치정보의 보호 및 이용 등에 관한 법률」", "6개월"],
      ["상담 녹취", "내부 방침", "3개월"],
      ["이벤트 응모 내역", "", "1개월"],
    ]);
  });

  it("keeps a row of its own whose cells the row above leaves finished, though some of them are empty", async () => {
    const tables = await tablesOf([
      "┌──────────────┬──────────────┬────────────┐",
      "│ 구분         │ 필수 항목    │ 선택 항목  │",
      "├──────────────┼──────────────┼────────────┤",
      "│ 회원 가입    │ 이름, 이메일 │ 생년월일   │",
      "│ 상품 주문    │ 주소, 연락처 │            │",
      "│ 고객 상담    │ 상담 내용    │            │",
      "└──────────────┴──────────────┴────────────┘",
    ]);
    expect(tables[0].rows).toEqual([
      ["회원 가입", "이름, 이메일", "생년월일"],
      ["상품 주문", "주소, 연락처", ""],
      ["고객 상담", "상담 내용", ""],
    ]);
  });

  it("reads an ASCII grid and a heavy-line table the same way", async () => {
    const ascii = await tablesOf([
      "+--------+----------+",
      "| 수탁자 | 위탁업무 |",
      "+--------+----------+",
      "| 한길물류 | 상품 |",
      "|        | 배송 |",
      "+--------+----------+",
    ]);
    expect(ascii).toEqual([{ form: "box", header: ["수탁자", "위탁업무"], rows: [["한길물류", "상품 배송"]] }]);
    const heavy = await tablesOf(["┏━━━━┳━━━━┓", "┃구분┃내용┃", "┣━━━━╋━━━━┫", "┃기간┃1년 ┃", "┗━━━━┻━━━━┛"]);
    expect(heavy).toEqual([{ form: "box", header: ["구분", "내용"], rows: [["기간", "1년"]] }]);
  });

  it("takes the lines between two rules for one row where rules separate every row", async () => {
    const tables = await tablesOf([
      "+------+--------+",
      "| 항목 | 기간   |",
      "+------+--------+",
      "| 주문 | 5년    |",
      "| 기록 |        |",
      "+------+--------+",
      "| 접속 | 3개월  |",
      "+------+--------+",
    ]);
    expect(tables[0].rows).toEqual([
      ["주문 기록", "5년"],
      ["접속", "3개월"],
    ]);
  });

  // a line of strokes alone draws no corner: it is a rule of the table around it, above, between or below its rows
  it.each([
    ["heavy strokes", "━━━━━━━━━━━━━━━━━━━━", "┃"],
    ["light strokes", "────────────────────", "│"],
    ["hyphens", "--------------------", "┃"],
    ["equals signs", "====================", "│"],
    ["hyphens around pipe rows", "--------------------", "|"],
  ])("reads rows between bare rules of %s", async (_, rule, bar) => {
    const row = (...cells: string[]) => `${bar} ${cells.join(` ${bar} `)} ${bar}`;
    const tables = await tablesOf([
      "처리위탁",
      "",
      rule,
      row("수탁자", "위탁업무"),
      rule,
      row("한길물류", "상품 배송"),
      row("두리페이", "결제 처리"),
      rule,
    ]);
    expect(tables).toEqual([
      {
        form: "box",
        header: ["수탁자", "위탁업무"],
        rows: [
          ["한길물류", "상품 배송"],
          ["두리페이", "결제 처리"],
        ],
      },
    ]);
  });

  it("reads tab rows under a bare rule as one table", async () => {
    const tables = await tablesOf([
      "수탁자\t위탁업무",
      "----------------",
      "한길물류\t상품 배송",
      "----------------",
      "두리페이\t결제 처리",
    ]);
    expect(tables).toEqual([
      {
        form: "delimited",
        header: ["수탁자", "위탁업무"],
        rows: [
          ["한길물류", "상품 배송"],
          ["두리페이", "결제 처리"],
        ],
      },
    ]);
  });

  it("takes no table from bare rules that set paragraphs apart", async () => {
    const tables = await tablesOf([
      "처리위탁",
      "━━━━━━━━━━━━━━━━━━━━",
      "회사는 배송을 한길물류에 맡깁니다.",
      "--------------------",
      "",
      "====================",
      "문의: 02-000-0000",
    ]);
    expect(tables).toEqual([]);
  });

  it("leaves a pipe table without '+' corners to the delimited reader", async () => {
    const tables = await tablesOf(["처리위탁", "", "| 수탁자 | 위탁업무 |", "|---|---|", "| 한길물류 | 배송 |", "| 두리페이 | 결제 |"]);
    expect(tables.map((table) => table.form)).toEqual(["delimited"]);
  });
});

describe("tab-separated rows that end in an empty cell", () => {
  const table = [
    "위탁 현황",
    "",
    "수탁자\t맡긴 업무\t기간",
    "한결정보㈜\t회원 관리 시스템 운영\t계약 종료 시",
    "㈜소리전송\t문자 발송\t",
    "누리세무회계\t급여 정산\t계약 종료 시",
  ];
  it("keeps a row whose trailing tab is its last cell, with that cell empty", async () => {
    const document = await parsePolicy(table.join("\n"), "text");
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0].rows.map(cellTexts)).toEqual([
      ["한결정보㈜", "회원 관리 시스템 운영", "계약 종료 시"],
      ["㈜소리전송", "문자 발송", ""],
      ["누리세무회계", "급여 정산", "계약 종료 시"],
    ]);
  });
  it("does not take a line with a stray trailing tab for a row when its cells do not match the header's", async () => {
    const lines = ["수탁자\t맡긴 업무\t기간", "한결정보㈜\t회원 관리 시스템 운영\t계약 종료 시", "위 업체 외에는 맡기지 않습니다.\t"];
    const document = await parsePolicy(lines.join("\n"), "text");
    expect(document.tables[0].rows.map(cellTexts)).toEqual([["한결정보㈜", "회원 관리 시스템 운영", "계약 종료 시"]]);
  });
});

// a Markdown table pasted into a text file: its separator row under the header is the table's own
describe("a pipe table with a separator row, in plain text", () => {
  it.each([["|---|---|"], ["| :--- | ---: |"], ["---|---"]])("keeps the header above '%s' as the header", (separator) => {
    const lines = ["| 수탁자 | 맡기는 일 |", separator, "| 솔빛문자(주) | 안내 문자 발송 |", "| 가온페이(주) | 수강료 결제 |"];
    const [table] = findTextTables(lines);
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["수탁자", "맡기는 일"]);
    expect(table.rows.map((row) => row.cells[0].text)).toEqual(["솔빛문자(주)", "가온페이(주)"]);
  });
});

describe("a table's notes row", () => {
  it.each(["비고", "참고"])("sets a row labelled '%s' apart from the records, in Markdown and HTML", async (label) => {
    const markdown = [
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      "| ㈜한솔택배 | 배송 | 이름, 주소 | 배송 후 3개월 |",
      `| ${label} | 매장 픽업 주문은 제공하지 않습니다. | | |`,
    ].join("\n");
    const [table] = (await parsePolicy(markdown, "markdown")).tables;
    expect(table.rows.map((row) => row.cells[0].text)).toEqual(["㈜한솔택배"]);
    expect(table.notes?.map((row) => row.cells[0].text)).toEqual([label]);
    const html = `<table><tr><th>수탁자</th><th>위탁업무</th><th>기간</th></tr><tr><td>㈜한솔택배</td><td>배송</td><td>계약 종료 시까지</td></tr><tr><td>${label}</td><td>수탁자가 바뀌면 알립니다.</td><td></td></tr></table>`;
    const [htmlTable] = (await parsePolicy(html, "html")).tables;
    expect(htmlTable.rows.map((row) => row.cells[0].text)).toEqual(["㈜한솔택배"]);
  });

  it("keeps a record whose first cell only begins with such a word", async () => {
    const markdown = ["| 수탁자 | 위탁업무 |", "|---|---|", "| 비고사무 주식회사 | 문서 보관 |"].join("\n");
    const [table] = (await parsePolicy(markdown, "markdown")).tables;
    expect(table.rows.map((row) => row.cells[0].text)).toEqual(["비고사무 주식회사"]);
  });
});
