// A required item given without a section of its own is disclosed: "missing" is a claim that the text is not there.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const sections = (...body: string[]) => ["누리마루 개인정보 처리방침", "", "1. 안내", "누리마루는 다음과 같이 정보를 다룹니다.", ...body];

describe("evidence before absence", () => {
  it("takes a retention field with a value for the retention item", async () => {
    const text = sections("2. 회원 파일", "- 파일명 : 회원", "- 보관 기간 : 탈퇴 후 2년", "3. 문의", "전화 02-000-0000");
    expect(await linesOf("required-retention", text)).toEqual([]);
  });

  it("takes an items field under a purposes heading for the items", async () => {
    const text = sections("2. 이용 목적", "가. 상담 회신", "- 수집항목 : 휴대전화번호, 상담 내용", "- 보관 기간 : 1년");
    expect(await linesOf("required-items", text)).toEqual([]);
  });

  it("takes a table column for the item", async () => {
    const text = sections("2. 처리 현황", "구분 | 목적 | 수집 항목 | 보유 기간", "회원 | 본인 확인 | 이메일, 비밀번호 | 탈퇴 시까지");
    expect(await linesOf("required-retention", text)).toEqual([]);
    expect(await linesOf("required-items", text)).toEqual([]);
  });

  it("does not take a recipient's purpose column for the controller's own purposes", async () => {
    const recipients = ["받는 곳 | 목적 | 항목 | 보유 기간", "㈜한결택배 | 상품 배송 | 이름, 주소 | 배송 완료 후 3개월"];
    const provision = sections("2. 개인정보의 제3자 제공", ...recipients, "3. 문의", "전화 02-000-0000");
    expect(await linesOf("required-purpose", provision)).toEqual([1]);
    const ownTable = sections("2. 개인정보 처리 현황", ...recipients, "3. 문의", "전화 02-000-0000");
    expect(await linesOf("required-purpose", ownTable)).toEqual([]);
  });

  it("takes a title-like line that is not numbered like the sections, with its substance below", async () => {
    const text = sections(
      "2. 보관",
      "회원 정보는 탈퇴 후 지웁니다.",
      "▷ 파기 절차와 방법",
      "목적을 이룬 정보는 지체 없이 지우며, 종이는 파쇄합니다.",
    );
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });

  it("takes a phrase in running text with the item's substance beside it", async () => {
    const text = sections("2. 보관과 파기", "쿠키는 로그인 유지에 씁니다. 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다.");
    expect(await linesOf("required-cookies", text)).toEqual([]);
  });

  // a numbered item that is a sentence is its own substance, not a title over the lines after it
  it("takes a rights sentence given as a numbered item under another section", async () => {
    const text = sections(
      "2. 보호책임자와 문의",
      "① 보호책임자: 관장 도한결 / 02-000-0000",
      "② 회원과 그 대리인은 자기 정보의 열람, 정정·삭제, 처리정지를 요구할 수 있으며, 요구는 안내 데스크 방문이나 전화로 하실 수 있습니다.",
      "③ 누리마루 누리집은 쿠키를 쓰지 않습니다.",
    );
    expect(await linesOf("required-rights", text)).toEqual([]);
  });

  it("still reports the rights when the numbered items only name the desk", async () => {
    const text = sections("2. 보호책임자와 문의", "① 보호책임자: 관장 도한결 / 02-000-0000", "② 문의는 안내 데스크로 해 주십시오.");
    expect(await linesOf("required-rights", text)).toEqual([1]);
  });

  it("still reports an item when only a common word stands for it", async () => {
    const text = sections("2. 문의", "게시글은 언제든 삭제할 수 있습니다.", "로그인 정보는 쿠키에 담깁니다.");
    expect(await linesOf("required-destruction", text)).toEqual([1]);
    expect(await linesOf("required-cookies", text)).toEqual([1]);
  });

  it("still reports an item whose field is there but left blank", async () => {
    const text = sections("2. 회원 파일", "- 파일명 : 회원", "- 보관 기간 :", "- 담당 : 운영팀");
    expect(await linesOf("required-retention", text)).toEqual([1]);
  });
});

// A title standing alone with its colon ("개인정보의 파기:") names the item over the lines below it, and under an
// unnumbered title the numbered lines that follow are its list, not the next title.
describe("evidence before absence: a title with an open colon, over a numbered list", () => {
  const policy = (...body: string[]) => ["솔내음 공방 개인정보 처리방침", "", ...body];

  it("takes titles ending in a colon for their items, each over its own lines", async () => {
    const text = policy(
      "개인정보의 처리 목적:",
      "공방은 아래 목적으로만 정보를 씁니다.",
      "1) 수강 신청: 강좌 배정, 재료 준비",
      "",
      "파기 절차 및 방법:",
      "기한이 지난 기록은 지체 없이 지우며, 전자 파일은 영구 삭제하고 종이는 파쇄합니다.",
    );
    expect(await linesOf("required-destruction", text)).toEqual([]);
    expect(await linesOf("required-purpose", text)).toEqual([]);
  });

  it("reads the numbered list under an unnumbered title as its substance", async () => {
    const text = policy(
      "개인정보의 처리 목적:",
      "공방은 아래 목적으로만 정보를 씁니다.",
      "1) 수강 신청: 강좌 배정, 재료 준비",
      "2) 환불 처리: 수강료 반환",
    );
    expect(await linesOf("required-purpose", text)).toEqual([]);
  });

  it("still reports the item when the colon title is a field with its own value elsewhere", async () => {
    const text = policy("1. 안내", "문의처: 02-000-0000", "2. 처리 항목", "이름, 연락처");
    expect(await linesOf("required-destruction", text)).toEqual([1]);
  });
});
