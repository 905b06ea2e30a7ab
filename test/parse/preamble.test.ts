import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { linesOf } from "../helpers.js";

// a summary block of short label and value lines, as a 라벨링 summary sets them under the title
const summary = [
  "한눈에 보는 처리 현황",
  "수집 항목",
  "이름, 연락처",
  "처리 목적",
  "예약 확인",
  "보유 기간",
  "이용 종료 시까지",
  "제3자 제공",
  "없음",
  "위탁",
  "문자 발송",
  "문의처",
  "운영지원팀",
  "고객센터",
  "02-333-4444",
];

describe("the preamble", () => {
  it("is the paragraph that defines the controller's short name, however far below the title", async () => {
    const document = await parsePolicy(
      [
        "푸른숲캠핑 개인정보 처리방침",
        ...summary,
        "아래에서 자세한 내용을 보실 수 있습니다.",
        "",
        "푸른숲캠핑(이하 '캠핑장')은 정보주체의 개인정보를 보호하기 위하여 이 처리방침을",
        "두고 그에 따라 개인정보를 처리합니다.",
        "1. 개인정보의 처리 목적",
        "예약 확인에 씁니다.",
      ].join("\n"),
    );
    expect(document.preamble).toEqual({ startLine: 19, endLine: 20 });
  });

  it("is the first prose paragraph when no line defines a short name, a wrapped first line included", async () => {
    const document = await parsePolicy(
      [
        "푸른숲캠핑 개인정보 처리방침",
        "",
        "푸른숲캠핑은 「개인정보 보호법」에 따라 정보주체의 개인정보를 보호하고",
        "고충을 처리하고자 이 방침을 둡니다.",
        "",
        "1. 개인정보의 처리 목적",
        "예약 확인에 씁니다.",
      ].join("\n"),
    );
    expect(document.preamble).toEqual({ startLine: 3, endLine: 4 });
  });

  it("is null when the first section follows the title directly", async () => {
    const document = await parsePolicy(["푸른숲캠핑 개인정보 처리방침", "", "1. 개인정보의 처리 목적", "예약 확인에 씁니다."].join("\n"));
    expect(document.preamble).toBeNull();
  });
});

describe("title-name reads the preamble wherever it stands", () => {
  const policy = (preamble: string) => [
    "푸른숲캠핑 개인정보 처리방침",
    ...summary,
    preamble,
    "1. 개인정보의 처리 목적",
    "캠핑장은 예약 확인을 위하여 개인정보를 처리합니다.",
  ];

  it("does not report a preamble that names the controller below a long summary block", async () => {
    expect(
      await linesOf("title-name", policy("(주)푸른숲(이하 '캠핑장')은 「개인정보 보호법」 제30조에 따라 이 처리방침을 공개합니다.")),
    ).toEqual([]);
  });

  it("still reports a preamble there that names no one", async () => {
    expect(await linesOf("title-name", policy("이 처리방침은 「개인정보 보호법」 제30조에 따라 공개합니다."))).toEqual([1]);
  });
});
