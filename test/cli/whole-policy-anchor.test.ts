// Findings about the whole policy, as a user sees and silences them: on the title line, never on a comment
// or a <!DOCTYPE>, and a disable comment at the title does what the README says.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CLI = new URL("../../dist/cli.js", import.meta.url).pathname;

type Message = { ruleId: string; line: number; column: number; message: string; severity: number };

function lint(name: string, text: string, ...args: string[]): { code: number | null; messages: Message[] } {
  const result = spawnSync(
    process.execPath,
    [CLI, "--no-config", "--format", "json", "--locale", "en", ...args, "-", "--stdin-filename", name],
    {
      encoding: "utf8",
      input: text,
    },
  );
  return { code: result.status, messages: (JSON.parse(result.stdout) as { messages: Message[] }[])[0].messages };
}

const linesOf = (messages: Message[], ruleId: string) => messages.filter((m) => m.ruleId === ruleId).map((m) => m.line);

// a policy that names its controller and little else: the required items are missing from the whole policy
const BODY = ["", '주식회사 누리책방(이하 "회사")은 개인정보 처리방침을 다음과 같이 공개합니다.', "", "문의: 고객센터"];

describe("whole-policy findings", () => {
  it("sit on the Markdown title, not on a review note above it, which is never taken for the title", () => {
    const { messages } = lint("policy.md", ["<!-- 검토 메모: 법무팀 확인 전 -->", "", "# Privacy Policy", ...BODY].join("\n"));
    expect(linesOf(messages, "required-purpose")).toEqual([3]);
    const title = messages.find((m) => m.ruleId === "title-name")!;
    expect(title.line).toBe(3);
    expect(title.message).toBe("the title 'Privacy Policy' is not the statutory name '개인정보 처리방침'");
    expect(messages.some((m) => m.message.includes("<!--"))).toBe(false);
  });

  it("sit on the <h1> of an HTML page, not on its <!DOCTYPE>", () => {
    const html = [
      "<!DOCTYPE html>",
      "<html>",
      "<head><title>누리책방</title></head>",
      "<body>",
      "<div>",
      "<h1>개인정보 처리방침</h1>",
      "<p>주식회사 누리책방은 개인정보 처리방침을 공개합니다.</p>",
      "</div>",
      "</body>",
      "</html>",
    ];
    const { messages } = lint("policy.html", html.join("\n"));
    expect(linesOf(messages, "required-purpose")).toEqual([6]);
    expect(messages.find((m) => m.ruleId === "required-purpose")!.column).toBe(5);
  });

  it("sit on an HTML page's <title> when it has no <h1>", () => {
    const html = [
      "<!DOCTYPE html>",
      "<html>",
      "<head>",
      "<title>개인정보 처리방침</title>",
      "</head>",
      "<body>",
      "<p>주식회사 누리책방은 개인정보 처리방침을 공개합니다.</p>",
      "</body>",
      "</html>",
    ];
    expect(linesOf(lint("policy.html", html.join("\n")).messages, "required-purpose")).toEqual([4]);
  });

  it("sit on the first line of text of a plain-text policy, after a comment", () => {
    const { messages } = lint("policy.txt", ["<!-- 초안 -->", "개인정보 처리방침", ...BODY].join("\n"));
    expect(linesOf(messages, "required-purpose")).toEqual([2]);
    expect(linesOf(messages, "title-name")).toEqual([]);
  });

  it("are silenced by disable-next-line above the title", () => {
    const text = ["<!-- policy-lint-disable-next-line required-purpose, title-name -- 별도 고지 -->", "# Privacy Policy", ...BODY].join(
      "\n",
    );
    const { messages } = lint("policy.md", text);
    expect(linesOf(messages, "required-purpose")).toEqual([]);
    expect(linesOf(messages, "title-name")).toEqual([]);
    expect(linesOf(messages, "required-items")).toEqual([2]);
  });

  it("are silenced by disable-line on the title, in Markdown and HTML", () => {
    const markdown = ["# Privacy Policy <!-- policy-lint-disable-line required-purpose, title-name -->", ...BODY].join("\n");
    const fromMarkdown = lint("policy.md", markdown).messages;
    expect(linesOf(fromMarkdown, "required-purpose")).toEqual([]);
    expect(linesOf(fromMarkdown, "title-name")).toEqual([]);
    expect(linesOf(fromMarkdown, "required-items")).toEqual([1]);
    const html = [
      "<!DOCTYPE html>",
      "<h1>개인정보 처리방침</h1> <!-- policy-lint-disable-line required-purpose -->",
      "<p>주식회사 누리책방은 개인정보 처리방침을 공개합니다.</p>",
    ];
    const fromHtml = lint("policy.html", html.join("\n")).messages;
    expect(linesOf(fromHtml, "required-purpose")).toEqual([]);
    expect(linesOf(fromHtml, "required-items")).toEqual([2]);
  });
});

describe("disable comments naming a rule that does not exist", () => {
  it("are reported, naming the rule, and fail the run", () => {
    const text = ["# 개인정보 처리방침 <!-- policy-lint-disable-line titel-name, required-purpose -->", ...BODY].join("\n");
    const { code, messages } = lint("policy.md", text);
    expect(code).toBe(1);
    const unknown = messages.filter((m) => m.ruleId === "unknown-rule-in-directive");
    expect(unknown).toEqual([
      expect.objectContaining({
        line: 1,
        column: 13,
        severity: 2,
        message: "policy-lint-disable-line names unknown rule 'titel-name' (see policy-lint --list-rules)",
      }),
    ]);
    // the rule it does name correctly is still silenced
    expect(linesOf(messages, "required-purpose")).toEqual([]);
  });

  it("are reported in Korean by default", () => {
    const result = spawnSync(process.execPath, [CLI, "--no-config", "-", "--stdin-filename", "p.txt"], {
      encoding: "utf8",
      input: "<!-- policy-lint-disable dpo-contacts -->\n개인정보 처리방침\n",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.stdout).toMatch(/1:1\s+오류\s+policy-lint-disable 주석의 규칙 'dpo-contacts'은\(는\) 없는 규칙입니다/);
  });
});
