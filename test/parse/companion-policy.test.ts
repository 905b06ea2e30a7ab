// A page that publishes, after the privacy policy, the video-device operating policy the law also asks for
// (영상정보처리기기 운영·관리 방침, 개인정보 보호법 제25조제7항), with its own articles numbered from 1 again. Its
// articles are its parts: its "관리책임자" is no DPO section and its "설치 목적" no purposes section, and
// video-devices reads it as the operating policy it is.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf, linesOf } from "../helpers.js";

const privacyPolicy = [
  "# 새봄약국 개인정보 처리방침", // 1
  "",
  "새봄약국(이하 '약국')은 개인정보 보호법에 따라 다음과 같이 개인정보 처리방침을 둡니다.",
  "",
  "## 1. 개인정보의 처리 목적", // 5
  "복약 상담과 조제 내역 안내를 위하여 처리합니다.",
  "",
  "## 2. 개인정보 보호책임자", // 8
  "- 개인정보 보호책임자: 약국장 차윤서",
  "",
];
const operatingPolicy = (retention: string) => [
  "# 새봄약국 영상정보처리기기 운영·관리 방침", // 11
  "",
  "## 1. 설치 근거 및 설치 목적", // 13
  "개인정보 보호법 제25조제1항에 따라 도난 방지와 시설 안전을 위하여 설치합니다.",
  "",
  "## 2. 설치 대수와 위치, 촬영 범위", // 16
  "- 2대: 출입문(출입구 앞), 조제실 앞 복도(복도 전체)",
  "",
  "## 3. 관리책임자 및 접근권한자", // 19
  "- 관리책임자: 실장 오민재 (전화 02-318-4410)",
  "",
  "## 4. 촬영 시간 및 보관 장소", // 22
  retention,
];

describe("a companion video-device operating policy on the same page", () => {
  it("holds its own articles below its title, apart from the privacy policy's sections", async () => {
    const document = await parsePolicy(
      [...privacyPolicy, ...operatingPolicy("24시간 촬영하며 영상은 30일간 보관한 뒤 지웁니다.")].join("\n"),
      "markdown",
    );
    const companion = document.allSections.find((section) => section.startLine === 11)!;
    expect(companion.children.map((child) => child.startLine)).toEqual([13, 16, 19, 22]);
    expect(document.sections.map((section) => section.startLine)).toContain(11);
    expect(document.sections.map((section) => section.startLine)).not.toContain(19);
  });

  it("does not take its officer for the DPO: the privacy policy's DPO without a contact is reported", async () => {
    const text = [...privacyPolicy, ...operatingPolicy("24시간 촬영하며 영상은 30일간 보관한 뒤 지웁니다.")];
    expect((await findingsOf("dpo-contact", text, "markdown")).map((f) => [f.line, f.messageId])).toEqual([[8, "noContact"]]);
  });

  it("is read by video-devices: no retention period is reported at its title", async () => {
    const kept = operatingPolicy("24시간 촬영하며 영상은 약국 사무실의 녹화기에 보관합니다.");
    expect((await findingsOf("video-devices", [...privacyPolicy, ...kept], "markdown")).map((f) => [f.line, f.messageId])).toEqual([
      [11, "incomplete"],
    ]);
    expect(
      await linesOf("video-devices", [...privacyPolicy, ...operatingPolicy("영상은 촬영일부터 14일이 지나면 지웁니다.")], "markdown"),
    ).toEqual([]);
  });

  it("is no companion when the video-device section is numbered on with the policy's own", async () => {
    const inline = [
      ...privacyPolicy,
      "## 3. 영상정보처리기기 운영·관리 방침", // 11
      "출입문에 2대를 두고(출입구 앞 촬영) 도난 방지를 위해 운영하며, 관리책임자는 실장 오민재(02-318-4410)이고 영상은 30일간 보관합니다.",
    ];
    const document = await parsePolicy(inline.join("\n"), "markdown");
    const level = (line: number) => document.allSections.find((section) => section.startLine === line)!.level;
    expect(level(11)).toBe(level(8));
    expect(await linesOf("video-devices", inline, "markdown")).toEqual([]);
  });
});

