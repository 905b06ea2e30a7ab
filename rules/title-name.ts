// 제목과 서문: the statutory name 개인정보 처리방침, and the controller named in the preamble.
import type { Rule } from "../src/runtime/rule.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { bodyLinesMatching, documentStart, lineRange, linesBetween, sectionsAt, type LineText } from "../src/runtime/query.js";
import { genericWordsOnly, isBareHead } from "../src/runtime/business-kinds.js";

// the statutory name, also as financial companies write it: "개인(신용)정보 처리방침"
const STATUTORY_NAME = /개인\s*(?:[(（]\s*신용\s*[)）]\s*)?정보\s*처리\s*방침/;
// a title letter-spaced across the page, as word processors centre it: "개 인 정 보   처 리 방 침"
const LETTER_SPACED = /^(?:\S\s+){3,}\S$/;
const namesThePolicy = (text: string) =>
  STATUTORY_NAME.test(text) || (LETTER_SPACED.test(text.trim()) && STATUTORY_NAME.test(text.replace(/\s+/g, "")));
// (a name's parenthesis may hold its representative and registration before the short name it defines:
// "숲길공방(대표 …, 사업자등록번호 …, 이하 \"공방\")은": read up to 100 characters of it)
const CONTROLLER =
  /[(（][^()（）]{0,30}이하|(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{2,20}\s{0,2}[(（][^()（）]{0,100}[,，;]\s{0,2}이하\s{0,2}["'“‘「『][^"'”’」』]{1,12}["'”’」』][^()（）]{0,12}[)）]|㈜|\(주\)|주식회사|법인|재단|협회|학교|병원|의원|["'“‘「][^"'”’」]{1,30}["'”’」]\s*(은|는|이|가)|(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]+\s*(?:\(\s*)?은\s*(?:\(\s*)?는\s*\)?|(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]{2,20}\s{0,2}[(（][^()（）]{1,30}[)）]\s{0,2}(?:은|는|이|가)(?=\s)|Inc\.?|LLC|Ltd\.?|Corp\.?|Limited|GmbH|(?<![A-Za-z])(?:AG|SE|B\.V\.|S\.A\.|SAS|Pte)(?![A-Za-z])/;
// a public body or a regulated business names itself without a legal form: "가람시는", "○○시설관리공단은",
// "교육청에서", "누리저축은행은", "다온의원은"
const PUBLIC_BODY =
  /(?<=[가-힣])(?<!회)(시|군|구|도|청|공단|공사|위원회|대학교|대학|센터|연구원|진흥원|공제회|조합|은행|금고|보험|증권|캐피탈|카드|병원|의원|치과|한의원|클리닉|약국|학원|재단|협회)\s{0,2}(은|는|이|가|에서)\s/;
const PREAMBLE_LINES = 12;
// a word before the statutory name in the title that says which policy or which version, not whose: "통합 개인정보
// 처리방침", "홈페이지 개인정보 처리방침", "[개정] 개인정보 처리방침", "2026 개인정보 처리방침", or what kind of place
// the controller runs ("도서관", "어린이집"); a template's blank
// ("○○○", "OOO") names no one either
const GENERIC_TITLE_WORD =
  /^(?:통합|서비스|회원|고객|이용자|홈페이지|웹사이트|사이트|누리집|앱|어플|애플리케이션|모바일|온라인|쇼핑몰|표준|일반|전체|공통|개정|신규|변경|현행|최신|국문|한국어|한글|당사|회사|우리|저희|본|기관|단체|법인|병원|학교|(?:제\s{0,2})?\d[\d.,년월일차판]{0,12}|[vV]\s{0,2}\d[\d.]{0,8}|테스트|샘플|예시|견본|도서관|복지관|체육관|수련관|청소년수련관|생활관|기숙사|어린이집|유치원|요양원|주민센터|관리사무소|렌터카|마트|편의점|카페|식당|[○◯●□ㅇOoＯ0X×x*]{1,8})$/;
// a template's blank fused to a kind ("OO요양원", "○○어린이집", "(사)OO체육회"): no one yet
const BLANK_MARK = /[○◯△□◇＊*]{2}|ㅇㅇ|ＯＯ|(?<![A-Za-z])(?:OO|XX|oo|xx)(?![A-Za-z])/;
// what a title puts around its words: brackets, quotes, separators
const TITLE_PUNCTUATION = /[()（）[\]【】〔〕<>〈〉《》「」『』"'“”‘’:：|·,\-–—]/g;

/** True when the title names the controller before the statutory name: "한빛상사 개인정보 처리방침", "[누리몰] 개인정보 처리방침". */
function titleNamesController(title: string, document: PolicyDocument): boolean {
  const name = STATUTORY_NAME.exec(title);
  if (name === null) return false;
  return title
    .slice(0, name.index)
    .replace(TITLE_PUNCTUATION, " ")
    .split(/\s+/)
    .map((word) => word.replace(/의$/, ""))
    .some(
      (word) =>
        /[가-힣A-Za-z]/.test(word) &&
        word.length >= 2 &&
        !GENERIC_TITLE_WORD.test(word) &&
        !BLANK_MARK.test(word) &&
        // a kind of business alone ("약국", "배달") says what the controller is, not who
        !isBareHead(word) &&
        !genericWordsOnly(word) &&
        !namesTheProduct(document, word),
    );
}

// "BoomRush(이하 '앱')", "누리톡(이하 "서비스")": the name defined as the product, not as who runs it
const DEFINED_AS_PRODUCT =
  /^[^\n]{0,30}?[(（]\s{0,2}이하\s{0,2}["'‘“「『]?\s{0,2}(?:앱|어플|애플리케이션|서비스|게임|플랫폼|사이트|홈페이지|프로그램)\s{0,2}["'’”」』]?/;

/** True when the text defines the title's name as the app or service it is about, not the controller. */
function namesTheProduct(document: PolicyDocument, name: string): boolean {
  return document.plain.some((text) => {
    const at = text.indexOf(name);
    return at >= 0 && DEFINED_AS_PRODUCT.test(text.slice(at + name.length));
  });
}

// an imprint's particulars of the business: its registration number ("사업자등록번호 305-12-67890") or its
// representative ("대표자 문태오", "대표: 정하린"; not "대표전화", "대표 메일")
const IMPRINT_PARTICULAR =
  /(?:사업자\s{0,2}(?:등록\s{0,2})?번호|법인\s{0,2}등록\s{0,2}번호|고유\s{0,2}번호)\s{0,2}[:：]?\s{0,2}(?:\d{3}-?\d{2}-?\d{5}|\d{6}-?\d{7})|(?<![가-힣])(?:대표자|대표이사|대표)(?:\s{0,2}성명)?(?:\s{0,2}[:：]\s{0,2}|\s{1,2})(?!전화|번호|메일|이메일|연락처|팩스|홈페이지|사이트)[가-힣]{2,4}(?![가-힣])/;
// the business's name beside them: a label ("상호:", "회사명 :") or a legal form ("㈜", "주식회사", "Inc.")
const IMPRINT_NAME =
  /(?:상호|회사\s{0,2}명|법인\s{0,2}명|업체\s{0,2}명|사업자\s{0,2}명|기관\s{0,2}명)\s{0,2}[:：]?\s{0,2}[(（㈜]?[가-힣A-Za-z0-9]|㈜|\([주유]\)|주식회사|유한회사|유한책임회사|합자회사|합명회사|사단법인|재단법인|Inc\.?|LLC|Ltd\.?|Corp\.?/;
// the lines on either side of the particulars that may hold the name: a footer sets one on each line
const IMPRINT_LINES = 3;
// particulars of another party (the domestic agent, a recipient, a processor), in the block or its section's heading
const ANOTHER_PARTY =
  /대리인|수탁|위탁|제\s{0,2}3\s{0,2}자|제공\s{0,2}받|이전\s{0,2}받|받는\s{0,2}자|수령|수신자|제휴|협력|책임자|담당자|국외|해외|구제|신고/;
// a Korean name for the policy itself ("개인정보취급방침", "개인정보 보호정책"): such a title is the one judged
const KOREAN_POLICY_NAME = /방침|정책|지침|규정|약관/;
const HANGUL = /[가-힣]/;
// a sentence, not a title line: "… 처리방침을 수립·공개합니다."
const SENTENCE = /(다|요)[.。]?\s*$|[.。]\s*$/;
const TITLE_LENGTH = 40;
// the non-blank lines after the title that may still be the opening: a brand, a translation, the Korean title
const OPENING_LINES = 3;
// the first section may be the preamble under a heading: 제1장 총칙, 제1조(목적)
const PREAMBLE_SECTION = /^(총칙|목적|개요|서문|머리말|들어가며|일반\s*사항)$/;

/**
 * The Korean title under an English or brand line ("HANBYEOL PRIVACY POLICY" or "한별마켓", then "한별 개인정보
 * 처리방침"): the line a reader takes for the policy's name. None when the title is itself a Korean policy
 * name ("개인정보취급방침") or when the opening holds no short line with the statutory name.
 */
function koreanTitleBelow(document: PolicyDocument, title: { line: number; text: string }): { line: number; text: string } | null {
  if (HANGUL.test(title.text) && KOREAN_POLICY_NAME.test(title.text)) return null;
  const headings = new Set(document.allSections.filter((section) => section.heading.number !== null).map((section) => section.startLine));
  let seen = 0;
  for (let line = title.line + 1; line <= document.plain.length && seen < OPENING_LINES; line++) {
    const text = document.plain[line - 1].trim();
    if (text === "") continue;
    seen++;
    // a numbered heading or a sentence is the body: the opening has ended
    if (headings.has(line) || text.length > TITLE_LENGTH || SENTENCE.test(text)) return null;
    if (STATUTORY_NAME.test(text)) return { line, text };
    // another Korean policy name is a title of its own, not a brand or a translation
    if (HANGUL.test(text) && KOREAN_POLICY_NAME.test(text)) return null;
  }
  return null;
}

/**
 * True when the policy carries the controller's imprint (상호 or a legal form, with its business registration
 * number or representative, as a page footer gives them): that names the controller wherever it stands. A copyright
 * line names no one, and particulars of another party (the domestic agent, a recipient) are not the controller's.
 */
function imprintNamesController(document: PolicyDocument): boolean {
  return bodyLinesMatching(document, IMPRINT_PARTICULAR).some(({ line }) => {
    const block = linesBetween(document, line - IMPRINT_LINES, line + IMPRINT_LINES)
      .map(({ text }) => text)
      .join("\n");
    if (!IMPRINT_NAME.test(block) || ANOTHER_PARTY.test(block)) return false;
    return !sectionsAt(document, line).some((section) => ANOTHER_PARTY.test(section.heading.title));
  });
}

// a paragraph that reads as the preamble wherever it stands: it defines the controller's short name ("(이하
// '클럽')") or sets the policy under 제30조, and speaks of the policy itself
const PREAMBLE_STATEMENT = /[(（][^()（）]{0,100}이하\s{0,2}["'“‘「『]|제\s{0,2}30\s{0,2}조/;
const OF_THE_POLICY = /방침/;
// a policy's name standing as a line of its own: "개인정보 처리방침", "한빛 개인정보취급방침"
const POLICY_TITLE = /개인\s*정보[^.。]{0,6}(?:방침|정책)/;
const LIST_MARK = /^\s{0,8}(?:[-*•·▶※○●◦▪■□◆◇]|\d{1,2}[.)]|\(\d{1,2}\)|[가-하][.)]|[①-⑳])/;

/** The paragraphs of the lines from `from` to `to`: runs of non-blank lines, with their first and last line. */
function paragraphs(document: PolicyDocument, from: number, to: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let line = from; line <= to; line++) {
    if (document.plain[line - 1].trim() === "") continue;
    const start = line;
    while (line + 1 <= to && document.plain[line].trim() !== "") line++;
    found.push({ start, end: line });
  }
  return found;
}

/**
 * The title and the preamble a policy sets outside its numbered sections when they are not at the top: a page that
 * opens with its sections or a list of contents and closes with the title and the preamble. The paragraphs before
 * the first numbered section, and those after the last one's own first paragraph, that read as the preamble;
 * the title is a policy's name on a line of its own just before such a preamble or as its first line.
 */
function preambleElsewhere(document: PolicyDocument): { title: { line: number; text: string } | null; lines: LineText[] } {
  const numbered = document.sections.filter((section) => section.heading.number !== null);
  const first = numbered.at(0);
  const last = numbered.at(-1);
  const candidates = first === undefined ? [] : paragraphs(document, 1, first.startLine - 1);
  if (last !== undefined) candidates.push(...paragraphs(document, last.startLine + 1, document.plain.length).slice(1));
  let title: { line: number; text: string } | null = null;
  const lines: LineText[] = [];
  for (const [index, { start, end }] of candidates.entries()) {
    const text = linesBetween(document, start, end).filter(({ line }) => !document.tocLines.has(line));
    const statement = text.find((entry) => PREAMBLE_STATEMENT.test(entry.text) && OF_THE_POLICY.test(entry.text));
    if (statement === undefined || LIST_MARK.test(document.plain[start - 1])) continue;
    lines.push(...text);
    const previous = candidates[index - 1];
    const titleLine = [start, previous?.end].find(
      (line) => line !== undefined && line < statement.line && isTitleLine(document.plain[line - 1]),
    );
    if (title === null && titleLine !== undefined) title = { line: titleLine, text: document.plain[titleLine - 1].trim() };
  }
  return { title, lines };
}

/** True when the line is a policy's name standing alone: short, not a sentence, and not a list item. */
function isTitleLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= TITLE_LENGTH && POLICY_TITLE.test(trimmed) && !SENTENCE.test(trimmed) && !LIST_MARK.test(trimmed);
}

export const titleName: Rule = {
  meta: {
    id: "title-name",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항, 개인정보 처리방침 작성지침(제목 및 서문)",
    title: { ko: "처리방침의 명칭과 서문", en: "Title and preamble" },
    description: {
      ko: "법이 정한 명칭은 '개인정보 처리방침'이고, 작성지침은 서문에서 개인정보처리자(회사·기관)의 이름을 밝히도록 합니다. '개인정보취급방침', '개인정보 보호정책', 'Privacy Policy'처럼 다른 이름을 제목으로 쓰거나, 서문에 처리자의 이름이 없으면 경고합니다(서문에 없어도 상호와 사업자등록번호·대표자를 함께 적은 사업자 정보가 본문이나 꼬리말 어디에든 있으면 처리자를 밝힌 것으로 봅니다. 저작권 표시만으로는 부족합니다). 2025년 평가에서 해외 사업자의 비표준 명칭이 지적되었습니다.",
      en: "The statutory name is '개인정보 처리방침', and the drafting guideline has the preamble name the controller. A title such as '개인정보취급방침', '개인정보 보호정책' or 'Privacy Policy' alone, or a preamble that never names the controller, is a warning (an imprint anywhere in the text, a footer included, that gives the company's name with its registration number or representative names it; a copyright line does not); the 2025 evaluation criticised non-standard names.",
    },
    example: {
      ko: '누리책방 개인정보 처리방침\n주식회사 누리책방(이하 "회사")은 「개인정보 보호법」 제30조에 따라 다음과 같이 개인정보 처리방침을 수립·공개합니다.',
      en: '누리책방 개인정보 처리방침\nNuri Books Co., Ltd. (the "Company") publishes this privacy policy under Article 30 of the Personal Information Protection Act.',
    },
    messages: {
      nonstandardTitle: {
        ko: "제목 '{title}'이(가) 법정 명칭 '개인정보 처리방침'이 아닙니다",
        en: "the title '{title}' is not the statutory name '개인정보 처리방침'",
      },
      noTitle: { ko: "처리방침에 제목('개인정보 처리방침')이 없습니다", en: "the policy has no title ('개인정보 처리방침')" },
      noController: { ko: "서문에 개인정보처리자(회사·기관)의 이름이 없습니다", en: "the preamble does not name the controller" },
    },
  },
  check({ document, report, found }) {
    const elsewhere = document.title === null || document.preamble === null ? preambleElsewhere(document) : null;
    const opening = document.title && (koreanTitleBelow(document, document.title) ?? document.title);
    // a first line that names no policy ("차례 - 1. …") yields to the policy's name set beside a preamble further down
    const title = opening && (KOREAN_POLICY_NAME.test(opening.text) || !elsewhere?.title) ? opening : (elsewhere?.title ?? null);
    if (title) found(title.line);
    if (!title) report({ messageId: "noTitle", range: documentStart(document) });
    else if (!namesThePolicy(title.text)) {
      report({ messageId: "nonstandardTitle", range: lineRange(document, title.line), data: { title: title.text.slice(0, 40) } });
    }
    // the preamble follows the title, which a scraped page sets below its site name, menus and breadcrumb
    const start = title?.line ?? 1;
    const firstSection = document.sections.find((section) => section.heading.number !== null && section.startLine > start);
    let end = Math.min(firstSection ? firstSection.startLine - 1 : start + PREAMBLE_LINES - 1, start + PREAMBLE_LINES - 1);
    if (firstSection && PREAMBLE_SECTION.test(firstSection.heading.title))
      end = Math.min(firstSection.endLine, firstSection.startLine + PREAMBLE_LINES);
    // TOC lines repeat headings; they are no part of the preamble
    const openingLines = linesBetween(document, start, Math.max(end, start + 2)).filter(({ line }) => !document.tocLines.has(line));
    // the preamble may stand further down, below a table of contents, a labelling block or a summary, or after the sections
    const preamble = document.preamble
      ? linesBetween(document, document.preamble.startLine, document.preamble.endLine)
      : (elsewhere?.lines ?? []);
    if (title && titleNamesController(title.text, document)) return;
    if (
      ![...openingLines, ...preamble].some(({ text }) => CONTROLLER.test(text) || PUBLIC_BODY.test(text)) &&
      !imprintNamesController(document)
    )
      report({ messageId: "noController", range: documentStart(document) });
  },
};
