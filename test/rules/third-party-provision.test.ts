// third-party-provision: the passages that must fire and those that must not, beside the cases in
// conditional-items.test.ts.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";
import { lintText } from "../../src/pipeline/lint.js";

const found = async (lines: string[]) => (await findingsOf("third-party-provision", lines)).map((f) => [f.line, f.messageId]);
const policy = (...section: string[]) => ["초록별 피아노교습소 개인정보 처리방침", "", "4. 개인정보의 제3자 제공", ...section];
// one recipient on its field, with every other detail given
const givenTo = (recipient: string) =>
  policy(
    "교습소는 다음과 같이 개인정보를 제공합니다.",
    `- 제공받는 자: ${recipient}`,
    "- 제공 목적: 연주회 준비",
    "- 제공 항목: 수강생 성명, 연락처",
    "- 보유 기간: 연주회 후 1개월",
  );

describe("exceptions to non-provision", () => {
  describe("stated in the sentence that makes them exceptions: listed", () => {
    it.each([
      ["…경우에는 예외로 합니다", "다만 법률에 근거가 있거나 수사기관이 적법한 절차에 따라 요구하는 경우에는 예외로 합니다."],
      ["…때에는 예외로 합니다", "다만 법원이 발부한 영장에 따라 요청받은 때에는 예외로 합니다."],
      ["…의 경우는 예외로 한다", "단, 원생의 보호자가 미리 동의한 경우는 예외로 한다."],
      ["…에는 그러하지 아니하다", "다만, 다른 법률에 특별한 규정이 있는 경우에는 그러하지 아니하다."],
      ["…에는 그러하지 아니합니다", "다만 원생의 생명이나 안전이 급박하게 위험한 경우에는 그러하지 아니합니다."],
      ["…경우에만 예외로 합니다", "세무 당국이 법령에 따라 자료를 요구하는 경우에만 예외로 합니다."],
      ["a noun phrase, not a 경우 clause", "다만, 보호자가 동의한 사진 공유와 법령상 신고 의무에 따른 제공은 예외로 합니다."],
    ])("%s", async (_, exception) => {
      expect(await found(policy(`교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. ${exception}`))).toEqual([]);
    });

    it("across hard-wrapped lines", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를",
        "   외부에 제공하지 않습니다. 다만",
        "   법령에 정해진 절차에 따라",
        "   관계 당국이 요구하는 경우에는",
        "   예외로 합니다.",
      );
      expect(await found(text)).toEqual([]);
    });

    it("after the cases listed above it ('위의 경우')", async () => {
      const text = policy(
        "교습소는 다음 사유가 없으면 개인정보를 외부에 제공하지 않습니다.",
        "1. 보호자가 미리 동의한 경우",
        "2. 법률에 특별한 규정이 있는 경우",
        "위의 경우에는 예외로 합니다.",
      );
      expect(await found(text)).toEqual([]);
    });
  });

  describe("announced for a list below", () => {
    it("is listed when the list follows", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만, 다음의 경우는 예외로 합니다.",
        "1. 보호자가 미리 동의한 경우",
        "2. 법령에 따라 수사기관이 요구하는 경우",
      );
      expect(await found(text)).toEqual([]);
    });

    it("fires at the heading when the list never comes", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만, 아래에 해당하는 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("fires when 'the cases below' are excepted with 그러하지 아니합니다 and none follows", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 다음 각 호의 경우에는 그러하지 아니합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("fires when the exception names no case at all ('일부 경우')", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 일부 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });

    it("is not excused by an inline exception earlier in the section", async () => {
      const text = policy(
        "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만 법령에 특별한 규정이 있으면 그러하지 아니합니다.",
        "연주회 촬영 영상도 외부에 넘기지 않으나, 다음의 경우는 예외로 합니다.",
        "",
        "5. 파기",
        "지체 없이 파기합니다.",
      );
      expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
    });
  });
});

describe("a sentence broken by a hard wrap (a PDF's text, a fixed-width page) is read whole", () => {
  const club = (...section: string[]) => [
    "누리 산악회 개인정보 처리방침",
    "",
    "4. 개인정보의 제3자 제공",
    ...section,
    "",
    "5. 개인정보의 파기",
    "회비 납부 기록은 5년이 지나면 지웁니다.",
  ];

  it("does not take the tail of the statute's exception, wrapped inside a word, for a provision naming no one", async () => {
    const text = club(
      "① 산악회는 회원의 동의가 있거나 「개인정보 보호법」 제17조, 제18조에 해당할 때에만 회원 정보",
      "를 제3자에게 제공합니다.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("does not when the numbered paragraph is short enough to read as a title, its next line opening on a particle", async () => {
    expect(await found(club("① 산악회는 법령에 따른 경우에만 회원 정보", "를 제3자에게 제공합니다."))).toEqual([]);
  });

  it("does not when the exception's condition stands on the line above, flush or indented", async () => {
    expect(
      await found(club("산악회는 법률에 특별한 규정이 있거나 회원이 동의한 경우에만 회원의 개인정보를", "제3자에게 제공합니다.")),
    ).toEqual([]);
    expect(await found(club("  산악회는 법률에 특별한 규정이 있는 경우에만 회원의 개인정보를", "    제3자에게 제공합니다."))).toEqual([]);
  });

  it("does not take a kind of recipient for the provision when the consent it is given on is on the line above", async () => {
    expect(await found(club("산악회는 회원이 미리 동의한 경우에만", "협력 기관에 회원 정보를 제공합니다."))).toEqual([]);
  });

  it("still fires on a wrapped provision that names no one and makes no exception, at the line that provides", async () => {
    const text = club("산악회는 산행 보험 가입을 위하여 회원의 성명과 생년월일을", "제3자에게 제공하고 있습니다.");
    expect(await found(text)).toEqual([[5, "unnamedRecipient"]]);
  });
});

describe("a recipient named only by its kind", () => {
  const association = (...section: string[]) => ["푸른바다 환경지킴이회 개인정보 처리방침", "", "3. 개인정보의 제3자 제공", ...section];
  const details = [
    "  - 제공 항목: 이름, 생년월일, 휴대전화번호",
    "  - 제공 목적: 해변 정화 활동 중 사고에 대비한 보험 가입",
    "  - 보유 기간: 활동 종료 후 1년",
  ];

  it("fires on a kind after a verb's connective ending ('동의를 받아 협력 기관에')", async () => {
    const text = association(
      "지킴이회는 참가자의 동의를 받아 협력 복지기관에 참가자의 이름, 휴대전화번호를 제공합니다. 받는 기관은 물품 전달에만 쓰고 6개월 뒤 지웁니다.",
    );
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "recipientKind"]]);
    expect(findings[0].message).toContain("'협력 복지기관'");
  });

  it("does not fire on a name after a verb's connective ending", async () => {
    const text = association(
      "지킴이회는 참가자의 동의를 받아 누리코리아에 참가자의 이름, 휴대전화번호를 제공합니다. 누리코리아는 물품 전달 목적으로만 이용하며, 6개월 동안 보유합니다.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("fires on a kind in a recipient field whose details run on along the same line", async () => {
    const text = association("- 제공받는 자: 제휴 수출업체 / 목적: 통관 서류 확인 / 항목: 이름, 기기 번호 / 보유기간: 1년");
    expect(await found(text)).toEqual([[4, "recipientKind"]]);
    const [finding] = await findingsOf("third-party-provision", text);
    expect(finding.message).toContain("'제휴 수출업체'");
  });

  it("does not fire on a named recipient whose details run on along the same line", async () => {
    const text = association("- 제공받는 자: ㈜한빛상사 / 목적: 통관 서류 확인 / 항목: 이름, 기기 번호 / 보유기간: 1년");
    expect(await found(text)).toEqual([]);
  });

  it.each(["협력 기관에", "제휴사에", "보험사에", "관계 기관에"])(
    "fires on consented provision to %s with its purpose, items and period but no recipient",
    async (recipient) => {
      const text = association(`지킴이회는 참가자의 동의를 받아 다음과 같이 ${recipient} 개인정보를 제공합니다.`, ...details);
      const findings = await findingsOf("third-party-provision", text);
      expect(findings.map((f) => f.line)).toEqual([4]);
      expect(findings[0].message).toContain(`'${recipient.replace(/에$/, "")}'`);
    },
  );

  it("fires on the block that names no recipient, though another provision names its own", async () => {
    const text = association(
      "▶ 지킴이회는 동의를 받은 경우와 법률에 특별한 규정이 있는 경우에만 개인정보를 제3자에게 제공합니다.",
      "▶ 기부금 영수증 자료",
      "  · 제공받는 자: 국세청",
      "  · 제공 항목: 이름, 기부 금액",
      "▶ 활동 보험",
      "  · 지킴이회는 참가자의 동의를 받아 다음과 같이 협력 기관에 개인정보를 제공합니다.",
      "  · 제공 항목: 이름, 생년월일",
      "  · 제공 목적: 활동 보험 가입",
    );
    expect((await findingsOf("third-party-provision", text)).map((f) => f.line)).toEqual([9]);
  });

  it.each([
    ["named beside the kind", "지킴이회는 참가자의 동의를 받아 다음과 같이 협력 기관(㈜누리손해보험)에 개인정보를 제공합니다.", details],
    [
      "named beside the kind, without a company mark",
      "지킴이회는 참가자의 동의를 받아 제휴 보험사(누리손해보험)에 개인정보를 제공합니다.",
      details,
    ],
    ["named with its company mark", "지킴이회는 참가자의 동의를 받아 누리보험(주) 등 보험사에 개인정보를 제공합니다.", details],
    [
      "named in the title the statement stands under",
      "가. 누리손해보험㈜",
      ["지킴이회는 참가자의 동의를 받아 다음과 같이 보험사에 개인정보를 제공합니다.", ...details],
    ],
    [
      "named in a recipient field below",
      "지킴이회는 참가자의 동의를 받아 다음과 같이 보험사에 개인정보를 제공합니다.",
      ["  - 제공받는 자: 누리손해보험", ...details],
    ],
    [
      "named in a recipient field of the same list",
      "- 지킴이회는 참가자의 동의를 받아 다음과 같이 협력 기관에 개인정보를 제공합니다.",
      ["- 제공받는 자: 누리손해보험", "- 제공 목적: 활동 보험 가입", "- 제공 항목: 이름, 생년월일", "- 보유 기간: 활동 종료 후 1년"],
    ],
    [
      "named as the label of the item below",
      "지킴이회는 참가자의 동의를 받아 다음과 같이 협력 기관에 개인정보를 제공합니다.",
      ["  - 누리손해보험: 활동 보험 가입(이름, 생년월일)"],
    ],
    [
      "named in a table below",
      "지킴이회는 참가자의 동의를 받아 다음과 같이 협력 기관에 개인정보를 제공합니다.",
      ["", "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간", "누리손해보험 | 활동 보험 가입 | 이름, 생년월일 | 활동 종료 후 1년"],
    ],
  ])("does not fire when the recipient is %s", async (_, statement, after) => {
    expect(await findingsOf("third-party-provision", association(statement, ...after))).toEqual([]);
  });

  it.each([
    ["numbered items without a colon", ["1) 제공받는 자 ㈜누리손해보험", "2) 제공 항목 이름, 생년월일"]],
    ["a sub-heading per recipient", ["가. 누리손해보험", "- 제공 목적: 행사 상해보험 가입", "- 제공 항목: 이름", "- 보유 기간: 1년"]],
    ["a bare list of names", ["- 누리손해보험, 한결생명", "- 제공 항목: 이름"]],
  ])("does not fire when the consented provision is followed by its recipients as %s", async (_, after) => {
    const text = association("지킴이회는 참가자의 동의를 받아 다음과 같이 보험사에 개인정보를 제공합니다.", ...after);
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });

  it("does not take a promise to ask for consent before any provision for a provision", async () => {
    const text = association("지킴이회가 협력 기관이나 보험사에 개인정보를 제공할 때에는 미리 참가자의 동의를 받습니다.");
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });

  it("does not take a provision a named statute requires for a provision to a kind", async () => {
    const text = association("지킴이회는 「재난 및 안전관리 기본법」에 따라 관계 기관에 참가자 명단을 제공합니다.");
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });

  it.each([
    // the statute's name closed before its article, with more articles after it
    ["지킴이회는 「도로교통법」 제160조 등에 따라 해당 기관에 운전자의 성명과 주소를 제공합니다."],
    // a public authority's request, the law named elsewhere in the sentence
    ["관할 경찰서나 지방자치단체가 위반 사실 확인을 위해 요청하면, 지킴이회는 해당 기관에 참가자의 성명을 제공합니다."],
  ])("does not take a provision the law or an authority's request requires for a provision to a kind: %s", async (sentence) => {
    expect(await findingsOf("third-party-provision", association(sentence))).toEqual([]);
  });

  it("still fires on a kind given data at a partner's request", async () => {
    const text = association("지킴이회는 협력 단체가 요청하면 해당 단체에 참가자의 성명과 연락처를 제공합니다.");
    expect((await findingsOf("third-party-provision", text)).map((finding) => finding.line)).toEqual([4]);
  });

  it("does not take the standard exceptions for consent and law for a provision to a kind", async () => {
    const text = association("지킴이회는 참가자가 동의한 경우나 법령에 따라 관계 기관이 요청하는 경우에만 개인정보를 제공합니다.");
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });
});

