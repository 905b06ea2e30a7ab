// overseas-transfer and transfers given record by record, field by field under each recipient: a record that leaves
// out what the other records give (its retention period) is reported at its recipient, by name; records that all
// give it, or a period said once for all after the last record, are not.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const record = (n: number, name: string, period: string | null) => [
  `[${n}]`,
  `이전받는 자: ${name}`,
  `연락처: privacy@${name.split(/[ ,]/)[0].toLowerCase()}.example`,
  "이전 국가: 미국",
  "이전 시기 및 방법: 이용 시 네트워크로 수시 전송",
  "이전 항목: 이름, 업무용 이메일",
  "이용 목적: 서비스 제공",
  ...(period ? [`보유 및 이용 기간: ${period}`] : []),
  "",
];
const policy = (...records: string[][]) => [
  "다리놓기 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "서비스 가입과 운영을 위하여 처리합니다.",
  "",
  "2. 개인정보의 국외 이전",
  "회사는 계약 이행을 위하여 다음과 같이 개인정보를 국외로 이전합니다.",
  "",
  ...records.flat(),
  "국외 이전을 원하지 않으면 privacy@example.kr로 거부할 수 있으며, 이 경우 서비스 일부를 이용할 수 없습니다.",
];
const found = async (text: string[]) =>
  (await findingsOf("overseas-transfer", text)).map((finding) => [finding.line, finding.messageId, finding.message]);

describe("overseas-transfer: a record that leaves out what the others give", () => {
  it("must fire at the record's recipient", async () => {
    const text = policy(
      record(1, "Northwind Cloud, Inc.", "탈퇴 시까지"),
      record(2, "Paybridge, Inc.", "결제 후 5년"),
      record(3, "Mailfox, Inc.", null),
    );
    const recipientLine = text.indexOf("이전받는 자: Mailfox, Inc.") + 1;
    expect(await found(text)).toEqual([
      [recipientLine, "recordIncomplete", "국외 이전받는 자 'Mailfox, Inc.'에 대해서는 보유·이용 기간을 적지 않았습니다"],
    ]);
  });

  it("must not fire when every record gives its period", async () => {
    expect(await found(policy(record(1, "Northwind Cloud, Inc.", "탈퇴 시까지"), record(2, "Mailfox, Inc.", "구독 해지 시까지")))).toEqual(
      [],
    );
  });

  it("must not fire on a period said once for all after the last record", async () => {
    const text = policy(record(1, "Northwind Cloud, Inc.", null), record(2, "Mailfox, Inc.", null), [
      "보유 및 이용 기간: 각 업체 모두 위탁계약 종료 시까지",
      "",
    ]);
    expect(await found(text)).toEqual([]);
  });
});
