// 개인정보의 처리 및 보유 기간: the processing and retention period.
import type { Rule } from "../src/runtime/rule.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { fieldsByLine, type LineText } from "../src/runtime/query.js";
import { checkRequiredItem, requiredMessages, substanceFound } from "../src/runtime/required.js";
import { sentencesOf } from "../src/runtime/extract.js";
import { hardWrapsJoined } from "../src/runtime/wraps.js";
import { periodTableWhere, pointsToSectionWithPeriods } from "../src/runtime/period-pointers.js";
import sectionTopics from "./data/section-topics.json" with { type: "json" };

// a column that holds the retention period: "보유 기간", "보존기간", "보유 및 이용기간"
const PERIOD_COLUMN = new RegExp(sectionTopics.topics.retention.fieldLabel);
// a sentence about the period that points to a table or a list: "파일별 보유 기간은 제1항의 표와 같습니다", "위 표를
// 따릅니다", "제2항의 개인정보파일 목록과 같습니다"; 표 as a word of its own, not inside 대표, 공표 or 표시
const PERIOD = /(보유|보존|보관|이용)\s*기간/;
const TABLE = /(?:(?<![가-힣])|(?<=위|아래|앞|별|상기|하기|다음))표(?=[와과에를을의은는로\s\]\d)]|$)/;
const LIST = /목록(?=[와과에를을의은는로\s]|$)/;

/** A list of files elsewhere in the policy whose entries give their periods in fields ("- 보유기간: 해지 시까지"). */
function periodFields(document: PolicyDocument, body: LineText[]): boolean {
  const own = new Set(body.map(({ line }) => line));
  for (const [line, field] of fieldsByLine(document))
    if (!own.has(line) && PERIOD_COLUMN.test(field.label) && substanceFound("retention", [{ line, text: field.value }])) return true;
  return false;
}

/**
 * The section gives its periods as a reference to a table of files, or a list of them, that is there and holds
 * them: a table with a period column, or entries with a period field ("- 보유기간: 해지 시까지"); or to another
 * section that holds them ("제2조의 처리 현황과 같습니다"). A list kept elsewhere ("개인정보파일 목록에 기재하여
 * 공개") is not there.
 */
function pointsToPeriodTable(document: PolicyDocument, body: LineText[]): boolean {
  // (read across hard wraps: "각 개인정보파일의 보유기간은" over "제2조제1항의 개인정보파일 목록과 같습니다.")
  const joined = hardWrapsJoined(document, body);
  const pointsTo = (target: RegExp) =>
    joined.some(({ text }) => sentencesOf(text).some((sentence) => PERIOD.test(sentence) && target.test(sentence)));
  return (
    (pointsTo(TABLE) && periodTableWhere(document, () => true)) ||
    (pointsTo(LIST) && periodFields(document, body)) ||
    joined.some(({ text }) => pointsToSectionWithPeriods(document, text))
  );
}

export const requiredRetention: Rule = {
  meta: {
    id: "required-retention",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제2호",
    title: { ko: "개인정보의 처리 및 보유 기간", en: "the processing and retention period" },
    description: {
      ko: "처리방침에는 개인정보의 처리 및 보유 기간을 적어야 합니다(법 제30조제1항제2호). 보유기간 절이 없으면 오류, 기간을 하나도 적지 않았거나 'oo년간'처럼 채우지 않은 칸이 있으면 경고입니다. 개인정보파일 표의 보유기간 열이나 파일 목록의 '보유기간:' 항목에 기간을 적고 이 절에서 그 표나 목록을 가리키면('파일별 보유 기간은 제1항의 표와 같습니다', '… 제2항의 개인정보파일 목록과 같습니다'), 또는 기간을 적은 다른 조를 가리키면('업무별 보유기간은 제2조의 처리 현황과 같습니다') 적은 것으로 봅니다.",
      en: "The policy must state how long personal information is processed and kept (PIPA Art. 30(1)2). No such section is an error; a section with no period at all, or a template blank such as 'oo년간', is a warning. A section that points to a table of personal-data files whose period column holds the periods ('파일별 보유 기간은 제1항의 표와 같습니다'), or to a list of them in the policy whose entries give a '보유기간:' field, or to another article that gives them ('업무별 보유기간은 제2조의 처리 현황과 같습니다'), gives them.",
    },
    example: {
      ko: "제3조 (개인정보의 처리 및 보유 기간)\n회원 정보는 회원 탈퇴 시까지 보유하며, 주문 기록은 5년간 보존합니다.",
      en: "Art. 3 (Retention)\nMember data is kept until the member leaves; order records are kept for 5 years.",
    },
    messages: requiredMessages({ ko: "개인정보의 처리 및 보유 기간", en: "the processing and retention period" }),
  },
  check(context) {
    checkRequiredItem(context, "retention", (body) => pointsToPeriodTable(context.document, body));
  },
};
