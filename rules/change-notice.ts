// 처리방침 변경 고지: at least 7 days' notice of a change, and 30 days for changes that matter to users.
import type { Rule } from "../src/runtime/rule.js";
import type { PolicyDocument, Range } from "../src/parse/model.js";
import { bodyLinesMatching, documentStart, findSections, headingRange, lineRange, sectionLines } from "../src/runtime/query.js";
import { MAX_CONTINUATIONS, hardWrapsJoined, wrappedSpan } from "../src/runtime/wraps.js";
import { matchesOf } from "../src/runtime/extract.js";
import notice from "./data/change-notice.json" with { type: "json" };

const EFFECTIVE = /시행/;
const CHANGE_STATEMENT = new RegExp(notice.changeStatement);
const LEAD_TIME = new RegExp(notice.leadTime, "g");
const SIGNIFICANT = new RegExp(notice.significantChange);
const OTHER_NOTICE = new RegExp(notice.otherNotice);
const CHANGE_WORD = new RegExp(notice.changeWord);
// every changeStatement names one of these notice words: a passage with none of them states no change notice
const NOTICE_WORD = /공지|고지|공고|알려|알리|알립|게시|통지|안내/;
// what a statement outside the change section changes: the policy ("이 방침", "처리방침", "Privacy Policy")
const POLICY_WORD = /방침|정책|policy/i;
const KOREAN_NUMBERS: Record<string, number> = { 한: 1, 두: 2, 세: 3 };
const UNIT_DAYS: Record<string, number> = { 일: 1, 주: 7, 주일: 7, 개월: 30, 달: 30 };

interface LeadTime {
  days: number;
  significant: boolean;
  line: number;
}

// every wording of a lead time holds 전 (前) or 후 ("7일 전", "7일 이후 시행"): most lines hold neither
const LEAD_TIME_WORD = /[전前후]/;

function leadTimesIn(line: number, text: string): LeadTime[] {
  const found: LeadTime[] = [];
  if (!LEAD_TIME_WORD.test(text)) return found;
  // "중요한 변경" qualifies the lead time it precedes, within its sentence and after any earlier lead time:
  // "개정 7일 전, 권리에 중대한 변경은 30일 전" gives 7 days (general) and 30 days (significant)
  for (const sentence of text.split(/(?<=[.。])\s+/)) {
    let clauseStart = 0;
    for (const match of matchesOf(LEAD_TIME, sentence)) {
      const { count, unit, week, after, beforeCount, beforeUnit } = match.groups!;
      const days =
        count !== undefined
          ? (Number(count) || KOREAN_NUMBERS[count]) * UNIT_DAYS[unit]
          : beforeCount !== undefined
            ? Number(beforeCount) * UNIT_DAYS[beforeUnit]
            : week !== undefined
              ? 7
              : Number(after);
      found.push({ days, significant: SIGNIFICANT.test(sentence.slice(clauseStart, match.index)), line });
      clauseStart = match.index + match[0].length;
    }
  }
  return found;
}

/** The wrapped passage around the line, its table rows left out: a row is read on its own, not with the rows beside it. */
function spanOutsideTables(document: PolicyDocument, line: number): { first: number; last: number } {
  const inTable = (at: number) => document.tables.some((table) => table.startLine <= at && at <= table.endLine);
  if (inTable(line)) return { first: line, last: line };
  let { first, last } = wrappedSpan(document, line);
  for (let at = line - 1; at >= first; at--) if (inTable(at)) first = Math.max(first, at + 1);
  for (let at = line + 1; at <= last; at++) if (inTable(at)) last = Math.min(last, at - 1);
  return { first, last };
}

interface Statement {
  line: number;
  last: number;
  text: string;
}

/**
 * The statements about changing the policy outside its change section, each read across hard wraps ("시행 7일" over
 * "전부터 공지사항에 게시하고"), from the passage around each line that names a change; the sentences about another
 * notice (휴면 계정, 파기 …) are left out of it.
 */
