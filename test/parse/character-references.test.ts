// A page's character references are read as their characters before it is parsed: an address written
// "privacy&#64;…" (as sites write it to keep it from harvesters), a number with a non-breaking hyphen, "권리&middot;의무"
// read as one word, not as a character and spaces that split it. Findings and fixes still point at the file's own
// characters, and the references that spell markup stay for the parser.
import { describe, expect, it } from "vitest";
import { decodeCharacterReferences } from "../../src/parse/character-references.js";
import { lintText } from "../../src/pipeline/lint.js";

describe("decodeCharacterReferences", () => {
  it("reads numeric and named references as their characters and maps each offset back", () => {
    const source = "a&#64;b&middot;c&#x2011;d";
    const decoded = decodeCharacterReferences(source)!;
    expect(decoded.text).toBe("a@b·c‑d");
    const back = [...decoded.text].map((_, offset) => decoded.toOriginal(offset));
    expect(back.map((offset) => source[offset])).toEqual(["a", "&", "b", "&", "c", "&", "d"]);
    expect(decoded.toOriginal(decoded.text.length)).toBe(source.length);
  });

  it("leaves the references that spell markup, and text with none, alone", () => {
    expect(decodeCharacterReferences("&lt;b&gt; &amp; &quot; &#60; &#38;")).toBeNull();
    expect(decodeCharacterReferences("그냥 글입니다 & 그렇습니다")).toBeNull();
  });
});

const page = (...contact: string[]) =>
  [
    "<html><body>",
    "<h1>솔마루 개인정보 처리방침</h1>",
    "<h2>개인정보 보호책임자</h2>",
    "<ul>",
    "<li>성명: 윤다온 (정보보호팀장)</li>",
    ...contact.map((line) => `<li>${line}</li>`),
    "</ul>",
    "</body></html>",
  ].join("\n");
const dpo = async (source: string, name = "page.html") =>
  (await lintText(source, name)).findings.filter((finding) => finding.ruleId === "dpo-contact").map((finding) => finding.messageId);

describe("a contact written with character references", () => {
  it("reads an address with '&#64;' as an address: only the phone is missing", async () => {
    expect(await dpo(page("전자우편: privacy&#64;solmaru.example"))).toEqual(["emailOnly"]);
  });

  it.each([
    ["non-breaking hyphens as references", "전화: 02&#8209;555&#8209;0142"],
    ["en dashes as references", "전화: 02&ndash;555&ndash;0142"],
    ["en dashes typed", "전화: 02–555–0142"],
    ["a representative number's groups apart by a space", "전화: 1588 8100"],
  ])("reads a phone number with %s", async (_, line) => {
    expect(await dpo(page(line, "전자우편: privacy@solmaru.example"))).toEqual([]);
  });

  it("reads the same in Markdown", async () => {
    const text = [
      "# 솔마루 개인정보 처리방침",
      "",
      "## 개인정보 보호책임자",
      "- 성명: 윤다온",
      "- 전자우편: privacy&#64;solmaru.example",
    ].join("\n");
    expect(await dpo(text, "policy.md")).toEqual(["emailOnly"]);
  });
});

describe("a finding and its fix after a reference on the same line", () => {
  it("point at the file's own characters", async () => {
    const source =
      "<html><body><h1>개인정보 처리방침</h1>\n<p>두레&middot;상점(이하 &ldquo;상점&rdquo;)의 개인정보취급방침은 아래와 같습니다.</p>\n</body></html>";
    const finding = (await lintText(source, "shop.html")).findings.find((candidate) => candidate.ruleId === "outdated-reference")!;
    const line = source.split("\n")[finding.line - 1];
    expect(line.slice(finding.column - 1).startsWith("개인정보취급방침")).toBe(true);
    const [from, to] = finding.fix!.range;
    expect(source.slice(0, from) + finding.fix!.text + source.slice(to)).toBe(source.replace("개인정보취급방침", "개인정보 처리방침"));
  });
});
