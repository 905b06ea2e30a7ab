// 정보주체와 법정대리인의 권리·의무 및 행사방법: data subjects' rights and how to exercise them.
import type { Rule } from "../src/runtime/rule.js";
import { assessTopic, checkRequiredItem, requiredMessages, substanceFound } from "../src/runtime/required.js";
import type { LineText } from "../src/runtime/query.js";
import { headingAnchor, lineRange } from "../src/runtime/query.js";
import { cellsUnderHeader } from "../src/runtime/table-rows.js";
import { sentencesOf } from "../src/runtime/extract.js";
import type { PolicyDocument, TableCell } from "../src/parse/model.js";
import sectionTopics from "./data/section-topics.json" with { type: "json" };

// how a right is exercised: in writing, by e-mail, on a settings page, through the DPO …
const EXERCISE_METHOD = new RegExp(sectionTopics.topics.rights.exerciseMethod, "i");
// a screen of the service named in brackets as the place to act ("[내 정보 > 수정]에서"), a statute in brackets not;
// a desk or counter on the premises ("안내 데스크에 말씀해 주시면")
const NAMED_SCREEN = new RegExp(sectionTopics.topics.rights.namedScreen);
const ON_SITE_DESK = new RegExp(sectionTopics.topics.rights.onSiteDesk);
// a channel the reader is asked to use ("고객센터(1670-…)를 이용해 주세요", "앱 [설정] 메뉴를 이용하시면")
const CHANNEL_IN_USE = new RegExp(sectionTopics.topics.rights.channelInUse);
// a table's cell or column labelled as the method ("행사 방법", "접수 창구"), and the channels it may list as nouns
const METHOD_LABEL = new RegExp(sectionTopics.topics.rights.methodLabel);
const CHANNEL_NOUN = new RegExp(sectionTopics.topics.rights.channelNoun, "i");
const WHOLE_CHANNEL_NOUN = new RegExp(`^(?:${sectionTopics.topics.rights.channelNoun})$`, "i");
// a channel given bare: a menu path, a phone number, an address; a contact of another body is not one
const MENU_PATH = new RegExp(sectionTopics.topics.rights.menuPath);
const CONTACT_VALUE = new RegExp(sectionTopics.topics.rights.contactValue);
const OTHER_AGENCY = new RegExp(sectionTopics.topics.rights.otherAgency, "i");
// a list marker or a "방법:" / "이메일 :" label before the channel
const LIST_MARKER = /^\s*(?:[-*•·○●▪◦※▶►]|\d{1,2}[.)]|[가-하][.)]|[(（][0-9가-하]{1,2}[)）])\s*/;
const FIELD_LABEL = /^([^:：]{1,12})\s*[:：]\s*/;
// a sentence ends in a verb: "…으로 보냅니다.", "…하세요"
// (read on a trimmed entry)
const SENTENCE_END = /(?:다|요|음|함)[.。!]?$/;
const BRACKETS = /[(（[][^()（）[\]]{0,40}[)）\]]/g;
const CHANNEL_SEPARATOR = /[,，、·ㆍ/]|또는|혹은|및/;

/**
 * A line, list item or cell that is nothing but a way to reach the company: "앱 [설정 > 내 정보]", "고객센터
 * 1588-0000", "이메일: help@…", "서면·전화·전자우편". Such a channel under the rights is the method, no verb needed;
 * a sentence that only mentions an address ("소식지는 news@…에서 보냅니다") is not.
 */
function bareChannel(text: string): boolean {
  let entry = text.replace(LIST_MARKER, "").trim();
  if (entry === "" || entry.length > 100 || SENTENCE_END.test(entry) || OTHER_AGENCY.test(entry)) return false;
  if (MENU_PATH.test(entry) || CONTACT_VALUE.test(entry)) return true;
  const label = FIELD_LABEL.exec(entry);
  const labelled = label !== null && (METHOD_LABEL.test(label[1].trim()) || WHOLE_CHANNEL_NOUN.test(label[1].trim()));
  if (label) entry = entry.slice(label[0].length);
  const parts = entry
    .replace(BRACKETS, " ")
    .split(CHANNEL_SEPARATOR)
    .map((part) => part.trim());
  // each part ends in a channel noun: "상담센터 전화", "지점 방문"
  const channels = parts.every((part) => {
    const words = part.split(/\s+/);
    return words.length <= 3 && WHOLE_CHANNEL_NOUN.test(words[words.length - 1]);
  });
  return channels && (parts.length >= 2 || labelled);
}