describe("a recipient row with an empty purpose, items or period cell", () => {
  const clinic = (...section: string[]) => ["햇살내과의원 개인정보 처리방침", "", "## 개인정보의 제3자 제공", "", ...section];
  const cells = async (text: string[], name = "passage.md") => {
    const result = await lintText(text.join("\n"), name);
    return result.findings
      .filter((finding) => finding.ruleId === "third-party-provision")
      .map((finding) => [finding.line, finding.messageId, finding.message]);
  };
  const html = (...rows: string[]) => [
    "<html><body><h1>햇살내과의원 개인정보 처리방침</h1>",
    "<h2>개인정보의 제3자 제공</h2>",
    "<table>",
    ...rows,
    "</table>",
    "</body></html>",
  ];

  it("fires on the row, naming the column, in a Markdown table", async () => {
    const text = clinic(
      "| 제공받는 자 | 근거 | 제공 목적 | 제공 항목 |",
      "|---|---|---|---|",
      "| 관할 보건소 | 감염병예방법 제11조 | 감염병 발생 신고 |  |",
      "| 국민건강보험공단 |  | 요양급여 청구 | 성명, 진료 내역 |",
    );
    const found = await cells(text);
    expect(found.map(([line, id]) => [line, id])).toEqual([[7, "emptyCell"]]);
    expect(found[0][2]).toContain("관할 보건소");
    expect(found[0][2]).toContain("제공 항목");
  });

  it("fires on a Markdown row that stops short of the last columns, which GFM shows empty", async () => {
    const text = clinic("| 제공받는 자 | 제공 목적 | 보유 기간 |", "|---|---|---|", "| 관할 보건소 | 감염병 발생 신고 |");
    const found = await cells(text);
    expect(found.map(([line, id]) => [line, id])).toEqual([[7, "emptyCell"]]);
    expect(found[0][2]).toContain("보유 기간");
  });

  it("fires on the row, naming each empty column, in an HTML table", async () => {
    const text = html(
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 기간</th></tr>",
      "<tr><td>관할 보건소</td><td>감염병 발생 신고</td><td>성명, 진단명</td><td>신고 후 즉시 파기</td></tr>",
      "<tr><td>국민건강보험공단</td><td></td><td>성명, 진료 내역</td><td> </td></tr>",
    );
    const found = await cells(text, "passage.html");
    expect(found.map(([line, id]) => [line, id])).toEqual([[6, "emptyCell"]]);
    expect(found[0][2]).toContain("제공 목적");
    expect(found[0][2]).toContain("보유 기간");
  });

  it("fires in a pipe-delimited table of a text policy", async () => {
    const text = [
      "햇살내과의원 개인정보 처리방침",
      "",
      "4. 개인정보의 제3자 제공",
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      "관할 보건소 | 감염병 발생 신고 |  | 신고 후 즉시 파기",
    ];
    expect((await cells(text, "passage.txt")).map(([line, id]) => [line, id])).toEqual([[5, "emptyCell"]]);
  });

  // a dash in a required column says nothing is given there, in a table drawn with tabs too
  it.each([
    ["a hyphen", "-"],
    ["a full-width hyphen", "－"],
  ])("fires on a tab-separated row whose period cell holds %s", async (_, dash) => {
    const text = [
      "햇살내과의원 개인정보 처리방침",
      "",
      "4. 개인정보의 제3자 제공",
      "제공받는 자\t제공 목적\t제공 항목\t보유 기간",
      "관할 보건소\t감염병 발생 신고\t성명, 진단명\t신고 후 즉시 파기",
      `국민건강보험공단\t요양급여 청구\t성명, 진료 내역\t${dash}`,
    ];
    const found = await cells(text, "passage.txt");
    expect(found.map(([line, id]) => [line, id])).toEqual([[6, "emptyCell"]]);
    expect(found[0][2]).toContain("보유 기간");
  });
  it("does not fire on a dash in a column it does not ask for", async () => {
    const text = [
      "햇살내과의원 개인정보 처리방침",
      "",
      "4. 개인정보의 제3자 제공",
      "제공받는 자\t제공 목적\t제공 항목\t선택 항목\t보유 기간",
      "국민건강보험공단\t요양급여 청구\t성명, 진료 내역\t-\t청구 후 5년",
    ];
    expect(await cells(text, "passage.txt")).toEqual([]);
  });

  it("does not fire on cells an HTML rowspan fills from the row above", async () => {
    const text = html(
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 기간</th></tr>",
      '<tr><td rowspan="2">국민건강보험공단</td><td>요양급여 청구</td><td>성명, 진료 내역</td><td rowspan="2">관계 법령에 따른 기간</td></tr>',
      "<tr><td>건강검진 결과 통보</td><td>검진 결과</td></tr>",
      "<tr><td>관할 보건소</td><td>감염병 발생 신고</td><td>성명, 진단명</td><td>신고 후 즉시 파기</td></tr>",
    );
    expect(await cells(text, "passage.html")).toEqual([]);
  });

  it("does not fire on a header spanning two rows, whose body rows the first header row does not line up with", async () => {
    const text = html(
      '<tr><th rowspan="2">제공받는 자</th><th colspan="2">제공 내용</th><th rowspan="2">보유 기간</th></tr>',
      "<tr><th>목적</th><th>항목</th></tr>",
      "<tr><td>관할 보건소</td><td>감염병 발생 신고</td><td>성명, 진단명</td><td>신고 후 즉시 파기</td></tr>",
    );
    expect(await cells(text, "passage.html")).toEqual([]);
  });

  it("does not ask for a column the header does not have", async () => {
    const text = clinic("| 제공받는 자 | 제공 목적 | 비고 |", "|---|---|---|", "| 관할 보건소 | 감염병 발생 신고 |  |");
    expect(await cells(text)).toEqual([]);
  });

  it("does not fire on a row that continues the recipient above, or on a group label", async () => {
    const text = clinic(
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      "| **공공기관** |  |  |  |",
      "| 국민건강보험공단 | 요양급여 청구 | 성명, 진료 내역 | 5년 |",
      "|  | 건강검진 결과 통보 | 검진 결과 |  |",
    );
    expect(await cells(text)).toEqual([]);
  });

  // a Markdown table cannot merge cells: a blank under a written row is an empty cell, as processor-disclosure
  // reads one, not "same as above" (an HTML rowspan, which does merge, is read as the merge)
  it("fires on each named recipient whose cells are all blank under a written row", async () => {
    const text = clinic(
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      "| 국민건강보험공단 | 요양급여 청구 | 성명, 진료 내역 | 5년 |",
      "| 건강보험심사평가원 |  |  |  |",
      "| 관할 보건소 |  |  |  |",
    );
    expect((await cells(text)).map(([line, id]) => [line, id])).toEqual([
      [8, "emptyCell"],
      [9, "emptyCell"],
    ]);
  });

  it("does not fire on a group label under a written row", async () => {
    const text = clinic(
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      "| 국민건강보험공단 | 요양급여 청구 | 성명, 진료 내역 | 5년 |",
      "| **관계 행정기관** |  |  |  |",
      "| 관할 보건소 | 감염병 발생 신고 | 성명, 진단명 | 신고 후 즉시 파기 |",
    );
    expect(await cells(text)).toEqual([]);
  });

  it("does not read a tab-separated export, whose empty cells may be alignment", async () => {
    const text = [
      "햇살내과의원 개인정보 처리방침",
      "",
      "4. 개인정보의 제3자 제공",
      "제공받는 자\t제공 목적\t제공 항목",
      "관할 보건소\t\t감염병 발생 신고 (성명, 진단명)",
    ];
    expect(await cells(text, "passage.txt")).toEqual([]);
  });
});

