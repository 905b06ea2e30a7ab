// --fix and --fix-dry-run: exactly the fixable spans change, the file keeps its encoding, byte-order mark and
// line endings byte for byte elsewhere, and a second run finds nothing to do.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply.js";
import { fixInPasses } from "../../src/fix/fix-passes.js";
import type { Finding } from "../../src/runtime/rule.js";
import { readSeed } from "../helpers.js";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input });

// the corrections the data marks as fixes, written out by hand
const renamed = (text: string) =>
  text.replace(/개인정보\s*취급\s*방침/g, "개인정보 처리방침").replace(/개인정보\s*관리\s*책임자/g, "개인정보 보호책임자");

const PASSAGE = [
  "개인정보취급방침",
  "",
  "누리책방(이하 '회사')은 개인정보 보호법에 따라 이 방침을 둡니다.",
  "제1조(개인정보 관리책임자) 성명: 김하늘, 전화 02-555-0100",
  "제2조(권익침해 구제방법)",
  "- 개인정보침해신고센터: (국번없이) 1336, www.1336.or.kr",
  "- 개인정보분쟁조정위원회: 1336", // the right contact depends on what was meant: a suggestion, not a fix
  "- 경찰청 사이버안전국: cyberbureau.police.go.kr",
  "- 똠방각하 햏 (CP949 확장 음절)",
  "",
].join("\n");
const PASSAGE_FIXED = [
  "개인정보 처리방침",
  "",
  "누리책방(이하 '회사')은 개인정보 보호법에 따라 이 방침을 둡니다.",
  "제1조(개인정보 보호책임자) 성명: 김하늘, 전화 02-555-0100",
  "제2조(권익침해 구제방법)",
  "- 개인정보침해신고센터: (국번없이) 118, privacy.kisa.or.kr",
  "- 개인정보분쟁조정위원회: 1336",
  "- 경찰청 사이버수사국: ecrm.police.go.kr",
  "- 똠방각하 햏 (CP949 확장 음절)",
  "",
].join("\n");

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
const ENCODINGS: Record<string, (text: string) => Buffer> = {
  "UTF-8": (text) => Buffer.from(text, "utf8"),
  "UTF-8 with BOM and CRLF": (text) => withBom([0xef, 0xbb, 0xbf], Buffer.from(text.replace(/\n/g, "\r\n"), "utf8")),
  "UTF-16LE with BOM": (text) => withBom([0xff, 0xfe], iconv.encode(text, "utf-16le")),
  "UTF-16BE with BOM": (text) => withBom([0xfe, 0xff], iconv.encode(text, "utf-16be")),
  "UTF-16LE without BOM, CRLF": (text) => iconv.encode(text.replace(/\n/g, "\r\n"), "utf-16le"),
  CP949: (text) => iconv.encode(text, "cp949"),
};

// characters a CP949 file cannot hold, replaced by the ones it would have used
const cp949Safe = (text: string) => text.replace(/[\u2219\u2022]/g, "·").replace(/\u00a0/g, " ");

const CASES: [string, string, string][] = [
  ["a passage", PASSAGE, PASSAGE_FIXED],
  ["seed 000", readSeed("000_db5f55dfc5c8a39a.txt"), renamed(readSeed("000_db5f55dfc5c8a39a.txt"))],
  [
    "seed 002",
    readSeed("002_f560904eedbd5243.txt"),
    readSeed("002_f560904eedbd5243.txt")
      .replace("www.1336.or.kr", "privacy.kisa.or.kr")
      .replace("cyberbureau.police.go.kr", "ecrm.police.go.kr"),
  ],
  [
    "seed 003",
    readSeed("003_56b8b555a71aed3b.txt"),
    renamed(readSeed("003_56b8b555a71aed3b.txt"))
      .replace("1566-0112", "182")
      .replace("www.netan.go.kr", "ecrm.police.go.kr")
      // the table of contents repeats the headings: the rule does not report it there, so --fix leaves it
      .replace("10.개인정보 보호책임자", "10.개인정보 관리책임자"),
  ],
];

