import { describe, expect, it } from "vitest";
import { recordEndings } from "../../rules/retention-statute.js";
import { findingsOf, linesOf, readSeed } from "../helpers.js";
import { lintText } from "../../src/pipeline/lint.js";

const policy = (...section: string[]) => ["온누리몰 개인정보 처리방침", "", "3. 보유 및 이용 기간", ...section];

describe("retention-statute", () => {
  describe("fires", () => {
    it("when a record is kept for less than the statute requires, at the period", async () => {
      const findings = await findingsOf("retention-statute", policy("- 소비자의 불만 또는 분쟁처리에 관한 기록 : 1년 (전자상거래법)"));
      expect(findings.map((f) => [f.line, f.column, f.endColumn, f.severity, f.messageId])).toEqual([[4, 28, 30, "error", "tooShort"]]);
      expect(findings[0].message).toContain("3년");
    });

    it("on a period field under a sentence that names a record", async () => {
      const text = policy("회사는 통신비밀보호법에 따라 로그기록자료를 아래와 같이 보관합니다.", "- 보존 기간 : 1개월");
      expect(await linesOf("retention-statute", text)).toEqual([5]);
    });

    it("on each short period when several records share one line", async () => {
      const text = policy(
        "전자상거래법에 따라 표시·광고에 관한 기록 3개월, 계약 또는 청약철회 등에 관한 기록 5년, 대금결제 및 재화 등의 공급에 관한 기록 1년을 보관합니다.",
      );
      const findings = await findingsOf("retention-statute", text);
      expect(findings.map((f) => [f.line, f.messageId, text[3].slice(f.column - 1, f.endColumn - 1)])).toEqual([
        [4, "tooShort", "3개월"],
        [4, "tooShort", "1년"],
      ]);
    });

    it("on a period with no unit, when cells arrive one per line", async () => {
      const text = policy(
        "대상",
        "",
        "근거 법령",
        "",
        "보존 기간",
        "",
        "계약 또는 청약철회 등에 관한 기록",
        "",
        "전자상거래 등에서의 소비자보호에 관한 법률",
        "",
        "5",
        "",
      );
      expect((await findingsOf("retention-statute", text)).map((f) => [f.line, f.messageId])).toEqual([[14, "noUnit"]]);
    });

    it("when a record is put under the wrong statute", async () => {
      const findings = await findingsOf("retention-statute", policy("- 접속 로그 기록 : 3개월 (전자금융거래법)"));
      expect(findings.map((f) => f.messageId)).toEqual([]);
      const wrong = await findingsOf("retention-statute", policy("- 대금결제 및 재화 등의 공급에 관한 기록 : 5년 (통신비밀보호법)"));
      expect(wrong.map((f) => f.messageId)).toEqual(["wrongStatute"]);
    });

    it("as a warning when retention 'under the relevant laws' names nothing", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy("탈퇴 시까지 보유하되, 관련 법령에 따라 보존할 필요가 있는 경우 그 기간 동안 보관합니다."),
      );
      expect(findings.map((f) => [f.line, f.severity, f.messageId])).toEqual([[4, "warning", "vague"]]);
    });

    it("as a warning when a named statute's period is promised but not given", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy("온라인 거래 정보는 전자금융거래법 시행령 제12조(거래기록의 보존기간)에서 정하는 기간까지 보유합니다."),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "statutePeriodMissing"]]);
      expect(findings[0].message).toContain("전자금융거래법 시행령 제12조");
    });

    it("as vague when the only concrete-looking line cites 'OO법 등 관련 법령'", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy("- 이용 기록: 3년 (전자상거래법 등 관련 법령 기준)", "- 건강 정보: 관련 법령에 따라 보존이 필요하면 해당 기간 동안 보관"),
      );
      // (the vague line names its record: the finding says so of it)
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "recordLeftToTheLaw"]]);
    });

    // the record is named without the outline's number before it, all of it ("4.2.3")
    it("naming the record without its outline number", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy("4.2.1 회원 정보: 탈퇴 시까지", "4.2.3 수강료 환불 및 분쟁 처리에 관한 기록: 관계 법령에서 정한 기간 동안 보존"),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "recordLeftToTheLaw"]]);
      expect(findings[0].message).toContain("'수강료 환불 및 분쟁 처리에 관한 기록'");
    });

    it("as vague when a record type is only named, with no period, elsewhere", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy(
          "전자금융거래법 제22조(전자금융거래기록의 생성 및 보존)에 따라 거래 내용을 추적하는 데 씁니다.",
          "온라인 거래 정보는 관련 법령에서 정한 기간 동안 보관합니다.",
        ),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "vague"]]);
    });

    it("as vague at the template's opening when the policy says nothing more", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy(
          "시는 법령에 따른 개인정보 보유·이용기간 또는 동의받은 기간 내에서 처리합니다.",
          "파일별 보유기간은 파일 목록에 공개합니다.",
        ),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "vague"]]);
    });

    it("when the statute is given on a field line below the record, and is the wrong one", async () => {
      const findings = await findingsOf(
        "retention-statute",
        policy("- 계약 또는 청약철회 등에 관한 기록", "  보존 이유 : 통신비밀보호법", "  보존 기간 : 5년"),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "wrongStatute"]]);
    });

    it("when the statutory-basis field names no particular law", async () => {
      const findings = await findingsOf("retention-statute", policy("- 접속 기록", "  보존 근거 : 관련 법령", "  보존 기간 : 3개월"));
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "blankBasis"]]);
    });

    it("when the statutory-basis field is left blank", async () => {
      expect(
        (await findingsOf("retention-statute", policy("- 보유 기간 : 2년", "- 근거 법령 :"))).map((f) => [f.line, f.messageId]),
      ).toEqual([[5, "blankBasis"]]);
    });
  });

  describe("does not fire", () => {
    it("on records with the statutory periods", async () => {
      const text = policy(
        "가. 전자상거래 등에서의 소비자보호에 관한 법률",
        "- 표시/광고에 관한 기록 : 6개월",
        "- 계약 또는 청약철회 등에 관한 기록 : 5년",
        "- 소비자 불만 및 분쟁처리 기록 : 3년",
        "나. 통신비밀보호법",
        "- 웹사이트 방문 기록 : 3개월",
      );
      expect(await linesOf("retention-statute", text)).toEqual([]);
    });

    it("on the list under a sentence that names a record: each item is a record of its own, not the sentence's cell", async () => {
      const text = policy("회사는 통신비밀보호법에 따라 통신사실확인자료를 보관합니다.", "- 상담 기록: 1개월", "- 경품 응모 내역 : 6개월");
      expect(await linesOf("retention-statute", text)).toEqual([]);
    });

    it("on periods longer than the minimum", async () => {
      expect(await linesOf("retention-statute", policy("- 계약 또는 청약철회 등에 관한 기록 : 10년 (전자상거래법)"))).toEqual([]);
    });

    it("on a purpose that merely mentions disputes, with its own internal period", async () => {
      expect(await linesOf("retention-statute", policy("분쟁 해결을 위해 탈퇴 후 30일간 보관한 뒤 삭제합니다."))).toEqual([]);
    });

    it("on access logs kept under internal policy when the statute is not cited", async () => {
      expect(await linesOf("retention-statute", policy("- 접속 기록 : 30일 (내부 방침)"))).toEqual([]);
    });

    it("on small electronic-finance records kept for the 1 year the decree sets for them", async () => {
      const text = policy(
        "② 전자금융거래법",
        "- 건당 거래금액 1만원 이하의 전자금융거래에 관한 기록 : 1년",
        "- 전자금융거래에 관한 기록 : 5년",
      );
      expect(await linesOf("retention-statute", text)).toEqual([]);
    });

    it("on a 위치정보법 record kept for its 6 months, beside a vague line", async () => {
      const text = policy(
        "관련 법령에 따라 보존할 필요가 있는 경우 해당 기간 동안 보관합니다.",
        "- 위치정보 이용·제공사실 확인자료 : 6개월 (위치정보의 보호 및 이용 등에 관한 법률)",
      );
      expect(await linesOf("retention-statute", text)).toEqual([]);
    });

    it("on dates and article numbers, which are not periods", async () => {
      const text = policy("- 계약 또는 청약철회 등에 관한 기록 : 전자상거래법 제6조에 따라 2024년 3월 1일부터 5년");
      expect(await linesOf("retention-statute", text)).toEqual([]);
    });
  });

  describe("each list item on its own", () => {
    const ecommerceLaw = "「전자상거래 등에서의 소비자보호에 관한 법률」";

    it("does not lend the next item's statute to a record whose basis points back ('같은 조')", async () => {
      const text = policy(
        `- 대금결제 및 재화 등의 공급에 관한 기록: 5년(${ecommerceLaw} 시행령 제6조제1항제3호)`,
        "- 소비자 불만 또는 분쟁처리에 관한 기록: 3년(같은 조 제1항제4호)",
        "- 세금계산서 및 거래 증빙: 5년(「국세기본법」 제85조의3)",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it.each(["같은 법 시행령 제6조", "동법 시행령 제6조", "같은 시행령 제6조", "동 시행령 같은 조"])(
      "reads '%s' as the statute of the item above",
      async (basis) => {
        const text = policy(
          `- 계약 또는 청약철회 등에 관한 기록: 5년(${ecommerceLaw} 시행령 제6조)`,
          `- 표시·광고에 관한 기록: 6개월(${basis})`,
          `- 소비자 불만 또는 분쟁처리에 관한 기록: 3년(${basis})`,
          "- 웹사이트 방문 기록: 3개월(「통신비밀보호법 시행령」 제41조)",
        );
        expect(await findingsOf("retention-statute", text)).toEqual([]);
      },
    );

    it("does not give a record with no basis the next item's statute", async () => {
      const text = policy("- 소비자 불만 또는 분쟁처리에 관한 기록: 3년", "- 세금계산서 및 거래 증빙: 5년(「국세기본법」 제85조의3)");
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("still reads the fields listed under a record as its cells, marked or not", async () => {
      const flat = policy("- 계약 또는 청약철회 등에 관한 기록", "- 보존 근거: 통신비밀보호법", "- 보존 기간: 5년");
      expect((await findingsOf("retention-statute", flat)).map((f) => [f.line, f.messageId])).toEqual([[5, "wrongStatute"]]);
    });

    it("fires when the statute the basis points back to is not the record's", async () => {
      const text = policy(
        "- 세금계산서 관련 서류: 5년(「국세기본법」 제85조의3)",
        "- 소비자 불만 또는 분쟁처리에 관한 기록: 3년(같은 법 시행령 제6조)",
      );
      expect((await findingsOf("retention-statute", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "wrongStatute"]]);
    });

    it("fires on a period pointing back that is too short, on its own line", async () => {
      const text = policy(
        `- 계약 또는 청약철회 등에 관한 기록: 5년(${ecommerceLaw} 시행령 제6조)`,
        "- 소비자 불만 또는 분쟁처리에 관한 기록: 1년(같은 조)",
        "- 세금계산서 및 거래 증빙: 5년(「국세기본법」 제85조의3)",
      );
      expect((await findingsOf("retention-statute", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "tooShort"]]);
    });

    it("takes 'tax invoices and other transaction evidence' for the tax records", async () => {
      const short = policy("- 세금계산서 등 거래 증빙: 3년(「국세기본법」 제85조의3)");
      expect((await findingsOf("retention-statute", short)).map((f) => [f.line, f.messageId])).toEqual([[4, "tooShort"]]);
      expect(await findingsOf("retention-statute", policy("- 세금계산서 등 거래 증빙: 5년(「부가가치세법」)"))).toEqual([]);
    });
  });

  describe("a qualifier that picks a sub-category with its own period (전자금융거래법 시행령 제12조제1항)", () => {
    const bank = (...section: string[]) => ["한결저축은행 개인정보 처리방침", "", "3. 개인정보의 보유 기간", ...section];
    const tooShort = async (lines: string[]) =>
      (await findingsOf("retention-statute", lines)).map((f) => [f.line, f.messageId, f.message.includes("5년") ? "5년" : "1년"]);

    it.each([
      ["the amount in brackets after the record", "- 전자금융거래 기록(1건당 1만 원 이하): 1년 (전자금융거래법 시행령 제12조)"],
      ["the amount in brackets, the 호 cited as well", "- 전자금융거래 기록(건당 1만원 이하): 전자금융거래법 시행령 제12조제1항제2호, 1년"],
      ["the 호 cited alone", "- 전자금융거래 기록: 1년(「전자금융거래법 시행령」 제12조 제1항 제2호)"],
      ["10,000원 written in figures", "- 전자금융거래에 관한 기록 (거래금액 10,000원 이하): 1년, 전자금융거래법"],
      ["a table row", "전자금융거래 기록(건당 1만원 이하)   전자금융거래법 시행령 제12조   1년"],
    ])("does not fire on 1 year for the records of 1만원 이하: %s", async (_, line) => {
      expect(await findingsOf("retention-statute", bank(line))).toEqual([]);
    });

    it("fires on 1 year for the records over 1만원, and names 5 years", async () => {
      const text = bank(
        "- 전자금융거래 기록(건당 1만원 초과): 전자금융거래법 시행령 제12조, 1년",
        "- 전자금융거래 기록(건당 1만원 이하): 전자금융거래법 시행령 제12조, 1년",
      );
      expect(await tooShort(text)).toEqual([[4, "tooShort", "5년"]]);
    });

    it("fires on less than 1 year for the records of 1만원 이하, and names 1 year", async () => {
      expect(await tooShort(bank("- 전자금융거래 기록(건당 1만원 이하): 전자금융거래법 시행령 제12조, 6개월"))).toEqual([
        [4, "tooShort", "1년"],
      ]);
      expect(await tooShort(bank("- 전자금융거래 기록: 전자금융거래법 시행령 제12조제1항제2호, 3개월"))).toEqual([[4, "tooShort", "1년"]]);
    });

    it("fires on 1 year where the 호 cited is the 5-year one", async () => {
      expect(await tooShort(bank("- 전자금융거래 기록: 1년(전자금융거래법 시행령 제12조제1항제1호)"))).toEqual([[4, "tooShort", "5년"]]);
    });

    it.each([
      ["an amount the table does not split at", "- 전자금융거래 기록(건당 5만원 이하): 전자금융거래법 시행령 제12조, 1년"],
      ["a qualifier and a 호 that disagree", "- 전자금융거래 기록(건당 1만원 초과): 전자금융거래법 시행령 제12조제1항제2호, 1년"],
      ["a qualifier that excludes", "- 전자금융거래 기록(1만원 초과 거래 제외): 1년(전자금융거래법)"],
      ["both sub-categories on one line", "- 전자금융거래 기록: 1년, 단 건당 1만원 초과 거래는 5년(전자금융거래법 시행령 제12조)"],
      ["the 전자금융보조업자's 항", "- 전자금융거래 기록: 3년(전자금융거래법 시행령 제12조제2항)"],
    ])("does not fire where it cannot tell which sub-category applies: %s", async (_, line) => {
      expect(await findingsOf("retention-statute", bank(line))).toEqual([]);
    });

    it("still fires on a short period for the records named with no qualifier", async () => {
      expect(await tooShort(bank("- 전자금융거래에 관한 기록: 1년(전자금융거래법 시행령 제12조)"))).toEqual([[4, "tooShort", "5년"]]);
    });
  });

  describe("통신비밀보호법's 12-month records and 위치정보법's 확인자료", () => {
    const telecom = (...section: string[]) => ["바다모바일 개인정보 처리방침", "", "3. 개인정보의 보유 기간", ...section];
    const shortOf = async (lines: string[]) =>
      (await findingsOf("retention-statute", lines)).map((f) => [f.line, f.messageId, /법정 기간 (\S+?)보다/.exec(f.message)?.[1]]);

    it("fires on each record kept for less than its own period", async () => {
      const text = telecom(
        "회사는 다음 자료를 법령이 정한 기간 동안 보관합니다.",
        "- 가입자의 전기통신일시, 개시·종료시간, 상대방 가입자번호, 사용도수, 발신기지국의 위치추적자료: 통신비밀보호법 시행령 제41조, 6개월",
        "- 위치정보 이용·제공사실 확인자료: 「위치정보의 보호 및 이용 등에 관한 법률」 제16조제2항, 3개월",
        "- 로그기록자료, 접속지의 추적자료: 통신비밀보호법 시행령 제41조, 1개월",
      );
      expect(await shortOf(text)).toEqual([
        [5, "tooShort", "12개월"],
        [6, "tooShort", "6개월"],
        [7, "tooShort", "3개월"],
      ]);
    });

    it("fires on a row of a table whose record cell lists the 12-month items", async () => {
      const text = telecom(
        "보존 자료 | 근거 | 보존 기간",
        "발신기지국 위치추적자료, 상대방의 가입자번호 | 통신비밀보호법 제15조의2 | 3개월",
        "접속지 추적자료 | 통신비밀보호법 시행령 제41조 | 3개월",
      );
      expect(await shortOf(text)).toEqual([[5, "tooShort", "12개월"]]);
    });

    it("fires when the items stand in brackets after 통신사실확인자료 and the period after them", async () => {
      const text = telecom("- 통신사실확인자료(가입자 전기통신일시, 상대방 가입자번호, 사용도수) : 6개월 (통신비밀보호법)");
      expect(await shortOf(text)).toEqual([[4, "tooShort", "12개월"]]);
    });

    it("does not fire on the statutory periods or longer ones", async () => {
      const text = telecom(
        "- 가입자 전기통신일시, 상대방 가입자번호, 발신기지국 위치추적자료: 12개월 (통신비밀보호법 시행령 제41조)",
        "- 사용도수: 1년 (통신비밀보호법)",
        "- 위치정보 수집·이용·제공사실 확인자료: 6개월 이상 (위치정보법 제16조제2항)",
        "- 개인위치정보 이용·제공사실 확인자료: 1년 (위치정보의 보호 및 이용 등에 관한 법률)",
        "- 로그기록자료, 접속지 추적자료: 3개월 (통신비밀보호법 시행령 제41조)",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("does not give items in brackets after a period the next period ('12개월(…), 3개월(…)')", async () => {
      const text = telecom(
        "- 통신사실확인자료: 12개월(가입자 전기통신일시, 상대방 가입자번호), 3개월(로그기록자료, 접속지 추적자료) — 통신비밀보호법 시행령 제41조",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("does not take a record that shares a word for the statutory one", async () => {
      const text = telecom(
        "회사는 통신비밀보호법 시행령 제41조에 따라 통신사실확인자료를 보관합니다.",
        "- 가입자 정보(이름, 휴대전화번호): 이용계약 해지 후 6개월",
        "- 상대방 정보 변경 이력: 3개월",
        "- 개인위치정보: 이용 목적을 달성하면 1개월 안에 파기 (위치정보법)",
        "- 위치정보 이용 기록: 1개월",
        "- 차량 위치추적자료: 1개월",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("does not apply the 12-month records where 통신비밀보호법 is not cited beside them", async () => {
      expect(await findingsOf("retention-statute", telecom("- 상대방 가입자번호: 3개월 (분쟁 대응을 위한 내부 방침)"))).toEqual([]);
    });
  });

  describe("medical records (의료법 시행규칙 제15조제1항)", () => {
    const clinic = (...section: string[]) => ["맑은숲 정형외과의원 개인정보 처리방침", "", "3. 개인정보의 보유 기간", ...section];

    it("fires when a record is kept for less than the rule sets, at the period", async () => {
      const findings = await findingsOf("retention-statute", clinic("- 진료기록부: 5년(「의료법 시행규칙」 제15조제1항)"));
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "tooShort"]]);
      expect(findings[0].message).toContain("10년");
    });

    it("fires on short rows of a table, and of a table flattened one cell per line", async () => {
      const table = clinic("기록 | 근거 | 보존 기간", "수술기록 | 의료법 시행규칙 제15조 | 3년", "처방전 | 의료법 시행규칙 제15조 | 2년");
      expect((await findingsOf("retention-statute", table)).map((f) => [f.line, f.messageId])).toEqual([[5, "tooShort"]]);
      const flattened = clinic("기록의 종류", "", "근거 법령", "", "보존 기간", "", "간호기록부", "", "의료법 시행규칙", "", "3년", "");
      expect((await findingsOf("retention-statute", flattened)).map((f) => [f.line, f.messageId])).toEqual([[14, "tooShort"]]);
    });

    it("does not fire on the periods the rule sets, or longer ones", async () => {
      const text = clinic(
        "의원은 「의료법 시행규칙」 제15조에 따라 다음 기록을 보존합니다.",
        "- 환자 명부: 5년",
        "- 진료기록부: 10년",
        "- 처방전: 3년",
        "- 수술기록: 10년",
        "- 검사내용 및 검사소견기록: 5년",
        "- 방사선 사진(영상물 포함) 및 그 소견서: 5년",
        "- 간호기록부: 5년",
        "- 조산기록부: 5년",
        "- 진단서 등의 부본: 3년",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("does not take the days a copy is issued in, or a prescription is valid for, for a retention period", async () => {
      const text = clinic(
        "- 진료기록부: 10년(의료법 시행규칙 제15조)",
        "진료기록부 사본은 「의료법」 제21조에 따라 신청하신 날부터 7일 이내에 발급합니다.",
        "처방전은 의료법에 따라 발행일부터 3일 동안 유효합니다.",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("does not apply the rule where the policy never cites 의료법 (a veterinary clinic)", async () => {
      const text = clinic("- 처방전: 1년(「수의사법 시행규칙」)", "- 진료부: 1년(「수의사법 시행규칙」)");
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });
  });

  describe("two statutes on one line: each governs the records of its own clause", () => {
    const clinic = (...section: string[]) => ["햇살한의원 개인정보 처리방침", "", "4. 보유 기간", ...section];

    it.each([
      [
        "run-in ① ② items",
        "① 「의료법 시행규칙」 제15조에 따라 처방전은 2년, 진단서 등의 부본은 3년 동안 보관합니다. ② 약제비 영수증은 「소득세법」에 따라 5년 동안 보관합니다.",
      ],
      [
        "run-in (1) (2) items",
        "(1) 의료법 시행규칙에 따라 환자 명부 5년, 진단서 등의 부본 3년 (2) 국세기본법에 따라 세금계산서 관련 서류 5년",
      ],
      [
        "two clauses joined by '…하고,'",
        "「의료법 시행규칙」에 따라 진단서 등의 부본은 3년 보관하고, 「국세기본법」에 따라 거래에 관한 장부는 5년 보관합니다.",
      ],
      [
        "two clauses joined by '…하며'",
        "진단서 등의 부본은 「의료법 시행규칙」에 따라 3년 보관하며 「부가가치세법」에 따라 세금계산서 관련 자료는 5년 보관합니다.",
      ],
      ["two sentences", "의료법 시행규칙에 따라 진단서 등의 부본은 3년 보관합니다. 국세기본법에 따라 장부 및 증빙서류는 5년 보관합니다."],
      [
        "a statute that introduces the next record, within one clause",
        "「의료법 시행규칙」에 따라 진단서 등의 부본 3년, 「국세기본법」에 따라 세금계산서 관련 서류 5년을 보관합니다.",
      ],
    ])("does not put a record under the next clause's statute: %s", async (_, line) => {
      expect(await findingsOf("retention-statute", clinic(line))).toEqual([]);
    });

    it("does so in an online shop's prose too", async () => {
      const text = policy(
        "「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 대금결제 및 재화 등의 공급에 관한 기록은 5년간 보관하고, 「통신비밀보호법」에 따라 웹사이트 방문 기록은 3개월간 보관합니다.",
      );
      expect(await findingsOf("retention-statute", text)).toEqual([]);
    });

    it("still fires when the statute that introduces a record is not its own", async () => {
      const text = policy(
        "「국세기본법」에 따라 소비자의 불만 또는 분쟁처리에 관한 기록은 3년간 보관하고, 「통신비밀보호법」에 따라 웹사이트 방문 기록은 3개월간 보관합니다.",
      );
      const findings = await findingsOf("retention-statute", text);
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "wrongStatute"]]);
      expect(findings[0].message).toContain("국세기본법");
    });

    it("still fires on a short period in the second clause", async () => {
      const text = clinic(
        "① 「국세기본법」에 따라 세금계산서 관련 서류는 5년 보관합니다. ② 「의료법 시행규칙」에 따라 진단서 등의 부본은 1년 보관합니다.",
      );
      expect((await findingsOf("retention-statute", text)).map((f) => [f.line, f.messageId])).toEqual([[4, "tooShort"]]);
    });
  });

  describe("seeds", () => {
    it.each([
      ["000_db5f55dfc5c8a39a.txt", [17]],
      ["001_186b834dc1e90dc3.txt", [174, 178, 182]],
      ["002_f560904eedbd5243.txt", [33]],
      ["003_56b8b555a71aed3b.txt", []],
      ["004_d6aa57df349846ed.txt", []],
    ])("%s", async (seed, lines) => {
      expect(await linesOf("retention-statute", readSeed(seed))).toEqual(lines);
    });
  });
});

describe("pharmacy records (약사법 제29조·제30조)", () => {
  const pharmacy = (...section: string[]) => ["늘봄약국 개인정보 처리방침", "", "5. 개인정보의 보존 기간", ...section];

  it("fires when a dispensed prescription or the dispensing register is kept for less, citing 약사법", async () => {
    const findings = await findingsOf(
      "retention-statute",
      pharmacy("- 조제한 처방전: 18개월(약사법 제29조)", "- 조제기록부: 3년(약사법 제30조)"),
    );
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([
      [4, "tooShort"],
      [5, "tooShort"],
    ]);
    expect(findings[0].message).toContain("약사법 제29조");
    expect(findings[1].message).toContain("5년");
  });

  it("fires on a table row whose basis cell names 약사법", async () => {
    const table = pharmacy("보존 서류 | 근거 | 기간", "처방전 | 「약사법」 | 1년");
    expect((await findingsOf("retention-statute", table)).map((f) => [f.line, f.messageId])).toEqual([[5, "tooShort"]]);
  });

  it("does not fire on the statutory periods or longer, nor on a prescription's validity", async () => {
    const text = pharmacy(
      "약국은 「약사법」에 따라 조제한 처방전을 조제일부터 2년, 조제기록부를 5년 동안 보존합니다.",
      "처방전은 약사법에 따라 발행일부터 3일 동안 유효합니다.",
    );
    expect(await findingsOf("retention-statute", text)).toEqual([]);
  });

  it("reads 처방전 as the pharmacy's record where the line names 약사법, in a policy that cites 의료법 too", async () => {
    const text = pharmacy(
      "- 진료기록부: 10년(의료법 시행규칙 제15조)",
      "- 원내 약제부가 조제한 처방전: 2년(약사법 제29조)",
      "- 조제기록부: 5년(약사법)",
    );
    expect(await findingsOf("retention-statute", text)).toEqual([]);
  });

  it("does not apply where the policy never cites 약사법", async () => {
    expect(await findingsOf("retention-statute", pharmacy("- 조제기록부: 1년(내부 규정)"))).toEqual([]);
  });
});

describe("retention-statute: a statute named before a particle, and a recipient's own retention", () => {
  const kindergarten = (...sections: string[]) => ["햇살 유치원 개인정보 처리방침", "", ...sections];
  it("fires with the statute's name when the controller keeps records for a period a named statute sets", async () => {
    const text = kindergarten("3. 개인정보의 보유 기간", "유치원은 유아의 출석부를 유아교육법에서 정한 기간 동안 보관합니다.");
    const findings = await findingsOf("retention-statute", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "statutePeriodMissing"]]);
    expect(findings[0].message).toContain("유아교육법");
  });
  it("names a statute whose bracketed title ends in 법률", async () => {
    const text = kindergarten(
      "3. 개인정보의 보유 기간",
      "- 통학 차량 운행 일지: 「어린이 통학 안전 등에 관한 법률」 등 관계 법령에서 정한 기간 동안 보존",
    );
    const findings = await findingsOf("retention-statute", text);
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "statutePeriodMissing"]]);
    expect(findings[0].message).toContain("「어린이 통학 안전 등에 관한 법률」");
  });
  it("does not take a word that ends in 법 for a statute", async () => {
    const text = kindergarten("3. 개인정보의 보유 기간", "유아 기록은 관계 법령에서 정한 기간 동안 보관하며 파기방법에 따라 지웁니다.");
    // no statute named: the record is left to the law ('유아 기록' named as the sentence's topic)
    expect((await findingsOf("retention-statute", text)).map((f) => f.messageId)).toEqual(["recordLeftToTheLaw"]);
  });
  it.each([
    ["a statute named", "교육청은 이를 유아학비 지원에 쓰고 유아교육법에서 정한 기간 동안 보관합니다."],
    ["the relevant laws", "보험사는 이를 관계 법령에서 정한 기간 동안 보관합니다."],
  ])("does not fire on the recipient's retention in the third-party section: %s", async (_, sentence) => {
    const text = kindergarten(
      "3. 개인정보의 보유 기간",
      "유아 정보는 재원 기간 동안 보유하고, 졸업 후 지체 없이 파기합니다.",
      "",
      "4. 개인정보의 제3자 제공",
      `유치원은 유아의 이름과 생년월일을 관할 교육청에 제공하며, ${sentence}`,
    );
    expect(await findingsOf("retention-statute", text)).toEqual([]);
  });
});

// the template's look: a statute on a line of its own, its records listed under it, then the next statute; the last
// record of a group stands right above the next group's statute, which is not its basis
describe("retention-statute: statutes that head groups of records", () => {
  const groups = (gap: string[]) => [
    "「전자상거래 등에서의 소비자보호에 관한 법률」",
    "- 표시·광고에 관한 기록: 6개월",
    "- 대금결제 및 재화 등의 공급에 관한 기록: 5년",
    "- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년",
    ...gap,
    "통신비밀보호법 시행령 제41조",
    "- 웹사이트 방문 기록: 3개월",
  ];

  it.each([
    ["with no blank line between groups", []],
    ["with a blank line between groups", [""]],
  ])("does not give a group's last record the next group's statute in plain text, %s", async (_, gap) => {
    expect(await findingsOf("retention-statute", policy("회사는 아래 법령에 따라 다음 기록을 보관합니다.", ...groups(gap)))).toEqual([]);
  });

  it("does not do so in HTML, with the statute in a paragraph or a parent item over the list", async () => {
    const paragraphs = [
      "<h2>3. 보유 및 이용 기간</h2>",
      "<p>「전자상거래 등에서의 소비자보호에 관한 법률」 시행령 제6조</p>",
      "<ul><li>계약 또는 청약철회 등에 관한 기록: 5년</li>",
      "<li>소비자의 불만 또는 분쟁처리에 관한 기록: 3년</li></ul>",
      "<p>「통신비밀보호법」 시행령 제41조</p>",
      "<ul><li>웹사이트 방문 기록: 3개월</li></ul>",
    ];
    expect(await findingsOf("retention-statute", ["<h1>온누리몰 개인정보 처리방침</h1>", ...paragraphs], "html")).toEqual([]);
    const nested = [
      "<h2>3. 보유 및 이용 기간</h2>",
      "<ul><li>「전자상거래 등에서의 소비자보호에 관한 법률」",
      "<ul><li>대금결제 및 재화 등의 공급에 관한 기록: 5년</li>",
      "<li>소비자의 불만 또는 분쟁처리에 관한 기록: 3년</li></ul></li>",
      "<li>「통신비밀보호법」 시행령 제41조",
      "<ul><li>웹사이트 방문 기록: 3개월</li></ul></li></ul>",
    ];
    expect(await findingsOf("retention-statute", ["<h1>온누리몰 개인정보 처리방침</h1>", ...nested], "html")).toEqual([]);
  });

  it("still reads a statute under its record where each record comes first", async () => {
    const text = policy("소비자의 불만 또는 분쟁처리에 관한 기록: 3년", "통신비밀보호법", "웹사이트 방문 기록: 3개월", "통신비밀보호법");
    expect((await findingsOf("retention-statute", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "wrongStatute"]]);
  });
});

// A notice or a PDF copy cut at a fixed width splits a record's name over two lines ("…공급에" over "관한 기록: 1년"):
// the two are read as one, and a short period is reported on the line it stands on.
describe("retention-statute: a record's name cut by a hard wrap", () => {
  const wrapped = (...lines: string[]) => ["별빛가게 개인정보 처리방침", "", "4. 보유 기간", ...lines];

  it.each([
    [["▸ 계약 또는 청약철회 등에", "관한 기록: 2년 (전자상거래법)"], 5, "2년"],
    [["* 소비자의 불만 또는 분쟁처리에", "관한 기록은 1년간 보관합니다."], 5, "1년"],
    [["대금결제 및 재화 등의 공급에 관한", "기록 — 6개월, 전자상거래법"], 5, "6개월"],
  ])("must fire: %j, at the period", async (lines, line, period) => {
    const text = wrapped(...lines);
    const findings = await findingsOf("retention-statute", text);
    expect(findings.map((f) => [f.line, f.messageId, text[f.line - 1].slice(f.column - 1, f.endColumn - 1)])).toEqual([
      [line, "tooShort", period],
    ]);
  });

  it("must not fire: the statutory period, the name cut the same way, is the record the general sentence points to", async () => {
    const text = wrapped("관계 법령에 따라 일정 기간 보관할 수 있습니다.", "▸ 대금결제 및 재화 등의 공급에", "관한 기록: 5년");
    expect(await linesOf("retention-statute", text)).toEqual([]);
  });

  it("must not fire: a sentence that ends on the line is not the start of the next line's name", async () => {
    const text = wrapped(
      "소비자 불만은 상담실이 받습니다.",
      "기록: 상담 메모는 1년간 보관합니다.",
      "소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래법)",
    );
    expect(await linesOf("retention-statute", text)).toEqual([]);
  });
});

describe("recordEndings", () => {
  it("gives the words the record names end with, each whole", () => {
    expect(
      String(
        recordEndings([
          "진료\\s*기록\\s*부",
          "접속\\s*(에\\s*관한\\s*|관련\\s*)?(로그|기록)",
          "세금\\s*계산서[^:：\\d]{0,10}(?:기록|자료)",
        ]),
      ),
    ).toBe("/부|로그|기록|자료/");
  });

  it("gives none where an alternative ends otherwise, so every wrapped line is read", () => {
    expect(recordEndings(["처방전|기록?"])).toBeNull();
    expect(recordEndings(["[가-힣]{2}기록[가-힣]"])).toBeNull();
  });
});

// a record item whose whole retention is "the period the relevant laws set" names no statute and no period for that
// record: the statutes and periods the policy gives for its other records are not this one's
describe("retention-statute: a record item left to the law beside records stated with their statutes", () => {
  const found = async (text: string[]) =>
    (await findingsOf("retention-statute", text)).map((finding) => [finding.line, finding.severity, finding.messageId]);
  const taxRecord = "- 세금계산서 등 거래 증빙: 5년(「국세기본법」 제85조의3)";

  it("fires on the item, as a warning", async () => {
    const text = policy("- 회원 정보: 탈퇴 시까지", "- 검안 기록: 관계 법령에서 정한 기간 동안 보관", taxRecord);
    expect(await found(text)).toEqual([[5, "warning", "recordLeftToTheLaw"]]);
  });

  it("fires on a numbered item beside a statutory record kept for its period", async () => {
    const text = policy(
      "(1) 대금결제 및 재화 등의 공급에 관한 기록: 5년(전자상거래법 시행령 제6조)",
      "(2) 보청기 맞춤 기록: 관련 법령에서 정하는 기간 동안 보존",
    );
    expect(await found(text)).toEqual([[5, "warning", "recordLeftToTheLaw"]]);
    expect((await findingsOf("retention-statute", text))[0].message).toContain("보청기 맞춤 기록");
  });

  it.each([
    ["an opening sentence over the records", ["관계 법령에서 정한 기간 동안 보존할 필요가 있으면 아래와 같이 보관합니다:", taxRecord]],
    [
      "the statute and period on the line under the item",
      ["- 검안 기록: 관계 법령에서 정한 기간 동안 보관", "  (의료기사법 시행규칙에 따라 3년)", taxRecord],
    ],
    [
      "the statute and period going on from the item",
      ["- 검안 기록: 관계 법령에서 정한 기간 동안 보관", "(의료기사법 시행규칙에 따라 3년)", taxRecord],
    ],
    [
      "the same record stated with its statute and period elsewhere",
      ["- 검안 기록: 관계 법령에서 정한 기간 동안 보관", taxRecord, "※ 검안 기록은 의료기사법 시행규칙에 따라 3년간 보존합니다."],
    ],
    ["a statute named in the item", ["- 검안 기록: 관계 법령(의료기사법)에서 정한 기간 동안 보관", taxRecord]],
    ["a label for the law's own group", ["- 법령에 따른 보존 정보: 관계 법령에서 정한 기간 동안 보관", taxRecord]],
    [
      "an exception after the item's own period",
      ["- 회원 정보: 탈퇴 시까지(다만 관계 법령에서 정한 기간 동안 보존할 필요가 있으면 그 기간까지)", taxRecord],
    ],
  ])("does not fire on %s", async (_, lines) => {
    expect((await found(policy(...lines))).filter(([, , id]) => id === "recordLeftToTheLaw")).toEqual([]);
  });

  it("does not fire on a recipient's retention in the third-party section", async () => {
    const text = [
      ...policy(taxRecord),
      "",
      "4. 개인정보의 제3자 제공",
      "- 제공받는 자: ㈜누리보청기",
      "- 제공 기록: 관계 법령에서 정한 기간 동안 보관",
    ];
    expect((await found(text)).filter(([, , id]) => id === "recordLeftToTheLaw")).toEqual([]);
  });
});

// a record named in another party's row ("전송 대행사 … 처방전 … 전달 후 3일") is kept for that party's own period: the
// controller's statutory record is the retention section's, and a recipient's or processor's period is not compared
describe("retention-statute: a known record in a recipient's or a processor's row", () => {
  const pharmacy = (...sections: string[]) => [
    "<html><body>",
    "<h2>푸른숲 약국 개인정보 처리방침</h2>",
    "<h3>2. 보유 기간</h3>",
    "<p>약국은 약사법 제29조와 제30조에 따라 다음 기록을 보존합니다.</p>",
    "<ul><li>조제기록부: 5년</li><li>조제한 처방전: 2년</li></ul>",
    ...sections,
    "</body></html>",
  ];
  const table = (heading: string, head: string, row: string) => [
    `<h3>${heading}</h3>`,
    `<table><thead><tr>${head}</tr></thead>`,
    `<tbody><tr>${row}</tr></tbody></table>`,
  ];
  it.each([
    [
      "a recipient's row",
      table(
        "3. 개인정보의 제3자 제공",
        "<th>받는 곳</th><th>목적</th><th>항목</th><th>보관 기간</th>",
        "<td>㈜처방중계</td><td>환자가 요청한 경우 보험금 청구 서류 전달</td><td>조제한 처방전, 영수증</td><td>전달 후 3일</td>",
      ),
    ],
    [
      "a processor's row",
      table(
        "4. 개인정보 처리업무의 위탁",
        "<th>수탁자</th><th>업무</th><th>보관 기간</th>",
        "<td>㈜약국전산</td><td>조제한 처방전 스캔 보관 대행</td><td>계약 종료 후 7일</td>",
      ),
    ],
  ])("does not fire on %s", async (_, rows) => {
    expect(await findingsOf("retention-statute", pharmacy(...rows), "html")).toEqual([]);
  });
  it("still fires on the controller's own record kept too short", async () => {
    const text = pharmacy(
      ...table(
        "3. 개인정보의 제3자 제공",
        "<th>받는 곳</th><th>목적</th><th>항목</th><th>보관 기간</th>",
        "<td>㈜처방중계</td><td>보험금 청구 서류 전달</td><td>조제한 처방전</td><td>전달 후 3일</td>",
      ),
    ).map((line) => line.replace("조제한 처방전: 2년", "조제한 처방전: 1년"));
    expect((await findingsOf("retention-statute", text, "html")).map((f) => [f.line, f.messageId])).toEqual([[5, "tooShort"]]);
  });
});

// a paragraph hard-wrapped at a narrow column: the lines after a record's line go on with its sentence and then
// start others, which cite their own laws for their own records
describe("retention-statute: a record in a hard-wrapped paragraph", () => {
  it("does not take a later sentence's law, begun on a wrapped line, for the record's", async () => {
    const text = [
      "햇살 의원 개인정보 처리방침",
      "",
      "3. 개인정보의 처리 및 보유 기간",
      "「의료법 시행규칙」 제15조에 따라 환자 명부는 5년, 처방전은 2년,",
      "간호기록부는 5년 동안 보존합니다. 환불 계좌번호는 환불 완료 후",
      "5년(「국세기본법」 제85조의3) 동안 보관합니다.",
    ];
    const findings = await findingsOf("retention-statute", text);
    expect(findings.filter((finding) => finding.messageId === "wrongStatute")).toEqual([]);
  });
});

describe("retention-statute: a record named only to say there is none", () => {
  it("does not read '로그인 기록이 없는 회원' as login records kept", async () => {
    const text = [
      "햇살 도서관 개인정보 처리방침",
      "",
      "3. 개인정보의 처리 및 보유 기간",
      "- 접속 기록: 3개월(「통신비밀보호법」 시행령 제41조)",
      "- 2년 동안 대출·로그인 기록이 없는 회원: 안내 메일을 보내고 30일이 지나면 회원 정보를 파기합니다.",
    ];
    expect(await findingsOf("retention-statute", text)).toEqual([]);
  });
});

// a record left to "the period the laws set" in a retention table's period cell, or as the topic of a sentence,
// beside records stated with their statutes: each is reported at its own line; a sentence that leaves the periods to
// the list after it, or points at records named there, is not
describe("retention-statute: a record left to the law in a table cell or a sentence", () => {
  const section = (...lines: string[]) => [
    "# 누리 문화재단 개인정보 처리방침",
    "",
    "## 3. 개인정보의 처리 및 보유 기간",
    "",
    "| 기록 | 근거 | 보유 기간 |",
    "|---|---|---|",
    "| 민원 처리부 | 「민원 처리에 관한 법률」 시행령 제6조 | 10년 |",
    ...lines,
  ];
  it.each([
    ["a table row", ["| 강좌 수강 기록 | - | 관계 법령에서 정한 기간 |"], 8, "강좌 수강 기록"],
    [
      "a sentence",
      ["", "다만, 수강료 환불을 위하여 받은 통장 사본은 관계 법령에서 정한 기간 동안 보존합니다."],
      9,
      "수강료 환불을 위하여 받은 통장 사본",
    ],
  ])("must fire: %s", async (_name, lines, line, record) => {
    const findings = await findingsOf("retention-statute", section(...(lines as string[])), "markdown");
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[line, "recordLeftToTheLaw"]]);
    expect(findings[0].message).toContain(`'${record}'`);
  });
  it.each([
    ["a row with its own statute", ["| 강좌 수강 기록 | 「평생교육법」 시행규칙 | 관계 법령에서 정한 기간(3년) |"]],
    ["a sentence that leaves the periods to the list after it", ["", "다만 다음 기록은 관계 법령에 따라 아래 기간 동안 보존합니다."]],
    ["a sentence about the records named above", ["", "위 기록은 관계 법령에서 정한 기간 동안 보존합니다."]],
    [
      "a lead-in whose pointing word follows a qualifier",
      ["", "② 온라인 수강료 결제와 관련하여 다음의 기록은 해당 법령에서 정한 기간 동안 보존합니다."],
    ],
    ["a heading run on into a lead-in", ["", "(3) 다른 법령에 따른 보존 — 아래 기록은 해당 법령이 정한 기간 동안 분리하여 보존합니다."]],
  ])("must not fire: %s", async (_name, lines) => {
    expect(await findingsOf("retention-statute", section(...(lines as string[])), "markdown")).toEqual([]);
  });
});

// the only retention left to the law names its record ("다. 수강료 결제 기록: 관계 법령에서 정한 기간 동안 보존"):
// the finding names the record, as it does beside records stated with their statutes
describe("retention-statute: the one vague line names its record", () => {
  it("must fire as the record left to the law", async () => {
    const findings = await findingsOf(
      "retention-statute",
      policy("가. 회원 정보: 탈퇴 시까지", "나. 수강료 결제 기록: 관계 법령에서 정한 기간 동안 보존"),
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "recordLeftToTheLaw"]]);
    expect(findings[0].message).toContain("'수강료 결제 기록'");
  });
  it("must fire as vague when no record is named", async () => {
    const findings = await findingsOf(
      "retention-statute",
      policy("가. 회원 정보: 탈퇴 시까지", "관계 법령에서 정한 기간 동안 보존합니다."),
    );
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[5, "vague"]]);
  });
});

// a public body's table of files, under a heading of its own ("개인정보파일의 운영 현황"), is its retention: a file's
// period left to the law is reported though the row names the law the file is run under ("운영근거")
describe("retention-statute: a table of files outside the retention section", () => {
  const page = (period: string) => [
    "# 한솔군 개인정보 처리방침",
    "",
    "## 제2조(개인정보파일의 운영 현황)",
    "",
    "| 연번 | 개인정보파일명 | 운영근거 | 보유기간 |",
    "|---|---|---|---|",
    "| 1 | 경로당 이용자 명부 | 「노인복지법」 제37조 | 5년 |",
    `| 2 | 체육시설 대관 신청자 | 「체육시설의 설치·이용에 관한 법률」 제6조 | ${period} |`,
  ];
  it("must fire: a file kept for a period left to the law", async () => {
    const findings = await findingsOf("retention-statute", page("관계 법령에 따라 일정 기간 보관"), "markdown");
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[8, "recordLeftToTheLaw"]]);
    expect(findings[0].message).toContain("'체육시설 대관 신청자'");
  });
  it("must not fire: every file with its period", async () => {
    expect(await findingsOf("retention-statute", page("대관 종료 후 3년"), "markdown")).toEqual([]);
  });
});

