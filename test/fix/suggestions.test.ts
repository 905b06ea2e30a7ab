// Suggestions: a skeleton section for a missing required item, in the policy's own numbering, and a disable
// comment that silences exactly the finding it is offered for.
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/pipeline/lint.js";
import { applyFixes } from "../../src/fix/apply.js";
import type { Finding } from "../../src/runtime/rule.js";
import { disableNextLineSuggestion } from "../../src/pipeline/directives.js";
import { sourceText, toFix } from "../../src/pipeline/source-text.js";
import { nextMarker } from "../../src/runtime/skeleton.js";
import type { Heading } from "../../src/parse/model.js";
import outdated from "../../rules/data/outdated-references.json" with { type: "json" };
import skeletons from "../../rules/data/section-skeletons.json" with { type: "json" };

const missing = async (text: string, filePath: string, ruleId: string): Promise<Finding> => {
  const finding = (await lintText(text, filePath)).findings.find(
    (candidate) => candidate.ruleId === ruleId && candidate.messageId === "missing",
  );
  if (!finding) throw new Error(`${ruleId} did not report a missing item`);
  return finding;
};

describe("skeleton suggestions", () => {
  it.each([
    [
      "제N조(제목)",
      "누리 개인정보 처리방침\n\n제1조(개인정보의 처리 목적)\n회원 가입\n\n제2조(개인정보 보호책임자)\n성명: 김하늘, 02-555-0100\n",
      "a.txt",
      "제3조(개인정보의 파기 절차 및 방법)",
    ],
    [
      "N. 제목",
      "누리 개인정보 처리방침\n\n1. 처리 목적\n회원 가입\n\n09. 보호책임자\n성명: 김하늘, 02-555-0100",
      "a.txt",
      "10. 개인정보의 파기 절차 및 방법",
    ],
    [
      "가. 제목",
      "누리 개인정보 처리방침\n\n가. 처리 목적\n회원 가입\n\n나. 보호책임자\n성명: 김하늘, 02-555-0100",
      "a.txt",
      "다. 개인정보의 파기 절차 및 방법",
    ],
    [
      "Ｎ．제목 (full width)",
      "누리 개인정보 처리방침\n\n１．처리 목적\n회원 가입\n\n２．보호책임자\n성명: 김하늘, 02-555-0100",
      "a.txt",
      "３．개인정보의 파기 절차 및 방법",
    ],
    [
      "0N on a line of its own, the title below",
      "누리 개인정보 처리방침\n\n01\n처리 목적\n회원 가입\n\n02\n보호책임자\n성명: 김하늘, 02-555-0100",
      "a.txt",
      "03\n개인정보의 파기 절차 및 방법",
    ],
    [
      "제N장 grouping 제N조(제목)",
      "누리군 개인정보 처리방침\n\n제1장 총칙\n제1조(개인정보의 처리 목적) 민원 처리\n제2장 문의\n제2조(개인정보 보호책임자) 성명: 김하늘, 02-555-0100",
      "a.txt",
      "제3조(개인정보의 파기 절차 및 방법)",
    ],
    [
      "## N. 제목",
      "# 누리 개인정보 처리방침\n\n## 1. 목적\n회원 가입\n\n## 2. 보호책임자\n김하늘 02-555-0100",
      "a.md",
      "## 3. 개인정보의 파기 절차 및 방법",
    ],
  ])("numbers the new heading as the policy does: %s", async (_style, text, filePath, heading) => {
    const finding = await missing(text, filePath, "required-destruction");
    const [skeleton] = finding.suggestions!;
    expect(skeleton.desc).toContain("개인정보의 파기 절차 및 방법");
    const fixed = applyFixes(text, [skeleton.fix]).text;
    // added at the end, after a blank line, with the items the law asks for and blanks to fill
    expect(fixed.startsWith(text.replace(/\n$/, ""))).toBe(true);
    expect(fixed.slice(text.replace(/\n$/, "").length)).toMatch(
      new RegExp(`^\\n\\n${heading.replace(/[()]/g, "\\$&")}\\n- 파기 절차: ○○[^\\n]*\\n- 파기 방법: ○○[^\\n]*\\n?$`),
    );
    // the item is no longer missing; its blanks are reported until they are filled
    const after = (await lintText(fixed, filePath)).findings.filter((candidate) => candidate.ruleId === "required-destruction");
    expect(after.map((candidate) => candidate.messageId)).not.toContain("missing");
  });

  it("writes the document's own line endings", async () => {
    const text =
      "누리 개인정보 처리방침\r\n\r\n제1조(개인정보의 처리 목적)\r\n회원 가입\r\n\r\n제2조(개인정보 보호책임자)\r\n성명: 김하늘, 02-555-0100\r\n";
    const [skeleton] = (await missing(text, "a.txt", "required-destruction")).suggestions!;
    expect(skeleton.fix.text).toMatch(/^\r\n제3조\(개인정보의 파기 절차 및 방법\)\r\n- 파기 절차/);
    expect(skeleton.fix.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("the next section's marker", () => {
  it.each([
    ["article", "제9조", 9, "제10조"],
    ["chapter", "제2장", 2, "제3장"],
    ["decimal", "9.", 9, "10."],
    ["decimal-sub", "3-2.", 2, "3-3."],
    ["zero-padded", "09", 9, "10"],
    ["paren-decimal", "(4)", 4, "(5)"],
    ["circled", "⑨", 9, "⑩"],
    ["hangul", "라.", 4, "마."],
    ["latin", "C.", 3, "D."],
    ["roman", "Ⅳ.", 4, "Ⅴ."],
    ["roman", "IV.", 4, "V."],
    ["bullet", "■", null, "■"],
    ["decimal", "９．", 9, "１０．"],
    ["article", "제１２조", 12, "제１３조"],
    ["paren-decimal", "⑶", 3, "⑷"],
    ["decimal", "⒐", 9, "⒑"],
  ])("%s %s → the next one", (style, marker, number, next) => {
    expect(nextMarker({ style, marker, number } as Heading)).toBe(next);
  });
});

describe("disable-comment suggestions", () => {
  // offered by editors ("disable for this line"); JSON output leaves them out, as ESLint's does
  const disableFix = (finding: Finding, text: string) => {
    const { edit } = disableNextLineSuggestion(finding.ruleId, finding.line, text.split("\n"), "ko");
    return toFix(edit, sourceText(text));
  };

  it("applied, it silences that rule on that line and changes no other finding", async () => {
    const text = "개인정보취급방침\n\n누리책방(이하 '회사')은 정보를 처리합니다.\n  - 개인정보침해신고센터: 1336\n";
    const before = (await lintText(text, "a.txt")).findings;
    const target = before.find((finding) => finding.ruleId === "outdated-reference" && finding.line === 4)!;
    const fix = disableFix(target, text);
    expect(fix.text).toBe("  <!-- policy-lint-disable-next-line outdated-reference -- 사유를 적으십시오 -->\n");
    const after = (await lintText(applyFixes(text, [fix]).text, "a.txt")).findings;
    const signature = (findings: Finding[], shift: number) =>
      findings.map((finding) => `${finding.ruleId}:${finding.messageId}@${finding.line > 4 - shift ? finding.line - shift : finding.line}`);
    expect(signature(after, 1)).toEqual(signature(before, 0).filter((entry) => entry !== "outdated-reference:stale@4"));
  });

  it("a comment above line 1 does not become the policy's title", async () => {
    const text = "개인정보취급방침\n\n누리책방(이하 '회사')은 정보를 처리합니다.\n";
    const titleFindings = async (source: string) =>
      (await lintText(source, "a.md")).findings.filter((finding) => finding.ruleId === "title-name").map((finding) => finding.messageId);
    const first = (await lintText(text, "a.md")).findings.find((finding) => finding.ruleId === "outdated-reference")!;
    expect(await titleFindings(applyFixes(text, [disableFix(first, text)]).text)).toEqual(await titleFindings(text));
  });
});

describe("the data a lawyer reviews", () => {
  it("marks every replacement of a stale text as a fix or a suggestion, with a pattern that compiles", () => {
    const replacements = outdated.entries.flatMap((entry) => ("replacements" in entry ? entry.replacements : []));
    expect(replacements.length).toBeGreaterThan(10);
    for (const replacement of replacements) {
      expect(["fix", "suggestion"]).toContain(replacement.apply);
      expect(() => new RegExp(replacement.match)).not.toThrow();
      expect(replacement.text.trim()).not.toBe("");
    }
  });

  it("gives every skeleton a title and items with blanks to fill", () => {
    for (const skeleton of Object.values(skeletons.topics)) {
      expect(skeleton.title).not.toBe("");
      expect(skeleton.items.length).toBeGreaterThan(1);
    }
  });
});
