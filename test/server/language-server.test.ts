// The language server as an editor drives it: the built binary over stdio, spoken to in LSP.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SERVER = new URL("../../dist/language-server.js", import.meta.url).pathname;
const SEED_000 = readFileSync(new URL("../../fixtures/seeds/000_db5f55dfc5c8a39a.txt", import.meta.url), "utf8");

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  codeDescription: { href: string };
  source: string;
  message: string;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, TextEdit[]> };
}

class EditorClient {
  readonly registrations: { method: string; registerOptions: unknown }[] = [];
  private readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[] }[]>();
  private readonly waiting: { uri: string; test: (diagnostics: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];

  constructor(readonly connection: MessageConnection) {
    connection.onRequest("client/registerCapability", (params: { registrations: EditorClient["registrations"] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      for (const waiter of [...this.waiting])
        if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
    });
    connection.listen();
  }

  /** The next diagnostics published for `uri` that pass `test`. */
  diagnostics(uri: string, test: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiting.push({ uri, test, resolve }));
  }

  publishedFor(uri: string) {
    return this.published.get(uri) ?? [];
  }
}

function applyEdit(text: string, edit: TextEdit): string {
  const lines = text.split("\n");
  const offsetOf = ({ line, character }: { line: number; character: number }) =>
    lines.slice(0, line).reduce((sum, content) => sum + content.length + 1, 0) + character;
  return text.slice(0, offsetOf(edit.range.start)) + edit.newText + text.slice(offsetOf(edit.range.end));
}

const ofRule = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code);