// a Markdown definition list gives each record as a term with its period under it (": …")
describe("retention-statute: records as a definition list", () => {
  const page = (period: string) => [
    "# 누리핀 개인정보 처리방침",
    "",
    "## 제3조 (개인정보의 처리 및 보유 기간)",
    "",
    "대출 비교 기록",
    ": 조회일로부터 3년 (「신용정보의 이용 및 보호에 관한 법률」 제20조의2)",
    "",
    "계좌 연결 기록",
    `: ${period}`,
  ];
  it("must fire: a record's definition leaves it to the law", async () => {
    const findings = await findingsOf("retention-statute", page("관련 법령에서 정한 기간 동안 보존"), "markdown");
    expect(findings.map((finding) => [finding.line, finding.messageId])).toEqual([[9, "recordLeftToTheLaw"]]);
    expect(findings[0].message).toContain("'계좌 연결 기록'");
  });
  it("must not fire: the definition gives the period", async () => {
    expect(await findingsOf("retention-statute", page("연결 해제 후 1년"), "markdown")).toEqual([]);
  });
});

// an employer's records under 근로기준법 제42조 (3년), counted in a policy that cites the act; 전기통신사업법 is no basis
// for access logs
describe("retention-statute: an employer's records and the telecom business act", () => {
  const staff = (line: string) => ["한결제과 임직원 개인정보 처리방침", "", "3. 보유 기간", line];
  it.each([
    ["a contract kept a year", "- 근로계약서: 퇴직 후 1년 (근로기준법 제42조)", "tooShort"],
    ["a wage ledger kept two years", "- 임금대장: 2년 보관 (근로기준법 시행령 제22조)", "tooShort"],
  ])("must fire: %s", async (_, line, messageId) => {
    expect((await findingsOf("retention-statute", staff(line))).map((f) => [f.line, f.messageId])).toEqual([[4, messageId]]);
  });
  it.each([
    ["the period the act sets", "- 근로자 명부 및 근로계약서: 퇴직 후 3년 (근로기준법 제42조)"],
    ["a contract in a policy that never cites the act", "- 프리랜서 근로계약서 사본: 계약 종료 후 1년"],
  ])("must not fire: %s", async (_, line) => {
    expect(await findingsOf("retention-statute", staff(line))).toEqual([]);
  });
  it("reports an access log kept under the telecom business act", async () => {
    const text = policy(
      "- 접속지 추적자료, 로그기록자료: 3개월 (통신비밀보호법 시행령 제41조)",
      "- 통신자료 제공 내역: 1년 (전기통신사업법 제83조)",
    );
    expect(await findingsOf("retention-statute", text)).toEqual([]);
    const wrong = policy("가. 통신비밀보호법에 따른 기록", "- 로그기록자료, 접속지 추적자료: 3개월 (전기통신사업법 제83조)");
    expect((await findingsOf("retention-statute", wrong)).map((f) => [f.line, f.messageId])).toEqual([[5, "wrongStatute"]]);
  });
});