describe("a provision made on consent, with its purpose, to a kind of recipient", () => {
  it.each([
    [
      "after a denial",
      "교습소는 수강생의 개인정보를 외부에 제공하지 않습니다. 다만, 보호자가 동의한 경우에는 장학금 연계를 위하여 관계 기관에 성명, 연락처, 학년을 제공합니다.",
    ],
    [
      "on its own",
      "보호자가 동의하신 경우 공연 참가 접수를 목적으로 관계 기관에 성명과 생년월일을 제공하며, 받은 기관은 공연이 끝나면 파기합니다.",
    ],
  ])("must fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[4, "unnamedRecipient"]]);
  });

  it.each([
    [
      "the bare exception for consent",
      "교습소는 개인정보를 외부에 제공하지 않습니다. 다만, 보호자가 미리 동의한 경우에는 그러하지 아니합니다.",
    ],
    ["the recipient named", "보호자가 동의한 경우에는 장학금 연계를 위하여 (재)하늘장학재단에 성명과 연락처를 제공합니다."],
    [
      "a law beside the consent",
      "법령에 따라 요구되거나 보호자가 동의한 경우에는 아동 보호를 위하여 관계 기관에 성명을 제공할 수 있습니다.",
    ],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
});

describe("a named recipient comes with its purpose, items and period", () => {
  const section = (...lines: string[]) => [
    "별빛상회 개인정보 처리방침",
    "",
    "제4조(개인정보의 제3자 제공)",
    "별빛상회는 이용자의 동의를 받아 다음과 같이 개인정보를 제공합니다.",
    ...lines,
    "",
    "제5조(개인정보의 파기)",
    "보유 기간이 지나면 지체 없이 파기합니다.",
  ];
  const found = async (lines: string[]) =>
    (await findingsOf("third-party-provision", lines)).map((f) => [f.line, f.messageId, f.message] as const);

  it("must fire on the recipient's line when its period is not given", async () => {
    const findings = await found(
      section("- 제공받는 자: 한솔보험 주식회사", "- 이용 목적: 여행자 보험 가입", "- 제공 항목: 성명, 생년월일"),
    );
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[5, "recipientDetailsMissing"]]);
    expect(findings[0][2]).toBe("제공받는 자 '한솔보험 주식회사'의 보유·이용 기간이 없습니다");
  });

  it("must fire for each recipient that leaves its details out, naming them", async () => {
    const findings = await found(
      section(
        "- 제공받는 자: 한솔보험 주식회사",
        "- 이용 목적: 여행자 보험 가입",
        "- 제공 항목: 성명, 생년월일",
        "- 보유 기간: 보험 계약 종료 시까지",
        "- 제공받는 자: ㈜누리렌터카",
      ),
    );
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[9, "recipientDetailsMissing"]]);
    expect(findings[0][2]).toContain("이용 목적, 제공 항목, 보유·이용 기간");
  });

  it("must fire on a table row when the table has no period column and the section gives none", async () => {
    const findings = await found(section("제공받는 자 | 제공 목적 | 제공 항목", "한솔보험 주식회사 | 여행자 보험 가입 | 성명, 생년월일"));
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([[6, "recipientDetailsMissing"]]);
  });

  it("must not fire: every detail given under the recipient, in the law's words", async () => {
    const text = section(
      "- 제공받는 자: 한솔보험 주식회사",
      "- 제공받는 자의 이용 목적: 여행자 보험 가입",
      "- 제공하는 개인정보: 성명, 생년월일",
      "- 제공받는 자의 보유·이용기간: 보험 계약 종료 후 5년",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: a table with the three columns filled", async () => {
    const text = section(
      "제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간",
      "한솔보험 주식회사 | 여행자 보험 가입 | 성명, 생년월일 | 계약 종료 시까지",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: a space-aligned table from a PDF's text, a cell wrapped onto the next line, a column the parser does not know", async () => {
    const text = [
      "별빛상회 개인정보 처리방침",
      "",
      "제4조(개인정보의 제3자 제공)",
      "별빛상회는 다음과 같이 개인정보를 제3자에게 제공하고 있습니다.",
      "제공처          제공 근거               제공 목적         제공 항목             보유 기간",
      "관할 세무서     「소득세법」 제164조    원천징수 신고     성명, 주민등록번호    5년",
      "근로복지공단    「고용보험법」 제15조   피보험자격 신고   성명, 주민등록번호,   3년",
      "                                                          입사일",
      "",
      "제5조(개인정보의 파기)",
      "보유 기간이 지나면 지체 없이 파기합니다.",
    ];
    expect(await found(text)).toEqual([]);
  });

  it("must fire on a space-aligned table's row when the table has no period column and the section gives none", async () => {
    const findings = await found(
      section(
        "제공받는 자         제공 목적           제공 항목",
        "한솔보험 주식회사   여행자 보험 가입    성명, 생년월일",
        "누리렌터카          차량 대여           성명, 운전면허번호",
      ),
    );
    expect(findings.map(([line, messageId]) => [line, messageId])).toEqual([
      [6, "recipientDetailsMissing"],
      [7, "recipientDetailsMissing"],
    ]);
  });

  it("must not fire: a table without a period column when the section gives the period for all rows", async () => {
    const text = section(
      "제공받는 자 | 제공 목적 | 제공 항목",
      "한솔보험 주식회사 | 여행자 보험 가입 | 성명, 생년월일",
      "제공받는 자는 제공 목적을 달성하면 지체 없이 파기합니다.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: a recipient the law names, with its legal basis and no period", async () => {
    const text = section(
      "- 제공받는 자: 관할 수사기관",
      "- 제공 근거: 형사소송법 제215조에 따른 영장",
      "- 제공 항목: 영장에 적힌 범위의 정보",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: one sentence that names the recipient, items, purpose and period", async () => {
    const text = section(
      "한솔보험 주식회사에 성명과 생년월일을 여행자 보험 가입 목적으로 제공하며, 한솔보험은 계약 종료 시까지 보유합니다.",
    );
    expect(await found(text)).toEqual([]);
  });
});

// recipients written as marked sub-items, each with its details as fields under it, and no "제공받는 자" label
describe("recipients given as sub-items", () => {
  const recipients = (lead: string, ...items: string[]) => [
    "햇살돌봄센터 개인정보 처리방침",
    "",
    "Ⅵ 개인정보의 제3자 제공",
    lead, // 4
    ...items,
  ];
  const insurer = [
    " 가. 한결손해보험 주식회사",
    "   - 제공 목적: 단체 상해보험 가입",
    "   - 제공 항목: 성명, 생년월일",
    "   - 보유 기간: 보험 계약 종료 시까지",
  ];
  const county = [" 나. 관할 시·군·구청", "   - 제공 근거: 「사회복지사업법」 제33조의3", "   - 제공 항목: 이용자 성명, 서비스 이용 내역"];

  it("reads a lead-in followed by recipients as the list it announces", async () => {
    expect(await found(recipients("센터는 아래의 경우에 한정하여 개인정보를 제공합니다.", ...insurer, ...county))).toEqual([]);
  });
  it("still reports a lead-in that nothing follows", async () => {
    expect(await found(recipients("센터는 아래의 경우에 한정하여 개인정보를 제공합니다."))).toEqual([[3, "announcedNotListed"]]);
  });
  it("reports a sub-item recipient that leaves out a detail", async () => {
    const withoutItems = insurer.filter((line) => !line.includes("제공 항목"));
    const findings = await findingsOf(
      "third-party-provision",
      recipients("센터는 아래의 경우에 한정하여 개인정보를 제공합니다.", ...withoutItems),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "recipientDetailsMissing"]]);
  });
  it("does not take cases written as sub-items for recipients", async () => {
    const cases = [" 가. 정보주체가 미리 동의한 경우", " 나. 법률에 특별한 규정이 있는 경우"];
    expect(
      await found(recipients("센터는 원칙적으로 개인정보를 제공하지 않습니다. 다만, 다음의 경우에는 예외로 합니다.", ...cases)),
    ).toEqual([]);
  });
});

// a provision that announces its recipients names them in the list after it: run together on its line, or below it
describe("recipients listed after the provision that announces them", () => {
  const provision = "교습소는 다음과 같이 개인정보를 제3자에게 제공합니다.";

  describe("does not fire", () => {
    it.each([
      [
        "run together on the line",
        [
          `${provision} 누리손해보험: 수강생 상해보험 가입, 이름·생년월일, 보험 기간 종료 시까지 / 한빛버스: 통학 차량 배차, 이름·주소, 학기 종료 시까지.`,
        ],
      ],
      [
        "one a line below it",
        [
          provision,
          "- 누리손해보험: 수강생 상해보험 가입, 이름·생년월일, 보험 기간 종료 시까지",
          "- 한빛버스: 통학 차량 배차, 이름·주소, 학기 종료 시까지",
        ],
      ],
      ["run together on the line below it", [provision, "누리손해보험㈜: 상해보험 가입 / 한빛버스: 통학 차량 배차"]],
    ])("%s", async (_, lines) => {
      expect(await found(policy(...lines))).toEqual([]);
    });
  });

  describe("fires", () => {
    it("when the list below gives only the provision's details", async () => {
      expect(await found(policy(provision, "- 제공 목적: 상해보험 가입", "- 제공 항목: 이름, 생년월일"))).toEqual([
        [4, "unnamedRecipient"],
      ]);
    });

    it("when the run-in list gives only kinds of recipient", async () => {
      const findings = await found(policy(`${provision} 제휴 보험사: 상해보험 가입 / 관계 기관: 통학 안전 관리.`));
      expect(findings.map(([line]) => line)).toEqual([4]);
    });
  });
});

// a recipient's fields numbered as items ("1) 제공받는 자: …", "2) 제공 목적: …") stay fields: a label worded as a
// title ("제공 목적", "보유 기간") is not a sub-heading that cuts the entry apart
describe("a recipient's fields numbered as items", () => {
  const entry = (marks: string[]) => [
    "  가. 교습소는 수강생의 개인정보를 외부에 제공하지 않습니다.",
    "  나. 다만 연주회 대관을 위하여 다음과 같이 제공합니다.",
    `    ${marks[0]} 제공받는 자: 한빛아트홀`,
    `    ${marks[1]} 제공 목적: 연주회 출연자 출입 관리`,
    `    ${marks[2]} 제공 항목: 이름, 보호자 연락처`,
    `    ${marks[3]} 보유 및 이용 기간: 연주회 종료 후 1개월`,
  ];

  it.each([
    ["1) 2) 3) 4)", ["1)", "2)", "3)", "4)"]],
    ["① ② ③ ④", ["①", "②", "③", "④"]],
    ["(1) (2) (3) (4)", ["(1)", "(2)", "(3)", "(4)"]],
    ["1. 2. 3. 4.", ["1.", "2.", "3.", "4."]],
  ])("does not fire with %s", async (_, marks) => {
    expect(await found(policy(...entry(marks)))).toEqual([]);
  });

  it("still fires when a numbered entry leaves out the purpose", async () => {
    const lines = entry(["1)", "2)", "3)", "4)"]).filter((line) => !line.includes("제공 목적"));
    expect(await found(policy(...lines))).toEqual([[6, "recipientDetailsMissing"]]);
  });
});

// "다음의 경우에만 제공합니다" may introduce the recipients themselves rather than "…한 경우" conditions: named
// recipients with their details answer the announcement
describe("an announcement of cases answered by named recipients", () => {
  it.each([
    ["다음의 경우에만", "교습소는 다음의 경우에만 수강생의 개인정보를 제3자에게 제공합니다."],
    ["아래의 경우", "교습소는 아래의 경우 수강생의 개인정보를 외부에 제공합니다."],
  ])("does not fire after %s", async (_, lead) => {
    const text = policy(
      lead,
      "1) 누리손해보험: 수강생 상해보험 가입, 이름·생년월일, 보험 기간 종료 시까지",
      "2) 한빛아트홀: 연주회 출입 관리, 이름, 연주회 종료 후 1개월",
      "위 경우 외에는 보호자의 동의 없이 제공하지 않습니다.",
    );
    expect(await found(text)).toEqual([]);
  });

  it("still fires when only cases are announced and none follows", async () => {
    const text = policy(
      "교습소는 다음의 경우에만 수강생의 개인정보를 제3자에게 제공합니다.",
      "",
      "5. 개인정보의 파기",
      "수강 종료 후 즉시 파기합니다.",
    );
    expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
  });

  it("still fires when what follows are cases given as labels", async () => {
    const text = policy(
      "교습소는 다음의 경우에만 수강생의 개인정보를 제3자에게 제공합니다.",
      "1) 긴급한 경우: 수강생의 생명이 위급할 때",
      "2) 보호자가 요청할 때: 보호자가 지정한 곳에 한함",
    );
    expect(await found(text)).toEqual([[3, "announcedNotListed"]]);
  });
});

// the controller may call itself by a common noun ("병원은", "학원은"): the subject that gives the data is not its recipient
describe("the controller as the subject of the provision", () => {
  const list = ["1) 누리손해보험: 수강생 상해보험 가입, 이름·생년월일, 보험 기간 종료 시까지"];

  it.each([
    ["병원은", "병원은 다음과 같이 환자의 개인정보를 제3자에게 제공합니다."],
    ["병원은 after another sentence", "진료 기록은 안전하게 관리합니다. 병원은 다음과 같이 개인정보를 제3자에게 제공합니다."],
    ["의료기관은 after a list mark", "- 의료기관은 다음과 같이 환자의 개인정보를 제3자에게 제공합니다."],
  ])("does not fire: %s", async (_, lead) => {
    expect(await found(policy(lead, ...list))).toEqual([]);
  });

  it("still fires for a kind that receives", async () => {
    const text = policy("회사는 고객의 정보를 협력 병원에 제공합니다.", "- 제공 목적: 건강검진 예약", "- 제공 항목: 이름, 연락처");
    expect(await found(text)).toEqual([[4, "recipientKind"]]);
  });
});

// a recipient given only as a kind in the lead sentence, with the details in fields under it, is reported as a
// field that gives only a kind would be, naming the kind
describe("a kind of recipient in the lead sentence over the details", () => {
  const details = ["   - 제공 목적: 여행자 보험 가입", "   - 제공 항목: 이름, 생년월일", "   - 보유 기간: 여행 종료 후 1년"];

  it.each([
    ["동의한 범위에서 … 제휴 보험사 등에", "교습소는 보호자가 동의한 범위에서 수강생의 정보를 제휴 보험사 등에 제공합니다.", "제휴 보험사"],
    ["동의하신 범위 내에서 … 보험회사 등 제3자에게", "보호자가 동의하신 범위 내에서 보험회사 등 제3자에게 제공합니다.", "보험회사"],
  ])("fires: %s", async (_, lead, kind) => {
    const findings = await findingsOf("third-party-provision", policy(lead, ...details));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "recipientKind"]]);
    expect(findings[0].message).toContain(`'${kind}'`);
  });

  it("does not fire when the recipient is named under the lead", async () => {
    const lead = "교습소는 보호자가 동의한 범위에서 수강생의 정보를 제휴 보험사 등에 제공합니다.";
    expect(await found(policy(lead, "   - 제공받는 자: 누리손해보험㈜", ...details))).toEqual([]);
  });

  it("does not fire for the consent exception", async () => {
    expect(await found(policy("교습소는 보호자가 동의한 경우에만 제휴 보험사에 제공합니다."))).toEqual([]);
  });
});

