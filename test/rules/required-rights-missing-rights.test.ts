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