// "- 이용권 결제 기록: 「전자상거래법」에 따라 보관": a record kept under a law it names, for no period
describe("retention-statute: a record kept under a named law without a period", () => {
  it.each([
    [
      "a bracketed title",
      "- 수강권 결제 기록: 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 보관",
      "「전자상거래 등에서의 소비자보호에 관한 법률」",
    ],
    ["a law's short name", "- 세금계산서 사본: 부가가치세법에 의거하여 보존", "부가가치세법"],
    ["the law's provisions", "- 임상시험 동의서: 「의료기기법」 관계 규정에서 정한 기간 동안 보존", "「의료기기법」"],
    [
      "the period the law gives",
      "- 연체 정보: 「신용정보의 이용 및 보호에 관한 법률」에 따른 보존 기간",
      "「신용정보의 이용 및 보호에 관한 법률」",
    ],
  ])("must fire: %s", async (_, line, statute) => {
    const findings = await findingsOf("retention-statute", policy("- 회원 정보: 탈퇴 시까지", line));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[5, "noPeriodUnderStatute"]]);
    expect(findings[0].message).toContain(statute);
  });
  it.each([
    ["with its period", "- 수강권 결제 기록: 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 5년 보관"],
    [
      "with its period on the line under it",
      "- 수강권 결제 기록: 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 보관\n    · 보관 기간: 5년",
    ],
    ["a sentence, no item", "다만 「전자상거래 등에서의 소비자보호에 관한 법률」에 따라 보존할 필요가 있으면 아래와 같이 보관합니다."],
  ])("must not fire: %s", async (_, line) => {
    expect(await findingsOf("retention-statute", policy("- 회원 정보: 탈퇴 시까지", ...line.split("\n")))).toEqual([]);
  });
});

