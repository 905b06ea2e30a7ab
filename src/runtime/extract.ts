// Pulling values out of Korean policy text: phone numbers, e-mail addresses, periods, template blanks.

/**
 * 02-1234-5678, 070-1234-5678, 1588-1234, 010.1234.5678, (국번없이) 118, +82-2-1234-5678, +82 (0)10 1234 5678;
 * the hyphen may be any dash a word processor or a page puts there ("02–555–0142", a non-breaking "02‑555‑0142"),
 * and a representative number's groups may stand apart by a space ("1588 8100");
 * abroad, a country code and its groups: +65-6123-4567, (+65) 6123 4567, +1-415-555-0100, +44 20 7946 0000
 * (a foreign controller's office has a foreign number; the "+" is what no date, amount or registration number has)
 */
export const PHONE =
  /(?<![\d.])(?:0\d{1,2}[-‐‑‒–—−－.)\s]\s?\d{3,4}[-‐‑‒–—−－.\s]\d{4}|1[5-9]\d{2}[-‐‑‒–—−－]\d{4}|1[568]\d{2}\s\d{4}|(?:\(\s*)?국번\s*없이\s*(?:\)\s*)?\d{3,4})(?![\d])|\+82[-‐‑‒–—−－.\s]?(?:\(0\)\s?)?0?\d{1,2}[-‐‑‒–—−－.)\s]\s?\d{3,4}[-‐‑‒–—−－.\s]\d{4}(?!\d)|(?<![\w+])(?:\(\s?)?\+[1-9]\d{0,2}(?:\s?\))?(?:(?:[-.\s]\s?\(?\d{1,4}\)?){1,4}[-.\s]\s?\d{2,6}|[-.\s]\s?\d{7,12})(?!\d)/;
export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** Unfilled template blanks: `OOO`, `○○○`, `[회사명]`, `[YYYY.MM.DD]`, `< >`, a lone `-`. */
const PLACEHOLDER =
  /^(?:[-–—―_.·]+|[O○◯●xX*](?:\s?[O○◯●xX*])+|0{3,}|<\s*>|\[(?=[^\]]*(?:명|이름|주소|번호|연락처|YYYY|MM|DD|입력|기재))[^\]]*\]|\(\s*\)|미정|추후\s*(?:기재|공지)|해당\s*없음|asd[fgh]*|qwe[rty]*|test|테스트|sample|샘플|ㅁㄴㅇㄹ?)$/i;

export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDER.test(trimmed);
}

const labelPatterns = new WeakMap<RegExp, RegExp>();

/** The value after "label :" on a line, or null when the label is not there. */
export function labelledValue(text: string, label: RegExp): string | null {
  if (!text.includes(":") && !text.includes("：")) return null;
  let pattern = labelPatterns.get(label);
  if (!pattern) {
    pattern = new RegExp(`(?:${label.source})\\s*[:：]\\s*(?<value>.*)$`, label.flags);
    labelPatterns.set(label, pattern);
  }
  const match = pattern.exec(text);
  return match ? withoutClosingBars(match.groups!.value) : null;
}

/** "제휴 굿즈 제작사 |" → "제휴 굿즈 제작사": the bar that closes a table's row is none of a field's value in its cell. */
function withoutClosingBars(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === "|" || value[end - 1] === "│" || /\s/.test(value[end - 1]))) end--;
  return value.slice(0, end).trim();
}

// what joins the fields of one label: "성명/직위", "성명·직책", "성명 / 직책", "이름, 소속", "성명 및 직위"
const FIELD_SEPARATOR = /\s{0,3}[/·ㆍ,]\s{0,3}|\s{1,3}및\s{1,3}/;
const LABEL_WORD = /^[가-힣A-Za-z]{1,8}$/;
const LEADING_MARK = /^\s*[-*•·▶■□◆◇○●◦▪※]\s*/;
// "성명(직위)": the second field in brackets after the first
const BRACKETED_LABEL = /(?:^|\s)([가-힣A-Za-z]{1,8})\s?\(([가-힣A-Za-z]{1,8})\)$/;
// "홍길동(팀장)": a value written the same way, perhaps with more after it
const BRACKETED_VALUE = /^([^()]{1,40}?)\s?\(([^()]{1,40})\)/;

/**
 * The fields of a label that joins several ("성명/직위" → ["성명", "직위"], "성명(직위)" → ["성명", "직위"]), the
 * last words before its colon; null for a label of one field.
 */
export function labelFields(label: string): string[] | null {
  const text = label.replace(LEADING_MARK, "").trim();
  const bracketed = BRACKETED_LABEL.exec(text);
  if (bracketed) return [bracketed[1], bracketed[2]];
  const parts = text.split(FIELD_SEPARATOR);
  if (parts.length < 2 || !parts.slice(1).every((part) => LABEL_WORD.test(part))) return null;
  const first = /(?:^|\s)([가-힣A-Za-z]{1,8})$/.exec(parts[0]);
  return first ? [first[1], ...parts.slice(1)] : null;
}

