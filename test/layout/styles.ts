// How a policy can mark its top-level headings: the layouts the invariance test rewrites a policy into.
// Test tooling, not shipped: the linter must give the same verdicts whichever of these a policy uses.

/**
 * The family a marker belongs to as a reader sees it. Sub-sections of the same family, flush left, would
 * read as top-level sections once the top level uses it, so the generator indents them (see restyle.ts);
 * "distinct" markers ("Ⅰ.", "01", "■ 1.") cannot be taken for a sub-section's.
 */
export type MarkerFamily = "article" | "decimal" | "decimal-paren" | "paren-decimal" | "distinct";

export interface Numbering {
  /** the heading as written, without prefix or emphasis: number and title in */
  render(number: number, title: string): string;
  family: MarkerFamily;
  /** false when the heading no longer says its own number (bracketed titles, every heading '1.') */
  keepsNumbers: boolean;
  /** the most sections it can number: the Korean letters end at 하, the 14th */
  most?: number;
}

const ROMAN_LETTERS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function asciiRoman(number: number): string {
  let rest = number;
  let out = "";
  for (const [value, letters] of ROMAN_LETTERS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

// Ⅰ…Ⅻ are single characters (U+2160…); past 12, word processors write the tens and units with them: ⅩⅢ
const ROMAN_NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";
export function unicodeRoman(number: number): string {
  if (number >= 1 && number <= 12) return ROMAN_NUMERALS[number - 1];
  const units = number % 10;
  const tens = asciiRoman(number - units).replace(/[IVXLCDM]/g, (letter) => "ⅠⅤⅩⅬⅭⅮⅯ"["IVXLCDM".indexOf(letter)]);
  return tens + (units > 0 ? ROMAN_NUMERALS[units - 1] : "");
}

/** 十二 for 12: the Chinese numerals of a policy translated from Chinese. */
export function hanjaNumeral(number: number): string {
  const digits = "一二三四五六七八九";
  const tens = Math.floor(number / 10);
  const units = number % 10;
  return `${tens > 1 ? digits[tens - 1] : ""}${tens > 0 ? "十" : ""}${units > 0 ? digits[units - 1] : ""}`;
}

/** １２ for 12: the full-width digits of Korean word processors. */
export function fullWidthDigits(number: number): string {
  return String(number).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
}

const numbered = (render: Numbering["render"], family: MarkerFamily): Numbering => ({ render, family, keepsNumbers: true });
const unnumbered = (render: (title: string) => string): Numbering => ({
  render: (_, title) => render(title),
  family: "distinct",
  keepsNumbers: false,
});

export const NUMBERINGS = {
  "article-paren": numbered((n, title) => `제${n}조(${title})`, "article"),
  // an older public body's Hanja: "第3條(개인정보의 보유 기간)"
  "hanja-article": numbered((n, title) => `第${n}條(${title})`, "article"),
  "article-space": numbered((n, title) => `제${n}조 ${title}`, "article"),
  "article-dot": numbered((n, title) => `제${n}조. ${title}`, "article"),
  // a policy that drops 제: "3조 (보유 기간)"
  "article-without-je": numbered((n, title) => `${n}조 (${title})`, "article"),
  chapter: numbered((n, title) => `제${n}장 ${title}`, "distinct"),
  // the statutes' 절, set as a policy's own sections: "제3절 개인정보의 보유 기간"
  "section-unit": numbered((n, title) => `제${n}절 ${title}`, "distinct"),
  // a 절 that writes its chapter before it, all in one chapter: "제1장 제3절 개인정보의 보유 기간"
  "chapter-section": numbered((n, title) => `제1장 제${n}절 ${title}`, "distinct"),
  // a sub-section number with no section above it: "1-3. 개인정보의 보유 기간"
  "chapter-decimal": numbered((n, title) => `1-${n}. ${title}`, "distinct"),
  decimal: numbered((n, title) => `${n}. ${title}`, "decimal"),
  "decimal-tab": numbered((n, title) => `${n}.\t${title}`, "decimal"),
  "decimal-paren": numbered((n, title) => `${n}) ${title}`, "decimal-paren"),
  "paren-decimal": numbered((n, title) => `(${n}) ${title}`, "paren-decimal"),
  // a number and a dash, as plain-text and "easy" policies write it: "3- 얼마나 보관하나요"
  "decimal-hyphen": numbered((n, title) => `${n}- ${title}`, "distinct"),
  // the Korean letters in parentheses or circled: "(가) 처리 목적", "㉮ 처리 목적" (14 of them, 가 to 하)
  "paren-hangul": { ...numbered((n, title) => `(${"가나다라마바사아자차카타파하"[n - 1]}) ${title}`, "distinct"), most: 14 },
  "circled-hangul": { ...numbered((n, title) => `${"㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷㉸㉹㉺㉻"[n - 1]} ${title}`, "distinct"), most: 14 },
  // the Korean consonants in their syllables' order: "ㄷ. 보유 기간" (14 of them, ㄱ to ㅎ)
  consonant: { ...numbered((n, title) => `${"ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"[n - 1]}. ${title}`, "distinct"), most: 14 },
  // a dingbat font's white numbers on black circles: "❸ 보유 기간" (20 of them, ❶ to ⓴)
  "negative-circled": { ...numbered((n, title) => `${[..."❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯⓰⓱⓲⓳⓴"][n - 1]} ${title}`, "distinct"), most: 20 },
  "zero-padded": numbered((n, title) => `${String(n).padStart(2, "0")} ${title}`, "distinct"),
  // an outline's top level written with a zero: "3.0 보유 기간", its sub-sections "3.1", "3.2"
  "outline-zero": numbered((n, title) => `${n}.0 ${title}`, "decimal"),
  // a number set apart from its title by a tab alone: "3<TAB>보유 기간"
  "decimal-bare-tab": numbered((n, title) => `${n}\t${title}`, "distinct"),
  // lower-case Roman numerals: "iv. 보유 기간"
  "lower-roman": numbered((n, title) => `${asciiRoman(n).toLowerCase()}. ${title}`, "distinct"),
  // a policy translated from Chinese: "三、 보유 기간"
  "hanja-numeral": numbered((n, title) => `${hanjaNumeral(n)}、 ${title}`, "distinct"),
  // "１." looks like "1." in most fonts: flush "1." sub-items beside it would be ambiguous
  "full-width": numbered((n, title) => `${fullWidthDigits(n)}. ${title}`, "decimal"),
  roman: numbered((n, title) => `${unicodeRoman(n)}. ${title}`, "distinct"),
  "ascii-roman": numbered((n, title) => `${asciiRoman(n)}. ${title}`, "distinct"),
  "square-bullet-decimal": numbered((n, title) => `■ ${n}. ${title}`, "distinct"),
  // a policy translated from English keeps the original's numbering: "Section 4 — 개인정보의 보관"
  "english-section": numbered((n, title) => `Section ${n} — ${title}`, "distinct"),
  // or abbreviates the article: "Art. 4 (개인정보의 보관)"
  "english-article-abbreviated": numbered((n, title) => `Art. ${n} (${title})`, "distinct"),
  "square-brackets": unnumbered((title) => `[${title}]`),
  "lenticular-brackets": unnumbered((title) => `【${title}】`),
  "angle-brackets": unnumbered((title) => `< ${title} >`),
  // an HTML <ol> copied as text loses its numbers: every item reads "1."
  "lost-numbers": { render: (_, title) => `1. ${title}`, family: "decimal", keepsNumbers: false },
} satisfies Record<string, Numbering>;

export type NumberingName = keyof typeof NUMBERINGS;

export interface LayoutStyle {
  name: string;
  /** how top-level headings are written; absent: they stay as they are (a wraps-only layout) */
  numbering?: NumberingName;
  /** written in front of the heading: a list glyph left over from the page ("o\t", "• "); it sets the heading apart */
  prefix?: string;
  /** emphasis left around the heading by a converter: ["**", "**"]; it sets the heading apart */
  emphasis?: [open: string, close: string];
  /** a plain-text policy becomes Markdown: top-level headings as "## …" (Markdown input keeps its own #s) */
  markdown?: boolean;
  /** with markdown: direct sub-sections that read as titles become "### …" headings too */
  nestChildren?: boolean;
  /** one title gets a realistic tail of words, so that it runs past 50 characters */
  longTitle?: boolean;
  /** hard-wrap body lines longer than `width` at a space, continuing `indent` spaces further in */
  wrap?: { width: number; indent: number };
  /**
   * set the top-level sections under Roman groups of this many, numbered straight through them ("Ⅰ. 제1편" over
   * "1."–"3.", "Ⅱ. 제2편" over "4."–"6."), as 한글 public-sector policies do; the group lines are new lines
   */
  groupsOf?: number;
}

/** One line per layout. Combinations are layouts of their own. */
export const STYLES = [
  { name: "제N조(title)", numbering: "article-paren" },
  { name: "제N조 title", numbering: "article-space" },
  { name: "제N조. title", numbering: "article-dot" },
  { name: "N조 (title)", numbering: "article-without-je" },
  { name: "제N조(long title)", numbering: "article-paren", longTitle: true },
  { name: "제N조 long title", numbering: "article-space", longTitle: true },
  { name: "제N조. long title", numbering: "article-dot", longTitle: true },
  { name: "N.", numbering: "decimal" },
  { name: "N.<tab>", numbering: "decimal-tab" },
  { name: "N)", numbering: "decimal-paren" },
  { name: "(N)", numbering: "paren-decimal" },
  { name: "N-", numbering: "decimal-hyphen" },
  { name: "0N zero-padded", numbering: "zero-padded" },
  { name: "N.0 title", numbering: "outline-zero" },
  { name: "第N條(title)", numbering: "hanja-article" },
  { name: "N<tab> title", numbering: "decimal-bare-tab" },
  { name: "(가) title", numbering: "paren-hangul" },
  { name: "㉮ title", numbering: "circled-hangul" },
  { name: "❶ title", numbering: "negative-circled" },
  { name: "ㄱ. title", numbering: "consonant" },
  { name: "Ⅰ. roman", numbering: "roman" },
  { name: "I. ascii roman", numbering: "ascii-roman" },
  { name: "i. lower roman", numbering: "lower-roman" },
  { name: "１. full-width", numbering: "full-width" },
  { name: "三、 hanja numeral", numbering: "hanja-numeral" },
  { name: "[title]", numbering: "square-brackets" },
  { name: "【title】", numbering: "lenticular-brackets" },
  { name: "< title >", numbering: "angle-brackets" },
  { name: "■ N. title", numbering: "square-bullet-decimal" },
  { name: "제N장 title", numbering: "chapter" },
  { name: "제N절 title", numbering: "section-unit" },
  { name: "제1장 제N절 title", numbering: "chapter-section" },
  { name: "1-N. title", numbering: "chapter-decimal" },
  { name: "Ⅰ. groups over N. articles", numbering: "decimal", groupsOf: 3 },
  { name: "Section N — title", numbering: "english-section" },
  { name: "Art. N (title)", numbering: "english-article-abbreviated" },
  { name: "## N. title (Markdown)", numbering: "decimal", markdown: true },
  { name: "## N. title + ### children (Markdown)", numbering: "decimal", markdown: true, nestChildren: true },
  { name: "1. on every heading", numbering: "lost-numbers" },
  { name: "o<tab>N.", numbering: "decimal", prefix: "o\t" },
  { name: "·<tab>N.", numbering: "decimal", prefix: "·\t" },
  { name: "▪ N.", numbering: "decimal", prefix: "▪ " },
  { name: "• N.", numbering: "decimal", prefix: "• " },
  // decoration an app's or a blog's policy sets before its headings: an emoji, a dingbat with a variation selector
  { name: "📌 N.", numbering: "decimal", prefix: "📌 " },
  { name: "✔️ N.", numbering: "decimal", prefix: "✔️ " },
  { name: "***제N조(title)**", numbering: "article-paren", emphasis: ["***", "**"] },
  { name: "**N. title**", numbering: "decimal", emphasis: ["**", "**"] },
  // lightweight markups other than Markdown, in a text file: a wiki's, AsciiDoc's, org-mode's headings
  { name: "== N. title == (wiki)", numbering: "decimal", emphasis: ["== ", " =="] },
  { name: "== N. title (AsciiDoc)", numbering: "decimal", emphasis: ["== ", ""] },
  { name: "* N. title (org-mode)", numbering: "decimal", prefix: "* " },
  { name: "hard wraps (indent 2)", wrap: { width: 60, indent: 2 } },
  { name: "hard wraps (indent 4)", wrap: { width: 60, indent: 4 } },
  { name: "제N조(title) + wraps", numbering: "article-paren", wrap: { width: 60, indent: 3 } },
  { name: "o<tab>N. + wraps", numbering: "decimal", prefix: "o\t", wrap: { width: 60, indent: 2 } },
  { name: "**N. title** + wraps", numbering: "decimal", emphasis: ["**", "**"], wrap: { width: 60, indent: 4 } },
] as const satisfies readonly LayoutStyle[];

export type StyleName = (typeof STYLES)[number]["name"];
