import { describe, expect, it } from "vitest";
import { linesOf, readSeed } from "../helpers.js";

const policy = (...section: string[]) => ["꿈나무앱 개인정보 처리방침", "", "1. 처리 목적", "학습 기록을 관리합니다.", "", ...section];

describe("child-under-14", () => {
  it("fires at line 1 when children are not mentioned", async () => {
    expect(await linesOf("child-under-14", policy("2. 보유 기간", "탈퇴 시까지 보유합니다."))).toEqual([1]);
  });

  it("fires when only a generic legal representative appears", async () => {
    expect(await linesOf("child-under-14", policy("2. 권리 행사", "법정대리인을 통하여 권리를 행사할 수 있습니다."))).toEqual([1]);
  });

  it("fires when the words appear only in the English translation", async () => {
    expect(await linesOf("child-under-14", policy("2. Children", "We do not knowingly collect data from children under 14."))).toEqual([1]);
  });

  it("does not fire on guardian consent for under-14s", async () => {
    expect(
      await linesOf(
        "child-under-14",
        policy("2. 아동의 개인정보", "만 14세 미만 아동은 법정대리인의 동의를 받아 가입하며, 휴대전화 인증으로 동의를 확인합니다."),
      ),
    ).toEqual([]);
  });

  it("does not fire when under-14s cannot join, however it is worded", async () => {
    expect(await linesOf("child-under-14", policy("2. 가입", "본 서비스는 만 14세 이상만 회원으로 가입할 수 있습니다."))).toEqual([]);
    expect(await linesOf("child-under-14", policy("2. 가입", "만14세미만은 가입이 제한됩니다."))).toEqual([]);
  });

  it("does not fire on an age bar above 14 that keeps every child out", async () => {
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 16세 미만인 사람은 계정을 만들 수 없습니다."))).toEqual([]);
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 18세 미만은 회원 가입이 불가합니다."))).toEqual([]);
  });

  it("does not fire when sign-ups under an age above 14, or from minors, are not accepted", async () => {
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 17세 미만 고객의 가입을 받지 않습니다."))).toEqual([]);
    expect(
      await linesOf("child-under-14", policy("2. 이용 연령", "운전면허가 필요하므로 만 18세 미만인 분의 회원 가입을 받지 않습니다.")),
    ).toEqual([]);
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 15세 미만인 학생은 가입 신청을 받지 않습니다."))).toEqual([]);
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 16세 미만 이용자의 계정 개설 신청을 승인하지 않습니다."))).toEqual(
      [],
    );
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "저희 앱은 미성년 고객의 회원 가입을 받지 않습니다."))).toEqual([]);
  });

  it.each([
    "만 16세 미만은 원동기 면허를 딸 수 없으므로 회원 가입이 제한되며, 그 밖의 안내는 고객센터에서 합니다.",
    "만 16세 미만의 회원 가입은 제한되고 있습니다.",
    // a statute named between the age and the bar
    "만 19세 미만의 청소년은 「청소년 보호법」에 따라 객실을 예약할 수 없으며 회원으로 가입할 수 없습니다.",
    "회사는 만 17세 미만인 분의 개인정보를 수집하지 않습니다.",
  ])("does not fire on a bar at an age of 14 or more in other words: %s", async (sentence) => {
    expect(await linesOf("child-under-14", policy("2. 이용 연령", sentence))).toEqual([]);
  });

  it.each([
    "회사는 만 21세 이상으로서 면허를 딴 지 1년이 지난 사람에 한하여 차량을 대여하며, 그 밖의 예약은 받지 아니한다.",
    "공방은 만 19세 이상 성인에게만 수강 신청을 받습니다.",
    "※ 누리는 만 16세 이상으로서 원동기 면허를 가진 분만 회원으로 받습니다.",
    "클럽은 만 18세 이상인 사람만 회원으로 가입시킵니다.",
    "서비스는 만 21세 이상이고 운전면허를 딴 지 1년이 지난 사람만 가입할 수 있습니다.",
    "캠프는 만 15세 이상이며 보호자의 확인서를 낸 학생만 신청할 수 있습니다.",
    "회사는 만 19세 이상으로서 본인 명의 차량을 가진 분만 구독 회원으로 받습니다.",
  ])("does not fire on a service given only to people of 14 or older: %s", async (sentence) => {
    expect(await linesOf("child-under-14", policy("2. 이용 대상", sentence))).toEqual([]);
  });

  it.each([
    "만 19세 이상 회원에게만 경품 응모 기회를 드립니다.",
    "만 19세 이상으로서 가입한 지 1년이 지난 분만 할인을 받습니다.",
    "만 19세 이상이고 본인 인증을 마친 회원만 주류 상품을 이용할 수 있습니다.",
  ])("fires where an age of 14 or more limits one use, not the service: %s", async (sentence) => {
    expect(await linesOf("child-under-14", policy("2. 이벤트", sentence))).toEqual([1]);
  });

  it("fires on the same words at an age below 14", async () => {
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "회사는 만 12세 미만인 분의 개인정보를 수집하지 않습니다."))).toEqual([
      1,
    ]);
  });

  it.each([
    ["a request of any kind refused to minors", "만 19세 미만 미성년자의 상담 신청과 자료 의뢰는 받지 않습니다."],
    ["a service whose criteria admit only older people", "이용 대상: 만 65세 이상 지역 주민"],
    ["criteria in brackets", "무료 급식은 지원 기준(만 60세 이상 기초생활수급자)에 따라 제공합니다."],
    ["criteria with a clause before the age", "주간 돌봄 이용 대상은 요양 판정을 받은 만 60세 이상 주민입니다."],
    ["criteria with words before the age", "교실 이용 대상: 관할 동 거주 만 60세 이상 주민"],
  ])("does not fire on %s", async (_, sentence) => {
    expect(await linesOf("child-under-14", policy("2. 이용 대상", sentence))).toEqual([]);
  });

  it("does not fire on a request refused with an adverb, the sentence going on about minors", async () => {
    const refused = policy(
      "2. 미성년자",
      "저희 사무소는 미성년자의 번역 의뢰를 직접 받지 않으며, 미성년자의 서류는",
      "부모가 대신 맡겨야 합니다.",
    );
    expect(await linesOf("child-under-14", refused)).toEqual([]);
  });

  it("fires where the criteria only name an age below 14", async () => {
    expect(await linesOf("child-under-14", policy("2. 이용 대상", "이용 대상: 만 7세 이상 어린이와 보호자"))).toEqual([1]);
    expect(await linesOf("child-under-14", policy("2. 이용 대상", "수업 대상은 초등학생 및 만 19세 이상 성인입니다."))).toEqual([1]);
  });

  it("fires when an age above 14 only conditions something else, or limits one use", async () => {
    expect(
      await linesOf("child-under-14", policy("2. 환불", "만 16세 미만인 사람의 가입을 받지 않는 경우 결제 금액을 돌려드립니다.")),
    ).toEqual([1]);
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 16세 미만이면 보호자 동의서 없이는 가입을 받지 않습니다."))).toEqual([
      1,
    ]);
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 16세 미만 회원의 야간 이용은 허용하지 않습니다."))).toEqual([1]);
  });

  it("fires on an age above 14 that is only mentioned, not barred", async () => {
    expect(await linesOf("child-under-14", policy("2. 이용 연령", "만 16세 미만인 회원에게는 야간 알림을 보내지 않습니다."))).toEqual([1]);
  });

  it.each([
    ["000_db5f55dfc5c8a39a.txt", []],
    ["001_186b834dc1e90dc3.txt", [1]],
    ["002_f560904eedbd5243.txt", []],
    ["003_56b8b555a71aed3b.txt", []],
    ["004_d6aa57df349846ed.txt", [1]],
  ])("seed %s", async (seed, lines) => {
    expect(await linesOf("child-under-14", readSeed(seed))).toEqual(lines);
  });
});

