// A two-column page copied out as text: each item's title, a tab, and its body's first sentence on one line
// ("개인정보의 처리 목적⇥회사는 …"). The title is the section's, and the sentence its body.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const columns = [
  "한빛 사진관 개인정보 처리방침",
  "",
  "개인정보의 처리 목적\t사진관은 촬영 예약과 사진 인도를 위하여 개인정보를 처리합니다.",
  "",
  "개인정보의 처리 및 보유 기간\t사진관은 개인정보를 다음 기간 동안 보유합니다.", // 5
  "- 예약 정보: 목적 달성 시까지",
  "",
  "개인정보 처리방침의 변경\t이 방침을 바꿀 때에는 시행 7일 전부터 알리고, 이용자의 권리에 중요한 변경은 30일 전부터 알립니다.", // 8
];

describe("a title with its body after a tab", () => {
  it("is the section's title, with the sentence after the tab as its body", async () => {
    const document = await parsePolicy(columns.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "한빛 사진관 개인정보 처리방침"],
      [3, "개인정보의 처리 목적"],
      [5, "개인정보의 처리 및 보유 기간"],
      [8, "개인정보 처리방침의 변경"],
    ]);
    expect(document.sections[3].heading.inlineBody).toMatch(/^이 방침을 바꿀 때에는/);
  });

  it("reads the body on the title's line: the lead times are given, the vague period is found", async () => {
    expect(await findingsOf("change-notice", columns)).toEqual([]);
    expect((await findingsOf("vague-retention", columns)).map((finding) => finding.line)).toEqual([6]);
  });

  it("leaves a line whose words before the tab are no title alone", async () => {
    const document = await parsePolicy(["한빛 사진관 개인정보 처리방침", "", "이름\t홍길동", "", "전화\t02-555-0100"].join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual([1]);
  });
});
