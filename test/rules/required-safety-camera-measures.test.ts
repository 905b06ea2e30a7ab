// required-safety and the cameras' own measures ("영상정보 보호 조치: 녹화장비 접근 통제, 관제실 잠금장치") in the
// video-devices section: they protect the footage, they are not the policy's security measures.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (...extra: string[]) => [
  "누리물류 개인정보 처리방침",
  "",
  "제1조 (개인정보의 처리 목적)",
  "출입 관리와 화물 인수인계를 위해 처리합니다.",
  "",
  "제2조 (영상정보처리기기의 설치·운영)",
  "① 고정형 영상정보처리기기(CCTV)",
  "  1. 설치 근거·목적: 시설 안전 및 화재 예방",
  "  2. 설치 대수·위치: 12대, 각 센터 출입구와 하역장",
  "  3. 관리책임자: 보안팀장 홍다래 (031-555-0100)",
  "  4. 정보주체의 열람 등 요구: 본인이 촬영된 영상의 열람이나",
  "     존재 확인을 보안팀에 청구할 수 있으며, 회사는 10일",
  "     안에 조치합니다.",
  "  5. 영상정보 보호 조치: 녹화장비 접근 통제, 관제실",
  "     잠금장치, 열람·반출 대장 작성",
  ...extra,
];
const lines = async (text: string[]) => (await findingsOf("required-safety", text)).map((finding) => [finding.line, finding.messageId]);

describe("required-safety: the cameras' measures are not the policy's", () => {
  it("must fire at line 1 when only the cameras' measures are given", async () => {
    expect(await lines(policy())).toEqual([[1, "missing"]]);
  });
  it("must not fire when the policy gives its own", async () => {
    const own = [
      "",
      "제3조 (개인정보의 안전성 확보조치)",
      "내부관리계획 수립, 접근권한 관리, 개인정보 암호화, 접속기록 보관, 보안프로그램 설치",
    ];
    expect(await lines(policy(...own))).toEqual([]);
  });
});
