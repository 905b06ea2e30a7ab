// Stale law, terms and agency contacts, from dated data; one finding per stale line.
import type { Rule } from "../src/runtime/rule.js";
import { documentStart, linesMatchingEach, matchRange, lineRange, outsideToc, rowTexts, sectionsAt } from "../src/runtime/query.js";
import { readEffectiveDate } from "../src/runtime/dates.js";
import outdated from "./data/outdated-references.json" with { type: "json" };
import dates from "./data/dates.json" with { type: "json" };
import type { Report, Severity } from "../src/runtime/rule.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { HANGUL, fieldOf, matchesOf } from "../src/runtime/extract.js";
import { replaceSpan } from "../src/runtime/edits.js";
import { settleParticles } from "../src/runtime/particles.js";
import { isRevisionHistoryLine, isRevisionRecordLine } from "../src/runtime/revision-history.js";
import { locate, nameAcrossWrap, wrappedSpan } from "../src/runtime/wraps.js";

interface Replacement {
  /** where on the line the stale text is replaced */
  match: string;
  text: string;
  /** a fix is applied without asking; a suggestion is offered */
  apply: "fix" | "suggestion";
}

const ENTRIES = outdated.entries.map((entry) => ({
  ...entry,
  group: "group" in entry ? entry.group : undefined,
  regex: new RegExp(entry.pattern),
  everywhere: new RegExp(entry.pattern, "g"),
  alsoOnLine: "alsoOnLine" in entry ? new RegExp(entry.alsoOnLine as string) : null,
  current: "current" in entry ? new RegExp(entry.current as string) : null,
  replacements: ("replacements" in entry ? (entry.replacements as Replacement[]) : []).map((replacement) => ({
    ...replacement,
    match: new RegExp(replacement.match, "g"),
  })),
}));
type Entry = (typeof ENTRIES)[number];
const MISMATCHES = outdated.mismatches.map((pair) => ({
  agency: new RegExp(pair.agency),
  foreign: new RegExp(pair.foreign, "gi"),
  own: "own" in pair ? (pair.own as string) : undefined,
  wrong: "wrong" in pair ? new RegExp(pair.wrong as string, "g") : undefined,
}));

// a short number that is part of an address, not a number to call: a building's after a road's name ("중앙로 1336",
// "세종대로 209"), a room's, a flat's or a lot's ("118호", "1301동", "182번지")
const ROAD_BEFORE = /(?:로|길)\s?(?:\d{1,3}\s?번\s?길\s?)?$/;
const UNIT_AFTER = /^\s?(?:호|동|번지|층|번길)(?![가-힣])/;

function isAddressNumber(text: string, match: RegExpExecArray): boolean {
  if (!/^\d+$/.test(match[0])) return false;
  return (
    ROAD_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) || UNIT_AFTER.test(text.slice(match.index + match[0].length))
  );
}

/** The first match of a global pattern in the text that is not an address's number. */
function firstContact(pattern: RegExp, text: string): RegExpExecArray | null {
  return matchesOf(pattern, text).find((match) => !isAddressNumber(text, match)) ?? null;
}

const ANY_AGENCY = new RegExp(outdated.mismatches.map((pair) => `(?:${pair.agency})`).join("|"), "g");
// scanned for together: one pass over the text finds the lines each may be on
const SCANNED = [...ENTRIES.map((entry) => entry.regex), ANY_AGENCY];

// between the agencies of a list ("대검찰청 / 경찰청", "대검찰청·경찰청"), and between the contacts given after it
const LIST_JOIN = /^\s{0,3}(?:[/·ㆍ,，、]|및|와|과)\s{0,3}$/;
const CONTACT_BREAK = /\s{0,3}[/·ㆍ,，、]\s{0,3}/;

/**
 * An agency named with another agency's number or site; a line listing several agencies is read agency by agency,
 * and agencies listed together with their contacts after them in the same order ("대검찰청 / 경찰청  1301 / 182")
 * each with its own.
 */
