// A small business's policy set as short unnumbered titles between blank lines ("처리 목적", "보유 기간", "쿠키",
// "파기"), each naming a different item: four or more such titles are the policy's sections, so no section runs on
// into the next and lends it words ("매달 1일" under "파기" is no CCTV retention period).
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = [
  "코지 공유주방 개인정보 처리방침", // 1
  "", // 2
  "처리 목적", // 3
  "주방 예약과 이용료 결제에 씁니다.", // 4
  "", // 5
  "수집 항목", // 6
  "- 이름, 휴대전화번호", // 7
  "", // 8
  "CCTV 운영", // 9
  "도난 방지를 위해 출입문과 조리대에 CCTV 4대를 둡니다.", // 10
  "- 관리책임자: 대표 문코지 (010-5555-0144)", // 11
  "- 영상은 녹화기에 저장되며 공간이 차면 덮어씁니다.", // 12
  "", // 13
  "쿠키", // 14
  "예약 페이지는 쿠키를 쓰지 않습니다.", // 15
  "", // 16
  "파기", // 17
  "보유 기간이 끝난 정보는 매달 1일 지체 없이 복구할 수 없게 지웁니다.", // 18
];

describe("short unnumbered titles naming four or more items", () => {
  it("are the sections", async () => {
    const document = await parsePolicy(policy.join("\n"), "text");
    expect(document.sections.map((section) => [section.startLine, section.endLine])).toEqual([
      [1, 1],
      [3, 4],
      [6, 7],
      [9, 12],
      [14, 15],
      [17, 18],
    ]);
  });

  it("keep each section's words its own: the CCTV section has no retention period", async () => {
    const findings = await findingsOf("video-devices", policy);
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "incomplete"]]);
    expect(findings[0].message).toContain("보관 기간");
  });

  it("a one-word title alone among sentences stays text", async () => {
    const document = await parsePolicy(
      ["코지 공유주방 개인정보 처리방침", "", "쿠키", "예약 페이지는 쿠키를 쓰지 않습니다."].join("\n"),
      "text",
    );
    expect(document.sections.map((section) => section.startLine)).toEqual([1]);
  });
});
