// A page exported from a word processor (Google Docs, Word): some sections under heading tags, others only as a
// paragraph whose span the page's style sheet sets in bold ("<p><span class='c7'>3. …</span></p>", ".c7{font-weight:700}"),
// numbered on with the tagged ones. Both are the policy's sections, at one level.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const page = (destruction: string[]) =>
  [
    '<html><head><style type="text/css">.c1{font-weight:400;font-size:10.5pt}.c7{color:#111111;font-weight:700;font-size:13pt}</style></head><body>', // 1
    '<p class="c3"><span class="c1">한솔마켓(이하 "회사")은 이용자의 개인정보를 다음과 같이 처리합니다.</span></p>', // 2
    '<h2 id="h.a1"><span class="c7">1. 개인정보의 처리 목적</span></h2>', // 3
    '<p><span class="c1">주문 처리와 배송 안내를 위해 처리합니다.</span></p>', // 4
    '<h2 id="h.a2"><span class="c7">2. 처리하는 개인정보의 항목</span></h2>', // 5
    '<p><span class="c1">이름, 휴대전화번호, 배송지 주소</span></p>', // 6
    ...destruction, // 7–8
    '<p class="c3"><span class="c7">4. 개인정보의 안전성 확보조치</span></p>', // 9
    '<p><span class="c1">접근 권한을 관리하고 비밀번호를 암호화합니다.</span></p>', // 10
    '<h2 id="h.a5"><span class="c7">5. 개인정보 보호책임자</span></h2>', // 11
    '<p><span class="c1">보호책임자: 운영팀장 한다온 (02-555-0190)</span></p>', // 12
    "</body></html>",
  ].join("\n");
const destruction = [
  '<p class="c3"><span class="c7">3. 개인정보의 파기 절차 및 방법</span></p>',
  '<p><span class="c1">보유 기간이 지나면 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지웁니다.</span></p>',
];

describe("sections set in bold by the page's style sheet, numbered on with the heading tags", () => {
  it("are sections at the tags' level", async () => {
    const document = await parsePolicy(page(destruction), "html");
    expect(document.sections.map((section) => [section.startLine, section.heading.number])).toEqual([
      [3, 1],
      [5, 2],
      [7, 3],
      [9, 4],
      [11, 5],
    ]);
  });
  it("so a section left out is reported missing", async () => {
    const without = page([
      '<p class="c3"><span class="c7">3. 개인정보의 안전성 확보조치</span></p>',
      '<p><span class="c1">접근 권한을 관리합니다.</span></p>',
    ]);
    expect((await findingsOf("required-destruction", without, "html")).map((f) => f.messageId)).toEqual(["missing"]);
    expect(await findingsOf("required-destruction", page(destruction), "html")).toEqual([]);
  });
  it("a span styled bold inside a sentence is no heading", async () => {
    const inline = page([
      '<p><span class="c1">파기는 </span><span class="c7">지체 없이</span><span class="c1"> 합니다.</span></p>',
      "<p></p>",
    ]);
    const document = await parsePolicy(inline, "html");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(7);
  });
});

// "<h2>1.</h2>", "<p><b>2.</b></p>", a table whose row headers "<th rowspan>" title 3–5, "<h2>6.</h2>", "<p><b>6-1.</b></p>":
// one run of numbers at one level, the sub-number under the section before it
describe("a page mixing heading tags, bold paragraphs and row-header titles", () => {
  const page = [
    "<html><body>", // 1
    "<h2>1. 개인정보의 처리 목적</h2>", // 2
    "<p>진료 예약과 진료비 청구를 위해 처리합니다.</p>", // 3
    "<p><b>2. 처리하는 개인정보의 항목</b></p>", // 4
    "<p>성명, 생년월일, 연락처, 진료 기록</p>", // 5
    "<table border='1'>", // 6
    "<tr><th rowspan='2'>3. 개인정보의 처리 및 보유 기간</th><th>기록</th><th>기간</th></tr>", // 7
    "<tr><td>진료기록부</td><td>10년</td></tr>", // 8
    "<tr><th rowspan='2'>4. 개인정보의 파기 절차 및 방법</th><td>절차</td><td>기간이 지나면 원장의 확인을 받아 파기합니다.</td></tr>", // 9
    "<tr><td>방법</td><td>전자 파일은 복구할 수 없게 지우고 종이는 분쇄합니다.</td></tr>", // 10
    "</table>", // 11
    "<h2>5. 개인정보의 안전성 확보조치</h2>", // 12
    "<p>접근 권한을 관리합니다.</p>", // 13
    "<p><b>5-1. 자동 수집 장치</b></p>", // 14
    "<p>쿠키를 사용하지 않습니다.</p>", // 15
    "<p><b>6. 개인정보 보호책임자</b></p>", // 16
    "<p>원장 오세윤 (02-555-0161)</p>", // 17
    "</body></html>",
  ].join("\n");
  it("reads every numbered title as a section, and no gap", async () => {
    const document = await parsePolicy(page, "html");
    expect(document.sections.map((section) => section.heading.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await findingsOf("numbering", page, "html")).toEqual([]);
  });
});
