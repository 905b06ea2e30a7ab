// outdated-reference and the safety-measures standard cited as the ministry's notice: since 2020-08-05 it is the
// Personal Information Protection Commission's. Cited as the commission's, or with the ministry in another role, it
// is current.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (line: string) => ["누리 동물병원 개인정보 처리방침", "", "7. 개인정보의 안전성 확보조치", line];
const stale = async (line: string) =>
  (await findingsOf("outdated-reference", policy(line))).filter((f) => f.messageId === "stale").map((f) => [f.line, f.message]);

describe("outdated-reference: the safety-measures standard's issuer", () => {
  it.each([
    "병원은 「개인정보의 안전성 확보조치 기준」(행정안전부 고시)에 따라 다음 조치를 합니다.",
    "병원은 행정자치부 고시 「개인정보의 안전성 확보조치 기준」을 지킵니다.",
  ])("must fire: %s", async (line) => {
    expect(await stale(line)).toEqual([
      [4, "「개인정보의 안전성 확보조치 기준」은 2020-08-05부터 개인정보보호위원회 고시입니다(행정안전부·행정자치부 고시가 아닙니다)"],
    ]);
  });
  it.each([
    "병원은 「개인정보의 안전성 확보조치 기준」(개인정보보호위원회 고시)에 따라 다음 조치를 합니다.",
    "병원은 「개인정보의 안전성 확보조치 기준」에 따라 내부관리계획을 세웁니다. 재난 대응은 행정안전부 지침을 따릅니다.",
  ])("must not fire: %s", async (line) => {
    expect(await stale(line)).toEqual([]);
  });
});
