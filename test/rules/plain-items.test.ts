// required-purpose, required-rights, required-safety under plain-language and question titles, and with their
// substance in plain words under a title that names no item: a "missing" finding claims the text is absent.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

// a complete policy of 제N조 articles; each test replaces one article
const articles: Record<string, string[]> = {
  purpose: ["제1조(개인정보의 처리 목적)", "도서관은 도서 대출 예약과 연체 안내를 위하여 개인정보를 처리합니다."],
  items: ["제2조(처리하는 개인정보의 항목)", "이름, 휴대전화번호, 대출 카드 번호"],
  retention: ["제3조(개인정보의 처리 및 보유 기간)", "회원 탈퇴 시까지 보유합니다."],
  destruction: ["제4조(개인정보의 파기 절차 및 방법)", "기간이 지난 정보는 지체 없이 파기하며, 파일은 영구 삭제하고 종이는 파쇄합니다."],
  rights: ["제5조(정보주체의 권리·의무 및 행사방법)", "회원은 개인정보 열람, 정정·삭제, 처리정지를 서면이나 전화로 요구할 수 있습니다."],
  safety: ["제6조(개인정보의 안전성 확보조치)", "도서관은 내부관리계획 수립, 접근권한 관리, 개인정보 암호화를 시행합니다."],
  dpo: ["제7조(개인정보 보호책임자)", "개인정보 보호책임자: 관장 한지민 (전화 031-555-0142)"],
};

function library(replaced: string, ...article: string[]): string[] {
  const body = Object.entries(articles).flatMap(([name, lines]) => [...(name === replaced ? article : lines), ""]);
  return ["누리도서관 개인정보 처리방침", "", ...body];
}

describe("required-purpose", () => {
  it.each([["제1조(무엇을 위해 정보를 모으나요)"], ["제1조(무엇 때문에 개인정보가 필요한가요)"]])(
    "does not fire under the question title '%s', its question mark left out",
    async (title) => {
      const text = library("purpose", title, "도서 대출 예약과 연체 안내를 위해 씁니다.");
      expect(await linesOf("required-purpose", text)).toEqual([]);
    },
  );

  it("does not fire when a title that names no item holds '…를 위하여 개인정보를 처리합니다'", async () => {
    const text = library("purpose", "제1조(도서관 이용 안내)", "도서관은 도서 대출 예약과 연체 안내를 위하여 개인정보를 처리합니다.");
    expect(await linesOf("required-purpose", text)).toEqual([]);
  });

  it("fires when the only such sentence is the preamble's purpose of the policy itself", async () => {
    const text = [
      "누리도서관 개인정보 처리방침",
      "누리도서관은 이용자의 개인정보를 보호하기 위하여 이 처리방침을 둡니다.",
      "",
      ...library("purpose").slice(4),
    ];
    expect(await linesOf("required-purpose", text)).toEqual([1]);
  });
});

describe("required-safety", () => {
  it.each([
    ["제6조(개인정보를 지키는 방법)"],
    ["제6조(개인정보를 안전하게 지키는 방법)"],
    ["제6조(개인정보 보호 방법)"],
    ["제6조(안전조치)"],
    ["제6조(개인정보 안전조치)"],
  ])("does not fire under the plain title '%s'", async (title) => {
    const text = library("safety", title, "직원별로 접근권한을 따로 주고, 대출 기록은 암호화하여 저장합니다.");
    expect(await linesOf("required-safety", text)).toEqual([]);
  });

  it("does not fire when a passage lists two measures under a title that names no item", async () => {
    const text = library("safety", "제6조(도서관의 약속)", "도서관은 내부관리계획을 세워 지키고, 대출 기록의 접속기록을 보관합니다.");
    expect(await linesOf("required-safety", text)).toEqual([]);
  });

  it("does not fire when the measures stand one to a bullet under a title that names no item", async () => {
    const text = library(
      "safety",
      "▶ 도서관이 정보를 다루는 방식",
      "· 대출 기록 암호화 보관",
      "· 사서 계정의 접근 권한 최소화",
      "· 연 1회 교육",
    );
    expect(await linesOf("required-safety", text)).toEqual([]);
  });

  it("fires when the one measure of each bullet is all the list gives", async () => {
    const text = library("safety", "▶ 도서관이 정보를 다루는 방식", "· 대출 기록 암호화 보관", "· 연 1회 교육");
    expect(await linesOf("required-safety", text)).toEqual([1]);
  });

  it("fires when one measure is mentioned in passing", async () => {
    const text = library("safety", "제6조(도서관의 약속)", "비밀번호는 암호화하여 저장합니다.");
    expect(await linesOf("required-safety", text)).toEqual([1]);
  });

  it("fires when only the cameras' section lists measures: those are the cameras' own", async () => {
    const text = library(
      "safety",
      "제6조(영상정보처리기기 운영·관리)",
      "녹화 영상은 접근 통제와 암호화를 적용하여 관리실에 보관하며, 출입통제를 합니다.",
    );
    expect(await linesOf("required-safety", text)).toEqual([1]);
  });
});

describe("required-rights", () => {
  const plain =
    "회원은 자기 정보를 보여 달라고(열람) 하거나, 고치거나 지워 달라고(정정·삭제) 하거나, 쓰지 말아 달라고(처리정지) 할 수 있고, 요청은 안내데스크 방문이나 전화로 하시면 됩니다.";

  it("does not fire under '회원이 할 수 있는 일' with the rights in plain words and their terms in brackets", async () => {
    expect(await linesOf("required-rights", library("rights", "제5조(회원이 할 수 있는 일)", plain))).toEqual([]);
  });

  it("does not fire when the same passage stands under a title that names no item", async () => {
    expect(await linesOf("required-rights", library("rights", "제5조(도서관 이용 안내)", plain))).toEqual([]);
  });

  it("fires when the plain passage names one right only", async () => {
    const text = library("rights", "제5조(도서관 이용 안내)", "회원은 언제든지 회원 카드를 다시 발급해 달라고 할 수 있습니다.");
    expect(await linesOf("required-rights", text)).toEqual([1]);
  });
});