describe("policy-lint --fix", () => {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-fix-"));
  for (const [name, original, fixed] of CASES) {
    for (const [encodingName, encode] of Object.entries(ENCODINGS)) {
      it(`${name} in ${encodingName}: only the fixable spans change, and a second --fix writes nothing`, () => {
        const safe = encodingName === "CP949" ? cp949Safe : (text: string) => text;
        const file = join(dir, `${name.replace(/\W/g, "-")}-${encodingName.replace(/\W/g, "-")}.txt`);
        writeFileSync(file, encode(safe(original)));
        const first = run(["--fix", file]);
        expect(first.status, first.stderr).not.toBe(2);
        expect(readFileSync(file).equals(encode(safe(fixed)))).toBe(true);

        const before = statSync(file);
        const second = run(["--fix", file]);
        expect(second.status, second.stderr).not.toBe(2);
        expect(readFileSync(file).equals(encode(safe(fixed)))).toBe(true);
        // not rewritten: a write would have put a new file (inode) in its place
        expect([statSync(file).ino, statSync(file).mtimeMs]).toEqual([before.ino, before.mtimeMs]);
      });
    }
  }

  it("reports what remains, with the fixable counts of ESLint's JSON", () => {
    const file = join(dir, "counts.txt");
    writeFileSync(file, PASSAGE);
    const [before] = JSON.parse(run(["--format", "json", file]).stdout);
    expect([before.fixableErrorCount, before.fixableWarningCount]).toEqual([0, 4]);
    const stale = before.messages.filter((message: { fix?: unknown }) => message.fix);
    expect(stale.map((message: { line: number }) => message.line)).toEqual([1, 4, 6, 8]);
    expect(stale[0].fix).toEqual({ range: [0, 8], text: "개인정보 처리방침" });
    const mediation = before.messages.find(
      (message: { line: number; ruleId: string }) => message.line === 7 && message.ruleId === "outdated-reference",
    );
    expect(mediation.fix).toBeUndefined();
    expect(mediation.suggestions.slice(0, 2).map((suggestion: { fix: { text: string } }) => suggestion.fix.text)).toEqual([
      "1833-6972",
      "118",
    ]);

    expect(run([file]).stdout).toContain("그중 4건은 --fix로 고칠 수 있습니다");

    const [after] = JSON.parse(run(["--fix", "--format", "json", file]).stdout);
    expect([after.fixableErrorCount, after.fixableWarningCount]).toEqual([0, 0]);
    expect(
      after.messages.some((message: { line: number; ruleId: string }) => message.line === 7 && message.ruleId === "outdated-reference"),
    ).toBe(true);
    expect(after.output).toBe(PASSAGE_FIXED);
  });

  it("--fix-dry-run reports the fixed text as output and writes nothing", () => {
    const file = join(dir, "dry-run.txt");
    writeFileSync(file, PASSAGE);
    const [result] = JSON.parse(run(["--fix-dry-run", "--format", "json", file]).stdout);
    expect(result.output).toBe(PASSAGE_FIXED);
    expect(readFileSync(file, "utf8")).toBe(PASSAGE);
    const [stdin] = JSON.parse(run(["--fix-dry-run", "--format", "json", "-"], PASSAGE).stdout);
    expect(stdin.output).toBe(PASSAGE_FIXED);
  });

  it("leaves markup alone: a stale name with bold inside it is reported, not fixed", () => {
    const file = join(dir, "markup.md");
    const text = "# 개인정보 처리방침\n\n## 1. 목적\n회원 관리. 이 **개인정보취급방침**과 개인정보**취급**방침은 옛 이름입니다.\n";
    writeFileSync(file, text);
    run(["--fix", file]);
    expect(readFileSync(file, "utf8")).toBe(text.replace("**개인정보취급방침**", "**개인정보 처리방침**"));
  });

  it("writes through a copy's own permissions, atomically, and refuses --fix with --fix-dry-run", () => {
    const file = join(dir, "mode.txt");
    copyFileSync(new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url), file);
    spawnSync("chmod", ["640", file]);
    run(["--fix", file]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(run(["--fix", "--fix-dry-run", file]).status).toBe(2);
  });
});

describe("applying fixes", () => {
  it("applies fixes in order of position; one that overlaps or touches an applied fix waits", () => {
    const fixes = [
      { range: [6, 8] as [number, number], text: "Y" },
      { range: [0, 3] as [number, number], text: "x" },
      { range: [2, 5] as [number, number], text: "overlaps" },
      { range: [3, 4] as [number, number], text: "touches" },
    ];
    expect(applyFixes("abcdefghij", fixes)).toEqual({ text: "xdefYij", applied: 2 });
  });

  it("lints again after each pass until no fix is left", async () => {
    const finding = (start: number, end: number, text: string) => ({ fix: { range: [start, end], text } }) as unknown as Finding;
    // each pass proposes two overlapping fixes of the text's first "a": one is applied, the other waits
    const lint = async (text: string) => {
      const at = text.indexOf("a");
      return { findings: at < 0 ? [] : [finding(at, at + 1, "b"), finding(at, at + 1, "c")] };
    };
    const fixed = await fixInPasses("a-a-a", lint);
    expect([fixed.text, fixed.applied]).toEqual(["b-b-b", 3]);
  });
});