type Mismatch = { agency: string; contact: string; own?: string; line?: number };

function findMismatch(text: string): Mismatch | null {
  if (!/위원회|센터|검찰|경찰/.test(text)) return null;
  const agencies = matchesOf(ANY_AGENCY, text);
  const segments = agencies.map((match, i) => text.slice(match.index, agencies[i + 1]?.index ?? text.length));
  for (let i = 0; i < agencies.length; i++) {
    let last = i;
    while (last + 1 < agencies.length && LIST_JOIN.test(segments[last].slice(agencies[last][0].length))) last++;
    if (last > i) {
      const tail = segments[last].slice(agencies[last][0].length).trim();
      const contacts = tail.split(CONTACT_BREAK);
      if (contacts.length === last - i + 1) for (let k = i; k <= last; k++) segments[k] = `${agencies[k][0]} ${contacts[k - i]}`;
      i = last;
    }
  }
  for (const segment of segments) {
    for (const pair of MISMATCHES) {
      const agency = pair.agency.exec(segment);
      if (!agency || agency.index !== 0) continue;
      const contact = firstContact(pair.foreign, segment);
      if (contact) return { agency: agency[0], contact: contact[0] };
      // its own number mistyped ("분쟁조정위원회 1833-6792"), or a number mistaken for it ("경찰청 사이버수사국 112")
      const wrong = pair.wrong && firstContact(pair.wrong, segment);
      if (wrong && pair.own) return { agency: agency[0], contact: wrong[0], own: pair.own };
    }
  }
  return null;
}

const OLD_BEFORE = new RegExp(outdated.recordedAsOld.before);
const RENAMED_FROM = new RegExp(outdated.recordedAsOld.renamedFrom);
const RENAMED_TO = new RegExp(outdated.recordedAsOld.renamedTo);
// how far before an old name a word that dates it may stand ("당시 명칭 : 「", "(舊 "), and after it the current name
const DATING_WORD_SPAN = 12;
const RENAMING_SPAN = 40;

/**
 * True when the sentence from an old law's name on acts on it now: the law is its ground ("…」 제10조에 따라") for a
 * processing it does or may do ("제공할 수 있습니다", "처리합니다"), not for one done under it ("…에 따라 등록한 파일").
 */
function actsOnIt(rest: string): boolean {
  const ground = USED_AS_GROUND.exec(rest);
  if (!ground) return false;
  const sentence = rest.slice(ground[0].length).split(SENTENCE_BREAK)[0];
  const acts = ACTS_NOW.exec(sentence);
  return acts !== null && !DONE_UNDER_IT.test(sentence.slice(0, acts.index));
}
const ACTS_NOW = /(?:제공|이용|처리|수집|보유|보관|파기|공개|열람)(?:할[ \t]{0,2}수[ \t]{0,2}있|합니다|하며|하고|됩니다)/;
const DONE_UNDER_IT = /(?:등록|수집|처리|제공|보유|작성|지정)(?:한|된|했|하였|되었)/;
const USED_AS_GROUND =
  /^[ \t]{0,2}[」』]?[ \t]{0,2}(?:제[ \t]{0,2}\d{1,3}[ \t]{0,2}조(?:의[ \t]{0,2}\d{1,2})?(?:[ \t]{0,2}제[ \t]{0,2}\d{1,2}[ \t]{0,2}항)?[ \t]{0,2})?(?:에[ \t]{0,2})?(?:따라|따른|의거|의하여|근거하여|근거한)/;

/**
 * True when the old name at [start, end) is recorded as old: after a word that dates it ("구", "舊", "종전의",
 * "당시 명칭") and not cited as the ground of what is done ("종전 「…」 제10조에 따라 제공할 수 있습니다"), or renamed to
 * the current name right after it ("개인정보취급방침 → 개인정보 처리방침",
 * "개인정보취급방침에서 개인정보 처리방침으로 변경").
 */