// the same pages saved as plain text: the companion's title a line of its own after blank lines, its articles
// numbered "1." again in the privacy policy's own style
describe("a companion video-device operating policy in plain text", () => {
  const plain = (withDpo: boolean) => [
    "새봄약국 개인정보 처리방침", // 1
    "",
    "1. 개인정보의 처리 목적", // 3
    "복약 상담과 조제 내역 안내를 위하여 처리합니다.",
    "",
    ...(withDpo
      ? ["2. 개인정보 보호책임자", "- 개인정보 보호책임자: 약국장 차윤서 (02-318-4400)"]
      : ["2. 개인정보의 파기", "기간이 지나면 곧바로 지웁니다."]), // 6–7
    "",
    "",
    "새봄약국 고정형 영상정보처리기기 운영·관리 방침", // 10
    "",
    "1. 설치 근거 및 설치 목적", // 12
    "개인정보 보호법 제25조제1항에 따라 도난 방지와 시설 안전을 위하여 설치합니다.",
    "",
    "2. 관리책임자", // 15
    "- 관리책임자: 실장 오민재 (전화 02-318-4410)",
    "",
    "3. 촬영 시간 및 보관 장소", // 18
    "24시간 촬영하며 영상은 약국 사무실의 녹화기에 보관합니다.",
  ];

  it("stands at the top, apart from the policy's last section, its articles below it", async () => {
    const document = await parsePolicy(plain(true).join("\n"));
    const companion = document.allSections.find((section) => section.startLine === 10)!;
    expect([companion.level, companion.children.map((child) => child.startLine)]).toEqual([1, [12, 15, 18]]);
    expect(document.allSections.find((section) => section.startLine === 6)!.endLine).toBe(7);
  });

  it("is read by video-devices, and its officer is no DPO", async () => {
    expect((await findingsOf("video-devices", plain(true))).map((f) => [f.line, f.messageId])).toEqual([[10, "incomplete"]]);
    expect(await findingsOf("dpo-contact", plain(true))).toEqual([]);
    expect((await findingsOf("dpo-contact", plain(false))).map((f) => [f.line, f.messageId])).toEqual([[1, "missing"]]);
  });
});

// a Markdown policy with the operating policy pasted after it in plain text: its title a paragraph of its own
describe("a companion video-device operating policy titled in plain text in Markdown", () => {
  const markdown = (retention: string) => [
    ...privacyPolicy, // 1–10
    "새봄약국 고정형 영상정보처리기기 운영·관리 방침", // 11
    "",
    "1. 설치 근거 및 목적: 도난 방지와 시설 안전",
    "2. 설치 대수와 위치: 2대, 출입문과 조제실 앞 복도(복도 전체 촬영)",
    "3. 관리책임자: 실장 오민재 (02-318-4410)",
    `4. 보관: ${retention}`,
  ];
  it("stands at the top after the policy's sections, and is read by video-devices", async () => {
    const document = await parsePolicy(markdown("촬영일부터 30일간 보관 후 삭제").join("\n"), "markdown");
    expect(document.sections.map((section) => section.startLine)).toContain(11);
    expect(await findingsOf("video-devices", markdown("촬영일부터 30일간 보관 후 삭제"), "markdown")).toEqual([]);
    expect(
      (await findingsOf("video-devices", markdown("약국 사무실의 녹화기에 저장"), "markdown")).map((f) => [f.line, f.messageId]),
    ).toEqual([[11, "incomplete"]]);
  });
  it("a sentence that names the operating policy is no title", async () => {
    const text = [...privacyPolicy, "자세한 내용은 매장에 게시한 영상정보처리기기 운영·관리 방침을 따릅니다."];
    const document = await parsePolicy(text.join("\n"), "markdown");
    expect(document.allSections.map((section) => section.startLine)).toEqual([1, 5, 8]);
  });
});

// a policy written as a form (unnumbered "라벨:" titles), the operating policy appended in the same form
describe("a companion video-device operating policy in a form's layout", () => {
  const form = (kept: string) => [
    "햇살주간보호센터 개인정보 처리방침", // 1
    "",
    "처리 목적:", // 3
    "        주간 보호 서비스 제공",
    "",
    "보유 기간:", // 6
    "        이용 계약 종료 후 5년",
    "",
    "개인정보 보호책임자:", // 9
    "        센터장 윤다솜 (055-555-0140)",
    "",
    "고정형 영상정보처리기기 운영·관리 방침", // 12
    "",
    "설치 근거·목적:", // 14
    "        시설 안전과 낙상 예방",
    "",
    "설치 대수·위치·촬영 범위:", // 17
    "        4대, 현관과 복도와 식당, 설치 장소 전경",
    "",
    "관리책임자:", // 20
    "        시설팀장 이도윤 (055-555-0141)",
    "",
    "보관:", // 23
    `        ${kept}`,
  ];
  it("holds the titles after it as its parts", async () => {
    const document = await parsePolicy(form("촬영일부터 30일 보관 후 삭제").join("\n"));
    const companion = document.sections.find((section) => section.startLine === 12)!;
    expect(companion.children.map((child) => child.startLine)).toEqual([14, 20]);
    expect(document.sections.map((section) => section.startLine)).not.toContain(20);
  });
  it("is read by video-devices as the operating policy", async () => {
    expect(await findingsOf("video-devices", form("촬영일부터 30일 보관 후 삭제"))).toEqual([]);
    expect((await findingsOf("video-devices", form("사무실 녹화기에 저장"))).map((f) => [f.line, f.messageId])).toEqual([
      [12, "incomplete"],
    ]);
  });
});
