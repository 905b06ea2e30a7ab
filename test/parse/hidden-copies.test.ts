import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// A page may keep a copy of its text for print, hidden on screen ("print-only", aria-hidden): every defect would be
// reported twice, once in text no reader sees. A hidden tab or collapsed panel that holds text of its own stays.

const provision = "제공받는 자: 제휴 보험사 / 제공 목적: 여행자 보험 가입 / 제공 항목: 성명, 생년월일 / 보유 기간: 보험 기간 종료 시까지";
const body = [
  "<h2>제1조(개인정보의 처리 목적)</h2>",
  "<p>누리여행은 항공권과 숙소 예약, 여행 일정 안내, 고객 상담을 위하여 개인정보를 처리합니다.</p>",
  "<h2>제2조(개인정보의 제3자 제공)</h2>",
  "<p>누리여행은 정보주체의 동의를 받아 다음과 같이 개인정보를 제공합니다.</p>",
  `<p>${provision}</p>`,
  "<h2>제3조(개인정보의 파기)</h2>",
  "<p>누리여행은 보유 기간이 지난 개인정보를 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지우고 종이는 파쇄합니다.</p>",
];
const page = (copy: string[]) =>
  ["<html><body>", "<h1>누리여행 개인정보 처리방침</h1>", "<div class='screen'>", ...body, "</div>", ...copy, "</body></html>"].join("\n");

describe("a hidden copy of the page's own text", () => {
  it("is left out where a print-only block repeats the text", async () => {
    const text = page(["<div class='print-only' aria-hidden='true'>", ...body.map((line) => line.replace(/h2>/g, "h4>")), "</div>"]);
    const findings = await findingsOf("third-party-provision", text.split("\n"), "html");
    expect(findings.map((finding) => finding.line)).toEqual([8]);
  });
  it("is kept where the hidden block holds text of its own", async () => {
    const own = [
      "<section role='tabpanel' hidden>",
      "<h2>제4조(개인정보의 안전성 확보조치)</h2>",
      "<p>누리여행은 내부관리계획을 세워 시행하고, 개인정보취급자를 최소한으로 두며 해마다 교육합니다.</p>",
      "<p>예약 시스템의 접근 권한을 관리하고, 고객의 여권번호와 카드 번호는 암호화하여 저장합니다.</p>",
      "<p>서류는 잠금장치가 있는 보관함에 두고, 사무실 출입은 출입카드로 통제합니다.</p>",
      "</section>",
    ];
    const document = await parsePolicy(page(own), "html");
    expect(document.plain.some((line) => line.includes("내부관리계획"))).toBe(true);
  });
});
