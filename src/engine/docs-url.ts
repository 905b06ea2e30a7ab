// Where a rule's documentation lives: docs/rules/<id>.md in the package, as a file URL editors can open.
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, sep } from "node:path";

function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // <root>/src/engine when run from source (tests), <root>/dist/src/engine when built
  const parts = here.split(sep);
  const at = parts.lastIndexOf("dist");
  return at >= 0 ? parts.slice(0, at).join(sep) : join(here, "..", "..");
}

const ROOT = packageRoot();

export function ruleDocsPath(ruleId: string): string {
  return join(ROOT, "docs", "rules", `${ruleId}.md`);
}

export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(ruleDocsPath(ruleId)).href;
}
