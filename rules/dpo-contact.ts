// 개인정보 보호책임자: a name or department, with a phone number (e-mail alone is a warning).
import type { Rule } from "../src/runtime/rule.js";
import { reportMissing } from "../src/runtime/required.js";
import type { PolicyDocument, TableRow } from "../src/parse/model.js";
import { OCR_DIGIT } from "../src/parse/headings.js";
import type { LineText } from "../src/runtime/query.js";
import {
  bodyLinesMatching,
  documentStart,
  findSections,
  firstOnPage,
  headingRange,
  inVideoPart,
  lineRange,
  linesBetween,
  sectionLines,
  topicPattern,
} from "../src/runtime/query.js";
import { headinglessParagraphAt, headinglessParagraphs } from "../src/runtime/paragraphs.js";
import { findEvidence } from "../src/runtime/evidence.js";
import { numbersAcrossWraps } from "../src/runtime/wraps.js";
import {
  EMAIL,
  PHONE,
  compoundLabelledValue,
  findTemplateBlank,
  isPlaceholder,
  labelFields,
  labelledValue,
  sentencesOf,
} from "../src/runtime/extract.js";
import agencies from "./data/remedy-agencies.json" with { type: "json" };
import surnames from "./data/korean-surnames.json" with { type: "json" };

const AGENCY_LINE = new RegExp(agencies.agencyLinePattern, "i");
const PERSON_LABEL = /성\s*명|이\s*름|책\s*임\s*자|담\s*당\s*자|Name/i;
const DEPARTMENT_LABEL = /부\s*서\s*명?|소\s*속|담당\s*부서|고충\s*처리\s*부서|팀\s*명|Department/i;
// A person named in a sentence, whatever the job title: a name by its shape (a family name, then one or two
// syllables) next to a word that reads as a title by its last syllable — 사무국장, 원장, 간사, 목사, 담당관,
// 상무, 책임자 … ("대표이사 윤보람", "윤보람 관리소장이", "윤보람(지점장)"). Not "대표 전화" or "주식회사 한빛".
// (a word ending in a case particle is not a name: "민원을 보호책임자에게")
const NAME = `(?:${surnames.twoSyllable.join("|")}|[${surnames.oneSyllable.join("")}])[가-힣]{1,2}(?<![을를의에께])`;
// (a financial firm's officers by their statutory roles too: 준법감시인, 신용정보관리·보호인)
const TITLE = "[가-힣]{0,8}?(?:장|사|관|무|대표|주임|선임|매니저|책임자|담당자|감시인|관리인|보호인)(?<!회사|당사|본사|지사|귀사)";
// a contact word, the sample name, the company ("당사 대표"), or a title standing alone ("보호책임자는 원장입니다")
// where a name would be
// common words that open with a family name's syllable ("경우", "이상", "정보"), as words of their own, are not
// names either (이상민 is)
const NOT_A_NAME = `(?!전화|번호|메일|이메일|연락|홈페|주소|팩스|문의|직통|홍길동|(?:경우|이후|이전|이상|이하|이내|이용|정보|관련|해당|전체|기타|소속|담당|업무|부서|고객|회원|신고|상담)(?![가-힣])|(?:당사|귀사|본사|지사)(?![가-힣])|${TITLE}(?:입니다|이며|이고|이다|이|가|님)?(?![가-힣]))`;
// what may follow a name: a copula, then punctuation, the end, or the contact ("… 윤보람입니다. 전화 …")
const AFTER_NAME = "(?:입니다|이며|이고|이다|님|씨)?(?:\\s*[,.(/·)]|\\s*$|\\s+(?:전화|연락|Tel|☎|이메일|전자우편|메일|e-?mail|\\+?\\d))";
const NAMED_IN_SENTENCE = new RegExp(
  [
    `(?<![가-힣])${TITLE}(?:인|이신|는|은)?\\s+${NOT_A_NAME}${NAME}(?=${AFTER_NAME})`,
    `(?<![가-힣])${NOT_A_NAME}${NAME}\\s+${TITLE}(?:입니다|이며|이고|이|가|님|께서|으로)?(?![가-힣])`,
    // (the title in brackets may go on with another role: "박준형 (정보보호실장, CISO 겸임)")
    `(?<![가-힣])${NOT_A_NAME}${NAME}\\s*\\(\\s*${TITLE}\\s*(?:[,/·]\\s*[^()\\n]{1,30})?\\)`,
  ].join("|"),
  "i",
);
// A bare name opening a contact line, with no title or label: "윤보람 (031-…)", "윤보람 / 031-… / privacy@…",
// perhaps after an item's marker ("가. 윤보람 (031-…)", "1) 윤보람 / …").
// The name is the line's first word and a phone or e-mail follows it on the line (checked apart); common
// words that open with a family name's syllable and may stand before a number ("안내", "사무실", "민원실", "대표번호")
// are not names.
const BARE_NAME_BEFORE_CONTACT = new RegExp(
  `^[ \\t\\u3000]{0,8}(?:(?:[-*•·▶■□◆◇○●◦▪※]|[가-하][.)]|\\(?\\d{1,2}[.)]|[①-⑳])\\s*)?${NOT_A_NAME}(?!(?:성명|이름|직위|직급|기관|안내|유선|우편|방문|서면|민원|접수|신청|문서|사무실?|본점|지점|가입|시청|구청|군청|서울|부산|인천|대전|광주|세종|제주)(?![가-힣])|(?:민원|상담|안내|관리|행정|교무|총무|접수|대표)(?:실|처|과|팀|국|번호|전화)(?![가-힣]))${NAME}(?![가-힣])\\s*(?:[(/,|·:：–-]\\s*)?`,
);
const CONTACT_BEFORE_VALUE = /^(?:전\s*화(?:\s*번\s*호)?|연\s*락\s*처|Tel|☎|이\s*메\s*일|전자\s*우편|e-?mail)\s*[:：.]?\s*/i;
// A department named in a sentence, by its suffix: "입주자지원센터이며", "운영팀(전화 …)", "행정지원과에서".
// Not "고객센터로 문의하십시오", which says where to ask, not who answers. A one-syllable suffix (부, 과, 실, 국)
// needs two syllables before it and a copula, 에서 or a bracket after it, since "명칭과 전화번호" ends in the
// particle 과; a few common words ending in one are not departments.
const DEPARTMENT_IN_SENTENCE = new RegExp(
  "(?<![가-힣])(?:[가-힣]{1,10}(?:팀|센터|본부|사무국|사무소|관리소)(?:(?:입니다|이며|이고|에서|이|가)(?![가-힣])|\\s*[,(/·]|\\s*$|\\s+(?:전화|연락|Tel|☎|이메일|전자우편|\\d))" +
    "|[가-힣]{2,10}(?:부|과|실|국)(?<!여부|결과|효과|내부|외부|일부|전부|사실|분실|손실)(?:(?:입니다|이며|이고|에서)(?![가-힣])|\\s*\\())",
  "i",
);
// The officer appointed in a sentence: "보호책임자는 총괄지배인 한상우이며", "보호책임자는 한상우 총괄지배인입니다",
// "보호책임자로 관리과장 한상우를 지정": a person's name, with any position before or after it, between "보호책임자는/로"
// and a copula or "지정", or between "보호책임자인" and the one to contact ("…에게 연락 주세요"). Whatever the position
// is called, the name's shape decides; a position alone ("원장입니다") and "아래와 같습니다" name no one.
// The template's order puts the name first, as the object of the appointment: "회사는 관리과장 한상우를 개인정보
// 보호책임자로 지정합니다", "한상우(관리과장)를 … 책임자로 지정하고 있습니다". A group or a generic word for staff in
// the object ("부서를", "임원을", "사원을") names no one, even when it opens with a family name's syllable.
const POSITION = "[가-힣A-Za-z]{1,10}";
const NOT_A_PERSON = "(?!(?:부서|임원|인원|사원|사람|구성원|전담|경영진|대표자|상급자|단체|기관)(?:을|를|은|는|이|가|으로|로)?(?![가-힣]))";
const APPOINTED_NAME = `${NOT_A_NAME}${NOT_A_PERSON}${NAME}(?:\\s+${POSITION})?(?:\\s*\\([^()]{1,40}\\))?`;
/** The sentence that appoints the officer by name, the officer called `role` ("보호\\s*책임자"). */
function appointment(role: string): RegExp {
  return new RegExp(
    `${role}(?:는|은|로|으로)\\s+(?:${POSITION}\\s+){0,2}?${APPOINTED_NAME}(?:입니다|이며|이고|이다|(?:으로|로|을|를)\\s*지정)` +
      // "보호책임자인 운영지원팀장 박서준에게 연락 주세요": the officer named as the one to contact, or as the one who
      // acts ("보호책임자인 대표 박지윤(010-…)이 직접 확인합니다")
      `|${role}인\\s+(?:${POSITION}\\s+){0,2}?${APPOINTED_NAME}(?:에게|께서|께|이|가|은|는|님)` +
      `|(?<![가-힣])${APPOINTED_NAME}\\s*(?:을|를)\\s+(?:${POSITION}\\s+){0,2}?[가-힣]{0,8}?${role}(?:로|으로)\\s*지정`,
  );
}
const APPOINTED = appointment("보호\\s*책임자");
// in the officer's own section, the role needs no 보호: "업무를 총괄하는 책임자로 교무부장 김나래를 지정합니다"
const APPOINTED_IN_SECTION = appointment("책임자");
// "보호책임자에게 연락 주세요": the officer pointed to as the one to contact, named or not
const CONTACT_POINTER = /보호\s*책임자(?:에게|께)\s*(?:연락|문의|요청|신고|말씀)/;
// a company, not a person: "보호책임자는 주식회사 한빛입니다"; "본사" before a position says where the person works
// ("본사 운영지원팀장 박서준")
const COMPANY = new RegExp(
  `주식회사|㈜|\\(주\\)|(?<![가-힣])(?:회사|당사)(?![가-힣])|(?<![가-힣])본사(?![가-힣])(?!\\s+${TITLE}(?![가-힣]))`,
);

