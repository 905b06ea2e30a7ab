// Retention periods too vague to predict when data is deleted.
import type { Rule } from "../src/runtime/rule.js";
import { wrappedBoxRow } from "../src/runtime/table-rows.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { lineRange, linesBetween, matchRange, sectionEndAt } from "../src/runtime/query.js";
import { assessTopic } from "../src/runtime/required.js";
import { fieldOf, findPeriods, isPlaceholder, matchesOf } from "../src/runtime/extract.js";
import { isContinuation, joinedFrom, locate } from "../src/runtime/wraps.js";
import items from "./data/conditional-items.json" with { type: "json" };
import sectionTopics from "./data/section-topics.json" with { type: "json" };

const spec = items.vagueRetention;
const VAGUE_PERIOD_EACH = new RegExp(spec.vaguePeriod, "g");
const UNTIL_PURPOSE = new RegExp(spec.untilPurpose);
const CONCRETE = new RegExp(spec.concreteAnchor);
// "관계 법령에 따라 일정 기간" is retention-statute's finding; reporting it twice helps no one
const COVERED_ELSEWHERE = new RegExp(spec.coveredElsewhere);
// "내부 방침 및 관련 법령에 따라 일정기간": the company's own rule sets the period, so no statute covers it
const INTERNAL_RULE = new RegExp(spec.internalRule);
// what a company keeps by its own rule is often named by the reason alone ("악의적 이용 방지 … 보존기간 : 30일")
const INTERNAL_REASON = new RegExp(`${spec.internalRule}|${spec.internalReason}`);
// "그 책임을 입증하기 위한 기간 동안": a period the company's own judgement sets, whatever law the duty comes from
const PROVING_PERIOD = new RegExp(spec.provingPeriod);
// how many lines below a reason its period is looked for ("부정 이용 방지" / "보존 항목: …" / "보존 기간: 1년")
const REASON_REACH = 3;
const STATUTE = new RegExp(spec.statuteWithoutArticle);
const ARTICLE = /제\s*\d+\s*조/;
// tested on the trimmed line
const ARTICLE_ALONE = /^제\s?\d{1,3}\s?조(?:의\s?\d{1,2})?(?:\s?제\s?\d{1,2}\s?항)?(?:\s?제\s?\d{1,2}\s?호)?[)）]?$/;
const LIST_BELOW = new RegExp(spec.listBelow);
// the lines read below a sentence that points to a list ("아래 정보는 정해진 기간 보관합니다" over "- 로그기록: 3개월")
const LIST_LINES = 8;

// a table's column of retention periods ("보유기간", "보존 기간", "보유 및 이용기간")
const PERIOD_COLUMN = /(?:보유|보존|보관)[^|]{0,8}기간/;
// a provision table's column of recipients ("제공받는 자", "제공처")
const RECIPIENT_HEADER = /제공\s{0,2}받는|받는\s{0,2}자|제공처|수령\s{0,2}(?:자|기관|처)/;
// the forms whose blank cells are blank: a page's table spans its merged cells (rowspan), a Markdown table cannot
// merge; a text table's blank cell may mean "as above"
const SPANNED_FORMS = new Set(["html", "markdown"]);

/**
 * The rows of a page's or a Markdown table whose retention-period cell is blank or a dash, where the table gives
 * other rows their periods ("여권 발급 신청자 명단 | 여권법 제9조 | … | (blank)"): the row's line and its first cell.
 */
function blankPeriodCells(document: PolicyDocument): { line: number; record: string }[] {
  const blank: { line: number; record: string }[] = [];
  for (const table of document.tables) {
    // (a recipient's period in a provision table is third-party-provision's finding, not the controller's retention)
    if (!SPANNED_FORMS.has(table.form) || table.header.cells.some((cell) => RECIPIENT_HEADER.test(cell.text))) continue;
    const column = table.header.cells.findIndex((cell) => PERIOD_COLUMN.test(cell.text));
    if (column <= 0) continue;
    const rows = table.rows.filter((row) => row.cells.length === table.header.cells.length && !isPlaceholder(row.cells[0].text));
    const empty = rows.filter((row) => isPlaceholder(row.cells[column].text));
    if (empty.length === 0 || empty.length === rows.length) continue;
    for (const row of empty) blank.push({ line: row.line, record: row.cells[0].text.trim() });
  }
  return blank;
}

