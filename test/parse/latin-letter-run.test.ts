// Sections lettered A. B. C. … run past H.: "I." is the ninth letter there, not the Roman one, and "V." after "U."
// and "X." after "W." likewise. Where no letter comes before it, "I." still opens a Roman numbering.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const letters = "ABCDEFGHIJ";
const TITLES = [
  "개인정보의 처리 목적",
  "처리하는 개인정보의 항목",
  "개인정보의 처리 및 보유 기간",
  "개인정보의 제3자 제공",
  "개인정보 처리업무의 위탁",
  "개인정보의 국외 이전",
  "가명정보의 처리",
  "개인정보의 파기 절차 및 방법",
  "정보주체와 법정대리인의 권리·의무 및 행사방법",
  "개인정보의 안전성 확보조치",
];
const policy = TITLES.flatMap((title, at) => [
  `${letters[at]}. ${title}`,
  at === 8 ? "1) 회원은 언제든 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다." : "1) 아래와 같이 처리합니다.",
  at === 8 ? "2) 서면이나 전자우편으로 요구하면 바로 조치합니다." : "2) 자세한 내용은 고객센터에 물어보십시오.",
  "",
]);

describe("a run of lettered sections past H.", () => {
  it("reads I. as the ninth letter, its section as a top-level one with its own body", async () => {
    const document = await parsePolicy(["휙 파트너 개인정보 처리방침", "", ...policy].join("\n"), "text");
    const top = document.sections.filter((section) => section.heading.style === "latin");
    expect(top.map((section) => section.heading.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(top[8].heading.title).toBe("정보주체와 법정대리인의 권리·의무 및 행사방법");
    expect(top[8].endLine - top[8].startLine).toBeGreaterThanOrEqual(2);
  });
  it("reports no gap after H. and no empty rights section", async () => {
    const text = ["휙 파트너 개인정보 처리방침", "", ...policy];
    expect((await findingsOf("numbering", text)).filter((finding) => finding.severity !== "info")).toEqual([]);
    expect(await findingsOf("required-rights", text)).toEqual([]);
  });
  it("keeps I. Roman where no letter comes before it", async () => {
    const document = await parsePolicy(
      ["누리 개인정보 처리방침", "", "I. 총칙", "1. 목적", "내용", "II. 처리 항목", "1. 항목"].join("\n"),
      "text",
    );
    expect(document.allSections.find((section) => section.heading.title === "총칙")?.heading.style).toBe("roman");
  });
});