function statementsAcrossWraps(document: PolicyDocument, seen: ReadonlySet<number>): Statement[] {
  const statements: Statement[] = [];
  const read = new Set<string>();
  for (const { line, text } of bodyLinesMatching(document, CHANGE_WORD)) {
    if (seen.has(line)) continue;
    // most lines that name a change (삭제, 수정, 추가) have no notice word within the farthest a wrapped passage
    // reaches: no passage of theirs is a statement, and finding where it starts and ends is skipped
    const near = document.plain.slice(Math.max(0, line - 1 - MAX_CONTINUATIONS), line + MAX_CONTINUATIONS);
    if (!near.some((part) => NOTICE_WORD.test(part))) continue;
    const { first, last } = spanOutsideTables(document, line);
    if (read.has(`${first}:${last}`) || seen.has(first)) continue;
    read.add(`${first}:${last}`);
    // most lines that name a change (삭제, 수정, 추가) say nothing of a notice: their passage is not built
    if (!document.plain.slice(first - 1, last).some((part) => NOTICE_WORD.test(part))) continue;
    const passage =
      first === last
        ? text
        : document.plain
            .slice(first - 1, last)
            .map((part) => part.trim())
            .join(" ");
    const kept = passage
      .split(/(?<=[.。])\s+/)
      .filter((sentence) => !OTHER_NOTICE.test(sentence))
      .join(" ");
    // the statement stands on the first of its lines that names the change, not on a line it only goes on from
    const at = document.plain.slice(first - 1, last).findIndex((part) => CHANGE_WORD.test(part));
    // (a change of something else announced, "예약 변경 안내 문자 발송", is no statement about the policy)
    // (the policy named in it or in the sentence before it, "이 방침이 바뀌면 … 권리에 중대한 변경은 …")
    const aboutThePolicy = document.plain.slice(Math.max(0, first - 2), last).some((part) => POLICY_WORD.test(part));
    if (CHANGE_STATEMENT.test(kept) && aboutThePolicy) statements.push({ line: first + Math.max(0, at), last, text: kept });
  }
  return statements;
}

