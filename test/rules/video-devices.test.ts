// video-devices: cameras as a physical safeguard of a restricted room, and the operating details read one by one.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";
import { lintText } from "../../src/pipeline/lint.js";

const header = ["누리 저축은행 개인정보 처리방침", "", "누리 저축은행(이하 '은행')은 다음과 같이 개인정보 처리방침을 공개합니다.", ""];
const found = async (lines: string[]) => (await findingsOf("video-devices", [...header, ...lines])).map((f) => [f.line, f.messageId]);

describe("CCTV as a physical safeguard of a restricted room is not 제25조 CCTV", () => {
  it.each([
    [
      "a bullet of the security measures",
      ["8. 개인정보의 안전성 확보 조치", "- 접근권한 관리와 접속기록 보관", "- 물리적 조치: 전산실 출입 통제 및 CCTV 가동"],
    ],
    [
      "the security measures, with no room named",
      ["8. 안전성 확보조치", "은행은 접근통제 시스템을 두고, 출입통제 장치와 CCTV로 물리적 접근을 막습니다."],
    ],
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

describe("number, location and range are read one by one, and only the missing ones are named", () => {
  const section = (placement: string) => [
    "7. 고정형 영상정보처리기기 운영·관리",
    `은행은 범죄 예방을 위하여 ${placement} 고정형 영상정보처리기기를 운영합니다.`,
    "영상은 14일간 보관하며, 관리책임자는 총무부장(02-700-1234)입니다.",
  ];
  // every finding of the rule but the note on the old term, with its severity
  const findingOf = async (placement: string) =>
    (await lintText([...header, ...section(placement)].join("\n"), "passage.txt")).findings
      .filter((f) => f.ruleId === "video-devices" && f.messageId === "incomplete")
      .map((f) => ({ severity: f.severity, message: f.message }));
  it("names only the range when count and places are in running prose, as a note", async () => {
    const [finding, ...more] = await findingOf("본점 현관과 주차장에 6대의");
    expect(more).toEqual([]);
    expect(finding.severity).toBe("info");
    expect(finding.message).toContain("촬영 범위");
    expect(finding.message).not.toContain("설치 대수");
    expect(finding.message).not.toContain("설치 위치");
  });
  it("names the count and places when only the range is given, as a warning", async () => {
    const [finding] = await findingOf("출입 동선 전체를 촬영 범위로 하는");
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain("설치 대수");
    expect(finding.message).toContain("설치 위치");
    expect(finding.message).not.toContain("촬영 범위");
  });
  it("names the count alone when the places and range are given", async () => {
    const [finding] = await findingOf("후문 주차장 일대를 촬영하는");
    expect(finding.severity).toBe("warning");
    expect(finding.message).toMatch(/관한 설치 대수가 없습니다$/);
  });
  it.each([
    "정문 쪽 두 대와 3층 대기실 한 대로 각 구역을 촬영하는",
    "설치 대수 4대, 설치 위치 본점 로비, 촬영 범위 로비 전체인",
    // how long it films, between what it films and the verb
    "정문 1대와 객장 3대로 객장 전체를 24시간 촬영하는",
  ])("must not fire when all three are given: %s", async (placement) => {
    expect(await findingOf(placement)).toEqual([]);
  });
  it("asks no count or places of mobile devices alone, but still of fixed ones", async () => {
    const mobile = (title: string) => [
      `7. ${title}`,
      "회사는 사고 조사를 위하여 배송 차량마다 블랙박스를 달아 차량 앞쪽 도로를 촬영합니다.",
      "영상은 10일간 보관하며, 관리책임자는 차량관리팀장(02-700-5678)입니다.",
    ];
    expect(await findingsOf("video-devices", [...header, ...mobile("이동형 영상정보처리기기 운영·관리")])).toEqual([]);
    const [fixed] = await findingsOf("video-devices", [...header, ...mobile("고정형·이동형 영상정보처리기기 운영·관리")]);
    expect(fixed.message).toContain("설치 대수");
  });
});

// cameras that are what the business sells or serves (installed at the customer's, the customer's footage, sales,
// maintenance) are not cameras it runs: 제25조 asks the operator for its own devices' details
describe("CCTV as the service's subject, not the controller's own devices", () => {
  const policy = (...lines: string[]) => [
    "한결텔레콤 개인정보 처리방침",
    "",
    "한결텔레콤(이하 '회사')은 다음과 같이 개인정보 처리방침을 공개합니다.",
    "",
    "1. 처리 목적",
    ...lines,
  ];
  const warned = async (lines: string[]) =>
    (await findingsOf("video-devices", policy(...lines))).filter((f) => f.messageId === "incomplete").map((f) => f.line);
  it.each([
    ["installation work as a purpose", ["- 가정용 CCTV 설치 시공 및 원격 설정 지원"]],
    ["cameras sold and rented", ["- 방범 카메라(CCTV) 판매·렌탈 계약의 이행"]],
    ["the customer's footage on request", ["- 고객님의 CCTV 녹화 영상은 고객 요청이 있을 때만 확인합니다."]],
    ["cameras at the customer's premises", ["- 의뢰인 상가 건물에 CCTV 설치 공사를 하고 사후 점검을 합니다."]],
    ["an item read as a heading of its own", ["가. 서비스 제공", "  1) 가정용 CCTV 설치 시공 및 출장 점검"]],
  ])("must not fire: %s", async (_, lines) => {
    expect(await warned(lines)).toEqual([]);
  });
  it.each([
    ["its own shop", ["- 회사 전시장 매장에 CCTV를 설치·운영하여 도난을 막습니다."]],
    ["its own office entrance", ["- 본사 사무실 출입구 CCTV 운영을 통한 시설 보안"]],
    ["installation work beside its own cameras", ["- CCTV 설치 공사 및 점검", "- 본사 건물 로비에 CCTV를 설치하여 운영합니다."]],
  ])("must fire: %s", async (_, lines) => {
    expect((await warned(lines)).length).toBe(1);
  });
});

// a deadline to act on a request ("10일 안에 조치") is no retention period
describe("the retention period is how long footage is kept, not a deadline for a request", () => {
  const section = (last: string) => [
    "7. 고정형 영상정보처리기기 운영·관리",
    "- 설치 근거·목적: 「개인정보 보호법」 제25조제1항, 시설 안전",
    "- 설치 대수·위치·촬영 범위: 3대, 본점 현관과 객장 (출입자)",
    "- 관리책임자: 총무부장 (02-700-1234)",
    last,
  ];
  it.each([
    "- 영상 열람 요구에 대한 조치: 청구서를 받아 10일 안에 조치",
    "- 열람 청구: 본인이 촬영된 영상만 열람할 수 있으며 은행은 7일 이내에 서면으로 답변합니다.",
    "- 열람 절차: 청구서를 받은 날부터 5일 이내에 열람 허용 여부를 결정하여 알립니다.",
    "- 열람 요구: 보호자가 서면으로 신청하면 10일 이내에 열람 여부를 알립니다.",
  ])("must fire: %s", async (last) => {
    const findings = await findingsOf("video-devices", [...header, ...section(last)]);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "incomplete"]]);
    expect(findings[0].message).toContain("보관 기간");
  });
  it.each(["- 보관 기간: 촬영일부터 30일 이내 보관 후 자동 삭제", "- 보관 기간: 촬영일부터 30일"])("must not fire: %s", async (last) => {
    expect(await found(section(last))).toEqual([]);
  });
});

// "건물의 CCTV는 해당 건물 관리주체가 운영합니다": another party's cameras where the service stands
describe("cameras another party runs are not the controller's", () => {
  const section = (...body: string[]) => ["9. 고정형 영상정보처리기기", ...body];
  it.each([
    [
      "beside a denial",
      ["은행은 고정형 영상정보처리기기를 설치·운영하지 않습니다. 지점이 입주한 건물의 CCTV는 건물 관리사무소가 운영합니다."],
    ],
    ["alone", ["지점이 입주한 상가의 CCTV는 상가 관리자가 설치·운영합니다."]],
  ])("must not fire: %s", async (_, body) => {
    expect(await found(section(...body))).toEqual([]);
  });
  it("must fire where the controller runs cameras of its own beside them", async () => {
    const body = ["은행은 객장에 CCTV 2대를 운영합니다. 건물 출입구의 CCTV는 건물 관리사무소가 운영합니다."];
    expect((await found(section(...body))).map(([line]) => line)).toEqual([5]);
  });
});

// the separate operating policy's name may be cut by a hard wrap, as a PDF copied out at a fixed width leaves it
describe("the separate operating policy named across a hard wrap", () => {
  const section = (first: string, second: string) => [
    "7. 고정형 영상정보처리기기의 운영",
    "은행은 영업점 객장에 고정형 영상정보처리기기를 설치·운영하며, 설치 근거와 대수, 관리책임자 등은",
    first,
    second,
  ];
  it("must not fire when the name runs onto the next line", async () => {
    expect(await found(section("별도로 게시한 「누리 저축은행 영상정보처리기기 운영·관리", "방침」을 따릅니다."))).toEqual([]);
  });
  it("must not fire when the name stands on one line (control)", async () => {
    expect(await found(section("별도로 게시한 「누리 저축은행 영상정보처리기기 운영·관리 방침」을", "따릅니다."))).toEqual([]);
  });
  it("still fires when the wrapped words name no operating policy", async () => {
    expect(await found(section("별도로 게시한 「누리 저축은행 영상정보처리기기 운영·관리", "안내문」을 따릅니다."))).toEqual([
      [5, "incomplete"],
    ]);
  });
});

// a section that gives the fixed cameras and the mobile ones a part each: each part is read for its own details
describe("a section with a part for the fixed cameras and one for the mobile ones", () => {
  const section = (fixedPeriod: string[]) => [
    "8. 개인정보의 파기",
    "보유 기간이 끝난 개인정보는 지체 없이 파기합니다.",
    "9. 고정형·이동형 영상정보처리기기의 운영·관리",
    "(1) 고정형 영상정보처리기기(본점 건물)",
    "  - 설치 근거 및 목적: 「개인정보 보호법」 제25조제1항제2호, 시설 안전과 도난 방지",
    "  - 설치 대수 및 위치: 4대(객장 2대, 금고실 앞 2대)",
    "  - 촬영 범위: 객장 전체와 금고실 출입문",
    "  - 관리책임자: 총무부장 한지수(02-700-1100)",
    ...fixedPeriod,
    "(2) 이동형 영상정보처리기기(현금 수송 차량 블랙박스)",
    "  - 운영 근거 및 목적: 「개인정보 보호법」 제25조의2제1항제1호, 수송 중 사고 기록",
    "  - 촬영 사실 표시: 차량 옆면의 '녹화 중' 표지로 알립니다.",
    "  - 촬영 범위: 차량 전방과 후방",
    "  - 관리책임자: 수송팀장 오민재(02-700-1200)",
    "  - 보관 기간: 촬영일로부터 20일",
    "10. 개인정보 보호책임자",
    "개인정보 보호책임자: 정보보호부장 문태경(02-700-1000)",
  ];

  it("must fire at the fixed cameras' part: only the mobile ones' part gives a period", async () => {
    expect(await found(section(["  - 영상 저장: 본점 녹화기에 저장합니다."]))).toEqual([[8, "incomplete"]]);
  });

  it("must not fire: each part gives its own period", async () => {
    expect(await found(section(["  - 보관 기간: 촬영일로부터 30일"]))).toEqual([]);
  });
});

// another party's operating policy covers that party's cameras: the controller's own are still to be described
describe("a reference to another party's operating policy", () => {
  const own = ["10. 고정형 영상정보처리기기의 운영·관리", "은행은 본점 출입구에 CCTV 2대를 설치하여 녹화합니다."];

  it.each([
    ["a landlord's", "건물 공용부의 CCTV는 각 임대인이 공개한 영상정보처리기기 운영·관리 방침에 따릅니다."],
    ["a client employer's", "파견 현장의 CCTV는 해당 사용사업주의 영상정보처리기기 운영·관리 방침에 따릅니다."],
  ])("must fire: %s policy does not describe the controller's own cameras", async (_, sentence) => {
    const others = ["9. 입주 건물의 영상정보", sentence];
    expect((await found([...others, ...own])).map(([, messageId]) => messageId)).toEqual(["incomplete"]);
  });

  it("must not fire: the controller's own operating policy is named", async () => {
    const ownPolicy = [
      "10. 고정형 영상정보처리기기의 운영·관리",
      "CCTV의 운영에 관한 사항은 은행의 영상정보처리기기 운영·관리 방침에 따릅니다.",
    ];
    expect(await found(ownPolicy)).toEqual([]);
  });
});
