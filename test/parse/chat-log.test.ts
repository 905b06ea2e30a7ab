// A policy pasted out of a messenger's chat window: each message led by its time, the days parted by date lines,
// and a word or two before the policy's title. None of it is the policy's.
import { describe, expect, it } from "vitest";
import { withoutChatTimestamps } from "../../src/parse/chat-log.js";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = [
  "한솔 꽃집 개인정보 처리방침",
  "한솔 꽃집(이하 '꽃집')은 주문 고객의 개인정보를 다음과 같이 처리합니다.",
  "1. 개인정보의 처리 목적",
  "- 꽃 주문 접수와 배달",
  "2. 처리하는 개인정보의 항목",
  "- 주문자와 받는 분의 이름, 휴대전화번호, 배달 주소",
  "3. 개인정보의 처리 및 보유 기간",
  "- 주문 정보: 배달 완료 후 1년",
  "4. 개인정보 보호책임자",
  "- 대표 한솔 (010-0000-0000)",
  "5. 개인정보의 파기",
  "- 보유 기간이 끝나면 지체 없이 파기합니다.",
];
const chat = [
  "------------- 2026년 4월 2일 목요일 -------------",
  "[김점장] [오후 2:05] 누리집에 올릴 최종본 보내요. 확인 부탁드려요",
  ...policy.map((line, index) => `[김점장] [오후 2:${String(6 + Math.floor(index / 4)).padStart(2, "0")}] ${line}`),
];

describe("a chat window's message times", () => {
  it("are blanked with the date line and the messages before the title, column for column", () => {
    const opened = withoutChatTimestamps(chat);
    expect(opened.map((line) => line.trim())).toEqual(["", "", ...policy]);
    expect(opened.map((line) => line.length)).toEqual(chat.map((line) => line.length));
  });

  it("leave the policy read as its sections, its title found", async () => {
    const document = await parsePolicy(chat.join("\n"));
    expect(document.title).toMatchObject({ text: "한솔 꽃집 개인정보 처리방침", line: 3 });
    expect(document.sections.map((section) => section.heading.title)).toEqual([
      "한솔 꽃집 개인정보 처리방침",
      "개인정보의 처리 목적",
      "처리하는 개인정보의 항목",
      "개인정보의 처리 및 보유 기간",
      "개인정보 보호책임자",
      "개인정보의 파기",
    ]);
    expect(await findingsOf("title-name", chat)).toEqual([]);
    expect(await findingsOf("effective-date", chat).then((found) => found.map((finding) => finding.messageId))).toEqual(["missing"]);
  });

  it("a policy that gives a few hours in brackets is no chat", () => {
    const hours = ["[09:00] 상담 시작", "한솔 꽃집 개인정보 처리방침", ...policy, "[18:00] 상담 종료"];
    expect(withoutChatTimestamps(hours)).toBe(hours);
  });
});
