// Declarations that an optional item does not apply ("처리하지 않습니다", "해당 사항 없음", "…하게 되면 알리겠습니다"),
// read the same way by every optional-item rule; and the look-alikes that must not pass for one: a negation of
// something else about the item (provision, a narrower kind), a narrowed negation ("동의 없이는"), and the
// consequence of opting out ("끄면 … 수집하지 않습니다").
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

const found = async (ruleId: string, lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf(ruleId, lines, format)).map((f) => [f.line, f.messageId]);
const header = ["온새미 개인정보 처리방침", "", '온새미 주식회사(이하 "회사")는 아래와 같이 개인정보 처리방침을 둡니다.', ""];

describe("pseudonymized-info: a declaration that none is processed", () => {
  it.each([
    ["a denial under the item's own heading", ["6. 가명정보의 처리", "당사는 가명정보를 처리하지 아니합니다."]],
    ["'해당 사항이 없습니다' under the heading", ["6. 가명정보의 처리", "해당 사항이 없습니다."]],
    ["a bare '없음' under the heading", ["6. 가명정보 처리에 관한 사항", "- 없음"]],
    [
      "a promise to disclose if it ever starts",
      ["6. 가명정보의 처리", "회사가 가명정보를 처리하게 되면 그 목적과 항목 등을 이 방침에 반영하여 알리겠습니다."],
    ],
    ["an unnumbered title followed by a denial", ["가명정보 처리", "회사는 가명처리를 하지 않습니다."]],
    ["a denial in other words", ["6. 가명정보", "회사는 가명정보를 취급하지 않습니다."]],
    // the statute's own purposes name the item, they do not narrow the denial
    ["a denial of the item named by its purpose", ["가명정보의 처리:", "동호회는 통계 작성 등을 위한 가명정보를 처리하지 않습니다."]],
    [
      "the same, with another sentence after it",
      ["6. 가명정보의 처리", "회사는 과학적 연구를 위한 가명정보를 처리하지 않습니다. 연간 이용 현황은 건수만 집계합니다."],
    ],
    [
      "a denial now and a promise to state it beforehand ('밝히겠습니다')",
      [
        "6. 가명정보의 처리",
        "회사는 현재 가명정보를 처리하지 않습니다. 향후 가명정보를 처리하게 되면 이 처리방침에 처리 목적, 항목, 기간을 미리 밝히겠습니다.",
      ],
    ],
  ])("does not fire on %s", async (_name, passage) => {
    expect(await linesOf("pseudonymized-info", [...header, ...passage])).toEqual([]);
  });
  it("still fires when the denial is about giving it to others", async () => {
    const text = [
      ...header,
      "6. 가명정보의 처리",
      "회사는 통계 작성을 위해 구매 기록을 가명처리합니다.",
      "가명정보는 제3자에게 제공하지 않습니다.",
    ];
    expect(await found("pseudonymized-info", text)).toEqual([[5, "incomplete"]]);
  });
  it("still fires on a denial narrowed to another purpose", async () => {
    const text = [...header, "6. 가명정보의 처리", "회사는 맞춤형 광고를 위해 가명정보를 처리하지 않습니다."];
    expect(await found("pseudonymized-info", text)).toEqual([[5, "incomplete"]]);
  });
  it("still fires on a narrowed negation that implies processing with consent", async () => {
    const text = [...header, "6. 가명정보의 처리", "회사는 정보주체의 동의 없이는 가명정보를 처리하지 않습니다."];
    expect(await found("pseudonymized-info", text)).toEqual([[5, "incomplete"]]);
  });
  it.each([
    "회사는 가명정보를 서비스 품질 통계 외의 목적으로 이용하지 않습니다.",
    "회사는 가명처리한 구매 기록을 상품 추천 연구 이외의 용도로 활용하지 않습니다.",
  ])("still fires on a use confined to one purpose, which says it is used: %s", async (sentence) => {
    expect(await found("pseudonymized-info", [...header, "6. 가명정보의 처리", sentence])).toEqual([[5, "incomplete"]]);
  });
  it("still fires when a conditional introduces what follows rather than promising a later notice", async () => {
    const text = [...header, "6. 가명정보의 처리", "회사는 가명정보를 처리하는 경우 아래 사항을 지킵니다.", "- 재식별 금지"];
    expect(await found("pseudonymized-info", text)).toEqual([[5, "incomplete"]]);
  });
});

