import { describe, expect, it } from "vitest";
import { titleTopics } from "../../src/runtime/query.js";
import { findingsOf, linesOf } from "../helpers.js";

// The drafting guideline asks for plain words: a section may be titled with the everyday verb for its item
// (없애다·지우다 for 파기, 맡기다 for 위탁, 넘겨주다·나눠 주다 for 제공, 언제까지 보관 for 보유기간, 모으다 for 수집).
const complete = {
  purpose: ["1. 개인정보의 처리 목적", "강좌 신청 접수와 수강료 결제를 위해 처리합니다."],
  items: ["2. 처리하는 개인정보 항목", "이름, 휴대전화번호, 생년월일"],
  retention: ["3. 보유 기간", "회원 탈퇴 시까지 보유합니다."],
  destruction: ["4. 개인정보의 파기", "기간이 끝난 정보는 지체 없이 파기하며, 파일은 복구할 수 없게 영구 삭제하고 종이는 파쇄합니다."],
};
type Part = keyof typeof complete;

function policy(replaced: Part, ...section: string[]): string[] {
  const parts = (Object.keys(complete) as Part[]).flatMap((part) => (part === replaced ? section : complete[part]));
  return ["별빛문화센터 개인정보 처리방침", "", ...parts];
}

describe("required items under plain-language titles", () => {
  describe("does not fire", () => {
    it.each([["4. 다 쓴 개인정보를 없애는 절차와 방법"], ["4. 개인정보는 언제, 어떻게 지우나요?"], ["4. 필요 없어진 정보 지우기"]])(
      "required-destruction: reads '%s' as the destruction section",
      async (title) => {
        const text = policy(
          "destruction",
          title,
          "기간이 끝나면 그달 말에 모아서 없애고, 파일은 되살릴 수 없게 영구 삭제하고 종이는 파쇄합니다.",
        );
        expect(await linesOf("required-destruction", text)).toEqual([]);
      },
    );

    it.each([["3. 개인정보를 언제까지 보관하나요?"], ["3. 개인정보를 보관하는 기간"], ["3. 얼마나 오래 갖고 있나요?"]])(
      "required-retention: reads '%s' as the retention section",
      async (title) => {
        expect(await linesOf("required-retention", policy("retention", title, "회원에서 탈퇴할 때까지 둡니다."))).toEqual([]);
      },
    );

    it("required-items: reads '우리가 모으는 개인정보' as the items section", async () => {
      expect(await linesOf("required-items", policy("items", "2. 우리가 모으는 개인정보", "이름, 휴대전화번호, 생년월일"))).toEqual([]);
    });
  });

  describe("fires", () => {
    it("required-destruction: a rights title that names deleting with correcting is not the destruction section", async () => {
      const text = policy(
        "destruction",
        "4. 내 정보를 보고, 고치고, 지우는 방법",
        "고객센터에 전화하여 열람·정정·삭제를 요구할 수 있습니다.",
      );
      expect(await linesOf("required-destruction", text)).toEqual([1]);
    });

    it("required-items: a name that begins with 모아 does not make the title line an items section", async () => {
      const text = ["모아책방 개인정보 처리방침", "", ...complete.purpose, ...complete.retention, ...complete.destruction];
      expect(await linesOf("required-items", text)).toEqual([1]);
    });

    it("processor-disclosure: a plain title ('일을 다른 업체에 맡기는 경우') is the entrustment section, whose announced list is missing", async () => {
      const text = policy(
        "retention",
        ...complete.retention,
        "5. 일을 다른 업체에 맡기는 경우",
        "센터는 원활한 업무를 위해 아래와 같이 개인정보 처리 업무를 다른 업체에 맡기고 있습니다.",
      );
      const findings = await findingsOf("processor-disclosure", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "announcedNotListed"]]);
    });

    it("third-party-provision: a plain title ('다른 곳에 넘겨주는 경우') is the provision section, whose announced exceptions are missing", async () => {
      const text = policy(
        "retention",
        ...complete.retention,
        "5. 개인정보를 다른 곳에 넘겨주는 경우",
        "센터는 개인정보를 밖으로 넘겨주지 않습니다. 다만, 아래의 경우에는 예외로 합니다.",
      );
      const findings = await findingsOf("third-party-provision", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "announcedNotListed"]]);
    });
  });
});

