// tsc places src/cli.ts at dist/src/cli.js (rules/ sits beside src/); dist/cli.js is the short path
// the README, the eval script and the package's bin use.
import { writeFileSync, chmodSync } from "node:fs";

const shim = '#!/usr/bin/env node\nimport "./src/cli.js";\n';
writeFileSync(new URL("../dist/cli.js", import.meta.url), shim);
chmodSync(new URL("../dist/cli.js", import.meta.url), 0o755);
