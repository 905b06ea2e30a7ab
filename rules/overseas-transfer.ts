// 국외 이전: when data leaves Korea, the items 제28조의8제2항 requires.
import type { Rule } from "../src/runtime/rule.js";
import {
  documentStart,
  fieldsByLine,
  headingAnchor,
  lineRange,
  linesMatchingEach,
  outsideToc,
  type LineText,
} from "../src/runtime/query.js";
import { findPeriods, isPlaceholder } from "../src/runtime/extract.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { assessTopic } from "../src/runtime/required.js";
import { missingData } from "../src/runtime/mentions.js";
import { isRevisionHistoryLine } from "../src/runtime/revision-history.js";
import { clausesOf, denialOf, lineDenies, passageDeclaresNotApplicable, readLine } from "../src/runtime/not-applicable.js";
import { hardWrapsJoined, lineAcrossWraps } from "../src/runtime/wraps.js";
import { linkTargetsOn } from "../src/runtime/link-targets.js";
import { optOutWithEffect } from "../src/runtime/opt-out.js";
import overseas from "./data/overseas.json" with { type: "json" };
import sectionTopics from "./data/section-topics.json" with { type: "json" };

const OVERSEAS_SERVICE = new RegExp(overseas.overseasServices);
const TRANSFER_STATEMENT = new RegExp(overseas.transferStatement);
const DENIAL = denialOf(new RegExp(overseas.subject), overseas.notApplicable);
const DOMESTIC_REGION = new RegExp(overseas.domesticRegion, "i");
const SERVICE_NOT_USED = denialOf(OVERSEAS_SERVICE, overseas.serviceNotUsed);
// a negation, without which no sentence denies using a service
const NEGATION = /않|아니|없|못/;
// "해외에 거주하는 교포 회원", "해외 체류 중인 고객": where people are, not where their data goes
const PEOPLE_ABROAD = /(?:국외|해외)(?=(?:에|에서)?\s{0,2}(?:거주|체류|여행|출장|이주|근무))/g;
const withoutPeopleAbroad = (text: string) => text.replace(PEOPLE_ABROAD, (word) => " ".repeat(word.length));
// scanned for together: one pass over the text finds the lines each may be on
const SCANNED = [OVERSEAS_SERVICE, TRANSFER_STATEMENT];
const REQUIRED = Object.entries(overseas.items).map(([name, item]) => ({ ...item, name, regex: new RegExp(item.pattern, "i") }));
const CONTACT_LABEL = new RegExp(overseas.items.contact.label, "i");
// where a sentence ends or a numbered clause starts inside a line: "… 이전합니다. ③ 이전받는 자: …"
const SENTENCE_OR_CLAUSE = /(?<=[.。])\s+|(?=[①-⑳])/;
const NOT_THE_RECIPIENTS = new RegExp(overseas.items.contact.notTheRecipients);
const SEGMENT_BREAK = new RegExp(overseas.rowContent.segmentBreak);
const LIST_SEPARATOR = new RegExp(overseas.rowContent.listSeparator);
const ITEM_WORD = new RegExp([...sectionTopics.topics.items.substance, overseas.rowContent.itemWords].join("|"), "i");
const PURPOSE_WORD = new RegExp(sectionTopics.topics.purpose.substance.join("|"));

/**
 * What a row says without labels: "○ 일본: 호텔명 — 객실 예약 / 영문 성명, 투숙 일자" gives the items (a list
 * with a personal-data item in it) and the purpose (another part naming a service purpose). A row of five or more
 * parts is a record of the transfer's fields ("① 루덱스 GmbH — 독일 — 결제 정보 — 결제 처리 — 5년"): a part naming a
 * purpose is the purpose, and a part that is a period ("5년", "회원 탈퇴 시까지") the retention, whatever the items say.
 */
function rowContent(text: string): { items: boolean; purpose: boolean; retention: boolean } {
  const parts = text.split(SEGMENT_BREAK);
  if (parts.length < 2) return { items: false, purpose: false, retention: false };
  const record = parts.length >= MIN_RECORD_PARTS;
  const retention = record && parts.slice(2).some((part) => PERIOD_PART.test(part.trim()) || findPeriods(part).length > 0);
  const itemsAt = parts.findIndex((part) => LIST_SEPARATOR.test(part) && ITEM_WORD.test(part));
  // the first part opens with the country or recipient ("○ 일본:"): its label is no purpose
  const others = parts
    .filter((_, index) => index !== itemsAt)
    .map((part, index) => (index === 0 ? part.replace(/^[^:：]*[:：]/, "") : part));
  if (itemsAt < 0)
    return {
      // (in a record, the part after the country that names data is the items: "결제 정보", "계정·이용 기록")
      items: record && parts.slice(2).some((part) => DATA_PART.test(part.trim()) || ITEM_WORD.test(part)),
      purpose: record && others.slice(2).some((part) => PURPOSE_WORD.test(part)),
      retention,
    };
  return { items: true, purpose: others.some((part) => PURPOSE_WORD.test(part)), retention };
}

