// Every regular expression in src/ and rules/ — literals in the code and patterns in rules/data — is checked
// with recheck (hybrid: automaton theory where it applies, else its fuzzer, with a fixed seed), and must be
// safe. A bounded window such as `[^.。]{0,40}` is linear in the input's length, but the fuzzer reads its
// cost on short attack strings as polynomial; a pattern flagged only polynomially (or not decided in time)
// is checked again with every bound cut to 3: if that is safe, its cost per position is bounded by the
// windows and the whole is linear. Unbounded repetition is untouched by the cut, so it is still caught.
//
// recheck's fuzzer times its attacks by the clock, so on a busy machine a safe expression can be judged
// polynomial, and the whole audit takes many minutes. The expressions found safe are recorded, by a hash of
// their source and flags with recheck's version and the options (redos-safe.json, written by `npm run
// audit:redos:record` on a quiet machine, which adds to the record and drops what is gone); the audit checks
// every expression not recorded — new, changed, or all of them after recheck or the options change — and a
// recorded one is never taken for anything but itself.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
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

// A data pattern may be scanned over the whole text at once (src/runtime/query.ts adds the g and m flags), where
// ^ and $ hold at every line: '^(?![^]*x)' is linear on a line and quadratic over a document's lines.
function patternsIn(file: string): { source: string; flags: string; where: string }[] {
  const found: { source: string; flags: string; where: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      // data files keep prose ("about", "source") beside patterns; a pattern is a string that compiles and uses regex syntax
      if (/about|source|date|ko$|en$|label|name|article|statute/.test(path.split(".").pop() ?? "")) return;
      try {
        new RegExp(value);
        if (/[\\|()[\]{}*+?^$]/.test(value)) found.push({ source: value, flags: "m", where: `${file.slice(root.length)} ${path}` });
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

/** `{m,n}` with n above 3 becomes `{min(m,3),3}`; escaped braces and exact counts are left alone. */
function cutBounds(source: string): string {
  return source.replace(/(?<!\\)\{(\d+),(\d+)\}/g, (_, low: string, high: string) => {
    const min = Math.min(Number(low), 3);
    return `{${min},${Math.max(min, Math.min(Number(high), 3))}}`;
  });
}

const OPTIONS = { timeout: 20_000, randomSeed: 20261122 };

function verdict(source: string, flags: string): string {
  const result = checkSync(source, flags, OPTIONS);
  if (result.status === "safe") return "safe";
  if (result.status === "vulnerable" && result.complexity.type === "exponential") return "exponential";
  const cut = cutBounds(source);
  if (cut !== source && checkSync(cut, flags, OPTIONS).status === "safe") return "safe";
  return result.status === "vulnerable" ? `${result.complexity.type} ${result.attack.pattern.slice(0, 80)}` : result.status;
}

const RECORD = process.env.POLICY_LINT_REDOS_RECORD === "1";
const RECORDED = join(root, "test", "security", "redos-safe.json");
const RECHECK_VERSION = (JSON.parse(readFileSync(join(root, "node_modules", "recheck", "package.json"), "utf8")) as { version: string })
  .version;

function keyOf({ source, flags }: { source: string; flags: string }): string {
  return createHash("sha256")
    .update(`recheck ${RECHECK_VERSION} ${JSON.stringify(OPTIONS)}\n${flags}\n${source}`)
    .digest("hex")
    .slice(0, 24);
}

function recordedSafe(): Set<string> {
  try {
    return new Set((JSON.parse(readFileSync(RECORDED, "utf8")) as { safe: string[] }).safe);
  } catch {
    return new Set();
  }
}

describe("ReDoS audit", () => {
  it("finds the project's regular expressions", () => {
    expect(regexes.length).toBeGreaterThan(150);
  });

  it("cuts bounded windows and nothing else", () => {
    expect(cutBounds("a[^.]{0,40}b{2,30}c{1,2}\\{0,9}d{4}")).toBe("a[^.]{0,3}b{2,3}c{1,2}\\{0,9}d{4}");
  });

  it("keys an expression by its source and flags", () => {
    expect(keyOf({ source: "a+", flags: "" })).not.toBe(keyOf({ source: "a+", flags: "i" }));
    expect(keyOf({ source: "a+", flags: "" })).not.toBe(keyOf({ source: "a*", flags: "" }));
  });

  it("has no regular expression that backtracks superlinearly", () => {
    const recorded = recordedSafe();
    const checked = regexes
      .filter((regex) => !recorded.has(keyOf(regex)))
      .map((regex) => ({ ...regex, verdict: verdict(regex.source, regex.flags) }));
    const unsafe = checked.filter(({ verdict }) => verdict !== "safe");
    if (RECORD) {
      // the record keeps what is still in the code and adds what was found safe now (delete the file to check all again)
      const current = new Set(regexes.map(keyOf));
      const kept = [...recorded].filter((key) => current.has(key));
      const safe = [...new Set([...kept, ...checked.filter(({ verdict }) => verdict === "safe").map(keyOf)])].sort();
      writeFileSync(
        RECORDED,
        `${JSON.stringify({ about: "see redos.test.ts: hashes of the expressions recheck found safe", safe }, null, 1)}\n`,
      );
    }
    expect(unsafe.map(({ where, source, verdict }) => `${where}: /${source}/ — ${verdict}`)).toEqual([]);
  }, 1_800_000);
});
