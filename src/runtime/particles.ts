// Korean particles after a word filled into a message: "전화번호가", "제3조가", "3년은", not "전화번호이(가)".
// The choice depends on whether the word's last syllable ends in a consonant (받침), and for (으)로 on
// whether that consonant is ㄹ.

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const FINALS = 28;
const RIEUL = 8;

type Ending = "vowel" | "rieul" | "consonant";

// how each last digit is read: 일 (ㄹ), 이 (vowel), 삼 (ㅁ) …; a number ending in 0 is read 영, 십, 백, 천 or 만
const DIGIT_ENDINGS: Ending[] = ["consonant", "rieul", "vowel", "consonant", "vowel", "vowel", "consonant", "rieul", "rieul", "vowel"];

// numbers of one character, by block: the first code point, the last and the number the first stands for
const ENCLOSED_NUMBERS: [number, number, number][] = [
  [0x2460, 0x2473, 1], // ① … ⑳
  [0x2474, 0x2487, 1], // ⑴ … ⒇
  [0x2488, 0x249b, 1], // ⒈ … ⒛
  [0x24eb, 0x24f4, 11], // ⓫ … ⓴
  [0x2776, 0x277f, 1], // ❶ … ❿
  [0x2780, 0x2789, 1], // ➀ … ➉
  [0x278a, 0x2793, 1], // ➊ … ➓
];

function enclosedNumber(code: number): number | null {
  for (const [first, last, value] of ENCLOSED_NUMBERS) if (code >= first && code <= last) return value + code - first;
  return null;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };
const UNICODE_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

/** The value of the Roman numeral that ends at `at` ("ix", "IV", "Ⅻ"), read as its number is; null for a word ("Xbox"). */
function romanNumberEnding(text: string, at: number): number | null {
  const unicode = UNICODE_ROMAN.indexOf(text[at]);
  if (unicode >= 0) return unicode + 1;
  let start = at;
  while (start >= 0 && ROMAN_DIGITS[text[start].toUpperCase()] !== undefined && /[IVXivx]/.test(text[start])) start--;
  // a numeral stands as a word of its own ("vii. 다음에 ix."), not at the end of one ("Xbox", "numbering-x")
  if (start === at || (start >= 0 && !/[\s'"‘“(（「『[<]/.test(text[start]))) return null;
  const values = [...text.slice(start + 1, at + 1).toUpperCase()].map((letter) => ROMAN_DIGITS[letter]);
  return values.reduce((total, value, index) => total + (value < (values[index + 1] ?? 0) ? -value : value), 0);
}

// closing quotes and brackets around a word: the particle goes by the word inside ("'고객센터'로")
const CLOSERS = new Set([..."'\"’”」』》〉】]"]);

/**
 * How the text before `end` ends, or null when it cannot be told (a Latin word, nothing). A parenthesis is
 * read past, as it is said: "제6조(안전조치)를" goes by 제6조.
 */
function endingBefore(text: string, end: number): Ending | null {
  let at = end - 1;
  for (;;) {
    while (at >= 0 && CLOSERS.has(text[at])) at--;
    if (at < 0 || (text[at] !== ")" && text[at] !== "）")) break;
    const open = Math.max(text.lastIndexOf("(", at), text.lastIndexOf("（", at));
    if (open <= 0) return null;
    at = open - 1;
  }
  // "9.(으)로", "가.(으)로", "ix.(으)로", "7-(으)로": a section marker's period or a number's dash is not read aloud
  if (at > 0 && (text[at] === "." || text[at] === "．") && /[0-9가-힣IVXivxⅠ-Ⅻ]/.test(text[at - 1])) at--;
  else if (at > 0 && (text[at] === "-" || text[at] === "–") && /[0-9]/.test(text[at - 1])) at--;
  if (at < 0) return null;
  const roman = romanNumberEnding(text, at);
  if (roman !== null) return DIGIT_ENDINGS[roman % 10];
  const code = text.charCodeAt(at);
  const enclosed = enclosedNumber(code);
  if (enclosed !== null) return DIGIT_ENDINGS[enclosed % 10];
  if (code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE) {
    const final = (code - FIRST_SYLLABLE) % FINALS;
    return final === 0 ? "vowel" : final === RIEUL ? "rieul" : "consonant";
  }
  if (code >= 0x30 && code <= 0x39) return DIGIT_ENDINGS[code - 0x30];
  return null;
}

// each written-both-ways particle: the form after a consonant, the form after a vowel
const PAIRS: Record<string, (ending: Ending) => string> = {
  "이(가)": (ending) => (ending === "vowel" ? "가" : "이"),
  "은(는)": (ending) => (ending === "vowel" ? "는" : "은"),
  "을(를)": (ending) => (ending === "vowel" ? "를" : "을"),
  "과(와)": (ending) => (ending === "vowel" ? "와" : "과"),
  "와(과)": (ending) => (ending === "vowel" ? "와" : "과"),
  "(으)로": (ending) => (ending === "consonant" ? "으로" : "로"),
};
const PAIR = /이\(가\)|은\(는\)|을\(를\)|과\(와\)|와\(과\)|\(으\)로/g;

/**
 * The text with each "이(가)", "은(는)", "을(를)", "와(과)" and "(으)로" settled by the word before it; left
 * as written where the word's reading is unknown (a Latin name, a closing parenthesis).
 */
export function settleParticles(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(PAIR, (pair: string, offset: number) => {
    const ending = endingBefore(text, offset);
    return ending === null ? pair : PAIRS[pair](ending);
  });
}