/** True when the line appoints the officer by name in a sentence ("보호책임자는 총괄지배인 한상우이며"). */
function appointedByName(text: string): boolean {
  // both of the pattern's orders hold the word 책임자; its second, behind a look-behind, is tried at every place
  if (!text.includes("책임자")) return false;
  const appointed = APPOINTED_IN_SECTION.exec(text);
  return appointed !== null && !COMPANY.test(appointed[0]);
}

// "성명 홍길동", "이름 홍길동 / 연락처 …": a name label followed by a name, no colon
const NAME_WITHOUT_COLON = /(?:성\s*명|이\s*름)\s+(?![Oo○]{2}|또는|혹은|그리고|및|홍길동)[가-힣]{2,4}(?:\s|$|[,/(])/;
// the sample name of Korean forms, left in by a template: not a person
const SAMPLE_NAME = /홍길동/;
const CONTACT_LABEL = /연\s*락\s*처|전\s*화(\s*번\s*호)?|이\s*메\s*일|e-?mail|메일|Tel|Phone/i;
// a DPO line outside any section: "개인정보 보호책임자 : 홍길동", "▶ 개인정보 보호책임자 성명 : 홍길동", a summary's
// numbered item ("4. 보호책임자: 원장 김하늘"), the officer as the answer to a contact label ("문의: 개인정보
// 보호책임자 …"); not a passing mention in a sentence ("보호책임자의 승인을 받아 파기합니다")
const DPO_LABEL_LINE =
  /^\s*(?:(?:[-*•·▶■□◆◇○●◦▪※]|\d{1,2}[.)]|[가-하][.)]|[①-⑳]|\(\d{1,2}\))\s*)?(?:(?:(?:개인정보\s*)?(?:보호\s*)?(?:문의|상담)처?|연락처|담당)\s*[:：]\s*)?(?:개인정보\s*)?(?:보호|관리)\s*책임자(?!\s*(?:의|는|가|를|에게|와|과|로|께|에)(?:\s|$))/;
