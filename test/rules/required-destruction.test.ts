import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";

// The method of destruction is any way of making the data unrecoverable, said in the statute's words (삭제,
// 파쇄, 소각) or in everyday ones (세단기, 잘게 찢다, 덮어쓰다, 초기화, 되살릴 수 없게; a bare 지우다 is not one); a user's action on an account
// ("계정을 삭제하면", "삭제를 요청하면") is no method, wherever it stands, and neither is a deletion told only by
// its time or trigger ("즉시 삭제", "지체 없이 삭제", "탈퇴 후 삭제"): that is when, not how.
const opening = ["한빛 공부방 개인정보 처리방침", "", "1. 처리 목적", "수강 신청 접수와 학부모 연락을 위해 처리합니다."];
const procedure = "수강이 끝난 뒤 1년이 지나면 원장이 파기 대상을 골라 확인한 뒤 파기합니다.";

describe("required-destruction", () => {
  describe("does not fire", () => {
    it.each([
      ["컴퓨터에 있는 명단은 다시 살려 낼 수 없게 지웁니다."],
      ["출력한 출석부는 문서 세단기에 넣어 없앱니다."],
      ["종이 신청서는 잘게 찢어 버립니다."],
      ["저장 장치는 남은 내용을 덮어쓴 다음 초기화합니다."],
      ["하드디스크는 물리적으로 파괴합니다."],
      ["파일은 되살릴 수 없는 방식으로 없앱니다."],
    ])("reads '%s' as the method", async (method) => {
      const text = [...opening, "2. 다 쓴 정보를 없애는 방법", procedure, method];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });

    it.each([
      ["학원은 학부모 정보를 따로 보관하지 않으므로 파기할 정보가 없습니다."],
      ["이 앱은 입력한 데이터를 서버에 저장하지 않아 따로 파기할 것이 없습니다."],
      ["보관하고 있는 개인정보가 없으므로 파기 대상이 존재하지 않습니다."],
    ])("a section saying no data is kept, so none is destroyed ('%s'), has nothing to give", async (nothing) => {
      const text = [...opening, "2. 개인정보의 파기", nothing];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });

    it.each([
      ["컴퓨터의 명단 파일은 삭제하고, 출력한 명단은 파쇄합니다."],
      ["전산에 저장된 자료는 삭제하며 종이 서류는 태워 없앱니다."],
      ["파일은 영구적으로 삭제합니다."],
      ["데이터베이스에서 완전히 삭제합니다."],
      ["저장 장치의 자료는 다시 읽을 수 없도록 삭제합니다."],
    ])("a deletion that says what is deleted or how ('%s') is the method", async (method) => {
      const text = [...opening, "2. 개인정보의 파기", procedure, method];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });

    // a public body's records are destroyed after appraisal or a committee's review (공공기록물 관리법 제27조):
    // that step decides the destruction, as a manager's approval does, so it is the procedure
    it.each([
      ["보존 연한이 다 된 서류는 문서관리위원회의 심의를 거친 뒤 폐기합니다."],
      ["보존 연한이 다 된 파일은 담당 부서의 평가를 받아 파기합니다."],
      ["연한이 찬 기록은 폐기 심의(가치 평가)를 거쳐 없앱니다."],
      ["연한이 다 찬 문서는 위원회의 심의·의결을 통해 폐기합니다."],
      ["연한이 찬 서류는 운영위원회 의결을 거쳐 폐기합니다."],
      ["연한이 찬 명부는 관리위원회가 심의하여 폐기합니다."],
      ["연한이 찬 서류철은 폐기심의위원회의 심의 결과에 따라 폐기합니다."],
      ["연한이 찬 명부는 가치 평가에 따라 파기합니다."],
    ])("a review or appraisal that decides destruction ('%s') is the procedure", async (step) => {
      const text = [...opening, "2. 개인정보의 파기", step, "전자 파일은 복구할 수 없게 지우고, 종이는 세단기로 분쇄합니다."];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });

    it("a way of deleting given in the retention section beside its time still counts", async () => {
      const text = [
        ...opening,
        "2. 보유 기간",
        "수강이 끝나고 1년이 지나면 지체 없이 파기하되, 파일은 다시 열어 볼 수 없게 완전히 삭제합니다.",
        "3. 개인정보의 파기",
        procedure,
      ];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });

    it("a method given in the retention section still counts for a destruction section with the procedure only", async () => {
      const text = [
        ...opening,
        "2. 보유 기간",
        "수강이 끝나고 1년이 지나면 지체 없이 파기하며, 파일은 복구할 수 없도록 영구 삭제합니다.",
        "3. 개인정보의 파기",
        procedure,
      ];
      expect(await linesOf("required-destruction", text)).toEqual([]);
    });
  });

  describe("fires", () => {
    it.each([
      ["학부모가 앱에서 계정을 삭제하면 즉시 파기합니다."],
      ["학부모가 삭제를 요청하면 즉시 파기합니다."],
      ["탈퇴·삭제 시 지체 없이 파기합니다."],
      ["자녀 정보를 지워 달라고 하시면 즉시 파기합니다."],
    ])("a user's action on the account ('%s') is not the method", async (action) => {
      const text = [...opening, "2. 보유 기간", action, "", "3. 개인정보의 파기", procedure];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[8, "partMissing"]]);
    });

    it.each([
      ["수강을 그만두면 정보를 바로 삭제합니다."],
      ["정정 요청을 받으면 곧바로 삭제해 드립니다."],
      ["1년이 지나면 지체 없이 삭제합니다."],
      ["학부모가 요청하면 7일 이내에 삭제합니다."],
      ["수강 종료 후 출결 기록을 삭제합니다."],
      ["상담 메모는 요청하는 즉시 삭제(파기)합니다."],
    ])("a deletion with only its time or trigger ('%s') elsewhere is no method", async (timing) => {
      const text = [...opening, "2. 보유 기간", "수강이 끝나면 지체 없이 파기합니다.", timing, "", "3. 개인정보의 파기", procedure];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "partMissing"]]);
    });

    it("a deletion with only its time, inside the destruction section, is no method", async () => {
      const text = [...opening, "2. 개인정보의 파기", "수강이 끝나면 원장의 확인을 거쳐 즉시 삭제합니다."];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
    });

    it.each([
      ["별도의 파기 절차는 없으며 필요할 때 지웁니다."],
      ["기간이 끝난 정보는 더 이상 보관하지 않고 원장의 확인을 거쳐 파기합니다."],
    ])("only one half of 'nothing kept, nothing to destroy' ('%s') is no reason to give no method", async (half) => {
      const text = [...opening, "2. 개인정보의 파기", half];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toHaveLength(1);
    });

    it("a bare '지웁니다', with nothing that makes the data unrecoverable, is no method", async () => {
      const text = [...opening, "2. 다 쓴 정보를 없애는 방법", "기간이 끝난 정보는 담당자가 대상을 골라 보고한 뒤 지웁니다."];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
    });

    it.each([
      ["강의 평가 설문지는 세단기로 분쇄하고, 파일은 복구할 수 없게 영구 삭제합니다."],
      ["평가 결과 자료와 출석부는 분쇄합니다. 전자 파일은 복구할 수 없게 영구 삭제합니다."],
      ["심의 자료는 소각하고 전자 파일은 영구 삭제합니다."],
      ["수강생이 남긴 강의 평가에 따라 교재를 고치고, 설문지는 소각하며 파일은 영구 삭제합니다."],
    ])("a review or appraisal that decides nothing about destruction ('%s') is no procedure", async (method) => {
      const text = [...opening, "2. 개인정보의 파기", method];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
    });

    it("a procedure with no way of destroying the data is told the method is missing", async () => {
      const text = [...opening, "2. 다 쓴 정보를 없애는 방법", procedure];
      const findings = await findingsOf("required-destruction", text);
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
    });
  });
});

