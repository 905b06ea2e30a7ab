// Value extraction and the hand-written scanners that replaced backtracking regular expressions: the same
// answers on ordinary text, and an answer at all on the shapes that made the old patterns quadratic.
import { describe, expect, it } from "vitest";
import { fieldOf, findPeriods, findTemplateBlank, PHONE, EMAIL } from "../../src/runtime/extract.js";
import { parseDirectives } from "../../src/pipeline/directives.js";
import { findOpenList } from "../../src/runtime/open-list.js";
import { maskHtml } from "../../src/parse/html.js";

describe("findTemplateBlank", () => {
  it("finds generator blanks, the leftmost first", () => {
    expect(findTemplateBlank("담당자: [담당자 이름] (전화 OOO-OOOO)")).toEqual({ index: 5, length: 8 });
    expect(findTemplateBlank("보유기간: oo년간 보관")).toEqual({ index: 6, length: 2 });
    expect(findTemplateBlank("시행일: [YYYY.MM.DD]")).toEqual({ index: 5, length: 12 });
    expect(findTemplateBlank("연락처 < >")).toEqual({ index: 4, length: 3 });
    expect(findTemplateBlank("책임자 ○○○ 과장")).toEqual({ index: 4, length: 3 });
  });

  it("leaves ordinary brackets, words with O in them and filled values alone", () => {
    expect(findTemplateBlank("[별표 1] 수집 항목")).toBeNull();
    expect(findTemplateBlank("GOOGLE 및 ZOOM 사용")).toBeNull();
    expect(findTemplateBlank("책임자: 김하늘 (02-555-0101)")).toBeNull();
  });

  it("leaves an app's own screen or menu named in brackets alone, but not a blank beside one", () => {
    expect(findTemplateBlank("다만 회원이 [내 배송지] 목록에 남긴 주소는 지울 때까지 둡니다.")).toBeNull();
    expect(findTemplateBlank("[나의 연락처]에서 바꿀 수 있습니다")).toBeNull();
    expect(findTemplateBlank("앱의 [주소록] 화면에서 지울 수 있습니다")).toBeNull();
    expect(findTemplateBlank("[회사명]은(는) [주소] 화면에서")).toEqual({ index: 0, length: 5 });
    expect(findTemplateBlank("주소: [주소]")).toEqual({ index: 4, length: 4 });
  });

  it("answers on a long run of unclosed brackets", () => {
    expect(findTemplateBlank("[입력".repeat(20_000))).toBeNull();
  });
});

describe("fieldOf", () => {
  it("takes no colon between digits for a label's: a ratio or a time", () => {
    expect(fieldOf("회원은 앱의 1:1 상담 창구에서 열람을 요구할 수 있습니다.")).toBeNull();
    expect(fieldOf("상담 시간은 평일 09:30부터입니다")).toBeNull();
    expect(fieldOf("상담 시간: 09:30~18:00")).toEqual({ label: "상담 시간", value: "09:30~18:00" });
  });

  it("splits a label from its value, spaces and bullets aside", () => {
    expect(fieldOf("  - 성 명 :  김하늘 ")).toEqual({ label: "성 명", value: "김하늘" });
    expect(fieldOf("연락처：02-555-0101")).toEqual({ label: "연락처", value: "02-555-0101" });
    expect(fieldOf("이메일 :")).toEqual({ label: "이메일", value: "" });
  });

  it("does not read a sentence or a long line before a colon as a label", () => {
    expect(fieldOf("다음과 같이 처리합니다: 수집, 이용")).toBeNull();
    expect(fieldOf(`${"가".repeat(31)}: 값`)).toBeNull();
  });
});

describe("findPeriods", () => {
  it("reads periods and skips dates", () => {
    // a month is a twelfth of a year: 6 months are half of 365 days
    expect(findPeriods("회원 탈퇴 후 3년간, 접속기록은 6 개월 보관").map((p) => p.days)).toEqual([1095, 182.5]);
    expect(findPeriods("60개월").map((p) => p.days)).toEqual(findPeriods("5년").map((p) => p.days));
    expect(findPeriods("2024년도 3월 1일부터 시행")).toEqual([]);
    expect(findPeriods("2024년 3월 1일")).toEqual([]);
  });
});

describe("placeholders", () => {
  it("take keyboard junk and sample words for values left unfilled", async () => {
    const { isPlaceholder } = await import("../../src/runtime/extract.js");
    expect(["asd", "asdf", "test", "테스트", "미정", "OOO"].map(isPlaceholder)).toEqual([true, true, true, true, true, true]);
    expect(["홍길동", "이메일, 연락처", "Tester Kim"].map(isPlaceholder)).toEqual([false, false, false]);
  });
});

