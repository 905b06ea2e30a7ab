// Recognising numbered headings and list markers at the start of a line.
import type { Heading, NumberingStyle } from "./model.js";
import headingWords from "../../rules/data/heading-words.json" with { type: "json" };
import sectionTopics from "../../rules/data/section-topics.json" with { type: "json" };
import itemTitles from "../../rules/data/item-titles.json" with { type: "json" };
import { isBlank, isBreakLine, isWhiteSpaceCode } from "./lines.js";
import { COMPANION_POLICY_NAME, POLICY_NAME } from "./policy-name.js";

export interface Marker {
  style: NumberingStyle;
  marker: string;
  number: number | null;
  /** 0-based index of the marker in the line */
  markerIndex: number;
  /** 0-based index where the text after the marker starts */
  restIndex: number;
  /** title given in brackets right after the marker: 제1조 (목적) */
  bracketTitle: string | null;
  indent: number;
}

/** What a heading takes from its marker: where it stands, its style, the marker and its number. */
export function markedBy(marker: Marker): { column: number; style: NumberingStyle; marker: string; number: number | null } {
  return { column: marker.markerIndex + 1, style: marker.style, marker: marker.marker, number: marker.number };
}

export const HANGUL_ORDER = "가나다라마바사아자차카타파하";

/** 가 → 1, 나 → 2, …; 0 for anything else. */
export function hangulOrdinal(letter: string): number {
  return HANGUL_ORDER.indexOf(letter) + 1;
}
export const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
// the dingbat fonts' circled numbers: "➀" as "①" is, and the white numbers on black circles ("❶", "➊", "⓫"), a
// level of their own that a policy sets its sections in
export const CIRCLED_SANS = "➀➁➂➃➄➅➆➇➈➉";
export const NEGATIVE_CIRCLED = "❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯⓰⓱⓲⓳⓴";
export const NEGATIVE_CIRCLED_SANS = "➊➋➌➍➎➏➐➑➒➓";
// the Korean letters as one-character numbers: circled ("㉮", "㉯", …) and in parentheses ("㈎", "㈏", …)
export const CIRCLED_HANGUL = "㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷㉸㉹㉺㉻";
export const PARENTHESISED_HANGUL = "㈎㈏㈐㈑㈒㈓㈔㈕㈖㈗㈘㈙㈚㈛";
// the Korean consonants in the order of their syllables' (ㄱ as 가, ㄴ as 나, …): "ㄱ. 제목", a level of its own
export const HANGUL_CONSONANTS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ";

// A marker's grammar. Each entry reads one numbering style where the marker starts (sticky: at lastIndex,
// after any indent or prefix); the first that matches wins, so more specific forms come first. `value`
// turns the match into the number.
interface MarkerForm {
  style: NumberingStyle;
  /** the characters the marker can start with: a line is tried only against the forms its first character allows */
  first: RegExp;
  pattern: RegExp;
  value: (match: RegExpExecArray) => number | null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
const UNICODE_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

/**
 * "IV" → 4; the Unicode numerals Ⅰ–Ⅻ are one character each, and past Ⅻ a word processor writes two or three
 * of them ("ⅩⅢ" is 13, "ⅩⅩⅠ" 21): each character's value, a smaller one before a larger subtracted.
 */
export function romanValue(numeral: string): number {
  const values = [...numeral].map((character) =>
    UNICODE_ROMAN.includes(character) ? UNICODE_ROMAN.indexOf(character) + 1 : (ROMAN_VALUES[character] ?? 0),
  );
  return values.reduce((total, value, at) => total + (value < (values[at + 1] ?? 0) ? -value : value), 0);
}

const HANJA_DIGITS = "一二三四五六七八九";

/** "三" → 3, "十二" → 12, "二十一" → 21: the Chinese numerals a policy translated from Chinese numbers its parts in. */
export function hanjaNumeralValue(numeral: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral === "") return null;
  const [, tens, ten, units] = match;
  const digit = (character: string | undefined) => (character === undefined ? 0 : HANJA_DIGITS.indexOf(character) + 1);
  if (ten === undefined) return tens !== undefined && units !== undefined ? null : digit(tens ?? units);
  return (tens === undefined ? 1 : digit(tens)) * 10 + digit(units);
}

const ORDINAL_WORDS = ["첫", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "열한", "열두", "열셋", "열넷", "열다섯"];

// what follows an article's number in a citation, never a heading's title: another article or a paragraph of it
// ("제17조 및 제18조에", "제15조, 제17조", "제17조 제1항"), or the bracket that closes the citation ("…(「국민건강보험법」"
// over "제96조의4)")
const CITATION_GOES_ON = "(?![)）」』]|[ \\t]{0,3}(?:[,~∼～]|[·ㆍ][ \\t]{0,2}제|(?:및|또는|내지)[ \\t]|제[ \\t]?\\d{1,3}[ \\t]?(?:항|호)))";

/** A marker that writes its chapter before its own number: "제2장 제1절", "제2장 제5조" (see MARKER_FORMS). */
export const CHAPTER_IN_MARKER = /^제[ \t]{0,2}\d{1,2}[ \t]{0,2}장[ \t]/;