function recordedAsOld(entry: Entry, text: string, start: number, end: number): boolean {
  if (!entry.current) return false;
  const after = text.slice(end, end + RENAMING_SPAN);
  // "종전 「…법률」 제10조에 따라 제공할 수 있습니다": dated, but still the ground the policy acts on
  if (OLD_BEFORE.test(text.slice(Math.max(0, start - DATING_WORD_SPAN), start))) return !actsOnIt(text.slice(end));
  const current = entry.current.exec(after);
  if (!current) return false;
  const between = after.slice(0, current.index);
  return RENAMED_FROM.test(between) && RENAMED_TO.test(after.slice(current.index + current[0].length));
}

// "「노인복지법」 제39조의6(노인학대 신고의무)": an article cited under another law is that law's, whatever the Network
// Act's or PIPA's article of the same number was
const LAW_BEFORE = /(?:「[^「」]{1,40}」|[가-힣]{2,20}법)(?:\s{0,2}시행\s{0,2}(?:령|규칙))?\s{0,2}$/;
const OWN_LAWS = /개인\s{0,2}정보\s{0,2}보호\s{0,2}법|정보\s{0,2}통신망/;
const LAW_REACH = 45;
const ARTICLE_CITED = /^제\s{0,2}\d/;

function citedUnderAnotherLaw(text: string, match: RegExpExecArray): boolean {
  if (!ARTICLE_CITED.test(match[0])) return false;
  const law = LAW_BEFORE.exec(text.slice(Math.max(0, match.index - LAW_REACH), match.index));
  return law !== null && !OWN_LAWS.test(law[0]);
}

const NETWORK_ACT = outdated.networkActBasis;
const ACT_NAME = new RegExp(NETWORK_ACT.name, "g");
const ACT_ARTICLE = new RegExp(NETWORK_ACT.article);
const ACT_BASIS = new RegExp(NETWORK_ACT.basis);
const ACT_TERM = new RegExp(NETWORK_ACT.definesTerm);
const ACT_TOPIC = new RegExp(NETWORK_ACT.topic);
const ACT_IN_FORCE = new RegExp(NETWORK_ACT.inForce);
const ACT_REPLACED = new RegExp(NETWORK_ACT.replaced);
const ALONGSIDE_PIPA = new RegExp(NETWORK_ACT.alongsidePipa);
// "(이하 '정보통신망법'이라 한다)" after the name
const SHORT_NAME_NOTE = /^\s{0,2}[(（]\s{0,2}이하[^)）]{0,30}[)）]/;
// a sentence citing the act may run onto the next lines, and the act's name with it
const CONTINUATION_LINES = 2;
const ENDS_SENTENCE = /(?:[.。]|다)\s{0,3}$/;
const SENTENCE_BREAK = /[.。](?=\s|$)/;
// how far after the name the words that make it a basis may stand ("…, 「개인정보 보호법」 등 관련 법령상의 …")
const BASIS_SPAN = 120;

/**
 * 정보통신망법 cited with no article as the basis for protecting personal information or for the policy, once per
 * line: the line's first such citation, read with the sentence around it, which may run onto the next lines.
 */
