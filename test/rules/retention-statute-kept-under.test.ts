import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// A tax law sets one period for every book and voucher kept under it (국세기본법 제85조의3: 5년), so a record the
// policy keeps under it is held to that period whatever the policy calls it; a tax law cited as the basis for
// collecting something, or in a clause that gives no period, says nothing about how long it is kept.
const policy = (...section: string[]) => ["해밀 합창단 개인정보 처리방침", "", "2. 보유 기간", ...section];
const shortPeriods = async (text: string[], format: "text" | "markdown" | "html" = "text") =>
  (await findingsOf("retention-statute", text, format)).map((f) => [
    f.line,
    f.messageId,
    f.message.includes("5년") && f.message.includes("국세기본법 제85조의3"),
  ]);

describe("retention-statute: a record kept under a statute with a period of its own", () => {
  describe("fires", () => {
    it.each([
      ["- 단원 회비 수납 대장: 3년 (국세기본법 제85조의3)"],
      ["- 공연 후원금 출납부 — 「국세기본법」 제85조의3에 따라 2년"],
      ["연습실 대관료 정산 내역은 「부가가치세법」에 따라 1년간 보관합니다."],
      ["정기 공연 협찬 내역(소득세법 제160조의2): 6개월"],
    ])("a record named in the policy's own words with a shorter period ('%s'), at the period", async (line) => {
      expect(await shortPeriods(policy(line))).toEqual([[4, "tooShort", true]]);
    });

    it("naming the record as the policy's field names it", async () => {
      const [finding] = await findingsOf(
        "retention-statute",
        policy("- 후원금 영수증 발급 명세: 발급일부터 3년 (「소득세법」 제160조의3)"),
      );
      expect(finding.message).toContain("'후원금 영수증 발급 명세' 보존기간 3년");
      const [sentence] = await findingsOf(
        "retention-statute",
        policy("연습실 대관료 정산 내역은 「부가가치세법」에 따라 1년간 보관합니다."),
      );
      expect(sentence.message).toContain("'세법상 장부 및 증빙서류'");
    });

    it("in a table row of an HTML page, at the period cell", async () => {
      const html = [
        "<h1>해밀 합창단 개인정보 처리방침</h1>",
        "<h2>보유 기간</h2>",
        "<table>",
        "<tr><th>보존 자료</th><th>근거 법령</th><th>보존 기간</th></tr>",
        "<tr><td>단원 회비 수납 대장</td><td>국세기본법 제85조의3</td><td>3년</td></tr>",
        "</table>",
      ];
      const findings = await findingsOf("retention-statute", html, "html");
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "tooShort"]]);
    });
  });

  describe("does not fire", () => {
    it.each([
      ["- 단원 회비 수납 대장: 5년 (국세기본법 제85조의3)"],
      ["- 공연 후원금 출납부 — 「국세기본법」 제85조의3에 따라 법정신고기한이 지난 날부터 7년"],
      // the tax law is the basis for collecting, and the period belongs to another clause
      ["후원자의 주민등록번호는 소득세법에 따라 기부금 영수증 발급을 위해 수집하고, 단원 명부는 탈퇴 후 1년간 보관합니다."],
      ["단원 연락처는 탈퇴 후 30일간 보관하며, 세법에 따라 보존해야 하는 장부는 국세기본법이 정한 기간 동안 보관합니다."],
      // a deadline, not a retention period
      ["기부금 영수증은 소득세법 제160조의3에 따라 요청일부터 7일 이내에 발급합니다."],
    ])("'%s'", async (line) => {
      expect(await shortPeriods(policy(line))).toEqual([]);
    });

    it.each([
      [
        "text",
        [
          "| 수집 항목 | 수집 근거 | 보유 기간 |",
          "| 후원자 주민등록번호 | 소득세법 제160조의3 | 1년 |",
          "| 단원 연락처 | 본인 동의 | 탈퇴 시까지 |",
        ],
      ],
      ["markdown", ["", "| 수집 항목 | 수집 근거 | 보유 기간 |", "|---|---|---|", "| 후원자 주민등록번호 | 소득세법 제160조의3 | 1년 |"]],
      // the text form with a separator row: the table's header is not read, so the column's name is unknown
      [
        "text",
        [
          "",
          "| 수집 항목 | 수집 근거 | 보유 기간 |",
          "|---|---|---|",
          "| 후원자 주민등록번호 | 소득세법 제160조의3 | 1년 |",
          "| 단원 연락처 | 본인 동의 | 탈퇴 시까지 |",
        ],
      ],
    ] as const)("a table (%s) whose column gives the basis for collecting, not for keeping", async (format, rows) => {
      expect(await shortPeriods(policy(...rows), format)).toEqual([]);
    });

    it("a record the rule knows by name is reported once, as before", async () => {
      const findings = await findingsOf("retention-statute", policy("- 거래에 관한 장부: 3년 (국세기본법 제85조의3)"));
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "tooShort"]]);
    });
  });
});
