// outdated-reference and the layouts a contact is given in: a bilingual policy's English translation of a Korean
// passage repeats its stale contact (reported once, on the Korean line), and a contact may be a definition under the
// agency's name.
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

// a definition under its term, as Markdown extensions write it: the agency's contact
describe("outdated-reference: an agency's contact as a definition under its name", () => {
  const remedy = (contact: string) => [
    "# 별빛돌봄 개인정보 처리방침",
    "",
    "## 9. 권익침해 구제방법",
    "",
    "개인정보 분쟁조정위원회",
    `: (국번없이) ${contact}`,
  ];
  it("must fire on a mistyped number", async () => {
    expect((await lines(remedy("1833-6792, www.kopico.go.kr"))).map(([line]) => line)).toEqual([6]);
  });
  it("must not fire on the agency's own number", async () => {
    expect(await lines(remedy("1833-6972, www.kopico.go.kr"))).toEqual([]);
  });
});