function networkActBases(document: PolicyDocument, skip: (line: number) => boolean): { line: number; report: Omit<Report, "messageId"> }[] {
  const bases: { line: number; report: Omit<Report, "messageId"> }[] = [];
  document.plain.forEach((text, index) => {
    const line = index + 1;
    if (!text.includes("통신망") || skip(line)) return;
    let joined = text;
    for (let next = index + 1; next <= index + CONTINUATION_LINES && next < document.plain.length; next++) {
      if (ENDS_SENTENCE.test(joined) || document.plain[next].trim() === "") break;
      joined += ` ${document.plain[next].trim()}`;
    }
    for (const name of matchesOf(ACT_NAME, joined)) {
      if (name.index >= text.length) break;
      const before = joined.slice(0, name.index);
      const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("。")) + 1;
      const after = joined.slice(name.index + name[0].length);
      const breakAt = after.search(SENTENCE_BREAK);
      const rest = (breakAt < 0 ? after : after.slice(0, breakAt)).replace(SHORT_NAME_NOTE, "");
      const sentence = `${before.slice(sentenceStart)}${name[0]}${rest}`;
      // an article leaves the citation to the article entries; what the act still governs, and a sentence saying
      // it was replaced, are no stale basis
      if (ACT_ARTICLE.test(rest) || !ACT_BASIS.test(rest.slice(0, BASIS_SPAN)) || !ACT_TOPIC.test(sentence)) continue;
      if (ACT_TERM.test(rest) || ACT_IN_FORCE.test(sentence) || ACT_REPLACED.test(sentence)) continue;
      const alongside = ALONGSIDE_PIPA.test(sentence);
      bases.push({
        line,
        report: {
          range: matchRange(line, name.index, Math.min(name[0].length, text.length - name.index)),
          severity: alongside ? "info" : (NETWORK_ACT.severity as Severity),
          data: alongside
            ? { messageKo: NETWORK_ACT.alongsideKo, messageEn: NETWORK_ACT.alongsideEn }
            : { messageKo: NETWORK_ACT.ko, messageEn: NETWORK_ACT.en },
        },
      });
      return;
    }
  });
  return bases;
}

// an agency's contact given on the lines under its name ("개인정보분쟁조정위원회" / "- 전화번호 : 118")
const CONTACT_LINES = 3;
const MAX_CONTACT_LINE = 80;
const OWN_CONTACT = /\d{3}|www\.|https?:|\.kr\b/;
const DEFINITION = /^\s{0,8}[:：]\s+/;
const CONTACT_LABEL = /전\s*화|연락처|번\s*호|홈\s*페\s*이\s*지|사이트|누리집|URL|웹|이\s*메\s*일|메일/i;

/** The agency named last on a line, checked against the contact fields on the lines below it. */
function contactOnNextLines(document: PolicyDocument, line: number): Mismatch | null {
  const text = document.plain[line - 1];
  // an agency inside another field ("주 소 : … 개인정보침해신고센터") is not a heading for the fields below,
  // and one given with its own number or site has its contact on its own line
  if (OWN_CONTACT.test(text) || fieldOf(text)) return null;
  const last = matchesOf(ANY_AGENCY, text).pop();
  if (!last) return null;
  const named = text.slice(last.index);
  const pair = MISMATCHES.find((candidate) => candidate.agency.exec(named)?.index === 0);
  if (!pair) return null;
  // a page's definition term over its description ("<dt>개인정보 분쟁조정위원회</dt>" over "<dd>1833-6792 / …</dd>"): the
  // description is the agency's contact, labelled or not
  const description = document.definitionTerms.get(line);
  if (description !== undefined) {
    const mismatch = findMismatch(`${named.trim()} ${(document.plain[description - 1] ?? "").trim()}`);
    if (mismatch) return { ...mismatch, line: description };
  }
  for (let next = line + 1; next <= Math.min(document.plain.length, line + CONTACT_LINES); next++) {
    const following = document.plain[next - 1];
    if (following.trim() === "") continue;
    // a definition under its term, as Markdown extensions write one (": (국번없이) 1833-6792"): the agency's contact
    if (DEFINITION.test(following)) {
      const mismatch = findMismatch(`${named.trim()} ${following.replace(DEFINITION, "")}`);
      if (mismatch) return { ...mismatch, line: next };
    }
    const field = fieldOf(following);
    if (!field || !CONTACT_LABEL.test(field.label) || following.trim().length > MAX_CONTACT_LINE) break;
    const contact = firstContact(pair.foreign, following);
    if (contact) return { agency: pair.agency.exec(named)![0], contact: contact[0], line: next };
  }
  return null;
}

