import { describe, expect, it } from "vitest";
import { settleParticles } from "../../src/runtime/particles.js";
import { formatMessage } from "../../src/runtime/rule.js";

describe("settleParticles", () => {
  it("takes 가, 는, 를, 와, 로 after a vowel", () => {
    expect(settleParticles("전화번호이(가) 없습니다")).toBe("전화번호가 없습니다");
    expect(settleParticles("보관 주기은(는) 짧습니다")).toBe("보관 주기는 짧습니다");
    expect(settleParticles("'우리 카드사'을(를) 고치기")).toBe("'우리 카드사'를 고치기");
    expect(settleParticles("주소와(과) 연락처")).toBe("주소와 연락처");
    expect(settleParticles("제2조에서 제4조(으)로 건너뜁니다")).toBe("제2조에서 제4조로 건너뜁니다");
  });

  it("takes 이, 은, 을, 과, 으로 after a final consonant, and 로 after ㄹ", () => {
    expect(settleParticles("담당 부서명이(가) 없습니다")).toBe("담당 부서명이 없습니다");
    expect(settleParticles("보존기간 3개월은(는) 짧습니다")).toBe("보존기간 3개월은 짧습니다");
    expect(settleParticles("담당 부서과(와) 연락처")).toBe("담당 부서와 연락처");
    expect(settleParticles("담당 부서명과(와) 연락처")).toBe("담당 부서명과 연락처");
    expect(settleParticles("'민원실'(으)로 바꾸기")).toBe("'민원실'로 바꾸기");
    expect(settleParticles("'상담창구'(으)로 바꾸기")).toBe("'상담창구'로 바꾸기");
    expect(settleParticles("'상담센터'(으)로, '접수처'(으)로, '본점'(으)로")).toBe("'상담센터'로, '접수처'로, '본점'으로");
  });

  it("reads a number by how its last digit is said", () => {
    expect(settleParticles("5년(으)로")).toBe("5년으로");
    expect(settleParticles("번호 02-1234-5672이(가)")).toBe("번호 02-1234-5672가");
    expect(settleParticles("번호 1577-0001(으)로")).toBe("번호 1577-0001로");
    expect(settleParticles("번호 118(으)로")).toBe("번호 118로");
    expect(settleParticles("번호 1336(으)로")).toBe("번호 1336으로");
    expect(settleParticles("번호 1330(으)로")).toBe("번호 1330으로");
  });

  it("reads a section marker without its period, and circled numbers as said", () => {
    expect(settleParticles("7. 다음에 9.(으)로 건너뜁니다")).toBe("7. 다음에 9.로 건너뜁니다");
    expect(settleParticles("6. 다음에 13.(으)로")).toBe("6. 다음에 13.으로");
    expect(settleParticles("나. 다음에 라.(으)로")).toBe("나. 다음에 라.로");
    expect(settleParticles("① 다음에 ③(으)로, ⑦(으)로, ⑩(으)로")).toBe("① 다음에 ③으로, ⑦로, ⑩으로");
    expect(settleParticles("❺ 다음에 ❼(으)로, ➂(으)로, ➋(으)로, ⓬(으)로")).toBe("❺ 다음에 ❼로, ➂으로, ➋로, ⓬로");
    expect(settleParticles("⑴ 다음에 ⑶(으)로, ⒋(으)로")).toBe("⑴ 다음에 ⑶으로, ⒋로");
  });

  it("reads a Roman numeral as its number is said, and a Latin word not at all", () => {
    expect(settleParticles("vii. 다음에 ix.(으)로 건너뜁니다")).toBe("vii. 다음에 ix.로 건너뜁니다");
    expect(settleParticles("IV. 다음에 VI.(으)로, Ⅹ.(으)로, Ⅶ(으)로")).toBe("IV. 다음에 VI.으로, Ⅹ.으로, Ⅶ로");
    expect(settleParticles("'Xbox'(으)로")).toBe("'Xbox'(으)로");
  });

  it("reads a dash-numbered marker without its dash", () => {
    expect(settleParticles("4- 다음에 6-(으)로 건너뜁니다")).toBe("4- 다음에 6-으로 건너뜁니다");
    expect(settleParticles("2– 다음에 9–(으)로")).toBe("2– 다음에 9–로");
    expect(settleParticles("'팀-'(으)로")).toBe("'팀-'(으)로");
  });

  it("reads past a parenthesis to the word before it", () => {
    expect(settleParticles("'제6조(안전성 확보조치)'을(를) 가리킵니다")).toBe("'제6조(안전성 확보조치)'를 가리킵니다");
    expect(settleParticles("본문 조항('보관 기한')과(와) 다릅니다")).toBe("본문 조항('보관 기한')과 다릅니다");
    expect(settleParticles("(가나다)이(가)")).toBe("(가나다)이(가)");
  });

  it("leaves both forms where the reading is unknown", () => {
    expect(settleParticles("'Acme Inc.'이(가) 없습니다")).toBe("'Acme Inc.'이(가) 없습니다");
    expect(settleParticles("규칙 'numbering-x'은(는) 없습니다")).toBe("규칙 'numbering-x'은(는) 없습니다");
    expect(settleParticles("(가) 목록의 첫 항목")).toBe("(가) 목록의 첫 항목");
  });

  it("is applied to every message filled from a template", () => {
    expect(formatMessage("국내대리인의 {missing}이(가) 없습니다", { missing: "전화번호" })).toBe("국내대리인의 전화번호가 없습니다");
    expect(formatMessage("조항 번호가 {previous} 다음에 {found}(으)로 건너뜁니다", { previous: "제7조", found: "제9조" })).toBe(
      "조항 번호가 제7조 다음에 제9조로 건너뜁니다",
    );
  });
});