const MARKER_FORMS: MarkerForm[] = [
  // "제2장 제3절 보유 기간", "제2장 제5조 파기": a 절 or 조 that writes its chapter before it, numbered as the 절 or
  // 조 it is (절 restart in each chapter); the chapter is part of the marker, as "2-3." holds its "2"
  {
    style: "section-sign",
    first: /제/,
    pattern: new RegExp(
      `제[ \\t]{0,2}\\d{1,2}[ \\t]{0,2}장[ \\t]{1,3}제[ \\t]{0,2}(\\d{1,2})[ \\t]{0,2}[절관](?![가-힣])${CITATION_GOES_ON}\\.?`,
      "y",
    ),
    value: (m) => Number(m[1]),
  },
  {
    style: "article",
    first: /제/,
    pattern: new RegExp(
      `제[ \\t]{0,2}\\d{1,2}[ \\t]{0,2}장[ \\t]{1,3}제[ \\t]{0,2}(\\d{1,3})[ \\t]{0,2}조(?![가-힣])${CITATION_GOES_ON}\\.?`,
      "y",
    ),
    value: (m) => Number(m[1]),
  },
  { style: "chapter", first: /제/, pattern: /제\s*(\d{1,2})\s*장(?![가-힣])\.?/y, value: (m) => Number(m[1]) },
  // a part (부, 편) divides a document as a chapter does, and a policy has no level between them: "제2부 개인정보
  // 처리방침" after "제1부 수집·이용 동의서", "[2부] …", "【제2편】 …"
  {
    style: "chapter",
    first: /[제[【]/,
    pattern: /(?:제\s*(\d{1,2})\s*[부편](?![가-힣])\.?|[[【]\s*(?:제\s*)?(\d{1,2})\s*[부편]\s*[\]】])/y,
    value: (m) => Number(m[1] ?? m[2]),
  },
  // "제3조", "제3조의2", "제13조." — the title may follow in brackets or after a dot; not where another article or
  // a paragraph follows, a statute cited on a hard-wrapped line ("「개인정보 보호법」" over "제17조 및 제18조에 …")
  {
    style: "article",
    first: /제/,
    pattern: new RegExp(`제\\s*(\\d{1,3})\\s*조(?:\\s*의\\s*\\d+)?(?![가-힣])${CITATION_GOES_ON}\\.?`, "y"),
    value: (m) => Number(m[1]),
  },
  // "제3. 보유 기간": the ordinal without 조, numbered as articles are
  { style: "article", first: /제/, pattern: /제[ \t]?(\d{1,2})\.(?=[ \t]+[가-힣A-Za-z[(【<「])/y, value: (m) => Number(m[1]) },
  // "1조 (목적)", "12조의2 …": an article written without 제. "3조 원" is an amount, and the marker is no heading
  // unless the document shows a run of such articles in sequence with titles after them (see the section builder)
  {
    style: "article",
    first: /\d/,
    pattern: new RegExp(
      `(\\d{1,3})[ \\t]{0,2}조(?:[ \\t]{0,2}의[ \\t]{0,2}\\d{1,2})?(?![가-힣\\d])(?![ \\t]{0,2}(?:원|억|달러|엔(?![가-힣])))${CITATION_GOES_ON}\\.?`,
      "y",
    ),
    value: (m) => Number(m[1]),
  },
  // an English-numbered section, as translated policies write it: "Article 4", "Art. 4 (보관)", "Section 4 — 보관",
  // "SECTION 4: …", "Part 4.", "Chapter 4 · 보관", "Step 4. 보관" (not "Section 4.1", a sub-section, nor "Section 2에 기재된", a reference in a sentence)
  {
    style: "english-article",
    first: /[ASPC]/,
    pattern:
      /(?:Article|ARTICLE|Art\.|ART\.|Section|SECTION|Part|PART|Chapter|CHAPTER|Step|STEP)[ \t]{1,3}(\d{1,3})(?![\dA-Za-z가-힣]|\.\d)(?:[ \t]{0,3}[.:—–·ㆍ|-](?![\d-]))?/y,
    value: (m) => Number(m[1]),
  },
  // "12.1.2." under "12.1.": a third level; the value is the last part. As "1." does, a closing dot may take the
  // title without a space ("3.1.화장 예약 대장"); without the dot "3.1화장" could be a decimal number
  {
    style: "decimal-sub-sub",
    first: /\d/,
    pattern: /\d{1,2}[-.]\d{1,2}[-.](\d{1,2})(?:\.?(?=\s)|\.(?=[가-힣「(]))/y,
    value: (m) => Number(m[1]),
  },
  // "(3)-①", "(3)-2": an item numbered under section (3), its section's number written before its own
  {
    style: "decimal-sub",
    first: /[(（]/,
    pattern: /[(（]\d{1,2}[)）][ \t]?[-–][ \t]?(?:([①-⑳])|(\d{1,2})[.)]?)(?=[ \t])/y,
    value: (m) => (m[1] ? CIRCLED.indexOf(m[1]) + 1 : Number(m[2])),
  },
  // "1.0", "2.0": a section numbered as an outline numbers its top level, its sub-sections "1.1", "1.2" under it (a
  // sub-section is never numbered 0)
  { style: "decimal", first: /\d/, pattern: /(\d{1,2})\.0\.?(?=\s)/y, value: (m) => Number(m[1]) },
  // "2-1." or "1.1" in front of a sub-section title; the value is the last part
  { style: "decimal-sub", first: /\d/, pattern: /\d{1,2}[-.](\d{1,2})(?:\.?(?=\s)|\.(?=[가-힣「(]))/y, value: (m) => Number(m[1]) },
  // "1." but not "2020.05" or "1.5"; the title may follow without a space ("1.개인정보")
  { style: "decimal", first: /\d/, pattern: /(\d{1,2})\.(?!\d)/y, value: (m) => Number(m[1]) },
  // ("9 ) 제목": a space may stand before the bracket, where a title follows)
  { style: "decimal-paren", first: /\d/, pattern: /(\d{1,2})(?:\)|[ \t]\)(?=[ \t]+[가-힣A-Za-z]))/y, value: (m) => Number(m[1]) },
  { style: "paren-decimal", first: /[(（]/, pattern: /[(（](\d{1,2})[)）]/y, value: (m) => Number(m[1]) },
  // "1- 처리 목적", "2 - 항목", "3– 파기": a number, a dash, a space and a title. A digit after the dash makes a
  // phone number, a date, a range or a chapter item ("02-3142-5500", "1-2개월", "1 - 3일", "2-1"), and none of
  // them a marker, unless the dash holds to the number and a space sets off a title that opens with an age or a
  // count ("11- 14세 미만 아동")
  {
    style: "hyphen-decimal",
    first: /\d/,
    pattern: /(\d{1,2})(?:[ \t]?[-–](?=[ \t]{1,3}[가-힣A-Za-z[【<〈《「『(])|[-–](?=[ \t]{1,3}\d{1,3}[가-힣]))/y,
    value: (m) => Number(m[1]),
  },
  // "4-개인정보의 파기": the title held to the dash, four characters at least ("3-정보" is a word); not a zero-padded
  // number ("01-정비소.txt" names a file)
  { style: "hyphen-decimal", first: /[1-9]/, pattern: /([1-9]\d?)-(?=[가-힣][^\n]{3})/y, value: (m) => Number(m[1]) },
  // "3번. 보유 기간": the number said with 번 ("number") and a full stop
  { style: "decimal", first: /\d/, pattern: /(\d{1,2})번\.(?=[ \t])/y, value: (m) => Number(m[1]) },
  // "#3 보유 기간" in plain text: a hash before the number, as a chat or a ticket numbers things
  { style: "decimal", first: /#/, pattern: /#(\d{1,2})\.?(?=[ \t]+[가-힣])/y, value: (m) => Number(m[1]) },
  // "첫째, 처리 목적", "열두째. 보호책임자": a Korean ordinal word numbers the title after it
  {
    style: "ordinal",
    first: /[첫둘셋넷다여일아열]/,
    pattern: /(첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열한|열두|열셋|열넷|열다섯|열)[ \t]?째[ \t]?[,.)：:]/y,
    value: (m) => ORDINAL_WORDS.indexOf(m[1]) + 1,
  },
  // "하나. 무엇을 수집하나요", "◆ 둘. 언제 지우나요": the native cardinal numbers, as a plain-language policy counts
  {
    style: "ordinal",
    first: /[하둘셋넷다여일아열]/,
    pattern: /(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)[.．](?=[ \t])/y,
    value: (m) => (m[1] === "하나" ? 1 : ORDINAL_WORDS.indexOf(m[1]) + 1),
  },
  // "§3 보유 기간", "§ 3. 파기": the section sign of a numbered section, as statutes and translated policies write it
  { style: "section-sign", first: /§/, pattern: /§[ \t]{0,2}(\d{1,2})\.?(?![\d.])/y, value: (m) => Number(m[1]) },
  // "제3절 보유 기간", "제3관 …": the statutes' 절 and 관, parts between 장 and 조, numbered apart from both, as § is
  {
    style: "section-sign",
    first: /제/,
    pattern: new RegExp(`제[ \\t]{0,2}(\\d{1,2})[ \\t]{0,2}[절관](?![가-힣])${CITATION_GOES_ON}\\.?`, "y"),
    value: (m) => Number(m[1]),
  },
  // "[3] 제3자 제공", "【6】 파기": a number in square brackets with a title after it ("[1]" alone, or a footnote's
  // "[1]" run into its sentence, is a heading only when the document numbers its sections so: see the section builder)
  // (and "< 3 > 제3자 제공", "〈6〉 파기" in angle brackets)
  {
    style: "bracket-decimal",
    first: /[[【<〈]/,
    pattern: /(?:[[【][ \t]?(\d{1,2})[ \t]?[\]】]|[<〈][ \t]?(\d{1,2})[ \t]?[>〉])(?=[ \t]+\S)/y,
    value: (m) => Number(m[1] ?? m[2]),
  },
  // "3 | 보유 기간", "3｜보유 기간": a number set off from its title by a vertical bar, as plain-text and slide-made
  // policies write headings (a table row has a bar after its next cell too, and is no marker: see readLineMarker)
  { style: "bar-decimal", first: /\d/, pattern: /(\d{1,2})[ \t]{0,3}\|(?=[ \t]{0,3}[^\s|])/y, value: (m) => Number(m[1]) },
  // a word processor's one-character numbers: "⑴" reads as (1), "⒈" as 1.
  { style: "paren-decimal", first: /[⑴-⒇]/, pattern: /[⑴-⒇]/y, value: (m) => m[0].charCodeAt(0) - 0x2473 },
  { style: "decimal", first: /[⒈-⒛]/, pattern: /[⒈-⒛]/y, value: (m) => m[0].charCodeAt(0) - 0x2487 },
  // a keycap digit, as chat apps draw it: "3️⃣ 보유 기간" is 3., and "🔟" is 10.
  // keycaps side by side make a number of two digits: "1️⃣2️⃣" is 12.
  {
    style: "decimal",
    first: /\d/,
    pattern: /(\d)\uFE0F?\u20E3(?:(\d)\uFE0F?\u20E3)?/y,
    value: (m) => Number(m[2] === undefined ? m[1] : m[1] + m[2]),
  },
  { style: "decimal", first: /\uD83D/, pattern: /\u{1F51F}/uy, value: () => 10 },
  // "01 개인정보 수집 현황": two digits, a space and a word; "02 123 4567" and "10일" are not numbering
  // (one digit and a tab, "3<TAB>보유 기간", as a word processor sets a number apart from its title, is numbered so too)
  {
    style: "zero-padded",
    first: /\d/,
    pattern: /(0[1-9]|[1-9]\d|[1-9](?=\t))[ \t]+(?=[가-힣A-Za-z[【<〈《「])/y,
    value: (m) => Number(m[1]),
  },
  { style: "circled", first: /[①-⑳]/, pattern: /[①-⑳]/y, value: (m) => CIRCLED.indexOf(m[0]) + 1 },
  { style: "circled", first: /[➀-➉]/, pattern: /[➀-➉]/y, value: (m) => CIRCLED_SANS.indexOf(m[0]) + 1 },
  {
    style: "negative-circled",
    first: /[❶-❿➊-➓⓫-⓴]/,
    pattern: /[❶-❿➊-➓⓫-⓴]/y,
    value: (m) => NEGATIVE_CIRCLED.indexOf(m[0]) + 1 || NEGATIVE_CIRCLED_SANS.indexOf(m[0]) + 1,
  },
  // "Ⅻ.", and past it two or three numerals: "ⅩⅢ."
  // "II-1.", "Ⅱ-3", "I.2": a sub-section numbered under a Roman chapter, as "2-1." is under "2."; the value is the last part
  {
    style: "decimal-sub",
    first: /[IVXⅠ-Ⅻ]/,
    pattern: /(?:[Ⅰ-Ⅻ]{1,3}|X{0,3}(?:IX|IV|V?I{1,3}|V))[-.](\d{1,2})\.?(?=\s)/y,
    value: (m) => Number(m[1]),
  },
  { style: "roman", first: /[Ⅰ-Ⅻ]/, pattern: /([Ⅰ-Ⅻ]{1,3})(?:\.|(?=\s))/y, value: (m) => romanValue(m[1]) },
  // "一、 …", "五. …" and "(一) …": a policy translated from Chinese numbers its parts and their items so
  {
    style: "hanja-numeral",
    first: /[一二三四五六七八九十]/,
    pattern: /([一二三四五六七八九十]{1,3})[、.．](?=[ \t]*\S)/y,
    value: (m) => hanjaNumeralValue(m[1]),
  },
  {
    style: "paren-hanja-numeral",
    first: /[(]/,
    pattern: /\(([一二三四五六七八九十]{1,3})\)/y,
    value: (m) => hanjaNumeralValue(m[1]),
  },
  { style: "roman", first: /[IVX]/, pattern: /((?:X{0,3})(?:IX|IV|V?I{0,3}))\.(?=\s)/y, value: (m) => (m[1] ? romanValue(m[1]) : null) },
  // "iv. 보유 기간": the lower-case numerals, with a full stop ("i.e." is no number: a space must follow)
  {
    style: "lower-roman",
    first: /[ivx]/,
    pattern: /((?:x{0,3})(?:ix|iv|v?i{0,3}))\.(?=\s)/y,
    value: (m) => (m[1] ? romanValue(m[1].toUpperCase()) : null),
  },
  // a question-and-answer policy's markers: "Q.", "Q1.", "Q:", "질문:", "문)" open a question, "A:", "A1.", "답변:",
  // "답)" its answer ("A." is a latin number unless it follows a question: see the section builder); a question card
  // "[Q3] …?" in square brackets. A question's number, where it has one, numbers the questions as sections are
  {
    style: "question",
    first: /[Q질문[]/,
    pattern: /(?:Q[ \t]?(\d{1,3})?[ \t]?(?:\.(?=\s)|[:)])|질문[ \t]?(\d{1,3})?[ \t]?[.:)]|문[ \t]?[:)]|\[Q[ \t]?(\d{1,3})\](?=[ \t]))/y,
    value: (m) => {
      const digits = m[1] ?? m[2] ?? m[3];
      return digits === undefined ? null : Number(digits);
    },
  },
  {
    style: "answer",
    first: /[A답]/,
    pattern: /(?:A[ \t]?(?:\d{1,3}[ \t]?)?:|A[ \t]?\d{1,3}[ \t]?[.)]|답변[ \t]?(?:\d{1,3}[ \t]?)?[.:)]|답[ \t]?[:)])/y,
    value: () => null,
  },
  {
    style: "hangul",
    first: /[가나다라마바사아자차카타파하]/,
    pattern: /([가나다라마바사아자차카타파하])[.)](?=\s|$)/y,
    value: (m) => hangulOrdinal(m[1]),
  },
  // "(가) 처리 목적", "㈎ 처리 목적", "㉮ 처리 목적": the Korean letters in parentheses or circled, a level of their own
  {
    style: "paren-hangul",
    first: /[(（㈎-㈛]/,
    pattern: /[(（]([가나다라마바사아자차카타파하])[)）](?=\s|$)|([㈎-㈛])/y,
    value: (m) => (m[1] !== undefined ? hangulOrdinal(m[1]) : PARENTHESISED_HANGUL.indexOf(m[2]) + 1),
  },
  { style: "circled-hangul", first: /[㉮-㉻]/, pattern: /[㉮-㉻]/y, value: (m) => CIRCLED_HANGUL.indexOf(m[0]) + 1 },
  {
    style: "consonant",
    first: /[ㄱ-ㅎ]/,
    pattern: /([ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ])[.)](?=\s|$)/y,
    value: (m) => HANGUL_CONSONANTS.indexOf(m[1]) + 1,
  },
  { style: "latin", first: /[A-Z]/, pattern: /([A-Z])\.(?=\s)/y, value: (m) => m[1].charCodeAt(0) - 64 },
  // "a) 문자 발송", "(c) 결제 대행": an English-style list's letters, each shape a level of its own
  { style: "lower-latin", first: /[a-z]/, pattern: /([a-z])[.)](?=[ \t])/y, value: (m) => m[1].charCodeAt(0) - 96 },
  {
    style: "paren-latin",
    first: /[(（]/,
    pattern: /[(（]([A-Za-z])[)）](?=[ \t])/y,
    value: (m) => m[1].toLowerCase().charCodeAt(0) - 96,
  },
  { style: "bullet", first: /[•\-*※▶▷■□◆◇○●∙·‣►→✓✔▪▫◦◼◻▣◈›»o]/, pattern: /([•\-*※▶▷■□◆◇○●∙·‣►→✓✔▪▫◦◼◻▣◈›»]|o(?=\s))/y, value: () => null },
];

/** Bullets that scraped policies use in front of section titles ("■ 개인정보의 보유 및 이용기간"). */
export const HEADING_BULLETS = /^[■□◆◇●○▶►▷▪◼▣◈›»]$/;
const BRACKET_TITLE = /^\s*[(（]([^()（）]{1,60})[)）]/;
// a title in brackets after a number other than an article's is read only when it names an item, this long at least
// ("(필수)", "(선택)" after a list's number are no titles)
const MIN_BRACKETED_ITEM_TITLE = 4;
const ITEM_TITLE_WORDS = /개인정보|(?:처리|사항|방법|기간|목적|항목|변경|조치|책임자|구제|위탁|제공|파기|이전|운영|권리)$/;
// the same article's marker and title in the other language, after the first's: "제1조(처리 목적)" (its Korean title
// kept) or "Article 1 (Purpose)", and nothing after it on the line
const TRANSLATED_ARTICLE =
  /^[ \t]{0,3}(?:[/|·-][ \t]{0,3})?(?:제[ \t]?(\d{1,3})[ \t]?조[ \t]?[(（]([^()（）]{1,60})[)）]|(?:Article|ARTICLE|Art\.|ART\.|Section|SECTION)[ \t]{1,3}(\d{1,3})[ \t]{0,3}[(（][^()（）]{1,60}[)）])[ \t]*$/;
// a title standing alone in brackets: "[개인정보의 파기]", "【 수집 항목 】", "< 개인정보 보호책임자 >"
// (the title starts and ends with a non-space, so there is one way to split the spaces around it)
const BRACKETED_LINE =
  /^([[【<〈《「『〔])[ \t]{0,3}([^\]】>〉》」』〕[【<〈《「『〔\s](?:[^\]】>〉》」』〕[【<〈《「『〔]{0,58}[^\]】>〉》」』〕[【<〈《「『〔\s])?)[ \t]{0,3}([\]】>〉》」』〕])(?=\s|$)/;
// a title framed by the same run of strokes or shapes on both sides: "━━ 수집 목적 ━━", "== 파기 ==", "◆ 쿠키 ◆",
// "*** 권리 ***" (a page footer "- 3 -" frames a number, no title)
const FRAMED_LINE =
  /^(([━─═=~〓*◆◇■□●○★☆◈▣※-])\2{0,5})[ \t]{1,3}([^\s━─═=~〓*◆◇■□●○★☆◈▣※-](?:[^\n]{0,58}[^\s━─═=~〓*◆◇■□●○★☆◈▣※-])?)[ \t]{1,3}\2{1,200}$/;
// a title set into a rule drawn across the page, the strokes longer than a frame's: "════ 제9조(…) ════"
const RULED_LINE = /^(([━─═=~〓])\2{6,200})[ \t]{1,3}([^\s━─═=~〓](?:[^\n]{0,58}[^\s━─═=~〓])?)[ \t]{1,3}\2{3,200}$/;
const RULE_STROKE = /^[━─═=~〓]$/;
const DOUBLE_BRACKETED = /^(?:\[\[|【【)[ \t]{0,3}([^\s\][【】](?:[^\n\][【】]{0,58}[^\s\][【】])?)[ \t]{0,3}(?:\]\]|】】)$/;
// "[제10조] 개인정보 보호책임자", "【제2장】 …": a number in brackets is the heading's marker, not its title (the
// line is read as "[제1조] …" is, whatever the number's length)
const NUMBER_IN_BRACKETS = /^(?:제[ \t]{0,2})?[0-9]{1,3}[ \t]{0,2}(?:조(?:[ \t]{0,2}의[ \t]{0,2}[0-9]{1,2})?|장|절|항|관)$/;
// a bracketed name opening a sentence ("<가나상사> 는 …") is no title: the body would start with a particle
const PARTICLE_START = /^(은|는|이|가|을|를|의|에|와|과|로|으로|은\(는\)|이\(가\))(\s|$|\()/;
// a bracketed name followed by the document's own name ("〈별빛 일기〉 개인정보 처리방침", "[누리몰] 개인정보처리방침"),
// a word or two after it as a notice has ("[스윙메이트] 개인정보 처리방침 안내"): the whole line is the title, the
// brackets only set off the service's or the sender's name
// (and past the controller's name and a decoration before it: "[온기네 이야기] 🐾 사단법인 온기협회 개인정보 처리방침 안내",
// or a decoration after it: "[핏라인] 개인정보 처리방침 📢")
const POLICY_NAME_REST =
  /(?:개인\s{0,2}정보\s{0,2}(?:처리|취급|보호)\s{0,2}(?:방침|정책)|Privacy\s{1,3}Policy)(?:\s{1,3}[가-힣A-Za-z0-9()·]{1,12}){0,2}(?:\s{0,3}[^\sA-Za-z0-9가-힣]{1,4})?\s{0,3}$/i;
const MAX_POLICY_NAME_REST = 60;
// 「」 and 『』 cite a statute or a work by name: text after them on the line is a sentence that cites it
// ("「개인정보 보호법」 및 관계 법령에 따라 …", a wrapped line), never a title's body
const CITES_A_WORK = new Set(["「", "『"]);
// a statute's name in those brackets is a citation wherever it stands: alone on its line it is the wrapped middle of
// a sentence ("「주차장법」 제9조와" / "「○○구 주차장 조례」" / "제15조에 근거하여"), never a section's title; a title
// ending in "방법" (a method: "「파기 절차 및 방법」", "「구제방법」") names no statute, though it ends in "법"
const STATUTE_NAME = /(?:(?<!방)법|법률|령|규칙|조례|고시|지침|기준|규정|훈령|예규)$/;
const CLOSING_FOR: Record<string, string> = { "[": "]", "【": "】", "<": ">", "〈": "〉", "《": "》", "「": "」", "『": "』", "〔": "〕" };
// a list glyph in front of a number ("o⇥1. 제목", "· 1.", "■ 2."), or emphasis left over from Markdown
// ("***제3조", "**1."): read past it to the number
const PREFIX = /^(?:[•·∙▪▫◦■□◆◇●○▶►▷◼◻\-o*](?:\t|\s+)|[*_]{1,3}(?=\S))/;
// emoji and symbols set before a heading as decoration ("📌 3.", "✔ 4.", "🔒 12.", "☞ 2.", "⭐️ 개인정보의 파기"): any run of
// pictographs, dingbats, arrows and geometric shapes, with the variation selectors, joiners, keycap marks and skin
// tones that compose them, is read past as the list glyphs above are. Enclosed numbers (①, ⑴, ⒈, and the dingbats'
// ❶ and ➀, cut out of their block) and Roman numerals are numbering, not decoration, and lie outside these blocks.
const SYMBOL =
  "\\p{Extended_Pictographic}\\u2190-\\u21FF\\u2300-\\u23FF\\u25A0-\\u2775\\u2794-\\u27BF\\u2900-\\u297F\\u2B00-\\u2BFF\\u{1F1E6}-\\u{1F1FF}";
// the parts that compose them, one at a time (in one class with the symbols they would read as one character)
const SYMBOL_PART = "\\uFE0E|\\uFE0F|\\u200D|\\u20E3|[\\u{1F3FB}-\\u{1F3FF}]|[\\u{E0020}-\\u{E007F}]";
// "#️⃣", "*️⃣": a keycap whose base is no digit (a digit's keycap is a number: see MARKER_FORMS)
const SYMBOL_KEYCAP = "[#*]\\uFE0F?\\u20E3";
const SYMBOL_RUN = new RegExp(`^(?:[${SYMBOL}]|${SYMBOL_KEYCAP})(?:[${SYMBOL}]|${SYMBOL_PART}|${SYMBOL_KEYCAP})*[ \\t]*`, "u");
const SYMBOL_START = new RegExp(`^\\s*(?:[${SYMBOL}]|${SYMBOL_KEYCAP})`, "u");

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** The length of the decorative symbols a line's text opens with ("📌 ", "✔️ "), spaces after them included; 0 for none. */
export function symbolPrefixLength(text: string): number {
  // most text opens with a Hangul syllable, which is no symbol: the Unicode property pattern is spared
  if (isHangulSyllable(text.charCodeAt(0))) return 0;
  return SYMBOL_RUN.exec(text)?.[0].length ?? 0;
}

/** The text without the decorative symbols it opens with: "📌 개인정보의 파기" → "개인정보의 파기". */
export function withoutSymbolPrefix(text: string): string {
  const trimmed = text.trimStart();
  const length = symbolPrefixLength(trimmed);
  return length > 0 ? trimmed.slice(length) : text;
}
// every marker above starts like one of these; most lines do not, and are dismissed with one test (a
// sentence opening "다만", "아래" or "제공" starts with a marker's letter, not with a marker)
// (full-width forms, U+FF01–U+FF5E, are read as their ASCII forms: "４．", "（２）", "ＩＶ．", "［제목］")
const MARKER_START =
  /^\s*(?:[A-Z0-9(①-⒛❶-➓⓫-⓴Ⅰ-Ⅻ㉮-㉻㈎-㈛•\-*_※▶▷■□◆◇○●∙·‣►→✓✔▪▫◦◼◻[【<〈《「『\uFF01-\uFF5E━─═=~〓★☆◈▣§〔›»]|o\s|제\s*[0-9０-９lIO]|(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열한|열두|열셋|열넷|열다섯|열)\s?째|(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)[.．]\s|[가나다라마바사아자차카타파하ㄱ-ㅎ][.)．）]|l[0-9lIO]?[.)、]|[ivx]{1,4}\.\s|[a-z][.)][ \t]|[一二三四五六七八九十]{1,3}[、.．]|#\d|질문|답변|[문답]\s?[:)：）])/;
const FULL_WIDTH_FORM = /[\uFF01-\uFF5E]/g;

/**
 * Full-width digits, letters and punctuation ("４．", "（２）", "ＩＶ．") as ASCII, one code unit for one, so
 * indexes into the result are indexes into the line: a Korean word processor's numbering reads as typed.
 */
function asciiForms(text: string): string {
  return text.replace(FULL_WIDTH_FORM, (form) => String.fromCharCode(form.charCodeAt(0) - 0xfee0));
}

// a full-width form near the start: only then is the line copied with ASCII forms
const FULL_WIDTH_NEAR_START = /^[^\uFF01-\uFF5E]{0,8}[\uFF01-\uFF5E]/;
// a number as a scan's text recognition reads it, a letter for a digit ("l. 처리 목적", "I2. 변경", "1O. 문의"): a
// letter beside a digit, or a lone "l" (a lone "I" is a Roman one, a lone "O" a letter)
const OCR_NUMBER = /^(\s*)((?=[0-9lIO]{0,1}[0-9])[0-9lIO]{2}|l)(?=[.)、]\s{0,2}[가-힣])/;
export const OCR_DIGIT: Readonly<Record<string, string>> = { l: "1", I: "1", O: "0" };

// the same in an article's number: "제l조", "제lO조", "제l2조"
const OCR_ARTICLE = /^(\s*제\s?)((?=[0-9lIO]{0,1}[lIO])[0-9lIO]{1,2})(?=\s?조)/;

/** The line with a scanned number's letters read as the digits they stand for, one code unit for one. */
function withOcrDigits(text: string): string {
  const number = OCR_NUMBER.exec(text) ?? OCR_ARTICLE.exec(text);
  if (!number || /^\d+$/.test(number[2])) return text;
  const digits = number[2].replace(/[lIO]/g, (letter) => OCR_DIGIT[letter]);
  return number[1] + digits + text.slice(number[0].length);
}
const BRACKET_OPENING = /[[【<〈《「『〔]/;
const PREFIX_START = /[•·∙▪▫◦■□◆◇●○▶►▷◼◻\-o*_]/;

function markerAt(
  line: string,
  ascii: string,
  indent: number,
  style: NumberingStyle,
  at: number,
  length: number,
  number: number | null,
): Marker {
  let restIndex = at + length;
  let bracketTitle: string | null = null;
  if (style === "article" || style === "english-article" || style === "chapter" || (style === "section-sign" && line[at] === "제")) {
    const bracket = BRACKET_TITLE.exec(ascii.slice(restIndex, restIndex + 70));
    if (bracket) {
      bracketTitle = bracket[1].trim();
      restIndex += bracket[0].length;
      // "Article 1 (Purpose) 제1조(처리 목적)", "제1조(처리 목적) Article 1 (Purpose)": the article in both languages,
      // whose Korean title is the one the policy is read by
      const translated = style === "chapter" ? null : TRANSLATED_ARTICLE.exec(ascii.slice(restIndex, restIndex + 90));
      if (translated && Number(translated[1] ?? translated[3]) === number) {
        if (translated[2] !== undefined) bracketTitle = translated[2].trim();
        restIndex += translated[0].length;
      }
    }
  } else if (number !== null && style !== "bullet") {
    // "3. (개인정보의 보유 기간) 회사는 …": an item's title in brackets after any number, its body run on after it
    const bracket = BRACKET_TITLE.exec(ascii.slice(restIndex, restIndex + 70));
    const title = bracket ? bracket[1].trim() : "";
    if (bracket && title.length >= MIN_BRACKETED_ITEM_TITLE && (topicOfTitle(title) !== null || ITEM_TITLE_WORDS.test(title))) {
      bracketTitle = title;
      restIndex += bracket[0].length;
    }
  }
  while (restIndex < ascii.length && /[\s*_]/.test(ascii[restIndex])) restIndex++;
  return { style, marker: line.slice(at, at + length), number, markerIndex: at, restIndex, bracketTitle, indent };
}

/** The numbering marker that starts at `at`, a bullet only when `allowBullet`. */
function readMarker(line: string, ascii: string, indent: number, at: number, allowBullet: boolean): Marker | null {
  const first = ascii[at] ?? "";
  for (const form of MARKER_FORMS) {
    if (!form.first.test(first) || (form.style === "bullet" && !allowBullet)) continue;
    form.pattern.lastIndex = at;
    const match = form.pattern.exec(ascii);
    if (!match) continue;
    const number = form.value(match);
    if ((form.style === "roman" || form.style === "lower-roman" || form.style.includes("hanja")) && number === null) continue;
    // "1 | 홍길동 | 02-123-4567": a bar after the next cell too makes the line a table row, not "N | 제목"
    if (form.style === "bar-decimal" && ascii.includes("|", at + match[0].length)) continue;
    return markerAt(line, ascii, indent, form.style, at, match[0].trimEnd().length, number);
  }
  return null;
}

/**
 * True when the line's first character with ink is a Hangul syllable, as most lines' is: no decorative symbol
 * opens it, and SYMBOL_START (a Unicode property pattern) need not be tried.
 */
function opensWithHangulSyllable(line: string): boolean {
  let at = 0;
  while (at < line.length && isWhiteSpaceCode(line.charCodeAt(at))) at++;
  return isHangulSyllable(line.charCodeAt(at));
}

// the parser and the rules ask about the same lines many times (headings, TOCs, tables, list items)
const markerMemo = new Map<string, Marker | null>();
const MARKER_MEMO_SIZE = 4096;

const ARTICLE_BRANCH = /조\s*의\s*(\d+)/;

/** The branch of an inserted article's marker: "2" for "제9조의2" or "9조의2", null for any other marker. */
export function articleBranch(marker: string): string | null {
  return ARTICLE_BRANCH.exec(marker)?.[1] ?? null;
}

/** The numbering marker a line starts with (the result is shared: do not modify it). */
export function parseMarker(line: string): Marker | null {
  if (!MARKER_START.test(line) && (opensWithHangulSyllable(line) || !SYMBOL_START.test(line))) return null;
  const known = markerMemo.get(line);
  if (known !== undefined) return known;
  if (markerMemo.size >= MARKER_MEMO_SIZE) markerMemo.clear();
  const marker = readLineMarker(line);
  markerMemo.set(line, marker);
  return marker;
}

/**
 * Each line's marker, read when first asked for and kept: the TOC finder and the heading finder ask about every
 * line of a document, some lines several times.
 */
export class LineMarkers {
  private readonly markers: (Marker | null | undefined)[];
  constructor(readonly lines: readonly string[]) {
    this.markers = new Array(lines.length);
  }
  /** parseMarker(lines[index]) */
  at(index: number): Marker | null {
    let marker = this.markers[index];
    if (marker === undefined) this.markers[index] = marker = parseMarker(this.lines[index]);
    return marker;
  }
}

/**
 * The marker of a numbered title set inside brackets ("【 5. 처리 위탁 】", "[[ 1. 처리 목적 ]]"): the number's own, at
 * its place in the line, with the words after it as the title; null when the title holds no number.
 */
function numberedInside(ascii: string, indent: number, title: string, restIndex: number): Marker | null {
  const inner = parseMarker(title);
  if (!inner || inner.number === null || inner.style === "bullet" || inner.style === "bracket") return null;
  return {
    style: inner.style,
    marker: inner.marker,
    number: inner.number,
    markerIndex: ascii.indexOf(title, indent) + inner.markerIndex,
    restIndex,
    // (an article gives its title in its own brackets: "제9조(영상정보처리기기)")
    bracketTitle: inner.bracketTitle || title.slice(inner.restIndex).trim(),
    indent,
  };
}

function readLineMarker(line: string): Marker | null {
  if (isBreakLine(line)) return null;
  const ascii = withOcrDigits(FULL_WIDTH_NEAR_START.test(line) ? asciiForms(line) : line);
  let indent = 0;
  while (indent < ascii.length && /\s/.test(ascii[indent])) indent++;
  // "[[ 보유 기간 ]]": a title in doubled brackets, read as one in single ones
  const doubled = DOUBLE_BRACKETED.exec(ascii.slice(indent).trimEnd());
  if (doubled && /[가-힣A-Za-z]/.test(doubled[1])) {
    // ("[[ 1. 처리 목적 ]]": the number inside numbers the title)
    const numbered = numberedInside(ascii, indent, doubled[1], line.length);
    if (numbered) return numbered;
    const marker = markerAt(line, ascii, indent, "bracket", indent, 2, null);
    return { ...marker, bracketTitle: doubled[1], restIndex: line.length };
  }
  const framed = FRAMED_LINE.exec(ascii.slice(indent).trimEnd()) ?? RULED_LINE.exec(ascii.slice(indent).trimEnd());
  // (the policy's own name framed, "★ 개인정보 처리방침 ★", is its title line; a numbered title framed, "■ 3. 보유
  // 기간 ■", "═══ 제9조(영상정보처리기기) ═══", is read by its number, at its place in the line)
  if (framed && framed[3].length >= 2 && /[가-힣A-Za-z]/.test(framed[3]) && !POLICY_NAME.test(framed[3])) {
    if ((parseMarker(framed[3])?.number ?? null) === null) {
      const marker = markerAt(line, ascii, indent, "bracket", indent, framed[1].length, null);
      return { ...marker, bracketTitle: framed[3], restIndex: line.length };
    }
    if (framed[2] !== undefined && RULE_STROKE.test(framed[2])) {
      const numbered = numberedInside(ascii, indent, framed[3], line.length);
      if (numbered) return numbered;
    }
  }
  const bracketed = BRACKET_OPENING.test(ascii[indent] ?? "") ? BRACKETED_LINE.exec(ascii.slice(indent)) : null;
  if (
    bracketed &&
    bracketed[2].length >= 2 &&
    CLOSING_FOR[bracketed[1]] === bracketed[3] &&
    /[가-힣A-Za-z]/.test(bracketed[2]) &&
    !NUMBER_IN_BRACKETS.test(bracketed[2]) &&
    !(CITES_A_WORK.has(bracketed[1]) && STATUTE_NAME.test(bracketed[2].trim()))
  ) {
    // the title may run on into its body on the same line ("[개인정보의 파기] 회사는 …")
    let restIndex = indent + bracketed[0].length;
    while (restIndex < ascii.length && /\s/.test(ascii[restIndex])) restIndex++;
    const runsOn = restIndex < line.length;
    const restText = ascii.slice(restIndex);
    if (
      !runsOn ||
      (isTitleText(bracketed[2]) &&
        bracketed[2].trim().length >= 4 &&
        !CITES_A_WORK.has(bracketed[1]) &&
        !PARTICLE_START.test(restText) &&
        !(restText.length <= MAX_POLICY_NAME_REST && POLICY_NAME_REST.test(restText)))
    ) {
      const marker = markerAt(line, ascii, indent, "bracket", indent, bracketed[1].length, null);
      const title = bracketed[2].trim();
      // "【 5. 처리 업무의 위탁 】": a number inside the brackets numbers the title, as "5. 처리 업무의 위탁" alone does
      const numbered = numberedInside(ascii, indent, title, runsOn ? restIndex : line.length);
      if (numbered) return numbered;
      return { ...marker, bracketTitle: title, restIndex: runsOn ? restIndex : line.length };
    }
  }
  // "[제2조] 제3자 제공", "【제1장】 총칙": the number in brackets is the marker, the title follows
  if (bracketed && CLOSING_FOR[bracketed[1]] === bracketed[3] && NUMBER_IN_BRACKETS.test(bracketed[2])) {
    const numbered = readMarker(line, ascii, indent, ascii.indexOf(bracketed[2], indent), false);
    if (numbered && numbered.number !== null) {
      const close = indent + bracketed[0].length;
      let restIndex = close;
      while (restIndex < ascii.length && /\s/.test(ascii[restIndex])) restIndex++;
      return { ...numbered, marker: line.slice(indent, close), markerIndex: indent, restIndex, bracketTitle: null };
    }
  }
  const prefix = PREFIX_START.test(ascii[indent] ?? "") ? PREFIX.exec(ascii.slice(indent, indent + 16)) : null;
  if (prefix) {
    const numbered = readMarker(line, ascii, indent, indent + prefix[0].length, false);
    if (numbered) return numbered;
  }
  const symbols = symbolPrefixLength(ascii.slice(indent, indent + 24));
  if (symbols > 0) {
    const numbered = readMarker(line, ascii, indent, indent + symbols, false);
    if (numbered) return numbered;
  }
  return readMarker(line, ascii, indent, indent, true);
}

// a number standing alone on its line, as a scraped page sets it in an element of its own above the title:
// "07", "1.", "3)", "(3)", "제7조", "제2장", "Ⅶ", "VII.", "⑦" (read after full-width forms are made ASCII)
// (a slide's number, "슬라이드 3" or "Slide 3", as a deck copied to text sets it over the slide's title; a part's,
// "PART III" or "Part 3", as a translated policy sets it)
const BARE_NUMBER =
  /^(?:(\d{1,2})([.)]?)|\((\d{1,2})\)|제\s*(\d{1,3})\s*(조|장)|([Ⅰ-Ⅻ]{1,3})\.?|(X{0,3}(?:IX|IV|V?I{0,3}))\.?|([①-⑳])|(?:슬라이드|Slide|SLIDE)\s?(\d{1,2})|(?:PART|Part|CHAPTER|Chapter)\s(\d{1,2}|X{0,3}(?:IX|IV|V?I{0,3}))\.?)$/;
const MAX_BARE_NUMBER_LENGTH = 12;

/**
 * The style and number of a BARE_NUMBER match. (A function of its own: the groups, read by a closure inside
 * bareNumber, made every call of it allocate their context, the calls for the lines that hold no number too.)
 */
function bareNumberRead(match: RegExpExecArray): [NumberingStyle, number] {
  const [, digits, punctuation, parenthesised, statuteNumber, statuteUnit, unicodeRoman, asciiRoman, circled, slide, part] = match;
  if (slide !== undefined) return ["decimal", Number(slide)];
  if (part !== undefined) return ["english-article", /\d/.test(part) ? Number(part) : romanValue(part)];
  if (digits !== undefined)
    return [punctuation === "." ? "decimal" : punctuation === ")" ? "decimal-paren" : "zero-padded", Number(digits)];
  if (parenthesised !== undefined) return ["paren-decimal", Number(parenthesised)];
  if (statuteNumber !== undefined) return [statuteUnit === "장" ? "chapter" : "article", Number(statuteNumber)];
  if (unicodeRoman !== undefined) return ["roman", romanValue(unicodeRoman)];
  if (circled !== undefined) return ["circled", CIRCLED.indexOf(circled) + 1];
  return ["roman", romanValue(asciiRoman)];
}

/**
 * The number a line holds when it holds nothing else ("07", "1.", "제7조", "Ⅶ"), as a marker whose title is
 * on another line; null for any other line. Whether it is a heading's number is the document's to say.
 */
export function bareNumber(line: string): Marker | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_BARE_NUMBER_LENGTH) return null;
  const match = BARE_NUMBER.exec(FULL_WIDTH_NEAR_START.test(text) ? asciiForms(text) : text);
  if (!match || match[0] === "" || match[0] === ".") return null;
  const [style, number] = bareNumberRead(match);
  if (number === 0) return null;
  const indent = line.length - line.trimStart().length;
  return { style, marker: text, number, markerIndex: indent, restIndex: indent + text.length, bracketTitle: null, indent };
}

// a bare number's title is on the next line, or the one after a blank line
const MAX_BLANKS_BELOW_NUMBER = 1;
// a line this long holds no bare number; the test spares the trim of every longer line
const MAX_BARE_LINE_LENGTH = 24;
// "제7조" / "(개인정보의 국외 이전)": the title in parentheses on its own line
// the brackets and what they hold; the title is trimmed after (spaces around a lazy group would backtrack)
const PARENTHESISED_TITLE = /^[(（]([^()（）]+)[)）]$/;
const HAS_LETTERS = /[가-힣A-Za-z]/;
// "2024년 1월 1일 개정", "2025.03.01 시행": a dated entry of a list (a revision history), not a section's title
const DATED = /^[0-9０-９]{2,4}\s*[년.．\-/]/;

/**
 * A bare number at line `index` (0-based) with a title on the line below it ("07" / "개인정보의 국외 이전"),
 * or null. Whether the pair is a heading is the document's to say (see the section builder).
 */
export function numberAboveTitle(
  lines: readonly string[],
  index: number,
): { marker: Marker; title: string; titleIndex: number; titleColumn: number } | null {
  if (lines[index].length > MAX_BARE_LINE_LENGTH) return null;
  const marker = bareNumber(lines[index]);
  if (!marker) return null;
  const below = titleBelow(lines, index);
  return below && { marker, ...below };
}

/**
 * The title on the line under a number that stands without one (a blank line or two between them allowed), in
 * brackets or not: "제3조" or "### 제3조" over "(개인정보의 처리 및 보유 기간)".
 */
export function titleBelow(lines: readonly string[], index: number): { title: string; titleIndex: number; titleColumn: number } | null {
  let at = index + 1;
  while (at < lines.length && at <= index + MAX_BLANKS_BELOW_NUMBER && isBlank(lines[at])) at++;
  const text = lines[at];
  if (text === undefined || isBlank(text) || parseMarker(text) || bareNumber(text)) return null;
  const trimmed = text.trim();
  const title = PARENTHESISED_TITLE.exec(trimmed)?.[1].trim() ?? trimmed;
  if (title.length < 2 || !HAS_LETTERS.test(title) || DATED.test(title) || !isTitleText(title, MAX_ARTICLE_TITLE_LENGTH)) return null;
  return { title, titleIndex: at, titleColumn: text.indexOf(title) + 1 };
}

const SENTENCE_END = /(다|요|음|함|니다|시오|것|됨)(?:\s*[.。!])?\s*$|[.。!?]\s*$/;
const MAX_TITLE_LENGTH = 48;
// a title in English words alone, and the length it may run to
const ENGLISH_WORDS = /^[A-Za-z][A-Za-z '&,/()-]*$/;
const MAX_ENGLISH_WORDS_LENGTH = 80;
const TITLE_WORDS = new Set(headingWords.titleEndings);
const TITLE_SUFFIXES = headingWords.titleSuffixes;
// the last characters of the title words and suffixes: a text ending in another is answered before its last word is cut out
const TITLE_WORD_LAST_CODES = new Set([...TITLE_WORDS, ...TITLE_SUFFIXES].map((word) => word.charCodeAt(word.length - 1)));
// particles and verb endings that a section title does not contain but a sentence does
// ("수집하는 개인정보" is a title: -하는 modifies a noun; "회사는" starts a sentence)
const SENTENCE_PARTICLES = /((?<!하)는|(?<!하)은|을(?!\s*위한)|를(?!\s*위한)|에게|하여|하며|합니다|입니다)(\s|$)/;

/**
 * True when `text` ends in one of `endings`. (A loop, not a closure over the text: a closure would make every call
 * of the function holding it allocate its context, the calls answered before it too.)
 */
function endsWithOneOf(text: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (text.endsWith(ending)) return true;
  return false;
}

/** "이용목적", "보유 및 이용기간" end a title; "아동의" (ends in 동의) does not. */
export function endsWithTitleWord(text: string): boolean {
  if (!TITLE_WORD_LAST_CODES.has(text.charCodeAt(text.length - 1))) return false;
  const lastWord = text.slice(text.lastIndexOf(" ") + 1);
  return TITLE_WORDS.has(lastWord) || endsWithOneOf(lastWord, TITLE_SUFFIXES);
}
const CONTINUATION_WORDS = /^(및|과|와|또는|그|등|에|의|관련|에\s*관한)(\s|$)/;

// the characters SENTENCE_END lets a sentence end in: most titles end in another, and are answered without the
// pattern, which is tried from every position of the text
const SENTENCE_LAST_CODES = new Set([..."다요음함오것됨.。!?"].map((character) => character.charCodeAt(0)));

export function looksLikeSentence(text: string): boolean {
  const trimmed = text.trim();
  return SENTENCE_LAST_CODES.has(trimmed.charCodeAt(trimmed.length - 1)) && SENTENCE_END.test(trimmed);
}

/** A label line such as "성명 : 홍길동" or "1) 회원 정보 : 회원 탈퇴 후 즉시" is an item, not a title. */
export function isLabelledValue(text: string): boolean {
  if (!text.includes(":") && !text.includes("：")) return false;
  return /\S\s*[:：]\s*\S/.test(text) && !/^https?:/.test(text);
}

// a field's label: the words before the first colon, short and with no sentence in them
const MAX_LABEL_LENGTH = 20;

/** "제공 목적: 선수금 보전", "보유 및 이용 기간 : 5년": a field whose label is worded as a title. */
function isFieldLine(text: string): boolean {
  const colon = text.search(/[:：]/);
  if (colon <= 0 || colon > MAX_LABEL_LENGTH || !isLabelledValue(text)) return false;
  const label = text.slice(0, colon).trim();
  return endsWithTitleWord(label) && !SENTENCE_PARTICLES.test(label);
}

/**
 * "국외 이전: 해당 없음" → the title before the colon and the answer after it, or null when the words before the
 * colon do not read as a title or nothing follows it. Whether such a line is a heading is the document's to say.
 */
export function splitAnsweredTitle(rest: string): { title: string; body: string } | null {
  const colon = rest.search(/[:：]/);
  if (colon < 2 || colon > MAX_TITLE_LENGTH) return null;
  const title = rest.slice(0, colon).trim();
  const body = rest.slice(colon + 1).trim();
  // "10:00" is a time, not a title and its answer
  if (body === "" || /\d$/.test(title) || !isTitleText(title)) return null;
  return { title, body };
}

// a title does not end on a particle or a conjunction: "회사는 다음 목적으로 개인정보를" is half a sentence; nor on
// a word that qualifies a noun still to come ("… 및 그" over "거부에 관한 사항", "… 행사방법에 관한" over "사항");
// nor on a verb cut before its ending or its negation ("… 행태정보를 수집하지" over "않습니다.", "… 쓰지 않고"), nor on
// a particle that leads to the verb ("… 2025년 3월 1일부터" over "적용합니다."), or the one that gives where or to whom
// ("… 관계 행정기관에" over "… 제공할 수 있습니다.")
const UNFINISHED =
  /(?:[^\s]{1}(?:을|를|는|은|에게|에|하여|하고|하며)|\s(?:및|또는|그리고|그)|[,，]|에\s?(?:관한|대한|따른)|[을를]\s위한|(?:하|되|않|있|없)(?:지|고|으며|며)|[가-힣0-9](?:부터|에서))$/;
// "쿠키에 관하여", "파기에 대하여": a title's formula, not a clause cut off
const ABOUT_ENDING = /에\s?(?:관|대)하여$/;

/** True when the line stops mid-phrase, as a hard-wrapped sentence or title does. */
export function endsUnfinished(text: string): boolean {
  // the ending is at most a few characters: test those, not the whole line from every position
  const ending = text.trimEnd().slice(-5);
  return UNFINISHED.test(ending) && !ABOUT_ENDING.test(ending);
}

/** Article titles ("제13조 …") run longer than list titles and are still titles. */
export const MAX_ARTICLE_TITLE_LENGTH = 100;
const MAX_MARKUP_TITLE_LENGTH = 120;

// a question worded as a heading, as question-and-answer policies do: "3. 어떤 정보를 수집하나요?"
const QUESTION_TITLE = /(?:나요|까요|가요|니까|는지요)[?？]$/;
// tested before QUESTION_TITLE, which is tried from every position of the text
const endsWithQuestionMark = (text: string) => text.endsWith("?") || text.endsWith("？");

// the same question with its mark left out, as headings often drop it: "무엇을 위해 개인정보를 받나요"; a sentence
// may end so too, so such a line is a heading only where the document shows it is one (see the section builder)
const UNMARKED_QUESTION = /(?:나요|까요|가요|니까|는지요)$/;
const MIN_QUESTION_LENGTH = 4;

/** A short question without its question mark, with no sentence before it on the line ("얼마나 보관하나요"). */
export function isUnmarkedQuestion(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  const trimmed = text.trim();
  if (trimmed.length < MIN_QUESTION_LENGTH || trimmed.length > maxLength) return false;
  return UNMARKED_QUESTION.test(trimmed) && !/[.。!?？]\s/.test(trimmed) && !isLabelledValue(trimmed);
}

// a title said as a friendly statement, as apps and chat posts head their sections: "개인정보는 이런 목적으로 써요",
// "파기는 이렇게 해요", "이런 정보를 받아요"; short, one clause, ending in the polite 요
const POLITE_STATEMENT = /[가-힣]요$/;
const MAX_POLITE_TITLE_LENGTH = 25;

/**
 * A short statement in the polite style with no sentence before it on the line: a heading only where a title of
 * its style stands next to it (see the section builder); a list of such statements is a list.
 */
export function isPoliteStatement(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < MIN_QUESTION_LENGTH || trimmed.length > MAX_POLITE_TITLE_LENGTH) return false;
  return POLITE_STATEMENT.test(trimmed) && !/[.。!?？,，]/.test(trimmed) && !isLabelledValue(trimmed);
}

/** An article written without 제 ("1조 (목적)"): a heading only in a run of them (see the section builder). */
export function isArticleWithoutJe(marker: Marker): boolean {
  return marker.style === "article" && /^\d/.test(marker.marker);
}

// "2022. 3. 2. 개정(위탁업체 변경)", "제2차 개정(2022.3.2.) 수탁자 변경": an entry of a revision history records a
// change to the policy, it is no section about the item it names
const REVISION_ENTRY =
  /^[([]?\s{0,2}(?:[0-9]{2}|[0-9]{4})\s{0,2}[년.．\-/]\s{0,2}[0-9]{1,2}\s{0,2}[월.．\-/]\s{0,2}[0-9]{1,2}(?![0-9])|^(?:제\s{0,2})?[0-9]{1,2}\s{0,2}차\s{0,2}(?:전면\s{0,2}|일부\s{0,2})?(?:개정|변경|제정)|^(?:전면\s{0,2}|일부\s{0,2})?(?:개정|제정)\s{0,2}[([]?\s{0,2}[0-9]{2,4}\s{0,2}[년.．\-/]/;

/** True when the text is a dated entry of a revision history ("2022. 3. 2. 개정(위탁업체 변경)"), not a title. */
export function isRevisionEntry(text: string): boolean {
  return REVISION_ENTRY.test(text.trim());
}

export function isTitleText(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  const trimmed = withoutEnglishGloss(text.trim());
  // English spells a title out in more letters than Korean ("Rights of Data Subjects and Legal Representatives")
  const limit = trimmed.length > maxLength && ENGLISH_WORDS.test(trimmed) ? Math.max(maxLength, MAX_ENGLISH_WORDS_LENGTH) : maxLength;
  if (trimmed.length === 0 || trimmed.length > limit) return false;
  if (REVISION_ENTRY.test(trimmed)) return false;
  // one question, with no sentence before it on the line
  if (endsWithQuestionMark(trimmed) && QUESTION_TITLE.test(trimmed) && !/[.。!?？]\s/.test(trimmed)) return true;
  if (looksLikeSentence(trimmed)) return false;
  if (isLabelledValue(trimmed)) return false;
  if (endsUnfinished(trimmed)) return false;
  // a sentence's first clause, cut by a wrap: "민감정보는 감면 대상 확인에만 이용하며, 관계 법"
  if (CLAUSE_THEN_COMMA.test(trimmed)) return false;
  // a proviso or a sentence that goes on from the one before: "다만 「…법」에 따라 보존해야 하는 급여 제공"
  if (CONNECTIVE_START.test(trimmed)) return false;
  // a sentence that opens with its legal ground: "「개인정보 보호법」 제18조제2항에 따라 목적 외로 …"
  if (GROUND_START.test(trimmed)) return false;
  return true;
}

const CONNECTIVE_START = /^(?:다만|단|또한|그리고|그러나|하지만|따라서|그러므로|만약|만일)(?:\s|,|，)/;
const GROUND_START =
  /^「[^」]{1,40}」\s{0,2}(?:(?:제\s{0,2}\d{1,3}\s{0,2}조(?:의\s{0,2}\d{1,2})?(?:\s{0,2}제\s{0,2}\d{1,2}\s{0,2}[항호])*)\s{0,2})?에\s{0,2}(?:따라|의하여|의해|의거하여|의거)(?![가-힣])/;

// a bilingual title's English after the Korean, in brackets: "자동 수집 장치 (Cookies and Behavioural Information)"
export const ENGLISH_IN_BRACKETS = "[(（][A-Za-z][A-Za-z '&,/-]{1,60}[)）]";
const ENGLISH_GLOSS = new RegExp(`(?<=[가-힣])[ \\t]{0,3}${ENGLISH_IN_BRACKETS}$`);

/** A title without the English gloss after it, whose words the length of a Korean title does not count. */
export function withoutEnglishGloss(title: string): string {
  const last = title.charCodeAt(title.length - 1);
  if (last !== 0x29 && last !== 0xff09) return title;
  const gloss = ENGLISH_GLOSS.exec(title);
  return gloss ? title.slice(0, gloss.index) : title;
}

// a verb's connective ending and a comma: one clause of a sentence joined to the next ("…사용하나, "), which no title is
const CLAUSE_THEN_COMMA = /(?:하|되|이|있|없|않)(?:며|고|여|면|나|지만|는데)\s{0,2}[,，]\s/;

// a question's title ends at its question mark; an answer may run on after it on the same line
const QUESTION_MARK = /[?？]/;

/** "어떤 정보를 모으나요? 이름과 …" → the question as the title, the rest as the body that runs on. */
export function splitQuestion(rest: string): { title: string; body: string | null } {
  const trimmed = rest.trim();
  const mark = QUESTION_MARK.exec(trimmed.slice(0, MAX_ARTICLE_TITLE_LENGTH));
  if (!mark) return { title: trimmed, body: null };
  return { title: trimmed.slice(0, mark.index + 1), body: trimmed.slice(mark.index + 1).trim() || null };
}

/** A question marker's text is its section's title whatever its wording ("… 않으면요?"), when it is not overlong. */
export function isQuestionTitle(title: string): boolean {
  return title.length >= 2 && title.length <= MAX_ARTICLE_TITLE_LENGTH;
}

const normalise = (text: string) => text.replace(/[\s·ㆍ・,]/g, "");
// the characters besides white space that normalise takes out
const NORMALISED_AWAY = new Set([..."·ㆍ・,"].map((character) => character.charCodeAt(0)));
// where a bracketed name may start a body right after a title's last syllable ("개인정보의 파기<회사>는"), as
// character codes: the loop below reads a title character by character, and indexing a Korean string allocates
const NAME_OPENINGS = new Set([..."<〈[(（「『"].map((character) => character.charCodeAt(0)));
const SPACE = 0x20;

// a dash with a space on each side, the first on the line ("–", "—", "―", "-", or one drawn as a line, "─", "━",
// or the vowel "ㅡ" typed for one)
const DASH_AFTER_TITLE = /[ \t][–—―─━ㅡ-][ \t]/;
// a full stop or colon set off by two spaces or a tab, as a word processor's run-in heading ends
// ("보호책임자。  스튜디오는 …", "위탁:  회사는 …"); a field's colon is followed by one space or none
const STOP_AFTER_TITLE = /[。.:：](?:[ \t]{2}|\t)/;

/**
 * Splits "개인 정보의 수집 및 이용 목적 개인정보는 …" into a title and the body that runs on after it.
 * A known title (from a table of contents) wins; then a title set off by a dash ("쿠키 – 홈페이지는 …");
 * otherwise the title ends at the last title word (not followed by a conjunction) before the first particle
 * that starts a sentence.
 */
export function splitRunOnTitle(
  rest: string,
  knownTitle: string | null,
  maxLength = MAX_TITLE_LENGTH,
): { title: string; body: string | null } {
  const trimmed = rest.trimEnd();
  if (knownTitle) {
    // the known title's characters are matched one by one, spaces and separators passed over, as codes
    const target = normalise(knownTitle);
    let matched = 0;
    for (let i = 0; i < trimmed.length; i++) {
      const code = trimmed.charCodeAt(i);
      if (!isWhiteSpaceCode(code) && !NORMALISED_AWAY.has(code)) {
        if (matched === target.length || target.charCodeAt(matched) !== code) break;
        matched++;
      }
      if (matched === target.length) {
        const body = trimmed.slice(i + 1).trim();
        return { title: trimmed.slice(0, i + 1).trim(), body: body || null };
      }
    }
  }
  if (isTitleText(trimmed, maxLength)) return { title: trimmed, body: null };
  // "개인정보의 파기。  회사는 …", "개인정보의 처리 목적:  회사는 …": a title set off from its body as a run-in
  // heading is (after a colon, a title naming an item and a sentence: "보유기간:  3년" is a field)
  const stop = STOP_AFTER_TITLE.exec(trimmed);
  if (stop) {
    const title = trimmed.slice(0, stop.index).trim();
    const body = trimmed.slice(stop.index + stop[0].length).trim();
    const fullStop = /[。.]/.test(stop[0]);
    const fits = fullStop ? body !== "" : looksLikeSentence(body) && (endsWithTitleWord(title) || namesSectionTopic(title));
    if (fits && isTitleText(title, maxLength)) return { title, body };
  }
  // "제공 목적: 선수금 보전" is a field whatever mark precedes it: a label that ends in a title word is not a title
  // with its body run on after its first word ("제공" / "목적: …"), as "보유기간: …" without the space is not
  if (isFieldLine(trimmed)) return { title: trimmed, body: null };
  // the title ends at the last title word before the body's first sentence particle ("회사는", "개인정보를");
  // a particle is judged with the word after it: "보호를 위한" is part of a title, "회사는" starts the body
  const firstParticle = SENTENCE_PARTICLES.exec(trimmed)?.index ?? Infinity;
  // "쿠키 – 홈페이지는 …", "파기 — 목적을 이루면 …": a dash set off by spaces before any particle ends a title
  const dash = DASH_AFTER_TITLE.exec(trimmed);
  if (dash && dash.index < firstParticle) {
    const title = trimmed.slice(0, dash.index).trim();
    const body = trimmed.slice(dash.index + dash[0].length).trim();
    if (title.length >= 2 && body !== "" && isTitleText(title, maxLength)) return { title, body };
  }
  let best: number | null = null;
  // past the first particle nothing is a title's end: the loop stops there
  const lastEnd = Math.min(trimmed.length - 1, maxLength, firstParticle);
  for (let end = 2; end <= lastEnd; end++) {
    // a title ends before a space, or where a name in brackets starts the body ("개인정보의 파기<회사>는")
    const code = trimmed.charCodeAt(end);
    if (code !== SPACE && !(NAME_OPENINGS.has(code) && isHangulSyllable(trimmed.charCodeAt(end - 1)))) continue;
    // (endsWithTitleWord's first test, made before the text up to here is cut out)
    if (!TITLE_WORD_LAST_CODES.has(trimmed.charCodeAt(end - 1))) continue;
    const before = trimmed.slice(0, end);
    if (!endsWithTitleWord(before) || CONTINUATION_WORDS.test(trimmed.slice(end + 1))) continue;
    if (isLabelledValue(before)) break;
    best = end;
  }
  if (best !== null) {
    const bodyStart = trimmed[best] === " " ? best + 1 : best;
    const title = trimmed.slice(0, best).trim();
    const body = trimmed.slice(bodyStart).trim();
    // "권리 행사는 서면으로 …": one title word before an act that takes the sentence's particle is the subject
    // ("권리 행사"), no title run on into a body ("파기절차 회원님이 …", "개인정보의 처리 목적 회사는 …" are)
    if (!/\s/.test(title) && ACT_AS_SUBJECT.test(body)) return { title: trimmed, body: null };
    return { title, body: body || null };
  }
  return { title: trimmed, body: null };
}

// an act done on the word before it, with the sentence's topic or subject particle: "(권리) 행사는", "(정정) 요청은"
const ACT_AS_SUBJECT = /^(?:행사|요청|신청|청구|철회|정정|삭제|열람|처리|확인|문의|접수)(?:은|는|이|가)\s/;

const UNNUMBERED_HEADING = new RegExp(headingWords.unnumberedHeading);
const OPENING_BRACKET_CODES = new Set([..."[【<〈"].map((character) => character.charCodeAt(0)));
const CLOSING_BRACKET_CODES = new Set([..."]】>〉"].map((character) => character.charCodeAt(0)));

/** An unnumbered line such as "부칙" or "개인정보 보호책임자" standing alone as a heading. */
export function isUnnumberedHeading(text: string): boolean {
  if (text.length > 80) return false;
  let trimmed = withoutSymbolPrefix(text).trim();
  // the brackets around the title, tested by code first: a pattern anchored at $ is tried from every position
  if (OPENING_BRACKET_CODES.has(trimmed.charCodeAt(0))) trimmed = trimmed.replace(/^[[【<〈]\s*/, "");
  if (CLOSING_BRACKET_CODES.has(trimmed.charCodeAt(trimmed.length - 1))) trimmed = trimmed.slice(0, -1).trimEnd();
  if (trimmed.length < 2 || trimmed.length > 32) return false;
  if (looksLikeSentence(trimmed) || isLabelledValue(trimmed)) return false;
  // (the video-device operating policy published after this one is a title by its name: "… 운영·관리 방침")
  return UNNUMBERED_HEADING.test(trimmed) || COMPANION_POLICY_NAME.test(trimmed);
}

const ITEM_TITLE_ENDINGS = itemTitles.endings;
const ITEM_SUBJECT = new RegExp(itemTitles.subject, "i");
const NAMED_TOPICS = Object.entries(sectionTopics.topics).map(([name, topic]) => ({ name, title: new RegExp(topic.title, "i") }));
// a label names an item in a few words ("파기", "개인정보 보호책임자"); a longer text before a colon is a sentence
const MAX_ITEM_LABEL_LENGTH = 20;

/** The statutory item a short label names ("파기" → destruction, "쿠키" → cookies); null when it names none. */
export function topicOfLabel(label: string): string | null {
  return label.length > MAX_ITEM_LABEL_LENGTH ? null : topicOfTitle(label);
}
/** The statutory item a title names ("파기 절차 및 방법" → destruction); null when it names none. */
export function topicOfTitle(title: string): string | null {
  return NAMED_TOPICS.find((topic) => topic.title.test(title))?.name ?? null;
}
// three or more Hangul syllables each standing alone
const LETTER_SPACED = /^[가-힣](?:[ \t]{1,4}[가-힣]){2,30}$/;

/** A title set letter by letter ("개 인 정 보 의   파 기") with its letters together; any other title as it is. */
export function withLettersTogether(title: string): string {
  return LETTER_SPACED.test(title.trim()) ? title.replace(/\s+/g, "") : title;
}
/** True when the text names one of the policy's items as a title does ("파기 절차와 방법", "업무를 맡기는 곳"). */
export function namesSectionTopic(text: string): boolean {
  return topicOfTitle(text) !== null;
}
// a sentence names what it is about with a topic particle ("회사는 ", "이용자는 "); a title does not ("처리하는 항목")
const TOPIC_PARTICLE = /(?<!하)(?:는|은)\s/;
const MAX_ITEM_TITLE_LENGTH = 40;

/**
 * An unnumbered line worded as a statutory item's title ("정보주체와 법정대리인의 권리·의무 및 그 행사방법",
 * "고정형 영상정보처리기기 운영·관리"): short, not a sentence or a field, ending as a title ends, naming what the
 * item is about (개인정보, 정보주체, 영상정보처리기기 …) and about one of the items. Whether such a line is a
 * heading is the document's to say: see the section builder.
 */
export function isItemTitle(text: string): boolean {
  const trimmed = withoutSymbolPrefix(text).trim();
  return shapedAsItemTitle(trimmed) && ITEM_SUBJECT.test(trimmed) && namesSectionTopic(trimmed);
}

/** True when the text names what a policy's item is about (개인정보, 정보주체, 아동, 자동화된 결정 …). */
export function namesItemSubject(text: string): boolean {
  return ITEM_SUBJECT.test(text);
}

/**
 * Worded as an item's title but for the subject ("보유 기간에 관한 사항", "파기에 관한 사항" beside "처리하는 개인정보
 * 항목에 관한 사항"): alone such a line may be a label in running text, so it is a heading only where the document's
 * own item titles end as it does (see the section builder).
 */
export function isItemTitleBesideSubject(text: string): boolean {
  const trimmed = withoutSymbolPrefix(text).trim();
  return shapedAsItemTitle(trimmed) && namesSectionTopic(trimmed);
}

const ENGLISH_TITLE = /^[A-Za-z][A-Za-z '&,()-]*$/;
const BILINGUAL_SPLIT = /[/|｜]/;
const MAX_ENGLISH_TITLE_LENGTH = 60;

/**
 * The Korean half of a title written in English and Korean on one line ("Retention / 보유 기간", "파기 | Destruction"),
 * when it names one of the policy's items; null for any other line.
 */
export function bilingualItemTitle(text: string): string | null {
  const trimmed = text.trim();
  const split = trimmed.search(BILINGUAL_SPLIT);
  if (split <= 0) return null;
  const [first, second] = [trimmed.slice(0, split).trim(), trimmed.slice(split + 1).trim()];
  const englishFirst = ENGLISH_TITLE.test(first);
  const [english, korean] = englishFirst ? [first, second] : [second, first];
  if (english.length > MAX_ENGLISH_TITLE_LENGTH || !ENGLISH_TITLE.test(english) || BILINGUAL_SPLIT.test(korean)) return null;
  if (!/^[가-힣]/.test(korean) || korean.length > MAX_ITEM_LABEL_LENGTH + 10 || !isTitleText(korean, MAX_ITEM_TITLE_LENGTH)) return null;
  return topicOfTitle(korean) !== null ? korean : null;
}

// "RETENTION", "DATA WE COLLECT": an item's title in English capitals, as a translated template heads its sections
const ENGLISH_CAPITALS_TITLE = /^[A-Z][A-Z'&]*(?: [A-Z'&/]+){0,4}$/;

/** True when the line is an item's title in English capitals alone ("PURPOSE", "YOUR RIGHTS"). */
export function isEnglishCapitalsItemTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= MAX_ENGLISH_TITLE_LENGTH && ENGLISH_CAPITALS_TITLE.test(trimmed) && topicOfTitle(trimmed) !== null;
}

/**
 * The shape a document's titles share: written in English and Korean ("Retention / 보유 기간"), in English
 * capitals ("RETENTION"), or their last two words ("관한 사항" of "보유 기간에 관한 사항").
 */
export function titleShape(title: string): string {
  if (bilingualItemTitle(title) !== null) return "English / 한국어";
  if (ENGLISH_CAPITALS_TITLE.test(title.trim())) return "ENGLISH";
  return title.trim().split(/\s+/).slice(-2).join(" ");
}

/** Short, not a sentence, ending as an item's title ends ("…항목", "…방법", "…사항"). */
function shapedAsItemTitle(trimmed: string): boolean {
  if (trimmed.length < 4 || trimmed.length > MAX_ITEM_TITLE_LENGTH || !isTitleText(trimmed, MAX_ITEM_TITLE_LENGTH)) return false;
  if (TOPIC_PARTICLE.test(trimmed)) return false;
  const lastWord = trimmed.slice(trimmed.lastIndexOf(" ") + 1);
  return endsWithOneOf(lastWord, ITEM_TITLE_ENDINGS);
}

/**
 * A heading element's text (Markdown `#`, HTML `<hN>`) as a Heading: its number, and its title split from a
 * body that runs on in the same element, as scraped text does. Null for a field line ("성명 : 홍길동"),
 * which markup may render as a heading but a reader takes for a field.
 */
export function headingFromMarkup(
  content: string,
  depth: number,
  at: { line: number; column: number; titleColumn: number },
): Heading | null {
  if (isLabelledValue(content)) return null;
  const marker = parseMarker(content);
  const numbered = marker && marker.style !== "bullet" ? marker : null;
  const rest = numbered ? content.slice(numbered.restIndex) : "";
  const question = numbered?.style === "question";
  const split = numbered && !numbered.bracketTitle ? (question ? splitQuestion(rest) : splitRunOnTitle(rest, null)) : null;
  const title = numbered ? (numbered.bracketTitle ?? split!.title) : content;
  return {
    line: at.line,
    column: at.column,
    style: "markdown",
    marker: "#".repeat(depth),
    ...(numbered ? { numbering: numbered.style } : {}),
    number: numbered?.number ?? null,
    title,
    titleColumn: at.titleColumn,
    inlineBody: split?.body ?? null,
    // markup already says it is a heading: only a sentence or a field is not a title
    isTitle: question ? isQuestionTitle(title) : isTitleText(title, MAX_MARKUP_TITLE_LENGTH) || title.length <= 60,
  };
}

/** "12.1.2." → "12.1", "２－１．" → "2": the numbers of the sub-section a decimal sub-heading sits in, as one key. */
export function parentNumbers(marker: string): string {
  const numbers = asciiForms(marker).match(/\d+/g) ?? [];
  return numbers.slice(0, -1).map(Number).join(".");
}

/** The number of the section a sub-section's marker names as its parent: 2 for "2-1." and for "II-1."; null for none. */
export function subSectionParent(marker: string): number | null {
  const parent = /^\s*([0-9]{1,2}|[Ⅰ-Ⅻ]{1,3}|[IVX]{1,4})[-.]/.exec(asciiForms(marker))?.[1];
  if (parent === undefined) return null;
  return /[0-9]/.test(parent) ? Number(parent) : romanValue(parent) || null;
}

/** "12.1." → "12.1": a decimal heading's numbers as one key, to find the sub-headings under it. */
export function ownNumbers(marker: string): string {
  return (asciiForms(marker).match(/\d+/g) ?? []).map(Number).join(".");
}

/**
 * A chapter (제N장): it groups the sections under it, in plain text or as a Markdown or HTML heading; or a heading
 * the document shows to group articles as a chapter does ("Ⅰ." over "1."–"3.": see Heading.grouping).
 */
export function isChapter(heading: Heading): boolean {
  return heading.style === "chapter" || heading.numbering === "chapter" || heading.grouping === "chapter";
}

/** An article (제N조), in plain text or as a Markdown or HTML heading, or what a grouping heading groups: what a chapter groups. */
export function isArticle(heading: Heading): boolean {
  return heading.style === "article" || heading.numbering === "article" || heading.grouping === "article";
}