const DPO_BLOCK_LENGTH = 8;
// a label line and an appointment both call the officer "책임자": the lines that hold the word are found with one
// fast scan, and those two patterns, slow to try at every place of the text, are tried on these lines only
const OFFICER_WORD = /책임자/;
// "주식회사 메디올로지 담당자", "회사 담당자", "담당자" name the company or a role, not a person or department
const GENERIC_NAME =
  /^(?:(?:(?:주식회사|㈜|\(주\))\s*[^\s,]+|[^\s,]+\s*(?:주식회사|㈜|\(주\))|회사|당사|본사)\s*)?(?:담당자|관리자|운영자|책임자|담당)?$/;

// the next field run together on the same line: "성명: [이름]직책: [직책]연락처: …"
const NEXT_LABEL = /[가-힣A-Za-z]{1,6}\s{0,2}[:：]/;

/** A field's value without the fields that follow it on the same line. */
function untilNextLabel(value: string | null): string | null {
  // most values hold no colon, and without one no label follows: the pattern, tried at every position, is spared
  if (value === null || (!value.includes(":") && !value.includes("："))) return value;
  const next = value.search(NEXT_LABEL);
  return next < 0 ? value : value.slice(0, next).trim();
}

/** "홍길동, 02-…" → "홍길동": the value up to its first comma or slash. */
function firstPart(value: string): string {
  const cut = value.search(/[,/]/);
  return (cut < 0 ? value : value.slice(0, cut)).trim();
}

