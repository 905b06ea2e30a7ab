// 개인정보의 안전성 확보조치: the security measures.
import type { Rule } from "../src/runtime/rule.js";
import { checkRequiredItem, requiredMessages } from "../src/runtime/required.js";

export const requiredSafety: Rule = {
  meta: {
    id: "required-safety",
    severity: "error",
    statute: "개인정보 보호법 제29조, 시행령 제31조제1항제3호, 제30조",
    title: { ko: "개인정보의 안전성 확보조치", en: "the security measures" },
    description: {
      ko: "처리방침에는 개인정보의 안전성 확보조치(관리적·기술적·물리적 조치)를 적어야 합니다(시행령 제31조제1항제3호). 해당 절이 없으면 오류, 내부관리계획·교육·접근통제·암호화·접속기록 보관·보안프로그램·출입통제 같은 구체적인 조치를 하나도 밝히지 않았으면('안전하게 관리하기 위해 노력합니다'만 적었으면) 경고입니다.",
      en: "The policy must describe its security measures — managerial, technical and physical (Enforcement Decree Art. 31(1)3). No such section is an error; a section that names no concrete measure (internal plan, training, access control, encryption, access logs, security software, physical access control), only an effort to keep the data safe, is a warning.",
    },
    example: {
      ko: "제9조 (개인정보의 안전성 확보조치)\n내부관리계획 수립·시행, 정기적인 직원 교육, 접근권한 관리, 개인정보 암호화, 보안프로그램 설치",
      en: "Art. 9 (Security measures)\nAn internal management plan, regular staff training, access control, encryption of personal data, security software",
    },
    messages: requiredMessages({ ko: "개인정보의 안전성 확보조치", en: "the security measures" }),
  },
  check(context) {
    checkRequiredItem(context, "safety");
  },
};
