// --outline as users run it: the compiled program on policies written for these tests, in each input format.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", ...options, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// numbered 1. / 2. with 가. and ① inside, a table of contents, and a title line
const TEXT_POLICY = `새벽빵 개인정보 처리방침

주식회사 새벽빵(이하 '회사')은 개인정보 보호법에 따라 이용자의 개인정보를 다음과 같이 처리합니다.

목차
1. 개인정보의 처리 목적
2. 처리하는 개인정보의 항목
3. 개인정보의 처리 및 보유 기간
4. 개인정보 보호책임자

1. 개인정보의 처리 목적
회사는 다음의 목적을 위하여 개인정보를 처리합니다.
가. 회원 가입 및 관리
본인 식별과 부정 이용 방지를 위하여 처리합니다.
나. 주문 처리
결제와 배송을 위하여 처리합니다.

2. 처리하는 개인정보의 항목
필수항목: 이름, 휴대전화번호, 배송지 주소

3. 개인정보의 처리 및 보유 기간
① 회원 정보는 탈퇴할 때까지 보유합니다.
② 계약에 관한 기록은 전자상거래법에 따라 5년간 보존합니다.

4. 개인정보 보호책임자
성명: 김하늘, 전화: 02-123-4567
`;

// ## headings, a ### subsection, and destruction folded into the retention section as a list item
const MARKDOWN_POLICY = `# 모래시계 개인정보 처리방침

주식회사 모래시계는 이용자의 개인정보를 소중히 다룹니다.

## 1. 개인정보의 처리 목적

회원 관리와 상담 응대를 위하여 개인정보를 처리합니다.

## 2. 개인정보의 보유 기간

회원 정보는 탈퇴할 때까지 보유합니다.

- 파기 절차
- 보유 기간이 끝난 정보는 지체 없이 파기합니다.

### 2-1. 법령에 따른 보존

전자상거래법에 따라 계약 기록을 5년간 보존합니다.

## 3. 개인정보 보호책임자

이름: 박솔, 이메일 privacy@example.com
`;

const HTML_POLICY = `<!doctype html>
<html>
<head><title>페이지 제목은 정책의 제목이 아니다</title></head>
<body>
<h1>개인정보 처리방침</h1>
<p>예시상점은 개인정보 보호법을 지킵니다.</p>
<h2>제1조 (개인정보의 처리 목적)</h2>
<p>주문과 배송을 위하여 개인정보를 처리합니다.</p>
<h2>제2조 (개인정보의 제3자 제공)</h2>
<p>이용자의 개인정보를 제3자에게 제공하지 않습니다.</p>
<h2>제3조 (권익침해 구제방법)</h2>
<p>개인정보침해신고센터(118)에 상담을 신청할 수 있습니다.</p>
</body>
</html>
`;

function policiesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "policy-lint-outline-"));
  writeFileSync(join(dir, "policy.txt"), TEXT_POLICY);
  writeFileSync(join(dir, "policy.md"), MARKDOWN_POLICY);
  writeFileSync(join(dir, "policy.html"), HTML_POLICY);
  return dir;
}