interface Disclosure {
  named: boolean;
  phone: boolean;
  email: boolean;
}

// a local number without its area code, labelled as a phone: "교감 박선영 (전화 2617-3302)", as a school or a
// district office writes its own
const LOCAL_PHONE = /(?:전\s?화(?:\s?번호)?|연락처|Tel\.?|TEL\.?|☎|📞)\s{0,2}[:：.]?\s{0,2}(?<![\d-])\d{3,4}[-‐‑‒–—−－]\d{4}(?![\d-])/;

// a number as a scan's text recognition reads it, a letter for a digit in its groups: "O2-7l2-45O8"
const SCANNED_NUMBER = /(?<![A-Za-z0-9])[0-9lIO]{2,4}-[0-9lIO]{3,4}-[0-9lIO]{4}(?![A-Za-z0-9])/g;

/** True when the text gives a phone number, also one whose digits a scan read as letters. */
function givesPhone(text: string): boolean {
  if (PHONE.test(text) || LOCAL_PHONE.test(text)) return true;
  if (!/[lIO]/.test(text)) return false;
  const read = text.replace(SCANNED_NUMBER, (number) =>
    (number.match(/\d/g)?.length ?? 0) >= 6 ? number.replace(/[lIO]/g, (letter) => OCR_DIGIT[letter]) : number,
  );
  return read !== text && PHONE.test(read);
}

/** What the DPO passage discloses. Lines about external agencies (118, 1833-6972 …) are remedies, not the DPO. */
export function readDisclosure(lines: LineText[]): Disclosure {
  const result: Disclosure = { named: false, phone: false, email: false };
  for (const { text } of lines) {
    // what is found once need not be looked for again: a passage that gives all three is read no further
    if (result.named && result.phone && result.email) break;
    // a line that runs the officer's sentence and the agencies' together (a section written as one line) is read
    // sentence by sentence, the agencies' left out
    const parts = AGENCY_LINE.test(text) ? sentencesOf(text).filter((sentence) => !AGENCY_LINE.test(sentence)) : [text];
    for (const part of parts) {
      if (!result.named) result.named = namesSomeone(part);
      if (!result.phone && givesPhone(part)) result.phone = true;
      if (!result.email && EMAIL.test(part)) result.email = true;
    }
  }
  return result;
}

// the officer's label, another role joined to it with 겸 or in brackets, then the value after its colon
const OFFICER_WITH_ROLE =
  /^[^:：]{0,30}?책\s*임\s*자\s{0,2}(?:겸\s{0,2}[^:：()（）]{1,24}|[(（][^()（）:：]{1,24}[)）])\s{0,2}[:：]\s*(.+)$/;

