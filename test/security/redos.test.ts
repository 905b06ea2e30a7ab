// Every regular expression in src/ and rules/ — literals in the code and patterns in rules/data — is checked
// with recheck. None may backtrack exponentially. Polynomial ones (mostly `\s*` chains and bounded windows
// such as `[^.。]{0,40}`, linear in practice but not provably so) are a backlog being rewritten: the list
// may only shrink, so new code cannot add one.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, extension) : path.endsWith(extension) ? [path] : [];
  });
}

// a regex literal: after a token that can precede an expression, `/…/flags` with classes and escapes
const LITERAL = /(?<=[=(,:!&|?{};[]\s*|return\s+)\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;

function literalsIn(file: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(file, "utf8");
  const found: { source: string; flags: string; where: string }[] = [];
  for (const match of text.matchAll(LITERAL)) {
    try {
      new RegExp(match[1], match[2]);
      const line = text.slice(0, match.index).split("\n").length;
      found.push({ source: match[1], flags: match[2].replace(/[gy]/g, ""), where: `${file.slice(root.length)}:${line}` });
    } catch {
      // not a regex (a division); the compiler would have rejected a broken literal
    }
  }
  return found;
}

function patternsIn(file: string): { source: string; flags: string; where: string }[] {
  const found: { source: string; flags: string; where: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      // data files keep prose ("about", "source") beside patterns; a pattern is a string that compiles and uses regex syntax
      if (/about|source|date|ko$|en$|label|name|article|statute/.test(path.split(".").pop() ?? "")) return;
      try {
        new RegExp(value);
        if (/[\\|()[\]{}*+?^$]/.test(value)) found.push({ source: value, flags: "", where: `${file.slice(root.length)} ${path}` });
      } catch {
        // not a pattern
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(JSON.parse(readFileSync(file, "utf8")), "");
  return found;
}

const regexes = [
  ...[...filesUnder(join(root, "src"), ".ts"), ...filesUnder(join(root, "rules"), ".ts")].flatMap(literalsIn),
  ...filesUnder(join(root, "rules", "data"), ".json").flatMap(patternsIn),
];

describe("ReDoS audit", () => {
  it("finds the project's regular expressions", () => {
    expect(regexes.length).toBeGreaterThan(150);
  });

  it("has no exponential regular expression, and no polynomial one outside the backlog", () => {
    const backlog = new Set<string>(JSON.parse(readFileSync(join(root, "test", "security", "redos-backlog.json"), "utf8")).polynomial);
    const checked = regexes.map((regex) => ({ ...regex, result: checkSync(regex.source, regex.flags, { timeout: 10_000 }) }));
    const exponential = checked.filter(({ result }) => result.status === "vulnerable" && result.complexity.type === "exponential");
    expect(exponential.map(({ where, source }) => `${where}: /${source}/`)).toEqual([]);
    const polynomial = checked.filter(
      ({ result }) => result.status !== "safe" && !(result.status === "vulnerable" && result.complexity.type === "exponential"),
    );
    expect(polynomial.filter(({ source }) => !backlog.has(source)).map(({ where, source }) => `${where}: /${source}/`)).toEqual([]);
  }, 300_000);
});