// a provision that announces its recipients may list each as the title of an item ("1. 한빛은행", "▶ 누리캐피탈"),
// its purpose, items and period as fields under it: the title is the recipient
describe("recipients as the titles of the items after the announcement", () => {
  const articles = (...provision: string[]) => [
    "별무리페이 개인정보 처리방침",
    "",
    "제1조 (처리 목적)",
    "회사는 간편결제 서비스 제공을 위하여 개인정보를 처리합니다.",
    "",
    "제2조 (개인정보의 제3자 제공)",
    ...provision, // 7
    "",
    "제3조 (개인정보의 파기)",
    "회사는 보유 기간이 끝난 개인정보를 지체 없이 파기합니다.",
  ];
  const lead = "회사는 결제 서비스 운영에 필요한 범위에서 다음의 제3자에게 개인정보를 제공합니다.";

  describe("does not fire", () => {
    it.each([
      [
        "numbered titles with bulleted fields",
        [
          lead,
          "  1. 한누리저축은행",
          "    - 이용 목적: 선불 충전금 계좌 연결",
          "    - 제공 항목: 이름, 계좌번호",
          "    - 보유 기간: 연결 해지 후 5년",
          "  2. 누리신용정보 주식회사",
          "    - 이용 목적: 본인 확인",
          "    - 제공 항목: 이름, 생년월일, 휴대전화번호",
          "    - 보유 기간: 확인 후 즉시 파기",
        ],
      ],
      [
        "'1)' with '가.' fields",
        [
          lead,
          "1) 한누리저축은행",
          "  가. 이용 목적: 선불 충전금 계좌 연결",
          "  나. 제공 항목: 이름, 계좌번호",
          "  다. 보유 기간: 연결 해지 후 5년",
        ],
      ],
      [
        "'▶' titles",
        [
          lead,
          "▶ 한누리저축은행",
          "  - 이용 목적: 선불 충전금 계좌 연결",
          "  - 제공 항목: 이름, 계좌번호",
          "  - 보유 기간: 연결 해지 후 5년",
        ],
      ],
      [
        "one recipient numbered from 3",
        [lead, "  3. 한누리저축은행", "    - 이용 목적: 계좌 연결", "    - 제공 항목: 계좌번호", "    - 보유 기간: 연결 해지 후 5년"],
      ],
    ])("%s", async (_, lines) => {
      expect(await found(articles(...lines))).toEqual([]);
    });
  });

  describe("fires", () => {
    it("on the title that gives only a kind, not on the announcement", async () => {
      const findings = await findingsOf(
        "third-party-provision",
        articles(
          lead,
          "  1. 제휴 카드사",
          "    - 이용 목적: 제휴 할인 적용",
          "    - 제공 항목: 이름, 카드번호 뒤 4자리",
          "    - 보유 기간: 제휴 종료 시까지",
        ),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[8, "recipientKind"]]);
      expect(findings[0].message).toContain("'제휴 카드사'");
    });

    it("on the kind beside a named recipient", async () => {
      const text = articles(
        lead,
        "  1. 한누리저축은행",
        "    - 이용 목적: 계좌 연결",
        "    - 제공 항목: 이름, 계좌번호",
        "    - 보유 기간: 연결 해지 후 5년",
        "  2. 제휴 보험사",
        "    - 이용 목적: 보험 가입",
        "    - 제공 항목: 이름, 생년월일",
        "    - 보유 기간: 계약 종료 시까지",
      );
      expect(await found(text)).toEqual([[12, "recipientKind"]]);
    });

    it("when the items under the announcement give only the details", async () => {
      expect(await found(articles(lead, "  1. 이용 목적: 계좌 연결", "  2. 보유 기간: 연결 해지 후 5년"))).toEqual([
        [7, "unnamedRecipient"],
      ]);
    });
  });
});

