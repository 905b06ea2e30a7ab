// Facts about the installed package: where it lives and its version.
import { readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** <root>/src/engine when run from source (tests), <root>/dist/src/engine when built. */
export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const parts = here.split(sep);
  const at = parts.lastIndexOf("dist");
  return at >= 0 ? parts.slice(0, at).join(sep) : join(here, "..", "..");
}

let version: string | undefined;

export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
  return version;
}
