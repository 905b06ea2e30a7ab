// required-rights and a rights section that names one right (refusing or withdrawing, or one of 제35조~제37조) and a
// way to use it but not the other rights of 제35조~제37조: it is not empty, and the finding says which rights it
// leaves out. A section with no way to use the right, or with nothing, is reported as before.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...rights: string[]) => ["별빛 퍼즐 앱 개인정보 처리방침", "", "## 4. 이용자의 권리와 행사 방법", "", ...rights];
const found = async (lines: string[]) =>
  (await findingsOf("required-rights", lines, "markdown")).map((f) => [f.line, f.messageId, f.message]);

describe("required-rights: a section with one right and a way to use it", () => {
  it("names the rights left out", async () => {
    const lines = policy("이용자는 언제든지 맞춤 광고를 위한 정보 제공을 거부할 수 있습니다.", "", "- 앱 설정 > 알림 > 맞춤 광고 끄기");
    const [[line, id, message]] = await found(lines);
    expect([line, id]).toEqual([3, "rightsMissing"]);
    expect(message).toContain("열람·정정·삭제·처리정지");
  });

  it("names the rights left out where the one right named is access", async () => {
    const lines = policy(
      "이용자는 자신의 기록 열람을 요구할 수 있습니다.",
      "",
      "열람 요구는 서면이나 전자우편으로 하시면 10일 안에 보여 드립니다.",
    );
    const [[line, id, message]] = await found(lines);
    expect([line, id]).toEqual([3, "rightsMissing"]);
    expect(message).toContain("정정·삭제·처리정지");
    expect(message).not.toContain("열람");
  });

  it("names the rights left out where two of the statute's four are named with a way to use them", async () => {
    const lines = policy(
      "이용자는 자신의 정보 열람과 정정을 요구할 수 있습니다.",
      "",
      "요구는 앱 문의하기나 전자우편으로 하실 수 있습니다.",
    );
    const [[line, id, message], ...rest] = await found(lines);
    expect([line, id, rest]).toEqual([3, "rightsMissing", []]);
    expect(message).toContain("삭제·처리정지");
  });

  it("reads the rights in plain words ('고침', '지움', '이용 중단')", async () => {
    const lines = policy(
      "이용자는 자기 정보를 보여 달라고 하거나 고침, 지움, 이용 중단을 요구할 수 있습니다.",
      "",
      "요구는 전자우편으로 하실 수 있습니다.",
    );
    expect(await found(lines)).toEqual([]);
  });

  it("does not fire where only one of the four is left out", async () => {
    const lines = policy(
      "이용자는 자신의 정보 열람, 정정·삭제를 요구할 수 있습니다.",
      "",
      "요구는 앱 문의하기나 전자우편으로 하실 수 있습니다.",
    );
    expect(await found(lines)).toEqual([]);
  });

  it("says only that the way is missing where two rights are named without one", async () => {
    const lines = policy("이용자는 자신의 정보 열람과 정정을 요구할 수 있습니다.");
    expect((await found(lines)).map(([line, id]) => [line, id])).toEqual([[3, "noMethod"]]);
  });

  it("is hollow with no way to use the right", async () => {
    const lines = policy("이용자는 맞춤 광고를 위한 정보 제공을 거부할 수 있습니다.");
    expect((await found(lines)).map(([line, id]) => [line, id])).toEqual([[3, "hollow"]]);
  });
});

// a public body's rights chapter: a part title over the article on the rights, then the desk that takes access
// requests; the finding is the rights article's, not the part title's with nothing under it nor the desk's
describe("required-rights: where a chapter holds the rights article and the access desk", () => {
  const chapter = [
    "솔내시 시설관리공단 개인정보 처리방침",
    "",
    "제1조(개인정보의 처리 목적)",
    "체육시설 회원 관리에 씁니다.",
    "",
    "제2절 정보주체의 권리", // 6
    "",
    "제8조(정보주체와 법정대리인의 권리·의무 및 행사방법)", // 8
    "① 정보주체는 공단에 대해 언제든지 개인정보 열람과 정정을 요구할 수 있습니다.",
    "② 권리 행사는 서면, 전자우편으로 하실 수 있으며 공단은 지체 없이 조치합니다.",
    "",
    "제9조(개인정보 열람청구 접수·처리 부서)", // 12
    "열람 청구는 시설운영팀(031-555-0190)에 하실 수 있습니다.",
  ];
  it("points at the rights article", async () => {
    expect((await findingsOf("required-rights", chapter)).map((f) => [f.line, f.messageId])).toEqual([[8, "rightsMissing"]]);
  });
});

// a record said not to be erased ("원래 기재 내용은 삭제되지 않습니다") limits a right, and gives none
describe("required-rights: a word of a right said not to be done", () => {
  const clinic = (...limit: string[]) => [
    "하얀미소치과 개인정보 처리방침",
    "",
    "9. 정보주체의 권리와 행사 방법", // 3
    "환자는 언제든지 자신의 개인정보 열람과 정정을 요구할 수 있으며, 접수 데스크에 서면으로 요구하시면 됩니다.",
    ...limit,
  ];
  it("must fire: a record not erased is no right of erasure", async () => {
    const text = clinic("다만 진료기록은 추가 기재로 정정하며, 원래 기재 내용은 삭제되지 않습니다.");
    expect((await findingsOf("required-rights", text)).map((f) => [f.line, f.messageId])).toEqual([[3, "rightsMissing"]]);
  });
  it("must not fire where erasure and suspension are given beside the limit", async () => {
    const text = clinic("삭제와 처리정지도 요구할 수 있습니다.", "다만 진료기록의 원래 기재 내용은 삭제되지 않습니다.");
    expect(await findingsOf("required-rights", text)).toEqual([]);
  });
});

// leaving altogether (탈퇴, 가입 해지, 동의 철회) is a way to end every processing and stands for the rights left out;
// withdrawing the consent to one use (마케팅 정보 수신) ends only that use
describe("required-rights: consent withdrawn for one use only", () => {
  const rights = ["이용자는 자신의 정보 열람과 정정을 요구할 수 있습니다.", "", "요구는 앱 문의하기나 전자우편으로 하실 수 있습니다."];
  it.each([["마케팅 정보 수신 동의는 앱 설정에서 언제든지 철회할 수 있습니다."], ["이벤트 알림 수신은 언제든지 해지할 수 있습니다."]])(
    "still names the rights left out beside '%s'",
    async (sentence) => {
      const [[line, id, message]] = await found(policy(...rights, "", sentence));
      expect([line, id]).toEqual([3, "rightsMissing"]);
      expect(message).toContain("삭제·처리정지");
    },
  );
  it("stands where the section offers leaving altogether", async () => {
    expect(await found(policy(...rights, "", "이용자는 언제든지 회원 탈퇴로 개인정보 처리에 대한 동의를 철회할 수 있습니다."))).toEqual([]);
  });
});
