// Writes docs/rules/ and schemas/config.schema.json from the built rules' metadata (run `npm run build` first; `npm run docs` does both).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { rules } from "../dist/rules/index.js";
import { renderRuleDocs } from "../dist/src/docs/render.js";
import { renderConfigSchema } from "../dist/src/docs/config-schema.js";

const dir = new URL("../docs/rules/", import.meta.url);
mkdirSync(dir, { recursive: true });
const files = renderRuleDocs(rules);
for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(new URL(name, dir));
for (const [name, content] of files) writeFileSync(new URL(name, dir), content);
writeFileSync(new URL("../schemas/config.schema.json", import.meta.url), renderConfigSchema(rules));
console.log(`wrote ${files.size} files to docs/rules/ and schemas/config.schema.json`);
