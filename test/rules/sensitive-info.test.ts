// sensitive-info: the plain "never made public" statement, read across hard-wrapped lines.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("sensitive-info", lines)).map((f) => [f.line, f.messageId]);
const policy = (...passage: string[]) => [
  "푸른숲 산악회 개인정보 처리방침",
  "",
  "【민감정보의 처리】",
  ...passage,
  "",
  "【보유 기간】",
  "회원 탈퇴 시까지 보유합니다.",
];
// wrapped at a narrow column; the second line, opening with a statute's name, reads like a heading on its own
const opening = [
  "회원의 질병 정보는 산행 중 응급 상황에 대비하여",
  "「개인정보 보호법」 제23조에 따라 별도 동의를",
  "받아 처리하는 민감정보입니다.",
];

describe("not made public, wrapped at a narrow column", () => {
  it("must not fire: the subject on one line, the denial on the next", async () => {
    const text = policy(
      ...opening.slice(0, 2),
      "받아 처리하는 민감정보입니다. 산악회는 회원",
      "명부를 누구에게도 보여 주지 않으므로 이 민감정보가",
      "공개될 가능성은 없으나, 행사 사진에 이름이 실리기를",
      "원하지 않으면 총무에게 말씀해 주십시오.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: the same passage unwrapped", async () => {
    const text = policy(
      "회원의 질병 정보는 산행 중 응급 상황에 대비하여 「개인정보 보호법」 제23조에 따라 별도 동의를 받아 처리하는 민감정보입니다. 산악회는 회원 명부를 누구에게도 보여 주지 않으므로 이 민감정보가 공개될 가능성은 없으나, 행사 사진에 이름이 실리기를 원하지 않으면 총무에게 말씀해 주십시오.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must fire: wrapped lines that say nothing about making it public", async () => {
    expect(await found(policy(...opening, "산행 신청서와 함께 보관합니다."))).toEqual([[3, "noDisclosure"]]);
  });
});