/** True when the line names the DPO: a filled name or department field, or a name or department in a sentence. */
function namesSomeone(text: string): boolean {
  // a label of several fields ("성명/직위: 홍길동 / 팀장") is read field by field against the value's parts
  const person = untilNextLabel(compoundLabelledValue(text, PERSON_LABEL) ?? labelledValue(text, PERSON_LABEL));
  const department = untilNextLabel(compoundLabelledValue(text, DEPARTMENT_LABEL) ?? labelledValue(text, DEPARTMENT_LABEL));
  // the officer's label with another role joined to it: "개인정보 보호책임자 겸 신용정보관리·보호인: 준법감시인 윤가온"
  const officer = person === null ? untilNextLabel(OFFICER_WITH_ROLE.exec(text)?.[1] ?? null) : null;
  for (const value of [person, department, officer]) {
    // "성명 : 홍길동" names someone; "성명 :" or "성명 : OOO" does not
    if (
      value !== null &&
      !isPlaceholder(value) &&
      !/^[:：]/.test(value) &&
      !CONTACT_LABEL.test(value.slice(0, 6)) &&
      // a phone number or an address where the name should be ("담당자: 02-…", a contact row under a name column)
      PHONE.exec(value)?.index !== 0 &&
      EMAIL.exec(value)?.index !== 0 &&
      !GENERIC_NAME.test(firstPart(value)) &&
      // "○○○ 원장", "홍길동 (대표)": a blank or the sample name with a title is no one
      findTemplateBlank(firstPart(value)) === null &&
      !SAMPLE_NAME.test(firstPart(value))
    ) {
      return true;
    }
  }
  return (
    NAMED_IN_SENTENCE.test(text) ||
    appointedByName(text) ||
    NAME_WITHOUT_COLON.test(text) ||
    DEPARTMENT_IN_SENTENCE.test(text) ||
    namedBeforeContact(text)
  );
}

/** "윤보람 (031-…)": a line that opens with a bare name and goes on to a phone or e-mail. */
function namedBeforeContact(text: string): boolean {
  const name = BARE_NAME_BEFORE_CONTACT.exec(text);
  if (name === null) return false;
  // the contact comes straight after the name, perhaps under its label: "윤보람 (전화 031-…)"
  const rest = text.slice(name[0].length).replace(CONTACT_BEFORE_VALUE, "");
  return PHONE.exec(rest)?.index === 0 || EMAIL.exec(rest)?.index === 0;
}

const NAME_COLUMN = /^(?:개인정보\s*(?:보호\s*)?)?(성\s*명|이\s*름|담\s*당\s*자|책\s*임\s*자|부\s*서\s*명?|담당\s*부서|소\s*속)$/;

/**
 * Which field of a header or label cell holds the name: the whole cell ("성명"), or one field of a compound one
 * ("성명/직위" → the first of two, "직위 / 성명" → the second); null when no field does.
 */
function nameField(label: string): { index: number; count: number } | null {
  if (NAME_COLUMN.test(label)) return { index: 0, count: 1 };
  const fields = labelFields(label);
  const index = fields === null ? -1 : fields.findIndex((field) => NAME_COLUMN.test(field));
  return index < 0 ? null : { index, count: fields!.length };
}

/**
 * A table in the DPO passage that fills a name or department column ("| 성명 | 연락처 |" or "| 성명 | 홍길동 |").
 * A label cell and the cell it labels are read as the line "label: value" is, by the same reader: a title before
 * the name ("| 보호책임자 | 총무부장 과장 한누리 |"), a blank or the sample name, read alike in a table and on a line.
 */
function namedInTables(document: PolicyDocument, from: number, to: number): boolean {
  for (const table of document.tables) {
    if (table.startLine < from || table.startLine > to) continue;
    const column = table.header.cells.findIndex((cell) => nameField(cell.text) !== null);
    if (column >= 0) {
      const label = table.header.cells[column].text;
      if (table.rows.some((row) => namesSomeone(`${label}: ${row.cells[column]?.text ?? ""}`))) return true;
    }
    for (const row of [table.header, ...table.rows])
      if (row.cells.length >= 2 && namesSomeone(`${row.cells[0].text}: ${row.cells[1].text}`)) return true;
  }
  return false;
}

// a row that continues the officer's record: the name, the department or a contact under a label of its own
const RECORD_CONTINUES = new RegExp(`^(?:${PERSON_LABEL.source}|${DEPARTMENT_LABEL.source}|${CONTACT_LABEL.source})`, "i");