// a plain-language policy asks its headings as the reader would ("누가 대신 처리하나요?", "어디에 제공하나요?"): the
// questions about processors and recipients are those sections, and other sections' questions are not
describe("question-style titles of the processors and the recipients", () => {
  it.each([["5. 누가 제 개인정보를 대신 처리하나요?"], ["5. 어떤 회사가 내 정보를 다루나요?"], ["5. 정보 처리를 도와주는 업체"]])(
    "processor-disclosure: reads '%s' as the entrustment section, and fires at a processor given only as a kind",
    async (title) => {
      const text = policy("retention", ...complete.retention, title, "수탁자\t위탁업무", "배송 전문업체\t수강 교재 배송");
      const findings = await findingsOf("processor-disclosure", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[11, "unnamedProcessor"]]);
    },
  );

  it.each([["5. 개인정보를 어디에 제공하나요?"], ["5. 누구에게 내 정보를 넘기나요?"], ["5. 다른 곳에 개인정보를 주는 경우"]])(
    "third-party-provision: reads '%s' as the provision section, whose announced exceptions are missing",
    async (title) => {
      const text = policy(
        "retention",
        ...complete.retention,
        title,
        "센터는 개인정보를 밖으로 내보내지 않습니다. 다만, 아래의 경우에는 예외로 합니다.",
      );
      const findings = await findingsOf("third-party-provision", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "announcedNotListed"]]);
    },
  );

  it.each([
    ["얼마나 오래 보관하나요?", ["retention"]],
    ["어떻게 파기하나요?", ["destruction"]],
    ["누구에게 물어보면 되나요?", ["dpo"]],
    ["어떤 정보를 처리하나요?", ["items"]],
    ["왜 처리하나요?", ["purpose"]],
    ["어디에 신고할 수 있나요?", ["remedies"]],
    ["어디에 쓰이나요?", ["purpose"]],
    ["대리인이 대신 요청할 수 있나요?", []],
    ["누가 제 정보를 처리하나요?", []],
  ])("takes '%s' for the items %j, not for the processors or the recipients", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });
});