// the template's opening, wrapped, goes on to say the files' periods are in the policy's list (a PDF copy flattens
// that list a cell a line); a list kept elsewhere ("목록에 기재하여 공개") is no list of the policy's
describe("retention-statute: the template's opening pointing to the policy's list of files", () => {
  const text = (pointer: string) => [
    "한빛공단 개인정보 처리방침",
    "",
    "제2조(처리하는 개인정보파일)",
    "개인정보파일 명칭",
    "보유기간",
    "체육시설 회원 관리 대장",
    "회원 탈퇴 후 3년",
    "시설 대관 신청 대장",
    "대관일로부터 3년",
    "",
    "제3조(개인정보의 처리 및 보유기간) 공단은 법령에 따른 보유·이용기간 또는 정보주체",
    `로부터 동의받은 기간 내에서 개인정보를 처리·보유하며, ${pointer}`,
  ];
  it("must not fire where the policy's list holds the periods", async () => {
    expect(await findingsOf("retention-statute", text("각 개인정보파일의 보유기간은 제2조의 목록과 같습니다."))).toEqual([]);
  });
  it("must fire where the list is kept elsewhere", async () => {
    const findings = await findingsOf(
      "retention-statute",
      [...text("파일별 보유기간은 개인정보파일 목록에 기재하여 공개합니다.")].filter((_, i) => i < 3 || i > 9),
    );
    expect(findings.map((f) => f.messageId)).toEqual(["vague"]);
  });
});

