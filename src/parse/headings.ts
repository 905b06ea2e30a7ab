// Recognising numbered headings and list markers at the start of a line.
import type { Heading, NumberingStyle } from "./model.js";
import headingWords from "../../rules/data/heading-words.json" with { type: "json" };

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

const HANGUL_ORDER = "가나다라마바사아자차카타파하";

/** 가 → 1, 나 → 2, …; 0 for anything else. */
export function hangulOrdinal(letter: string): number {
  return HANGUL_ORDER.indexOf(letter) + 1;
}
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

const ARTICLE = /^제\s*(\d{1,3})\s*조(?:\s*의\s*\d+)?/;
const ENGLISH_ARTICLE = /^Article\s+(\d{1,3})\b\.?/;
// "1." but not "2020.05" or "1.5"; the title may follow without a space ("1.개인정보")
const DECIMAL = /^(\d{1,2})\.(?!\d)/;
// "2-1." or "1.1" in front of a sub-section title; the value is the last part
const SUB_DECIMAL = /^\d{1,2}[-.](\d{1,2})\.?(?=\s)/;
const DECIMAL_PAREN = /^(\d{1,2})\)/;
const PAREN_DECIMAL = /^[(（](\d{1,2})[)）]/;
const CIRCLED_MARK = /^[①-⑳]/;
const HANGUL_MARK = /^([가나다라마바사아자차카타파하])[.)](?=\s|$)/;
const LATIN_MARK = /^([A-Z])\.(?=\s)/;
const BULLET = /^([•\-*※▶▷■□◆◇○●∙·‣►→✓✔]|o(?=\s))/;
/** Bullets that scraped policies use in front of section titles ("■ 개인정보의 보유 및 이용기간"). */
export const HEADING_BULLETS = /^[■□◆◇●○▶►▷]$/;
const BRACKET_TITLE = /^\s*[(（]([^()（）]{1,60})[)）]/;
// every marker above starts with one of these; most lines start with none, and are dismissed with one test
const MARKER_START = /^\s*[제A-Z0-9(（①-⑳가나다라마바사아자차카타파하•\-*※▶▷■□◆◇○●∙·‣►→✓✔o]/;

export function parseMarker(line: string): Marker | null {
  if (!MARKER_START.test(line)) return null;
  const indent = line.length - line.trimStart().length;
  const text = line.slice(indent);
  const make = (style: NumberingStyle, marker: string, number: number | null): Marker => {
    let restIndex = indent + marker.length;
    let bracketTitle: string | null = null;
    if (style === "article" || style === "english-article") {
      const bracket = BRACKET_TITLE.exec(line.slice(restIndex));
      if (bracket) {
        bracketTitle = bracket[1].trim();
        restIndex += bracket[0].length;
      }
    }
    while (restIndex < line.length && /\s/.test(line[restIndex])) restIndex++;
    return { style, marker, number, markerIndex: indent, restIndex, bracketTitle, indent };
  };
  let m: RegExpExecArray | null;
  if ((m = ARTICLE.exec(text))) return make("article", m[0], Number(m[1]));
  if ((m = ENGLISH_ARTICLE.exec(text))) return make("english-article", m[0], Number(m[1]));
  if ((m = SUB_DECIMAL.exec(text))) return make("decimal-sub", m[0], Number(m[1]));
  if ((m = DECIMAL.exec(text))) return make("decimal", m[0], Number(m[1]));
  if ((m = DECIMAL_PAREN.exec(text))) return make("decimal-paren", m[0], Number(m[1]));
  if ((m = PAREN_DECIMAL.exec(text))) return make("paren-decimal", m[0], Number(m[1]));
  if ((m = CIRCLED_MARK.exec(text))) return make("circled", m[0], CIRCLED.indexOf(m[0]) + 1);
  if ((m = HANGUL_MARK.exec(text))) return make("hangul", m[0], hangulOrdinal(m[1]));
  if ((m = LATIN_MARK.exec(text))) return make("latin", m[0], m[1].charCodeAt(0) - 64);
  if ((m = BULLET.exec(text))) return make("bullet", m[0], null);
  return null;
}

const SENTENCE_END = /(다|요|음|함|니다|시오|것|됨)(?:\s*[.。!])?\s*$|[.。!?]\s*$/;
const MAX_TITLE_LENGTH = 48;
const TITLE_WORDS = new Set(headingWords.titleEndings);
const TITLE_SUFFIXES = headingWords.titleSuffixes;
// particles and verb endings that a section title does not contain but a sentence does
// ("수집하는 개인정보" is a title: -하는 modifies a noun; "회사는" starts a sentence)
const SENTENCE_PARTICLES = /((?<!하)는|(?<!하)은|을(?!\s*위한)|를(?!\s*위한)|에게|하여|하며|합니다|입니다)(\s|$)/;

/** "이용목적", "보유 및 이용기간" end a title; "아동의" (ends in 동의) does not. */
function endsWithTitleWord(text: string): boolean {
  const lastWord = text.slice(text.lastIndexOf(" ") + 1);
  return TITLE_WORDS.has(lastWord) || TITLE_SUFFIXES.some((suffix) => lastWord.endsWith(suffix));
}
const CONTINUATION_WORDS = /^(및|과|와|또는|그|등|에|의|관련|에\s*관한)(\s|$)/;

export function looksLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** A label line such as "성명 : 홍길동" or "1) 회원 정보 : 회원 탈퇴 후 즉시" is an item, not a title. */
export function isLabelledValue(text: string): boolean {
  return /\S\s*[:：]\s*\S/.test(text) && !/^https?:/.test(text);
}

export function isTitleText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) return false;
  if (looksLikeSentence(trimmed)) return false;
  if (isLabelledValue(trimmed)) return false;
  return true;
}