/**
 * The officer's rows of a key–value table ("| 개인정보 보호책임자 | 윤보람, 02-… |"), each read as the line
 * "label: value" is: a row whose label cell names the officer, or whose value opens with the officer's title under
 * a bare label ("| 책임자 | 개인정보 보호책임자 윤보람 … |"), with the rows after it that go on with its name or
 * contact ("| 연락처 | 02-… |").
 */
function officerRows(document: PolicyDocument): LineText[][] {
  const officer = topicPattern("dpo");
  const passages: LineText[][] = [];
  for (const table of document.tables) {
    const rows = [table.header, ...table.rows];
    // the value may hold fields of its own ("성명: 윤보람 / 전화: …"): it is read alone as well
    const asLines = (row: TableRow): LineText[] => {
      const value = row.cells
        .slice(1)
        .map((cell) => cell.text)
        .join(" / ");
      return [
        { line: row.line, text: `${row.cells[0].text}: ${value}` },
        { line: row.line, text: value },
      ];
    };
    rows.forEach((row, at) => {
      if (row.cells.length < 2 || document.tocLines.has(row.line)) return;
      if (!officer.test(row.cells[0].text) && !DPO_LABEL_LINE.test(row.cells[1].text)) return;
      const passage = asLines(row);
      for (const next of rows.slice(at + 1)) {
        if (next.cells.length < 2 || !RECORD_CONTINUES.test(next.cells[0].text.trim())) break;
        passage.push(...asLines(next));
      }
      passages.push(passage);
    });
  }
  return passages;
}

/** What a passage discloses, a table in it included; a number cut by a hard wrap ("062-600-5" over "010") is read whole. */
function readCandidate(document: PolicyDocument, lines: LineText[]): Disclosure {
  const disclosure = readDisclosure(numbersAcrossWraps(lines));
  if (!disclosure.named) disclosure.named = namedInTables(document, lines[0].line, lines[lines.length - 1].line);
  return disclosure;
}

// who the officer is counts for more than how to reach them: a name with a phone beats a bare e-mail
const score = ({ named, phone, email }: Disclosure) => (named ? 4 : 0) + (phone ? 2 : 0) + (email ? 1 : 0);

// a paragraph about the officer makes the officer its subject or appoints them ("보호책임자는 …", "보호책임자로 …
// 지정"), or names the department that takes complaints; "보호책임자의 승인을 받아 파기" mentions them in passing
const ABOUT_THE_OFFICER =
  /(?:보호|관리)\s{0,2}책임자\s{0,2}(?:는|은|로|으로|[:：])|(?:보호|관리)\s{0,2}책임자\s{0,2}(?:및|와|과|·)\s{0,2}(?:담당\s{0,2}부서|담당자)|고충\s{0,2}처리\s{0,2}(?:부서|담당)/;

function aboutTheOfficer(paragraph: LineText[]): boolean {
  return ABOUT_THE_OFFICER.test(paragraph.map((entry) => entry.text).join(" "));
}

/** True when the line stands in a paragraph of a policy without headings that mentions the officer only in passing. */
function passingMention(document: PolicyDocument, line: number): boolean {
  const paragraph = headinglessParagraphAt(document, line);
  return paragraph !== undefined && !aboutTheOfficer(paragraph);
}