// the template's opening, then a pointer to the article of the policy that gives each task's period
describe("retention-statute: the template's opening pointing to another article that gives the periods", () => {
  const text = (period: string) => [
    "한빛공단 개인정보 처리방침",
    "",
    "제2조(개인정보 처리 현황)",
    "1. 체육시설 회원 관리",
    "- 처리 항목: 성명, 연락처",
    `- 보유기간: ${period}`,
    "",
    "제3조(개인정보의 처리 및 보유기간)",
    "① 공단은 법령에 따른 보유·이용기간 또는 정보주체로부터 동의받은 기간 내에서 개인정보를 처리·보유합니다.",
    "② 업무별 보유기간은 제2조의 처리 현황과 같습니다.",
  ];
  it("must not fire where that article gives the periods", async () => {
    expect(await findingsOf("retention-statute", text("회원 탈퇴 후 3년"))).toEqual([]);
  });
  it("must fire where that article gives none", async () => {
    expect((await findingsOf("retention-statute", text("-"))).map((f) => [f.line, f.messageId])).toEqual([[9, "vague"]]);
  });
});

// a form's fields set apart by a run of spaces, no colon: "    장기요양급여 제공기록    관계 법령에 따라 일정 기간 보관"
describe("retention-statute: a form's record left to the law, label and value set apart by spaces", () => {
  const form = (value: string) => [
    "햇살요양원 개인정보 처리방침",
    "",
    "처리 목적:",
    "    장기요양급여 제공",
    "",
    "처리 항목:",
    "    성명, 연락처",
    "",
    "보유 기간:",
    "    입소 계약 관련 정보      퇴소 후 5년",
    `    급여 제공 기록           ${value}`, // 11
    "    본인부담금 수납 기록     5년(「국세기본법」 제85조의3)",
    "",
    "파기:",
    "    지체 없이 파기합니다.",
  ];
  it("must fire on the record left to the law, not taking the next record's statute for its own", async () => {
    const findings = await findingsOf("retention-statute", form("관계 법령에 따라 일정 기간 보관"));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[11, "recordLeftToTheLaw"]]);
  });
  it("must not fire where the record's period and statute are given", async () => {
    expect(await findingsOf("retention-statute", form("급여 제공 종료 후 5년 (「노인장기요양보험법」 제35조)"))).toEqual([]);
  });
});

