// The reader of "does not apply" declarations, on its own: which clauses deny an item and which only look so.
import { describe, expect, it } from "vitest";
import { clausesOf, denialOf, lineDenies, passageDeclaresNotApplicable, readLine } from "../../src/runtime/not-applicable.js";
import overseasData from "../../rules/data/overseas.json" with { type: "json" };
import conditionalItems from "../../rules/data/conditional-items.json" with { type: "json" };

const pseudonymized = denialOf(/가명\s*(정보|처리)/, { verbs: "생성|가명\\s*처리" });
const ads = denialOf(/행태\s*정보|맞춤형\s*광고/, { verbs: "광고|제공|쓰|사용", narrowing: "민감|아동|14\\s*세" });
const transfer = denialOf(/국외|해외/, { verbs: "이전|보관|저장|전송" });

describe("clausesOf", () => {
  it("splits at sentence ends and at connectives that start a new predicate, not at a condition", () => {
    expect(clausesOf("쿠키만 쓰며, 광고는 하지 않습니다. 설정에서 끄면 수집하지 않습니다.")).toEqual([
      "쿠키만 쓰며",
      "광고는 하지 않습니다.",
      "설정에서 끄면 수집하지 않습니다.",
    ]);
  });
  it("keeps a disjunction with a comma together, since the negation at its end covers both", () => {
    expect(clausesOf("자료를 복제하거나, 외부로 반출하지 않습니다.")).toEqual(["자료를 복제하거나, 외부로 반출하지 않습니다."]);
    expect(clausesOf("자료를 보관하나, 외부로 반출하지 않습니다.")).toEqual(["자료를 보관하나", "외부로 반출하지 않습니다."]);
  });
});

describe("a clause that denies the item", () => {
  it.each([
    "회사는 가명정보를 처리하지 않습니다.",
    "당사는 가명정보를 처리하지 아니합니다.",
    "가명처리를 하지 않습니다.",
    "회사는 가명정보를 취급하고 있지 않습니다.",
    "가명정보를 처리한 사실이 없습니다.",
    "가명정보를 처리할 계획이 없습니다.",
    "가명정보 처리: 해당 사항 없음",
    "향후 가명정보를 처리하는 경우 이 방침을 개정하여 안내하겠습니다.",
    "가명정보의 처리에 관한 사항은 해당되지 않습니다.",
    "회사는 가명정보 처리 대상이 아닙니다.",
    "회사는 어떠한 경우에도 가명정보를 처리하지 않습니다.",
    // a promise to state it before it starts is a later notice like "알리겠습니다"
    "향후 통계 작성을 위해 가명정보를 처리하게 되면 이 처리방침에 처리 목적, 항목, 기간을 미리 밝히겠습니다.",
    "가명정보를 처리하게 되는 경우 그 목적과 항목을 밝혀 드리겠습니다.",
  ])("%s", (text) => {
    expect(lineDenies(text, pseudonymized)).toBe(true);
  });
  it("takes the subject from the title above when the clause leaves it out", () => {
    const under = (text: string) => passageDeclaresNotApplicable([{ line: 2, text }], pseudonymized);
    expect(under("해당 없음")).toBe(true);
    expect(under("- 없음")).toBe(true);
    expect(under("회사는 처리하지 않습니다.")).toBe(true);
    expect(under("통계 작성을 위해 이용 기록을 가명처리합니다. 제3자에게 제공하지 않습니다.")).toBe(false);
  });
});

