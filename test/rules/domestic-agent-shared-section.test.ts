// domestic-agent and a section shared with the privacy officer: the officer's own line ("개인정보 보호책임자: … 전화
// …", "Privacy Officer: … +65 …") gives the officer's phone, not the agent's.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...agent: string[]) => [
  "Starfall 개인정보 처리방침",
  "",
  "13. 개인정보 보호책임자 및 국내대리인",
  "Privacy Officer: Daniel Koh, dpo@starfall.example, +65 6812 4470",
  "개인정보 보호책임자: Daniel Koh, 전자우편 dpo@starfall.example, 전화 +65-6812-4470",
  "회사는 「개인정보 보호법」 제31조의2에 따라 아래와 같이 국내대리인을 지정하였습니다. 국내대리인은 개인정보 보호책임자의 업무를 대리합니다.",
  "- 명칭 및 대표자: 주식회사 한빛대리 (대표이사 오세린)",
  "- 주소: 서울특별시 중구 세종대로 1, 3층",
  "- 전자우편: agent@hanbit-agent.example",
  ...agent,
];
const found = async (text: string[]) => (await findingsOf("domestic-agent", text)).map((finding) => finding.message);

describe("domestic-agent: a section shared with the privacy officer", () => {
  it("must fire when only the officer gives a phone", async () => {
    expect(await found(policy())).toEqual(["국내대리인의 전화번호가 없습니다"]);
  });
  it("must not fire when the agent gives its own", async () => {
    expect(await found(policy("- 전화번호: 02-6000-1234"))).toEqual([]);
  });
});
