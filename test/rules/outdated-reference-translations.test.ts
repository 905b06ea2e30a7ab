// outdated-reference in a bilingual policy: the English translation of a Korean passage repeats its stale contact,
// and the defect is reported once, on the Korean line.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const lines = async (text: string[]) =>
  (await findingsOf("outdated-reference", text, "markdown")).map((finding) => [finding.line, finding.message]);

const remedies = (english: string[]) => [
  "# 별빛팬 개인정보 처리방침 / Privacy Policy",
  "",
  "## 9. 권익침해 구제방법 / Remedies",
  "",
  "- 개인정보침해신고센터: (국번없이) 1336",
  "",
  ...english,
];

describe("outdated-reference: a stale contact in a Korean passage and its English translation", () => {
  it("must fire once, on the Korean line", async () => {
    const found = await lines(remedies(["- Personal Information Infringement Report Center: 1336"]));
    expect(found.map(([line]) => line)).toEqual([5]);
  });

  it("must fire on an English line that translates nothing stale in Korean", async () => {
    const text = [
      "# 별빛팬 개인정보 처리방침 / Privacy Policy",
      "",
      "## 9. 권익침해 구제방법 / Remedies",
      "",
      "- 개인정보침해신고센터: (국번없이) 118",
      "",
      "- Personal Information Infringement Report Center: 1336",
    ];
    expect((await lines(text)).map(([line]) => line)).toEqual([7]);
  });
});
