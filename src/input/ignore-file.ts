// .policylintignore: gitignore-style paths, relative to the working directory, that are not linted.
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type ignoreFactory from "ignore";
import type { Ignore } from "ignore";
import { lazy } from "./lazy.js";

const ignore = lazy<typeof ignoreFactory>("ignore");

export function readIgnoreFile(path: string): Ignore | null {
  if (!existsSync(path)) return null;
  return ignore()().add(readFileSync(path, "utf8"));
}

export function isIgnored(matcher: Ignore, file: string): boolean {
  const path = relative(process.cwd(), resolve(file)).split("\\").join("/");
  // files outside the working directory are not governed by its ignore file
  return !path.startsWith("..") && matcher.ignores(path);
}