// a policy set as one table, a row per item: the row's header is the section's title, and its words ("파기 절차 및
// 방법") are no method of destruction
describe("required-destruction in a table whose row headers are the sections", () => {
  const page = (body: string) =>
    [
      "<html><body><h1>별내 평생학습관 개인정보 처리방침</h1>",
      "<table>",
      "<tr>",
      '<th scope="row">1. 개인정보의 처리 목적</th>',
      "<td>강좌 수강 신청 접수와 수료증 발급에 씁니다.</td>",
      "</tr>",
      "<tr>",
      '<th scope="row">2. 개인정보의 파기 절차 및 방법</th>', // 8
      `<td>수강 기록은 보유 기간이 끝나면 학습관 담당자가 파기 대상을 확인하고 지체 없이 파기합니다.<br>${body}</td>`,
      "</tr>",
      "</table></body></html>",
    ].join("\n");

  it("reports the method missing at the row's header when the cell gives none", async () => {
    expect(await linesOf("required-destruction", page("보존이 필요한 기록은 따로 옮겨 둡니다."), "html")).toEqual([8]);
  });

  it("accepts the cell's method", async () => {
    expect(
      await linesOf("required-destruction", page("전자 파일은 복구할 수 없게 영구 삭제하고, 종이 신청서는 파쇄합니다."), "html"),
    ).toEqual([]);
  });
});

