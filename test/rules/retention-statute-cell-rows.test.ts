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