describe("behavioral-info: a declaration that no targeted advertising is done", () => {
  it.each([
    ["essential cookies only and no targeted ads", ["## 9. 쿠키", "", "회사는 로그인 유지용 쿠키만 쓰며 맞춤형 광고는 하지 않습니다."]],
    [
      "cookies not used for ads or behavioural data",
      ["## 9. 쿠키", "", "세션 쿠키만 사용하고, 광고나 행태정보 수집 목적으로는 쿠키를 사용하지 않습니다."],
    ],
    ["'해당 없음' under the item's heading", ["## 9. 행태정보의 수집·이용 및 거부", "", "해당 없음"]],
    ["targeted ads denied with another verb", ["## 9. 맞춤형 광고", "", "당사는 온라인 맞춤형 광고를 제공하지 않습니다."]],
  ])("does not fire on %s", async (_name, passage) => {
    expect(await linesOf("behavioral-info", [...header, ...passage], "markdown")).toEqual([]);
  });
  it("still fires on a section that denies only giving the data to others", async () => {
    const text = [
      ...header,
      "8. 행태정보의 수집·이용",
      "회사는 맞춤형 광고를 위해 상품 조회 기록을 수집합니다.",
      "수집한 행태정보는 제3자에게 제공하지 않습니다.",
    ];
    expect(await found("behavioral-info", text)).toEqual([[5, "incomplete"]]);
  });
  it("still fires on targeted ads beside a denial of provision on the same line", async () => {
    const text = [...header, "3. 처리 목적", "회사는 관심사에 맞춘 맞춤형 광고를 보여 주며, 이용 기록을 광고주에게 제공하지 않습니다."];
    expect(await found("behavioral-info", text)).toEqual([[1, "missing"]]);
  });
  it("still fires when the negation is what opting out does", async () => {
    const text = [...header, "3. 처리 목적", "이용자가 설정에서 맞춤형 광고를 끄면 행태정보를 수집하지 않습니다."];
    // the refusal is given; what is collected for how long is not
    expect(await found("behavioral-info", text)).toEqual([[1, "incomplete"]]);
  });
});

