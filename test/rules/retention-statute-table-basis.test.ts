// retention-statute and a retention table whose basis column names no law for a row ("결제 기록 | 5년 | 관계 법령"):
// the basis is as blank as an empty cell. A named statute, or a basis that is no law (consent, a customer's
// request), is left alone.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const markdown = (basis: string) => [
  "# 구름판 개인정보 처리방침",
  "",
  "## 1. 개인정보의 처리 및 보유 기간",
  "",
  "| 보존 항목 | 보존 기간 | 보존 근거 |",
  "|---|---|---|",
  "| 계정 정보 | 해지 후 30일 | 고객사의 복구 요청 대응 |",
  `| 요금 결제 기록 | 5년 | ${basis} |`,
  "| 상담 내역 | 상담 후 1년 | 정보주체의 동의 |",
];
const box = (basis: string) => [
  "구름판 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 및 보유 기간",
  "┌────────────────┬────────────┬──────────────────┐",
  "│ 보존 항목      │ 보존 기간  │ 보존 근거        │",
  "├────────────────┼────────────┼──────────────────┤",
  "│ 계정 정보      │ 해지 후 30일 │ 복구 요청 대응 │",
  `│ 요금 결제 기록 │ 5년        │ ${basis.padEnd(14)}│`,
  "└────────────────┴────────────┴──────────────────┘",
];
const blank = async (text: string[], format: "text" | "markdown") =>
  (await findingsOf("retention-statute", text, format)).filter((f) => f.messageId === "blankBasis").map((f) => f.line);

describe("retention-statute: a basis cell that names no law", () => {
  it.each(["관계 법령", "관련 법령에 따름"])("must fire in a Markdown table: %s", async (basis) => {
    expect(await blank(markdown(basis), "markdown")).toEqual([8]);
  });
  it("must fire in a box-drawn table", async () => {
    expect(await blank(box("관련 법령"), "text")).toEqual([8]);
  });
  it.each(["국세기본법 제85조의3", "「부가가치세법」"])("must not fire on a named law: %s", async (basis) => {
    expect(await blank(markdown(basis), "markdown")).toEqual([]);
    expect(await blank(box(basis), "text")).toEqual([]);
  });
});
