// video-devices: cameras as a physical safeguard of a restricted room, and the operating details read one by one.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const header = ["누리 저축은행 개인정보 처리방침", "", "누리 저축은행(이하 '은행')은 다음과 같이 개인정보 처리방침을 공개합니다.", ""];
const found = async (lines: string[]) => (await findingsOf("video-devices", [...header, ...lines])).map((f) => [f.line, f.messageId]);

describe("CCTV as a physical safeguard of a restricted room is not 제25조 CCTV", () => {
  it.each([
    ["a bullet of the security measures", ["8. 개인정보의 안전성 확보 조치", "- 접근권한 관리와 접속기록 보관", "- 물리적 조치: 전산실 출입 통제 및 CCTV 가동"]],
    ["the security measures, with no room named", ["8. 안전성 확보조치", "은행은 접근통제 시스템을 두고, 출입통제 장치와 CCTV로 물리적 접근을 막습니다."]],
    ["a server room watched, under another title", ["9. 기타", "데이터센터 서버 구역에는 CCTV를 설치하여 외부인 접근을 감시합니다."]],
  ])("must not fire: %s", async (_, lines) => {
    expect(await found(lines)).toEqual([]);
  });
  it.each([
    ["a public place named in the security section", ["8. 안전성 확보조치", "- 영업점 객장과 전산실에 CCTV를 설치·운영합니다."], 6],
    ["a public place under another title", ["2. 처리 목적", "- 지점 로비의 도난 예방을 위한 CCTV 운영"], 6],
  ])("must fire: %s", async (_, lines, line) => {
    expect(await found(lines)).toEqual([[line, "incomplete"]]);
  });
  it("still reads the video section, whatever the security section says", async () => {
    const lines = [
      "7. 고정형 영상정보처리기기 운영·관리",
      "은행은 시설 안전을 위하여 CCTV를 설치·운영합니다.",
      "8. 안전성 확보조치",
      "- 전산실 출입 통제 및 CCTV 가동",
    ];
    expect(await found(lines)).toEqual([[5, "incomplete"]]);
  });
});