// "행태정보를 광고 회사에 넘기지 않습니다" says the data does not go to advertisers; it does not say the controller
// collects it for targeted ads, so it is no mention of the item; the same denial beside a collection is
describe("behavioral-info: behavioural data withheld from advertisers", () => {
  it.each([
    ["'넘기지 않습니다'", "회사는 누리집 이용 기록 같은 행태정보를 광고 대행사에 넘기지 않습니다."],
    ["'건네지 않습니다'", "이용자의 행태정보는 어떤 광고 회사에게도 건네지 않습니다."],
    ["'공유하지 않습니다'", "회사는 쿠키를 쓰지 않으며, 회원의 행태정보를 외부 광고 사업자와 공유하지 않습니다."],
    ["'제공하지 않습니다'", "방문 기록 등 행태정보를 광고주에게 제공하지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, "5. 자동 수집 장치", sentence])).toEqual([]);
  });
  it("still fires when the same line says the data is collected for targeted ads", async () => {
    const sentence = "회사는 관심사 광고를 위해 행태정보를 모으고 분석하며, 광고 회사에는 넘기지 않습니다.";
    expect(await linesOf("behavioral-info", [...header, "5. 자동 수집 장치", sentence])).toEqual([1]);
  });
  it("still fires when another line collects it for targeted ads", async () => {
    const text = [...header, "3. 처리 목적", "- 맞춤형 광고 제공", "5. 자동 수집 장치", "행태정보를 광고주에게 제공하지 않습니다."];
    expect(await found("behavioral-info", text)).toEqual([[1, "missing"]]);
  });
  it("still fires when the ads, not the data, are withheld from children in a service for everyone", async () => {
    const sentence = "회사는 어린이 회원에게 맞춤형 광고를 제공하지 않습니다.";
    expect(await found("behavioral-info", [...header, "5. 자동 수집 장치", sentence])).toEqual([[1, "missing"]]);
  });
  it("still fires when the data is withheld only without consent", async () => {
    const sentence = "회사는 이용자 동의 없이 행태정보를 광고 사업자에게 제공하지 않습니다.";
    expect(await found("behavioral-info", [...header, "5. 자동 수집 장치", sentence])).toEqual([[1, "missing"]]);
  });
});

// targeted ads denied in the verbs a policy uses for ads ("띄우지", "싣지", "보여 드리지"); a denial addressed to
// children denies them to children only, which is the whole audience of a service for children, and not of others
describe("behavioral-info: targeted ads denied in ordinary verbs or to children", () => {
  it.each([
    ["'띄우지 않습니다'", "회사는 이용자의 관심사에 따른 맞춤형 광고를 앱 화면에 띄우지 않습니다."],
    ["'싣지 않습니다'", "누리집에는 행태정보 기반의 맞춤형 광고를 싣지 않습니다."],
    ["'보여 드리지 않습니다'", "회사는 맞춤형 광고를 보여 드리지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, "5. 자동 수집 장치", sentence])).toEqual([]);
  });

  const childrenApp = "온새미는 초등학생을 위한 놀이 학습 앱입니다.";
  it.each([
    ["'아동에게 … 보이지 않습니다'", "온새미 화면에는 아동에게 맞춤형 광고가 보이지 않습니다."],
    ["'만 14세 미만 회원에게 … 하지 않습니다'", "회사는 만 14세 미만 회원에게 맞춤형 광고를 하지 않습니다."],
  ])("does not fire on a denial to children in a service for children: %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, childrenApp, "5. 자동 수집 장치", sentence])).toEqual([]);
  });

  it("still fires on a denial to children in a service for everyone", async () => {
    const text = [...header, "5. 자동 수집 장치", "회사는 만 14세 미만 회원에게 맞춤형 광고를 하지 않습니다."];
    expect(await found("behavioral-info", text)).toEqual([[1, "missing"]]);
  });

  it("still fires where the policy says it offers no service for children", async () => {
    const text = [
      ...header,
      "회사는 아동 대상 서비스를 운영하지 않습니다.",
      "5. 자동 수집 장치",
      "회사는 아동에게 맞춤형 광고를 하지 않습니다.",
    ];
    expect(await found("behavioral-info", text)).toEqual([[1, "missing"]]);
  });
});

// "제3자의 행태정보 수집 허용" is answered by refusing the permission or by not installing the tool that collects
describe("behavioral-info: third-party collection not permitted, or its tool not installed", () => {
  const cookies = ["7. 쿠키의 설치·운영 및 거부", "회사는 로그인 유지를 위해 쿠키를 씁니다. 브라우저 설정에서 쿠키를 차단할 수 있습니다."];
  it.each([
    ["'수집하도록 허용하지 않습니다'", "회사는 광고 회사가 이용자의 행태정보를 수집하도록 허용하지 않습니다."],
    ["'수집하는 것을 허락하지 않습니다'", "당사는 외부 사업자가 맞춤형 광고를 위해 행태정보를 수집하는 것을 허락하지 않습니다."],
    ["'수집하게 두지 않습니다'", "회사는 누리집에서 다른 회사가 행태정보를 수집하게 두지 않습니다."],
    ["'수집을 허용하지 않습니다'", "회사는 제3자의 행태정보 수집을 허용하지 않습니다."],
    ["a label answered 'not permitted'", "외부 광고 회사의 행태정보 수집 허용 여부: 허용하지 않음"],
    ["its tool not installed", "회사 앱에는 맞춤형 광고 모듈을 탑재하지 않았습니다."],
    ["its collecting tool not installed", "회사는 누리집에 행태정보 수집 스크립트를 설치하지 않습니다."],
    ["its cookies not used, named by their use", "당사는 맞춤형 광고용 쿠키를 쓰지 않습니다."],
    ["its cookies not used, as a compound", "당사 누리집은 맞춤형 광고 쿠키를 사용하지 않습니다."],
    ["its ad identifier not collected", "맞춤형 광고 식별자(ADID/IDFA)는 수집하지 않습니다."],
    [
      "its ad identifier not collected, nor behavioural data",
      "맞춤형 광고 식별자(ADID/IDFA)를 수집하지 않으며 행태정보도 처리하지 않습니다.",
    ],
    ["its ad identifier not collected, without the bracket", "앱은 맞춤형 광고 식별자를 수집하지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, ...cookies, sentence])).toEqual([]);
  });
  it.each([
    ["collection permitted", "회사는 광고 회사가 이용자의 행태정보를 수집하도록 허용합니다."],
    ["collection let happen", "회사는 제휴 광고 회사가 행태정보를 수집하도록 하고 있습니다."],
    ["a refusal narrowed to cases without consent", "회사는 동의 없이 제3자가 행태정보를 수집하도록 허락하지 않습니다."],
    ["a collecting tool installed", "회사는 누리집에 행태정보 수집 스크립트를 설치하여 운영합니다."],
    ["ad cookies used", "당사는 맞춤형 광고용 쿠키를 씁니다."],
    ["the ad identifier collected", "회사는 맞춤형 광고 식별자(ADID/IDFA)를 수집합니다."],
    ["the ad identifier withheld only without consent", "회사는 동의 없이 맞춤형 광고 식별자(ADID)를 수집하지 않습니다."],
    [
      "the ad identifier only not handed over",
      "회사는 맞춤형 광고를 위해 광고 식별자를 수집하며, 광고 식별자는 제3자에게 제공하지 않습니다.",
    ],
  ])("still fires on %s", async (_name, sentence) => {
    expect((await found("behavioral-info", [...header, ...cookies, sentence])).map(([, id]) => id)).toEqual(["incomplete"]);
  });
  it("still fires when the object not installed is something other than the item's tool", async () => {
    const sentence = "회사는 맞춤형 광고를 위해 방문 기록을 수집하며, 별도의 보안 프로그램을 설치하지 않습니다.";
    expect((await found("behavioral-info", [...header, ...cookies, sentence])).map(([, id]) => id)).toEqual(["incomplete"]);
  });
});

describe("sensitive-info: a declaration that none is processed", () => {
  it("does not fire on '수집·이용하지 아니합니다'", async () => {
    expect(await linesOf("sensitive-info", [...header, "회사는 건강정보 등 민감정보를 수집·이용하지 아니합니다."])).toEqual([]);
  });
  it("still fires when 'in principle not' is followed by collecting it with consent", async () => {
    const text = [...header, "민감정보는 원칙적으로 수집하지 않으나, 예약 시 병력을 동의받아 수집합니다."];
    expect(await found("sensitive-info", text)).toEqual([[5, "noDisclosure"]]);
  });
});

describe("automated-decision: a declaration that none is made", () => {
  it("does not fire on '결정을 내리지 아니합니다'", async () => {
    const text = [...header, "회사는 완전히 자동화된 시스템만으로 이용자의 권리에 영향을 주는 결정을 내리지 아니합니다."];
    expect(await linesOf("automated-decision", text)).toEqual([]);
  });
  it("still fires when the only negation is what a request changes", async () => {
    const text = [...header, "대출 한도는 자동화된 결정으로 정하며, 이용자가 요청하면 자동화된 결정을 적용하지 않습니다."];
    expect((await found("automated-decision", text)).map(([, id]) => id)).toContain("noExplanation");
  });
});

// a policy answers the automated-decision item in whatever verb it uses for deciding, or says there is no such
// decision; a modifier in front ("완전히 자동화된 결정을") leaves the decision the object of the negation
describe("automated-decision: non-use in the verbs and forms policies use", () => {
  const rights = "4. 정보주체의 권리와 행사 방법";
  it.each([
    ["'사용하지 않습니다'", "당사는 회원 등급 산정에 완전히 자동화된 결정을 사용하지 아니합니다."],
    ["'적용하지 않습니다'", "온새미는 요금 할인 심사에 완전히 자동화된 결정을 적용하지 않습니다."],
    ["'내리지 않습니다'", "회사는 완전히 자동화된 결정을 내리고 있지 않습니다."],
    ["'활용하지 않습니다'", "회사는 회원 관리에 완전히 자동화된 결정을 활용하지 않습니다."],
    ["'시행하지 않습니다'", "회사는 완전히 자동화된 결정을 시행하지 않습니다."],
    ["a decision by an automated system that does not exist", "완전히 자동화된 처리 방식에 따른 결정은 없습니다."],
    ["a decision the controller makes that does not exist", "회사가 하는 완전히 자동화된 결정은 없습니다."],
    ["a system said not to be used", "회사는 이용자의 권리에 영향을 주는 완전히 자동화된 시스템을 운영하지 않습니다."],
    ["a label answered '없음'", "완전히 자동화된 결정 활용: 없음"],
    ["a label with a condition answered '해당 사항 없음'", "회사가 완전히 자동화된 결정을 내리는 경우: 해당 사항 없음"],
    ["'…으로 정하지 않습니다'", "대학은 자동화된 결정으로 입학·장학 여부를 정하지 않습니다."],
    ["'…으로 판단하지 않습니다'", "회사는 자동화된 결정으로 대출 승인 여부를 판단하지 않습니다."],
    ["'자동화된 결정 방식을 활용하지 않습니다'", "회사는 자동화된 결정 방식을 활용하지 않습니다."],
    ["'자동화된 결정 방식을 쓰지 않습니다'", "회사는 자동화된 결정 방식을 쓰지 않습니다."],
    ["'…에 맡기지 않습니다'", "회사는 회원 등급 산정을 자동화된 결정에 맡기지 않습니다."],
    ["'…은 쓰이지 않습니다'", "요금 심사에 자동화된 결정은 쓰이지 않습니다."],
    // an aside that cites the provision or glosses in Latin letters sits between the noun and its particle
    [
      "a citation in brackets before the particle",
      "당사는 이용자의 권리에 중대한 영향을 미치는 완전히 자동화된 결정(「개인정보 보호법」 제37조의2)을 내리지 않습니다.",
    ],
    ["a short citation in brackets", "회사는 완전히 자동화된 결정(법 제37조의2)은 하지 않습니다."],
    ["a Latin gloss in brackets", "회사는 완전히 자동화된 시스템(AI 포함)으로 결정하지 않습니다."],
    // the effect such a decision would have, denied: "… 결정만으로 이용을 제한하지 않습니다"
    ["'…만으로 이용을 제한하지 않습니다'", "상담원이 확인한 뒤 해제하며, 회사는 완전히 자동화된 결정만으로 계정 이용을 제한하지 않습니다."],
    ["'…으로 가입을 거절하지 않습니다'", "회사는 자동화된 결정으로 회원 가입을 거절하지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("automated-decision", [...header, rights, sentence])).toEqual([]);
  });
  it.each([
    ["use stated outright", "회사는 보험료 산정에 완전히 자동화된 결정을 사용합니다."],
    ["non-use narrowed to cases without consent", "회사는 이용자의 동의 없이 완전히 자동화된 결정을 적용하지 않습니다."],
    ["a denial of giving its results to others", "완전히 자동화된 결정의 결과는 제3자에게 제공하지 않습니다."],
    ["a denial of human review, which says decisions are automated", "완전히 자동화된 결정에 담당자의 검토는 없습니다."],
    ["a label about something else answered '없음'", "완전히 자동화된 결정의 이의 제기 창구: 없음"],
    ["deciding denied only without consent", "회사는 동의 없이 자동화된 결정으로 대출 한도를 정하지 않습니다."],
    ["deciding denied in principle", "회사는 원칙적으로 자동화된 결정으로 승인 여부를 판단하지 않습니다."],
    ["another tool left unused", "자동화된 결정으로 한도를 정하며, 외부 평가 모델은 쓰지 않습니다."],
    ["its results not handed to others", "자동화된 결정의 결과를 제휴사에 맡기지 않습니다."],
    ["restricting denied only without consent", "회사는 동의 없이 자동화된 결정으로 계정 이용을 제한하지 않습니다."],
    ["use stated with a citation in brackets", "회사는 대출 심사에 완전히 자동화된 결정(「개인정보 보호법」 제37조의2)을 활용합니다."],
  ])("still fires on %s", async (_name, sentence) => {
    const findings = await found("automated-decision", [...header, rights, sentence]);
    expect(findings.map(([, id]) => id)).toEqual(["noRefusal", "noExplanation"]);
  });
});

// a denial of one purpose ("…홍보 목적으로 이용하지 않습니다", "…를 위해 … 않습니다") denies that use, not the item: under the
// item's title it does not make the section a declaration that none is done. A purpose that is the item itself, or
// every purpose ("어떠한 목적으로도"), still denies it
describe("a denial of one purpose only", () => {
  const store = (sentence: string) => [...header, "7. 영상정보처리기기의 설치·운영", sentence];
  it.each([
    "매장 고정형 카메라 영상은 판촉 행사 홍보 목적으로 이용하지 않습니다.",
    "상점은 고객 얼굴 분석을 위해 CCTV를 운영하지 않습니다.",
  ])("video-devices still fires on '%s'", async (sentence) => {
    expect((await found("video-devices", store(sentence))).map(([line]) => line)).toEqual([5]);
  });
  it.each(["상점은 어떠한 목적으로도 CCTV를 운영하지 않습니다.", "상점은 매장에 CCTV를 설치하지 않습니다."])(
    "video-devices does not fire on '%s'",
    async (sentence) => {
      expect(await linesOf("video-devices", store(sentence))).toEqual([]);
    },
  );
  it("behavioral-info does not fire when the purpose denied is targeted advertising itself", async () => {
    const text = [...header, "9. 쿠키", "세션 쿠키만 쓰며, 회사는 맞춤형 광고 목적으로 방문 기록을 수집하지 않습니다."];
    expect(await linesOf("behavioral-info", text)).toEqual([]);
  });
  // the cookies are used, for something else: the section must still say how to refuse them
  it.each([
    "회사는 로그인 유지를 위해 쿠키를 쓰며, 수집한 쿠키 정보는 맞춤형 광고에는 이용하지 않습니다.",
    "회사는 로그인 유지를 위해 쿠키를 쓰며, 쿠키를 마케팅에 활용하지 않습니다.",
  ])("required-cookies still fires on '%s'", async (sentence) => {
    expect(await found("required-cookies", [...header, "9. 쿠키의 설치·운영", sentence])).toEqual([[5, "hollow"]]);
  });
  it("required-cookies does not fire where no cookie is used", async () => {
    expect(await linesOf("required-cookies", [...header, "9. 쿠키의 설치·운영", "회사 누리집은 쿠키를 사용하지 않습니다."])).toEqual([]);
  });
});

describe("domestic-agent: a declaration that no agent is designated", () => {
  it("does not fire when the controller says it designates none", async () => {
    const text = [...header, "회사는 국내에 본사를 두고 있어 국내대리인을 지정하지 않습니다."];
    expect(await linesOf("domestic-agent", text)).toEqual([]);
  });
  it("still fires on an agent section whose only negation is about something else", async () => {
    const text = [...header, "9. 국내대리인", "국내대리인은 아래와 같으며, 정보주체에게 수수료를 받지 않습니다.", "- 명칭: 한빛대리㈜"];
    expect(await found("domestic-agent", text)).toEqual([[5, "incomplete"]]);
  });
});

describe("video-devices: a declaration that no cameras are run", () => {
  it("does not fire when the policy says it runs no CCTV", async () => {
    expect(await linesOf("video-devices", [...header, "회사는 사업장에 CCTV를 설치·운영하지 않습니다."])).toEqual([]);
  });
  it("still fires when the only negation is about handing the footage over", async () => {
    const text = [...header, "9. 고정형 영상정보처리기기", "출입구에 CCTV 2대를 둡니다.", "촬영한 영상은 외부에 제공하지 않습니다."];
    expect(await found("video-devices", text)).toEqual([[5, "incomplete"]]);
  });
});

describe("overseas-transfer: a denial on the verb that has the data kept or processed abroad", () => {
  it.each([
    ["처리하도록 위탁하지", "회사는 회원 정보를 해외에서 처리하도록 위탁하지 않습니다."],
    ["보관하도록 맡기고 있지", "당사는 주문 기록을 국외 서버에 보관하도록 맡기고 있지 않습니다."],
    ["저장되도록 의뢰한 사실이 없", "회원 정보가 해외에 저장되도록 의뢰한 사실이 없습니다."],
    ["이전하거나 … 처리하도록 위탁하지", "회사는 개인정보를 국외로 이전하거나 국외에서 처리하도록 위탁하지 않습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("overseas-transfer", [...header, "3. 개인정보의 처리 위탁", sentence])).toEqual([]);
  });
  it("still fires when what it declines is only having it done with consent withheld", async () => {
    const text = [...header, "3. 개인정보의 처리 위탁", "회사는 동의 없이는 회원 정보를 해외에서 처리하도록 위탁하지 않습니다."];
    expect(await found("overseas-transfer", text)).toEqual([[1, "statedMissing"]]);
  });
});

describe("child-under-14: a declaration that minors cannot join", () => {
  it("does not fire when no one under 19 may sign up", async () => {
    const text = [...header, "1. 회원 가입", "회원 가입은 만 19세 이상만 할 수 있으며, 미성년자는 가입할 수 없습니다."];
    expect(await linesOf("child-under-14", text)).toEqual([]);
  });
  it("does not fire on an age bar with an aside before 만", async () => {
    const text = [...header, "1. 수강 신청", "정규 과정은 만 18세 이상(고등학교 졸업 예정자 포함)만 신청할 수 있습니다."];
    expect(await linesOf("child-under-14", text)).toEqual([]);
  });
  it("still fires on an aside that opens the bar to children", async () => {
    const text = [...header, "1. 수강 신청", "정규 과정은 만 18세 이상이며, 어린이 과정(만 7세 이상)도 운영합니다."];
    expect(await linesOf("child-under-14", text)).toEqual([1]);
  });
  // what minors would give refused: their sign-up, their résumé, their data
  it.each([
    "센터는 경력직 채용만 진행하므로 미성년자의 입사 지원서는 접수하지 않습니다.",
    "센터는 미성년자의 가입을 받지 않습니다.",
    "센터는 미성년자로부터 이력서를 받지 않습니다.",
  ])("does not fire where what minors would give is refused: %s", async (sentence) => {
    expect(await linesOf("child-under-14", [...header, "1. 이용 안내", sentence])).toEqual([]);
  });
  it.each([
    "회사는 미성년자의 개인정보를 법정대리인 동의 없이 제3자에게 제공하지 않습니다.",
    "회사는 아동에게 맞춤형 광고를 하지 않습니다.",
    "센터는 미성년자의 지원서를 보호자 동의 없이는 받지 않습니다.",
  ])("still fires on a negation that does not keep children out: %s", async (sentence) => {
    expect(await found("child-under-14", [...header, "1. 이용 안내", sentence])).toEqual([[1, "missing"]]);
  });
});

// a service for children said in other words than "…을 위한 … 앱" is one too; a denial to children beside an outright
// denial of the data is covered by it; the item first in a coordinated object is the object
describe("behavioral-info: a children's service in other words, a narrowed denial beside an outright one, a coordinated object", () => {
  const denial = "5. 자동 수집 장치";
  it.each([
    ["a service for pupils with a word between", "온새미는 초등학생 모바일 독서 서비스를 운영합니다."],
    ["a service aimed at pupils", "온새미는 초등학생을 대상으로 하는 수학 학습 사이트입니다."],
    ["users said to be mostly pupils", "온새미 회원은 대부분 초등학생입니다."],
    ["a children's academy", "온새미는 어린이 수학 학원과 그 학습 앱을 운영합니다."],
    ["pupils said to be mostly under 14", "온새미 원생 대부분이 만 14세 미만 아동입니다."],
  ])("does not fire on a denial to children in a service for children: %s", async (_name, service) => {
    const text = [...header, service, denial, "회사는 어린이 회원에게 맞춤형 광고를 보여 주지 않습니다."];
    expect(await linesOf("behavioral-info", text)).toEqual([]);
  });
  it.each([
    ["narrowed, then outright", "회사는 만 14세 미만 회원에게 맞춤형 광고를 하지 않으며, 방문 이력 같은 행태정보를 모으지 않습니다."],
    ["outright, then narrowed", "온새미는 행태정보를 수집하지 않으며 특히 아동에게는 맞춤형 광고를 하지 않습니다."],
  ])("does not fire on a denial to children beside an outright denial in a service for everyone: %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, denial, sentence])).toEqual([]);
  });
  it.each([
    ["'와' and a tool", "회사는 행태정보와 기기 광고 ID를 수집하지 않습니다."],
    ["'나' and a tool", "온새미는 행태정보나 추적용 쿠키를 이용하지 않습니다."],
    ["a list of three", "온새미는 행태정보, 접속 위치 및 광고 ID를 수집하지 않습니다."],
  ])("does not fire on the item first in a coordinated object: %s", async (_name, sentence) => {
    expect(await linesOf("behavioral-info", [...header, denial, sentence])).toEqual([]);
  });
  it.each([
    ["two narrowed denials", "회사는 아동에게 맞춤형 광고를 하지 않으며, 건강에 관한 행태정보는 수집하지 않습니다."],
    [
      "a narrowed denial beside a denial of handing over",
      "회사는 아동에게 맞춤형 광고를 하지 않으며, 행태정보를 광고주에게 넘기지 않습니다.",
    ],
    ["the item compared with the object, not joined to it", "회사는 맞춤형 광고와 달리 이벤트 문자는 보내지 않습니다."],
  ])("still fires: %s", async (_name, sentence) => {
    expect(await found("behavioral-info", [...header, denial, sentence])).toEqual([[1, "missing"]]);
  });
});

// one closing negation over a list of conditional items denies every member, not only the last one; a member
// followed by a clause of its own, or a list that modifies another noun, is not a member of the negated object
describe("pseudonymized-info and automated-decision: one negation closes a list of items", () => {
  const other = "12. 그 밖의 사항";
  it.each([
    ["three members joined by commas", "가명처리, 완전히 자동화된 결정, 구매 이력에 기반한 광고 노출은 하지 않습니다."],
    ["two members joined by '와'", "당사는 가명처리와 완전히 자동화된 결정을 하지 않습니다."],
    ["members joined by a middle dot", "가명정보 처리·자동화된 결정은 하지 않고 있습니다."],
    ["members joined by '및' and denied with '없습니다'", "가명정보의 처리 및 완전히 자동화된 결정은 없습니다."],
  ])("does not fire on %s", async (_name, sentence) => {
    expect(await linesOf("pseudonymized-info", [...header, other, sentence])).toEqual([]);
    expect(await linesOf("automated-decision", [...header, other, sentence])).toEqual([]);
  });
  it.each([
    ["a member with a clause of its own before the denial", "가명정보는 연구 목적으로 분석하며, 자동화된 결정은 하지 않습니다."],
    ["a member whose own verb is joined by '-하고'", "가명정보를 통계에 활용하고 자동화된 결정은 하지 않습니다."],
    ["a list that modifies what is denied", "가명정보와 민감정보의 외부 반출은 하지 않습니다."],
    ["the item as a step before what is denied", "가명정보 처리 후 재식별은 하지 않습니다."],
    ["a list that another noun is about", "가명정보 처리·보관에 관한 외부 감사는 없습니다."],
  ])("still fires on %s", async (_name, sentence) => {
    expect(await found("pseudonymized-info", [...header, other, sentence])).toEqual([[6, "incomplete"]]);
  });
});

// a summary table answers its labels in a noun style: "국외 이전 | 하지 않음" says none is made
describe("overseas-transfer and third-party-provision: a summary row answered '하지 않음'", () => {
  const summary = (answer: string) => [
    "# 온새미 개인정보 처리방침",
    "",
    "| 구분 | 내용 |",
    "|---|---|",
    "| 처리 항목 | 이름, 휴대전화번호 |",
    `| 국외 이전 | ${answer} |`,
    "",
    "## 1. 개인정보의 처리 목적",
    "회원 관리를 위하여 처리합니다.",
  ];
  it("does not fire on '하지 않음'", async () => {
    expect(await linesOf("overseas-transfer", summary("하지 않음"), "markdown")).toEqual([]);
  });
  it("still fires on a transfer the row affirms", async () => {
    expect((await linesOf("overseas-transfer", summary("미국(AWS)에 보관함"), "markdown")).length).toBeGreaterThan(0);
  });
});
