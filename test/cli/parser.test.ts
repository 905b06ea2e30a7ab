// Which parser reads a policy: Markdown recognised by its content when the name does not say, and
// --parser to say it outright.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;
const MARKDOWN_POLICY = new URL("../../bench/sample-policy.md", import.meta.url).pathname;
const TEXT_POLICY = new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url).pathname;

type Message = { ruleId: string; line: number; column: number; messageId: string };

function lint(args: string[], input?: string): Message[] {
  const result = spawnSync(process.execPath, [CLI, "--no-config", "--format", "json", ...args], { encoding: "utf8", input });
  expect(result.stderr).toBe("");
  return (JSON.parse(result.stdout) as { messages: Message[] }[])[0].messages.map(({ ruleId, line, column, messageId }) => ({
    ruleId,
    line,
    column,
    messageId,
  }));
}

function copyAs(source: string, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "policy-lint-parser-")), name);
  copyFileSync(source, path);
  return path;
}

describe("a Markdown policy without a Markdown name", () => {
  const asMarkdown = lint([MARKDOWN_POLICY]);

  it("is read as Markdown when saved as .txt", () => {
    expect(lint([copyAs(MARKDOWN_POLICY, "policy.txt")])).toEqual(asMarkdown);
    // read as plain text it is another policy: the test above can tell the two apart
    expect(lint(["--parser", "text", copyAs(MARKDOWN_POLICY, "policy.txt")])).not.toEqual(asMarkdown);
  });

  it("is read as Markdown when piped in without --stdin-filename, or with a name without an extension", () => {
    const text = readFileSync(MARKDOWN_POLICY, "utf8");
    expect(lint(["-"], text)).toEqual(asMarkdown);
    expect(lint(["-", "--stdin-filename", "PRIVACY"], text)).toEqual(asMarkdown);
  });
});

describe("a plain-text policy", () => {
  it("stays plain text, even with a line or two that Markdown would read as markup", () => {
    const asText = lint(["--parser", "text", TEXT_POLICY]);
    expect(lint([TEXT_POLICY])).toEqual(asText);
    const text = readFileSync(TEXT_POLICY, "utf8");
    // one '#' line and one bold-looking opening: each one signal, together not enough to call it Markdown
    const withStrayMarks = `# 개인정보 처리방침 안내\n${text.replace("\n", "\n**주의** 아래 내용을 확인하세요\n")}`;
    const path = join(mkdtempSync(join(tmpdir(), "policy-lint-parser-")), "policy.txt");
    writeFileSync(path, withStrayMarks);
    expect(lint([path])).toEqual(lint(["--parser", "text", path]));
  });
});

describe("--parser", () => {
  it("reads input as the format named, whatever the extension", () => {
    expect(lint(["--parser", "markdown", copyAs(MARKDOWN_POLICY, "policy.txt")])).toEqual(lint([MARKDOWN_POLICY]));
    const html = "<!DOCTYPE html>\n<h1>개인정보 처리방침</h1>\n<p>주식회사 누리책방은 개인정보 처리방침을 공개합니다.</p>\n";
    expect(lint(["--parser", "html", "-"], html)).toEqual(lint(["-", "--stdin-filename", "policy.html"], html));
    expect(lint(["--parser", "html", "-"], html)).not.toEqual(lint(["--parser", "text", "-"], html));
  });

  it("refuses a format it does not know, with exit 2", () => {
    const result = spawnSync(process.execPath, [CLI, "--parser", "docx", TEXT_POLICY], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("option '--parser <format>' argument 'docx' is invalid. Allowed choices are text, markdown, html.");
  });
});
