// 처리하는 개인정보의 항목: the personal information processed.
import type { Rule } from "../src/runtime/rule.js";
import { checkRequiredItem, requiredMessages } from "../src/runtime/required.js";

export const requiredItems: Rule = {
  meta: {
    id: "required-items",
    severity: "error",
    statute: "개인정보 보호법 시행령 제31조제1항제1호",
    title: { ko: "처리하는 개인정보의 항목", en: "the personal information processed" },
    description: {
      ko: "처리방침에는 처리하는 개인정보의 항목을 적어야 합니다(시행령 제31조제1항제1호). 항목 절이 없으면 오류, 항목을 하나도 적지 않았거나 '필수항목 :'처럼 칸을 비워 두었으면 경고입니다.",
      en: "The policy must list the items of personal information it processes (Enforcement Decree Art. 31(1)1). No such section is an error; a section that names no item, or leaves a field such as '필수항목 :' blank, is a warning.",
    },
    example: {
      ko: "제2조 (처리하는 개인정보의 항목)\n- 회원 가입: 이름, 이메일, 비밀번호\n- 자동 수집: 접속 IP, 쿠키, 방문 일시",
      en: "Art. 2 (Items processed)\n- Sign-up: name, e-mail, password\n- Collected automatically: IP address, cookies, visit times",
    },
    messages: requiredMessages({ ko: "처리하는 개인정보의 항목", en: "the personal information processed" }),
  },
  check(context) {
    checkRequiredItem(context, "items");
  },
};
