// Cold start: wall time of `node dist/cli.js FILE` from a fresh process, against bare `node -e 0`.
// Medians of several runs; run `npm run build` first. Usage: node bench/cold-start.mjs [runs]
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const runs = Number(process.argv[2] ?? 15);
const root = fileURLToPath(new URL("..", import.meta.url));
const cases = [
  ["bare node -e 0", ["-e", "0"]],
  ["policy-lint seed 001 (text)", ["dist/cli.js", "fixtures/seeds/001_186b834dc1e90dc3.txt"]],
  ["policy-lint seed 000 --format json", ["dist/cli.js", "--format", "json", "fixtures/seeds/000_db5f55dfc5c8a39a.txt"]],
  ["policy-lint markdown policy", ["dist/cli.js", "bench/sample-policy.md"]],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${runs} runs each`);
let bare = 0;
for (const [name, args] of cases) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(times);
  if (name.startsWith("bare")) bare = ms;
  console.log(
    `${name.padEnd(40)} ${ms.toFixed(0).padStart(5)} ms${bare && !name.startsWith("bare") ? `  (${(ms / bare).toFixed(1)}× bare node)` : ""}`,
  );
}
