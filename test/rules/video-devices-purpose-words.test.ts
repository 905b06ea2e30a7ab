// video-devices and a purpose said without "목적": "사고 기록용 블랙박스", "영상은 사고 조사에만 쓰며". The purpose is
// given; what the passage leaves out (the range filmed, the person in charge) is what the finding names.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (line: string) => ["달림 렌터카 개인정보 처리방침", "", "13. 이동형 영상정보처리기기의 운영", line];
const message = async (line: string) => (await findingsOf("video-devices", policy(line))).map((finding) => finding.message);

describe("video-devices: a purpose without the word 목적", () => {
  it.each([
    "대여 차량에는 사고 기록용 블랙박스(이동형 영상정보처리기기)가 있으며, 영상은 반납 후 7일 안에 지웁니다.",
    "대여 차량의 블랙박스(이동형 영상정보처리기기) 영상은 사고 조사에만 쓰며, 반납 후 7일 안에 지웁니다.",
  ])("does not say the purpose is missing: %s", async (line) => {
    const found = await message(line);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toContain("목적");
  });
  it("says so when neither the purpose nor the basis is given", async () => {
    const found = await message("대여 차량에는 블랙박스(이동형 영상정보처리기기)가 있으며, 영상은 반납 후 7일 안에 지웁니다.");
    expect(found[0]).toContain("설치 근거·목적");
  });
});