// a service whose criteria admit only older people, with a qualifier holding digits before the age ("장기요양 1~5등급
// 판정을 받은 만 65세 이상") or the people named between the age and 만 ("만 65세 이상 어르신만"); criteria that also
// admit a child's age still need the under-14 item
describe("child-under-14: criteria for older people only, in other words", () => {
  const policy = (criteria: string) => [
    "소나무 주간보호센터 개인정보 처리방침",
    "",
    "1. 처리 목적",
    "이용 상담과 돌봄 서비스 제공에 씁니다.",
    criteria,
  ];
  it.each([
    ["이용 대상은 노인장기요양 3~5등급 인정을 받은 만 65세 이상 어르신입니다."],
    ["센터는 만 60세 이상 주민만 등록할 수 있습니다."],
    // a statute and a bracketed condition among the words before the age, an "또는" inside the brackets
    ["지원 대상은 「장애인복지법」에 따라 등록(중증 또는 경증)을 마친 만 20세 이상 주민입니다."],
  ])("must not fire: %s", async (criteria) => {
    expect(await linesOf("child-under-14", policy(criteria))).toEqual([]);
  });
  it.each([
    ["이용 대상은 만 5세 이상 아동과 만 65세 이상 어르신입니다."],
    ["등록 대상은 2년 이상 거주한 가족입니다."],
    // a child's age in the brackets is no criterion for older people only
    ["이용 대상은 보호자(만 10세 이하 자녀 동반 가능)인 만 30세 이상 주민입니다."],
  ])("must fire: %s", async (criteria) => {
    expect(await linesOf("child-under-14", policy(criteria))).toEqual([1]);
  });
});