describe("a negation in a modifier or a condition about something else does not deny the provision", () => {
  it.each([
    ["a relative clause", "교습소는 직접 배달하지 않는 지역으로 보내는 교재는 제휴 배송 업체에 회원의 성명과 주소를 제공합니다."],
    ["a relative clause with 없는", "교습소는 재고가 없는 교재의 주문은 협력 업체에 회원의 성명과 연락처를 제공합니다."],
    [
      "a refusal excepted, then an affirmative provision",
      "회원이 수신을 거부하지 않은 경우를 제외하고, 교습소는 제휴 보험사에 회원의 성명과 생년월일을 제공합니다.",
    ],
    ["a refused consent excepted", "회원이 동의하지 않은 경우를 빼고는 교습소가 제휴 카드사에 회원의 성명과 전화번호를 제공합니다."],
  ])("must fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[4, "recipientKind"]]);
  });
  it.each([
    ["the provision's own predicate negated", "교습소는 회원 정보를 제휴사에 제공하지 않습니다."],
    ["a condition, then the negated provision", "회원이 요청하지 않는 한, 교습소는 회원 정보를 협력 업체에 제공하지 않습니다."],
    ["an exception, then 아니합니다", "교습소는 회원이 미리 허락한 때를 제외하고는 회원 정보를 협력 업체에 제공하지 아니합니다."],
    ["a principle", "교습소는 회원 정보를 제휴사에 제공하지 않는 것을 원칙으로 합니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
});

describe("a provision on the statute's emergency ground, to the hospital the emergency decides", () => {
  it.each([
    [
      "위급한 때",
      "교습소는 수업 중 회원이 다치면 회원의 이름과 지병을 응급 처치를 맡은 의료기관에 제공할 수 있으며, 이는 생명이 위급한 때에 한정됩니다.",
    ],
    ["급박한 보호", "회원의 신체를 급박하게 보호해야 할 때 교습소는 회원을 치료하는 의료기관에 회원의 이름과 보호자 연락처를 제공합니다."],
    // the ground said as the emergency care itself, the statute's words left to the lead-in above the item
    ["응급 조치", "연주회 도중 관객이 쓰러지면 응급 조치를 받을 수 있도록 가까운 의료기관에 관객의 이름과 동반자 연락처를 제공합니다."],
    ["응급 이송", "교습소는 회원이 다쳐 응급 이송이 필요하면 구급대와 의료기관에 회원의 이름과 혈액형을 제공할 수 있습니다."],
  ])("must not fire: %s", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  it("must not fire: an item under a lead-in that excepts the emergencies", async () => {
    const text = policy(
      "교습소는 회원의 개인정보를 외부에 제공하지 않습니다. 다만 회원이 동의한 경우와 생명·신체가 급박하게 위험한 경우는 예외로 합니다.",
      "  가. 수업 중 회원이 다친 경우 응급 처치를 위하여 근처 의료기관에 회원의 이름과 보호자 연락처를 제공할 수 있습니다.",
    );
    expect(await found(text)).toEqual([]);
  });
  it.each([
    ["a course on emergency care", "교습소는 응급 처치 강습 수료증 발급을 위해 협력 교육기관에 회원의 이름과 생년월일을 제공합니다."],
    ["an emergency-room bill", "교습소는 회원의 응급실 치료비 보상을 위해 보험사에 회원의 이름과 사고 내용을 제공합니다."],
  ])("must fire: %s, which is no emergency ground", async (_, sentence) => {
    expect(await found(policy(sentence))).toEqual([[4, "recipientKind"]]);
  });
  it("must fire: a hospital given as a kind with no ground", async () => {
    expect(await found(policy("교습소는 회원의 건강 상담을 위해 제휴 의료기관에 회원의 이름과 지병을 제공합니다."))).toEqual([
      [4, "recipientKind"],
    ]);
  });
});

describe("a public body named as a recipient without a '제공받는 자' label", () => {
  const page = (...entries: string[]) =>
    [
      "<html><body><h1>새솔 재가복지센터 개인정보 처리방침</h1>",
      "<h2>4. 개인정보의 제3자 제공</h2>",
      "<p>센터는 다음의 경우에만 개인정보를 제공하며, 그 밖에는 이용자의 동의 없이 제공하지 않습니다.</p>",
      "<dl>",
      ...entries,
      "</dl></body></html>",
    ].join("\n");
  const term = (name: string) => [
    `  <dt>${name}</dt>`,
    "  <dd>제공 근거: 「국민건강보험법」 제47조</dd>",
    "  <dd>제공 목적: 급여비용 청구</dd>",
    "  <dd>제공 항목: 이용자 성명, 서비스 제공 내역</dd>",
  ];
  it.each(["건강보험심사평가원", "성동구청", "한국교통안전공단"])("must not fire: <dt>%s</dt> over its <dd> fields", async (name) => {
    expect((await findingsOf("third-party-provision", page(...term(name)), "html")).map((f) => f.messageId)).toEqual([]);
  });
  it("must fire: a <dt> that is only a kind", async () => {
    expect((await findingsOf("third-party-provision", page(...term("관계 행정기관")), "html")).map((f) => f.messageId)).toEqual([
      "recipientKind",
    ]);
  });

  const markdown = (...list: string[]) => [
    "# 새솔 재가복지센터 개인정보 처리방침",
    "",
    "## 4. 개인정보의 제3자 제공",
    "",
    "센터는 다음의 경우에만 개인정보를 제공하며, 그 밖에는 이용자의 동의 없이 제공하지 않습니다.",
    "",
    ...list,
  ];
  it.each([
    [
      "a name: its details, after the paragraph's blank line",
      "- 건강보험심사평가원: 급여비용 심사(「국민건강보험법」 제47조), 이용자 성명",
    ],
    ["'기관명:' over the details", "- 기관명: 성동구청", "- 제공 목적: 돌봄 바우처 정산", "- 제공 항목: 이용자 성명", "- 보유 기간: 5년"],
  ])("must not fire: %s", async (_, ...list) => {
    expect(await findingsOf("third-party-provision", markdown(...list), "markdown")).toEqual([]);
  });
  it("must fire: '기관명:' that gives a kind", async () => {
    const list = ["- 기관명: 관계 행정기관", "- 제공 목적: 돌봄 바우처 정산", "- 제공 항목: 이용자 성명", "- 보유 기간: 5년"];
    expect((await findingsOf("third-party-provision", markdown(...list), "markdown")).map((f) => [f.line, f.messageId])).toContainEqual([
      7,
      "recipientKind",
    ]);
  });
});

// "아래와 같이 제공합니다" over a pointer to where the provision is set out ("제8조에서 안내합니다", "'국외 이전' 참조",
// "[별표 1]"): the place pointed to answers the announcement when it exists and names who receives the data
describe("an announced provision answered by a cross-reference", () => {
  const studio = (provision: string, target: string[], after: string[] = []) => [
    "누리 요가원 개인정보 처리방침",
    "",
    "제5조 (개인정보의 제3자 제공)",
    provision,
    "",
    ...target,
    ...after,
  ];
  const overseas = [
    "제8조 (개인정보의 국외 이전)",
    "요가원은 회원의 동의를 받아 다음과 같이 개인정보를 국외로 이전합니다.",
    " - 이전받는 자: Lotus Retreat Pte. Ltd. (care@lotus-retreat.example)",
    " - 이전 국가: 싱가포르 / 이전 일시 및 방법: 예약 확정 시 전송",
    " - 이전 항목: 영문 성명, 연락처 / 이용 목적: 해외 수련 예약 / 보유 기간: 수련 종료 후 6개월",
  ];
  const destruction = ["제8조 (개인정보의 파기)", "보유 기간이 끝난 개인정보는 지체 없이 파기합니다."];

  describe("does not fire", () => {
    it.each([
      [
        "an article by its number",
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다. 해외 수련 업체에 대한 제공은 제8조에서 설명합니다.",
      ],
      [
        "a section by its quoted title",
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공하며, 해외 수련 업체에 대한 제공은 아래 「개인정보의 국외 이전」을 보십시오.",
      ],
      [
        "a section by its title, unquoted",
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다(해외 수련 업체: 국외 이전 항목 참조).",
      ],
    ])("%s", async (_, provision) => {
      expect(await found(studio(provision, overseas))).toEqual([]);
    });

    it("an article whose heading gives its number beside an English one", async () => {
      const text = studio(
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다. 해외 수련 업체에 대한 제공은 제8조를 참고하십시오.",
        ["Article 8 / 제8조 (Overseas Transfer / 개인정보의 국외 이전)", ...overseas.slice(1)],
      );
      text[2] = "Article 5 / 제5조 (Provision to Third Parties / 개인정보의 제3자 제공)";
      expect(await found(text)).toEqual([]);
    });

    it("an annex that lists the recipients", async () => {
      const text = studio(
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다. 받는 곳과 내용은 [별표 1]에 적었습니다.",
        destruction,
        [
          "",
          "[별표 1] 개인정보 제공 현황",
          "제공받는 자: 한결스포츠보험㈜ / 제공 목적: 수련 중 상해보험 가입 / 제공 항목: 성명, 생년월일 / 보유 기간: 보험 기간 종료 시까지",
        ],
      );
      expect(await found(text)).toEqual([]);
    });
  });

  describe("fires", () => {
    it("when the article pointed to does not exist", async () => {
      const text = studio(
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다. 해외 수련 업체에 대한 제공은 제12조에서 설명합니다.",
        overseas,
      );
      expect(await found(text)).toEqual([[3, "announcedProvisionNotListed"]]);
    });

    it("when the article pointed to names no recipient", async () => {
      const text = studio(
        "요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다. 자세한 내용은 제8조에서 설명합니다.",
        destruction,
      );
      expect(await found(text)).toEqual([[3, "announcedProvisionNotListed"]]);
    });

    it("says that a provision, not an exception, was announced", async () => {
      const text = studio("요가원은 회원의 동의를 받아 아래와 같이 개인정보를 제공합니다.", destruction);
      const findings = await findingsOf("third-party-provision", text);
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[3, "announcedProvisionNotListed"]]);
      expect(findings[0].message).toContain("아래와 같이");
      expect(findings[0].message).not.toContain("예외");
    });
  });
});

// the person's own employer, school or insurer ("회원이 재직 중인 회사", "소속 기관") is one party for each person, not a
// kind of business; the same word with no relation to the person ("보험사", "회사가 지정한 보험사") stays a kind
describe("a recipient described by its relation to the data subject", () => {
  const row = (recipient: string) => [
    "# 다온 복지포털 개인정보 처리방침",
    "",
    "## 4. 개인정보의 제3자 제공",
    "",
    "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
    "| --- | --- | --- | --- |",
    `| ${recipient} | 교육 이수 결과 통보 | 성명, 이수 일자 | 통보 후 3년 |`,
  ];
  const kinds = async (recipient: string) =>
    (await findingsOf("third-party-provision", row(recipient), "markdown")).map((f) => [f.line, f.messageId]);

  it.each([
    ["employer, by the member", "회원이 재직 중인 회사"],
    ["employer, in brackets beside the client's kind", "고객사(근무 중인 회사)"],
    ["organisation the member belongs to", "소속 기관"],
    ["company the member belongs to", "소속 회사"],
    ["workplace, no subject", "근무 중인 회사"],
  ])("does not fire: %s", async (_, recipient) => {
    expect(await kinds(recipient)).toEqual([]);
  });

  it.each([
    ["a bare kind", "보험사"],
    ["a kind beside a kind in brackets", "협약 기업(제휴 회사)"],
  ])("still fires: %s", async (_, recipient) => {
    expect(await kinds(recipient)).toEqual([[7, "recipientKind"]]);
  });

  // a guardian or legal representative choosing for the one in their care is the data subject's side choosing
  const referral = (recipient: string) =>
    policy(
      "교습소는 수강생이 다쳐 진료가 필요할 때에만 아래와 같이 제공합니다.",
      `  - 제공받는 자: ${recipient}`,
      "  - 제공 목적: 응급 처치 후 진료 연계",
      "  - 제공 항목: 수강생 성명, 다친 경위",
      "  - 보유 기간: 진료 기록 보존 기간까지",
    );
  it.each([
    ["a hospital the guardian picks, a number after the choice", "보호자가 선택한 2차 동물병원"],
    ["a hospital the legal representative names", "법정대리인이 지정한 병원"],
    ["an insurer the guardian writes on a form", "보호자가 사고 접수서에 기재한 보험회사"],
    ["an insurer the guardian writes on a form of two words", "보호자가 서류 발급 신청서에 적은 보험회사"],
    ["a hospital the guardian writes down", "보호자가 적은 병원"],
    ["an insurer the guardian holds, an aside between", "보호자가 가입한(사고 상대방의) 자동차보험회사 또는 공제조합"],
  ])("does not fire: %s", async (_, recipient) => {
    expect(await found(referral(recipient))).toEqual([]);
  });
  // the value wrapped inside its aside, the kind's name as a thing written down: no second recipient
  it("does not fire on a kind's name ('보험회사명') in a wrapped aside", async () => {
    const text = policy(
      "교습소는 수강생이 다쳐 보험금을 청구할 때에만 아래와 같이 제공합니다.",
      "  ○ 제공받는 자: 보호자가 지정한 상해보험회사 (보호자가 청구서를 낼",
      "    때마다 청구서에 보험회사명을 적고 서명)",
      "    - 목적: 보험금 청구",
      "    - 항목: 수강생 성명, 다친 경위",
      "    - 보유기간: 보험금 지급 완료 시까지",
    );
    expect(await found(text)).toEqual([]);
  });
  it.each(["교습소가 지정한 2차 동물병원", "교습소가 안내문에 기재한 병원", "교습소가 지정한(협력) 동물병원"])(
    "still fires on a hospital the controller picks: %s",
    async (recipient) => {
      expect(await found(referral(recipient))).toEqual([[5, "recipientKind"]]);
    },
  );

  it("does not fire on a sentence that provides to the member's own insurer", async () => {
    const text = policy("교습소는 수강생이 가입한 보험사에 상해 사고 접수를 위하여 성명과 사고 일자를 제공합니다(보유 기간: 접수 후 1년).");
    expect(await found(text)).toEqual([]);
  });

  // the relation governs every kind it is coordinated with, and reaches past the subject's particle
  it.each([
    "교습소는 해외 연수 진행을 위하여 수강생이 예약한 항공사에 성명과 여권번호를 제공합니다(보유 기간: 연수 종료 후 6개월).",
    "교습소는 해외 연수 진행을 위하여 수강생이 예약한 여행사와 항공사에 성명과 여권번호를 제공합니다(보유 기간: 연수 종료 후 6개월).",
    "교습소는 해외 연수 진행을 위하여 수강생이 고른 숙소, 여행사에 성명과 여권번호를 제공합니다(보유 기간: 연수 종료 후 6개월).",
  ])("does not fire on kinds the member chose: %s", async (sentence) => {
    expect(await found(policy(sentence))).toEqual([]);
  });
  // a sentence hard-wrapped after the receiver: the kind on one line, the provision on the next
  it.each([
    ["교습소는 연주회 참가 접수를 위하여 관련 행정기관에 수강생의", "성명과 연락처를 제공할 수 있습니다."],
    ["교습소는 연주회 참가 접수를 위하여 관련 행정기관에", "수강생의 성명과 연락처를 제공할 수 있습니다."],
  ])("fires on a kind whose provision is on the next line: %s / %s", async (first, second) => {
    expect((await found(policy(first, second))).map(([, id]) => id)).toEqual(["recipientKind"]);
  });
  it("does not fire when the wrapped sentence denies the provision", async () => {
    expect(
      await found(policy("교습소는 연주회 참가 접수를 위하여 관련 행정기관에 수강생의", "성명과 연락처를 제공하지 않습니다.")),
    ).toEqual([]);
  });
  it("still fires on kinds the controller chose, coordinated alike", async () => {
    const text = policy(
      "교습소는 해외 연수 진행을 위하여 교습소가 지정한 여행사와 항공사에 성명과 여권번호를 제공합니다(보유 기간: 연수 종료 후 6개월).",
    );
    expect((await found(text)).map(([, id]) => id)).toContain("recipientKind");
  });
});

// "…까지" inside what is provided or why ("현재 위치(하차 시까지)", "배송 완료 시까지 유효한 가상번호") limits the item,
// it is no retention period of the recipient
describe("a limit inside the items or purpose is not the recipient's period", () => {
  const fields = (...details: string[]) =>
    policy("교습소는 연주회 셔틀 운행을 위하여 아래 정보를 제공합니다.", "  - 제공받는 자: 주식회사 누리셔틀", ...details);

  it.each([
    ["in the items, in brackets", ["  - 제공 목적: 셔틀 탑승 안내", "  - 제공 항목: 수강생 성명, 승차 위치(하차 시까지)"]],
    ["in the purpose", ["  - 제공 목적: 하차 시까지 유효한 가상번호로 보호자에게 연락", "  - 제공 항목: 수강생 성명, 가상번호"]],
    ["in the items, fields run together", ["  - 제공 목적: 셔틀 탑승 안내 / 제공 항목: 수강생 성명, 승차 위치(운행 종료 시까지)"]],
  ])("fires: %s", async (_, details) => {
    expect(await found(fields(...details))).toEqual([[5, "recipientDetailsMissing"]]);
  });

  it("fires on a table row whose items carry the limit and which has no period column", async () => {
    const text = [
      "# 누리 셔틀 개인정보 처리방침",
      "",
      "## 4. 개인정보의 제3자 제공",
      "",
      "| 제공받는 자 | 제공 목적 | 제공 항목 |",
      "| --- | --- | --- |",
      "| 주식회사 누리셔틀 | 셔틀 탑승 안내 | 성명, 승차 위치(하차 시까지) |",
    ];
    const findings = await findingsOf("third-party-provision", text, "markdown");
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, "recipientDetailsMissing"]]);
  });

  it.each([
    ["a period field", ["  - 제공 목적: 셔틀 탑승 안내", "  - 제공 항목: 승차 위치(하차 시까지)", "  - 보유 기간: 운행일로부터 1개월"]],
    [
      "a period run together with the items",
      ["  - 제공 항목: 승차 위치(하차 시까지) / 이용 목적: 셔틀 탑승 안내 / 보유 기간: 운행 종료 시까지"],
    ],
    ["an item that says how long it is kept", ["  - 제공 목적: 셔틀 탑승 안내", "  - 제공 항목: 승차 위치(운행 종료 시까지 보관 후 파기)"]],
  ])("does not fire: %s", async (_, details) => {
    expect(await found(fields(...details))).toEqual([]);
  });
});

// A provision heading may name the recipient instead of 제3자 ("입점 판매자에게 제공하는 개인정보", "협력 병원에
// 제공되는 정보", "개인정보를 제공받는 자"): it is the provision section, and its rows are checked. Not when the
// recipient is the data subject, a processor (위탁·수탁) or abroad (국외), nor when the title goes on to another item.
describe("a provision heading that names the recipient", () => {
  const provision = (title: string) => [
    "한울마켓 개인정보 처리방침",
    "",
    title,
    "주문하신 상품을 보내기 위하여 아래와 같이 개인정보를 제공합니다.",
    "  - 제공받는 자: 주식회사 다온약품", // 5
    "  - 제공 목적: 주문 상품의 발송과 반품 처리",
    "  - 제공 항목: 받는 분 성명, 휴대전화번호, 배송지",
  ];

  it.each([
    "5. 입점 판매자에게 제공하는 개인정보",
    "5. 협력 약국에 제공되는 정보",
    "5. 개인정보를 제공받는 자",
    "제5조(거래 상대방에게 제공하는 정보)",
  ])("must fire: the row without a period under '%s'", async (title) => {
    expect(await found(provision(title))).toEqual([[5, "recipientDetailsMissing"]]);
  });
});

