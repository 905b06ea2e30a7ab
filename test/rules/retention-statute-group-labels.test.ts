// retention-statute: a retention table that sorts its records into groups ("구분") and names each record in a
// column of its own. The group's label ("정산·접속 기록") names the group, not the record its row keeps.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (text: string[], format: "markdown" | "html" = "markdown") =>
  (await findingsOf("retention-statute", text, format)).map((finding) => [finding.line, finding.messageId]);

const markdown = (...rows: string[]) => [
  "# 솔빛페이 개인정보 처리방침",
  "",
  "## 3. 개인정보의 처리 및 보유 기간",
  "",
  "| 구분 | 보존 항목 | 근거 법령 | 보존 기간 |",
  "| --- | --- | --- | --- |",
  ...rows,
];

describe("a group label over a row that names its own record", () => {
  it("must not fire: the label names logs, the row keeps a settlement record under the tax act", async () => {
    const text = markdown(
      "| 정산·접속 기록 | 가맹점 정산 대금 지급 기록 | 「국세기본법」 제85조의3 | 5년 |",
      "| 정산·접속 기록 | 서비스 접속 로그기록자료 | 「통신비밀보호법」 시행령 제41조 | 3개월 |",
    );
    expect(await found(text)).toEqual([]);
  });

  it("must not fire: the same label written once over two rows (rowspan)", async () => {
    const page = [
      "<h1>솔빛페이 개인정보 처리방침</h1>",
      "<h2>3. 개인정보의 처리 및 보유 기간</h2>",
      "<table>",
      "<tr><th>구분</th><th>보존 항목</th><th>근거 법령</th><th>보존 기간</th></tr>",
      '<tr><td rowspan="2">정산·접속 기록</td><td>가맹점 정산 대금 지급 기록</td><td>「국세기본법」 제85조의3</td><td>5년</td></tr>',
      "<tr><td>서비스 접속 로그기록자료</td><td>「통신비밀보호법」 시행령 제41조</td><td>3개월</td></tr>",
      "</table>",
    ];
    expect(await found(page, "html")).toEqual([]);
  });

  it("must fire: the row's own record is a log put under the tax act", async () => {
    const text = markdown("| 정산·접속 기록 | 서비스 접속 로그기록자료 | 「국세기본법」 제85조의3 | 5년 |");
    expect(await found(text)).toEqual([[7, "wrongStatute"]]);
  });

  // the label is the record's name when the column beside it lists the record's fields
  it("must fire: the label names a log and the row lists its fields under the tax act", async () => {
    const text = markdown("| 접속 로그 기록 | 접속 IP, 접속 일시 | 「국세기본법」 제85조의3 | 5년 |");
    expect(await found(text)).toEqual([[7, "wrongStatute"]]);
  });
});
