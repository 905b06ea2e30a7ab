import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

// Text pulled out of PDFs and fixed-width pages breaks sentences at the margin, flush left, even inside a
// word ("설치·운영" over "하지 않습니다"). A rule reads the sentence whole, whatever line it is broken on.
const header = ["가람서점 개인정보 처리방침", "", "가람서점(이하 '서점')은 다음과 같이 개인정보 처리방침을 공개합니다.", ""];

describe("vague-listing: the statute's contract terms broken over lines", () => {
  it.each([
    [
      "a wrap inside a word before the list",
      [
        "서점은 위탁 계약을 맺을 때 「개인정보 보호법」 제26조에 따라 목적 외 처리 금",
        "지, 재위탁 제한, 안전조치 의무, 손해배상 등 책임에 관한 사항을",
        "계약서에 적고 있습니다.",
      ],
    ],
    [
      "a wrap right after 등",
      ["서점은 위탁 계약서에 목적 외 처리 금지, 재위탁 제한, 손해배상 등", "책임에 관한 사항을 문서로 정해 둡니다."],
    ],
  ])("does not fire with %s", async (_, lines) => {
    const text = [...header, "4. 처리 업무의 위탁", "서점은 택배 발송을 한빛로지스㈜에 맡깁니다.", ...lines];
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("still fires on a list of recipients closed with 등 whose sentence goes on to the next line", async () => {
    const text = [...header, "5. 개인정보의 제3자 제공", "서점은 한빛보험, 누리카드 등에 회원의 이름과", "연락처를 제공합니다."];
    expect((await findingsOf("vague-listing", text)).map((f) => [f.line, f.messageId])).toEqual([[6, "openList"]]);
  });
});