/** The sentence of `text` that holds `index`: from the end of the sentence before it to the end of its own. */
function sentenceAround(text: string, index: number): string {
  const end = /[다요]\s*[.。]|[.。](?=\s)/g;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (stop > index) return text.slice(start, stop);
    start = stop;
  }
  return text.slice(start);
}

// the personal data as a whole as the object kept, not one record ("상담 내역을 … 보관합니다")
const DATA_IN_GENERAL = /개인\s{0,2}정보(?:를|는|은|도)/;
// a list item's mark at the start of a line ("①", "-", "1)", "가.")
const ITEM_LEAD = /^\s*(?:[-*•·▶■□◆◇○●◦▪※]|\d{1,2}[.)]|\(\d{1,2}\)|[가-하][.)]|[①-⑳])/;

/** True when the lines right under `line` in its section are list items, some of them with a period of their own. */
function itemsWithPeriodsBelow(document: PolicyDocument, line: number): boolean {
  const below = linesBetween(document, line + 1, Math.min(line + LIST_LINES, sectionEndAt(document, line))).filter(
    ({ text }) => text.trim() !== "",
  );
  return below.length > 0 && ITEM_LEAD.test(below[0].text) && below.some(({ text }) => findPeriods(text).length > 0);
}

/**
 * True when the retention section, on a line other than `line`, gives a period for what is kept by the company's own
 * rule: the rule or its reason named ("내부 방침(탈퇴 후 30일)", "부정 이용 방지 … 보존기간 : 1년"), the period on
 * its line or a few lines below.
 */
function internalPeriodStated(document: PolicyDocument, line: number): boolean {
  // sentences, each read whole across its hard wraps
  const sentences = assessTopic(document, "retention")
    .body.filter((entry) => entry.line !== line && entry.text.trim() !== "" && !isContinuation(document, entry.line))
    .map((entry) => (entry.text === document.plain[entry.line - 1] ? (joinedFrom(document, entry.line)?.text ?? entry.text) : entry.text));
  return sentences.some(
    (text, at) => INTERNAL_REASON.test(text) && sentences.slice(at, at + 1 + REASON_REACH).some((below) => findPeriods(below).length > 0),
  );
}