describe("a promise of details and consent for a provision that may come later", () => {
  describe("beside a denial of any provision now: not a deferral", () => {
    it.each([
      [
        "in the next sentence",
        [
          "교습소는 원생 정보를 다른 곳에 제공하지 않습니다. 나중에 제공할 필요가 생기면 받는 곳, 제공 목적, 제공 항목, 보유 기간을 먼저 밝히고 별도로 동의를 구하겠습니다.",
        ],
      ],
      [
        "in the same sentence",
        ["지금은 제3자에게 제공하지 않으며, 향후 제공하게 되는 경우 제공 목적과 보유 기간을 알려 드리고 별도 동의를 받겠습니다."],
      ],
      [
        "on the line above",
        [
          "교습소가 제3자에게 제공한 개인정보는 없습니다.",
          "추후 제공이 필요하게 되면 제공 항목과 보유 기간을 안내하고 별도로 동의를 받습니다.",
        ],
      ],
    ])("%s", async (_, section) => {
      expect(await found(policy(...section))).toEqual([]);
    });
  });

  it("must fire when the denial only holds without consent: provision on consent goes on now", async () => {
    const text = policy(
      "동의 없이는 제3자에게 제공하지 않으며, 앞으로 제공하게 되면 제공 목적과 보유 기간은 동의 화면에서 별도로 안내합니다.",
    );
    expect(await found(text)).toEqual([[4, "detailsElsewhere"]]);
  });

  it("must fire when data is provided now and its details are left to the consent screen", async () => {
    const text = policy(
      "교습소는 연주회 참가 원생의 정보를 공연장 운영사에 제공하며, 제공 목적과 보유 기간은 신청할 때 동의 화면에서 안내합니다.",
    );
    expect(await found(text)).toEqual([[4, "detailsElsewhere"]]);
  });
});

// a paragraph with no heading: "…에 제공하며, 그 밖의 경우에는 … 제공하지 않습니다" provides, whatever the clause after it says
describe("a provision followed by a denial for every other case, in a paragraph without a heading", () => {
  const paragraph = (sentence: string) => ["해오름 꽃집 회원 개인정보 처리방침", "", sentence];

  it.each([
    [
      "그 밖의 경우에는",
      "꽃 배달을 위해 회원의 이름과 주소를 배송 협력사에 제공하며, 그 밖의 경우에는 법령에 근거가 없는 한 외부에 제공하지 않습니다.",
    ],
    ["이 외에는", "꽃 배달을 위해 회원의 이름과 주소를 배송 협력사에 제공하며, 이 외에는 누구에게도 제공하지 않습니다."],
    [
      "위의 경우를 제외하고는",
      "꽃 배달을 위해 회원의 이름과 주소를 배송 협력사에 제공하며, 위의 경우를 제외하고는 개인정보를 제3자에게 제공하지 아니합니다.",
    ],
  ])("must fire at the provision: '%s'", async (_, sentence) => {
    expect(await found(paragraph(sentence))).toEqual([[3, "unnamedRecipient"]]);
  });

  it.each([
    [
      "the statute's exception before it",
      "회원의 동의가 있거나 법률에 특별한 규정이 있는 경우에만 제3자에게 제공하며, 그 밖의 경우에는 제공하지 않습니다.",
    ],
    [
      "a named recipient before it",
      "꽃 배달을 위해 회원의 이름과 주소를 ㈜바른택배에 제공하며, 그 밖의 경우에는 외부에 제공하지 않습니다.",
    ],
    ["a clause about something else before it", "회원 정보는 가게 안에서만 다루며, 그 밖의 경우에는 제3자에게 제공하지 않습니다."],
  ])("must not fire on %s", async (_, sentence) => {
    expect(await found(paragraph(sentence))).toEqual([]);
  });
});

describe("a recipient's record written downwards, one label and its value a row", () => {
  const clinic = (...section: string[]) => ["온누리한의원 개인정보 처리방침", "", "## 개인정보의 제3자 제공", "", ...section];
  const cells = async (text: string[], name: string) =>
    (await lintText(text.join("\n"), name)).findings
      .filter((finding) => finding.ruleId === "third-party-provision")
      .map((finding) => [finding.line, finding.messageId, finding.message]);

  it("is one recipient in an HTML table: its labels are no recipients", async () => {
    const text = [
      "<html><body><h1>온누리한의원 개인정보 처리방침</h1>",
      "<h2>개인정보의 제3자 제공</h2>",
      "<table>",
      "<tr><td>제공받는 자</td><td>건강보험심사평가원</td></tr>",
      "<tr><td>이용 목적</td><td>요양급여 비용 심사</td></tr>",
      "<tr><td>제공 항목</td><td>성명, 진료 내역</td></tr>",
      "<tr><td>보유 기간</td><td>심사 완료 후 5년</td></tr>",
      "</table></body></html>",
    ];
    expect(await cells(text, "passage.html")).toEqual([]);
  });

  it("is one recipient each when two records stand under a '구분 | 내용' header in Markdown", async () => {
    const text = clinic(
      "| 구분 | 내용 |",
      "|---|---|",
      "| 제공받는 자 | 건강보험심사평가원 |",
      "| 제공 목적 | 요양급여 비용 심사 |",
      "| 제공 항목 | 성명, 진료 내역 |",
      "| 보유 기간 | 심사 완료 후 5년 |",
      "| 제공받는 자 | 한빛손해보험(주) |",
      "| 제공 목적 | 실손 보험금 청구 |",
      "| 제공 항목 | 진료비 영수증 |",
      "| 보유 기간 | 보험금 지급 후 3년 |",
    );
    expect(await cells(text, "passage.md")).toEqual([]);
  });

  it("still fires once, naming the recipient and the column, when a value is left empty", async () => {
    const text = clinic(
      "| 제공받는 자 | 건강보험심사평가원 |",
      "|---|---|",
      "| 제공 목적 | 요양급여 비용 심사 |",
      "| 제공 항목 |  |",
      "| 보유 기간 | 심사 완료 후 5년 |",
    );
    const found = await cells(text, "passage.md");
    expect(found.map(([line, id]) => [line, id])).toEqual([[5, "emptyCell"]]);
    expect(found[0][2]).toContain("건강보험심사평가원");
    expect(found[0][2]).toContain("제공 항목");
  });
});

describe("third-party-provision: a provision announced with no list after it", () => {
  const provision = (...lines: string[]) => [
    "한솔도서관 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "도서관은 대출 관리를 위하여 개인정보를 처리합니다.",
    "",
    "2. 개인정보의 제3자 제공",
    ...lines,
  ];
  const found = async (lines: string[], format: "text" | "markdown" = "text") =>
    (await findingsOf("third-party-provision", lines, format)).map((f) => [f.line, f.messageId]);

  it("fires at the section when the announcement is the policy's last line", async () => {
    expect(await found(provision("도서관은 상호대차를 위하여 회원의 개인정보를 다음과 같이 제공합니다."))).toEqual([
      [6, "announcedProvisionNotListed"],
    ]);
  });

  it("fires when only the next section's heading follows it", async () => {
    const text = provision("도서관은 다음과 같이 개인정보를 제공하고 있습니다.", "", "3. 개인정보의 파기", "지체 없이 파기합니다.");
    expect(await found(text)).toEqual([[6, "announcedProvisionNotListed"]]);
  });

  it("fires in Markdown when the next numbered heading follows it", async () => {
    const text = [
      "# 한솔도서관 개인정보 처리방침",
      "## 1. 개인정보의 제3자 제공",
      "도서관은 아래와 같이 개인정보를 제공하고 있습니다.",
      "## 2. 개인정보의 파기",
      "지체 없이 파기합니다.",
    ];
    expect(await found(text, "markdown")).toEqual([[2, "announcedProvisionNotListed"]]);
  });

  it.each([
    [
      "fields after a blank line",
      [
        "도서관은 다음과 같이 개인정보를 제공합니다.",
        "",
        "- 제공받는 자: 한솔시립도서관",
        "- 제공 목적: 상호대차",
        "- 제공 항목: 성명, 회원번호",
        "- 보유 기간: 반납 후 1개월",
      ],
    ],
    [
      "numbered recipients",
      ["도서관은 다음과 같이 개인정보를 제공합니다.", "1) 한솔시립도서관: 상호대차 (성명, 회원번호 / 반납 후 1개월)"],
    ],
  ])("does not fire when %s follow", async (_, lines) => {
    expect(await found(provision(...lines))).toEqual([]);
  });

  it("does not fire when a table follows", async () => {
    const text = [
      "# 한솔도서관 개인정보 처리방침",
      "## 개인정보의 제3자 제공",
      "도서관은 다음과 같이 개인정보를 제공합니다.",
      "",
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      "| 한솔시립도서관 | 상호대차 | 성명, 회원번호 | 반납 후 1개월 |",
    ];
    expect(await found(text, "markdown")).toEqual([]);
  });
});

// a page whose recipient item holds its details in a nested list: the line that only opens the list is blank in the
// plain text, and the details under it are still the recipient's
describe("a recipient's details in a nested list of a page", () => {
  const page = (...items: string[]) =>
    [
      "<html><body><h1>솔빛 공방 개인정보 처리방침</h1>",
      "<h2>4. 개인정보의 제3자 제공</h2>",
      "<p>공방은 다음과 같이 개인정보를 제공합니다.</p>",
      "<ul>",
      ...items,
      "</ul>",
      "<h2>5. 개인정보의 파기</h2>",
      "<p>목적을 이룬 개인정보는 지체 없이 지웁니다.</p>",
      "</body></html>",
    ].join("\n");
  const details = [
    "    <ul>",
    "      <li>목적: 수강생 작품 전시회 공동 개최</li>",
    "      <li>항목: 수강생 이름, 작품명</li>",
    "      <li>보유 기간: 전시회 종료 후 1개월</li>",
    "    </ul>",
  ];
  const messages = async (html: string) => (await findingsOf("third-party-provision", html, "html")).map((f) => [f.line, f.messageId]);
  it("must not fire: the details nested in the recipient's item", async () => {
    expect(await messages(page("  <li>제공받는 자: 주식회사 누리갤러리", ...details, "  </li>"))).toEqual([]);
  });
  it("must fire: the recipient's item closed before a list of something else", async () => {
    const html = page(
      "  <li>제공받는 자: 주식회사 누리갤러리</li>",
      "</ul>",
      "<ul>",
      "  <li>공방 운영 시간: 평일 10시부터 18시까지</li>",
      "  <li>문의: 공방 안내 데스크</li>",
    );
    expect(await messages(html)).toEqual([[5, "recipientDetailsMissing"]]);
  });
});

// a recipient field answered "없음" says no one receives the data: there is no recipient to give details for
describe("a recipient field answered '없음'", () => {
  it.each([
    ["a field", ["- 제공받는 자: 없음"]],
    ["a field, in a sentence's words", ["· 제공받는 자 : 없습니다."]],
    ["a table row", ["| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |", "|---|---|---|---|", "| 없음 | - | - | - |"]],
  ])("must not fire: %s", async (_, lines) => {
    expect(await found(policy(...lines))).toEqual([]);
  });
  it("must fire: a named recipient with nothing else given", async () => {
    expect(await found(policy("- 제공받는 자: ㈜없음표 문구"))).toEqual([[4, "recipientDetailsMissing"]]);
  });
});

// a provision made on consent that lists the items it gives in its own clause ("동의를 받아 보험사에 이름, 연락처를
// 제공합니다") is a provision, not the statute's exception: its recipient given as a kind names no one
describe("a provision on consent that lists its items, to a kind", () => {
  it.each([
    ["one line", ["교습소는 회원의 동의를 받아 보험사에 회원 이름, 생년월일, 사고 경위를 제공합니다."]],
    ["wrapped", ["교습소는 수강 중 다친 회원에 한하여, 회원의 동의를 받아 제휴 의료기관에 회원 이름,", "  다친 부위·경위를 제공합니다."]],
  ])("must fire: %s", async (_, lines) => {
    expect(await found(policy(...lines))).toEqual([[4, "recipientKind"]]);
  });
  it.each([
    ["personal data, not items", "교습소는 회원의 동의를 받아 보험사에 개인정보를 제공합니다."],
    ["a case of consent", "회원이 동의한 경우에는 보험사에 회원 이름, 생년월일을 제공합니다."],
    [
      "a named recipient",
      "교습소는 회원의 동의를 받아 ㈜누리손해보험에 회원 이름, 생년월일을 제공하며, 보험사는 보상이 끝나면 파기합니다.",
    ],
  ])("reads as before: %s", async (_, sentence) => {
    expect((await found(policy(sentence))).filter(([, id]) => id === "recipientKind")).toEqual([]);
  });
});