describe("child-under-14: sign-up for businesses and adult individuals only", () => {
  it("must not fire: '사업자와 만 19세 이상 개인만 가입할 수 있습니다'", async () => {
    const policy = [
      "구름저장소 개인정보 처리방침",
      "",
      "1. 처리 목적",
      "계정 관리에 씁니다.",
      "서비스는 사업자와 만 19세 이상 개인만 가입할 수 있습니다.",
    ];
    expect(await linesOf("child-under-14", policy)).toEqual([]);
  });
});

// a form: "이용 대상:" with the criterion on the indented line under it
describe("child-under-14: the service's criterion under a form's label", () => {
  const form = (criterion: string) => [
    "햇살주간보호센터 개인정보 처리방침",
    "",
    "이용 대상:",
    `        ${criterion}`,
    "",
    "처리 목적:",
    "        주간 보호 서비스 제공",
  ];
  it("must not fire on an age of 14 or more", async () => {
    expect(await linesOf("child-under-14", form("만 60세 이상 어르신 또는 노인성 질환으로 등급을 받은 분"))).toEqual([]);
  });
  it("must fire on a criterion that admits children", async () => {
    expect(await linesOf("child-under-14", form("발달 지연이 있는 아동과 그 보호자"))).toEqual([1]);
  });
});

// a service whose children are newborns or pupils says how it takes their data in those words, not by the age
describe("child-under-14: a young child's data taken with a guardian's consent, the age unsaid", () => {
  it.each([
    [
      "newborns and the legal representative",
      "아기의 정보",
      "신생아의 개인정보는 법정대리인인 부 또는 모의 동의를 받아 수집하고, 출생증명서로 관계를 확인합니다.",
    ],
    ["kindergarten pupils and their guardian", "원아의 정보", "원아의 사진과 건강 기록은 보호자의 서면 동의를 받은 경우에만 처리합니다."],
  ])("must not fire: %s", async (_, title, sentence) => {
    expect(await linesOf("child-under-14", policy(`2. ${title}`, sentence))).toEqual([]);
  });
  it.each([
    ["a guardian's consent for an adult's data", "입원 환자가 의식이 없으면 보호자의 동의를 받아 진료 기록을 처리합니다."],
    ["children mentioned with no consent", "어린이 도서 코너 이용 기록은 통계로만 씁니다."],
    ["a product for infants, not their data", "유아용품 구매 이력은 부모 회원의 동의를 받아 추천에 씁니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect(await linesOf("child-under-14", policy("2. 기타", sentence))).toEqual([1]);
  });
});