export const vagueRetention: Rule = {
  meta: {
    id: "vague-retention",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항제2호, 개인정보 처리방침 작성지침(처리 및 보유 기간), 처리방침 평가 지표 3",
    title: { ko: "모호한 보유기간", en: "Vague retention periods" },
    description: {
      ko: "보유기간은 언제 파기되는지 예측할 수 있게 구체적으로 적어야 합니다. '필요한 기간', '일정 기간'처럼 기간을 정하지 않은 표현(제3자 제공·국외 이전의 보유·이용기간을 '해당 업체의 방침에 따른 기간'처럼 받는 쪽에 맡긴 것도)이나, 다른 기준 없이 '목적 달성 시까지'만 적은 줄은 경고합니다(2024년 평가에서 절반 이상이 지적됨). 표에서 다른 행은 보유기간을 적었는데 한 행만 보유기간 칸이 비어 있거나 '-'이면 경고합니다(웹 페이지와 Markdown 표). 파기 절차의 '내부 방침 및 관련 법령에 따라(보유 및 이용기간 참조) 일정 기간 저장된 후 파기'는 보유기간이 내부 방침으로 보관하는 정보와 그 기간을 밝힐 때만 충족됩니다. 법령에 따른 보존을 적으면서 조문을 밝히지 않으면 안내(정보)합니다: 평가는 법률명·조문·항목·기간을 모두 적어야 '우수'로 봅니다.",
      en: "Retention periods must let people predict when their data is deleted. Wording with no period ('as long as necessary', 'for a certain period'; also a recipient's or an overseas receiver's period left to 'that company's own policy'), or 'until the purpose is achieved' with nothing more concrete, is a warning — more than half the policies evaluated in 2024 did this. The destruction template 'kept for a certain period under internal rules and the relevant laws (see retention), then destroyed' is answered only when the retention section says what the internal rule keeps and for how long. Statutory retention that names the law but not the article gets an info note: the evaluation grades only law + article + items + period as complete. A table row whose retention cell is blank or a dash, where the other rows give theirs, is a warning too (page and Markdown tables).",
    },
    example: {
      ko: "회원 정보: 회원 탈퇴 시까지 / 상담 기록: 상담 완료 후 1년",
      en: "Member data: until the member leaves / Support records: 1 year after the request is closed",
    },
    messages: {
      vaguePeriod: {
        ko: "'{phrase}'은(는) 보유기간이 아닙니다: 구체적인 기간을 적으십시오",
        en: "'{phrase}' is not a retention period: give a concrete one",
      },
      untilPurpose: {
        ko: "'목적 달성 시까지'만으로는 언제 파기되는지 알 수 없습니다",
        en: "'until the purpose is achieved' alone does not say when data is deleted",
      },
      internalPeriod: {
        ko: "'{phrase}': 내부 방침에 따라 보관한다면서 무엇을 얼마 동안 보관하는지 보유기간에 적지 않았습니다",
        en: "'{phrase}': data kept under an internal rule, but the retention section does not say what it keeps or for how long",
      },
      noArticle: { ko: "보존 근거 법률의 조문이 없습니다", en: "the statute for this retention is named without its article" },
      blankPeriod: {
        ko: "'{record}'의 보유기간 칸이 비어 있습니다",
        en: "the retention period cell for '{record}' is blank",
      },
    },
  },
  check({ document, report }) {
    for (const { line, record } of blankPeriodCells(document))
      report({ messageId: "blankPeriod", range: lineRange(document, line), data: { record } });
    // a period is stated where data is kept, and also where it is destroyed ("일정기간 저장된 후 파기")
    const destruction = assessTopic(document, "destruction").body;
    const destructionLines = new Set(destruction.map(({ line }) => line));
    const body = [...assessTopic(document, "retention").body, ...destruction];
    const seen = new Set<number>();
    for (const entry of body) {
      // a sentence hard-wrapped over indented lines is read whole, from its first line
      if (seen.has(entry.line) || isContinuation(document, entry.line)) continue;
      seen.add(entry.line);
      // a heading's own body text (a run-on title) stands alone; a plain line is read with its continuations
      const joined = entry.text === document.plain[entry.line - 1] ? joinedFrom(document, entry.line) : null;
      const text = joined?.text ?? entry.text;
      const rangeOf = (index: number, length: number) => {
        const where = joined ? locate(joined, index) : { line: entry.line, index };
        return matchRange(where.line, where.index, length);
      };
      const proving = PROVING_PERIOD.exec(text);
      const vagues = matchesOf(VAGUE_PERIOD_EACH, text);
      // each vague phrase on the line is read in its own sentence: a paragraph of several sentences may give one
      // record a vague period beside others that are concrete or left to the law
      const vague = (vagues.length > 0 ? vagues : proving ? [proving] : []).find((candidate) => {
        // a period elsewhere on a run-together line ("… 일정기간 저장된 후 파기됩니다. 5일 이내에 …") does not make this one concrete
        const sentence = sentenceAround(text, candidate.index);
        if (findPeriods(sentence).length > 0) return false;
        // a sentence that announces the list below it gives its periods there
        const periodsBelow =
          LIST_BELOW.test(sentence) &&
          linesBetween(document, entry.line + 1, Math.min(entry.line + LIST_LINES, sectionEndAt(document, entry.line))).some(
            ({ text: below }) => findPeriods(below).length > 0,
          );
        if (periodsBelow) return false;
        // an opening sentence over a list of items that give their own periods ("회사는 … 필요한 기간 동안 개인정보를
        // 보유합니다." over "① 회원 정보: 탈퇴 후 30일") says what the list then says precisely
        if (
          DATA_IN_GENERAL.test(sentence) &&
          fieldOf(text) === null &&
          !ITEM_LEAD.test(text) &&
          itemsWithPeriodsBelow(document, entry.line)
        )
          return false;
        // "관계 법령에 따라 일정 기간" (in the phrase's own sentence) is retention-statute's
        return !COVERED_ELSEWHERE.test(sentence) || INTERNAL_RULE.test(sentence) || candidate === proving;
      });
      if (vague) {
        // in the destruction section, "내부 방침 … 일정 기간" points to the retention section (the template), which
        // answers it only when it says what the internal rule keeps and for how long
        const pointer = INTERNAL_RULE.test(sentenceAround(text, vague.index)) && destructionLines.has(entry.line);
        if (!pointer) report({ messageId: "vaguePeriod", range: rangeOf(vague.index, vague[0].length), data: { phrase: vague[0] } });
        else if (!internalPeriodStated(document, entry.line))
          report({ messageId: "internalPeriod", range: rangeOf(vague.index, vague[0].length), data: { phrase: vague[0] } });
        continue;
      }
      const until = UNTIL_PURPOSE.exec(text);
      const statute = STATUTE.exec(text);
      if (!until && !statute) continue;
      const hasPeriod = findPeriods(text).length > 0;
      if (until && !hasPeriod && !CONCRETE.test(text)) {
        report({ messageId: "untilPurpose", range: rangeOf(until.index, until[0].length) });
        continue;
      }
      // (a box-drawn row wraps its cells: the article may stand on the row's next line, "…소비자" over "…법률」 제6조")
      // (or the article alone on the next line, a cell wrapped in a table set with spaces: "「통신비밀보호법」 시행령" over
      // "제41조")
      const articleBelow = ARTICLE_ALONE.test((document.plain[entry.line] ?? "").trim());
      if (statute && hasPeriod && !articleBelow && !ARTICLE.test(wrappedBoxRow(document, entry.line)?.text ?? text))
        report({ messageId: "noArticle", range: rangeOf(statute.index, statute[0].length), severity: "info" });
    }
    for (const { line, index, phrase } of vaguePartyPeriods(document, seen))
      report({ messageId: "vaguePeriod", range: matchRange(line, index, phrase.length), data: { phrase } });
  },
};

// a recipient's or an overseas receiver's period field: "- 보유 및 이용기간: …", "보유·이용기간 :"
const PERIOD_FIELD = new RegExp(sectionTopics.topics.retention.fieldLabel);

/**
 * The vague periods given as a recipient's or an overseas receiver's period field ("- 보유 및 이용기간: 여행 종료 후
 * 해당 업체의 방침에 따른 기간"): what they keep is given to be predicted as the controller's own period is.
 */
function vaguePartyPeriods(document: PolicyDocument, read: ReadonlySet<number>): { line: number; index: number; phrase: string }[] {
  const found: { line: number; index: number; phrase: string }[] = [];
  for (const topic of ["third-party", "overseas"] as const) {
    for (const { line, text } of assessTopic(document, topic).body) {
      if (read.has(line)) continue;
      const field = fieldOf(text);
      if (!field || !PERIOD_FIELD.test(field.label) || findPeriods(field.value).length > 0) continue;
      const vague = matchesOf(VAGUE_PERIOD_EACH, field.value)[0];
      if (!vague || COVERED_ELSEWHERE.test(field.value)) continue;
      found.push({ line, index: text.indexOf(field.value) + vague.index, phrase: vague[0] });
    }
  }
  return found;
}
