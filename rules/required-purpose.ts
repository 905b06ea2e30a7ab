// 개인정보의 처리 목적: the purposes of processing.
import type { Rule } from "../src/runtime/rule.js";
import { checkRequiredItem, requiredMessages } from "../src/runtime/required.js";

export const requiredPurpose: Rule = {
  meta: {
    id: "required-purpose",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제1호",
    title: { ko: "개인정보의 처리 목적", en: "the purposes of processing" },
    description: {
      ko: "처리방침에는 개인정보를 처리하는 목적을 적어야 합니다(법 제30조제1항제1호). 목적 절이 없으면 오류, 제목만 있고 목적을 하나도 적지 않았거나('다음의 목적을 위하여 처리합니다' 뒤에 목록이 없음) 칸을 비워 두었으면 경고입니다. 목적은 서비스별로 구체적으로 적는 것이 작성지침의 기준입니다. 방침 자신의 목적만 밝힌 조문('제1조(목적) 이 방침은 … 알리는 것을 목적으로 한다')은 처리 목적 절이 아닙니다.",
      en: "The policy must state the purposes for which personal information is processed (PIPA Art. 30(1)1). No purpose section is an error; a heading with no purpose listed (an announced list that never comes) or a blank field is a warning. The drafting guideline expects purposes listed per service, specifically. An article that only states the policy's own purpose ('Art. 1 (Purpose) This policy sets out …') is not the purposes section.",
    },
    example: {
      ko: "제1조 (개인정보의 처리 목적)\n1. 회원 가입 및 관리: 본인 식별, 부정 이용 방지\n2. 주문 처리: 결제, 배송",
      en: "Art. 1 (Purposes)\n1. Membership: identifying members, preventing misuse\n2. Orders: payment and delivery",
    },
    messages: requiredMessages({ ko: "개인정보의 처리 목적", en: "the purposes of processing" }),
  },
  check(context) {
    checkRequiredItem(context, "purpose");
  },
};
