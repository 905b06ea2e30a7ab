import { describe, expect, it } from "vitest";
import { titleTopics } from "../../src/runtime/query.js";
import { findingsOf, linesOf } from "../helpers.js";

// The security measures (시행령 제30조) under everyday titles, and passages that list them in plain verbs:
// the item is the measures, whatever the heading calls them.
const opening = [
  "푸른숲 산악회 개인정보 처리방침",
  "",
  "1. 개인정보의 처리 목적",
  "산행 신청 접수와 회비 관리를 위해 처리합니다.",
  "2. 개인정보의 파기",
  "탈퇴한 회원의 정보는 지체 없이 파기하며, 파일은 영구 삭제하고 서류는 파쇄합니다.",
];

describe("required-safety", () => {
  describe("does not fire", () => {
    it.each([["3. 안전을 위한 조치"], ["3. 회원 정보의 안전을 위한 노력"], ["3. 안전한 관리를 위한 조치"], ["3. 안전을 위해서 하는 일"]])(
      "reads '%s' as the safety section",
      async (title) => {
        const text = [...opening, title, "명단 파일은 암호화하여 두고, 총무만 열어 볼 수 있게 합니다."];
        expect(await linesOf("required-safety", text)).toEqual([]);
      },
    );

    it("a passage listing measures in plain verbs is the item under a heading that does not name it", async () => {
      const text = [
        ...opening,
        "3. 운영진의 약속",
        "명단 조회 권한은 총무 한 사람으로 한정하고, 서류함에는 잠금장치를 달아 둡니다.",
        "운영진은 해마다 개인정보 보호 교육을 받습니다.",
      ];
      expect(await linesOf("required-safety", text)).toEqual([]);
    });

    it("access logs that are kept ('접속 기록을 남겨') are a measure", async () => {
      const text = [...opening, "3. 운영진의 약속", "회원 관리 프로그램의 접속 기록을 남겨 매달 살펴보고, 연락처는 암호화해 저장합니다."];
      expect(await linesOf("required-safety", text)).toEqual([]);
    });
  });

  describe("fires", () => {
    it("a camera section titled for the premises' safety is not the safety section", async () => {
      expect(titleTopics("3. 시설 안전을 위한 영상정보처리기기 운영")).not.toContain("safety");
      const text = [
        ...opening,
        "3. 시설 안전을 위한 영상정보처리기기 운영",
        "사무실 출입구에 카메라 1대를 두며, 영상 조회 권한은 총무로 한정하고 녹화기는 잠금장치가 있는 함에 둡니다.",
      ];
      expect(await linesOf("required-safety", text)).toEqual([1]);
    });

    it("one measure in passing, or training that is the service itself, is no safety section", async () => {
      const text = [
        ...opening,
        "3. 안전 산행 교육 안내",
        "초보 회원을 위한 안전 교육 일정을 알리려고 휴대전화번호를 이용합니다. 회비 계좌는 암호화된 문자로 보냅니다.",
      ];
      expect(await linesOf("required-safety", text)).toEqual([1]);
    });
  });

  // a company whose name holds a safeguard's word: the policy's title is the whole policy's, no safety section
  describe("a policy titled with a name that holds a safeguard's word", () => {
    const titled = (safety: string[]) => [
      "한울보안시스템 개인정보 처리방침",
      "",
      "한울보안시스템은 출동 경비 계약자의 개인정보를 다음과 같이 처리합니다.",
      "",
      "1. 개인정보의 처리 목적",
      "경비 계약의 체결과 출동 관리에 씁니다.",
      "",
      ...safety,
    ];

    it("reports an empty safety section at its own heading, not at the title", async () => {
      expect(await linesOf("required-safety", titled(["2. 개인정보의 안전성 확보조치", ""]))).toEqual([8]);
    });

    it("reports no safety section as missing, though the title holds 보안", async () => {
      const findings = await findingsOf("required-safety", titled([]));
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[1, "missing"]]);
    });
  });
});