describe("policy-lint --outline", () => {
  it("prints a numbered text policy's sections as a tree, with line ranges, styles and items", () => {
    const { code, stdout, stderr } = run(["--outline", "policy.txt"], { cwd: policiesDir() });
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")).toEqual([
      "policy.txt",
      "제목: 새벽빵 개인정보 처리방침 (1행)",
      "목차: 6–9행 (항목 4개)",
      // the TOC's label ("목차") is one of the TOC's lines, no section
      "├── 새벽빵 개인정보 처리방침  (1–9, plain)",
      "├── 1. 개인정보의 처리 목적  (11–16, decimal)  → 개인정보의 처리 목적",
      "│   ├── 가. 회원 가입 및 관리  (13–14, hangul)",
      "│   └── 나. 주문 처리  (15–16, hangul)",
      "├── 2. 처리하는 개인정보의 항목  (18–19, decimal)  → 처리하는 개인정보의 항목",
      "├── 3. 개인정보의 처리 및 보유 기간  (21–23, decimal)  → 개인정보의 처리 및 보유 기간",
      "│   ├── ① 회원 정보는 탈퇴할 때까지 보유합니다.  (22–22, circled, 제목 아님)",
      "│   └── ② 계약에 관한 기록은 전자상거래법에 따라 5년간 보존합니다.  (23–23, circled, 제목 아님)",
      "└── 4. 개인정보 보호책임자  (25–26, decimal)  → 개인정보 보호책임자",
      "",
    ]);
  });

  it("nests Markdown headings by depth and shows a list item taken for an item under its section", () => {
    const { code, stdout } = run(["--outline", "policy.md"], { cwd: policiesDir() });
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      "policy.md",
      "제목: 모래시계 개인정보 처리방침 (1행)",
      "목차: 없음",
      "├── # 모래시계 개인정보 처리방침  (1–3, markdown)",
      "├── ## 개인정보의 처리 목적  (5–7, markdown, 번호 1)  → 개인정보의 처리 목적",
      "├── ## 개인정보의 보유 기간  (9–18, markdown, 번호 2)  → 개인정보의 처리 및 보유 기간",
      "│   ├── (목록 항목) 파기 절차  (13–14)  → 개인정보의 파기 절차 및 방법",
      "│   └── ### 법령에 따른 보존  (16–18, markdown, 번호 1)",
      "└── ## 개인정보 보호책임자  (20–22, markdown, 번호 3)  → 개인정보 보호책임자",
      "",
    ]);
  });

  it("reads an HTML policy's <h1>/<h2> headings, with lines counted in the HTML file", () => {
    const { code, stdout } = run(["--outline", "policy.html"], { cwd: policiesDir() });
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      "policy.html",
      "제목: 개인정보 처리방침 (5행)",
      "목차: 없음",
      "├── # 개인정보 처리방침  (5–6, markdown)",
      "├── ## 개인정보의 처리 목적  (7–8, markdown, 번호 1)  → 개인정보의 처리 목적",
      "├── ## 개인정보의 제3자 제공  (9–10, markdown, 번호 2)  → 개인정보의 제3자 제공",
      "└── ## 권익침해 구제방법  (11–14, markdown, 번호 3)  → 권익침해 구제방법",
      "",
    ]);
  });

  it("names the items in English with --locale en", () => {
    const { stdout } = run(["--outline", "--locale", "en", "policy.md"], { cwd: policiesDir() });
    expect(stdout).toContain("title: 모래시계 개인정보 처리방침 (line 1)\ntable of contents: none\n");
    expect(stdout).toContain("├── ## 개인정보의 보유 기간  (9–18, markdown, number 2)  → processing and retention period\n");
    expect(stdout).toContain("│   ├── (list item) 파기 절차  (13–14)  → destruction procedure and method\n");
    expect(run(["--outline", "--locale", "en", "policy.txt"], { cwd: policiesDir() }).stdout).toContain(
      "table of contents: lines 6–9 (4 entries)\n",
    );
  });

  it("outlines every policy in a directory, and standard input named by --stdin-filename", () => {
    const dir = policiesDir();
    const { code, stdout } = run(["--outline", "."], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout.split("\n").filter((line) => line.startsWith("policy."))).toEqual(["policy.html", "policy.md", "policy.txt"]);
    const stdin = run(["--outline", "--stdin-filename", "from-editor.md", "-"], { cwd: dir, input: MARKDOWN_POLICY });
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toMatch(/^from-editor\.md\n/);
    expect(stdin.stdout).toContain("│   ├── (목록 항목) 파기 절차  (13–14)  → 개인정보의 파기 절차 및 방법\n");
  });

  it("prints JSON that matches the committed schema with --format json", () => {
    const dir = policiesDir();
    const { code, stdout } = run(["--outline", "--format", "json", "policy.txt", "policy.md", "policy.html"], { cwd: dir });
    expect(code).toBe(0);
    const outlines = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(new URL("../../schemas/outline.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(outlines) ? [] : validate.errors).toEqual([]);

    const [text, markdown, html] = outlines;
    expect(text).toMatchObject({
      filePath: join(dir, "policy.txt"),
      format: "text",
      title: { text: "새벽빵 개인정보 처리방침", line: 1, column: 1 },
      tablesOfContents: [{ startLine: 6, endLine: 9, entries: 4 }],
      listItems: [],
    });
    expect(text.sections[1]).toMatchObject({
      level: 1,
      marker: "1.",
      number: 1,
      title: "개인정보의 처리 목적",
      style: "decimal",
      startLine: 11,
      endLine: 16,
      isTitle: true,
      topics: [{ id: "purpose", name: "개인정보의 처리 목적" }],
      sections: [
        { level: 2, marker: "가.", title: "회원 가입 및 관리", style: "hangul", startLine: 13, endLine: 14, topics: [] },
        { level: 2, marker: "나.", title: "주문 처리", style: "hangul", startLine: 15, endLine: 16, topics: [] },
      ],
    });
    expect(markdown.sections[2].listItems).toEqual([
      { title: "파기 절차", startLine: 13, endLine: 14, topics: [{ id: "destruction", name: "개인정보의 파기 절차 및 방법" }] },
    ]);
    expect(html.format).toBe("html");
    expect(
      html.sections.map((section: { marker: string; topics: { id: string }[] }) => [section.marker, section.topics.map((t) => t.id)]),
    ).toEqual([
      ["#", []],
      ["##", ["purpose"]],
      ["##", ["third-party"]],
      ["##", ["remedies"]],
    ]);

    const broken = structuredClone(outlines);
    broken[0].sections[0].startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it("names an unreadable file and its reason on one line, outlines the others, and exits 2", () => {
    const dir = policiesDir();
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const { code, stdout, stderr } = run(["--outline", "missing.txt", "scan.txt", "policy.md"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout.split("\n")[0]).toBe("policy.md");
    expect(stdout).toContain("├── ## 개인정보의 처리 목적  (5–7, markdown, 번호 1)  → 개인정보의 처리 목적\n");
    expect(stderr.trim().split("\n")).toEqual([
      "policy-lint: missing.txt: no such file",
      "policy-lint: scan.txt: binary file (contains NUL bytes), not a text policy",
    ]);
  });

  it("refuses output formats that have no outline", () => {
    const { code, stdout, stderr } = run(["--outline", "--format", "sarif", "policy.txt"], { cwd: policiesDir() });
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe("policy-lint: --outline prints text (the default) or --format json, not --format sarif\n");
  });
  it("shows a heading's translation beside it, as one section, in text and in JSON", () => {
    const bilingual = [
      "# 온새미 개인정보 처리방침",
      "",
      "## 1. 개인정보의 처리 목적",
      "## 1. Purposes of Processing",
      "",
      "주문을 받고 물건을 보내기 위하여 처리합니다.",
      "We process your data to take orders and ship them.",
      "",
      "## 2. 개인정보 보호책임자",
      "## 2. Privacy Officer",
      "",
      "보호책임자: 정해든 이사 (privacy@onsaemi.example)",
    ].join("\n");
    const text = run(["--outline", "--stdin-filename", "bilingual.md", "-"], { input: bilingual });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("├── ## 개인정보의 처리 목적 / Purposes of Processing  (3–7, markdown, 번호 1)");
    expect(text.stdout).toContain("└── ## 개인정보 보호책임자 / Privacy Officer  (9–12, markdown, 번호 2)");

    const json = run(["--outline", "--format", "json", "--stdin-filename", "bilingual.md", "-"], { input: bilingual });
    const [outline] = JSON.parse(json.stdout);
    const validate = new Ajv({ allErrors: true }).compile(
      JSON.parse(readFileSync(new URL("../../schemas/outline.schema.json", import.meta.url), "utf8")),
    );
    expect(validate([outline]) ? [] : validate.errors).toEqual([]);
    expect(outline.sections.map((section: { translation?: unknown }) => section.translation)).toEqual([
      undefined,
      { line: 4, title: "Purposes of Processing" },
      { line: 10, title: "Privacy Officer" },
    ]);
  });
});
