// retention-statute: a retention table flattened one cell per line is read row by row, by the header's width,
// whichever column comes first: a record takes its own row's statute, not the one the next row opens with.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[]) => (await findingsOf("retention-statute", lines)).map((f) => [f.line, f.messageId]);
const policy = (...rows: string[]) => [
  "별빛상점 개인정보 처리방침",
  "",
  "제3조(보유 및 이용 기간)",
  "상점은 법령에 따라 다음의 기록을 보존합니다.",
  "",
  ...rows,
  "",
  "제4조(개인정보의 파기)",
  "보존 기간이 끝난 기록은 지체 없이 파기합니다.",
];

describe("one cell per line, statute column first", () => {
  it("must not fire: each record under its own row's statute", async () => {
    const text = policy(
      "근거 법령",
      "보존 항목",
      "보존 기간",
      "",
      "전자상거래 등에서의 소비자보호에 관한 법률 시행령 제6조",
      "대금결제 및 재화 등의 공급에 관한 기록",
      "5년",
      "",
      "통신비밀보호법 시행령 제41조",
      "로그기록자료, 접속지 추적자료",
      "3개월",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: period first, then statute, then record", async () => {
    const text = policy(
      "보존 기간",
      "근거 법령",
      "보존 항목",
      "",
      "3년",
      "전자상거래 등에서의 소비자보호에 관한 법률",
      "소비자의 불만 또는 분쟁처리에 관한 기록",
      "",
      "3개월",
      "통신비밀보호법",
      "웹사이트 방문 기록",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must fire: a row's own period shorter than the statute's, at the period", async () => {
    const text = policy(
      "근거 법령",
      "보존 항목",
      "보존 기간",
      "",
      "전자상거래 등에서의 소비자보호에 관한 법률",
      "계약 또는 청약철회 등에 관한 기록",
      "1년",
      "",
      "통신비밀보호법",
      "로그기록자료",
      "3개월",
    );
    expect(await found(text)).toEqual([[12, "tooShort"]]);
  });

  it("must fire: a row that really names the wrong statute, at that cell", async () => {
    const text = policy(
      "근거 법령",
      "보존 항목",
      "보존 기간",
      "",
      "통신비밀보호법",
      "소비자의 불만 또는 분쟁처리에 관한 기록",
      "3년",
      "",
      "전자상거래 등에서의 소비자보호에 관한 법률",
      "계약 또는 청약철회 등에 관한 기록",
      "5년",
    );
    expect(await found(text)).toEqual([[10, "wrongStatute"]]);
  });
});

// a policy that keeps records under laws this rule has no table for, with the usual opening sentence: the rows of
// a cell-per-line table give the statute and the period, so the opening is not all the policy says
describe("one cell per line, records under other laws, below an opening that only cites the law", () => {
  const opening = (...rows: string[]) => [
    "한빛 어린이집 개인정보 처리방침",
    "",
    "3. 개인정보의 처리 및 보유 기간",
    "어린이집은 관계 법령에서 정한 기간 동안 개인정보를 보유합니다.", // 4
    "",
    ...rows,
    "",
    "4. 개인정보의 파기",
    "보유 기간이 지난 개인정보는 지체 없이 파기합니다.",
  ];

  it("reads a basis column named 보유 근거 / 법적 근거, cells separated by blank lines: a statute, not consent alone", async () => {
    for (const basis of ["보유 근거", "법적 근거", "관계 법령"]) {
      const text = opening(
        "구분",
        "",
        basis,
        "",
        "보유 기간",
        "",
        "영유아 보육 기록",
        "",
        "영유아보육법 시행규칙 제38조",
        "",
        "졸원 후 5년",
      );
      expect(await found(text)).toEqual([]);
    }
    // must fire: the rows rest on consent alone, naming no statute
    const consentOnly = opening("구분", "", "보유 근거", "", "보유 기간", "", "입소 상담 기록", "", "정보주체의 동의", "", "상담 후 1년");
    expect(await found(consentOnly)).toEqual([[4, "vague"]]);
  });

  it("must not fire: the same table with its cells on consecutive lines", async () => {
    const text = opening("구분", "보관 근거", "보유 기간", "영유아 보육 기록", "영유아보육법 시행규칙 제38조", "졸원 후 5년");
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: the statute written in the record's cell, the period in a cell of its own", async () => {
    const text = opening("보존 항목", "", "보존 기간", "", "보육료 지원 기록(영유아보육법 제34조)", "", "5년");
    expect(await found(text)).toEqual([]);
  });
});
