// behavioral-info on another company's analytics or ad tool (info, as the guideline recommends): the passage
// that names the tool may explain it, so the note says only what that passage leaves out, and nothing when it
// leaves out nothing. The tool's name gives the tool and its company, in Korean or in Latin letters.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";

const header = ["고운마루 개인정보 처리방침", "", '고운마루(이하 "회사")는 아래와 같이 개인정보 처리방침을 둡니다.', ""];
const notes = async (lines: string[]) =>
  (await lintText(lines.join("\n"), "passage.txt")).findings
    .filter((f) => f.ruleId === "behavioral-info")
    .map((f) => [f.severity, f.messageId, f.message]);

describe("behavioral-info: a third party's tool", () => {
  it.each(["카카오 픽셀", "구글 애널리틱스", "네이버 애널리틱스", "Kakao Pixel"])(
    "says only what the passage that names %s leaves out",
    async (tool) => {
      const text = [
        ...header,
        "7. 쿠키의 사용",
        `누리집은 방문자 수를 헤아리기 위해 ${tool} 쿠키를 씁니다.`,
        "원하지 않으면 브라우저 설정에서 쿠키를 막을 수 있습니다.",
      ];
      expect(await notes(text)).toEqual([
        ["info", "thirdPartyToolIncomplete", `분석·광고 도구(${tool})의 행태정보 수집 안내에 수집 항목이 없습니다(권장)`],
      ]);
    },
  );

  it("says nothing when the passage gives what the tool collects, why, and how to refuse", async () => {
    const text = [
      ...header,
      "7. 쿠키의 사용",
      "누리집은 어떤 글이 많이 읽히는지 알기 위해 네이버 애널리틱스로 방문 기록(본 쪽, 머문 시간)을 모읍니다.",
      "원하지 않으면 브라우저 설정에서 쿠키를 막을 수 있습니다.",
    ];
    expect(await notes(text)).toEqual([]);
  });

  it.each(["애드몹", "앱스플라이어", "메타 픽셀"])("knows %s, written in Hangul, for the tool it is", async (tool) => {
    const text = [...header, `앱에는 ${tool}가 들어 있습니다.`];
    expect((await notes(text)).map(([, id, message]) => [id, String(message).includes(tool)])).toEqual([["thirdPartyTools", true]]);
  });
});

// "회사는 보상형 광고를 위해 Google AdMob을 이용하며, AdMob은 광고 식별자를 수집하여 맞춤형 광고에 이용합니다": the
// tool named as what collects the data is how it is collected
describe("behavioral-info: the tool that collects the data, named, is the collection method", () => {
  const ads = (tool: string) => [
    ...header,
    "7. 광고 식별자와 맞춤형 광고",
    `회사는 보상형 광고를 위해 ${tool}을 이용하며, ${tool}은 광고 식별자(ADID/IDFA)와 광고 이용 기록을 수집하여 맞춤형 광고에 이용합니다. 수집한 정보는 수집일로부터 13개월간 보관합니다. 이용자는 기기의 [설정 > 광고]에서 광고 ID를 삭제하여 맞춤형 광고를 거부할 수 있습니다.`,
  ];
  it("says nothing is missing where the tool is named", async () => {
    expect((await notes(ads("Google AdMob"))).filter(([severity]) => severity !== "info")).toEqual([]);
  });
  it("still says the method is missing where no tool or way is named", async () => {
    const text = [
      ...header,
      "7. 맞춤형 광고",
      "회사는 광고 식별자(ADID/IDFA)와 광고 이용 기록을 맞춤형 광고에 이용합니다. 수집한 정보는 수집일로부터 13개월간 보관합니다. 이용자는 기기의 [설정 > 광고]에서 광고 ID를 삭제하여 맞춤형 광고를 거부할 수 있습니다.",
    ];
    expect((await notes(text)).map(([, messageId]) => messageId)).toContain("incomplete");
  });
});

describe("behavioral-info: a tool named only to say it is not used", () => {
  it.each([
    "누리집에는 구글 애널리틱스와 같은 외부 분석 도구나 광고 픽셀을 설치하지 않았습니다.",
    "누리집은 Google Analytics를 쓰지 않고, 방문 수는 서버 기록으로만 셉니다.",
  ])("must not note: %s", async (line) => {
    expect(await notes([...header, "7. 쿠키의 사용", "로그인 유지를 위해 세션 쿠키만 씁니다.", line])).toEqual([]);
  });
  it("must note a tool that is used, in brackets after its company", async () => {
    const text = [...header, "7. 광고", "| Google LLC (AdMob) | 광고 노출 | 광고 식별자 |"];
    expect((await notes(text)).map(([severity, messageId]) => [severity, messageId])).toEqual([["info", "thirdPartyToolIncomplete"]]);
  });
});

// a behavioural-data section that names its tool but not how long the data is kept, where another part of the
// policy (the overseas-transfer table's row for the same tool) gives the period
describe("behavioral-info: a tool's period given outside its section", () => {
  const policy = (row: string) => [
    ...header,
    "7. 행태정보의 수집·이용 및 거부",
    "누리집 이용 통계를 내기 위해 Google Analytics로 방문 기록과 쿠키 식별자를 모읍니다.",
    "원하지 않으면 브라우저 설정에서 쿠키를 막을 수 있습니다.",
    "",
    "8. 개인정보의 국외 이전",
    "| 이전받는 자 | 국가 | 항목 | 목적 | 보유 기간 |",
    "|---|---|---|---|---|",
    row,
  ];
  it("must not fire when the row for the same tool gives the period", async () => {
    expect(await notes(policy("| Google LLC | 미국 | 쿠키 식별자 | 이용 통계(Google Analytics) | 수집 후 14개월 |"))).toEqual([]);
  });
  it.each([
    ["the row is another tool's", "| Braze, Inc. | 미국 | 앱 푸시 토큰 | 알림 발송(Braze) | 수집 후 14개월 |"],
    ["the row gives a date, not a period", "| Google LLC | 미국 | 쿠키 식별자 | 2024년 3월 도입한 Google Analytics | - |"],
  ])("must fire: %s", async (_, row) => {
    expect((await notes(policy(row))).map(([severity, messageId]) => [severity, messageId])).toEqual([["warning", "incomplete"]]);
  });
});
