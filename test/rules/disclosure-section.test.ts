// The section about a conditional item is its disclosure: a passing word in another section, a definition
// or the preamble names the item without disclosing it (domestic-agent, pseudonymized-info).
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (ruleId: string, lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf(ruleId, lines, format)).map((f) => [f.line, f.messageId]);

describe("domestic-agent: the agent section, not a passing word", () => {
  const rights = [
    "제6조 정보주체의 권리 행사",
    "회원은 앱 설정에서 열람과 삭제를 요구할 수 있으며, 국내대리인에게 우편으로 요구하셔도 됩니다.",
    "",
  ];
  const agent = [
    "제11조 국내대리인",
    " - 명칭 및 대표자: 한결대리 주식회사 (대표 문가온)",
    " - 주소: 부산광역시 해운대구 센텀로 40, 3층",
    " - 전화번호: 051-700-1234",
    " - 전자우편: kr-agent@example.org",
  ];
  const policy = (...sections: string[][]) => ["Brightfield Ltd. 개인정보 처리방침", "", ...sections.flat()];

  it("must not fire: a mention in the rights section before a complete agent section", async () => {
    expect(await found("domestic-agent", policy(rights, agent))).toEqual([]);
  });

  it("must fire: the agent section lacks the address, whatever the rights section says", async () => {
    const partial = agent.filter((line) => !line.includes("주소"));
    expect(await found("domestic-agent", policy(rights, partial))).toEqual([[6, "incomplete"]]);
  });

  it("must fire: a passing mention with no agent section at all is still read", async () => {
    expect(await found("domestic-agent", policy(rights))).toEqual([[4, "incomplete"]]);
  });
});

describe("pseudonymized-info: the section about it, not a definition or the preamble", () => {
  const definitions = ["## 제1조 (용어의 정의)", "", '1. "가명정보"란 추가 정보 없이는 누구인지 알 수 없게 바꾼 정보를 말합니다.', ""];
  const purpose = ["## 제2조 (개인정보의 처리 목적)", "", "1. 회원 가입과 본인 확인", "2. 상담 예약 안내", ""];
  const pseudonymSection = (...body: string[]) => ["## 제5조 (가명정보의 처리)", "", ...body, ""];
  const policy = (preamble: string, ...sections: string[][]) => ["# 늘품상담소 개인정보 처리방침", "", preamble, "", ...sections.flat()];
  const plainPreamble = "늘품상담소는 다음과 같이 개인정보 처리방침을 공개합니다.";

  it("must not fire: only a definitions section names it", async () => {
    expect(await found("pseudonymized-info", policy(plainPreamble, definitions, purpose), "markdown")).toEqual([]);
  });

  it("must not fire: a preamble mention and a definition before the complete section", async () => {
    const text = policy(
      "늘품상담소는 개인정보와 가명정보를 어떻게 다루는지 아래와 같이 알려 드립니다.",
      definitions,
      purpose,
      pseudonymSection(
        "상담 통계 작성을 목적으로 상담 기록을 가명처리하며, 처리 기간은 2년입니다.",
        "가명처리 항목은 연령대와 상담 분야이고, 추가정보는 분리 보관합니다.",
      ),
    );
    expect(await found("pseudonymized-info", text, "markdown")).toEqual([]);
  });

  it("must fire: the section about it gives no period or items, though a definition comes first", async () => {
    const text = policy(
      plainPreamble,
      definitions,
      purpose,
      pseudonymSection("상담 통계 작성을 위하여 가명정보를 처리하며, 추가정보는 분리 보관합니다."),
    );
    expect(await found("pseudonymized-info", text, "markdown")).toEqual([[14, "incomplete"]]);
  });
});