/**
 * The part of a value that answers field `index` of a label of `count` fields: "홍길동 / 팀장" under "성명/직위"
 * → "홍길동" for the name. A value that does not split into as many parts ("홍길동 팀장") is returned whole.
 */
export function valueField(value: string, count: number, index: number): string {
  if (count < 2) return value;
  const parts = value.split(FIELD_SEPARATOR);
  if (parts.length >= count) return parts[index].trim();
  const bracketed = BRACKETED_VALUE.exec(value.trim());
  if (bracketed && count === 2) return bracketed[index + 1].trim();
  return value;
}

/**
 * The value of the field `label` names on a line whose label joins several fields: "성명/직위: 홍길동 / 팀장" →
 * "홍길동", "직위/성명: 팀장 / 홍길동" → "홍길동"; null when the line has no such label.
 */
export function compoundLabelledValue(text: string, label: RegExp): string | null {
  const colon = text.search(/[:：]/);
  if (colon < 0) return null;
  const fields = labelFields(text.slice(0, colon));
  const index = fields === null ? -1 : fields.findIndex((field) => label.test(field));
  if (index < 0) return null;
  return valueField(text.slice(colon + 1).trim(), fields!.length, index);
}

/**
 * Every match of a global pattern in `text`, without String.matchAll's copy of the pattern per call (which
 * costs more than the scan on short lines). The pattern must have the g flag and not be shared mid-scan.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === "") pattern.lastIndex++;
  }
  return matches;
}

/** A line's sentences: split after a full stop, or after "니다" where the stop is missing. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.。])\s+|(?<=니다)\s+/);

export interface Period {
  days: number;
  text: string;
  index: number;
}

// a month is a twelfth of a year: "60개월" is the 5년 a statute sets, not 1,800 days against 1,825 (days per unit as a
// fraction, so that a whole number of years in months is exactly its days)
const UNIT_DAYS: Record<string, [number, number]> = { 년: [365, 1], 개월: [365, 12], 월: [365, 12], 주: [7, 1], 일: [1, 1] };
// "5년", "6개월", "3 개월", "30일"; not "2023년" (a date), "제6조" or "2024년 3월 1일". The look-ahead reads a
// bounded stretch ("2024년도 3월"), so a long run of digits after a unit is not rescanned at every period in it.
const PERIOD = /(?<![\d제.])(\d{1,3})\s*(개월|년|월|주|일)(?![\d가-힣]{0,4}\s*\d{1,2}\s*(?:월|일))/g;

export function findPeriods(text: string): Period[] {
  const periods: Period[] = [];
  for (const match of matchesOf(PERIOD, text)) {
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    // part of a date: "2024년 3월", "2024. 3월", "3월 1일"
    if (match[2] === "월" && /(?<!\d)\d{2,}\s*[년.]\s*$/.test(before)) continue;
    if (match[2] === "일" && /\d\s*(월|[.])\s*$/.test(before)) continue;
    const [days, per] = UNIT_DAYS[match[2]];
    periods.push({ days: (Number(match[1]) * days) / per, text: match[0], index: match.index });
  }
  return periods;
}

export function describeDays(days: number, locale: "ko" | "en"): string {
  if (days % 365 === 0) return locale === "ko" ? `${days / 365}년` : `${days / 365} year(s)`;
  if (days % 30 === 0) return locale === "ko" ? `${days / 30}개월` : `${days / 30} month(s)`;
  return locale === "ko" ? `${days}일` : `${days} day(s)`;
}

export const HANGUL = /[가-힣]/;

// Generator output left unfilled: "OOO", "○○○", "oo년간", "[회사명]", "[YYYY.MM.DD]", "[책임자 이름]", "< >".
// Separate patterns, in order of preference at one position; a bracket is found first and its words read
// after, because one pattern with windows on both sides of the words backtracks over every split.
const TEMPLATE_BLANKS = [
  /(?<![A-Za-z])O{3,}(?![A-Za-z])/,
  /[○◯]{2,}|ㅇㅇ|<\s*>/,
  /(?<![A-Za-z])[oOxX]{2}(?=\s*(?:년|개월|월|일|시간|명))/,
  // a date's month or day left as a circle or as zeros: "2025년 ○월 ○일", "2025년 00월 00일"
  /[○◯](?=\s{0,2}(?:월|일))|(?<!\d)00(?=\s{0,2}(?:월|일))/,
];
const SHORT_BRACKET = /\[[^[\],]{0,25}\]/g;
const BLANK_WORD = /YYYY|MM\.|DD|회사명|업체명|사명|이름|성명|주소|연락처|전화번호|담당자|입력/;

// an app's or site's own screen or menu in brackets, as policies write them ("[MY > 회원정보 수정]"): "[내 주소]
// 목록", "[나의 배송지] 화면" name a screen where the member's data is, not a blank left for it
const SCREEN_AFTER = /^\s{0,2}(?:메뉴|화면|목록|탭|버튼|페이지|아이콘|창(?![가-힣]))/;
const OWN_SCREEN = /^\[\s{0,2}(?:내|나의|마이|MY)(?:\s|[가-힣A-Za-z]*\])/i;

function bracketedBlank(text: string): RegExpExecArray | null {
  for (const bracket of matchesOf(SHORT_BRACKET, text)) {
    if (!BLANK_WORD.test(bracket[0])) continue;
    if (OWN_SCREEN.test(bracket[0]) || SCREEN_AFTER.test(text.slice(bracket.index + bracket[0].length))) continue;
    return bracket;
  }
  return null;
}

// every blank above contains one of these; most lines have none and are answered with one scan. Not a class of
// their characters: every line with a Latin word or an address in it ("cookie", "privacy@example.com") has an o
// or an x, and was tried with all four patterns
const BLANK_CHARACTER = /OOO|[○◯]{2}|ㅇㅇ|<|\[|[oOxX]{2}\s*[년개월일시명]|[○◯]\s{0,2}[월일]|(?<!\d)00\s{0,2}[월일]/;

export function findTemplateBlank(text: string): { index: number; length: number } | null {
  if (!BLANK_CHARACTER.test(text)) return null;
  let found: RegExpExecArray | null = null;
  for (const match of [...TEMPLATE_BLANKS.map((pattern) => pattern.exec(text)), bracketedBlank(text)]) {
    if (match && (!found || match.index < found.index)) found = match;
  }
  return found ? { index: found.index, length: found[0].length } : null;
}

// the label starts and ends with a non-space, so exactly one split of the spaces around it and the colon exists
const LABEL_LINE = /^\s*(?:[-*•·▶]\s*)?([^:：\s](?:[^:：]{0,28}[^:：\s])?)\s*[:：]\s*((?:\S.*)?)$/;

/** "라벨 : 값" where the label reads as a field name (not a sentence introducing a list). */
export function fieldOf(text: string): { label: string; value: string } | null {
  // most lines have no colon: a search for one is cheaper than the pattern
  if (!text.includes(":") && !text.includes("：")) return null;
  const match = LABEL_LINE.exec(text);
  if (!match) return null;
  const label = match[1].trim();
  // a colon between digits is a ratio or a time ("1:1 문의", "09:00"), not a label's
  const colon = text.search(/[:：]/);
  if (/\d/.test(text[colon - 1] ?? "") && /\d/.test(text[colon + 1] ?? "")) return null;
  if (label.length === 0 || /다$|니다|습니다|요$/.test(label) || /https?$/i.test(label)) return null;
  return { label, value: match[2].trim() };
}