// a task's period field whose value keeps named records "for the period the laws set": the records are named, the
// statute and the period are what is missing (the field may stand outside the retention section)
describe("retention-statute: a period field that leaves named records to the law", () => {
  const policy = (value: string) => [
    "나래 복지관 개인정보 처리방침",
    "",
    "1. 업무별 개인정보 처리 현황",
    "① 방문 상담",
    "- 목적: 상담 예약과 회신",
    "- 항목: 성명, 연락처",
    `- 보유기간: ${value}`,
  ];
  it("names the records it leaves to the law", async () => {
    const findings = await findingsOf("retention-statute", policy("상담 일지와 방문 기록부는 관계 법령에 따라 일정 기간 보관"));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, "recordLeftToTheLaw"]]);
    expect(findings[0].message).toContain("상담 일지와 방문 기록부");
  });
  it("stays the vague retention when no record is named", async () => {
    const findings = await findingsOf("retention-statute", policy("관계 법령에 따라 일정 기간 보관"));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[7, "vague"]]);
  });
});

// an access log binds only the services 통신비밀보호법 names, so a log kept under no statute is not checked; put under
// another retention statute, which does not require it, that statute is wrong
describe("retention-statute: an access log put under a statute that does not require it", () => {
  const policy = (...lines: string[]) => ["별빛 문고 개인정보 처리방침", "", "1. 개인정보의 보유 기간", ...lines];
  it.each([
    [["- 누리집 방문 기록: 3개월 (「전자상거래 등에서의 소비자보호에 관한 법률」 시행령 제6조)"], 4],
    [["보존 항목 | 기간 | 근거", "접속 로그 기록 | 3개월 | 전자상거래법 시행령 제6조"], 5],
  ])("must fire: %j", async (lines, line) => {
    const findings = await findingsOf("retention-statute", policy(...lines));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[line, "wrongStatute"]]);
    expect(findings[0].message).toContain("통신비밀보호법");
  });
  it.each([
    [["- 누리집 방문 기록: 3개월 (문고 내부 보안 방침)"]],
    [["- 누리집 방문 기록: 3개월 (통신비밀보호법 시행령 제41조)"]],
    [["보존 항목 | 기간 | 근거", "개인정보처리시스템 접속 기록 | 1년 | 개인정보의 안전성 확보조치 기준 제8조"]],
  ])("must not fire: %j", async (lines) => {
    expect(await findingsOf("retention-statute", policy(...lines))).toEqual([]);
  });
});