export const dpoContact: Rule = {
  meta: {
    id: "dpo-contact",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제6호, 제31조",
    title: { ko: "개인정보 보호책임자 연락처", en: "Privacy officer (DPO) contact" },
    description: {
      ko: "처리방침에는 개인정보 보호책임자의 성명 또는 개인정보 보호업무·고충처리 부서의 명칭과 전화번호 등 연락처가 있어야 합니다(법 제30조제1항제6호). 보호책임자 절이 없거나, 성명·부서가 비어 있거나, 연락처가 없으면 오류입니다. 외부 기관(118, 1833-6972 등)만 적은 절은 권익침해 구제방법이지 보호책임자가 아닙니다. 전화번호 없이 이메일만 있으면 경고입니다.",
      en: "The policy must give the privacy officer's name, or the name of the department handling privacy and complaints, with a phone number or other contact (PIPA Art. 30(1)6). No DPO section, an empty name or department, or no contact is an error. A section listing only external agencies (118, 1833-6972 …) describes remedies, not the DPO. E-mail without a phone number is a warning, since the statute names the phone.",
    },
    example: {
      ko: "제9조 (개인정보 보호책임자)\n▶ 개인정보 보호책임자: 성명 김하늘, 직책 운영이사\n▶ 연락처: 02-555-0100, privacy@example.co.kr",
      en: "Art. 9 (Privacy officer)\n▶ Privacy officer: Kim Haneul, Director of Operations\n▶ Contact: 02-555-0100, privacy@example.co.kr",
    },
    messages: {
      missing: {
        ko: "개인정보 보호책임자(또는 담당부서)와 연락처가 없습니다",
        en: "no privacy officer (or responsible department) and contact is given",
      },
      noDetails: {
        ko: "개인정보 보호책임자 절에 성명·부서와 연락처가 없습니다",
        en: "the privacy officer section gives no name or department and no contact",
      },
      noName: {
        ko: "개인정보 보호책임자의 성명 또는 담당부서 명칭이 없습니다",
        en: "the privacy officer section gives no name or department",
      },
      noContact: {
        ko: "개인정보 보호책임자의 전화번호 등 연락처가 없습니다",
        en: "the privacy officer section gives no phone number or other contact",
      },
      emailOnly: {
        ko: "개인정보 보호책임자 연락처가 이메일뿐입니다: 전화번호를 적으십시오",
        en: "the privacy officer can only be reached by e-mail: give a phone number",
      },
    },
  },
  check(context) {
    const { document, report, found } = context;
    const sections = findSections(document, "dpo");
    let lines: LineText[];
    let disclosure: Disclosure | undefined;
    let where = documentStart(document);
    if (sections.length > 0) {
      lines = sections.flatMap((section) => sectionLines(document, section));
      where = headingRange(document, sections[firstOnPage(sections)]);
    } else {
      // a label line ("개인정보 보호책임자 : …"), a line that reads as the DPO's heading in a layout the
      // outline did not take for a heading ("§ 개인정보 보호책임자"), or the sentence that appoints the officer
      // (the contact that follows it is read with it)
      // (the officer of the cameras, in a section or companion policy about them, is not the DPO)
      const officerLines = bodyLinesMatching(document, OFFICER_WORD).filter(({ line }) => !inVideoPart(document, line));
      const labelled =
        officerLines.find(({ text }) => DPO_LABEL_LINE.test(text)) ??
        findEvidence(document, "dpo").find(
          (evidence) => evidence.kind === "title-line" && !passingMention(document, evidence.line) && !inVideoPart(document, evidence.line),
        ) ??
        officerLines.find(({ text }) => APPOINTED.test(text)) ??
        officerLines.find(({ text }) => CONTACT_POINTER.test(text));
      // a policy without headings names the officer in a paragraph: every one about the officer is read, and the
      // one that says most of who and how to reach them is the disclosure
      const rows = officerRows(document).filter((row) => !inVideoPart(document, row[0].line));
      const candidates = [
        ...(labelled ? [linesBetween(document, labelled.line, labelled.line + DPO_BLOCK_LENGTH)] : []),
        ...headinglessParagraphs(document).filter((paragraph) => aboutTheOfficer(paragraph)),
        ...rows,
      ];
      if (candidates.length === 0) {
        reportMissing(context, "dpo");
        return;
      }
      const scored = candidates.map((candidate) => ({ candidate, disclosure: readCandidate(document, candidate) }));
      const best = scored.reduce((top, next) => (score(next.disclosure) > score(top.disclosure) ? next : top));
      lines = best.candidate;
      disclosure = best.disclosure;
      // without headings, the passage read is the place of the disclosure, as a heading is a section's
      // (and a table row is the place of the record it holds)
      if (headinglessParagraphs(document).length > 0 || rows.includes(lines)) where = lineRange(document, lines[0].line);
    }
    found(lines[0].line);
    disclosure ??= readCandidate(document, lines);
    const { named, phone, email } = disclosure;
    if (!named && !phone && !email) report({ messageId: "noDetails", range: where });
    else if (!named) report({ messageId: "noName", range: where });
    else if (!phone && !email) report({ messageId: "noContact", range: where });
    else if (!phone) report({ messageId: "emailOnly", range: where, severity: "warning" });
  },
};
