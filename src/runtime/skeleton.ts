// The skeleton section suggested for a missing required item: a heading numbered and punctuated like the
// policy's own last section, then the items the law asks for with blanks to fill (rules/data/section-skeletons.json).
import type { Heading, PolicyDocument, Section } from "../parse/model.js";
import type { Edit, Localized } from "./rule.js";
import {
  CIRCLED,
  CIRCLED_HANGUL,
  HANGUL_CONSONANTS,
  CIRCLED_SANS,
  HANGUL_ORDER,
  NEGATIVE_CIRCLED,
  NEGATIVE_CIRCLED_SANS,
  PARENTHESISED_HANGUL,
  isArticle,
  isChapter,
} from "../parse/headings.js";
import skeletons from "../../rules/data/section-skeletons.json" with { type: "json" };

const TOPICS: Record<string, { title: string; items: string[] } | undefined> = skeletons.topics;

const ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";
const ASCII_ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function toAsciiRoman(value: number): string {
  let text = "";
  for (const [size, letters] of ASCII_ROMAN) for (; value >= size; value -= size) text += letters;
  return text;
}

/** 13 → "ⅩⅢ": past Ⅻ a word processor writes tens and the rest as numerals of their own. */
function toUnicodeRoman(value: number): string {
  if (value <= ROMAN.length) return [...ROMAN][value - 1];
  const rest = value % 10;
  return [...ROMAN][9].repeat(Math.floor(value / 10)) + (rest > 0 ? [...ROMAN][rest - 1] : "");
}

const isAsciiDigit = (character: string | undefined) => character !== undefined && character >= "0" && character <= "9";
const isFullWidthDigit = (character: string | undefined) => character !== undefined && character >= "０" && character <= "９";
const isDigit = (character: string | undefined) => isAsciiDigit(character) || isFullWidthDigit(character);
const FULL_WIDTH_OFFSET = 0xfee0;

/** The last number in the text counted up, zero padding and full-width digits kept: 3-2 → 3-3, 제9조 → 제10조, 09 → 10, ９ → １０. */
function incrementLastNumber(text: string): string {
  let end = text.length;
  while (end > 0 && !isDigit(text[end - 1])) end--;
  if (end === 0) return text;
  let start = end;
  while (start > 0 && isDigit(text[start - 1])) start--;
  const written = text.slice(start, end);
  const fullWidth = isFullWidthDigit(written[0]);
  const digits = fullWidth ? [...written].map((digit) => String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_OFFSET)).join("") : written;
  let next = String(Number(digits) + 1).padStart(digits.length, "0");
  if (fullWidth) next = [...next].map((digit) => String.fromCharCode(digit.charCodeAt(0) + FULL_WIDTH_OFFSET)).join("");
  return text.slice(0, start) + next + text.slice(end);
}

/** The marker after `heading`'s: 제9조 → 제10조, 09 → 10, ⑨ → ⑩, 라. → 마., Ⅳ. → Ⅴ.; bullets stay as they are. */
export function nextMarker(heading: Heading): string {
  const { marker, number, style } = heading;
  if (number === null) return marker;
  const next = number + 1;
  const swap = (alphabet: string) => {
    const at = [...marker].findIndex((character) => alphabet.includes(character));
    const characters = [...marker];
    if (at >= 0 && next <= alphabet.length) characters[at] = [...alphabet][next - 1];
    return characters.join("");
  };
  if (style === "circled") return swap(/[➀-➉]/.test(marker) ? CIRCLED_SANS : CIRCLED);
  if (style === "negative-circled") return swap(/[➊-➓]/.test(marker) ? NEGATIVE_CIRCLED_SANS : NEGATIVE_CIRCLED);
  // a word processor's one-character numbers, ⑴–⒇ and ⒈–⒛
  if (/^[⑴-⒇]$/.test(marker) && next <= 20) return String.fromCharCode(0x2473 + next);
  if (/^[⒈-⒛]$/.test(marker) && next <= 20) return String.fromCharCode(0x2487 + next);
  if (style === "hangul") return swap(HANGUL_ORDER);
  if (style === "paren-hangul") return swap(/[㈎-㈛]/.test(marker) ? PARENTHESISED_HANGUL : HANGUL_ORDER);
  if (style === "circled-hangul") return swap(CIRCLED_HANGUL);
  if (style === "consonant") return swap(HANGUL_CONSONANTS);
  if (style === "latin" || style === "lower-latin" || style === "paren-latin") {
    const letter = /[A-Za-z]/.exec(marker);
    if (!letter) return marker;
    const base = letter[0] === letter[0].toUpperCase() ? 65 : 97;
    return marker.replace(letter[0], String.fromCharCode(base + ((next - 1) % 26)));
  }
  if (style === "roman")
    return /[Ⅰ-Ⅻ]/.test(marker) ? marker.replace(/[Ⅰ-Ⅻ]+/, toUnicodeRoman(next)) : marker.replace(/[IVX]+/, toAsciiRoman(next));
  if (style === "lower-roman") return marker.replace(/[ivx]+/, toAsciiRoman(next).toLowerCase());
  if (style === "hanja-numeral" || style === "paren-hanja-numeral") return marker.replace(/[一二三四五六七八九十]+/, toHanjaNumeral(next));
  return incrementLastNumber(marker);
}

