// vague-listing and an entrustment list written as "company: task" items ("- ㈜가람: 예약 확인, 일정 변경 등 알림
// 발송"): each item is a row of processor and task, and the task is the entrusted work the rule leaves alone, as it
// does in a table's task column. A task label that lists processors ("알림 발송: ㈜가, ㈜나 등"), a processor field,
// processors left open before the colon ("㈜가, 나 등: 발송") and a company's items given outside the entrustment
// section are still lists of the four.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const entrustment = (...items: string[]) => [
  "솔숲도서관 개인정보 처리방침",
  "",
  "5. 개인정보 처리업무의 위탁",
  "도서관은 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.",
  ...items,
];

describe("vague-listing: a processor's task given after its name in a list item", () => {
  it.each([
    ["a dash item", entrustment(" - ㈜별빛정보: 대출 시스템 운영", " - ㈜누리알림: 반납 예정일, 예약 도서 도착 등 알림톡 발송")],
    ["a bracketed mark", entrustment(" • (주)다온메시지: 연체 안내, 행사 소식 등 문자 발송")],
    ["a company written out", entrustment("가. 주식회사 한솔택배: 상호대차 도서, 희망 도서 등 배송")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    ["a task label that lists processors", entrustment(" - 알림 발송: ㈜누리알림, ㈜다온메시지 등"), 5],
    ["a processor field", entrustment(" - 수탁업체: ㈜누리알림, ㈜다온메시지 등"), 5],
    ["processors left open before the task", entrustment(" - ㈜누리알림, 다온메시지 등: 반납 예정일, 예약 도서 도착 등 알림톡 발송"), 5],
    [
      "a company's items outside the entrustment",
      ["솔숲도서관 개인정보 처리방침", "", "6. 개인정보의 제3자 제공", " - ㈜한솔보험: 이름, 생년월일, 연락처 등"],
      4,
    ],
  ])("must fire: %s", async (_, text, line) => {
    expect(await linesOf("vague-listing", text)).toEqual([line]);
  });
});

// a processor table's task column: a task with examples in brackets ("문자 발송(연체 안내, 행사 소식 등)") is the
// entrusted work, in a page's table as in a Markdown one; the processor column is still a list of the four
describe("vague-listing: a processor table's task cell", () => {
  const html = (processor: string, task: string) => [
    "<h2>5. 개인정보 처리업무의 위탁</h2>",
    "<table>",
    "<tr><th>수탁자</th><th>위탁하는 업무의 내용</th></tr>",
    `<tr><td>${processor}</td><td>${task}</td></tr>`,
    "</table>",
  ];
  const markdown = (processor: string, task: string) => [
    "## 5. 개인정보 처리업무의 위탁",
    "",
    "| 수탁자 | 위탁업무 |",
    "|---|---|",
    `| ${processor} | ${task} |`,
  ];
  it.each([
    ["a page's table", html("주식회사 누리알림", "문자 발송(연체 안내, 행사 소식 등)"), "html"],
    ["a Markdown table", markdown("주식회사 누리알림", "알림톡 발송(예약 확인, 반납 안내 등)"), "markdown"],
  ] as const)("must not fire: %s", async (_, text, format) => {
    expect(await linesOf("vague-listing", [...text], format)).toEqual([]);
  });
  it("must fire on processors left open in the processor column", async () => {
    expect(await linesOf("vague-listing", html("주식회사 누리알림, 한빛문자 등", "문자 발송(연체 안내, 행사 소식 등)"), "html")).toEqual([
      4,
    ]);
  });
});
