import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { sentencesAcrossWraps } from "../../src/runtime/wraps.js";

describe("sentencesAcrossWraps", () => {
  it("gives each sentence a line holds a part of, read whole, with the part of the line it takes", async () => {
    const document = await parsePolicy(
      [
        "가온 독서회 개인정보 처리방침", // 1
        "", // 2
        "3. 개인정보의 제3자 제공", // 3
        "① 독서회는 회원 정보를 밖으로 내보내지 않습니다. 다만 회원이 동의한 때에는 회원 정보", // 4
        "를 협력 도서관에 넘깁니다.", // 5
      ].join("\n"),
      "text",
    );
    expect(sentencesAcrossWraps(document, 5)).toEqual([
      { text: "다만 회원이 동의한 때에는 회원 정보 를 협력 도서관에 넘깁니다.", from: 0, to: 15 },
    ]);
    const line4 = sentencesAcrossWraps(document, 4);
    expect(line4.map((sentence) => sentence.text)).toEqual([
      "① 독서회는 회원 정보를 밖으로 내보내지 않습니다.",
      "다만 회원이 동의한 때에는 회원 정보 를 협력 도서관에 넘깁니다.",
    ]);
    expect(line4[1].from).toBe(document.plain[3].indexOf("다만"));
  });

  it("does not run a section's title into the sentence under it", async () => {
    const document = await parsePolicy(
      ["가온 독서회 개인정보 처리방침", "", "개인정보의 제3자 제공", "독서회는 회원 정보를 넘기지 않습니다."].join("\n"),
      "text",
    );
    expect(sentencesAcrossWraps(document, 4).map((sentence) => sentence.text)).toEqual(["독서회는 회원 정보를 넘기지 않습니다."]);
  });
});