// a chapter on two items ("Ⅱ. 보유 기간과 파기") with a sub-section for each: the destruction sub-section's title names
// the method, it gives none, and the finding points at that sub-section
describe("required-destruction under a chapter shared with retention", () => {
  const chapter = (...destruction: string[]) => [
    ...opening,
    "",
    "Ⅱ. 개인정보의 보유 기간과 파기",
    "",
    " 1. 보유 기간",
    "  수강 신청서: 수강 종료 후 1년",
    "",
    " 2. 파기 절차 및 방법",
    ...destruction,
  ];

  it("reports the method missing when the sub-section gives only the procedure", async () => {
    const findings = await findingsOf("required-destruction", chapter(`  ${procedure}`));
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[11, "partMissing"]]);
  });

  it("does not fire when the sub-section gives the method too", async () => {
    expect(await linesOf("required-destruction", chapter(`  ${procedure}`, "  종이 신청서는 세단기로 잘게 자릅니다."))).toEqual([]);
  });

  it("keeps a one-line item of the section as content", async () => {
    const text = [
      ...opening,
      "",
      "2. 파기 절차 및 방법",
      `${procedure}`,
      "1. 종이 신청서는 세단기로 잘게 자릅니다.",
      "2. 전자 파일은 영구 삭제합니다.",
    ];
    expect(await linesOf("required-destruction", text)).toEqual([]);
  });
});

// when the data goes, said in everyday words: "바로 지웁니다", "탈퇴하면 … 지웁니다" give the time of destruction,
// which is the procedure's part the statute asks first; the method is still weighed on its own
describe("required-destruction: the time of destruction in everyday words", () => {
  const section = (...body: string[]) => [...opening, "2. 다 쓴 정보는 언제 없애나요?", ...body];
  const method = "종이 신청서는 세단기에 넣고, 파일은 되살릴 수 없게 지웁니다.";
  it.each([
    ["그만두시면 신청서와 파일을 바로 지웁니다."],
    ["회원이 탈퇴하면 남은 연락처를 모두 지웁니다."],
    ["동의를 철회한 뒤에는 상담 기록을 파기합니다."],
  ])("reads '%s' as the procedure", async (timing) => {
    expect(await linesOf("required-destruction", section(timing, method))).toEqual([]);
  });
  it.each([["바로가기 메뉴의 파일은 되살릴 수 없게 지웁니다."], ["탈퇴 신청서는 세단기에 넣어 없앱니다."]])(
    "does not read '%s' as the procedure",
    async (sentence) => {
      const findings = await findingsOf("required-destruction", section(sentence));
      expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
      expect(findings[0].message).toContain("파기 절차");
    },
  );
});

