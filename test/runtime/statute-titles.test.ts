import { describe, expect, it } from "vitest";
import { maskCitedArticleTitles, maskDeungInStatuteTitles } from "../../src/runtime/statute-titles.js";

describe("maskDeungInStatuteTitles", () => {
  it.each([
    ["「방문판매 등에 관한 법률」 제6조", "「방문판매 ＿에 관한 법률」 제6조"],
    ["『가족관계의 등록 등에 관한 법률』", "『가족관계의 ＿록 ＿에 관한 법률』"],
    ["방문판매 등에 관한 법률에 따라", "방문판매 ＿에 관한 법률에 따라"],
    ["국가유공자 등 예우 및 지원에 관한 법률 제2조", "국가유공자 ＿ 예우 및 지원에 관한 법률 제2조"],
    ["전자상거래 등에서의 소비자보호법", "전자상거래 ＿에서의 소비자보호법"],
    ["장애인 등에 대한 특수교육법 시행령", "장애인 ＿에 대한 특수교육법 시행령"],
  ])("masks the 등 of a title: %s", (text, masked) => {
    expect(maskDeungInStatuteTitles(text)).toBe(masked);
  });

  it.each([
    "이름, 주소 등 관련 법률에 따라",
    "회원 관리, 고지 등에 관한 법령상 의무",
    "요금 정산 등에 관한 법적 의무",
    "상법 등 관계 법령",
  ])("leaves a 등 that is no title's: %s", (text) => {
    expect(maskDeungInStatuteTitles(text)).toBe(text);
  });
});

describe("maskCitedArticleTitles", () => {
  it.each([
    ["「개인정보 보호법」 제23조(민감정보의 처리 제한)", "「개인정보 보호법」 제23조" + " ".repeat(13)],
    ["같은 법 시행령 제29조의2[가명정보의 처리]", "같은 법 시행령 제29조의2" + " ".repeat(10)],
    ["「개인정보 보호법」 제23조[^2](민감정보의 처리 제한)에 따라", "「개인정보 보호법」 제23조[^2]" + " ".repeat(13) + "에 따라"],
  ])("blanks the title of a statute's article: %s", (text, masked) => {
    expect(maskCitedArticleTitles(text)).toBe(masked);
  });

  it.each([
    ["제5조(민감정보의 처리)"],
    ["이 방침 제3조(개인정보의 처리 목적)에 적은 목적"],
    ["「개인정보 보호법」 제23조에 따라 민감정보를 처리합니다"],
  ])("leaves the policy's own articles and the text around a citation: %s", (text) => {
    expect(maskCitedArticleTitles(text)).toBe(text);
  });
});
