// A word processor's run-in heading: the title ends in a full stop or a colon set off from the body by two spaces
// ("4. 개인정보의 제3자 제공。  회사는 …", "제5조 개인정보 처리업무의 위탁:  회사는 …"); the title is a section's
import { describe, expect, it } from "vitest";
import { splitRunOnTitle } from "../../src/parse/headings.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const runIn = (stop: string, marker: (n: number) => string) => [
  "다온 사진관 개인정보 처리방침",
  "",
  `${marker(1)} 개인정보의 처리 목적${stop}사진관은 촬영 예약 접수와 사진 인도를 위하여 개인정보를 처리합니다.`,
  "",
  `${marker(2)} 만 14세 미만 아동의 개인정보${stop}아동 촬영은 보호자가 예약하며 아동의 정보는 따로 받지 않습니다.`,
  "",
  `${marker(3)} 개인정보 처리업무의 위탁${stop}사진관은 다음과 같이 개인정보 처리업무를 맡기고 있습니다.`, // 7
  "- 앨범 제작 업체: 앨범 인쇄와 배송",
];

describe("titles ended by a full stop or a colon set off by two spaces", () => {
  it.each([
    ["개인정보의 파기。  사진관은 원본을 1년 뒤 지웁니다.", "개인정보의 파기", "사진관은 원본을 1년 뒤 지웁니다."],
    ["만 14세 미만 아동의 개인정보.  아동의 정보는 받지 않습니다.", "만 14세 미만 아동의 개인정보", "아동의 정보는 받지 않습니다."],
    ["개인정보 처리업무의 위탁:\t사진관은 다음과 같이 맡깁니다.", "개인정보 처리업무의 위탁", "사진관은 다음과 같이 맡깁니다."],
  ])("splits '%s'", (line, title, body) => {
    expect(splitRunOnTitle(line, null)).toEqual({ title, body });
  });

  it.each([["보유기간:  촬영 후 1년"], ["연락처:  02-555-0100"]])("keeps the field '%s' whole", (line) => {
    expect(splitRunOnTitle(line, null).body).toBeNull();
  });

  it.each([
    ["。  ", (n: number) => `${n}.`],
    [".  ", (n: number) => `${n}.`],
    [":  ", (n: number) => `제${n}조`],
  ])("reads the sections of a policy whose titles end in '%s'", async (stop, marker) => {
    const document = await parsePolicy(runIn(stop, marker).join("\n"), "text");
    expect(document.sections.map((section) => section.heading.title)).toEqual([
      "다온 사진관 개인정보 처리방침",
      "개인정보의 처리 목적",
      "만 14세 미만 아동의 개인정보",
      "개인정보 처리업무의 위탁",
    ]);
    expect((await findingsOf("processor-disclosure", runIn(stop, marker))).map((finding) => finding.line)).toEqual([8]);
    expect(await findingsOf("numbering", runIn(stop, marker))).toEqual([]);
  });
});
