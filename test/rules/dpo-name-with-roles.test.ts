// dpo-contact and a name with its title and another role in brackets ("박준형 (정보보호실장, CISO 겸임)"), under the
// officer's term on the line above (a page's <dt>/<dd>): the officer is named, so what is missing is the contact only.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const page = (...officer: string[]) =>
  [
    "<html><body>",
    "<h1>달림카 개인정보 처리방침</h1>",
    "<h2>13. 개인정보 보호책임자</h2>",
    "<dl>",
    "  <dt>개인정보 보호책임자</dt>",
    ...officer,
    "</dl>",
    "</body></html>",
  ].join("\n");
const found = async (html: string) => (await findingsOf("dpo-contact", html, "html")).map((f) => [f.line, f.messageId]);

describe("dpo-contact: a name with its roles in brackets", () => {
  it("must fire for the contact only when none is given", async () => {
    expect(await found(page("  <dd>한도윤 (정보보호실장, CISO 겸임)</dd>"))).toEqual([[3, "noContact"]]);
  });
  it("must not fire with the phone beside it", async () => {
    expect(await found(page("  <dd>한도윤 (정보보호실장, CISO 겸임)</dd>", "  <dd>전화 02-6200-1100, privacy@example.kr</dd>"))).toEqual(
      [],
    );
  });
  it("must fire for both when the brackets hold no title", async () => {
    expect(await found(page("  <dd>(추후 지정, 공지 예정)</dd>"))).toEqual([[3, "noDetails"]]);
  });
});