// a box-drawn table whose cells wrap inside their rows: a row is read whole, its qualifier, statute and record's
// name on whichever of its lines they stand
describe("retention-statute: rows of a box-drawn table wrapped over two lines", () => {
  const table = (...rows: string[]) => [
    "누리바이크 개인정보 처리방침",
    "",
    "3. 개인정보의 처리 및 보유 기간",
    "┌──────────────────────────┬──────────────────────────┬───────┐",
    "│ 보존 정보                │ 근거 법령                │ 기간  │",
    "├──────────────────────────┼──────────────────────────┼───────┤",
    ...rows,
    "└──────────────────────────┴──────────────────────────┴───────┘",
  ];
  const findings = async (lines: string[]) =>
    (await findingsOf("retention-statute", lines)).map((f) => [f.line, f.column, f.messageId, f.message]);
  // (the columns as wide as a long record's name: each line is longer than a cell read on its own)
  it("reads the qualifier on the row's second line: not shorter than the period it picks", async () => {
    const text = table(
      "│ 전자금융거래에 관한 기록     │ 「전자금융거래법」 제22조,   │ 5년    │",
      "│ (건당 1만원 초과)            │ 같은 법 시행령 제12조        │        │",
      "│ 전자금융거래에 관한 기록     │ 〃                           │ 1년    │",
      "│ (건당 1만원 이하)            │                              │        │",
    );
    expect(await findings(text)).toEqual([]);
  });
  it("reads a record's name cut inside its cell, and reports the period where it stands", async () => {
    const text = table(
      "│ 위치정보 이용·제공사실   │ 「위치정보의 보호 및     │ 3개월 │",
      "│ 확인자료                 │ 이용 등에 관한 법률」    │       │",
    );
    const found = await findings(text);
    expect(found.map(([line, column, id]) => [line, column, id])).toEqual([[7, 38, "tooShort"]]);
    expect(String(found[0][3])).toContain("6개월");
  });
  it("gives no note on the article when the row's second line names it", async () => {
    const text = table(
      "│ 계약 또는 청약철회 등에  │ 「전자상거래 등에서의 소비자 │ 5년   │",
      "│ 관한 기록                │ 보호에 관한 법률」 시행령 제6조 │       │",
    );
    expect(await findings(text)).toEqual([]);
    // (the note is advice, which findingsOf leaves out)
    const notes = (await lintText(text.join("\n"), "passage.txt")).findings.filter((finding) => finding.ruleId === "vague-retention");
    expect(notes).toEqual([]);
  });
});

