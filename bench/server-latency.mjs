// The language server's warm re-lint latency: a 100 KB policy open in the server, edited again and again as
// a person types; each sample is the time from didChange to the diagnostics of that version. Run standalone
// (node bench/server-latency.mjs) or from bench/run.mjs. Run `npm run build` first.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const TARGET_BYTES = 100 * 1024;
const WARM_UP = 20;
const SAMPLES = 200;

/** Real seeds one after another, up to 100 KB: as long as the longest policies in the corpus. */
function hundredKilobytePolicy() {
  const seeds = readdirSync(join(root, "fixtures/seeds"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(root, "fixtures/seeds", name), "utf8"));
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < TARGET_BYTES; i++) text += `${seeds[i % seeds.length]}\n`;
  return text;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function measureServerLatency() {
  const server = spawn(process.execPath, [join(root, "dist/language-server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", ({ version, diagnostics }) => {
    waiting.get(version)?.(diagnostics);
    waiting.delete(version);
  });
  connection.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification("initialized", {});

  const text = hundredKilobytePolicy();
  const uri = pathToFileURL(join(root, "bench", "policy-100kb.txt")).href;
  const opened = published(1);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
  const findings = (await opened).length;

  // a keystroke in the middle of the policy, typed and deleted in turn
  const line = Math.floor(text.split("\n").length / 2);
  const samples = [];
  for (let version = 2; version < 2 + WARM_UP + SAMPLES; version++) {
    const typing = version % 2 === 0;
    const range = { start: { line, character: 0 }, end: { line, character: typing ? 0 : 1 } };
    const done = published(version);
    const start = process.hrtime.bigint();
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range, text: typing ? "가" : "" }],
    });
    await done;
    if (version >= 2 + WARM_UP) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  connection.dispose();
  server.kill();
  samples.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(text), findings, samples: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureServerLatency();
  console.log(
    `(e) language server, warm re-lint of a ${(result.bytes / 1024).toFixed(0)} KB policy (${result.findings} findings) after an edit: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms over ${result.samples} edits (target: p95 ≤ 30 ms)`,
  );
}
