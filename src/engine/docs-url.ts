// Where a rule's documentation lives: docs/rules/<id>.md in the package, as a file URL editors can open.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "./package-info.js";

const ROOT = packageRoot();

export function ruleDocsPath(ruleId: string): string {
  return join(ROOT, "docs", "rules", `${ruleId}.md`);
}

const urls = new Map<string, string>();

export function ruleDocsUrl(ruleId: string): string {
  let url = urls.get(ruleId);
  if (url === undefined) urls.set(ruleId, (url = pathToFileURL(ruleDocsPath(ruleId)).href));
  return url;
}
