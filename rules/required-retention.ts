// 개인정보의 처리 및 보유 기간: the processing and retention period.
import type { Rule } from "../src/runtime/rule.js";
import { checkRequiredItem, requiredMessages } from "../src/runtime/required.js";

export const requiredRetention: Rule = {
  meta: {
    id: "required-retention",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제2호",
    title: { ko: "개인정보의 처리 및 보유 기간", en: "the processing and retention period" },
    description: {
      ko: "처리방침에는 개인정보의 처리 및 보유 기간을 적어야 합니다(법 제30조제1항제2호). 보유기간 절이 없으면 오류, 기간을 하나도 적지 않았거나 'oo년간'처럼 채우지 않은 칸이 있으면 경고입니다.",
      en: "The policy must state how long personal information is processed and kept (PIPA Art. 30(1)2). No such section is an error; a section with no period at all, or a template blank such as 'oo년간', is a warning.",
    },
    example: {
      ko: "제3조 (개인정보의 처리 및 보유 기간)\n회원 정보는 회원 탈퇴 시까지 보유하며, 주문 기록은 5년간 보존합니다.",
      en: "Art. 3 (Retention)\nMember data is kept until the member leaves; order records are kept for 5 years.",
    },
    messages: requiredMessages({ ko: "개인정보의 처리 및 보유 기간", en: "the processing and retention period" }),
  },
  check(context) {
    checkRequiredItem(context, "retention");
  },
};
