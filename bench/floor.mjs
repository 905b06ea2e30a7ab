// The floor: read the same files and run one regular expression over each — less work than any linter does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let hits = 0;
for (const name of readdirSync(dir)) {
  const text = readFileSync(join(dir, name), "utf8");
  if (/개인정보\s*보호\s*책임자/.test(text)) hits++;
}
console.log(hits);
