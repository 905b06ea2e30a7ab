// retention-statute and the regulator's template opening ("법령에 따른 보유·이용기간 또는 … 동의받은 기간 내에서
// 처리·보유합니다"): followed by the items, each with a period of its own and none left to a law, it states the
// principle, and the policy keeps nothing under a statute it leaves unnamed. Followed by an item left to the law,
// an item with no period (or kept only until an event), or nothing at all, the opening is still the only word on
// statutory records.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const OPENING =
  "① 체육관은 법령에 따른 개인정보 보유·이용기간 또는 회원에게서 개인정보를 받을 때 동의받은 기간 내에서 개인정보를 처리·보유합니다.";
const policy = (...items: string[]) => ["한울 체육관 개인정보 처리방침", "", "제2조 (개인정보의 처리 및 보유 기간)", OPENING, ...items];
const vague = async (text: string[]) =>
  (await findingsOf("retention-statute", text)).filter((f) => f.messageId === "vague").map((f) => f.line);

describe("retention-statute: the template's opening before a period for every item", () => {
  it("does not fire when every item has its own period", async () => {
    const text = policy(
      "② 항목별 보유 기간은 다음과 같습니다.",
      "  - 회원 정보: 회원 탈퇴 후 1개월",
      "  - 출입 기록: 출입일부터 6개월",
      "  - 강습 신청 정보: 강습 종료 후 1년",
    );
    expect(await vague(text)).toEqual([]);
  });

  it.each([
    ["an item left to the law", ["  - 회원 정보: 회원 탈퇴 시까지", "  - 결제 기록: 관계 법령에 따른 기간"]],
    ["an item with no period", ["  - 회원 정보: 회원 탈퇴 후 1개월", "  - 상담 기록: 필요한 동안"]],
    ["items kept until an event only", ["  - 회원 정보: 회원 탈퇴 시까지", "  - 상담 기록: 상담 종료 시까지"]],
    ["no items", ["② 다만 보존이 필요한 기록은 따로 보관합니다."]],
  ])("fires with %s", async (_, items) => {
    expect(await vague(policy(...items))).toEqual([4]);
  });
});

// the periods given in a table of the policy's files, perhaps in another section ("개인정보파일 | 처리 항목 | 보유 기간")
describe("retention-statute: the template's opening beside a table of every file's period", () => {
  const withTable = (...rows: string[]) => [
    "한울 체육관 개인정보 처리방침",
    "",
    "제1조 (처리하는 개인정보의 항목)",
    "| 개인정보파일 | 처리 항목 | 보유 기간 |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "제2조 (개인정보의 처리 및 보유 기간)",
    OPENING,
  ];
  it("does not fire when every row has its own period", async () => {
    const text = withTable("| 회원 명부 | 이름, 연락처 | 탈퇴 후 1개월 |", "| 강습 신청서 | 이름, 생년월일 | 강습 종료 후 1년 |");
    expect(await vague(text)).toEqual([]);
  });
  it("fires when a row leaves its period to the law", async () => {
    const text = withTable("| 회원 명부 | 이름, 연락처 | 탈퇴 후 1개월 |", "| 결제 기록 | 결제 금액 | 관계 법령에 따른 기간 |");
    expect(await vague(text)).toEqual([10]);
  });
});
