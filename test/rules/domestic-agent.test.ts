// domestic-agent: the agent's name, address, phone and e-mail, as Korean and foreign controllers write them.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

// the agent's details as foreign companies write them: the name and representative unlabelled ("국내대리인: 하버코리아
// 유한회사 (대표 최은지)"), the address in the name's cell, English labels; a summary card that names the agent with a
// phone only is not the disclosure when the section gives it all; the officer's contact above the agent is not the agent's
describe("domestic-agent: details as foreign companies write them", () => {
  const policy = (...lines: string[]) => [
    "Harbor Stays 개인정보 처리방침",
    "",
    "Harbor Stays Inc.(이하 '회사')는 다음과 같이 처리합니다.",
    "",
    ...lines,
  ];
  it.each([
    [
      [
        "11. 국내대리인",
        "국내대리인: 하버코리아 유한회사 (대표 최은지), 서울특별시 중구 세종대로 555, 전화 02-555-0158, korea-agent@harbor.example",
      ],
    ],
    [
      [
        "11. 국내대리인",
        "- Name and representative: 하버코리아 주식회사 (CEO 최은지)",
        "- Address: 서울특별시 마포구 월드컵북로 555",
        "- Phone: 02-555-0158 / e-mail: agent@harbor.example",
      ],
    ],
    [
      [
        "• 문의: 국내대리인 02-555-0158",
        "",
        "11. 국내대리인",
        "- 명칭: 하버코리아 주식회사 (대표 최은지)",
        "- 주소: 서울특별시 중구 세종대로 555",
        "- 전화: 02-555-0158, 이메일: agent@harbor.example",
      ],
    ],
  ])("must not fire: %j", async (lines) => {
    expect(await findingsOf("domestic-agent", policy(...lines))).toEqual([]);
  });
  it("must fire: the officer's contact above the agent is not the agent's", async () => {
    const findings = await findingsOf(
      "domestic-agent",
      policy(
        "9. 개인정보 보호책임자 및 국내대리인",
        "- 개인정보 보호책임자: Sinead Byrne, 전화 +353-1-555-0142, privacy@harbor.example",
        "회사는 다음과 같이 국내대리인을 지정하였습니다.",
        "- 명칭 및 대표자: 하버코리아 주식회사 (대표 최은지)",
        "- 주소: 서울특별시 강남구 테헤란로 555",
      ),
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[7, "incomplete"]]);
    expect(findings[0].message).toContain("전화번호");
  });

  // an agent that is a company is named with its representative (제31조의2제3항제1호); a person needs none
  it("must fire: a company named without its representative", async () => {
    const findings = await findingsOf(
      "domestic-agent",
      policy(
        "11. 국내대리인",
        "- 명칭: 하버코리아 유한회사",
        "- 주소: 서울특별시 중구 세종대로 555",
        "- 대표전화: 02-555-0158, 이메일: agent@harbor.example",
      ),
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "incomplete"]]);
    expect(findings[0].message).toContain("대표자 성명");
  });
  it("must not fire: a person as the agent, with no company to represent", async () => {
    const findings = await findingsOf(
      "domestic-agent",
      policy(
        "11. 국내대리인",
        "- 성명: 최은지 (행정사)",
        "- 주소: 서울특별시 중구 세종대로 555",
        "- 전화: 02-555-0158, 이메일: agent@harbor.example",
      ),
    );
    expect(findings).toEqual([]);
  });
});

// a foreign controller that says why it appoints no agent has answered the question the note asks
describe("domestic-agent: a foreign controller that says it appoints none", () => {
  const notes = async (...section: string[]) => {
    const { lintText } = await import("../../src/pipeline/lint.js");
    const text = ["PawNest 개인정보 처리방침", "", "PawNest Inc.(이하 '회사')는 다음과 같이 개인정보를 처리합니다.", "", ...section];
    return (await lintText(text.join("\n"), "policy.txt")).findings.filter((f) => f.ruleId === "domestic-agent").map((f) => f.messageId);
  };
  it("says nothing where the policy says it is not bound to appoint one", async () => {
    expect(
      await notes("12. 국내대리인", "회사는 제31조의2제1항의 국내대리인 지정 대상에 해당하지 않아 국내대리인을 지정하지 않았습니다."),
    ).toEqual([]);
  });
  it("still asks where the policy says nothing of an agent", async () => {
    expect(await notes("12. 문의", "회사는 이용자 문의에 영업일 기준 3일 이내에 답합니다.")).toEqual(["maybeRequired"]);
  });
});

// the agent's sub-section ends where the next begins: the remedy bodies' numbers in "A.2" are not the agent's phone
describe("domestic-agent: a sub-section of a supplement", () => {
  const supplement = (...agent: string[]) => [
    "# Harbor Stays 개인정보 처리방침",
    "",
    "Harbor Stays Pte. Ltd.(이하 '회사')는 다음과 같이 처리합니다.",
    "",
    "## 1. 개인정보의 처리 목적",
    "",
    "예약 관리와 고객 지원을 위하여 처리합니다.",
    "",
    "## Annex A. 대한민국 이용자를 위한 추가 고지",
    "",
    "### A.1 국내대리인",
    "",
    "- 명칭 및 대표자: 유한회사 하버코리아 (대표자 최은지)",
    "- 주소: 서울특별시 중구 세종대로 555",
    ...agent,
    "",
    "### A.2 권익침해 구제방법",
    "",
    "- 개인정보 분쟁조정위원회: (국번없이) 1833-6972",
    "- 개인정보침해신고센터: (국번없이) 118",
  ];
  it("must fire: the agent gives no phone, the next sub-section's numbers are other bodies'", async () => {
    const findings = await findingsOf("domestic-agent", supplement("- 전자우편: agent@harbor.example"), "markdown");
    expect(findings.map((finding) => finding.line)).toEqual([11]);
    expect(findings[0].message).toContain("전화번호");
  });
  it("must not fire when the agent's own sub-section gives the phone", async () => {
    expect(await findingsOf("domestic-agent", supplement("- 전화: 02-555-0158", "- 전자우편: agent@harbor.example"), "markdown")).toEqual(
      [],
    );
  });
});