// a reader's own question about their data names whose data, the action and what the reader wants ("내 기록을
// 확인하거나 고치고 싶을 때"): that is the rights, even when the action is deleting; what happens to data once
// its period is over is the destruction; the data as the subject going elsewhere is the provision
describe("question-style titles asked by the data subject", () => {
  it.each([
    ["내 기록을 확인하거나 고치고 싶을 때", ["rights"]],
    ["계정 정보를 바꾸려면 어떻게 하나요?", ["rights"]],
    ["저에 관한 정보를 지워 달라고 할 수 있나요?", ["rights"]],
    ["회원 정보를 삭제할 수 있나요?", ["rights"]],
    ["제 정보 처리를 중단하고 싶어요", ["rights"]],
    ["보관 기간이 지나면 제 정보는 어떻게 처리되나요?", ["destruction"]],
    ["이용 목적이 달성되면 정보는 어떻게 되나요?", ["destruction"]],
    ["개인정보 책임자 연락처", ["dpo"]],
    ["개인정보 처리 책임자는 누구예요?", ["dpo"]],
    ["내 정보가 외부로 전달되나요?", ["third-party"]],
    ["회원 정보가 다른 회사에 넘어갈 수 있나요?", ["third-party"]],
  ])("takes '%s' for the items %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it.each([
    ["다 쓴 기록을 지우는 방법", ["destruction"]],
    ["필요 없어진 정보는 언제 지우나요?", ["destruction"]],
    ["정보를 보관하는 기간", ["retention"]],
    ["정보를 어떻게 지키나요?", ["safety"]],
    ["7 | 회원 정보를 안전하게 다루는 방법", ["safety"]],
    ["고객 기록을 안전하게 보관하는 방법", ["safety"]],
    ["7) 보호 방법", ["safety"]],
    ["지키는 방법", ["safety"]],
    ["여러분의 정보는 이렇게 지켜집니다", ["safety"]],
    ["권익 보호 방법", []],
    ["회원의 권리를 지키는 방법", ["rights"]],
    ["이 방침이 바뀌면 어떻게 알 수 있나요?", ["change"]],
    ["아이도 가입할 수 있나요?", []],
    ["책임자의 승인", []],
    ["지난 개인정보 처리방침을 보려면", []],
  ])("keeps '%s' as %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  // the security measures under a title in everyday words: how the data is kept safe, with no statutory term
  it.each([["5. 안전하게 다루는 방법"], ["5. 보호 방법"], ["5 | 회원 정보를 안전하게 관리하는 방법"]])(
    "required-safety: reads '%s' as the safety section",
    async (title) => {
      const text = [
        ...policy("destruction", ...complete.destruction),
        title,
        "카드 번호는 암호화해 두고, 상담 직원만 열어 볼 수 있게 합니다.",
      ];
      expect(await linesOf("required-safety", text)).toEqual([]);
    },
  );

  it("required-safety: a Markdown title that says how the data is protected ('이렇게 보호합니다') is the safety section", async () => {
    const text = [
      "# 별빛문화센터 개인정보 처리방침",
      "## 1. 처리 목적",
      "강좌 신청 접수와 수강료 결제를 위해 처리합니다.",
      "## 5. 고객님의 정보는 이렇게 보호합니다",
      "카드 번호는 암호화해 두고, 상담 직원만 열어 볼 수 있게 합니다.",
    ];
    expect(await linesOf("required-safety", text, "markdown")).toEqual([]);
  });

  it("required-safety: a title about keeping the reader's rights is not the safety section", async () => {
    const text = [
      ...policy("destruction", ...complete.destruction),
      "5. 회원의 권리를 지키는 방법",
      "열람과 정정은 안내 데스크에서 요청할 수 있습니다.",
    ];
    expect(await linesOf("required-safety", text)).toEqual([1]);
  });

  it("required-rights and required-destruction: a reader's wish to delete is the rights section, not the destruction", async () => {
    const text = [
      "별빛문화센터 개인정보 처리방침",
      "",
      ...complete.purpose,
      ...complete.items,
      ...complete.retention,
      "4. 내 기록을 열어 보거나 지우고 싶다면",
      "누리집 [내 정보] 메뉴에서 직접 조회하고 수정할 수 있으며, 탈퇴나 처리 정지는 안내 데스크에 요청하시면 됩니다.",
    ];
    expect(await linesOf("required-rights", text)).toEqual([]);
    expect(await linesOf("required-destruction", text)).toEqual([1]);
  });

  it("required-destruction: what happens when the period ends is the destruction section", async () => {
    const text = [
      "별빛문화센터 개인정보 처리방침",
      "",
      ...complete.purpose,
      ...complete.items,
      "3. 보관 기간이 끝나면 정보는 어떻게 되나요?",
      "기간이 끝난 정보는 다음 달 첫 주에 모아 되살릴 수 없게 영구 삭제하고, 종이는 파쇄합니다.",
    ];
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });

  it("dpo-contact: '개인정보 책임자' is the DPO section, which gives no contact", async () => {
    const text = [
      ...policy("destruction", ...complete.destruction),
      "5. 개인정보 책임자는 누구인가요?",
      "센터의 개인정보 책임자는 운영실장 한지민입니다.",
    ];
    const findings = await findingsOf("dpo-contact", text);
    expect(findings.map((finding) => finding.line)).toEqual([11]);
  });
});

