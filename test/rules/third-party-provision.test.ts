// third-party-provision: the passages that must fire and those that must not, beside the cases in
// conditional-items.test.ts.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("third-party-provision", lines)).map((f) => [f.line, f.messageId]);
const policy = (...section: string[]) => ["초록별 피아노교습소 개인정보 처리방침", "", "4. 개인정보의 제3자 제공", ...section];

describe("exceptions to non-provision", () => {
  describe("stated in the sentence that makes them exceptions: listed", () => {
    it.each([
      ["…경우에는 예외로 합니다", "다만 법률에 근거가 있거나 수사기관이 적법한 절차에 따라 요구하는 경우에는 예외로 합니다."],
      ["…때에는 예외로 합니다", "다만 법원이 발부한 영장에 따라 요청받은 때에는 예외로 합니다."],
      ["…의 경우는 예외로 한다", "단, 원생의 보호자가 미리 동의한 경우는 예외로 한다."],
      ["…에는 그러하지 아니하다", "다만, 다른 법률에 특별한 규정이 있는 경우에는 그러하지 아니하다."],
      ["…에는 그러하지 아니합니다", "다만 원생의 생명이나 안전이 급박하게 위험한 경우에는 그러하지 아니합니다."],
      ["…경우에만 예외로 합니다", "세무 당국이 법령에 따라 자료를 요구하는 경우에만 예외로 합니다."],
      ["a noun phrase, not a 경우 clause", "다만, 보호자가 동의한 사진 공유와 법령상 신고 의무에 따른 제공은 예외로 합니다."],
    ])("%s", async (_, exception) => {
      expect(await found(policy(`교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. ${exception}`))).toEqual([]);
    });

    it("across hard-wrapped lines", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를",
        "   외부에 제공하지 않습니다. 다만",
        "   법령에 정해진 절차에 따라",
        "   관계 당국이 요구하는 경우에는",
        "   예외로 합니다.",
      );
      expect(await found(text)).toEqual([]);
    });

    it("after the cases listed above it ('위의 경우')", async () => {
      const text = policy(
        "교습소는 다음 사유가 없으면 개인정보를 외부에 제공하지 않습니다.",
        "1. 보호자가 미리 동의한 경우",
        "2. 법률에 특별한 규정이 있는 경우",
        "위의 경우에는 예외로 합니다.",
      );
      expect(await found(text)).toEqual([]);
    });
  });

  describe("announced for a list below", () => {
    it("is listed when the list follows", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만, 다음의 경우는 예외로 합니다.",
        "1. 보호자가 미리 동의한 경우",
        "2. 법령에 따라 수사기관이 요구하는 경우",
      );
      expect(await found(text)).toEqual([]);
    });

    it("fires at the heading when the list never comes", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만, 아래에 해당하는 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("fires when 'the cases below' are excepted with 그러하지 아니합니다 and none follows", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 다음 각 호의 경우에는 그러하지 아니합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("fires when the exception names no case at all ('일부 경우')", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 일부 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("is not excused by an inline exception earlier in the section", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 법령에 특별한 규정이 있으면 그러하지 아니합니다.",
        "연주회 촬영 영상도 외부에 넘기지 않으나, 다음의 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });
  });
});