/**
 * The data's corrections for the stale text at [start, end) of a line. The first replacement that fits picks
 * the span; the others count only on that same span (1336 → 118 or → 1833-6972, never inside 1336.or.kr).
 */
function correctionsFor(
  document: PolicyDocument,
  entry: Entry,
  line: number,
  start: number,
  end: number,
): Pick<Report, "fix" | "suggestions"> {
  const corrections: Pick<Report, "fix" | "suggestions"> = {};
  const text = document.plain[line - 1];
  let span: { index: number; text: string } | null = null;
  for (const replacement of entry.replacements) {
    const fits = matchesOf(replacement.match, text).find((match) =>
      span ? match.index === span.index && match[0] === span.text : match.index < end && match.index + match[0].length > start,
    );
    if (!fits) continue;
    span = { index: fits.index, text: fits[0] };
    const edit = replaceSpan(document, line, fits.index, fits[0].length, replacement.text);
    if (!edit) return {};
    if (replacement.apply === "fix") corrections.fix ??= edit;
    else {
      const desc = {
        ko: settleParticles(`'${fits[0]}'을(를) '${replacement.text}'(으)로 바꾸기`),
        en: `Replace '${fits[0]}' with '${replacement.text}'`,
      };
      (corrections.suggestions ??= []).push({ desc, edit });
    }
  }
  return corrections;
}