export const changeNotice: Rule = {
  meta: {
    id: "change-notice",
    severity: "warning",
    statute: "개인정보 보호법 제30조제2항, 개인정보 처리방침 작성지침(처리방침의 변경)",
    title: { ko: "처리방침 변경 고지", en: "Notice of policy changes" },
    description: {
      ko: "법 제30조제2항은 처리방침을 변경하면 공개하도록 하고, 작성지침은 변경 절에 시행일과 변경 내용을 적도록 합니다. 사전 고지 기간은 법정 기간이 아니라 실무 관행(변경 7일 전 공지, 이용자 권리에 중요한 변경은 30일 전 공지)입니다. 고지 기간이 전혀 없거나, 7일 미만이거나, 일반 변경과 중요 변경 중 하나의 기간만 있으면 경고합니다.",
      en: "PIPA Art. 30(2) requires a changed policy to be published, and the PIPC drafting guideline expects the change section to state effective dates and what changed. Advance notice periods are practice, not statute: at least 7 days before a change, and 30 days before changes that matter to users' rights. No lead time at all, one shorter than 7 days, or only one of the two periods is a warning.",
    },
    example: {
      ko: "이 방침을 변경하는 경우 시행 7일 전부터 공지사항으로 알리며, 정보주체의 권리에 중요한 변경이 있는 경우에는 30일 전에 알립니다.",
      en: "Changes are announced at least 7 days before they take effect, and 30 days before for changes that matter to users' rights.",
    },
    messages: {
      noLeadTime: {
        ko: "처리방침 변경 시 사전 고지 기간(7일 전, 중요한 변경은 30일 전)이 없습니다(법정 기간은 아니며 작성지침·관행에 따른 권고입니다)",
        en: "no advance notice period for policy changes (7 days; 30 days for significant changes) — practice under the PIPC guideline, not a statutory period",
      },
      noChangeSection: {
        ko: "처리방침의 변경에 관한 사항(변경 시 사전 고지 기간: 7일 전, 중요한 변경은 30일 전)이 없습니다(고지 기간은 법정 기간이 아니며 작성지침·관행에 따른 권고입니다)",
        en: "nothing is said about changes to the policy (advance notice: 7 days, 30 for significant changes — practice and the drafting guideline, not statute)",
      },
      noGeneral: {
        ko: "중요한 변경의 고지 기간만 있고 일반 변경의 사전 고지 기간(7일 전)이 없습니다(법정 기간은 아니며 작성지침·관행에 따른 권고입니다)",
        en: "only significant changes get a notice period; ordinary changes need one too (7 days): practice under the PIPC guideline, not a statutory period",
      },
      noSignificant: {
        ko: "일반 변경 고지 기간만 있고 이용자 권리에 중요한 변경의 고지 기간(30일 전)이 없습니다(법정 기간은 아니며 작성지침·관행에 따른 권고입니다)",
        en: "no longer notice period (30 days) for changes that matter to users' rights (practice under the PIPC guideline, not a statutory period)",
      },
      tooShort: {
        ko: "변경 고지 기간 {days}일은 관행상 최소 기간인 7일보다 짧습니다",
        en: "a notice period of {days} day(s) is shorter than the customary 7 days",
      },
    },
  },
  check({ document, report, found }) {
    const sections = findSections(document, "change");
    // a section's sentences read whole, however the lines are wrapped ("바뀌는 내용이 / 있으면 시행 7일 전에")
    const inSections = sections.flatMap((section) => hardWrapsJoined(document, sectionLines(document, section)));
    const seen = new Set<number>();
    for (const section of sections) for (let line = section.startLine; line <= section.endLine; line++) seen.add(line);
    const statements = statementsAcrossWraps(document, seen);
    const leadTimes: LeadTime[] = inSections.flatMap(({ line, text }) => leadTimesIn(line, text));
    for (const { line, text } of statements) leadTimes.push(...leadTimesIn(line, text));
    found(...sections.map((section) => section.startLine), ...leadTimes.map((lead) => lead.line));
    const general = leadTimes.filter((lead) => !lead.significant);
    const significant = leadTimes.filter((lead) => lead.significant);
    const longestGeneral = Math.max(0, ...general.map((lead) => lead.days));
    const longestSignificant = Math.max(0, ...significant.map((lead) => lead.days));
    const at = (line: number | undefined): Range =>
      sections.length > 0 ? headingRange(document, sections[0]) : line !== undefined ? lineRange(document, line) : documentStart(document);

    if (leadTimes.length === 0) {
      // with no change section, the statement about changing the policy itself is the one beside its effective date
      // ("… 바뀌면 공지합니다." / "이 방침은 …부터 시행합니다."), not a promise in another paragraph to amend it
      // when a processor changes
      const besideEffectiveDate = statements.find(({ line, last }) =>
        Array.from({ length: last - line + 3 }, (_, index) => line - 1 + index).some((at) => EFFECTIVE.test(document.plain[at - 1] ?? "")),
      );
      // (no section and no sentence about changing the policy at all: that is what is missing, not only the period)
      const statement = besideEffectiveDate ?? statements[0];
      report({ messageId: sections.length === 0 && !statement ? "noChangeSection" : "noLeadTime", range: at(statement?.line) });
    } else if (general.length === 0) {
      report({ messageId: "noGeneral", range: at(significant[0].line) });
    } else {
      // a period too short is said where it stands; a missing longer period for significant changes, of the section
      if (longestGeneral < notice.generalLeadDays) {
        const longest = general.find((lead) => lead.days === longestGeneral)!;
        report({ messageId: "tooShort", range: lineRange(document, longest.line), data: { days: longestGeneral } });
      }
      if (longestGeneral < notice.significantLeadDays && longestSignificant < notice.significantLeadDays)
        report({ messageId: "noSignificant", range: at(general[0].line) });
    }
  },
};
