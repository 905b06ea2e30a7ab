// A policy whose headings the parser cannot read gets one note, not a row of "missing" errors.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";

const filler = (topic: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${topic}에 관한 안내 문장 ${index + 1}번입니다.`);

// headings marked with a sign the parser does not know ("§"), each followed by sentences
const unreadable = [
  "한별 개인정보 처리방침",
  "",
  "§ 개인정보의 처리 목적",
  "한별은 회원 가입과 상담 회신을 위하여 개인정보를 처리합니다.",
  ...filler("목적", 8),
  "§ 처리하는 개인정보의 항목",
  "이름, 휴대전화번호, 이메일을 처리합니다.",
  ...filler("항목", 8),
  "§ 개인정보의 처리 및 보유 기간",
  "회원 탈퇴 시까지 보유합니다.",
  ...filler("기간", 8),
  "§ 개인정보 보호책임자",
  "성명 : 한별이, 전화 02-000-0000",
  ...filler("책임자", 8),
];

describe("an outline that could not be read", () => {
  it("is noted once at line 1 and reports no item missing whose words the text holds", async () => {
    const { findings } = await lintText(unreadable.join("\n"));
    const notes = findings.filter((finding) => finding.ruleId === "numbering");
    expect(notes.map((finding) => [finding.line, finding.severity, finding.messageId])).toEqual([[1, "info", "unreadOutline"]]);
    // purpose, items, retention and the DPO stand under headings the outline did not read: they are not
    // reported missing
    const missing = findings.filter((finding) => finding.messageId === "missing").map((finding) => finding.ruleId);
    expect(missing).not.toContain("required-purpose");
    expect(missing).not.toContain("required-items");
    expect(missing).not.toContain("required-retention");
    expect(missing).not.toContain("dpo-contact");
  });

  it("still reports an item missing when neither its title's words nor its substance appear anywhere", async () => {
    const { findings } = await lintText(unreadable.join("\n"));
    const missing = findings.filter((finding) => finding.messageId === "missing");
    // nothing in the text speaks of destruction, the data subject's rights or safeguards
    expect(
      missing
        .filter((finding) => ["required-destruction", "required-rights", "required-safety"].includes(finding.ruleId))
        .map((f) => [f.ruleId, f.line]),
    ).toEqual([
      ["required-destruction", 1],
      ["required-rights", 1],
      ["required-safety", 1],
    ]);
  });

  it("does not report an item missing whose words stand in the text, though under a heading it did not read", async () => {
    const withDestruction = [
      ...unreadable,
      "§ 개인정보의 파기",
      "보유 기간이 끝난 정보는 지체 없이 복구할 수 없게 삭제합니다.",
      ...filler("파기", 8),
    ];
    const { findings } = await lintText(withDestruction.join("\n"));
    expect(findings.some((finding) => finding.messageId === "unreadOutline")).toBe(true);
    expect(findings.filter((finding) => finding.ruleId === "required-destruction" && finding.messageId === "missing")).toEqual([]);
  });

  // no DPO and no remedies anywhere, and the outline unread
  const withoutDpoOrRemedies = [
    ...unreadable.slice(0, unreadable.indexOf("§ 개인정보 보호책임자")),
    "§ 개인정보의 파기",
    ...filler("파기", 12),
  ];

  it("reports the DPO and remedies missing where no word of theirs appears, and still notes the outline", async () => {
    const { findings } = await lintText(withoutDpoOrRemedies.join("\n"));
    expect(findings.filter((finding) => finding.messageId === "unreadOutline").map((finding) => finding.line)).toEqual([1]);
    const missing = findings.filter((finding) => finding.messageId === "missing").map((finding) => finding.ruleId);
    // the destruction section's words are there, under a heading the outline did not read
    expect(missing).not.toContain("required-destruction");
    expect(missing.filter((ruleId) => ruleId === "required-remedies" || ruleId === "dpo-contact").sort()).toEqual([
      "dpo-contact",
      "required-remedies",
    ]);
  });

  it("does not apply to a policy whose sections were read, which still gets its missing items", async () => {
    const readable = unreadable.map((line) => line.replace(/^§ /, "■ "));
    const { findings } = await lintText(readable.join("\n"));
    expect(findings.some((finding) => finding.messageId === "unreadOutline")).toBe(false);
    expect(findings.filter((finding) => finding.messageId === "missing").map((finding) => finding.ruleId)).toContain(
      "required-destruction",
    );
  });

  it("reports the DPO and remedies missing when the sections were read and neither is there", async () => {
    const readable = withoutDpoOrRemedies.map((line) => line.replace(/^§ /, "■ "));
    const { findings } = await lintText(readable.join("\n"));
    expect(findings.some((finding) => finding.messageId === "unreadOutline")).toBe(false);
    const missing = findings.filter((finding) => finding.messageId === "missing");
    expect(
      missing
        .filter((finding) => finding.ruleId === "dpo-contact" || finding.ruleId === "required-remedies")
        .map((finding) => [finding.ruleId, finding.line]),
    ).toEqual([
      ["dpo-contact", 1],
      ["required-remedies", 1],
    ]);
  });
});

// A long policy read as its title and at most one section, whatever the reason (here: boxes with rounded corners,
// a frame the parser does not open), gets the note, though no line reads as an item's title on its own
// titles in a numbering the parser does not know ("α."), each over its own "1)" list: the lists are read as the
// sections, and the items' titles stand off the outline
const itemsAsSections = [
  "누리 음악교실 개인정보 처리방침",
  "",
  "α. 개인정보의 처리 목적",
  "1) 수강 등록",
  ...filler("등록", 4),
  "2) 보호자 연락",
  ...filler("연락", 4),
  "β. 처리하는 개인정보의 항목",
  "1) 수강생",
  "이름, 생년월일을 처리합니다.",
  ...filler("수강생", 4),
  "2) 보호자",
  "이름, 휴대전화번호를 처리합니다.",
  "γ. 개인정보의 처리 및 보유 기간",
  "1) 수강생 정보",
  "수강이 끝난 뒤 1년간 보관합니다.",
  ...filler("보관", 4),
  "δ. 개인정보 보호책임자",
  "1) 책임자",
  "원장 한누리, 전화 02-000-0000",
  ...filler("책임자", 4),
  "ε. 권익침해 구제방법",
  "1) 분쟁조정위원회",
  "전화 1833-6972",
  ...filler("구제", 4),
];

describe("an outline of lists read as sections, the items' titles off it", () => {
  it("is noted once, and no item is reported missing whose title stands in the text", async () => {
    const { findings } = await lintText(itemsAsSections.join("\n"));
    const notes = findings.filter((finding) => finding.ruleId === "numbering");
    expect(notes.map((finding) => [finding.line, finding.messageId])).toEqual([[1, "unreadOutline"]]);
    const missing = findings.filter((finding) => finding.messageId === "missing").map((finding) => finding.ruleId);
    expect(missing).not.toContain("required-purpose");
    expect(missing).not.toContain("required-items");
    expect(missing).not.toContain("required-retention");
  });
});

describe("a long policy read as one section", () => {
  // sentences that name no item, as a box's text mostly does
  const plainText = (count: number) => Array.from({ length: count }, (_, index) => `이 상자의 ${index + 1}번째 안내 문장입니다.`);
  const box = (title: string, body: string[]) => [
    `╭─ ${title} ${"─".repeat(60)}╮`,
    ...body.map((line) => `│ ${line} │`),
    `╰${"─".repeat(66)}╯`,
    "",
  ];
  const rounded = [
    "한별 개인정보 처리방침",
    "",
    ...box("처리 목적", ["한별은 회원 가입과 상담 회신을 위하여 개인정보를 처리합니다.", ...plainText(8)]),
    ...box("보유 기간", ["회원 탈퇴 시까지 보유합니다.", ...plainText(8)]),
    ...box("권리 행사", ["회원은 열람, 정정, 삭제, 처리정지를 이메일로 요구할 수 있습니다.", ...plainText(8)]),
    ...box("보호책임자", ["성명 : 한별이, 전화 02-000-0000", ...plainText(8)]),
  ];

  it("is noted, and holds back 'missing' for items whose words the text holds", async () => {
    const { findings } = await lintText(rounded.join("\n"));
    expect(findings.filter((finding) => finding.messageId === "unreadOutline")).toHaveLength(1);
    const missing = findings.filter((finding) => finding.messageId === "missing").map((finding) => finding.ruleId);
    expect(missing).not.toContain("required-retention");
    expect(missing).not.toContain("required-rights");
    expect(missing).not.toContain("dpo-contact");
  });
});
