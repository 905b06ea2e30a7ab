// A policy written as a form: flush-left labels that name the items ("보유 기간:", "국외 이전:"), nothing after the
// colon, each over the indented fields that fill it in. The labels are the sections; the same short label indented
// under a section, or a label naming no item, is a field or a note inside it.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const form = (transfer: string[]) => [
  "달빛 세탁 앱 개인정보 처리방침", // 1
  "", // 2
  "처리 목적:", // 3
  "  세탁 주문: 수거·배송 일정 안내, 요금 결제", // 4
  "", // 5
  "처리 항목:", // 6
  "  필수: 이름, 휴대전화번호, 수거 주소", // 7
  "", // 8
  "보유 기간:", // 9
  "  회원 정보: 탈퇴 시까지", // 10
  "", // 11
  "국외 이전:", // 12
  ...transfer, // 13…
  "", //
  "파기:", //
  "  절차: 보유 기간이 끝난 정보는 지체 없이 파기", //
  "  방법: 전자 파일은 복구할 수 없게 삭제", //
];
const fullTransfer = [
  "  이전받는 자: Example Analytics Inc. (privacy@analytics.example)", // 13
  "  이전 국가: 미국", // 14
  "  이전 일시·방법: 앱 오류가 날 때 네트워크로 전송", // 15
  "  이전 항목: 기기 정보, 오류 기록", // 16
  "  이용 목적 및 보유 기간: 오류 분석, 수집 후 90일", // 17
  "  거부 방법: 앱 [설정 > 오류 보고] 끄기 (꺼도 주문 가능)", // 18
];

describe("a form's flush-left labels over indented fields", () => {
  it("are its sections", async () => {
    const document = await parsePolicy(form(fullTransfer).join("\n"));
    expect(document.allSections.slice(1).map((section) => [section.startLine, section.heading.title])).toEqual([
      [3, "처리 목적"],
      [6, "처리 항목"],
      [9, "보유 기간"],
      [12, "국외 이전"],
      [20, "파기"],
    ]);
  });

  it("are read for what their fields give, and for what they leave out", async () => {
    expect(await findingsOf("overseas-transfer", form(fullTransfer))).toEqual([]);
    const withoutRefusal = fullTransfer.slice(0, -1);
    expect((await findingsOf("overseas-transfer", form(withoutRefusal))).map((finding) => finding.line)).toEqual([12]);
  });

  it("a label indented under a section, or one naming no item, stays inside it", async () => {
    const nested = [
      "달빛 세탁 앱 개인정보 처리방침",
      "",
      "1. 개인정보의 처리 목적 및 항목",
      "  처리 항목:",
      "    이름, 휴대전화번호",
      "",
      "2. 개인정보의 보유 기간",
      "회원 정보는 탈퇴 시까지 보유합니다.",
      "연령 제한:",
      "  만 14세 미만은 가입할 수 없습니다.",
    ];
    const document = await parsePolicy(nested.join("\n"));
    expect(document.allSections.map((section) => section.heading.title)).toEqual([
      "달빛 세탁 앱 개인정보 처리방침",
      "개인정보의 처리 목적 및 항목",
      "개인정보의 보유 기간",
    ]);
  });
});

describe("a form's processors, each a field indented under the label", () => {
  const entrusted = (second: string) => [
    "달빛 세탁 앱 개인정보 처리방침",
    "",
    "처리 목적:",
    "  세탁 주문: 수거·배송 일정 안내",
    "",
    "처리 항목:",
    "  필수: 이름, 휴대전화번호, 수거 주소",
    "",
    "보유 기간:",
    "  회원 정보: 탈퇴 시까지",
    "",
    "맡기는 업무:",
    "    ㈜누리문자: 알림 문자 발송", // 13
    `    ${second}`, // 14
    "    위탁 계약에 목적 외 처리 금지와 재위탁 제한을 적고 수탁자를 관리·감독합니다.",
  ];
  it("reports a processor given as a kind, and no label or sentence", async () => {
    const findings = await findingsOf("processor-disclosure", entrusted("결제대행사: 요금 결제와 환불"));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[14, "unnamedProcessor"]]);
    expect(await findingsOf("processor-disclosure", entrusted("㈜한빛페이: 요금 결제와 환불"))).toEqual([]);
  });
});
