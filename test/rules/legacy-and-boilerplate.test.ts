// Old policies use old headings, and templates mention items without disclosing them (law.md §11.0).
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const header = ["새벽 개인정보 처리방침", ""];

describe("legacy headings count as the item", () => {
  it("'고지의 의무' is the change section", async () => {
    const text = [...header, "11. 고지의 의무", "내용이 바뀌면 시행 7일 전에 공지하고, 중요한 변경은 30일 전에 공지합니다."];
    expect(await linesOf("change-notice", text)).toEqual([]);
  });
  it("'개인정보 취급위탁' is the entrustment section", async () => {
    const text = [...header, "6. 개인정보 취급위탁", "당사는 아래와 같이 위탁하고 있습니다.", "", "7. 파기", "지체 없이 파기합니다."];
    expect((await findingsOf("processor-disclosure", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "announcedNotListed"]]);
  });
  it("'이용자 및 법정대리인의 권리와 그 행사방법' is the rights section", async () => {
    const text = [
      ...header,
      "7. 이용자 및 법정대리인의 권리와 그 행사방법",
      "이용자는 개인정보를 조회·수정하거나 가입 해지(동의 철회)를 요청할 수 있습니다.",
    ];
    expect(await linesOf("required-rights", text)).toEqual([]);
  });
});

describe("boilerplate that mentions an item without disclosing it", () => {
  it("the Art. 26 contract paragraph names no processor", async () => {
    const text = [
      ...header,
      "5. 개인정보 처리업무의 위탁",
      "회사는 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 재위탁 제한, 수탁자에 대한 관리·감독 등을 계약서에 명시하고 있습니다.",
    ];
    expect((await findingsOf("processor-disclosure", text)).map((f) => f.messageId)).toEqual(["noProcessor"]);
  });
  it("a section listed only in the table of contents is missing", async () => {
    const text = [
      ...header,
      "1. 처리 목적",
      "2. 개인정보의 파기",
      "3. 보호책임자",
      "",
      "1. 처리 목적",
      "회원 관리",
      "3. 보호책임자",
      "성명: 한결, 전화: 02-555-0100",
    ];
    expect((await findingsOf("required-destruction", text)).map((f) => [f.line, f.messageId])).toEqual([[1, "missing"]]);
  });
  it("a passing mention of the DPO inside another section is not a DPO section", async () => {
    const text = [...header, "4. 파기", "파기 대상은 개인정보 보호책임자의 승인을 받아 파기합니다."];
    expect((await findingsOf("dpo-contact", text)).map((f) => [f.line, f.messageId])).toEqual([[1, "missing"]]);
  });
});