// the data the controller processes as the head of a title is the items, under any processing verb; a title
// that names another item after it, or another party's processing, keeps that item
describe("items titles without 항목 or 수집", () => {
  it.each([
    ["처리하는 개인정보", ["items"]],
    ["센터가 다루는 정보", ["items"]],
    ["처리되는 개인정보의 종류", ["items"]],
    ["개인정보 내역", ["items"]],
    ["처리하는 개인정보 및 보유 기간", ["items", "retention"]],
    ["Data We Process", ["items"]],
  ])("takes '%s' for %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it.each([
    ["처리하는 개인정보의 보유 기간", ["retention"]],
    ["처리하는 개인정보의 파기", ["destruction"]],
    ["이용하는 개인정보의 제3자 제공", ["third-party"]],
    ["위탁하여 처리하는 개인정보", ["entrustment"]],
    ["영상정보처리기기로 처리하는 정보", ["video"]],
    ["통계 분석에 이용되는 정보", []],
    ["개인정보 처리방침", []],
  ])("keeps '%s' as %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });
});

// a heading that names the recipient of the data ("…에게 제공하는 정보") is the provision, unless the recipient is
// the data subject, a processor or abroad, or the title goes on to another item
describe("provision titles that name the recipient", () => {
  it.each([
    ["가맹점에게 제공하는 개인정보", ["third-party"]],
    ["보험사에 제공되는 정보 (Data Shared with Insurers)", ["third-party"]],
    ["개인정보를 제공받는 자", ["third-party"]],
  ])("takes '%s' for %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it.each([
    ["이용자에게 제공하는 정보", []],
    ["수탁업체에 제공하는 정보", ["entrustment"]],
    ["해외 제휴사에게 제공하는 개인정보", ["overseas"]],
    ["가맹점에게 제공하는 개인정보의 보유 기간", ["retention"]],
  ])("keeps '%s' as %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });
});

// questions in the formal ending (…됩니까, …합니까) read as their plain forms do, and the DPO may be a 관리자
describe("question titles in the formal ending, and the DPO as 관리자", () => {
  it.each([
    ["보관 기간이 끝나면 제 정보는 어떻게 됩니까?", ["destruction"]],
    ["이용 목적이 달성되면 자료는 어떻게 처리합니까", ["destruction"]],
    ["회원님의 정보를 어떻게 사용합니까?", ["purpose"]],
    ["정보를 어떻게 보호합니까", ["safety"]],
    ["개인정보보호관리자", ["dpo"]],
    ["개인정보 관리자 및 연락처", ["dpo"]],
  ])("takes '%s' for %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it.each([
    ["쿠키 정보를 어떻게 사용하나요", ["cookies"]],
    ["개인정보 관리자 권한의 최소화", []],
    ["시스템 관리자", []],
  ])("keeps '%s' as %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it("dpo-contact and required-destruction: the sections are read under those titles", async () => {
    const text = [
      ...policy(
        "destruction",
        "4. 보관 기간이 지나면 제 정보는 어떻게 됩니까?",
        "기간이 지난 정보는 지체 없이 모아 파일은 영구 삭제하고, 종이는 파쇄합니다.",
      ),
      "5. 개인정보보호관리자",
      "성명: 오세진(운영실장), 전화: 031-765-4321",
    ];
    expect(await linesOf("required-destruction", text)).toEqual([]);
    expect(await linesOf("dpo-contact", text)).toEqual([]);
  });
});

// a title in the noun of the item's verb ("업무 맡김", "정보의 외부 전달"), an English "Outsourcing", and a revision
// history titled alone ("변경 이력") name their items
describe("titles in nouns, English, and a history titled alone", () => {
  it.each([
    ["업무 맡김", ["entrustment"]],
    ["Outsourcing", ["entrustment"]],
    ["정보의 외부 전달", ["third-party"]],
    ["변경 이력", ["change"]],
  ])("takes '%s' for %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });

  it.each([["개인정보 처리방침 변경 이력 조회 방법", ["change"]]])("keeps '%s' as %j", (title, topics) => {
    expect(titleTopics(title)).toEqual(topics);
  });
});
