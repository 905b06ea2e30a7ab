import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { linesOf, findingsOf } from "../helpers.js";

// a policy whose 위탁 article keeps its list in an annex after 부칙
const policy = (reference: string, annexLabel: string, rows = ["(주)온누리물류 | 택배 배송"]) => [
  "누리공방 개인정보 처리방침", // 1
  "", // 2
  "제1조 (개인정보의 처리 위탁)", // 3
  `공방은 원활한 주문 처리를 위하여 개인정보 처리업무를 맡기고 있으며, 수탁자와 맡긴 업무는 ${reference}과 같습니다.`, // 4
  "", // 5
  "제2조 (처리방침의 변경)", // 6
  "이 방침은 2026년 3월 2일부터 적용합니다.", // 7
  "", // 8
  annexLabel, // 9
  "", // 10
  "수탁자 | 맡긴 업무", // 11
  ...rows, // 12…
];

describe("annexes after the articles", () => {
  it("attaches an annex to the article that refers to it and ends the last article before it", async () => {
    const document = await parsePolicy(policy("[별표 2]", "[별표 2] 처리 위탁 현황").join("\n"));
    const [entrustment, change] = document.sections.filter((section) => section.heading.number !== null);
    expect(entrustment.annexes).toEqual([{ startLine: 9, endLine: 12, title: "[별표 2] 처리 위탁 현황" }]);
    expect(change.endLine).toBe(7);
    expect(change.children).toEqual([]);
  });

  it.each([
    ["[별표 1]", "[별표 1] 수탁자 목록"],
    ["별첨", "<별첨> 위탁 업체"],
    ["붙임 1", "[붙임 1]"],
    ["부록", "부록. 수탁 업체와 업무"],
    ["별표 1", "【별표 1】"],
  ])("reads the processors of an annex referred to as %s", async (reference, label) => {
    expect(await linesOf("processor-disclosure", policy(reference, label))).toEqual([]);
  });

  it("checks the annex's rows as the section's", async () => {
    const findings = await findingsOf("processor-disclosure", policy("[별표 1]", "[별표 1] 위탁 현황", ["(주)온누리물류 | "]));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[12, "emptyTask"]]);
  });

  it("still reports a section whose annex does not exist", async () => {
    const findings = await findingsOf("processor-disclosure", policy("[별표 3]", "[별표 1] 위탁 현황"));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[3, "noProcessor"]]);
  });

  it("leaves an annex nobody refers to where it is", async () => {
    const lines = policy("아래", "[별표 1] 위탁 현황");
    lines[3] = "공방은 주문 처리를 위하여 개인정보 처리업무를 맡기지 않습니다.";
    const document = await parsePolicy(lines.join("\n"));
    expect(document.allSections.some((section) => section.annexes)).toBe(false);
    expect(document.sections.at(-1)!.endLine).toBe(12);
  });

  it("does not take a sentence that opens with an annex's word for an annex", async () => {
    const lines = policy("[별표 1]", "별첨 자료는 요청하시면 보내 드립니다.");
    const document = await parsePolicy(lines.join("\n"));
    expect(document.allSections.some((section) => section.annexes)).toBe(false);
  });

  it("gives a retention article the records its annex lists, and still reports one whose annex is not there", async () => {
    const retention = (reference: string) => [
      "누리공방 개인정보 처리방침",
      "",
      "제1조 (개인정보의 처리 및 보유 기간)",
      `공방은 법령이 보존하라고 정한 기록을 ${reference}에 적은 기간 동안 보관합니다.`,
      "",
      "제2조 (처리방침의 변경)",
      "이 방침은 2026년 3월 2일부터 적용합니다.",
      "",
      "<별표 2> 법령에 따라 보존하는 기록",
      "",
      "기록 | 근거 법령 | 보존 기간",
      "계약 또는 청약철회 등에 관한 기록 | 전자상거래 등에서의 소비자보호에 관한 법률 | 5년",
    ];
    expect(await linesOf("required-retention", retention("<별표 2>"))).toEqual([]);
    expect(await linesOf("required-retention", retention("<별표 4>"))).toEqual([3]);
  });
});