const normalise = (text: string) => text.replace(/[\s·ㆍ・,]/g, "");

/**
 * Splits "개인 정보의 수집 및 이용 목적 개인정보는 …" into a title and the body that runs on after it.
 * A known title (from a table of contents) wins; otherwise the title ends at the last title word (not
 * followed by a conjunction) before the first particle that starts a sentence.
 */
export function splitRunOnTitle(rest: string, knownTitle: string | null): { title: string; body: string | null } {
  const trimmed = rest.trimEnd();
  if (knownTitle) {
    const target = normalise(knownTitle);
    let seen = "";
    for (let i = 0; i < trimmed.length; i++) {
      if (!/[\s·ㆍ・,]/.test(trimmed[i])) seen += trimmed[i];
      if (seen === target) {
        const body = trimmed.slice(i + 1).trim();
        return { title: trimmed.slice(0, i + 1).trim(), body: body || null };
      }
      if (!target.startsWith(seen)) break;
    }
  }
  if (isTitleText(trimmed)) return { title: trimmed, body: null };
  // the title ends at the last title word before the body's first sentence particle ("회사는", "개인정보를");
  // a particle is judged with the word after it: "보호를 위한" is part of a title, "회사는" starts the body
  const firstParticle = SENTENCE_PARTICLES.exec(trimmed)?.index ?? Infinity;
  let best: number | null = null;
  for (let end = 2; end <= Math.min(trimmed.length - 1, MAX_TITLE_LENGTH); end++) {
    if (trimmed[end] !== " ") continue;
    if (firstParticle < end) break;
    const before = trimmed.slice(0, end);
    if (!endsWithTitleWord(before) || CONTINUATION_WORDS.test(trimmed.slice(end + 1))) continue;
    if (isLabelledValue(before)) break;
    best = end;
  }
  if (best !== null) return { title: trimmed.slice(0, best).trim(), body: trimmed.slice(best + 1).trim() || null };
  return { title: trimmed, body: null };
}

const UNNUMBERED_HEADING = new RegExp(headingWords.unnumberedHeading);

/** An unnumbered line such as "부칙" or "개인정보 보호책임자" standing alone as a heading. */
export function isUnnumberedHeading(text: string): boolean {
  if (text.length > 80) return false;
  const trimmed = text
    .trim()
    .replace(/^[[【<〈]\s*/, "")
    .replace(/[\]】>〉]$/, "")
    .trimEnd();
  if (trimmed.length < 2 || trimmed.length > 32) return false;
  if (looksLikeSentence(trimmed) || isLabelledValue(trimmed)) return false;
  return UNNUMBERED_HEADING.test(trimmed);
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
  const split = numbered && !numbered.bracketTitle ? splitRunOnTitle(content.slice(numbered.restIndex), null) : null;
  const title = numbered ? (numbered.bracketTitle ?? split!.title) : content;
  return {
    line: at.line,
    column: at.column,
    style: "markdown",
    marker: "#".repeat(depth),
    number: numbered?.number ?? null,
    title,
    titleColumn: at.titleColumn,
    inlineBody: split?.body ?? null,
    isTitle: isTitleText(title) || title.length <= 60,
  };
}