export const outdatedReference: Rule = {
  meta: {
    id: "outdated-reference",
    severity: "warning",
    statute: "개인정보 보호법(2011-09-30 시행, 2020-08-05·2023-09-15 개정), 개인정보 처리방침 작성지침",
    title: { ko: "낡은 법령·용어·연락처", en: "Outdated law, terms and contacts" },
    description: {
      ko: "폐지된 법률(공공기관의 개인정보보호에 관한 법률), 폐지되거나 옮겨진 조항(정보통신망법의 개인정보 조항, 개인정보 유효기간제, 본인확인 기록 6개월), 옛 명칭(개인정보취급방침, 개인정보 관리책임자), 없어진 기관과 연락처(1336, 사이버테러대응센터, cyberbureau.police.go.kr, kopico.or.kr 등), 다른 기관의 연락처를 붙여 적거나 기관의 번호를 잘못 적은(분쟁조정위원회 1833-6792, 경찰청 사이버수사국 112) 줄을 줄마다 경고합니다. 정보통신망법만을 개인정보 보호나 처리방침의 근거로 든 문장도 경고하고, 개인정보 보호법과 함께 든 서문은 안내(정보)합니다. 1년 미이용 시 분리보관·파기를 유효기간제라는 이름 없이 '관련 법령에 따라' 하는 의무로 적은 문장은 안내(정보)합니다(회사가 스스로 정한 휴면 정책은 괜찮습니다). 2023-09-15 개정 전부터 시행된 처리방침에는 개정으로 바뀐 사항을 안내(정보)합니다. 항목과 날짜는 rules/data/outdated-references.json에 있습니다.",
      en: "Warns on each line that rests on repealed or moved laws and provisions (the repealed act on public bodies' personal information, the Network Act's privacy articles, the 1-year dormancy rule, 6-month identity records), uses old names (개인정보취급방침, 개인정보 관리책임자), gives defunct agencies or contacts (1336, the Cyber Terror Response Center, cyberbureau.police.go.kr, kopico.or.kr …), or pairs an agency with another agency's contact or a mistyped number of its own (the mediation committee's 1833-6792, 112 for the police cyber bureau). A sentence that cites the Network Act alone as the basis for protecting personal information or for the policy is warned about; a preamble that cites it beside the Personal Information Protection Act gets an info note. A sentence that gives separating or destroying data after a year of non-use as a duty under 'the relevant laws', without naming the repealed rule, gets an info note (a dormancy practice of the company's own is fine). A policy in force from before the 2023-09-15 amendment gets one info note on what changed. Entries and dates are data in rules/data/outdated-references.json.",
    },
    example: {
      ko: "- 경찰청: (국번없이) 182, ecrm.police.go.kr\n- 개인정보 보호책임자: 김하늘",
      en: "- National Police Agency: 182, ecrm.police.go.kr\n- 개인정보 보호책임자 (privacy officer): Kim Haneul",
    },
    messages: {
      stale: { ko: "{messageKo}", en: "{messageEn}" },
      mismatch: {
        ko: "{agency}에 다른 기관의 연락처({contact})를 적었습니다",
        en: "{agency} is given another agency's contact ({contact})",
      },
      wrongContact: {
        ko: "{agency}의 연락처를 잘못 적었습니다('{contact}'): {own}입니다",
        en: "the {agency}'s number is mistyped ('{contact}'): it is {own}",
      },
      predates2023: {
        ko: "시행일({date})이 2023-09-15 개정법 시행 전입니다: {changesKo}에 관한 변경을 반영했는지 확인하십시오",
        en: "the policy took effect ({date}) before the 2023-09-15 amendment: check {changesEn}",
      },
    },
  },
  check({ document, report }) {
    // one scan of the whole text for every pattern; the findings are then reported line by line, as read
    const lines = linesMatchingEach(document, SCANNED);
    const onBody = (which: number) => outsideToc(document, lines[which]);
    const found: { line: number; order: number; group?: string; report: () => void }[] = [];
    // entries of one group give one finding per line: the first listed, the most specific
    const reportedGroups = new Set<string>();
    const inHistory = (line: number) => isRevisionHistoryLine(document, line);
    ENTRIES.forEach((entry, order) => {
      for (const line of onBody(order)) {
        const text = document.plain[line - 1];
        if (entry.alsoOnLine && !entry.alsoOnLine.test(text)) continue;
        // an old name in a revision history, or recorded as old, is not the policy's current use of it
        // (an old number or statute only on a line that itself records a revision — a version table's row, a
        // dated entry, a summary of the changes: a section titled as a history, which the outline may read too
        // widely, keeps the renamed names only)
        if (inHistory(line) && (entry.current || isRevisionRecordLine(document, line))) continue;
        const match = matchesOf(entry.everywhere, text).find(
          (candidate) =>
            !isAddressNumber(text, candidate) &&
            !(entry.current && recordedAsOld(entry, text, candidate.index, candidate.index + candidate[0].length)),
        );
        if (!match || citedUnderAnotherLaw(text, match)) continue;
        if (entry.group) {
          if (reportedGroups.has(`${entry.group}:${line}`)) continue;
          reportedGroups.add(`${entry.group}:${line}`);
        }
        const range = matchRange(line, match.index, match[0].length);
        const data = { messageKo: entry.ko, messageEn: entry.en };
        const corrections = correctionsFor(document, entry, line, match.index, match.index + match[0].length);
        found.push({
          line,
          order,
          group: entry.group,
          report: () => report({ messageId: "stale", range, severity: entry.severity as Severity, data, ...corrections }),
        });
      }
    });
    // a statute's name cut by a hard wrap inside its brackets ("「공공기관의 개인정보보호에" / "관한 법률」"): the lines
    // are read joined where an entry matches across the break only, and the finding is put where the name starts
    for (const line of citationsCutByWrap(document)) {
      if (inHistory(line) || found.some((entry) => entry.line === line || entry.line === line + 1)) continue;
      ENTRIES.forEach((entry, order) => {
        if (entry.alsoOnLine || found.some((other) => other.line === line)) return;
        const joined = nameAcrossWrap(document, line, entry.everywhere);
        if (!joined) return;
        const match = matchesOf(entry.everywhere, joined.text).find(
          (candidate) =>
            candidate.index < joined.parts[1].at &&
            !recordedAsOld(entry, joined.text, candidate.index, candidate.index + candidate[0].length),
        );
        if (!match || citedUnderAnotherLaw(joined.text, match)) return;
        const start = locate(joined, match.index);
        const length = Math.min(match[0].length, (document.plain[start.line - 1] ?? "").length - start.index);
        const data = { messageKo: entry.ko, messageEn: entry.en };
        found.push({
          line,
          order,
          report: () =>
            report({ messageId: "stale", range: matchRange(start.line, start.index, length), severity: entry.severity as Severity, data }),
        });
      });
    }
    // 정보통신망법 as the basis for personal-information duties, with no article (each line is tested for the act's
    // name first; few policies name it at all)
    const skip = (line: number) => document.tocLines.has(line) || reportedGroups.has(`network-act:${line}`) || inHistory(line);
    for (const basis of networkActBases(document, skip))
      found.push({ line: basis.line, order: ENTRIES.length, report: () => report({ messageId: "stale", ...basis.report }) });
    for (const line of onBody(ENTRIES.length)) {
      const mismatch =
        rowTexts(document, line)
          .map(findMismatch)
          .find((found) => found !== null) ?? contactOnNextLines(document, line);
      if (mismatch)
        found.push({
          line: mismatch.line ?? line,
          order: ENTRIES.length,
          report: () =>
            report({
              messageId: mismatch.own ? "wrongContact" : "mismatch",
              range: lineRange(document, mismatch.line ?? line),
              data: { own: "", ...mismatch },
            }),
        });
    }
    // one sentence hard-wrapped over lines that each name the same stale duty ("…법률 제29조 및" over "개인정보
    // 유효기간제에 따라…") is one finding, at its first line
    const reportedInGroup: { group: string; line: number }[] = [];
    // an English translation that repeats a Korean passage of its section ("Dispute Mediation Committee: 1833-6972
    // (www.kopico.or.kr)" under "분쟁조정위원회: … (www.kopico.or.kr)") repeats its stale entry: one finding, the Korean one's
    const sectionOf = (line: number) =>
      sectionsAt(document, line)
        .filter((section) => section.heading.isTitle)
        .at(-1);
    const isKorean = (line: number) => HANGUL.test(document.plain[line - 1] ?? "");
    const inKorean = found.filter((entry) => entry.order < ENTRIES.length && isKorean(entry.line));
    const repeatsKorean = (entry: (typeof found)[number]) => {
      if (entry.order >= ENTRIES.length || isKorean(entry.line)) return false;
      const section = sectionOf(entry.line);
      return inKorean.some((korean) => korean.order === entry.order && sectionOf(korean.line) === section);
    };
    for (const entry of found.sort((a, b) => a.line - b.line || a.order - b.order)) {
      if (repeatsKorean(entry)) continue;
      const { group } = entry;
      if (group) {
        const { first } = wrappedSpan(document, entry.line);
        if (reportedInGroup.some((other) => other.group === group && other.line >= first && other.line < entry.line)) continue;
        reportedInGroup.push({ group, line: entry.line });
      }
      entry.report();
    }
    const { date } = readEffectiveDate(document);
    if (date && date.iso < dates.amendment2023) {
      report({
        messageId: "predates2023",
        range: documentStart(document),
        severity: "info",
        data: { date: date.iso, changesKo: dates.amendment2023Changes.ko, changesEn: dates.amendment2023Changes.en },
      });
    }
  },
};

/** The body lines that open a statute's name in 「 and leave it unclosed: the name runs on over a hard wrap. */
function citationsCutByWrap(document: PolicyDocument): number[] {
  const cut: number[] = [];
  document.plain.forEach((text, index) => {
    const open = text.lastIndexOf("「");
    if (open >= 0 && text.indexOf("」", open) < 0 && !document.tocLines.has(index + 1)) cut.push(index + 1);
  });
  return cut;
}
