import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import type { SourceFormat } from "../../src/parse/model.js";
import { findingsOf, linesOf } from "../helpers.js";

// One-page policies number labelled paragraphs instead of headings: "3. 파기: 지체 없이 지웁니다." Where every such
// paragraph's label names a statutory item and the policy has no other numbered titles, the paragraphs are its
// sections. A field list or a list of purposes written the same way inside a section stays in that section.

const sectionsOf = async (lines: string[], format: SourceFormat = "text") =>
  (await parsePolicy(lines.join("\n"), format)).allSections
    .filter((section) => section.heading.number !== null)
    .map((section) => [section.startLine, section.heading.title, section.heading.isTitle]);

const officer = "5. 개인정보 보호책임자: 책임자는 원장 나보람이며 전화 02-555-0147로 연락하실 수 있습니다.";
const grooming = (head: string[], dpo = officer) => [
  ...head, // 1–3
  "", // 4
  "1. 처리 목적: 미용 예약을 확인하고 데리러 오실 시간을 알려 드리려고 성함과 전화번호를 받습니다.", // 5
  "", // 6
  "2. 보유 기간: 마지막으로 방문하신 날부터 1년 동안 둡니다.", // 7
  "", // 8
  "3. 파기: 기간이 지난 예약 기록은 곧바로 지우고, 종이 예약장은 분쇄기로 잘게 잘라 버립니다.", // 9
  "", // 10
  "4. 쿠키: 예약 페이지는 로그인을 이어 가려고 쿠키를 씁니다. 브라우저 설정에서 쿠키를 거부하실 수 있습니다.", // 11
  "", // 12
  dpo, // 13
];
const plainHead = ["털보네 애견미용 개인정보 처리방침", "", "털보네 애견미용은 예약 손님의 정보를 아래처럼 다룹니다."];
const markdownHead = ["# 털보네 애견미용 개인정보 처리방침", "", "## 한눈에 보기"];

describe("numbered paragraphs that open with an item's label are the sections of a one-page policy", () => {
  for (const [form, head, format] of [
    ["plain text", plainHead, "text"],
    ["Markdown under a # title", markdownHead, "markdown"],
  ] as const) {
    it(`reads each as a section titled by its label, in ${form}`, async () => {
      expect(await sectionsOf(grooming([...head]), format)).toEqual([
        [5, "처리 목적", true],
        [7, "보유 기간", true],
        [9, "파기", true],
        [11, "쿠키", true],
        [13, "개인정보 보호책임자", true],
      ]);
    });

    it(`finds the destruction and the cookies the paragraphs give, in ${form}`, async () => {
      expect(await findingsOf("required-destruction", grooming([...head]), format)).toEqual([]);
      expect(await findingsOf("required-cookies", grooming([...head]), format)).toEqual([]);
    });

    it(`reports an officer without contact at the officer's paragraph, not as missing, in ${form}`, async () => {
      const text = grooming([...head], "5. 개인정보 보호책임자: 책임자는 원장 나보람입니다.");
      const findings = await findingsOf("dpo-contact", text, format);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[13, "noContact"]]);
    });
  }

  it("gives the same findings as the labels set on lines of their own", async () => {
    const runIn = grooming([...plainHead]);
    const split = runIn.flatMap((text) => {
      const labelled = /^(\d+\. [^:]+): (.+)$/.exec(text);
      return labelled ? [labelled[1], labelled[2]] : [text];
    });
    for (const rule of ["required-destruction", "required-cookies", "dpo-contact", "required-retention"])
      expect((await findingsOf(rule, runIn)).length, rule).toBe((await findingsOf(rule, split)).length);
  });
});

