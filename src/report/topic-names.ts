// What each section topic (rules/data/section-topics.json) is called, in Korean and English: the item's name
// in the rule that checks it (its meta.title), or the statute's wording where a rule's title names a check
// rather than the item ("개인정보 보호책임자 연락처" → 개인정보 보호책임자).
import type { Topic } from "../runtime/query.js";
import type { Locale } from "../runtime/rule.js";

// typed by the topics themselves: a topic added to section-topics.json without a name here does not compile
export const TOPIC_NAMES = {
  purpose: { ko: "개인정보의 처리 목적", en: "purposes of processing" },
  items: { ko: "처리하는 개인정보의 항목", en: "personal information processed" },
  retention: { ko: "개인정보의 처리 및 보유 기간", en: "processing and retention period" },
  destruction: { ko: "개인정보의 파기 절차 및 방법", en: "destruction procedure and method" },
  "third-party": { ko: "개인정보의 제3자 제공", en: "provision to third parties" },
  entrustment: { ko: "개인정보 처리의 위탁", en: "entrustment of processing" },
  overseas: { ko: "개인정보의 국외 이전", en: "overseas transfer" },
  rights: { ko: "정보주체와 법정대리인의 권리·의무 및 행사방법", en: "data subjects' rights and how to exercise them" },
  safety: { ko: "개인정보의 안전성 확보조치", en: "security measures" },
  cookies: { ko: "자동 수집 장치(쿠키 등)의 설치·운영 및 거부", en: "cookies and other automatic collection devices" },
  behavioral: { ko: "행태정보의 수집·이용 및 거부", en: "behavioural information" },
  dpo: { ko: "개인정보 보호책임자", en: "privacy officer (DPO)" },
  "domestic-agent": { ko: "국내대리인", en: "domestic agent" },
  remedies: { ko: "권익침해 구제방법", en: "remedies for infringement" },
  video: { ko: "영상정보처리기기 운영·관리", en: "CCTV and other video devices" },
  pseudonymized: { ko: "가명정보의 처리", en: "pseudonymised information" },
  sensitive: { ko: "민감정보", en: "sensitive information" },
  change: { ko: "처리방침의 변경", en: "changes to the policy" },
} satisfies Record<Topic, Record<Locale, string>>;

export function topicName(topic: Topic, locale: Locale): string {
  return TOPIC_NAMES[topic][locale];
}