// a named recipient given its items as a list with commas ("누리장학회에 이름, 학년, 점수를 제공합니다") is an entry
// whose purpose and period must be given, as one given "이름과 점수를" is
describe("a named recipient given a list of items with commas", () => {
  const section = (...lines: string[]) =>
    policy(
      "① 교습소는 회원이 동의하거나 법률에 특별한 규정이 있는 경우에만 개인정보를 제3자에게 제공합니다.",
      ...lines,
      "",
      "5. 개인정보의 파기",
      "지체 없이 파기합니다.",
    );
  it("must fire: no period for it", async () => {
    expect(await found(section("② 교습소는 장학생 심사를 위하여 누리장학회에 이름, 학년, 점수를 제공합니다."))).toEqual([
      [5, "recipientDetailsMissing"],
    ]);
  });
  it("must not fire: its period in the same sentence", async () => {
    expect(
      await found(
        section("② 교습소는 장학생 심사를 위하여 누리장학회에 이름, 학년, 점수를 제공하며, 장학회는 심사가 끝나면 바로 파기합니다."),
      ),
    ).toEqual([]);
  });
});

// a recipient named as the label of its own item, the item giving its purpose and items ("③ 누리장학회: … 위하여
// 이름, 학년을 제공합니다"): the period must stand in that item, not in another recipient's
describe("a recipient named as the label of its item", () => {
  const section = (...lines: string[]) =>
    policy(
      "① 교습소는 회원이 동의하거나 법률에 특별한 규정이 있는 경우에만 개인정보를 제3자에게 제공합니다.",
      "② 교습소는 연주회 접수를 위하여 ㈜한울공연에 이름과 연락처를 제공하며, 한울공연은 연주회가 끝나면 1개월 안에 파기합니다.",
      ...lines,
      "",
      "5. 개인정보의 파기",
      "지체 없이 파기합니다.",
    );
  it.each([
    ["on its own", "③ 누리장학회: 장학생 심사를 위하여 회원 이름, 학년, 콩쿠르 점수를 제공합니다."],
    [
      "on the member's consent",
      "③ 누리장학회: 장학금을 신청한 회원이 동의한 경우, 장학생 심사를 위하여 회원 이름, 학년, 콩쿠르 점수를 제공합니다.",
    ],
    ["for a programme abroad", "③ 누리장학회: 해외 음악캠프 장학생 심사를 위하여 회원 이름, 학년, 점수를 제공합니다."],
  ])("must fire: no period in the item, %s", async (_, item) => {
    expect(await found(section(item))).toEqual([[6, "recipientDetailsMissing"]]);
  });
  it.each([
    [
      "its period in the item",
      "③ 누리장학회: 장학생 심사를 위하여 회원 이름, 학년, 점수를 제공하며, 장학회는 심사가 끝나면 바로 파기합니다.",
    ],
    ["a kind as the label", "③ 협력 장학재단: 장학생 심사를 위하여 회원 이름, 학년, 점수를 제공하며, 심사가 끝나면 바로 파기합니다."],
    ["a field of details, not a recipient", "③ 제공 항목: 회원 이름, 학년, 점수"],
  ])("must not fire: %s", async (_, item) => {
    expect((await found(section(item))).filter(([, id]) => id === "recipientDetailsMissing")).toEqual([]);
  });
});

// "행사를 함께 여는 협력 출판사": a clause before the kind says which of them, not who
describe("a recipient field that gives a kind after a clause", () => {
  const fields = (recipient: string) =>
    policy(
      "교습소는 연주회 공동 개최를 위하여 아래 정보를 제공합니다.",
      `  - 제공받는 자: ${recipient}`,
      "  - 제공 목적: 연주회 참가자 명단 확인",
      "  - 제공 항목: 수강생 성명",
      "  - 보유 기간: 연주회 종료 후 1개월",
    );
  it.each(["연주회를 함께 여는 협력 음향 업체", "매년 공개 입찰로 선정된 운송 업체"])("fires: %s", async (recipient) => {
    expect(await found(fields(recipient))).toEqual([[5, "recipientKind"]]);
  });
  it.each(["연주회를 함께 여는 한빛악기사", "연주회를 함께 여는 ㈜누리음향"])(
    "does not fire on a name after the clause: %s",
    async (recipient) => {
      expect(await found(fields(recipient))).toEqual([]);
    },
  );
});

// "고객이 요청한 경우, 회사는 고객의 동의를 받아 제휴 할부금융사에 … 제공합니다": the condition is a request, the consent
// the means of a provision; "법령에 따라 … 요청하는 경우" is the statute's ground
describe("a provision on a condition that is no lawful ground", () => {
  const section = (sentence: string) =>
    policy(sentence, "  - 제공 목적: 악기 할부 심사", "  - 제공 항목: 성명, 생년월일", "  - 보유 기간: 심사 후 1년");
  it("fires on a kind given the data on a customer's request", async () => {
    expect(
      await found(section("수강생이 악기 할부를 요청한 경우, 교습소는 동의를 받아 제휴 할부금융사에 다음과 같이 제공합니다.")),
    ).toEqual([[4, "recipientKind"]]);
  });
  it("does not fire where the condition is a law's", async () => {
    expect(await found(section("법령에 따라 수사기관이 요청한 경우, 교습소는 동의를 받아 다음과 같이 제공합니다."))).toEqual([]);
  });
});

// "동의한 회원에 한하여 다음과 같이 협력 공연기관에 … 제공합니다": whose data, not the statute's exception
describe("a provision limited to the members who consented", () => {
  const section = (sentence: string) =>
    policy(sentence, "  - 제공 목적: 연주회 좌석 배정", "  - 제공 항목: 성명", "  - 보유 기간: 연주회 종료 후 1개월");
  it("fires on a kind given the consenting members' data", async () => {
    expect(await found(section("교습소는 동의한 수강생에 한하여 다음과 같이 협력 공연장에 개인정보를 제공합니다."))).toEqual([
      [4, "recipientKind"],
    ]);
  });
  it("does not fire on the statute's exception for consent", async () => {
    expect(await found(policy("다만, 수강생이 동의한 경우에는 개인정보를 제3자에게 제공할 수 있습니다."))).toEqual([]);
  });
});

// a recipient's fields end where a sentence that is no field follows them: a later statutory provision is not its basis
describe("a recipient's fields, then another provision's sentence", () => {
  const fields = (after: string) =>
    policy(
      "교습소는 다음과 같이 개인정보를 제공합니다.",
      "- 제공받는 자: 한빛악기 주식회사",
      "- 제공 목적: 악기 대여",
      "- 제공 항목: 수강생 성명, 연락처",
      after,
    );
  it("fires on the missing period though a statute is cited below", async () => {
    const after = "감염병 환자가 생기면 「감염병의 예방 및 관리에 관한 법률」 제18조에 따라 관할 보건소에 제공할 수 있습니다.";
    expect(await found(fields(after))).toEqual([[5, "recipientDetailsMissing"]]);
  });
  it("reads a field's wrapped line as the field's", async () => {
    expect(await found(fields("- 보유 기간: 대여 종료 후"))).toEqual([]);
    expect(await found([...fields("- 보유 기간: 대여 종료 후"), "  1년"])).toEqual([]);
  });
});

// a Latin word in the sentence is a company's name only when it is no item's abbreviation: "CI", "IP", "GPS" are
// what is given, not who receives it
describe("third-party-provision: a kind of recipient in a sentence that gives CI", () => {
  const section = (sentence: string) => ["가온핀 개인정보 처리방침", "", "3. 개인정보의 제3자 제공", sentence];
  it("must fire: the recipient is only a kind", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("한도 조회를 위해 제휴 신용평가회사에 이름, 생년월일, CI를 제공하며, 제공받는 자는 조회 후 3년간 보관합니다."),
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[4, "recipientKind"]]);
  });
  it("must not fire: a company named in Latin letters", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("한도 조회를 위해 NiceScore에 이름, 생년월일, CI를 제공하며, 제공받는 자는 조회 후 3년간 보관합니다."),
    );
    expect(findings.map((finding) => finding.messageId)).not.toContain("recipientKind");
  });
});

// a sentence that gives a kind of recipient its own items ("…적하보험 보험사에 접수자 성명, 연락처를 제공하며") is a
// provision of its own beside a table of named recipients, not a lead-in to the table
describe("third-party-provision: a kind of recipient with its own items beside a table of named ones", () => {
  const section = (sentence: string) => [
    "# 한빛택배 서초대리점 개인정보 처리방침",
    "",
    "## 3. 개인정보의 제3자 제공",
    "",
    "| 제공받는 자 | 목적 | 항목 | 보유기간 |",
    "|---|---|---|---|",
    "| ㈜한빛로지스 | 간선 운송 | 성명, 연락처, 주소 | 배송 완료 후 1년 |",
    "",
    sentence,
  ];
  it("must fire: the sentence gives a kind its own items", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("파손 보상을 위하여 대리점이 가입한 보험사에 접수자 성명, 연락처를 제공하며, 보험사는 보상 후 5년간 보유합니다."),
      "markdown",
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "recipientKind"]]);
  });
  it("must fire: the items joined by '과' rather than a comma", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("또한 대리점은 보상 접수를 위하여 제휴 보험사에 접수자 성명과 운송장 번호를 제공할 수 있습니다."),
      "markdown",
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "recipientKind"]]);
  });
  it("must not fire: a lead-in that points at the table", async () => {
    expect(
      await findingsOf("third-party-provision", section("대리점은 위 표의 운송사에 한하여 개인정보를 제공합니다."), "markdown"),
    ).toEqual([]);
  });
});

// "• 협력 소아과 의원: 건강검진 결과 확인 / 영유아 성명 / 계약 종료 시까지": the recipient before its details, run
// together on its item's line
describe("third-party-provision: a recipient and its details on one item's line", () => {
  const section = (...items: string[]) => [
    "꿈나무 놀이학교 개인정보 처리방침",
    "",
    "1. 개인정보의 처리 목적",
    "원아 보육과 수업료 청구에 씁니다.",
    "",
    "2. 개인정보의 제3자 제공",
    "놀이학교는 보호자의 동의를 받거나 법령에 근거가 있는 경우에만 원아의 정보를 제공합니다.",
    ...items,
  ];
  it("reports a kind before the details", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section(
        "- 제휴 치과 의원: 구강 검진 결과 안내 / 원아 성명, 생년월일 / 검진 종료 후 1년",
        "- 꿈나무구청: 보육료 정산 / 원아 성명 / 5년",
      ),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[8, "recipientKind"]]);
  });
  it("leaves a named recipient, and a line whose colon opens no details", async () => {
    expect(
      await findingsOf(
        "third-party-provision",
        section("- 한빛치과의원: 구강 검진 결과 안내 / 원아 성명 / 검진 종료 후 1년", "- 참고: 제공 내역은 원무실에서 보실 수 있습니다"),
      ),
    ).toEqual([]);
  });
});

// "…제3자 제공에 동의한 회원에 한하여 제휴 여행사에 …": what one consents to is no recipient
describe("third-party-provision: the object of a consent is no recipient", () => {
  it("names the recipient after the consent, not the consent's object", async () => {
    const text = [
      "푸른들 골프클럽 개인정보 처리방침",
      "",
      "4. 개인정보의 제3자 제공",
      "다만 마케팅 정보 수신 및 제3자 제공에 동의한 회원에 한하여 ㈜들길투어에 성명과 휴대전화번호를 제공합니다.",
    ];
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((f) => f.message).join("\n")).not.toContain("마케팅 정보 수신");
    expect(findings.map((f) => f.message).join("\n")).toContain("㈜들길투어");
  });
});

