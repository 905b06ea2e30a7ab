// Facts about the installed package: where it lives, its version and where its source is published.
import { readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** <root>/src/pipeline when run from source (tests), <root>/dist/src/pipeline when built. */
export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const parts = here.split(sep);
  const at = parts.lastIndexOf("dist");
  return at >= 0 ? parts.slice(0, at).join(sep) : join(here, "..", "..");
}

export interface PackageManifest {
  name: string;
  version: string;
  repository?: string | { type?: string; url?: string; directory?: string };
  homepage?: string;
}

let manifest: PackageManifest | undefined;

export function packageManifest(): PackageManifest {
  manifest ??= JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as PackageManifest;
  return manifest;
}

export function packageVersion(): string {
  return packageManifest().version;
}
