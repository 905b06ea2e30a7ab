// A table of contents written on one line after its label ("목차: 1. … 2. … 3. …"): its entries are read, so the
// line is no section's text and an entry out of the body's order is reported
import { describe, expect, it } from "vitest";
import { findOneLineTocs } from "../../src/parse/toc.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const contents = (order: string[]) => `목차: ${order.map((title, at) => `${at + 1}. ${title}`).join(" ")}`;
const policy = (order: string[]) => [
  "솔숲 캠핑장 개인정보 처리방침",
  "",
  contents(order), // 3
  "",
  "1. 개인정보의 처리 목적",
  "캠핑 사이트 예약 접수와 입실 안내에 씁니다.",
  "",
  "2. 처리하는 개인정보의 항목",
  "예약자 이름, 휴대전화번호, 차량 번호",
  "",
  "3. 개인정보의 파기 절차 및 방법",
  "퇴실 후 1년이 지나면 지체 없이 복구할 수 없게 지우고, 종이 예약 대장은 파쇄합니다.",
];
const inOrder = ["개인정보의 처리 목적", "처리하는 개인정보의 항목", "개인정보의 파기 절차 및 방법"];

describe("a table of contents on one line", () => {
  it("reads its entries in order, over a number it skips", () => {
    const [toc] = findOneLineTocs(["목차: 1. 처리 목적 2. 보유 기간 4. 파기 5. 보호책임자"]);
    expect(toc.entries.map((entry) => [entry.number, entry.title])).toEqual([
      [1, "처리 목적"],
      [2, "보유 기간"],
      [4, "파기"],
      [5, "보호책임자"],
    ]);
  });

  it.each([
    ["slashes", "목차: 1. 처리 목적 / 2. 보유 기간 / 3. 파기"],
    ["bars", "목차 | 1. 처리 목적 | 2. 보유 기간 | 3. 파기"],
    ["commas", "목차: 1. 처리 목적, 2. 보유 기간, 3. 파기"],
  ])("reads the titles without what sets the entries apart: %s", (_, line) => {
    expect(findOneLineTocs([line])[0].entries.map((entry) => entry.title)).toEqual(["처리 목적", "보유 기간", "파기"]);
  });

  it.each([["목차: 1. 처리 목적"], ["회사는 1. 이름 2. 연락처 3. 주소를 받습니다."], ["목차는 아래와 같습니다."]])(
    "reads none in '%s'",
    (line) => {
      expect(findOneLineTocs([line])).toEqual([]);
    },
  );

  it("is no section text, and an entry out of the body's order is reported at it", async () => {
    const document = await parsePolicy(policy(inOrder).join("\n"), "text");
    expect(document.tocLines.has(3)).toBe(true);
    expect(await findingsOf("numbering", policy(inOrder))).toEqual([]);
    const swapped = [inOrder[1], inOrder[0], inOrder[2]];
    expect((await findingsOf("numbering", policy(swapped))).map((finding) => [finding.line, finding.messageId])).toContainEqual([
      3,
      "tocOrder",
    ]);
  });
});