// "제공 항목과 보유 기간은 모회사의 글로벌 개인정보 처리방침(URL)을 참조하시기 바랍니다": the details left to another
// company's document; the policy's own article or table referred to is no such deferral
describe("third-party-provision: the details left to another document", () => {
  const section = (sentence: string) => [
    "누리코리아 개인정보 처리방침",
    "",
    "제3조 (개인정보의 제3자 제공)",
    "① 회사는 구매 성향 분석을 위하여 회원의 개인정보를 모회사인 Nuri Global Ltd.(영국)에 제공합니다.",
    `② ${sentence}`,
  ];
  it("must fire where another company's policy holds them", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("제공 항목과 보유 기간은 Nuri Global 개인정보 처리방침(www.nuri-global.example.com/privacy)을 참조하시기 바랍니다."),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toContainEqual([5, "detailsElsewhere"]);
  });
  it("must not fire where the policy's own article holds them", async () => {
    const findings = await findingsOf(
      "third-party-provision",
      section("제공 항목과 보유 기간은 이 처리방침 제2조의 표를 참조하시기 바랍니다."),
    );
    expect(findings.map((f) => f.messageId)).not.toContain("detailsElsewhere");
  });
});

// a bilingual policy repeats each recipient's kind in English beside it: the gloss names no one, a brand does
describe("a kind of recipient glossed in English", () => {
  const table = (recipient: string) =>
    policy(
      "교습소는 해외 연수를 위하여 다음과 같이 개인정보를 제공합니다.",
      "",
      "| 제공받는 자 (Recipient) | 제공 목적 (Purpose) | 제공 항목 (Items) | 보유 기간 (Retention) |",
      "|---|---|---|---|",
      `| ${recipient} | 연수 숙소 예약 | 수강생 성명, 여권번호 | 연수 종료 후 3개월 |`,
    );
  it.each(["제휴 숙박 업체 (Partner Hotels)", "현지 여행사 (Local Travel Agency)", "항공사 (Airlines)"])(
    "fires on '%s'",
    async (recipient) => {
      expect((await findingsOf("third-party-provision", table(recipient), "markdown")).map((f) => f.messageId)).toEqual(["recipientKind"]);
    },
  );
  it.each(["현지 여행사 (Bluewave Tours Ltd.)", "제휴 숙박 업체 (Harbor View Hotel)"])(
    "does not fire on '%s', a name",
    async (recipient) => {
      expect(await findingsOf("third-party-provision", table(recipient), "markdown")).toEqual([]);
    },
  );
});

// the statute's own exceptions stated over a table ("법률에 특별한 규정이 있는 경우에만 제공합니다") are no basis of the
// table's rows: a named recipient there still needs its period; a table the section says a law requires does not
describe("a table of recipients under the statute's exceptions", () => {
  const section = (lead: string) =>
    policy(
      lead,
      "교습소는 연주회 음원 제작을 위하여 다음과 같이 개인정보를 제공합니다.",
      "",
      "| 제공받는 자 | 제공 목적 | 제공 항목 |",
      "|---|---|---|",
      "| ㈜소리담스튜디오 | 연주회 음원 녹음 | 수강생 성명, 연주 곡목 |",
    );
  it("fires on the missing period under the exceptions", async () => {
    const found = await findingsOf(
      "third-party-provision",
      section(
        "교습소는 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.",
      ),
      "markdown",
    );
    expect(found.map((finding) => finding.messageId)).toEqual(["recipientDetailsMissing"]);
  });
  it("does not fire where the section says a law requires the provision", async () => {
    const found = await findingsOf(
      "third-party-provision",
      section("교습소는 「학원의 설립ㆍ운영 및 과외교습에 관한 법률」에 따라 관할 교육지원청에 다음 정보를 제공합니다."),
      "markdown",
    );
    expect(found.filter((finding) => finding.messageId === "recipientDetailsMissing")).toEqual([]);
  });
});

// a tab-separated table that writes a tab for every column marks an empty cell as a bar does
describe("an empty cell in a tab-separated table of recipients", () => {
  const rows = (last: string) =>
    policy(
      "교습소는 동의를 받아 다음과 같이 개인정보를 제공합니다.",
      "",
      "제공받는 자\t제공 목적\t제공 항목\t보유 기간",
      "㈜소리담스튜디오\t연주회 음원 녹음\t수강생 성명\t녹음 후 1년",
      `㈜누리악보\t교재 배송\t수강생 성명, 주소${last}`,
    );
  it("fires on a row whose last cell a tab leaves empty", async () => {
    expect((await found(rows("\t"))).map(([line, id]) => [line, id])).toEqual([[8, "emptyCell"]]);
  });
  it("does not read a row cut short, with no tab for the last column, as an empty cell", async () => {
    expect((await found(rows(""))).map(([, id]) => id)).not.toContain("emptyCell");
  });
});

// a kind named once in a sentence, then pointed back at ("제공받은 보험회사는 …까지 보유합니다"): one finding, at the
// kind, and not a second at the reference on the sentence's next line
describe("third-party-provision: a kind pointed back at later in its sentence", () => {
  it("reports the kind once", async () => {
    const text = policy(
      "③ 현장 연주 여행 때에는 상해보험 가입을 위하여 보험회사에 참가 수강생의 성명,",
      "생년월일을 제공하며, 제공받은 보험회사는 보험기간이 끝날 때까지 보유합니다.",
    );
    expect(await found(text)).toEqual([[4, "recipientKind"]]);
  });
});

// a PDF copy wraps an item whose fields run on along its lines flush left, the name and a field cut at the wraps
describe("a recipient's fields run on along lines a PDF copy wrapped", () => {
  const item = (...last: string[]) =>
    policy(
      "교습소는 다음과 같이 개인정보를 제공합니다.",
      "1. 제공받는 자: 사단법인 한빛음악협회(연주회를 여는 곳으로, 담당 부서는 참가",
      "신청서에 적혀 있습니다) / 제공 목적: 연주회 출연자 명단 작성과 무대",
      "순서 안내 / 제공 항목: 수강생",
      ...last,
      "",
      "5. 개인정보의 파기",
    );

  it("must not fire: the period stands on the item's last wrapped line", async () => {
    expect(await found(item("성명, 학년, 연주 곡목, 보호자의 휴대전화번호, 다니는 학교 / 보유 기간:", "연주회 종료 후 6개월"))).toEqual([]);
  });

  it("must fire, naming the recipient read across the wrap: the item gives no period", async () => {
    const findings = await findingsOf("third-party-provision", item("성명, 학년, 연주 곡목"));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "recipientDetailsMissing"]]);
    expect(findings[0].message).toContain("'사단법인 한빛음악협회(연주회를 여는 곳으로, 담당 부서는 참가 신청서에 적혀 있습니다)'");
  });
});

// a bracket that limits the provision to some people or cases ("…에 가입한 고객에 한함") names no one
describe("a recipient with a condition in brackets after it", () => {
  it.each([["제휴 보험사(악기 보험에 가입한 수강생에 한함)"], ["악기 분실·파손 보험 제휴 보험사(보험 가입을 신청한 경우)"]])(
    "must fire: a kind with a condition, %s",
    async (recipient) => {
      expect(await found(givenTo(recipient))).toEqual([[5, "recipientKind"]]);
    },
  );

  it("must not fire: a company named with a condition", async () => {
    expect(await found(givenTo("한빛손해보험 주식회사(악기 보험에 가입한 수강생에 한함)"))).toEqual([]);
  });
});

// a guarantee insurer or body is a kind of business as an insurer is ("보증보험사", "보증기관"); a name before it names one
describe("a recipient given as a guarantee insurer", () => {
  const row = (recipient: string) =>
    policy(
      "| 제공받는 자 | 제공 목적 | 제공 항목 | 보유 기간 |",
      "|---|---|---|---|",
      `| ${recipient} | 수강료 보증 | 성명, 연락처 | 보증 종료 후 1년 |`,
    );
  it.each([["보증보험사"], ["신용 보증기관"]])("must fire: %s", async (recipient) => {
    expect(await found(row(recipient))).toEqual([[6, "recipientKind"]]);
  });
  it("must not fire: a guarantee insurer named", async () => {
    expect(await found(row("한빛보증보험 주식회사"))).toEqual([]);
  });
});

// the trades of a wedding package are work a shop does ("제휴 드레스숍", "패키지 제휴 … 메이크업숍"), a restaurant is
// a business as a 식당 is, and roaming is work a charging operator does: none of them names one
describe("a recipient given as a wedding trade's shop", () => {
  it.each([["제휴 드레스숍"], ["패키지 제휴 드레스숍 및 메이크업숍"], ["협력 레스토랑"], ["로밍 제휴 충전사업자"]])(
    "must fire: %s",
    async (recipient) => {
      expect(await found(givenTo(recipient))).toEqual([[5, "recipientKind"]]);
    },
  );
  it("must not fire: the shop named", async () => {
    expect(await found(givenTo("한빛드레스 주식회사"))).toEqual([]);
  });
});

// fields numbered in an outline ("6.2.1 제공받는 자: …") end where a paragraph numbered one level up follows: a
// statute that paragraph cites is not the recipient's basis
describe("a recipient's outline-numbered fields, then the next paragraph", () => {
  const fields = (...last: string[]) => [
    "초록별 피아노교습소 개인정보 처리방침",
    "",
    "6. 개인정보의 제3자 제공",
    "6.1 교습소는 다음과 같이 개인정보를 제공합니다.",
    "6.2.1 제공받는 자: 한빛악기 주식회사",
    "6.2.2 제공 목적: 악기 대여",
    "6.2.3 제공 항목: 수강생 성명, 연락처",
    ...last,
    "6.3 수사기관이 법률에 근거하여 요청하는 경우에는 관련 법령에 따라 제공할 수 있습니다.",
  ];
  it("must fire on the missing period", async () => {
    expect(await found(fields())).toEqual([[5, "recipientDetailsMissing"]]);
  });
  it("must not fire: the period is the last field", async () => {
    expect(await found(fields("6.2.4 보유 기간: 대여 종료 후 1년"))).toEqual([]);
  });
});

// the statute's exceptions above the recipients ("법률의 특별한 규정 등 제17조 및 제18조에 해당하는 경우에만 제공합니다")
// are no statutory basis of the provisions listed under them: each listed recipient still needs its period
describe("recipients listed under the statute's exceptions", () => {
  const section = (...second: string[]) => [
    "밝은눈 안경원 개인정보 처리방침",
    "",
    "5. 개인정보의 제3자 제공",
    "안경원은 정보주체의 동의, 법률의 특별한 규정 등 「개인정보 보호법」 제17조 및 제18조에 해당하는 경우에만 개인정보를 제공합니다.",
    " 가. 누리렌즈 주식회사",
    "   - 제공 목적: 렌즈 불량 교환",
    "   - 제공 항목: 이름, 휴대전화번호, 구매 제품",
    ...second,
  ];
  it("must fire at the recipient that gives no period, another's period beside it", async () => {
    const text = section(
      " 나. 한결광학 주식회사",
      "   - 제공 목적: 보증서 발급",
      "   - 제공 항목: 이름, 렌즈 도수",
      "   - 보유 및 이용 기간: 구매일로부터 2년",
    );
    const findings = await findingsOf("third-party-provision", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "recipientDetailsMissing"]]);
    expect(findings[0].message).toContain("누리렌즈 주식회사");
  });
  it("must not fire where each recipient gives its period", async () => {
    const text = section("   - 보유 및 이용 기간: 교환 완료 후 1년");
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });
});

// recipients set as items of a list with any of the glyphs a word processor offers ("◦", "▪"), each over its details
describe("recipients listed after a hollow bullet", () => {
  it.each(["◦", "▪"])("names them after '%s'", async (glyph) => {
    const text = [
      "나눔본부 개인정보 처리방침",
      "",
      "5. 개인정보의 제3자 제공",
      "본부는 다음과 같이 개인정보를 제3자에게 제공하고 있습니다.",
      `${glyph} 한마음혈액원`,
      " - 제공 목적: 헌혈 예약 확인",
      " - 제공 항목: 성명, 생년월일",
      " - 보유 및 이용기간: 예약일로부터 1년",
    ];
    expect(await findingsOf("third-party-provision", text)).toEqual([]);
  });
});