describe("policy-lint-language-server", () => {
  const workspace = mkdtempSync(join(tmpdir(), "policy-lint-lsp-"));
  const seedUri = pathToFileURL(join(workspace, "privacy.txt")).href;
  const markdownUri = pathToFileURL(join(workspace, "privacy.md")).href;
  let server: ChildProcessWithoutNullStreams;
  let client: EditorClient;

  beforeAll(async () => {
    server = spawn(process.execPath, [SERVER, "--stdio"]);
    client = new EditorClient(createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin)));
    const initialized = (await client.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: "policies" }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ["markdown"] } },
      },
      initializationOptions: { debounceMs: 10 },
    })) as { capabilities: Record<string, unknown> };
    expect(initialized.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: 2 });
    await client.connection.sendNotification("initialized", {});
  });

  afterAll(async () => {
    await client.connection.sendRequest("shutdown");
    await client.connection.sendNotification("exit");
    client.connection.dispose();
    server.kill();
  });

  it("watches configuration files the editor should report changes to", async () => {
    await expect.poll(() => client.registrations.map((registration) => registration.method)).toContain("workspace/didChangeWatchedFiles");
    const watchers = (client.registrations[0].registerOptions as { watchers: { globPattern: string }[] }).watchers;
    expect(watchers.map((watcher) => watcher.globPattern)).toEqual(expect.arrayContaining(["**/.policylintrc.json", "**/package.json"]));
  });

  it("publishes diagnostics for a seed on open: severity, rule code and page, statute in the message", async () => {
    const published = client.diagnostics(seedUri);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: seedUri, languageId: "plaintext", version: 1, text: SEED_000 },
    });
    const diagnostics = await published;
    const [stale] = ofRule(diagnostics, "outdated-reference");
    expect(stale).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } },
      severity: 2,
      source: "policy-lint",
    });
    expect(stale.message).toBe(
      "'개인정보취급방침'은 옛 명칭입니다: 법의 명칭은 '개인정보 처리방침'입니다 (개인정보 보호법(2011-09-30 시행, 2020-08-05·2023-09-15 개정), 개인정보 처리방침 작성지침)",
    );
    // the rule's page for this version, as JSON and SARIF link it
    expect(stale.codeDescription.href).toMatch(/^https:\/\/.*\/blob\/v[\d.]+\/docs\/rules\/outdated-reference\.md$/);
    // the same findings the command line reports, at the same places
    const processor = ofRule(diagnostics, "processor-disclosure").map((diagnostic) => diagnostic.range.start.line + 1);
    expect(processor).toContain(46);
    expect(ofRule(diagnostics, "dpo-contact").map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.severity])).toEqual([
      [98, 1],
    ]);
  });

  it("explains a finding on hover, with the rule's description and a compliant example", async () => {
    const hover = (await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri: seedUri },
      position: { line: 0, character: 3 },
    })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe("markdown");
    expect(hover.contents.value).toContain("**낡은 법령·용어·연락처** (`outdated-reference`)");
    expect(hover.contents.value).toContain("폐지되거나 옮겨진 조항");
    expect(hover.contents.value).toContain("바르게 쓴 예:\n\n```text\n- 경찰청: (국번없이) 182, ecrm.police.go.kr");
    const nothing = await client.connection.sendRequest("textDocument/hover", {
      textDocument: { uri: seedUri },
      position: { line: 2, character: 0 },
    });
    expect(nothing).toBeNull();
  });

  it("offers the fix, fix-all and disable-for-this-line as code actions, with the edits to make", async () => {
    const diagnostics = client.publishedFor(seedUri).at(-1)!.diagnostics;
    const stale = ofRule(diagnostics, "outdated-reference")[0];
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: seedUri },
      range: stale.range,
      context: { diagnostics: [stale] },
    })) as CodeAction[];
    const preferred = actions.find((action) => action.isPreferred)!;
    expect(preferred.kind).toBe("quickfix");
    expect(preferred.edit.changes[seedUri]).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } }, newText: "개인정보 처리방침" },
    ]);
    const disable = actions.find((action) => action.title.includes("끄기"))!;
    expect(disable.edit.changes[seedUri]).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        newText: "<!-- policy-lint-disable-next-line outdated-reference -- 사유를 적으십시오 -->\n",
      },
    ]);
    const fixAll = actions.find((action) => action.title.includes("모두 고치기"))!;
    // one edit that, applied, gives what policy-lint --fix writes: every old name replaced
    expect(fixAll.edit.changes[seedUri]).toHaveLength(1);
    expect(applyEdit(SEED_000, fixAll.edit.changes[seedUri][0])).toBe(SEED_000.replace(/개인정보\s*취급\s*방침/g, "개인정보 처리방침"));

    const onSave = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: seedUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    expect(onSave.map((action) => action.kind)).toEqual(["source.fixAll.policy-lint"]);
  });

  it("re-lints after an edit, and the finding the fix addressed is gone", async () => {
    const published = client.diagnostics(seedUri);
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: seedUri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } }, text: "개인정보 처리방침" }],
    });
    const diagnostics = await published;
    expect(ofRule(diagnostics, "outdated-reference").some((diagnostic) => diagnostic.range.start.line === 0)).toBe(false);
    expect(ofRule(diagnostics, "dpo-contact")).toHaveLength(1);
    expect(client.publishedFor(seedUri).at(-1)!.version).toBe(2);
  });

  it("lints a Markdown policy with positions in the Markdown source, and fixes it there", async () => {
    const text = [
      "# 누리책방 개인정보취급방침",
      "",
      "## 1. 개인정보 관리책임자",
      "- 성명: 김하늘, 전화 02-555-0100",
      "",
      "## 2. 권익침해 구제방법",
      "- 개인정보침해신고센터: (국번없이) **1336**",
      "",
    ].join("\n");
    const published = client.diagnostics(markdownUri);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: markdownUri, languageId: "markdown", version: 1, text },
    });
    const stale = ofRule(await published, "outdated-reference");
    expect(stale.map((diagnostic) => [diagnostic.range.start, diagnostic.range.end])).toEqual([
      [
        { line: 0, character: 7 },
        { line: 0, character: 15 },
      ],
      [
        { line: 2, character: 6 },
        { line: 2, character: 16 },
      ],
      [
        { line: 6, character: 23 },
        { line: 6, character: 27 },
      ],
    ]);
    const edits = [];
    for (const diagnostic of stale) {
      const actions = (await client.connection.sendRequest("textDocument/codeAction", {
        textDocument: { uri: markdownUri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      edits.push(actions.find((action) => action.isPreferred)!.edit.changes[markdownUri][0]);
    }
    expect(edits.map((edit) => edit.newText)).toEqual(["개인정보 처리방침", "개인정보 보호책임자", "118"]);
    expect(edits[2].range).toEqual(stale[2].range);
  });

  it("lints an HTML policy by its language id, with positions in the HTML source", async () => {
    const htmlUri = "untitled:Untitled-1";
    const published = client.diagnostics(htmlUri);
    const text = "<h1>개인정보 처리방침</h1>\n<p>문의: <b>개인정보 관리책임자</b> 김하늘</p>\n";
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: htmlUri, languageId: "html", version: 1, text },
    });
    const [stale] = ofRule(await published, "outdated-reference");
    expect(stale.range).toEqual({ start: { line: 1, character: 10 }, end: { line: 1, character: 20 } });
  });

  it("applies the nearest configuration, and re-lints open documents when a configuration file changes", async () => {
    expect(ofRule(client.publishedFor(markdownUri).at(-1)!.diagnostics, "outdated-reference")).toHaveLength(3);
    const configPath = join(workspace, ".policylintrc.json");
    writeFileSync(configPath, JSON.stringify({ rules: { "outdated-reference": "off", "dpo-contact": "error" } }));
    const markdown = client.diagnostics(markdownUri);
    const seed = client.diagnostics(seedUri);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(configPath).href, type: 1 }],
    });
    expect(ofRule(await markdown, "outdated-reference")).toEqual([]);
    const seedDiagnostics = await seed;
    expect(ofRule(seedDiagnostics, "outdated-reference")).toEqual([]);
    expect(ofRule(seedDiagnostics, "dpo-contact").map((diagnostic) => diagnostic.severity)).toEqual([1]);

    writeFileSync(configPath, "{ not json");
    const broken = client.diagnostics(markdownUri);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(configPath).href, type: 2 }],
    });
    const [configError] = await broken;
    expect(configError.message).toMatch(/\.policylintrc\.json:1:3: cannot be parsed/);
  });

  it("leaves documents that are not policies alone, and clears a closed document's diagnostics", async () => {
    const scriptUri = pathToFileURL(join(workspace, "build.ts")).href;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: scriptUri, languageId: "typescript", version: 1, text: "// 개인정보취급방침\n" },
    });
    const cleared = client.diagnostics(markdownUri, (diagnostics) => diagnostics.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: markdownUri } });
    await cleared;
    expect(client.publishedFor(scriptUri)).toEqual([]);
  });
});