// a period in months is a twelfth of a year each: 60개월 is 5년, 36개월 3년, 12개월 1년
describe("retention-statute: periods in months against periods in years", () => {
  const records = (...lines: string[]) => ["가온몰 개인정보 처리방침", "", "3. 개인정보의 처리 및 보유 기간", ...lines];
  it.each([
    "- 대금결제 및 재화 등의 공급에 관한 기록 : 60개월 (전자상거래법 시행령 제6조)",
    "- 소비자의 불만 또는 분쟁처리에 관한 기록 : 36개월 (전자상거래법 시행령 제6조)",
    "- 계약 또는 청약철회 등에 관한 기록 : 120개월 (전자상거래법 시행령 제6조)",
  ])("must not fire: %s", async (line) => {
    expect(await findingsOf("retention-statute", records(line))).toEqual([]);
  });
  it.each([
    ["59개월", "- 대금결제 및 재화 등의 공급에 관한 기록 : 59개월 (전자상거래법 시행령 제6조)"],
    ["35개월", "- 소비자의 불만 또는 분쟁처리에 관한 기록 : 35개월 (전자상거래법 시행령 제6조)"],
  ])("must fire on a month short: %s", async (_, line) => {
    expect((await findingsOf("retention-statute", records(line))).map((finding) => finding.messageId)).toEqual(["tooShort"]);
  });
});

// vague-retention's note on a statute named without its article: advice, so read with every finding; the article
// may stand alone on the next line, where a table set with spaces wraps its last cell
describe("vague-retention: a retention statute named without its article", () => {
  const notes = async (...lines: string[]) =>
    (await lintText(["누리나눔 개인정보 처리방침", "", "3. 개인정보의 처리 및 보유 기간", ...lines].join("\n"), "passage.txt")).findings
      .filter((finding) => finding.ruleId === "vague-retention")
      .map((finding) => [finding.line, finding.messageId]);
  it("notes a statute with no article", async () => {
    expect(await notes("- 접속 기록: 3개월 「통신비밀보호법」 시행령")).toEqual([[4, "noArticle"]]);
  });
  it.each([
    ["on its line", ["- 접속 기록: 3개월 「통신비밀보호법」 시행령 제41조"]],
    ["alone on the next line", ["- 접속 기록: 3개월 「통신비밀보호법」 시행령", "                                  제41조"]],
  ])("gives no note when the article stands %s", async (_, lines) => {
    expect(await notes(...lines)).toEqual([]);
  });
});

// a copy of a record ("처방전 이미지") is kept for its own short period; the original, said in brackets to be kept
// for the period the law sets, is not the copy's period
describe("retention-statute: a copy of a statutory record", () => {
  const pharmacy = (...lines: string[]) => [
    "온새미약국 개인정보 처리방침",
    "",
    "3. 개인정보의 처리 및 보유 기간",
    ...lines,
    "- 조제한 처방전: 조제한 날부터 2년 (「약사법」 제29조)",
  ];
  it.each([
    "- 앱으로 미리 받은 처방전 이미지: 조제 완료 후 30일 (원본 처방전은 아래 법정 기간 보존)",
    "- 진단서 사본: 보험 청구 후 30일",
    // a platform's file of the prescription it passes on
    "- 처방전 파일: 약국 전송 후 30일 (조제 확인 및 재전송 요청 대응)",
  ])("must not fire: %s", async (line) => {
    expect(await findingsOf("retention-statute", pharmacy(line))).toEqual([]);
  });
  it("must fire on the record itself kept too short", async () => {
    const found = await findingsOf("retention-statute", pharmacy("- 조제한 처방전 원본: 조제 완료 후 30일"));
    expect(found.map((finding) => [finding.line, finding.messageId])).toEqual([[4, "tooShort"]]);
  });
});

// a statute that requires none of the records kept, named as their basis: the consumer basic act for complaint
// records, the fair labelling act for advertising records (both are the e-commerce act's duties)
describe("retention-statute: records put under a statute that sets no such duty", () => {
  it.each([
    ["- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (소비자기본법 제19조)", "소비자기본법"],
    ["- 표시·광고에 관한 기록: 6개월 (「표시·광고의 공정화에 관한 법률」)", "표시·광고의 공정화에 관한 법률"],
  ])("fires on '%s'", async (line, cited) => {
    const findings = await findingsOf("retention-statute", policy(line));
    expect(findings.map((f) => [f.line, f.messageId])).toEqual([[4, "wrongStatute"]]);
    expect(findings[0].message).toContain(cited);
  });
  it("does not fire on the e-commerce act, its consumer-protection name", async () => {
    const line = "- 소비자의 불만 또는 분쟁처리에 관한 기록: 3년 (전자상거래 등에서의 소비자보호에 관한 법률)";
    expect(await findingsOf("retention-statute", policy(line))).toEqual([]);
  });
});

// a statute-style lead-in over the items it introduces ("다음 각 호의 기록은 해당 법령에서 정한 기간 동안 보존한다")
// names no record: each item gives its own
describe("retention-statute: a lead-in that points at the items below it", () => {
  it("does not take '다음 각 호의 기록' for a record left to the law", async () => {
    const text = policy(
      "② 제1항에도 불구하고 다음 각 호의 기록은 해당 법령에서 정한 기간 동안 보존한다.",
      "  1. 정기권 결제 기록: 5년 (「전자상거래 등에서의 소비자보호에 관한 법률」 시행령 제6조)",
      "  2. 누리집 접속 로그기록: 3개월 (「통신비밀보호법」 시행령 제41조)",
    );
    expect(await findingsOf("retention-statute", text)).toEqual([]);
  });
});