// a channel named as the way a request is made: the particle after it, and the request within a few words
const WAY_PARTICLE = /(?:으로|로|에서)$/;
const THROUGH = /^(?:통해|통하여|통해서)$/;
const OBJECT_PARTICLE = /[을를]$/;
const REQUEST_VERB = /^(?:요구|요청|청구|신청|행사|문의|접수|연락)/;
const MAX_WORDS_TO_REQUEST = 4;
const REQUEST_AS_TOPIC = /^(?:요구|요청|청구|신청|행사|문의|접수)(?:은|는)$/;
const DONE = /^(?:하실|하시|하면|할|하여|해|합니다|하십시오)/;
const QUOTED_NAME = /\s{0,2}['‘"“「『][^'’"”」』\n]{1,40}['’"”」』]/g;
// a channel's number or address in brackets after it ("전화(02-6012-3400)", "이메일(privacy@…)")
const CHANNEL_DETAIL = /[(（][^()（）\n]{1,60}[)）]/g;
const MAX_CHANNEL_WORDS = 8;
// a word that ends the phrase before the channels: a particle or a verb's ending ("정지를", "입사생은")
const BEFORE_CHANNELS = /(?:[은는이가을를도의에]|에게|하며|하고|하여)$/;
const JOINING_WORD = /^(?:또는|혹은|및)$/;
const JOINING_ENDING = /(?:이나|거나|[,，、·ㆍ])$/;

/**
 * True when a sentence names channels as the way it asks ("생활관 포털 또는 행정실 방문으로 요구할 수 있습니다",
 * "누리집을 통해 신청하실 수 있습니다"): the words before "(으)로"/"에서"/"을 통해", a request within a few words
 * after, and every channel they join (또는, 이나, a comma) ending in a channel noun.
 */
function channelsOfRequest(sentence: string): boolean {
  // a channel's own name in quotes after it ("카카오톡 채널 '봄 미술학원'으로"), or its number or address in brackets,
  // is no word of the phrase
  const words = sentence.replace(QUOTED_NAME, "").replace(CHANNEL_DETAIL, "").trim().split(/\s+/);
  // "요청은 … 방문으로 하실 수 있습니다": the request named first, then done by the channels
  const requestFirst = REQUEST_AS_TOPIC.test((words[0] ?? "").replace(/^[^가-힣]+/, ""));
  for (let at = 0; at < words.length; at++) {
    let last: string;
    let after = at + 1;
    if (THROUGH.test(words[at + 1] ?? "") && OBJECT_PARTICLE.test(words[at])) {
      last = words[at].slice(0, -1);
      after = at + 2;
    } else if (WAY_PARTICLE.test(words[at])) last = words[at].replace(WAY_PARTICLE, "");
    else continue;
    const requested = words.slice(after, after + MAX_WORDS_TO_REQUEST).some((word) => REQUEST_VERB.test(word));
    if (!requested && !(requestFirst && DONE.test(words[after] ?? ""))) continue;
    const parts: string[][] = [[last]];
    for (let back = at - 1; back >= Math.max(0, at - MAX_CHANNEL_WORDS); back--) {
      const word = words[back];
      if (JOINING_WORD.test(word)) parts.unshift([]);
      else if (JOINING_ENDING.test(word)) parts.unshift([word.replace(JOINING_ENDING, "")]);
      else if (BEFORE_CHANNELS.test(word)) break;
      else parts[0].unshift(word);
    }
    const channels = parts.filter((part) => part.length > 0);
    if (channels.every((part) => part.length <= 3 && WHOLE_CHANNEL_NOUN.test(part[part.length - 1]))) return true;
  }
  return false;
}

/** A line or a table cell of the rights section given as a bare channel. */
function bareChannelIn(document: PolicyDocument, body: readonly { line: number; text: string }[], lines: ReadonlySet<number>): boolean {
  if (body.some(({ text }) => bareChannel(text))) return true;
  return document.tables.some(
    (table) =>
      [table.header, ...table.rows].some((row) => lines.has(row.line)) &&
      table.rows.some((row) => row.cells.some((cell) => bareChannel(cell.text))),
  );
}

/**
 * A table among `lines` that gives the method as a labelled cell: a row "| 행사 방법 | 서면, 전자우편 |", or a
 * column headed "행사 방법" with channels under it. A label says what the nouns are; no verb is needed.
 */