/** 3 → "三", 12 → "十二", 21 → "二十一". */
function toHanjaNumeral(value: number): string {
  const digits = "一二三四五六七八九";
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? digits[tens - 1] : ""}${tens > 0 ? "十" : ""}${ones > 0 ? digits[ones - 1] : ""}`;
}

/** A heading line for `title` written the way the policy wrote its last section's. */
function headingLine(document: PolicyDocument, title: string): string {
  // a chapter (제N장) that groups articles: the new section is the article after its last one
  let last = document.sections.at(-1);
  const article = (section: Section) => isArticle(section.heading);
  while (last && isChapter(last.heading) && last.children.some(article)) last = last.children.filter(article).at(-1);
  if (!last) return document.format === "markdown" ? `## ${title}` : document.format === "html" ? `<h2>${title}</h2>` : title;
  const { heading } = last;
  // a number on a line of its own above its title ("07" / "개인정보 보호책임자") is written the same way
  if (heading.markerLine !== undefined) return `${nextMarker(heading)}\n${title}`;
  const source = document.lines[heading.line - 1] ?? "";
  const titleAt = source.indexOf(heading.title, heading.titleColumn - 1);
  if (titleAt < 0) return `${heading.marker} ${title}`;
  // a Markdown heading's number is in its text ("## 2. 보호책임자"), its marker is the hashes
  const before = source.slice(0, titleAt);
  // the marker as the file writes it, at its column (the parser reads "３．" as "3.", one code unit for one)
  const written = source.slice(heading.column - 1, heading.column - 1 + heading.marker.length);
  const numbered =
    heading.style === "markdown" ? incrementLastNumber(before) : before.replace(written, nextMarker({ ...heading, marker: written }));
  // what closes the title ("제9조(보호책임자)", "[보호책임자]", "<h2>…</h2>"), without any text run on after it
  const after = source.slice(titleAt + heading.title.length);
  const closing = /^\s*(?:[)\]】>〉」』]\s*)?(?:<\/h[1-6]>)?/.exec(after)?.[0].trimEnd() ?? "";
  return numbered + title + closing;
}

/** The suggestion to add the item's section at the end of the policy (none for an item without a skeleton). */
export function skeletonSuggestions(document: PolicyDocument, topic: string): { desc: Localized; edit: Edit }[] {
  const skeleton = TOPICS[topic];
  if (!skeleton) return [];
  const items = skeleton.items.map((item) => (document.format === "html" ? `<p>${item}</p>` : `- ${item}`));
  const lastLine = document.lines.length;
  const endsWithNewline = document.lines[lastLine - 1] === "";
  const text = `${endsWithNewline ? "" : "\n"}\n${[headingLine(document, skeleton.title), ...items].join("\n")}${endsWithNewline ? "\n" : ""}`;
  const column = (document.lines[lastLine - 1] ?? "").length + 1;
  return [
    {
      desc: {
        ko: `'${skeleton.title}' 절의 틀을 끝에 추가(빈칸 ○○을 채우십시오)`,
        en: `Add a '${skeleton.title}' section at the end (fill in the ○○ blanks)`,
      },
      edit: { range: { line: lastLine, column, endLine: lastLine, endColumn: column }, text },
    },
  ];
}
