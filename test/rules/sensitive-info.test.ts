// sensitive-info: the plain "never made public" statement, read across hard-wrapped lines.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("sensitive-info", lines)).map((f) => [f.line, f.messageId]);
const policy = (...passage: string[]) => [
  "푸른숲 산악회 개인정보 처리방침",
  "",
  "【민감정보의 처리】",
  ...passage,
  "",
  "【보유 기간】",
  "회원 탈퇴 시까지 보유합니다.",
];
// wrapped at a narrow column; the second line, opening with a statute's name, reads like a heading on its own
const opening = [
  "회원의 질병 정보는 산행 중 응급 상황에 대비하여",
  "「개인정보 보호법」 제23조에 따라 별도 동의를",
  "받아 처리하는 민감정보입니다.",
];

describe("not made public, wrapped at a narrow column", () => {
  it("must not fire: the subject on one line, the denial on the next", async () => {
    const text = policy(
      ...opening.slice(0, 2),
      "받아 처리하는 민감정보입니다. 산악회는 회원",
      "명부를 누구에게도 보여 주지 않으므로 이 민감정보가",
      "공개될 가능성은 없으나, 행사 사진에 이름이 실리기를",
      "원하지 않으면 총무에게 말씀해 주십시오.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: the same passage unwrapped", async () => {
    const text = policy(
      "회원의 질병 정보는 산행 중 응급 상황에 대비하여 「개인정보 보호법」 제23조에 따라 별도 동의를 받아 처리하는 민감정보입니다. 산악회는 회원 명부를 누구에게도 보여 주지 않으므로 이 민감정보가 공개될 가능성은 없으나, 행사 사진에 이름이 실리기를 원하지 않으면 총무에게 말씀해 주십시오.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must fire: wrapped lines that say nothing about making it public", async () => {
    expect(await found(policy(...opening, "산행 신청서와 함께 보관합니다."))).toEqual([[3, "noDisclosure"]]);
  });
});

describe("a sentence that names the sensitive data and says it is never made public", () => {
  // the sensitive item is given in the items section; the sentence about it may stand anywhere
  const clinic = (...closing: string[]) => [
    "해맑은 한의원 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보의 항목",
    "- 진료 예약: 성명, 휴대전화번호",
    "- 문진: 체질 진단 결과, 복용 중인 약, 과거 병력",
    "",
    "2. 보유 기간",
    "의료법에 따라 진료기록부는 10년간 보존합니다.",
    ...closing,
  ];

  it("fires when nothing is said about making it public", async () => {
    expect(await found(clinic())).toEqual([[5, "noDisclosure"]]);
  });

  for (const sentence of [
    "환자의 건강정보가 원외에 공개되는 일은 없습니다.",
    "건강 기록은 어떤 경우에도 공개되지 않습니다.",
    "민감정보는 누구에게도 공개될 일이 없습니다.",
    "한의원은 진료 정보를 외부에 공개하지 않습니다.",
  ])
    it(`must not fire when another section says '${sentence}'`, async () => {
      expect(await found(clinic("", "3. 민감정보", sentence))).toEqual([]);
    });

  it("must not fire when the statement is hard-wrapped between the name and the verb", async () => {
    expect(
      await found(clinic("", "3. 민감정보", "문진으로 받은 건강정보는 담당 한의사만 열람하며 외부에", "공개될 가능성은 없습니다.")),
    ).toEqual([]);
  });

  it("must not fire when the data is confined to a use that publishes nothing", async () => {
    expect(await found(clinic("", "3. 민감정보", "생체정보는 본인 확인 외의 용도로 사용하지 않습니다."))).toEqual([]);
  });

  it("still fires when the use it is confined to is publishing, or only handing over is denied", async () => {
    expect(await found(clinic("", "3. 민감정보", "건강정보는 회원 후기 게시 외의 용도로 사용하지 않습니다."))).toEqual([
      [5, "noDisclosure"],
    ]);
    expect(await found(clinic("", "3. 민감정보", "건강정보를 보험사에 제공하는 일은 없습니다."))).toEqual([[5, "noDisclosure"]]);
  });

  it("still fires when the sentence after the confined use publishes the data", async () => {
    const published = ["건강정보는 치료 계획 수립 목적으로만 이용합니다.", "다만 완치 사례는 대기실 게시판과 누리집 소식란에 싣습니다."];
    expect(await found(clinic("", "3. 민감정보", ...published))).toEqual([[5, "noDisclosure"]]);
    const referredBack = [
      "건강정보는 별도 동의를 받아 처리합니다. 이 정보는 치료 계획 수립 목적으로만",
      "이용합니다. 완치 후기는 소식지에 게재합니다.",
    ];
    expect(await found(clinic("", "3. 민감정보", ...referredBack))).toEqual([[5, "noDisclosure"]]);
  });

  it("must not fire when the sentence after the confined use publishes nothing", async () => {
    const kept = ["건강정보는 치료 계획 수립 목적으로만 이용합니다.", "진료 안내문은 대기실 게시판에서 확인할 수 있습니다."];
    expect(await found(clinic("", "3. 민감정보", ...kept))).toEqual([]);
  });
});

// health data listed among the items triggers the item under any of its usual names, and a statement that it is
// shown to no one but the person it is about answers it
describe("health data among the items", () => {
  const items = (...lines: string[]) => [
    "한울태권도장 개인정보 처리방침",
    "",
    '한울태권도장(이하 "도장")은 수련생의 개인정보를 다음과 같이 처리합니다.',
    "",
    "1. 처리하는 개인정보의 항목",
    ...lines,
  ];
  it.each(["신체검사 결과", "건강검사 기록", "부상 치료 기록", "복용 약 처방 내역"])(
    "fires on '%s' with no word on disclosure",
    async (item) => {
      expect(await found(items(`- 필수항목: 성명, 생년월일, ${item}`))).toEqual([[6, "noDisclosure"]]);
    },
  );
  it("does not fire on a physical test that is no health data", async () => {
    expect(await found(items("- 필수항목: 성명, 생년월일, 승급 심사 결과"))).toEqual([]);
  });
  // a device's or browser's fingerprint identifies the machine, not the person's body
  it.each(["결제 단말의 기기 지문(device fingerprint)", "브라우저 지문", "디바이스 지문 정보"])(
    "does not fire on '%s', no biometric data",
    async (item) => {
      expect(await found(items(`- 자동 수집: 접속 IP, 쿠키, ${item}`))).toEqual([]);
    },
  );
  it("still fires on a person's fingerprint among the items", async () => {
    expect(await found(items("- 필수항목: 성명, 출입 인증용 지문"))).toEqual([[6, "noDisclosure"]]);
  });
  it.each([
    "신체검사 결과는 수련생 본인 외에는 공개하지 않습니다.",
    "부상 치료 기록은 수련생과 보호자 외에는 공개되지 않습니다.",
    // shown to the person alone, in other words
    "신체검사 결과는 수련생 본인 계정에서만 보입니다.",
    "부상 치료 기록은 본인만 볼 수 있습니다.",
  ])("does not fire when the data is shown to no one but the person: %s", async (sentence) => {
    expect(await found(items("- 필수항목: 성명, 생년월일, 신체검사 결과, 부상 치료 기록", `- ${sentence}`))).toEqual([]);
  });
  it("fires when the data is shown beyond the person", async () => {
    expect(
      await found(items("- 필수항목: 성명, 생년월일, 신체검사 결과", "- 신체검사 결과는 본인 계정과 도장 게시판에서 보입니다.")),
    ).toEqual([[6, "noDisclosure"]]);
  });
  // said to be published: only the way to keep it private is missing, told where the publication is said
  it("fires at the publication when the data is published beyond the person", async () => {
    const published = "- 신체검사 결과는 수련생 본인 외에도 다른 수련생에게 게시판으로 공개합니다.";
    expect(await found(items("- 필수항목: 성명, 생년월일, 신체검사 결과", published))).toEqual([[7, "shownWithoutChoice"]]);
  });
  // "… 실릴 수 있습니다": the possibility of publication is what the law asks about, and the choice is still missing
  it.each([
    "- 부상 회복 수기와 치료 경과는 도장 소식지와 누리집에 실릴 수 있습니다.",
    "- 부상 치료 기록을 담은 수련 일지는 게시판에 게시될 수 있습니다.",
  ])("fires at a publication that may happen: %s", async (sentence) => {
    expect(await found(items("- 필수항목: 성명, 생년월일, 부상 치료 기록", sentence))).toEqual([[7, "shownWithoutChoice"]]);
  });
  it("does not fire at a publication that may happen when the way to keep it private is given", async () => {
    const chosen = "- 부상 회복 수기는 소식지에 실릴 수 있으며, 원하지 않으면 신청서의 '비공개'에 표시하면 싣지 않습니다.";
    expect(await found(items("- 필수항목: 성명, 생년월일, 부상 치료 기록", chosen))).toEqual([]);
  });
});

describe("not made public even then: '…시에도', '…때에도', '…경우에도'", () => {
  const health = "회원의 질병 정보는 산행 중 응급 상황에 대비하여 별도 동의를 받아 처리하는 민감정보입니다.";

  it.each([
    "이 민감정보는 산행 기록을 책자로 발간할 때에도 외부에 공개되지 않습니다.",
    "이 민감정보는 활동 사진을 게시할 시에도 공개하지 않습니다.",
    "이 민감정보는 다른 회원이 요청하는 경우에도 공개되지 않습니다.",
  ])("must not fire: %s", async (sentence) => {
    expect(await found(policy(health, sentence))).toEqual([]);
  });

  it("must fire: the denial holds only under a condition", async () => {
    expect(await found(policy(health, "이 민감정보는 회원이 탈퇴한 경우에는 공개하지 않습니다."))).toEqual([[3, "noDisclosure"]]);
  });
});

describe("a limit on who may see it, then the statement that it is never made public", () => {
  const lead = "이 민감정보는 별도 동의를 받아 처리하며,";
  it.each([
    ["열람할 수 없고 … 공개하지 않습니다", `${lead} 담당 상담사 외에는 열람할 수 없고 외부에 공개하지 않습니다.`],
    ["접근하지 못하고 … 공개되는 일은 없습니다", `${lead} 지정된 간호사 이외에는 접근하지 못하고 바깥에 공개되는 일은 없습니다.`],
    ["the reverse order", `${lead} 외부에 공개하지 않고 담당 상담사 외에는 열람할 수 없습니다.`],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    ["the limit on the non-publication itself", `${lead} 치료 목적 외에는 공개하지 않습니다.`],
    ["a consent scope that covers both predicates", `${lead} 동의 없이는 열람할 수 없고 외부에 공개하지 않습니다.`],
  ])("must fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[3, "noDisclosure"]]);
  });
});

// "not made public" is said with any verb of making something known to the public or to others
describe("never made known to the public or to others, whatever the verb", () => {
  const club = (...closing: string[]) => [
    "한빛 수영동호회 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보의 항목",
    "- 가입 신청: 성명, 휴대전화번호",
    "- 강습 전 확인: 복용 중인 약과 과거 병력",
    "",
    "2. 보유 기간",
    "탈퇴 시까지 보유합니다.",
    "",
    "3. 민감정보",
    ...closing,
  ];

  it.each([
    "동호회 소식지에는 수상자 명단만 싣고, 회원의 병력 정보는 싣지 않습니다.",
    "회원의 건강정보는 게시판이나 회보에 게재하지 않습니다.",
    "대회 순위는 공고하지만 병력 정보는 공고하지 아니합니다.",
    "병력 정보는 동호회 밖으로 누설하지 않습니다.",
    "건강정보는 다른 회원에게 드러나지 않습니다.",
    "건강정보는 외부에 알리지 않습니다.",
    "민감정보는 공표하지 않습니다.",
  ])("must not fire: '%s'", async (sentence) => {
    expect(await found(club(sentence))).toEqual([]);
  });

  it.each([
    "건강정보는 본인에게 알리지 않고 처리하는 일이 없도록 합니다.",
    "건강정보를 받을 때 따로 알리지 않습니다.",
    "건강정보는 동의 없이 게재하지 않습니다.",
  ])("must fire: '%s' is no statement that it is never made public", async (sentence) => {
    expect(await found(club(sentence))).toEqual([[5, "noDisclosure"]]);
  });
});

// sensitive data as the topic of a sentence that keeps it somewhere else (only on the person's device) and then
// denies that the controller collects or keeps it: the controller does not process it. Kept by the controller and
// only withheld from others, or kept only on the controller's own systems, it is processed
describe("kept only on the person's device, not collected by the controller", () => {
  const items = (sentence: string) => [
    "한울 모바일뱅킹 개인정보 처리방침",
    "",
    "2. 처리하는 개인정보의 항목",
    "- 필수: 이름, 휴대전화번호, 계좌번호",
    sentence,
  ];
  it.each([
    [
      "stored on the device only, the controller does not collect it",
      "지문 등 생체정보는 고객님의 스마트폰에만 저장되며, 은행은 이를 수집하지 않습니다.",
    ],
    ["left on the device, the controller keeps no copy", "얼굴 인식용 생체정보는 단말기 안에만 남고 당행은 따로 보관하지 않습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(items(sentence))).toEqual([]);
  });
  it.each([
    ["kept by the controller, only not handed over", "생체정보는 암호화하여 별도 서버에 보관하며, 다른 기관에 제공하지 않습니다."],
    ["kept only on the controller's server", "생체정보는 은행 서버에만 저장되며 은행은 이를 외부로 보내지 않습니다."],
    ["on the device, collected without consent never", "생체정보는 스마트폰에만 저장되며, 은행은 동의 없이는 수집하지 않습니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect((await found(items(sentence))).map(([line]) => line)).toEqual([5]);
  });
});

// sensitive data the controller gives no place to ("…기재란을 마련하지 않았습니다", "…칸은 없습니다") or tells the person
// not to give ("…는 쓰지 마세요"): nothing sensitive is collected. A field for it, or an instruction to give it, is
// collecting it
describe("no field for the data, or the person told not to give it", () => {
  const items = (sentence: string) => [
    "새봄 어학원 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보의 항목",
    "- 수강 신청: 이름, 연락처, 희망 반",
    sentence,
  ];
  it.each([
    ["a field not provided", "- 수강 신청서에는 병력이나 종교 기재란을 마련하지 않았습니다."],
    ["a field not put in", "- 상담 카드에 건강상태 입력칸을 따로 두지 않습니다."],
    ["no such item on the form", "- 신청 양식에 질병, 장애 여부 항목은 없습니다."],
    ["no box to write it in", "- 신청서에는 건강 상태를 적는 칸이 없습니다."],
    ["told not to write it", "- 자기소개란에 종교나 병력은 쓰지 마세요."],
    ["told not to enter it", "- 온라인 신청서에는 건강 정보를 입력하지 마시기 바랍니다."],
    ["told not to send it", "- 진단서 등 진료 기록을 학원에 보내지 말아 주십시오."],
    ["told not to write what concerns it", "- 상담 메모에는 병력에 관한 내용을 적지 않도록 해 주십시오."],
    ["no item about it", "- 설문지에 종교와 관련된 문항은 없습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(items(sentence))).toEqual([]);
  });
  it.each([
    ["asked to write it on the form", "- 건강 상태는 상담 카드에 적어 주십시오."],
    ["a field that exists", "- 신청서에 병력 기재란을 두고 있습니다."],
    ["a field kept only for some", "- 단체 수강생 외에는 건강 상태 입력란을 두지 않습니다."],
    ["told not to write it only under a condition", "- 필요하지 않으면 병력은 적지 마세요."],
    ["optional, so given when the person wishes", "- 건강 상태는 입력하지 않으셔도 됩니다."],
    ["warned not to post it where others read it", "- 수강생 커뮤니티에 병력을 올리지 마세요."],
    ["another field absent", "- 병력은 신청서에 적되, 주소 입력란은 없습니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect((await found(items(sentence))).map(([line]) => line)).toEqual([5]);
  });
});

// "…에 제출하는 것 외에는 외부에 공개되지 않습니다": the exception hands the data to a party, which is a provision, not
// a publication; the statement still says the data is never made public. An exception that publishes, or a purpose,
// leaves the denial limited
describe("never made public save for handing it to a party", () => {
  const lead = "이 민감정보는 별도 동의를 받아 처리하며,";
  it.each([
    `${lead} 장해 등급 심사를 위해 관할 기관에 내는 서류에 첨부하는 것 외에는 외부에 공개되지 않습니다.`,
    `${lead} 보험금 청구 시 보험사에 제출하는 경우를 제외하고는 공개하지 않습니다.`,
    `${lead} 진료 의뢰서를 협력 병원에 보내는 것 외에는 외부에 드러나지 않습니다.`,
  ])("must not fire: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    `${lead} 회원 소식지에 싣도록 제공하는 것 외에는 외부에 공개되지 않습니다.`,
    `${lead} 수기 공모 커뮤니티에 제공하는 것 외에는 공개하지 않습니다.`,
    `${lead} 상담 게시판에 올리는 것 외에는 외부에 공개되지 않습니다.`,
  ])("must fire: the exception is itself a publication: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([[3, "noDisclosure"]]);
  });
});

// "의료법에 따른 경우를 제외하고는 외부에 공개되지 않습니다": what a law requires is a provision, not a publication
describe("never made public save where a law requires it", () => {
  const lead = "상담 기록 중 건강에 관한 정보는 민감정보로서 별도 동의를 받아 처리하며,";
  it.each([
    `${lead} 관계 법령에 따른 경우를 제외하고는 외부에 공개되지 않습니다.`,
    `${lead} 법률에 특별한 규정이 있는 경우 외에는 공개하지 않습니다.`,
    `${lead} 감염병예방법에서 정한 때를 제외하고 누구에게도 드러나지 않습니다.`,
    `${lead} 「의료법」 제21조에 따른 경우 외에는 외부에 공개되지 않습니다.`,
    // the statute's cases listed in its paragraphs, in the statutes' own wording
    `${lead} 「감염병예방법」 제18조제3항 각 호에 해당하는 경우를 제외하고는 본인 외의 자에게 공개하지 아니한다.`,
  ])("must not fire: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    `${lead} 법령에 따라 게시하는 경우를 제외하고는 공개되지 않습니다.`,
    `${lead} 관계 법령에 따른 경우를 제외하고는 제3자에게 제공하지 않습니다.`,
  ])("must fire: the law's case publishes, or only provision is denied: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([[3, "noDisclosure"]]);
  });
});

// "신고 외의 목적으로 이용하거나 외부에 공개하지 않습니다": the purpose limits the use before "거나"; the publication
// after it is denied outright, unless a case or condition ("동의 없이") limits both
describe("a use limited to a purpose, or the data published", () => {
  const lead = "이 민감정보는 별도 동의를 받아 처리하며,";
  it("must not fire: the publication is denied outright after the limited use", async () => {
    expect(await found(policy(`${lead} 보조금 신청 외의 목적으로 이용하거나 외부에 공개하지 않습니다.`))).toEqual([]);
  });
  it("must fire: a condition reaches the publication too", async () => {
    expect(await found(policy(`${lead} 본인 동의 없이 이용하거나 외부에 공개하지 않습니다.`))).toEqual([[3, "noDisclosure"]]);
  });
});

// "담당 교사와 응급 시 구급대원 외에는 공개되지 않습니다": an exception that names only the people the data is shown
// to (staff in charge, responders, a guardian) makes nothing public; a list with another party leaves the denial limited
describe("never made public save for the people named to see it", () => {
  const lead = "이 민감정보는 별도 동의를 받아 처리하며,";
  it.each([
    `${lead} 담임 강사와 사고 시 출동한 구조대원 외에는 공개되지 않습니다.`,
    `${lead} 보건 교사 및 학부모 보호자 외에는 볼 수 없습니다.`,
    `${lead} 캠프 의료진을 제외하고는 누구에게도 공개하지 않습니다.`,
    `${lead} 담당 코치와 센터장 외에는 공개되지 않습니다.`,
    `${lead} 인솔 청소년지도사와 시설 간호사 외에는 공개하지 않습니다.`,
    `${lead} 검사를 의뢰한 병원 외에는 공개되지 않습니다.`,
    `${lead} 입시 담당자와 면접위원 외에는 공개되지 않습니다.`,
    `${lead} 조사를 맡긴 의뢰인 외에는 공개되지 않습니다.`,
    `${lead} 담당 의료인과 업무 담당자 및 법에 따른 제공 기관 외에는 공개되지 않습니다.`,
    `${lead} 담당 연구진과 식품의약품안전처 외에는 공개되지 않습니다.`,
    `${lead} 담당 안전교관과 응급 대응 인력 외에는 공개되지 않습니다.`,
    `${lead} 배식 담당 영양사와 조리 책임자 외에는 공개되지 않습니다.`,
    `${lead} 담임교사와 조리사 외에는 공개되지 않으며, 알림 앱에서도 담임교사에게만 표시됩니다.`,
    `${lead} 원감과 간병인 외에는 공개되지 않습니다.`,
    `${lead} 담당 간호사·요양보호사와 촉탁의 외에는 공개되지 않습니다.`,
    `${lead} 객실 담당 직원과 야간 당직 지배인 외에는 공개되지 않습니다.`,
    `${lead} 기숙사 사감과 당직자 외에는 공개되지 않습니다.`,
    // what a person on the list sees, said in brackets after them
    `${lead} 담당 의사와 이용자가 고른 약사(처방 내용에 한함) 외에는 공개되지 않습니다.`,
    // a business that does the work for the service, to which the data is handed, not published
    `${lead} 견적을 요청받은 시공 파트너 외에는 공개되지 않습니다.`,
    `${lead} 주문 상품을 만들어 배달하는 화원 외에는 공개되지 않습니다.`,
    `${lead} 보조기기를 대여하는 지역 협력 업체와 담당 상담사 외에는 공개되지 않습니다.`,
  ])("must not fire: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    `${lead} 같은 반 회원과 담임 강사 외에는 공개되지 않습니다.`,
    `${lead} 캠프 참가자 외에는 공개되지 않습니다.`,
    `${lead} 같은 모임의 회원과 시공 파트너 외에는 공개되지 않습니다.`,
    `${lead} 응급 처치 목적 외에는 공개하지 않습니다.`,
    `${lead} 담당 의사와 같은 반 회원(닉네임만) 외에는 공개되지 않습니다.`,
  ])("must fire: another party or a purpose is excepted: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([[3, "noDisclosure"]]);
  });
});

// the data named in the policy's words for it ("건강에 관한 정보") where it is said never to be made public, far from
// the list that collects it
describe("never made public, said of the data by another name", () => {
  it("must not fire where '건강에 관한 정보' is said never to be made public", async () => {
    const text = [
      "한울 임상연구센터 개인정보 처리방침",
      "",
      "1. 처리하는 개인정보 항목",
      "- 연구 참여자: 성명, 생년월일, 진료기록, 복용 약물",
      "- 보상금 지급: 은행명, 계좌번호",
      "- 방문 기록: 방문 일시",
      "- 문의 기록: 문의 내용",
      "",
      "건강에 관한 정보는 담당 연구진 외에는 공개되지 않습니다.",
    ];
    expect(await found(text)).toEqual([]);
  });
});

// "…외의 용도로 이용하지 않습니다" confines the use: it says the data is used, so it does not make the section a
// declaration that none is processed, and the section is read for its statement that the data is not made public
describe("a use confined to one purpose, then the statement that it is never made public", () => {
  const centre = (...section: string[]) => [
    "바른자세 재활센터 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보의 항목",
    "- 예약: 성명, 휴대전화번호",
    "- 운동 처방: 체형 측정값, 과거 병력",
    "",
    "2. 민감정보의 처리",
    ...section,
    "",
    "3. 보유 기간",
    "회원 탈퇴 시까지 보유합니다.",
  ];
  const confined = "가. 센터는 회원이 알려 준 부상 이력을 별도 동의를 받아 처리하며, 재활 운동 지도 외의 용도로 이용하지 않습니다.";
  it.each(["나. 측정 기록은 담당 트레이너만 볼 수 있고, 외부에 공개되지 않습니다.", "나. 이 기록은 센터 밖으로 공개되는 일이 없습니다."])(
    "must not fire: %s",
    async (sentence) => {
      expect(await found(centre(confined, sentence))).toEqual([]);
    },
  );
  it("must fire: the confined use alone says nothing about making it public", async () => {
    expect(await found(centre(confined, "나. 측정 기록은 센터 전산망에 보관합니다."))).toEqual([[7, "noDisclosure"]]);
  });
});

describe("a denial that names sensitive data as an example of a member of its list", () => {
  const items = (...passage: string[]) => [
    "멍냥케어 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보의 항목",
    ...passage,
    "- 가입: 이름, 휴대전화번호",
    "- 예약: 반려견 이름, 견종, 예방접종 여부",
    "",
    "2. 개인정보의 보유 기간",
    "회원 탈퇴 시까지 보유합니다.",
  ];

  it("must not fire: the category is an example of sensitive data, listed with another item the denial covers", async () => {
    expect(await found(items("센터는 보호자의 병력 등 민감정보와 여권번호를 수집하지 않습니다."))).toEqual([]);
    expect(await found(items("센터는 보호자의 건강 상태 등 민감정보나 계좌번호는 받지 않습니다."))).toEqual([]);
  });

  it("must not fire: a clause that says an animal's records are not the person's health data", async () => {
    expect(
      await found(
        items("센터는 보호자의 병력 등 민감정보와 여권번호를 수집하지 않습니다. 반려견의 치료 기록은 보호자의 건강 정보가 아닙니다."),
      ),
    ).toEqual([]);
  });

  it("fires: the category is collected, and only the other item is denied", async () => {
    expect(await found(items("센터는 보호자의 병력 등 민감정보를 수집하며, 여권번호는 수집하지 않습니다."))).toEqual([[4, "noDisclosure"]]);
  });

  it("fires: saying an animal's records are not health data leaves the person's health data collected beside it", async () => {
    expect(
      await found(items("반려견의 치료 기록은 보호자의 건강 정보가 아닙니다. 다만 센터는 상담 때 보호자의 병력을 수집합니다.")),
    ).toEqual([[4, "noDisclosure"]]);
  });
});

// a policy may never call an item sensitive: the message names the item it was read in, or says the policy does
describe("the message names what was read as sensitive", () => {
  const messageOf = async (lines: string[]) => (await findingsOf("sensitive-info", lines)).map((f) => [f.line, f.message]);
  const tail = "공개 가능성과 비공개를 선택하는 방법을 적지 않았습니다: 서비스 과정에서 공개되는 일이 없다면 그렇다고 밝히십시오";

  it("names the item among those collected, whole", async () => {
    const text = [
      "하늘여행 개인정보 처리방침",
      "",
      "1. 처리하는 개인정보의 항목",
      "- 여행자(선택): 기내식 요청(종교식·저염식), 좌석 요청",
      "",
      "2. 보유 기간",
      "여행 종료 후 1년간 보유합니다.",
    ];
    expect(await messageOf(text)).toEqual([[4, `처리하는 민감정보 ('종교식')의 ${tail}`]]);
  });

  it("names none where the policy says it processes sensitive information", async () => {
    expect(await messageOf(policy(...opening, "산행 신청서와 함께 보관합니다."))).toEqual([[3, `처리하는 민감정보의 ${tail}`]]);
  });
});

// a sentence that says no sensitive data is processed covers the categories it names on its way ("민감정보를
// 수집하지 않으며, 종교·건강 등을 적는 입력란을 두지 않습니다"), whatever the clause they stand in
describe("categories named inside a denial of sensitive data", () => {
  const items = (line: string) => ["누리송금 개인정보 처리방침", "", "1. 처리하는 개인정보의 항목", "- 이름, 휴대전화번호, 계좌번호", line];

  it.each([
    "회사는 민감정보를 수집하지 않으며, 앱에 신앙·병력 등을 적는 칸을 두지 않습니다.",
    "보호자의 건강정보 등 민감정보는 수집하지 않으며, 진료 기록은 반려견에 관한 기록입니다.",
  ])("must not fire: %s", async (line) => {
    expect(await found(items(line))).toEqual([]);
  });

  it("must fire where the category is collected beside a denial of something else", async () => {
    expect(await found(items("회사는 주민등록번호를 수집하지 않으며, 회원의 건강 상태를 함께 받습니다."))).toEqual([[5, "noDisclosure"]]);
  });
});

describe("a statute's article cited by its title", () => {
  const items = (...notes: string[]) => [
    "늘봄 산후도우미 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보 항목",
    "산모의 이름, 연락처, 방문 주소를 받습니다.",
    "",
    "2. 근거 법령",
    ...notes,
  ];

  it("must not fire on a citation whose article title names sensitive information", async () => {
    const cited = items("[^1]: 「개인정보 보호법」 제23조(민감정보의 처리 제한)", "[^2]: 같은 법 제30조(개인정보 처리방침의 수립 및 공개)");
    expect(await found(cited)).toEqual([]);
  });

  it("must fire where the sentence around the citation says the data is processed", async () => {
    const processed = items("「개인정보 보호법」 제23조(민감정보의 처리 제한)에 따라 산모의 병력을 민감정보로 처리합니다.");
    expect(await found(processed)).toEqual([[7, "noDisclosure"]]);
  });
});

describe("the data shown to people of the service, and otherwise never made public", () => {
  const items = (...notes: string[]) => [
    "바람길 승마장 개인정보 처리방침",
    "",
    "1. 처리하는 개인정보 항목",
    "회원의 이름, 연락처, 키와 몸무게, 허리 통증 등 건강 상태를 받습니다.",
    ...notes,
  ];

  it.each([
    [
      "in the next sentence",
      "건강 상태는 민감정보로서 별도 동의를 받아 처리합니다. 교관에게는 수업에 필요한 통증 부위만 보이며, 그 밖에는 공개되지 않습니다.",
    ],
    ["in the same sentence", "건강 상태는 민감정보로서 담당 교관에게만 수업 전에 보이며, 그 외에는 공개되지 않습니다."],
    ["people of a temple or a transport service", "건강 상태는 민감정보로서 담당 스님과 안내 승무원 외에는 공개되지 않습니다."],
  ])("must not fire: %s", async (_, note) => {
    expect(await found(items(note))).toEqual([]);
  });

  it.each([
    [
      "shown to other members",
      "건강 상태는 민감정보로서 별도 동의를 받아 처리합니다. 같은 반 회원에게는 통증 부위가 보이며, 그 밖에는 공개되지 않습니다.",
      "noDisclosure",
    ],
    [
      "shown to the staff but made public otherwise",
      "건강 상태는 민감정보로서 별도 동의를 받아 처리합니다. 교관에게는 통증 부위가 보이며, 그 밖에는 게시판에 공개됩니다.",
      "shownWithoutChoice",
    ],
  ])("must fire: %s", async (_, note, messageId) => {
    // at the sentence that says the data is processed as sensitive (and, here, published)
    expect(await found(items(note))).toEqual([[5, messageId]]);
  });
});

describe("an activist and a volunteer are people the data may be shown to", () => {
  it("must not fire", async () => {
    const lines = [
      "햇살 돌봄센터 개인정보 처리방침",
      "",
      "1. 처리하는 개인정보 항목",
      "자녀의 이름, 보호자 연락처, 알레르기 등 건강 상태를 받습니다.",
      "건강 상태는 민감정보로서 담당 활동가와 출동한 구급대원 외에는 공개되지 않습니다.",
    ];
    expect(await found(lines)).toEqual([]);
  });
});

// never made public but to the person or those the law names ("환자 본인에게 열람시키는 경우 외에는 외부에 공개되지
// 않습니다"): answered; shown to the service's other users ("다른 회원에게 보이는 것 외에는") is published to them
describe("sensitive-info: shown only to the person or those the law names", () => {
  const policy = (sentence: string) => [
    "가람의원 개인정보 처리방침",
    "",
    "1. 민감정보의 처리",
    `의원은 진료에 필요한 건강 정보(민감정보)를 처리하며, ${sentence}`,
  ];
  it.each([
    ["이 정보는 「의료법」에 따라 환자 본인이나 법령이 정한 자에게 열람시키는 경우 외에는 외부에 공개되지 않습니다."],
    ["이 정보는 환자 본인에게 보여 주는 것 외에는 공개되지 않습니다."],
  ])("must not fire: %s", async (sentence) => {
    expect(await findingsOf("sensitive-info", policy(sentence))).toEqual([]);
  });
  it("must fire: shown to other members", async () => {
    expect((await findingsOf("sensitive-info", policy("이 정보는 다른 회원에게 보이는 것 외에는 외부에 공개되지 않습니다."))).length).toBe(
      1,
    );
  });
});

// a PDF copy's wrap inside a word ("관계 법" over "령에 따른 경우를 제외하고는 공개되지 않습니다"), the paragraph a
// numbered clause of an article
describe("never made public save where a law requires it, the sentence wrapped inside a word", () => {
  it("must not fire", async () => {
    const text = [
      "한빛공단 개인정보 처리방침",
      "",
      "제2조(처리하는 개인정보 항목)",
      "④ 요금 감면을 위한 장애 여부 등 민감정보는 감면 대상 확인에만 이용하며, 관계 법",
      "령에 따른 경우를 제외하고는 공개되지 않습니다.",
    ];
    expect(await found(text)).toEqual([]);
  });
});

// the message quotes the item as the policy names it, without the particle after the name
describe("sensitive-info: the item quoted without its particle", () => {
  it("quotes '건강에 관한 정보', not '건강에 관한 정보는'", async () => {
    const text = [
      "가람 앱 개인정보 처리방침",
      "",
      "1. 처리하는 개인정보 항목",
      "- 상담 신청: 성명, 연락처, 건강에 관한 정보는 상담 신청 때 받습니다.",
    ];
    const [finding] = await findingsOf("sensitive-info", text);
    expect(finding.message).toContain("('건강에 관한 정보')");
  });
});

// a summary names the data at the top; the article on it says, in the sentence after the one that names it, that it
// is never made public
describe("sensitive-info: never made public, said in the sentence after the data is named", () => {
  const policy = (after: string) => [
    "<h1>한마음복지관 개인정보 처리방침</h1>",
    "<h2>주요 개인정보 처리 표시</h2>",
    "<ul><li>민감정보: 이용자 건강상태·장애 정보(사례관리 대상자에 한함)</li></ul>",
    "<h2>제1조(개인정보의 처리 목적)</h2>",
    "<p>복지관은 이용 신청 접수와 사례관리, 후원금 영수증 발급을 위하여 개인정보를 처리합니다.</p>",
    "<h2>제2조(처리하는 개인정보의 항목)</h2>",
    "<p>성명, 생년월일, 주소, 연락처를 처리합니다.</p>",
    "<h2>제7조(민감정보의 처리)</h2>",
    `<p>복지관은 사례관리를 위하여 이용자의 동의를 받아 건강상태와 장애 정보를 처리합니다. ${after}</p>`,
  ];
  it("must not fire where that sentence speaks of the data again", async () => {
    const after = "이 정보는 담당 사회복지사만 열람하며, 소식지·홈페이지 등 어디에도 공개되지 않습니다.";
    expect(await findingsOf("sensitive-info", policy(after), "html")).toEqual([]);
  });
  it("must fire where that sentence is about something else", async () => {
    const after = "행사 사진은 소식지와 홈페이지 어디에도 공개되지 않습니다.";
    expect((await findingsOf("sensitive-info", policy(after), "html")).map((f) => f.line)).toEqual([3]);
  });
});

// a table row whose label names an animal lists the animal's data, its illness too, however far along the row
describe("sensitive-info: a row of an animal's data", () => {
  const table = (label: string) => [
    "# 멍냥돌봄 개인정보 처리방침",
    "",
    "## 1. 처리하는 개인정보 항목",
    "",
    "| 구분 | 항목 |",
    "| --- | --- |",
    "| 보호자 정보 | 성명, 휴대전화번호, 주소 |",
    `| ${label} | 이름, 품종, 나이, 체중, 예방접종 내역, 중성화 여부, 질병·복용약 |`,
  ];
  it("must not fire on a row labelled with the animal", async () => {
    expect(await findingsOf("sensitive-info", table("반려동물 정보"), "markdown")).toEqual([]);
  });
  it("must fire on the same row labelled with a person", async () => {
    expect((await findingsOf("sensitive-info", table("돌봄 신청자 정보"), "markdown")).map((f) => f.line)).toEqual([8]);
  });
});

// no means to make it public ("공개하는 서비스를 운영하지 않습니다") or to give it ("입력받는 칸을 두지 않습니다"):
// the negation stands on the means, and the action the means serves is not done
describe("no service that would publish it, no field that would take it", () => {
  it.each([
    ["no publishing service", "치과는 진료 정보를 처리하는 민감정보로 다루며, 민감정보를 공개하는 서비스를 운영하지 않습니다."],
    ["no function that could post it", "상담 기록은 민감정보로 처리합니다. 이 민감정보를 게시할 수 있는 기능은 제공하지 않습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it.each([
    ["a field that takes it, named in the items", "- 참고: 회원의 건강 정보나 장애 진단 같은 민감정보를 입력받는 칸을 두지 않습니다."],
    ["a field for the category itself", "- 참고: 병력을 입력받는 칸을 두지 않습니다."],
    ["a field that collects it", "- 참고: 회사는 건강, 정치적 견해 같은 민감정보를 수집하는 입력란을 두지 않습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(
      await found(["솔잎 공부방 개인정보 처리방침", "", "1. 처리하는 개인정보의 항목", "- 수강 신청: 이름, 연락처", sentence]),
    ).toEqual([]);
  });
  it.each([
    ["a publishing service that runs", "상담 기록은 민감정보로 처리하며, 민감정보를 공개하는 서비스를 운영합니다."],
    ["some other service not run", "상담 기록은 민감정보로 처리합니다. 회사는 중고 거래 서비스를 운영하지 않습니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[3, "noDisclosure"]]);
  });
});

// a sensitive category read in a row of the item list whose data the policy says other users see: a statement that
// some other sensitive data is never public does not answer it
describe("a row holding a sensitive category, said to be shown to other users", () => {
  const club = (...after: string[]) => [
    "# 모임온 개인정보 처리방침",
    "",
    "## 1. 처리하는 개인정보의 항목",
    "",
    "| 구분 | 항목 |",
    "| --- | --- |",
    "| 회원 가입 | 휴대전화번호, 닉네임 |",
    "| 소개 카드(선택) | 취미, 종교, 한 줄 소개 |",
    "| 상담 | 상담 내용, 건강 상태 |",
    "",
    "지문 정보는 본인 확인에만 쓰며 다른 회원에게 공개되지 않습니다.",
    ...after,
    "",
    "## 2. 개인정보의 보유 기간",
    "",
    "탈퇴 시까지 보관합니다.",
  ];
  const found = async (lines: string[]) => (await findingsOf("sensitive-info", lines, "markdown")).map((f) => [f.line, f.messageId]);

  it("must fire at the line that shows it: the row's data is shown to other members", async () => {
    expect(await found(club("소개 카드 항목은 같은 모임의 다른 회원에게 공개됩니다."))).toEqual([[12, "shownWithoutChoice"]]);
  });

  it("must not fire: the policy says how to keep it private", async () => {
    const text = club("소개 카드 항목은 같은 모임의 다른 회원에게 공개됩니다.", "종교 항목은 설정 화면에서 비공개로 바꿀 수 있습니다.");
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: what other members see is another row's data", async () => {
    expect(await found(club("닉네임은 같은 모임의 다른 회원에게 공개됩니다."))).toEqual([]);
  });
});

// a passage that says the sensitive data is posted lacks only the way to keep it private: said where it is posted
describe("sensitive data said to be posted", () => {
  it("must fire at the posting, with the message for data made public", async () => {
    const text = policy(
      "회원의 질병 정보는 산행 중 응급 상황에 대비하여 별도 동의를 받아 처리합니다.",
      "산행 당일에는 참가자의 질병 정보를 인솔 차량 안 게시판에 게시합니다.",
    );
    expect(await found(text)).toEqual([[5, "shownWithoutChoice"]]);
  });
});