describe("a denial on the verb that has the action done", () => {
  it.each([
    "당사는 회원 정보를 해외에서 보관하도록 위탁하지 않습니다.",
    "고객 데이터를 국외 서버에 저장하도록 맡기고 있지 않습니다.",
    "회원 정보가 해외에서 처리되도록 의뢰한 사실이 없습니다.",
    "주문 기록을 국외로 전송하도록 요청하지 아니합니다.",
    "회사는 국외 보관을 위탁하지 않습니다.",
  ])("denies the action: %s", (text) => {
    expect(lineDenies(text, transfer)).toBe(true);
  });
  it.each([
    ["another party named to do it", "가명정보를 생성하도록 외부 업체에 의뢰하지 않습니다.", pseudonymized],
    ["a narrowed denial", "이용자의 동의 없이는 해외에 보관하도록 맡기지 않습니다.", transfer],
    ["an action that is not the item's", "해외 거주자가 회원으로 가입하도록 요청하지 않습니다.", transfer],
  ])("does not deny the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
});

describe("a negation that ends a coordination, or a task said not to exist", () => {
  it.each([
    "회사는 회원 정보를 해외로 이전하거나 해외 사업자에 위탁하지 않습니다.",
    "고객 자료를 해외 서버로 전송 및 위탁하지 아니합니다.",
    "주문 정보를 해외로 저장하든지 외부 업체에 맡기지 않습니다.",
    "당사에는 회원 정보를 해외로 이전하는 업무가 없습니다.",
    "해외 보관 업무는 없습니다.",
    "가입 정보는 해외 서버에 저장하거나, 해외 업체에 맡기지 않습니다.",
  ])("denies the item: %s", (text) => {
    expect(lineDenies(text, transfer)).toBe(true);
  });
  it.each([
    "이용자의 동의 없이 해외로 이전하거나 해외 사업자에 위탁하지 않습니다.",
    "회원 정보를 해외로 이전하거나 해외 사업자에 위탁할 수 있습니다.",
    "해외 이전 업무는 정보보호팀이 맡습니다.",
    "해외 서버에 저장하며, 외부에 판매하거나 공유하지 않습니다.",
  ])("does not deny the item: %s", (text) => {
    expect(lineDenies(text, transfer)).toBe(false);
  });
});

describe("a clause that only looks like a denial", () => {
  it.each([
    ["a denial of handing it over", "가명정보는 제3자에게 제공하지 않습니다.", pseudonymized],
    ["a narrowed denial", "정보주체의 동의 없이는 가명정보를 처리하지 않습니다.", pseudonymized],
    ["a denial in principle", "가명정보는 원칙적으로 처리하지 않습니다.", pseudonymized],
    ["a denial of other purposes", "해외로 이전된 정보는 다른 목적으로 처리하지 않습니다.", transfer],
    ["the consequence of opting out", "[설정]에서 기능을 끄면 해외로 이전하지 않으며", transfer],
    ["the consequence of a refusal", "동의를 거부할 경우 국외로 전송하지 않습니다.", transfer],
    ["a narrower kind of the item", "민감한 행태정보는 수집하지 않습니다.", ads],
    ["children only", "만 14세 미만 아동에게는 맞춤형 광고를 하지 않습니다.", ads],
    ["a negation that is a condition", "가명정보를 처리하지 않는 경우에는 해당 기록을 통계에서 뺍니다.", pseudonymized],
    ["a conditional that announces a list", "회사가 가명정보를 처리하는 경우 아래와 같이 안내합니다.", pseudonymized],
  ])("%s: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
  it("reads a negation with an object of its own as about that object, unless the item frames it", () => {
    const cameras = denialOf(/CCTV|영상\s*정보\s*처리\s*기기/, { verbs: "설치|운영|사용" });
    expect(lineDenies("CCTV 영상은 녹음 기능을 사용하지 않습니다.", cameras)).toBe(false);
    expect(lineDenies("회사는 CCTV를 사용하지 않습니다.", cameras)).toBe(true);
    expect(lineDenies("행태정보 수집에는 쿠키를 쓰지 않습니다.", ads)).toBe(true);
    expect(lineDenies("회사는 맞춤형 광고를 제공하지 않습니다.", ads)).toBe(true);
  });
  it("does not take a principle for a denial", () => {
    expect(lineDenies("가명정보는 처리하지 않는 것을 원칙으로 합니다.", pseudonymized)).toBe(false);
  });
  it("reads a line with a denial and an affirmation as affirming", () => {
    expect(readLine("회사는 가명정보를 처리하지 않습니다만, 통계 목적으로 이용 기록을 가명처리할 수 있습니다.", pseudonymized)).toBe(
      "affirms",
    );
    expect(readLine("회사는 맞춤형 광고를 하며, 민감한 행태정보는 수집하지 않습니다.", ads)).toBe("affirms");
    expect(readLine("회사는 필수 쿠키만 쓰며 맞춤형 광고는 하지 않습니다.", ads)).toBe("denies");
    expect(readLine("회사는 필수 쿠키만 씁니다.", ads)).toBe("silent");
  });
});

// permission refused on the item's action denies it, whoever would act; the item's tool not installed denies it; an
// action named as a noun said not to exist, and a label on the item answered "없음", deny it
describe("a denial of permission, of the item's tool, or of the action as a noun", () => {
  const adTools = denialOf(/행태\s*정보|맞춤형\s*광고/, { verbs: "광고|제공|사용|설치|탑재", means: "도구|모듈|SDK|스크립트" });
  const cameras = denialOf(/CCTV|영상\s*정보\s*처리\s*기기/, { verbs: "설치|운영|사용|두" });
  it.each([
    ["a third party not permitted to collect", "광고 대행사가 행태정보를 수집하도록 허용하고 있지 않습니다.", adTools],
    ["collection by others not allowed", "다른 회사가 행태정보를 수집하는 것을 용인하지 않습니다.", adTools],
    ["a collecting tool not installed", "회사는 맞춤형 광고 스크립트를 설치하지 않습니다.", adTools],
    ["a tool named in brackets not installed", "회사는 맞춤형 광고 SDK(AdMob)를 탑재하지 않습니다.", adTools],
    ["processing as a noun said not to exist", "회사의 가명정보 처리는 없습니다.", pseudonymized],
    ["a label on the action answered '없음'", "가명정보 생성: 없음", pseudonymized],
    ["a label on the action answered '안 함'", "가명정보 처리 : 안 함", pseudonymized],
    ["a conditional label answered '해당 없음'", "해외로 이전하는 경우: 해당 없음", transfer],
    ["a summary's noun phrase closed by '없음'", "요약 — 해외 이전 없음", transfer],
    ["a table row whose answer cell is '없음'", "| 해외 보관 | 없음 |", transfer],
    ["a table cell of the noun phrase", "| 처리 현황 | 가명정보 생성 없음 |", pseudonymized],
    ["an answer with an aside in brackets", "해외 이전: 없음 (자료는 모두 국내 서버에 둡니다).", transfer],
    ["one field of a summary run on with slashes", "보관 항목: 성명 / 해외 이전: 없음 / 문의: 02-555-0101", transfer],
    ["the second answer of a summary, after another field's", "가명정보 생성: 없음 / 해외 보관: 없음", transfer],
    ["a summary's '미' noun", "해외 서버 미사용", transfer],
  ])("denies the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(true);
  });
  it.each([
    ["permission to hand it over refused", "가명정보를 다른 기관에 제공하도록 허용하지 않습니다.", pseudonymized],
    ["a tool that is not the item's", "회사는 맞춤형 광고를 위해 기록을 모으며, 보안 모듈을 설치하지 않습니다.", adTools],
    ["a compound that is not a tool", "CCTV 녹음 기능을 사용하지 않습니다.", cameras],
    ["handing over as a noun said not to exist", "행태정보의 제3자 제공은 없습니다.", adTools],
    ["a label on something else answered '없음'", "해외 이전 거부 방법: 없음", transfer],
    ["a noun phrase on something else closed by '없음'", "해외 이전 거부에 따른 불이익 없음", transfer],
    ["a noun phrase under a condition closed by '없음'", "해외 이전 시 별도 고지 없음", transfer],
    ["another field of a summary answered '없음'", "해외 이전 거부 방법: 없음 / 문의: 02-555-0101", transfer],
    ["a narrowed refusal of permission", "동의 없이 광고 회사가 행태정보를 수집하도록 허락하지 않습니다.", adTools],
  ])("does not deny the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
  it("reads '두지 않습니다' on an object as not having it, not as a permission", () => {
    expect(lineDenies("회사는 매장에 CCTV를 두지 않습니다.", cameras)).toBe(true);
  });
});

describe("no data the item's action is done to, or the action said not to happen", () => {
  const cameras = denialOf(/CCTV|영상\s*정보\s*처리\s*기기/, { verbs: "설치|운영|사용" });
  it.each([
    ["the data after the verb", "당사가 해외로 전송하는 고객 데이터는 없습니다.", transfer],
    ["a passive verb and a word between", "국외 서버에 저장되는 이용자 정보는 없습니다.", transfer],
    ["the action as a noun", "회원 자료의 해외 보관은 없습니다.", transfer],
    ["the action as a noun, with 로의", "국외로의 이전은 없습니다.", transfer],
    ["another item's verb", "가명처리하는 정보는 없습니다.", pseudonymized],
  ])("denies the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(true);
  });
  it.each([
    ["nothing more than what was listed", "위 외에 국외로 전송하는 자료는 없습니다.", transfer],
    ["nothing other", "해외 서버 백업 외 다른 국외 이전은 없습니다.", transfer],
    ["a narrowed denial", "동의 없이 해외로 저장되는 정보는 없습니다.", transfer],
    ["data handed to a recipient", "국외 제휴사에게 제공하는 정보는 없습니다.", transfer],
    ["a verb that is not the item's", "해외에서 문의하는 정보는 없습니다.", transfer],
    ["an action noun that is not the item's", "CCTV 녹음은 없습니다.", cameras],
  ])("does not deny the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
  it("takes the subject from the title above", () => {
    expect(passageDeclaresNotApplicable([{ line: 4, text: "그곳에 저장하는 회원 정보는 없습니다." }], transfer)).toBe(true);
  });
});

describe("the verbs each item's action is said with, from the rules' own data", () => {
  const automated = denialOf(new RegExp(conditionalItems.automatedDecision.mention), conditionalItems.automatedDecision.notApplicable);
  it.each([
    "대학은 자동화된 결정으로 입학 여부를 정하지 않습니다.",
    "회사는 자동화된 결정으로 승인 여부를 판단하지 않습니다.",
    "회사는 자동화된 결정 방식을 쓰지 않습니다.",
    "회사는 심사를 자동화된 결정에 맡기지 않습니다.",
  ])("denies automated decisions: %s", (text) => {
    expect(lineDenies(text, automated)).toBe(true);
  });
  it.each([
    "회사는 동의 없이 자동화된 결정으로 한도를 정하지 않습니다.",
    "자동화된 결정의 결과를 제휴사에 맡기지 않습니다.",
    "자동화된 결정으로 한도를 정하며, 그 결과를 수정하지 않습니다.",
  ])("does not deny automated decisions: %s", (text) => {
    expect(lineDenies(text, automated)).toBe(false);
  });
  const overseas = denialOf(new RegExp(overseasData.subject), overseasData.notApplicable);
  const sensitive = denialOf(new RegExp(conditionalItems.sensitive.collectedCategory), conditionalItems.sensitive.notApplicable);
  it.each([
    "수강생 자료는 해외로 옮겨지지 않습니다.",
    "회원의 신청서 내용이 국외로 나가는 일은 없습니다.",
    "학원은 출결 기록을 국외로 반출하지 아니합니다.",
    "고객 데이터를 국외 사업자에게 제공하지 않습니다.",
    "회원 정보를 해외에 있는 업체에게 넘기거나 보관을 위탁하지 않습니다.",
    "예약 내역을 국외의 제3자에게 제공하거나 처리를 맡기지 않습니다.",
  ])("denies a transfer: %s", (text) => {
    expect(lineDenies(text, overseas)).toBe(true);
  });
  it.each([
    "체육관은 회원의 지문 정보를 저장하지 않습니다.",
    "출입 단말기는 얼굴 인식 정보를 인식·저장하지 않습니다.",
    "상담실은 내담자의 병력을 다루지 않습니다.",
  ])("denies the sensitive category: %s", (text) => {
    expect(lineDenies(text, sensitive)).toBe(true);
  });
  it("leaves a provision to others, a consequence of opting out and an unrelated recipient as they were", () => {
    const under = (text: string) => passageDeclaresNotApplicable([{ line: 2, text }], overseas);
    // the controller's own storage abroad is not said away by a provision to third parties
    expect(under("수강생 정보를 제3자에게 제공하지 않습니다.")).toBe(false);
    // "맡기다" hands the data over as "위탁" does: to a third party it says nothing of storage abroad
    expect(under("수강생 정보를 제3자에게 맡기지 않습니다.")).toBe(false);
    expect(lineDenies("해외 결제를 끄면 카드 정보가 국외로 나가지 않습니다.", overseas)).toBe(false);
    expect(lineDenies("해외 여행 상품은 제휴사에게 제공하지 않습니다.", overseas)).toBe(false);
    expect(lineDenies("해외 이전에 동의하지 않으면 국외로 옮기지 않습니다.", overseas)).toBe(false);
  });
});

// a verb no item lists, negated right on the item ("만들지", "묻지", "달지"), denies it; a verb done to data that is
// held ("재식별", "공개", "보내") leaves it in place, and so does anything else standing between the item and the verb
describe("a verb negated right on the item, whatever the verb", () => {
  const sensitive = denialOf(new RegExp(conditionalItems.sensitive.subject), conditionalItems.sensitive.notApplicable);
  const automated = denialOf(new RegExp(conditionalItems.automatedDecision.mention), conditionalItems.automatedDecision.notApplicable);
  const cameras = denialOf(/CCTV|영상\s*정보\s*처리\s*기기/, { verbs: "설치|운영|사용|두" });
  const notPublic = denialOf(new RegExp(conditionalItems.sensitive.subject), conditionalItems.sensitive.notPublic);
  it.each([
    ["made", "본 재단은 가명정보를 만들지 않습니다.", pseudonymized],
    ["asked for, with emphasis", "민감정보는 일절 묻지 않습니다.", sensitive],
    ["not in any case", "가명정보는 어떠한 경우에도 만들지 않습니다.", pseudonymized],
    ["with the one who acts between", "민감정보는 저희 센터가 요청하지 않습니다.", sensitive],
    ["mounted", "사무소는 영상정보처리기기를 달지 않았습니다.", cameras],
    ["gone through", "대출 심사는 자동화된 결정을 거치지 않습니다.", automated],
    ["neither made nor used", "본 재단은 가명정보를 만들지도 쓰지도 않습니다.", pseudonymized],
    ["neither asked for nor written down", "민감정보는 묻지도 적지도 않습니다.", sensitive],
  ])("denies the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(true);
  });
  it.each([
    ["re-identified", "가명정보를 재식별하지 않습니다.", pseudonymized],
    ["joined", "가명정보를 외부 자료와 결합하지 않습니다.", pseudonymized],
    ["shown", "민감정보는 다른 회원에게 보여 주지 않습니다.", sensitive],
    ["recorded with sound", "CCTV는 녹음하지 않습니다.", cameras],
    ["a time between the item and the verb", "CCTV는 야간에 가동하지 않습니다.", cameras],
    ["a place between the item and the verb", "민감정보는 가입 화면에서 묻지 않습니다.", sensitive],
    ["advice to the user", "게시판에 민감정보를 입력하지 않도록 유의하십시오.", sensitive],
    ["the item is not the object", "자동화된 결정의 결과는 사람이 다시 보며, 이의 신청을 막지 않습니다.", automated],
    ["without consent only", "민감정보는 동의 없이 묻지 않습니다.", sensitive],
    ["neither re-identified nor shown", "가명정보는 재식별하지도 보여 주지도 않습니다.", pseudonymized],
    ["neither joined nor used, the first done to held data", "가명정보를 결합하지도 팔지도 않습니다.", pseudonymized],
  ])("does not deny the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
  it("keeps to the spec's verbs where only they count", () => {
    // "묻지 않습니다" is no statement that the data is never made public
    expect(lineDenies("민감정보는 일절 묻지 않습니다.", notPublic)).toBe(false);
    expect(lineDenies("민감정보는 외부에 공개하지 않습니다.", notPublic)).toBe(true);
  });
});

// a party the item places ("해외 지사") said to get nothing personal neither affirms nor denies the item
describe("a party abroad that gets nothing personal", () => {
  const overseas = denialOf(new RegExp(overseasData.subject), overseasData.notApplicable);
  it.each([
    "해외 지사는 회원 정보를 조회할 수 없습니다.",
    "해외 협력사에는 열람 권한을 주지 않습니다.",
    "해외에 소재한 모회사도 주문 내역을 보지 않습니다.",
    "해외 모회사는 분기별 통계만 받습니다.",
    "국외 세미나 발표에는 익명 자료만 씁니다.",
  ])("is silent: %s", (text) => {
    expect(readLine(text, overseas)).toBe("silent");
  });
  it.each([
    ["access denied only without consent", "동의 없이는 해외 지사가 회원 정보를 조회할 수 없습니다."],
    ["personal data beside the statistics", "해외 모회사에는 회원 명단과 통계만 보냅니다."],
    ["two mentions, one a transfer", "해외 지사는 조회할 수 없고 해외 서버에 보관됩니다."],
    ["the party sees the data", "해외 지사가 회원 정보를 조회합니다."],
    ["statistics of data kept abroad", "해외 서버에 저장된 기록 중 통계만 본사가 봅니다."],
  ])("affirms: %s", (_name, text) => {
    expect(readLine(text, overseas)).toBe("affirms");
  });
  it("is no item for a reader whose item is not a place", () => {
    expect(readLine("가명정보 담당자는 통계만 받습니다.", pseudonymized)).toBe("affirms");
  });
});

// the item first in a coordinated object is the object; a denial for a kind or audience only affirms the rest,
// unless another clause denies the item outright
describe("a coordinated object, and a narrowed denial beside an outright one", () => {
  it.each([
    "행태정보와 광고 식별자를 수집하지 않습니다.",
    "행태정보나 추적 쿠키를 쓰지 않습니다.",
    "행태정보, 접속 위치 및 광고 ID를 수집하지 않습니다.",
  ])("denies the item: %s", (text) => {
    expect(lineDenies(text, ads)).toBe(true);
  });
  it.each([
    ["a comparison, not a coordination", "맞춤형 광고와 달리 이벤트 문자는 보내지 않습니다."],
    ["a word that modifies the object", "맞춤형 광고와 같은 문자를 보내지 않습니다."],
  ])("does not deny the item: %s", (_name, text) => {
    expect(lineDenies(text, ads)).toBe(false);
  });
  it("reads a narrowed denial as affirming the rest, unless the item is denied outright beside it", () => {
    expect(readLine("아동에게는 맞춤형 광고를 하지 않습니다.", ads)).toBe("affirms");
    expect(readLine("아동에게는 맞춤형 광고를 하지 않으며, 민감한 행태정보는 수집하지 않습니다.", ads)).toBe("affirms");
    expect(readLine("아동에게는 맞춤형 광고를 하지 않으며, 행태정보를 수집하지 않습니다.", ads)).toBe("denies");
    const under = (...texts: string[]) =>
      passageDeclaresNotApplicable(
        texts.map((text, index) => ({ line: index + 2, text })),
        ads,
      );
    expect(under("아동에게는 맞춤형 광고를 하지 않습니다.")).toBe(false);
    expect(under("아동에게는 맞춤형 광고를 하지 않습니다.", "회사는 행태정보를 수집하지 않습니다.")).toBe(true);
  });
});

describe("the item as an example of a member of the coordination, and the item as what something is not", () => {
  it.each(["광고 식별자 등 행태정보와 주소록을 수집하지 않습니다.", "회사는 광고 식별자 등 행태정보나 연락처 목록을 쓰지 않습니다."])(
    "denies the item: %s",
    (text) => {
      expect(lineDenies(text, denialOf(/광고\s*식별자/, { verbs: "수집|쓰" }))).toBe(true);
    },
  );
  it("does not deny the item when the noun after '등' is a modifier or heads a phrase of its own", () => {
    const identifier = denialOf(/광고\s*식별자/, { verbs: "수집|쓰|받" });
    expect(lineDenies("광고 식별자 등 행태정보와 관련된 문의는 받지 않습니다.", identifier)).toBe(false);
  });
  it("reads a clause that says something is not the item as neither doing nor denying it", () => {
    expect(readLine("앱 사용 통계는 행태정보가 아닙니다.", ads)).toBe("silent");
    expect(readLine("앱 사용 통계는 행태정보가 아니므로 광고에 쓰지 않습니다.", ads)).toBe("silent");
    expect(readLine("회사는 행태정보를 수집하지 않습니다. 앱 사용 통계는 행태정보가 아닙니다.", ads)).toBe("denies");
    expect(readLine("앱 사용 통계는 행태정보가 아니며, 회사는 행태정보를 수집합니다.", ads)).toBe("affirms");
    expect(readLine("앱 사용 통계가 행태정보가 아니면 따로 알리지 않습니다.", ads)).not.toBe("silent");
  });
});

// "…하며, 그 밖의 경우에는 …하지 않습니다": the denial holds for the cases not named before it, so the item is done
describe("a denial limited to the other cases", () => {
  it.each([
    "상담 기록은 미국의 상담 솔루션 업체에 보내며, 그 밖의 경우에는 해외로 이전하지 않습니다.",
    "번역 원문은 일본 도쿄의 서버에 두고, 그 외의 경우에는 국외로 보관하지 않습니다.",
    "결제 승인 정보는 싱가포르 결제사로 보내며, 나머지 경우에는 해외로 전송하지 않습니다.",
  ])("does not read '%s' as a denial", (text) => {
    expect(lineDenies(text, transfer)).toBe(false);
  });
  it("still reads a plain denial that names no other cases", () => {
    expect(lineDenies("회사는 개인정보를 해외로 이전하지 않습니다.", transfer)).toBe(true);
  });
});

describe("a hand-over that is the item itself", () => {
  const entrusting = denialOf(/위탁|맡기|맡겨|맡긴/, {
    verbs: "^(?:위탁|맡기|맡겨|맡긴)$",
    includesProcessing: false,
    handingOverIsTheItem: true,
  });
  it("reads naming the party the work would go to as the entrustment denied", () => {
    expect(lineDenies("상담 기록 관리를 외부 전문 업체에 맡기지 않습니다.", entrusting)).toBe(true);
    expect(lineDenies("상담 기록 관리를 외부 전문 업체에 맡기지 않습니다.", transfer)).toBe(false);
  });
  it("reads no party the verb is done with as the item denied", () => {
    expect(lineDenies("상담 기록 관리를 위탁한 기관은 없습니다.", entrusting)).toBe(true);
    expect(lineDenies("고객 명부를 해외로 이전받는 회사는 없습니다.", transfer)).toBe(true);
    expect(lineDenies("상담 기록 관리를 위탁한 기관 외에는 없습니다.", entrusting)).toBe(false);
  });
  it("does not take a duty not to pass the work on for a denial", () => {
    expect(lineDenies("계약서에는 업무를 다른 곳에 다시 맡기지 않도록 적습니다.", entrusting)).toBe(false);
  });
});

// a field that names the item's work, matter or party answered "없음" ("위탁 업무: 없음", "수탁자: 없음") denies it
describe("a field on the item's work or party answered '없음'", () => {
  const entrustment = denialOf(/위탁|맡기|맡겨|맡긴|맡길|수탁/, {
    verbs: "^(?:위탁|맡기|맡겨|맡긴|맡길)$",
    includesProcessing: false,
    handingOverIsTheItem: true,
  });
  it.each([
    ["the work", "위탁 업무: 없음", entrustment],
    ["the work, with a relative", "위탁하는 업무 : 없습니다.", entrustment],
    ["the party", "수탁 업체: 없음", entrustment],
  ])("denies the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(true);
  });
  it.each([
    ["a thing about the work", "위탁 업무 관련 민원: 없음", entrustment],
    ["nothing beyond a list", "그 밖의 위탁 업무: 없음", entrustment],
    ["a way about the transfer", "해외 이전 거부 방법: 없음", transfer],
  ])("does not deny the item: %s", (_name, text, denial) => {
    expect(lineDenies(text, denial)).toBe(false);
  });
});

// "행태정보를 수집하는 분석 도구를 설치하지 않았습니다": the tool is denied, and the clause before it says the tool is
// what would do the item
describe("a tool denied, the item what the tool would do", () => {
  const tools = denialOf(/행태\s*정보/, { verbs: "설치|사용", means: "도구|SDK|스크립트" });
  it.each(["행태정보를 수집하는 외부 광고·분석 도구를 설치하지 않았습니다.", "저희는 행태정보를 추적하는 SDK를 사용하지 않습니다."])(
    "denies: %s",
    (text) => {
      expect(readLine(text, tools)).toBe("denies");
    },
  );
  it.each(["행태정보를 수집하는 분석 도구를 설치하여 운영합니다.", "행태정보를 수집하며, 외부 분석 도구는 설치하지 않았습니다."])(
    "does not deny: %s",
    (text) => {
      expect(readLine(text, tools)).toBe("affirms");
    },
  );
});

// a prohibition whose object coordinates the item with others' data ("민감정보나 다른 사람의 개인정보를 입력하지
// 마세요"): "다른 사람의" says whose the data is, not who is told; the item kept on the person's device, with the next
// clause saying it never reaches the controller ("… 본체에만 저장되며 회사 서버로 전송되지 않습니다")
describe("told not to give it with others' data; kept on a device and never sent", () => {
  const sensitive = denialOf(/민감\s*정보|지문/, { verbs: "요구|받|저장|보관", givenByThePerson: true });
  it.each([
    "민감정보나 다른 사람의 개인정보를 입력하지 마세요.",
    "민감정보나 타인 정보를 적지 마십시오.",
    "지문 템플릿은 단말기 본체에만 암호화되어 저장되며 회사 서버로 전송되지 않습니다.",
  ])("denies the item: %s", (text) => {
    expect(lineDenies(text, sensitive)).toBe(true);
  });
  it.each(["민감정보를 다른 회원에게 알리지 마세요.", "지문 템플릿은 단말기 본체에만 저장되며 회사 서버로 전송됩니다."])(
    "does not deny the item: %s",
    (text) => {
      expect(lineDenies(text, sensitive)).toBe(false);
    },
  );
});
