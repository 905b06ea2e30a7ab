// An agency's own number mistyped (digits transposed: "1833-6792") or mistaken for another (the emergency 112 for
// the cyber bureau's 182) sends the reader to no one: the finding names the agency and its number.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const remedies = (...lines: string[]) => ["가온약국 개인정보 처리방침", "", "9. 권익침해 구제방법", ...lines];

describe("outdated-reference: an agency's number mistyped", () => {
  it.each([
    ["- 개인정보분쟁조정위원회 : 1833-6792 (www.kopico.go.kr)", "1833-6972"],
    ["- 경찰청 사이버수사국 : (국번없이) 112 (ecrm.police.go.kr)", "182"],
    ["- 대검찰청 사이버수사과 1332 (www.spo.go.kr)", "1301"],
    // the committee's old direct line
    ["- 개인정보 분쟁조정위원회 : 02-405-5150 (www.kopico.go.kr)", "1833-6972"],
    ["- 개인정보분쟁조정위원회 ((02) 405-5150)", "1833-6972"],
  ])("fires on '%s'", async (line, own) => {
    const findings = await findingsOf("outdated-reference", remedies(line));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[4, "wrongContact"]]);
    expect(findings[0].message).toContain(own);
  });

  it.each([
    ["- 개인정보분쟁조정위원회 : 1833-6972 (www.kopico.go.kr)"],
    ["- 경찰청 사이버수사국 : (국번없이) 182 (ecrm.police.go.kr)"],
    ["- 대검찰청 : (국번없이) 1301 (www.spo.go.kr)"],
    ["- 긴급한 범죄 신고는 112, 사이버 범죄는 경찰청 182"],
  ])("does not fire on '%s'", async (line) => {
    expect(await findingsOf("outdated-reference", remedies(line))).toEqual([]);
  });
});

// a short number that is part of an address is a building's, a room's or a lot's, not a number to call
describe("outdated-reference: numbers in an address", () => {
  it.each([
    ["본사: 경기도 고양시 일산동구 호수로 1336 (우 10401)"],
    ["- 개인정보 분쟁조정위원회: 1833-6972, 서울특별시 종로구 세종대로 209 정부서울청사 4층 118호"],
    ["- 대검찰청 민원실: (국번없이) 1301, 서울특별시 서초구 반포대로 157 1332호"],
    ["- 보호책임자 사무실: 부산광역시 해운대구 센텀중앙로 48, 1336동 2층"],
  ])("does not fire on '%s'", async (line) => {
    expect(await findingsOf("outdated-reference", remedies(line))).toEqual([]);
  });

  it.each([
    ["- 개인정보침해신고센터: (국번없이) 1336, 나주시 진흥길 9"],
    ["- 개인정보 분쟁조정위원회: 118 (서울특별시 종로구 세종대로 209)"],
  ])("still fires on the number to call in '%s'", async (line) => {
    expect(await findingsOf("outdated-reference", remedies(line))).toHaveLength(1);
  });
});