function methodInTable(document: PolicyDocument, lines: ReadonlySet<number>): boolean {
  const isLabel = (cell: TableCell | undefined) => cell !== undefined && METHOD_LABEL.test(cell.text.replace(/\s+/g, " ").trim());
  for (const table of document.tables) {
    const rows = [table.header, ...table.rows];
    if (!rows.some((row) => lines.has(row.line))) continue;
    for (const row of rows) {
      const label = row.cells.findIndex(isLabel);
      if (label >= 0 && row.cells.slice(label + 1).some((cell) => CHANNEL_NOUN.test(cell.text))) return true;
    }
    const column = table.header.cells.findIndex(isLabel);
    if (column >= 0 && table.rows.some((row) => CHANNEL_NOUN.test(cellsUnderHeader(document, table, row)[column]?.text ?? ""))) return true;
  }
  return false;
}

// the rights 제35조~제37조 give, each by the words that name it: the first four of the section's substance, read by
// the words the substance reads them by; refusing or withdrawing consent (the fifth) is a right too, but no section
// of rights is complete with it alone
const [accessWords, correctionWords, erasureWords, suspensionWords] = sectionTopics.topics.rights.substance;
const STATUTORY_RIGHTS = [
  { ko: "열람", en: "access", named: new RegExp(accessWords) },
  { ko: "정정", en: "correction", named: new RegExp(correctionWords) },
  { ko: "삭제", en: "erasure", named: new RegExp(erasureWords) },
  { ko: "처리정지", en: "suspension of processing", named: new RegExp(suspensionWords) },
];
// a record said not to be erased or corrected ("원래의 기재 내용은 삭제되지 않습니다"): a limit, no right given
const NEGATED_ACTION = /(?:열람|정정|삭제|정지)(?:되|하)지\s{0,2}(?:않|아니|못)|(?:열람|정정|삭제|정지)(?:할|될)\s{0,2}수\s{0,2}없/g;

/** The statute's rights the text does not name, a word said not to be done aside. */
function rightsLeftOut(text: string): typeof STATUTORY_RIGHTS {
  const said = text.replace(NEGATED_ACTION, (words) => " ".repeat(words.length));
  return STATUTORY_RIGHTS.filter((right) => !right.named.test(said));
}

// this many of the statute's four rights left out of a section that names others is a finding (one, most often
// 처리정지, is commonly folded into the others' wording)
const MOST_RIGHTS_LEFT_OUT = 2;
const LEAVING = /철회|탈퇴|해지/;
// a consent of one use withdrawn ("마케팅 정보 수신 동의는 언제든지 철회할 수 있습니다"): leaves the rest processed
const ONE_USE = /마케팅|광고|수신|홍보|이벤트|푸시|알림|선택\s{0,2}(?:항목|동의)/;

/** True when the text offers a way to end all the processing: leaving, closing the account, withdrawing consent. */
function offersLeaving(text: string): boolean {
  return sentencesOf(text).some((sentence) => LEAVING.test(sentence) && !ONE_USE.test(sentence));
}
const ANOTHER_RIGHT = /(?:거부|철회|취소)(?:할|하실|하는|를|을|권)/;

// the form of a representative's power of attorney ("별지 제11호 서식에 따른 위임장"): what the agent brings, not a
// channel to ask by
const POWER_OF_ATTORNEY_FORM = /(?:서식|양식)[^.。\n]{0,12}위임장|위임장\s{0,2}(?:서식|양식)/g;

/** True when the rights section says how a right is used: a channel, a screen, a desk, a method column … */
function methodGiven(document: PolicyDocument, body: LineText[]): boolean {
  const text = body
    .map(({ text }) => text)
    .join("\n")
    .replace(POWER_OF_ATTORNEY_FORM, " ");
  const lines = new Set(body.map(({ line }) => line));
  return (
    EXERCISE_METHOD.test(text) ||
    NAMED_SCREEN.test(text) ||
    ON_SITE_DESK.test(text) ||
    CHANNEL_IN_USE.test(text) ||
    methodInTable(document, lines) ||
    bareChannelIn(document, body, lines) ||
    sentencesOf(text).some(channelsOfRequest)
  );
}