// destruction told in the retention section with a deadline in days ("5일 이내에 파기합니다"), its selection,
// approval and method beside it: disclosed, with no section of its own
describe("required-destruction: a deadline in days inside the retention section", () => {
  it("must not fire", async () => {
    const text = [
      ...opening,
      "2. 개인정보의 처리 및 보유 기간",
      "보유 기간이 끝난 정보는 5일 이내에 파기합니다. 파기 대상은 원장이 골라 확인하며, 파일은 복구할 수 없게 지우고 종이는 파쇄합니다.",
    ];
    expect(await findingsOf("required-destruction", text)).toEqual([]);
  });
});

// a narrower record's section that names destruction ("채용서류의 반환 및 파기") comes before the item's own: a finding
// about the item points at the section about personal data, where the reader looks for it
describe("required-destruction: the finding points at the section about personal data", () => {
  it("fires at the item's own section, not at a narrower record's before it", async () => {
    const text = [
      ...opening,
      "2. 제출 서류의 반환 및 파기",
      "수강을 취소한 분은 14일 안에 제출 서류를 돌려받을 수 있으며, 그 뒤에는 서류를 파기합니다.",
      "3. 개인정보의 파기",
      "보유 기간이 지난 개인정보는 지체 없이 파기합니다.",
    ];
    const findings = await findingsOf("required-destruction", text);
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[7, "partMissing"]]);
  });

  it("keeps the first section when none names personal data", async () => {
    const text = [
      ...opening,
      "2. 제출 서류의 반환 및 파기",
      "수강을 취소한 분은 14일 안에 제출 서류를 돌려받을 수 있으며, 그 뒤에는 서류를 파기합니다.",
      "3. 파기",
      "보유 기간이 지난 정보는 지체 없이 파기합니다.",
    ];
    const findings = await findingsOf("required-destruction", text);
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "partMissing"]]);
  });
});

// destruction told without a section of its own: in numbered items under a heading the outline does not read as a
// title, or in the retention section by when and how it is done ("파기 시점이 된 파일은 …")
describe("required-destruction: told in list items or in the retention section", () => {
  it("reads numbered items after the line that names it", async () => {
    const text = [
      ...opening,
      "■ 다 쓴 정보는 이렇게 처리합니다",
      "  1) 보관 기간이 끝난 개인정보는 5일 이내에 파기합니다.",
      "  2) 법령에 따라 남기는 정보는 따로 보관합니다.",
      "  3) 파일은 되살릴 수 없게 지우고, 종이 신청서는 파쇄합니다.",
    ];
    expect(await findingsOf("required-destruction", text)).toEqual([]);
  });

  it("reads a passage in the retention section that says when and how", async () => {
    const text = [
      ...opening,
      "2. 얼마나 오래 보관하나요?",
      "회원 탈퇴 후 30일간 보관합니다.",
      "파기 시점이 된 파일은 되살릴 수 없게 지우고, 출력물은 파쇄합니다.",
      "파기는 원장의 승인을 받아 매월 한 번 진행합니다.",
    ];
    expect(await findingsOf("required-destruction", text)).toEqual([]);
  });

  it("still fires when the items give no method", async () => {
    const text = [
      ...opening,
      "■ 다 쓴 정보는 이렇게 처리합니다",
      "  1) 보관 기간이 끝난 개인정보는 5일 이내에 파기합니다.",
      "  2) 법령에 따라 남기는 정보는 따로 보관합니다.",
    ];
    expect((await findingsOf("required-destruction", text)).map((finding) => finding.messageId)).not.toEqual([]);
  });
});