describe("contact patterns", () => {
  it("recognise phone numbers and e-mail addresses", () => {
    expect(PHONE.test("(국번 없이) 118")).toBe(true);
    expect(PHONE.test("국번없이 ) 182")).toBe(true);
    expect(PHONE.test("전화 02-555-0101")).toBe(true);
    expect(PHONE.test("제2024-123호")).toBe(false);
    expect(PHONE.test("Tel. +82-2-555-0101")).toBe(true);
    expect(PHONE.test("+82 (0)10 5555 0101")).toBe(true);
    expect(PHONE.test("+82-1234")).toBe(false);
  });

  // a controller abroad gives its office's number with the country code
  it.each(["Tel +49-30-901820", "(+852) 2345 6789", "+33 1 42 68 53 00", "+61-2-9876-5432", "+1 212 555 0199", "+886-2-2345-6789"])(
    "PHONE reads an international number: %s",
    (number) => {
      expect(PHONE.test(number)).toBe(true);
    },
  );
  it.each([
    "2025-03-01 시행",
    "사업자등록번호 214-86-39021",
    "과태료 3,000,000원",
    "우편번호 04524",
    "1+1 행사",
    "만 14세+ 이용",
    "+3 포인트",
  ])("PHONE leaves dates, amounts and registration numbers alone: %s", (text) => {
    expect(PHONE.test(text)).toBe(false);
  });
  it("PHONE still reads the domestic forms", () => {
    expect(PHONE.test("전화 070-4321-5678")).toBe(true);
    expect(EMAIL.test("privacy @ example.co.kr")).toBe(true);
    expect(EMAIL.test("example.co.kr")).toBe(false);
  });
});

describe("scanners that replaced backtracking patterns", () => {
  it("parseDirectives reads closed comments and stops at an unclosed one", () => {
    const [directive] = parseDirectives(["본문 <!-- policy-lint-disable-line dpo-contact -- 별도 고지 --> 끝"]);
    expect(directive).toMatchObject({ kind: "disable-line", ruleIds: ["dpo-contact"], reason: "별도 고지", column: 4, endColumn: 58 });
    expect(parseDirectives(["<!--policy-lint-enable-l".repeat(10_000)])).toEqual([]);
    expect(parseDirectives(["<!-- 메모 --> <!-- policy-lint-enable -->"]).map((d) => d.kind)).toEqual(["enable"]);
  });

  it("maskHtml blanks scripts, comments and tags in place, and leaves an unclosed script's text", () => {
    const html = "<p>가<script>var a = '<b>';</script>나<!-- 주석 -->다 < 라</p>";
    const masked = maskHtml(html);
    expect(masked).toHaveLength(html.length);
    expect(masked.replace(/ +/g, " ").trim()).toBe("가 나 다 < 라");
    expect(maskHtml("<script>본문")).toBe("        본문");
    expect(maskHtml("<head".repeat(5_000)).trim()).toBe("<head".repeat(5_000));
  });
});

describe("findOpenList", () => {
  const FOLLOWS = /\s?(?:의|을|를|이|은|과|와|으로|에|\)|$|[.,:])/y;
  const find = (text: string) => findOpenList(text, FOLLOWS, 15);

  it("finds a list of two or more items closed with 등, from where its first item may start", () => {
    const text = "수집 항목: 이름, 이메일 주소, 휴대전화 번호 등을 수집";
    expect(find(text)).toEqual({ start: text.indexOf(":"), deung: text.indexOf("등") });
    expect(find("이름, 생년월일 등")).toEqual({ start: 0, deung: 9 });
  });

  it("ends a list at the 등 after its last comma", () => {
    const short = "물리적 조치: 서버실, 문서고 등의 출입 통제 등";
    expect(find(short)?.deung).toBe(short.indexOf("등"));
    const long = "제공 항목: 성명, 주소 등의 기본 정보, 결제 기록 등";
    expect(find(long)?.deung).toBe(long.lastIndexOf("등"));
  });

  it("needs a comma-separated list, items of at most 15 characters, and 등 closing a phrase", () => {
    expect(find("관련 법령 등을 따릅니다")).toBeNull();
    expect(find("가나다라마바사아자차카타파하거너더,주소 등을")).toBeNull();
    expect(find("이름, 주소 등록 절차")).toBeNull();
  });

  it("answers on a line that is one long comma-separated run", () => {
    expect(find(`.${",가등을".repeat(50_000)}`)).toBeNull();
  });
});
