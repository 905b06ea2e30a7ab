// Splitting source text into lines the way editors count them.

const BYTE_ORDER_MARK = "\uFEFF";

/** Removes a leading byte-order mark, which is not part of line 1's text. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/** LF, CRLF and lone CR all end a line, so the three give identical line and column numbers. */
export function splitLines(text: string): string[] {
  const content = stripByteOrderMark(text);
  // most text has LF endings only: splitting at a string is quicker than at a pattern
  return content.includes("\r") ? content.split(/\r\n|\r|\n/) : content.split("\n");
}

/** Column (1-based) of the first non-blank character, or 1 for a blank line. */
export function firstTextColumn(line: string): number {
  const match = /\S/.exec(line);
  return match ? match.index + 1 : 1;
}

/** How many blank characters a line starts with (a blank line is all of them). */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** True when the line starts with a space, a tab or an ideographic space: it is indented. */
export function startsIndented(line: string | undefined): boolean {
  if (line === undefined) return false;
  // a character code, not line[0]: a Korean character read as a string is allocated
  const first = line.charCodeAt(0);
  return first === 0x20 || first === 0x09 || first === 0x3000;
}

/** The characters \s matches and String#trim removes (white space and line terminators), by code. */
export function isWhiteSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// a break between sections: three or more of one mark, with or without spaces ("* * *", "***", "- - -", "＿ ＿ ＿",
// "·······")
const SECTION_BREAK = /^[ \t]*([*\-_＊＿·ㆍ•])(?:[ \t]*\1){2,}[ \t]*$/;

/** True when the line is only a break between sections ("* * *", "·······"): no list item, though it opens with a bullet's mark. */
export function isBreakLine(line: string): boolean {
  return SECTION_BREAK.test(line);
}

/** The text with `length` characters from `from` (0-based) blanked to spaces: its columns stay where they were. */
export const withSpanBlanked = (text: string, from: number, length: number): string =>
  text.slice(0, from) + " ".repeat(length) + text.slice(from + length);

/** The text with every blank taken out, to compare words however they are spaced ("보관 기간" and "보관기간"). */
export const withoutSpaces = (text: string): string => text.replace(/\s+/g, "");

export function isBlank(line: string | undefined): boolean {
  if (line === undefined) return true;
  // read up to the first character with ink, without trimming a copy: most lines answer at their first
  for (let i = 0; i < line.length; i++) if (!isWhiteSpaceCode(line.charCodeAt(i))) return false;
  return true;
}

/** The index of the line holding `offset`, given each line's starting offset in order (a line's ending belongs to it). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

// full-width ASCII forms ("２０２６년", "０５５－２１１－７７００", "（주）") and the ideographic space, as word processors
// and HWP exports write them
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

/**
 * The text with its full-width ASCII forms and ideographic spaces made ASCII, one code unit for one, so lines
 * and columns stay where they were: a date, a phone number or a company's mark reads as it does in ASCII.
 */
export function withHalfWidthForms(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (form) => (form === "\u3000" ? " " : String.fromCharCode(form.charCodeAt(0) - 0xfee0)));
}

// a statute's numbering written in Hanja, as older public bodies' and banks' rules write it: "第3條", "第2章", "第1節",
// "第4項" and "第5號", their 目的 ("purpose") in brackets
const HANJA_NUMBERING = /第[ \t]?\d{1,3}[ \t]?[條章節項號款]/;
const HANJA_NUMBERING_ALL = /第([ \t]?\d{1,3}[ \t]?)([條章節項號款])/g;
const HANJA_UNITS: Record<string, string> = { 條: "조", 章: "장", 節: "절", 項: "항", 號: "호", 款: "관" };

/**
 * The text with its Hanja article numbers read in Hangul ("第3條(目的)" as "제3조(목적)"), one code unit for one, so
 * lines and columns stay where they were and every reader knows the article.
 */
export function withHangulNumbering(text: string): string {
  if (!HANJA_NUMBERING.test(text)) return text;
  return text
    .replace(HANJA_NUMBERING_ALL, (_, number: string, unit: string) => `제${number}${HANJA_UNITS[unit]}`)
    .replace(/\(目的\)/g, "(목적)");
}

// a word processor's symbol-font bullet copied out as text: a private-use character (U+F0A7 "", U+F0B7 "",
// U+F0D8 "") or "Ÿ", the Latin letter at the bullet's code, at the start of a line; and the middle dots other
// than "·" that open a list item ("ㆍ이름, 연락처", "・", "‧")
const BULLET_FORMS = /[\uF020-\uF0FFŸㆍ・‧]/;
const BULLET_FORM_AT_START = /^([ \t]*)(?:([\uF020-\uF0FF]|Ÿ(?=[ \t]))|[ㆍ・‧])/gm;

/**
 * The text with symbol-font bullets read as "•" and other middle dots opening a line as "·", one code unit for
 * one, so lines and columns stay where they were and every reader knows the bullet.
 */
export function withPlainBullets(text: string): string {
  if (!BULLET_FORMS.test(text)) return text;
  return text.replace(BULLET_FORM_AT_START, (_, indent: string, symbolFont?: string) => `${indent}${symbolFont ? "•" : "·"}`);
}

/** East Asian wide characters (Hangul, CJK, full-width forms) take two columns of a fixed-width layout. */
export function isWideCode(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

// a line that leaves its sentence open: no closing stop, colon or sentence ending at its end
const SENTENCE_CLOSED = /(?:[.。!?:：)）」』\]]|다|요|음|함|됨|임)$/;
// a line that goes on with the sentence before it: a bracket after a name, or a particle
const GOES_ON_WITH = /^(?:[(（]|(?:에서|에게|에|을|를|은|는|이|가|와|과|의|으로|로|및|등)(?![가-힣]))/;

/**
 * True when the line at `index` stands inside a sentence hard-wrapped around it: the line above leaves it open
 * ("… 안내판과 별도의") and the line below goes on with it ("(www…)에서 확인할 수 있습니다."). A document's name
 * in brackets set so ("「… 운영·관리 방침」") is cited in the sentence, not a title over what follows.
 */
export function insideSentence(lines: readonly string[], index: number): boolean {
  const above = lines[index - 1];
  const below = lines[index + 1];
  if (isBlank(above) || isBlank(below)) return false;
  return !SENTENCE_CLOSED.test(above!.trimEnd()) && GOES_ON_WITH.test(below!.trimStart());
}