describe("labelled numbered lines inside a section stay in it", () => {
  it("a field list of a provision, even answered in sentences", async () => {
    const text = [
      "# 들꽃 꽃집 개인정보 처리방침",
      "",
      "## 개인정보의 처리 목적",
      "꽃다발 주문을 받고 배달합니다.",
      "",
      "## 개인정보의 제3자 제공",
      "",
      "1. 제공받는 자: 택배사인 한빛물류입니다.",
      "2. 제공 목적: 꽃다발을 배송하려고 제공합니다.",
      "3. 보유 기간: 배송을 마치면 곧바로 지웁니다.",
    ];
    expect(await sectionsOf(text, "markdown")).toEqual([]);
    expect(await linesOf("required-destruction", text, "markdown")).toEqual([1]);
  });

  it("a field list answered in words", async () => {
    const text = [
      "들꽃 꽃집 개인정보 처리방침",
      "",
      "1. 제공받는 자: 한빛물류",
      "2. 제공 항목: 성명, 연락처, 배송지",
      "3. 보유 기간: 배송 완료 시까지",
    ];
    expect((await sectionsOf(text)).filter(([, , isTitle]) => isTitle)).toEqual([]);
  });

  it("a list of purposes, whose labels name no item", async () => {
    const text = [
      "# 들꽃 꽃집 개인정보 처리방침",
      "",
      "## 개인정보를 쓰는 목적",
      "",
      "1. 회원 관리: 가입하신 분이 본인인지 확인합니다.",
      "2. 주문 처리: 주문하신 꽃다발을 만들어 배달합니다.",
      "3. 고객 상담: 문의하신 내용에 답합니다.",
      "",
      "## 개인정보의 파기",
      "배달을 마친 주문서는 곧바로 지웁니다.",
    ];
    expect(await sectionsOf(text, "markdown")).toEqual([]);
  });

  it("labelled paragraphs under sections the policy numbers otherwise", async () => {
    const text = [
      "들꽃 꽃집 개인정보 처리방침",
      "",
      "제1조 (개인정보의 처리 목적과 항목)",
      "",
      "1. 처리 목적: 주문하신 꽃다발을 배달하려고 씁니다.",
      "",
      "2. 처리 항목: 성함과 전화번호, 배송지를 받습니다.",
      "",
      "3. 보유 기간: 배달을 마치고 석 달 동안 둡니다.",
      "",
      "제2조 (개인정보의 파기)",
      "석 달이 지난 주문서는 곧바로 지웁니다.",
    ];
    const numbered = (await sectionsOf(text)).filter(([, , isTitle]) => isTitle).map(([line]) => line);
    expect(numbered).toEqual([3, 11]);
  });
});

// "3. 보유 기간: 회원 정보 탈퇴 시까지 / 주문 기록 5년" over the section's text: each title carries its short answer
describe("numbered titles that carry a short answer after a colon, the section's text under each", () => {
  const policy = (child = "4. 만 14세 미만 아동의 개인정보: 가입 불가") => [
    "바람길 캠핑장 개인정보 처리방침", // 1
    "",
    "1. 개인정보의 처리 목적: 예약 확인 / 입실 안내", // 3
    "캠핑장은 예약을 확인하고 입실을 안내하려고 개인정보를 처리합니다.",
    "",
    "2. 처리하는 개인정보의 항목: 이름 / 휴대전화번호 / 차량번호", // 6
    "- 예약: 이름, 휴대전화번호, 차량번호",
    "",
    "3. 개인정보의 처리 및 보유 기간: 퇴실 후 1년", // 9
    "예약 정보는 퇴실한 날부터 1년 동안 보관합니다.",
    "",
    child, // 12
    "캠핑장은 만 14세 미만 아동의 예약을 받지 않습니다.",
  ];

  it("are the policy's sections, a title that names no item among them", async () => {
    const titled = (await sectionsOf(policy())).filter(([, , isTitle]) => isTitle).map(([line]) => line);
    expect(titled).toEqual([3, 6, 9, 12]);
  });

  it("a list of fields with nothing under each stays a list", async () => {
    const fields = [
      "바람길 캠핑장 개인정보 처리방침",
      "",
      "제공 현황",
      "1. 제공받는 자: 바람길보험 주식회사",
      "2. 제공 목적: 캠핑 중 상해보험 가입",
      "3. 제공 항목: 이름, 생년월일",
      "4. 보유 기간: 보험 기간 종료 후 1년",
    ];
    const titled = (await sectionsOf(fields)).filter(([, , isTitle]) => isTitle).map(([line]) => line);
    expect(titled).not.toContain(4);
  });
});
