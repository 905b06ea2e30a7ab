// 개인정보의 파기 절차 및 방법: the destruction procedure and method.
import type { Rule } from "../src/runtime/rule.js";
import type { LineText } from "../src/runtime/query.js";
import { checkRequiredItem, partMessages, requiredMessages } from "../src/runtime/required.js";
import sectionTopics from "./data/section-topics.json" with { type: "json" };

const { holdsNothing } = sectionTopics.topics.destruction;
const NOT_HELD = new RegExp(holdsNothing.notHeld);
const NOTHING_TO_DESTROY = new RegExp(holdsNothing.nothingToDestroy);

/**
 * A section that says the data is not kept ("서버에 저장하지 않으므로") and so there is nothing to destroy ("파기할
 * 정보가 없습니다", "별도의 파기 절차가 존재하지 않습니다") has no procedure or method to give; either statement alone
 * does not ("더 이상 보관하지 않고 파기합니다" is destruction itself).
 */
const holdsNothingToDestroy = (body: LineText[]) => {
  const text = body.map((entry) => entry.text).join("\n");
  return NOT_HELD.test(text) && NOTHING_TO_DESTROY.test(text);
};

const ITEM = { ko: "개인정보의 파기 절차 및 방법", en: "the destruction procedure and method" };

export const requiredDestruction: Rule = {
  meta: {
    id: "required-destruction",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제3호의2, 제21조",
    title: { ko: "개인정보의 파기 절차 및 방법", en: "the destruction procedure and method" },
    description: {
      ko: "처리방침에는 개인정보의 파기 절차와 파기 방법을 모두 적어야 합니다(법 제30조제1항제3호의2). 파기 절이 없으면 오류, 절차(지체 없이 파기, 파기 대상 선정 등)나 방법(영구 삭제, 분쇄·소각 등) 중 하나가 빠졌으면 빠진 쪽을 밝혀 경고, 둘 다 없으면 실질적인 내용이 없다고 경고합니다.",
      en: "The policy must describe both the procedure and the method of destruction (PIPA Art. 30(1)3-2). No destruction section is an error; a section missing either the procedure (destroyed without delay, selection and approval) or the method (permanent deletion, shredding or incineration) is a warning that names the missing part, and one that gives neither is a warning that it has no substance.",
    },
    example: {
      ko: "제4조 (개인정보의 파기 절차 및 방법)\n보유 기간이 지난 개인정보는 지체 없이 파기합니다. 전자 파일은 복구할 수 없도록 영구 삭제하고, 종이 문서는 분쇄하거나 소각합니다.",
      en: "Art. 4 (Destruction)\nData past its retention period is destroyed without delay: electronic files are permanently deleted so they cannot be recovered, paper is shredded or incinerated.",
    },
    messages: { ...requiredMessages(ITEM), ...partMessages(ITEM) },
  },
  check(context) {
    checkRequiredItem(context, "destruction", holdsNothingToDestroy);
  },
};