export const requiredRights: Rule = {
  meta: {
    id: "required-rights",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제5호, 제35조~제37조",
    title: { ko: "정보주체와 법정대리인의 권리·의무 및 행사방법", en: "data subjects' rights and how to exercise them" },
    description: {
      ko: "처리방침에는 정보주체와 법정대리인의 권리·의무와 그 행사방법(열람, 정정·삭제, 처리정지, 동의 철회 등)을 적어야 합니다(법 제30조제1항제5호). 권리 절이 없으면 오류, 이 권리를 하나만 밝혔거나 행사 방법(서면·전자우편·전화, 설정 화면, 담당 부서 등)을 적지 않았으면 경고입니다. 열람·정정·삭제·처리정지 가운데 둘 이상을 밝히지 않았으면(예: '열람 및 정정'만) 빠진 권리를 들어 경고합니다. 다만 탈퇴·가입 해지·동의 철회를 함께 밝혔으면(예전 서식의 '조회·수정 및 가입 해지') 충족으로 봅니다(마케팅 수신 동의 철회처럼 한 가지 용도만 끝내는 것은 해당하지 않습니다). 문장 없이 경로만 적어도(메뉴 경로, 고객센터 전화번호, '서면·전화·전자우편'), 괄호에 넣은 화면 이름을 하는 곳으로 적어도('[내 정보 > 수정]에서'), 현장의 안내 데스크·접수처도 행사 방법입니다. 요청하는 곳을 채널 이름으로 적어도('학습 포털 또는 교무실 방문으로 요청', '누리집을 통해 신청') 행사 방법으로 봅니다.",
      en: "The policy must explain the rights of data subjects and legal representatives and how to exercise them — access, correction and deletion, suspension of processing, withdrawal of consent (PIPA Art. 30(1)5). No rights section is an error; a section naming only one of these rights, or none of the ways to exercise them (in writing, by e-mail or phone, a settings page, the privacy office), is a warning. A section that leaves out two or more of access, correction, erasure and suspension (say, '열람 및 정정' only) is a warning naming them, unless it offers leaving (withdrawal of consent, closing the account: the older template's '조회·수정 및 가입 해지'; withdrawing the consent to one use, such as marketing messages, is not leaving). A channel given bare, with no sentence (a menu path, a help-desk number, '서면·전화·전자우편'), is a way to exercise them, and so is a screen named in brackets as the place to do it ('[내 정보 > 수정]에서') or a desk on the premises; so are channels named as where the request goes ('through the learning portal or a visit to the office', 'via the website').",
    },
    example: {
      ko: "제8조 (정보주체의 권리·의무 및 행사방법)\n정보주체는 언제든지 개인정보 열람, 정정·삭제, 처리정지 요구와 동의 철회를 할 수 있으며, 서면·전자우편으로 요청하면 지체 없이 조치합니다.",
      en: "Art. 8 (Rights)\nData subjects may at any time ask to access, correct or delete their data, suspend its processing or withdraw consent, in writing or by e-mail; the company acts without delay.",
    },
    messages: {
      ...requiredMessages({
        ko: "정보주체와 법정대리인의 권리·의무 및 행사방법",
        en: "data subjects' rights and how to exercise them",
      }),
      rightsMissing: {
        ko: "권리와 그 행사 방법을 적었으나 {rights} 요구권을 밝히지 않았습니다",
        en: "a right and how to use it are given, but not the rights to {rightsEn}",
      },
      noMethod: {
        ko: "권리를 적었으나 행사하는 방법(서면·전자우편·전화, 설정 화면 등 요청 경로)이 없습니다",
        en: "the rights are named but not how to exercise them (in writing, by e-mail or phone, a settings page …)",
      },
    },
  },
  check(context) {
    // a section that names a right (one the statute lists, or refusing, withdrawing) and a way to use it is not
    // empty: it leaves out the other rights the statute lists, and says which
    const report: typeof context.report = (finding) => {
      const body = finding.messageId === "hollow" ? assessTopic(context.document, "rights").body : [];
      const text = body.map(({ text }) => text).join("\n");
      const missing = rightsLeftOut(text);
      const someRightNamed = ANOTHER_RIGHT.test(text) || missing.length < STATUTORY_RIGHTS.length;
      if (!someRightNamed || missing.length === 0 || !methodGiven(context.document, body)) return context.report(finding);
      context.report({
        ...finding,
        messageId: "rightsMissing",
        data: { rights: missing.map((right) => right.ko).join("·"), rightsEn: missing.map((right) => right.en).join(", ") },
      });
    };
    const { anchors, body } = checkRequiredItem({ ...context, report }, "rights");
    if (anchors.length === 0 || !substanceFound("rights", body)) return;
    const range = lineRange(context.document, headingAnchor(anchors).headingLine);
    if (!methodGiven(context.document, body)) return context.report({ messageId: "noMethod", range, severity: "warning" });
    // two of the statute's rights named with the way to use them ("열람과 정정") leave two out: said which. A section
    // that offers leaving ("조회·수정 및 가입 해지", the older template's words) gives the way to end it all, and stands
    const text = body.map(({ text }) => text).join("\n");
    const missing = rightsLeftOut(text);
    if (missing.length >= MOST_RIGHTS_LEFT_OUT && !offersLeaving(text))
      context.report({
        messageId: "rightsMissing",
        range,
        severity: "warning",
        data: { rights: missing.map((right) => right.ko).join("·"), rightsEn: missing.map((right) => right.en).join(", ") },
      });
  },
};