// the recipient's field that opens a record given field by field ("[3] 이전받는 자: HubSpot, Inc."), and any field
const RECIPIENT_FIELD =
  /^\s{0,8}(?:[-•·*▪○]\s{0,2}|\[\d{1,2}\]\s{0,2}|\(?\d{1,2}[.)]\s{0,2})?(?:이전\s{0,2}받는\s{0,2}자|수탁\s{0,2}(?:자|업체|사)|recipient)[^:：\n]{0,16}[:：]\s{0,4}([^\s(（][^(（]{0,60})/i;
const FIELD = /^\s{0,8}(?:[-•·*▪○]\s{0,2})?[^:：\s][^:：]{0,24}[:：]\s{0,4}\S/;
// a record states at least this many fields: fewer are a sentence's labels, not a record
const MIN_RECORD_FIELDS = 4;
// what each record must give of its own, when other records give it: two of them at least (one record's field may be
// said for all, "보유 기간: 각 업체 모두 계약 종료 시까지" after the last)
const MIN_RECORDS_GIVING = 2;
const PER_RECORD = new Set(["country", "items", "purpose", "retention"]);

/**
 * The records of transfers, each given field by field under its recipient ("이전받는 자: …" over "이전 국가: …", …),
 * that leave out an item two other records give ("보유 및 이용 기간" for one recipient of three):
 * the record's recipient line, its name, and what it leaves out.
 */
function recordsLackingWhatOthersGive(
  body: readonly LineText[],
): { line: number; recipient: string; absent: (typeof REQUIRED)[number][] }[] {
  const starts = body.flatMap((entry, at) => {
    const recipient = RECIPIENT_FIELD.exec(entry.text);
    return recipient ? [{ at, line: entry.line, recipient: recipient[1].trim() }] : [];
  });
  if (starts.length < 2) return [];
  const records = starts.map((start, which) => {
    const lines = body.slice(start.at, starts[which + 1]?.at ?? body.length);
    // a record ends at its last field: the paragraph after the last record is the section's, not the record's
    let end = lines.length;
    while (end > 1 && !FIELD.test(lines[end - 1].text)) end--;
    const fields = lines.slice(0, end).filter((entry) => FIELD.test(entry.text));
    const text = lines
      .slice(0, end)
      .map((entry) => entry.text)
      .join("\n");
    return { ...start, fields: fields.length, gives: new Set(REQUIRED.filter((item) => item.regex.test(text)).map((item) => item.name)) };
  });
  if (records.some((record) => record.fields < MIN_RECORD_FIELDS)) return [];
  return records.flatMap((record) => {
    const absent = REQUIRED.filter(
      (item) =>
        PER_RECORD.has(item.name) &&
        !record.gives.has(item.name) &&
        records.filter((other) => other.gives.has(item.name)).length >= MIN_RECORDS_GIVING,
    );
    return absent.length > 0 ? [{ line: record.line, recipient: record.recipient, absent }] : [];
  });
}

// a part that names data: "결제 정보", "문의 내역", "2.의 전 항목"
const DATA_PART = /(?:정보|항목|내역|기록|데이터)$/;
// a row of the transfer's fields: recipient, country, items, purpose, period
const MIN_RECORD_PARTS = 5;
// a part that keeps the data until an event: "회원 탈퇴 시까지", "이용 종료 시", "계약 만료 후 파기"
const PERIOD_PART = /(?:까지|종료\s{0,2}시|탈퇴\s{0,2}시|해지\s{0,2}시|만료\s{0,2}시|후\s{0,2}(?:즉시\s{0,2})?파기)$/;

/**
 * True when the section gives the recipient's contact: a contact field with a value, or an address, phone
 * number or web address on a line that is not about refusing or the controller's own desk. The word 이메일
 * in a method ("이메일로 전송") or 연락처 among the items transferred is no contact.
 */
function givesContact(document: PolicyDocument, body: LineText[]): boolean {
  const contactValue = REQUIRED.find((item) => item.name === "contact")!.regex;
  // (read sentence by sentence: an article written as one paragraph holds its refusal clause on the contact's line)
  if (body.some(({ text }) => text.split(SENTENCE_OR_CLAUSE).some((part) => contactValue.test(part) && !NOT_THE_RECIPIENTS.test(part))))
    return true;
  // a contact given as a link ("개인정보 문의: [문의 양식][form]", "<a href=\"mailto:…\">문의</a>")
  if (
    body.some(
      ({ line, text }) => !NOT_THE_RECIPIENTS.test(text) && linkTargetsOn(document, line).some((target) => contactValue.test(target)),
    )
  )
    return true;
  const fields = fieldsByLine(document);
  if (
    body.some(({ line }) => {
      const field = fields.get(line);
      return field !== undefined && CONTACT_LABEL.test(field.label) && !isPlaceholder(field.value);
    })
  )
    return true;
  // a table with a contact column that is filled in, or a label | value table with a contact row
  const lines = new Set(body.map(({ line }) => line));
  return document.tables.some((table) => {
    if (!lines.has(table.startLine)) return false;
    const column = table.header.cells.findIndex((cell) => CONTACT_LABEL.test(cell.text));
    if (column >= 0 && table.rows.some((row) => !isPlaceholder(row.cells[column]?.text ?? ""))) return true;
    return table.rows.some(({ cells }) => cells.length === 2 && CONTACT_LABEL.test(cells[0].text) && !isPlaceholder(cells[1].text));
  });
}

export const overseasTransfer: Rule = {
  meta: {
    id: "overseas-transfer",
    severity: "warning",
    statute: "개인정보 보호법 제28조의8, 시행령 제31조제1항제2호",
    title: { ko: "개인정보의 국외 이전", en: "Overseas transfer" },
    description: {
      ko: "개인정보를 국외로 이전(해외 클라우드·수탁자 보관 포함)하면 이전 근거와 함께 이전 항목, 국가, 일시·방법, 이전받는 자와 연락처, 이용 목적과 보유 기간, 거부 방법·절차·효과를 처리방침에 적어야 합니다(법 제28조의8제2항). AWS, Google Analytics, Firebase, Zendesk 같은 해외 서비스를 쓰면서 국외 이전 절이 없거나, 절에 이 항목이 빠졌거나, '국외로 이전하지 않는다'면서 해외 서비스를 적었으면 경고합니다. 이전받는 자마다 항목을 나누어 적었을 때 다른 이전받는 자 둘 이상이 적은 국가·항목·목적·보유 기간을 한 곳만 빠뜨렸으면 그 이전받는 자를 짚어 경고합니다.",
      en: "When personal data leaves Korea — overseas cloud and processors included — the policy must state the legal ground and the items transferred, the country, timing and method, the recipient and its contact, the purpose and retention period, and how to refuse and with what effect (PIPA Art. 28-8(2)). Naming overseas services such as AWS, Google Analytics, Firebase or Zendesk with no overseas-transfer section, a section missing these items, or a section that denies any transfer while such services are named, is a warning. Where the transfers are given recipient by recipient, a recipient's record that leaves out the country, items, purpose or retention period two other records give is a warning at that recipient.",
    },
    example: {
      ko: "제7조 (개인정보의 국외 이전)\n- 이전받는 자: Amazon Web Services, Inc. (aws-korea-privacy@amazon.com)\n- 이전 국가: 미국 / 이전 일시·방법: 서비스 이용 시 네트워크로 수시 전송\n- 이전 항목: 회원 정보 / 이용 목적·보유 기간: 서버 보관, 회원 탈퇴 시까지\n- 거부 방법: 고객센터로 요청(거부 시 서비스 이용 불가)",
      en: "Art. 7 (Overseas transfer)\n- Recipient: Amazon Web Services, Inc. (aws-korea-privacy@amazon.com)\n- Country: USA / timing and method: sent over the network as the service is used\n- Items: member data / purpose and retention: server hosting, until the member leaves\n- Refusal: ask customer support (the service cannot then be used)",
    },
    messages: {
      missing: {
        ko: "해외 서비스({service})를 이용하면서 개인정보 국외 이전에 관한 사항이 없습니다",
        en: "overseas services ({service}) are used but nothing is said about overseas transfer",
      },
      statedMissing: {
        ko: "{line}행에서 개인정보를 국외로 보낸다고 하였으나 국외 이전에 관한 사항(이전받는 자, 국가, 항목, 시기·방법, 목적·보유기간, 거부 방법)이 없습니다",
        en: "line {line} says personal data goes abroad, but nothing is said about the transfer (recipient, country, items, timing and method, purpose and retention, how to refuse)",
      },
      incomplete: {
        ko: "국외 이전 절에 {missing}이(가) 없습니다",
        en: "the overseas-transfer section does not give: {missingEn}",
      },
      recordIncomplete: {
        ko: "국외 이전받는 자 '{recipient}'에 대해서는 {missing}을(를) 적지 않았습니다",
        en: "the transfer to '{recipient}' does not give: {missingEn}",
      },
      contradiction: {
        ko: "국외로 이전하지 않는다고 하였으나 해외 서비스({service})를 이용한다고 적었습니다",
        en: "the policy says nothing is transferred abroad yet names overseas services ({service})",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    // a revision history's "국외 이전 항목 신설" tells how the policy changed, not that data goes abroad
    const [serviceLines, statementLines] = linesMatchingEach(document, SCANNED).map((lines) =>
      outsideToc(document, lines).filter((line) => !isRevisionHistoryLine(document, line)),
    );
    const services = [
      ...new Set(
        serviceLines.flatMap((line) => {
          const text = document.plain[line - 1];
          if (DOMESTIC_REGION.test(text)) return [];
          const across = lineAcrossWraps(document, line);
          // (most lines name their service with no negation at all: they use it)
          if (!NEGATION.test(across)) return OVERSEAS_SERVICE.exec(text)!.slice(0, 1);
          if (lineDenies(across, SERVICE_NOT_USED)) return [];
          // "Google Analytics는 쓰지 않지만 … AWS에 저장합니다": the service the line uses, not the one it denies
          const used = clausesOf(text).find((clause) => OVERSEAS_SERVICE.test(clause) && !lineDenies(clause, SERVICE_NOT_USED));
          return OVERSEAS_SERVICE.exec(used ?? text)!.slice(0, 1);
        }),
      ),
    ];
    // each statement read with its sentence across hard wraps ("국외로 이전" over "하지 않습니다"); a party abroad
    // that gets nothing personal ("해외 본사에는 통계만 전송합니다") is no statement of a transfer
    const statement = statementLines.find((line) => readLine(withoutPeopleAbroad(lineAcrossWraps(document, line)), DENIAL) === "affirms");
    const denial = statementLines.find((line) => lineDenies(withoutPeopleAbroad(lineAcrossWraps(document, line)), DENIAL));
    const { anchors, body } = assessTopic(document, "overseas");
    if (services.length === 0 && !statement && anchors.length === 0) return notApplicable();
    found(...anchors.map((anchor) => anchor.headingLine));
    const service = services.slice(0, 3).join(", ") || "국외 보관";
    if (anchors.length === 0) {
      // "국외로 이전하지 않습니다" with no section of its own, beside overseas services: the policy did speak
      // of it, and what is wrong is that the two disagree
      if (services.length > 0 && denial !== undefined && statement === undefined)
        report({ messageId: "contradiction", range: lineRange(document, denial), data: { service } });
      // the sentence that sends data abroad, where there is one, is what the reader must find; else the services
      else if (statement) report({ messageId: "statedMissing", range: documentStart(document), data: { line: statement } });
      else if (services.length > 0) report({ messageId: "missing", range: documentStart(document), data: { service } });
      return;
    }
    const heading = lineRange(document, headingAnchor(anchors).headingLine);
    // the section says no data leaves Korea; what opting out does ("끄면 이전하지 않으며") is not that
    if (
      passageDeclaresNotApplicable(
        hardWrapsJoined(document, body).map((entry) => ({ ...entry, text: withoutPeopleAbroad(entry.text) })),
        DENIAL,
      )
    ) {
      if (services.length > 0) report({ messageId: "contradiction", range: heading, data: { service } });
      else notApplicable();
      return;
    }
    const text = body.map((entry) => entry.text).join("\n");
    const rows = body.map(({ text: row }) => rowContent(row));
    const given: Record<string, () => boolean> = {
      contact: () => givesContact(document, body),
      items: () => rows.some((row) => row.items),
      purpose: () => rows.some((row) => row.purpose),
      retention: () => rows.some((row) => row.retention),
      // how not to have the transfer and what follows, in other words than 거부 ("원하지 않으시면 … 이 경우 …")
      refusal: () =>
        optOutWithEffect(
          hardWrapsJoined(document, body)
            .map((entry) => entry.text)
            .join("\n"),
        ),
    };
    const absent = REQUIRED.filter((item) =>
      item.name === "contact" ? !given.contact() : !item.regex.test(text) && !given[item.name]?.(),
    );
    if (absent.length > 0) {
      report({
        messageId: "incomplete",
        range: heading,
        data: missingData(absent),
      });
    }
    // a record, among records given field by field, that leaves out what the others give
    for (const record of recordsLackingWhatOthersGive(body))
      report({
        messageId: "recordIncomplete",
        range: lineRange(document, record.line),
        data: { recipient: record.recipient, ...missingData(record.absent) },
      });
  },
};
