// A chapter that names several items and gives each a part of its own ("Ⅲ. 제3자 제공, 위탁 및 국외 이전" over "가.
// 제3자 제공", "나. 위탁", "다. 국외 이전"): each item's section is its own part, so what the other parts say (a
// processor's "위탁계약 종료 시까지") does not answer for the overseas transfer.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findSections } from "../../src/runtime/query.js";
import { findingsOf } from "../helpers.js";

const policy = (overseasPeriod: string | null, parts = true) => [
  "바람개비 앱 개인정보 처리방침",
  "",
  "Ⅰ. 개인정보의 처리 목적",
  "   회원 관리와 운동 기록 분석을 위하여 처리합니다.",
  "",
  "Ⅱ. 개인정보의 제3자 제공, 처리위탁 및 국외 이전",
  ...(parts ? ["가. 제3자 제공"] : []),
  "   회사는 이용자의 개인정보를 제3자에게 제공하지 않습니다.",
  ...(parts ? ["나. 처리위탁"] : []),
  "   (주)누리콜: 고객 상담 대행, 위탁계약 종료 시까지",
  ...(parts ? ["다. 국외 이전"] : []),
  "   이전받는 자(연락처): Example Cloud, Inc. (privacy@example.com)",
  "   이전되는 국가: 미국",
  "   이전 항목: 운동 기록",
  "   이전 시기 및 방법: 이용 시 네트워크로 수시 전송",
  "   이전 목적: 데이터 백업",
  ...(overseasPeriod ? [`   보유 및 이용 기간: ${overseasPeriod}`] : []),
  "   거부 방법: 앱 설정에서 동의를 철회할 수 있으며, 철회하면 백업 기능을 쓸 수 없습니다.",
  "",
  "Ⅲ. 개인정보 보호책임자",
  "   성명 유다온, 전화 02-555-0100",
];

describe("a chapter split into a part for each item it names", () => {
  it("reads the overseas part as the overseas section", async () => {
    const document = await parsePolicy(policy(null).join("\n"), "text");
    expect(findSections(document, "overseas").map((section) => section.heading.title)).toEqual(["국외 이전"]);
  });

  it("must fire: the overseas part gives no retention period", async () => {
    const found = await findingsOf("overseas-transfer", policy(null));
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[11, "incomplete"]]);
  });

  it("must not fire: the overseas part gives its period", async () => {
    expect(await findingsOf("overseas-transfer", policy("백업 후 30일"))).toEqual([]);
  });

  it("reads an unsplit chapter as the section still", async () => {
    const document = await parsePolicy(policy("백업 후 30일", false).join("\n"), "text");
    expect(findSections(document, "overseas").map((section) => section.startLine)).toEqual([6]);
  });
});

describe("an article whose numbered paragraphs are sentences", () => {
  it("is not split by a paragraph that reads as a title and another that is a sentence", async () => {
    const text = [
      "한결대학교 개인정보 처리방침",
      "",
      "제16조(개인정보 자동 수집 장치의 설치·운영 및 거부) ① 홈페이지는 맞춤 화면을 위해 쿠키를 사용한다.",
      "  ② 쿠키의 뜻과 쓰임",
      "  ③ 이용자는 웹브라우저 설정에서 쿠키 저장을 거부할 수 있고, 거부하면 로그인이 어려울 수 있다.",
      "  ④ 대학교는 맞춤형 광고를 위한 행태정보를 수집·이용하지 않는다.",
    ];
    expect(await findingsOf("required-cookies", text)).toEqual([]);
  });
});
