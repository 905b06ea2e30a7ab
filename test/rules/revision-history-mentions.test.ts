// A revision history tells how the policy changed ("자동화된 결정 조항 신설", a version table's "국외 이전 항목
// 추가"): no rule reads its entries as what the controller does now.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const opening = [
  "# 솔빛도서관재단 개인정보 처리방침",
  "",
  "## 1. 개인정보의 처리 목적",
  "도서 대출, 강좌 접수와 행사 안내를 위해 개인정보를 처리합니다.",
  "",
  "## 2. 자동화된 결정",
  "재단은 완전히 자동화된 시스템으로 이용자의 권리에 영향을 주는 결정을 하지 않습니다.",
  "",
  "## 3. 개인정보의 국외 이전",
  "재단은 개인정보를 국외로 이전하지 않습니다.",
  "",
  "## 4. 처리방침의 변경",
  "이 방침은 2025년 6월 1일부터 시행합니다.",
  "",
];

describe("revision history entries are no statements of processing", () => {
  it("does not read a version table's rows", async () => {
    const text = [
      ...opening,
      "| 버전 | 시행일 | 주요 변경 내용 |",
      "|---|---|---|",
      "| 3.1 | 2024-03-15 | 자동화된 결정 관련 사항 추가 |",
      "| 3.0 | 2023-09-15 | 국외 이전 항목 신설 (Qualtrics) |",
    ];
    expect(await findingsOf("automated-decision", text, "markdown")).toEqual([]);
    expect(await findingsOf("overseas-transfer", text, "markdown")).toEqual([]);
  });

  it("does not read dated entries after a history label", async () => {
    const text = [
      ...opening,
      "<변경 이력>  2025. 6. 1. 국외 이전(Qualtrics) 항목 신설",
      "             2024. 3. 15. 자동화된 결정 조항 신설",
    ];
    expect(await findingsOf("automated-decision", text)).toEqual([]);
    expect(await findingsOf("overseas-transfer", text)).toEqual([]);
  });

  it("does not read a history label set as a list item", async () => {
    const text = [
      ...opening,
      "   - 변경 이력: 2024. 2. 1. 개정(국외 이전 관련 사항 정비), 2025. 6. 1. 개정(자동화된 결정 조항 신설)",
      "• 개정 이력 : 2023. 9. 15. 국외 이전 항목 추가",
    ];
    expect(await findingsOf("automated-decision", text)).toEqual([]);
    expect(await findingsOf("overseas-transfer", text)).toEqual([]);
  });

  it("still reads a list item that states the processing, label or not", async () => {
    const text = [...opening.slice(0, 4), "   - 변경 사항: 대출 연체 회원의 이용 정지는 자동화된 결정으로 이루어집니다."];
    expect((await findingsOf("automated-decision", text)).length).toBeGreaterThan(0);
  });

  it("still reads a statement outside the history", async () => {
    const text = [
      ...opening.slice(0, 4),
      "대출 연체 회원의 이용 정지는 자동화된 결정으로 이루어집니다.",
      "",
      "| 버전 | 시행일 | 주요 변경 내용 |",
      "|---|---|---|",
      "| 3.1 | 2024-03-15 | 자동화된 결정 관련 사항 추가 |",
    ];
    expect((await findingsOf("automated-decision", text, "markdown")).map((finding) => finding.line)).toEqual([5, 5]);
  });
});