// "해당 없음" answers its label: nothing of the kind is done ("※ 국외 이전: 해당 없음" under a list of recipients)
const ANSWERED_NONE = /^해당\s{0,2}(?:사항\s{0,2})?없음$/;

/**
 * True when an empty field's value stands on the next line with text (`next`): a line that is no field of its own
 * ("수탁자:" over "㈜한빛물류"); another field, or no line, leaves it blank.
 */
export function valueBelow(next: string | undefined): boolean {
  return next !== undefined && fieldOf(next) === null;
}

/**
 * Fields left blank: "선택항목 :" with nothing after it and nothing that continues it on the next lines
 * (another field, or the end of the passage, follows instead), or a template's blank in its place; not one
 * answered "해당 없음".
 */
export function findBlankFields(lines: { line: number; text: string }[]): number[] {
  const blank: number[] = [];
  lines.forEach(({ line, text }, index) => {
    const field = fieldOf(text);
    if (!field) return;
    if (field.value !== "") {
      if (isPlaceholder(field.value) && !ANSWERED_NONE.test(field.value.trim())) blank.push(line);
      return;
    }
    // a loop, not lines.slice(index + 1).find(…): copying the rest of the lines for every field was quadratic
    let next: { text: string } | undefined;
    for (let after = index + 1; after < lines.length && !next; after++) if (lines[after].text.trim() !== "") next = lines[after];
    const indent = (value: string) => value.length - value.trimStart().length;
    // a more deeply indented line continues the field ("필수항목:" then "  - 이름")
    if (next && indent(next.text) > indent(text)) return;
    if (!valueBelow(next?.text)) blank.push(line);
  });
  return blank;
}
