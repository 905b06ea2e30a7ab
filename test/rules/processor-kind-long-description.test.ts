// processor-disclosure: a processor given by its kind with a longer description of the work before the head noun
// ("출결 관리 프로그램 유지보수 업체"), in a table cell as in a list item, is a kind and names no one; a company's
// mark before the words of work keeps it a name.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";
import { isBusinessKind } from "../../src/runtime/business-kinds.js";

const found = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf("processor-disclosure", lines, format)).map((f) => [f.line, f.messageId]);

/** An entrustment table of one row: `processor` does the upkeep. */
const entrustedTo = (processor: string) => [
  "# 늘푸른 공부방 개인정보 처리방침",
  "",
  "## 5. 개인정보 처리의 위탁",
  "",
  "| 수탁자 | 위탁업무 |",
  "|---|---|",
  `| ${processor} | 프로그램 유지보수 |`,
];

describe("a kind with four words of work before its head", () => {
  it("is a kind", () => {
    expect(isBusinessKind("출결 관리 프로그램 유지보수 업체")).toBe(true);
    expect(isBusinessKind("체험 학습 예약 시스템 업체")).toBe(true);
  });

  it("names no one in a table cell", async () => {
    expect(await found(entrustedTo("출결 관리 프로그램 유지보수 업체"), "markdown")).toEqual([[7, "unnamedProcessor"]]);
  });

  it("keeps a company's mark a name", async () => {
    expect(await found(entrustedTo("㈜늘솔 출결 관리 프로그램 유지보수"), "markdown")).toEqual([]);
  });
});
