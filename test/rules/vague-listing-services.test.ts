// vague-listing and the services a login or an account comes through: "소셜 로그인(애플, 페이스북 등)" names the
// platforms a member may sign in with, which are neither the items collected nor their recipients, even in the
// items section; the items themselves, listed with 등, are still an open list.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const items = (...body: string[]) => ["새벽빵집 개인정보 처리방침", "", "2. 처리하는 개인정보 항목", ...body];

describe("vague-listing: examples of login services", () => {
  it.each([
    ["social login", items("소셜 로그인(애플, 페이스북, 라인 등)으로 가입하면 이메일과 닉네임만 받습니다.")],
    ["an account linked", items("간편 계정 (카카오, 네이버 등)을 연결한 회원은 해당 계정의 고유 번호를 함께 받습니다.")],
    ["SNS login service", items("- SNS 로그인 서비스（구글, 애플 등） 이용 시: 이메일 주소, 이름")],
  ])("must not fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it.each([
    ["items after the login", items("소셜 로그인 시 받는 정보: 이메일, 닉네임, 프로필 사진 등")],
    ["items in brackets after another noun", items("회원 정보(이메일, 닉네임, 생년월일 등)를 받습니다.")],
    ["items after a login bracket that is closed", items("- 소셜 로그인(예: 애플): 이메일, 관심 정보(취미, 직업 등)")],
  ])("must fire: %s", async (_, text) => {
    expect(await linesOf("vague-listing", text)).toEqual([4]);
  });
});
