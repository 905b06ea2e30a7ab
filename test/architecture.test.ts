// The layout is the architecture: rules → rule runtime → parser; the pipeline → rules; the CLI, the language
// server and the reports → the pipeline. This reads every module's imports (value and type, static and
// dynamic) and fails on an import circle or an import against those arrows, so that the layout stays true.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Each folder of the program, and the folders its modules may import from (besides their own). */
const LAYERS = {
  // the document model: lines, headings, sections, tables, tables of contents
  parse: { path: "src/parse/", mayImport: [] },
  // what rules call: Rule and Finding types, finding sections and items, extracting values
  runtime: { path: "src/runtime/", mayImport: ["parse"] },
  rules: { path: "rules/", mayImport: ["runtime", "parse"] },
  // reading and decoding files; writing them (reports, baselines, the cache and fixed files), atomically
  input: { path: "src/input/", mayImport: ["parse"] },
  // applying fixes to a text and writing a fixed file; the lint function is passed in, not imported
  fix: { path: "src/fix/", mayImport: ["runtime", "parse", "input"] },
  // linting files: configuration, running the rules, disable comments, verdicts, cache, worker threads
  pipeline: { path: "src/pipeline/", mayImport: ["rules", "runtime", "parse", "input", "fix"] },
  report: { path: "src/report/", mayImport: ["pipeline", "rules", "runtime", "parse"] },
  docs: { path: "src/docs/", mayImport: ["rules", "runtime", "parse"] },
  server: { path: "src/server/", mayImport: ["pipeline", "report", "fix", "rules", "runtime", "parse", "input"] },
  cli: { path: "src/cli.ts", mayImport: ["pipeline", "report", "fix", "rules", "runtime", "parse", "input"] },
  api: { path: "src/index.ts", mayImport: ["pipeline", "report", "rules", "runtime", "parse"] },
} as const satisfies Record<string, { path: string; mayImport: readonly string[] }>;

type Layer = keyof typeof LAYERS;

function layerOf(file: string): Layer | undefined {
  const found = Object.entries(LAYERS).find(([, layer]) => (layer.path.endsWith("/") ? file.startsWith(layer.path) : file === layer.path));
  return found?.[0] as Layer | undefined;
}

/** Every module specifier a file names: import and export … from, import type, import("…") and import("…").Type. */
function specifiersOf(text: string, fileName = "module.ts"): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))) found.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function modulesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => `${folder}/${name.split(sep).join("/")}`);
}

/** The project's modules and the project modules each imports (packages and JSON data left out). */
function importGraph(): Map<string, string[]> {
  const modules = [...modulesUnder("src"), ...modulesUnder("rules")].sort();
  const known = new Set(modules);
  const graph = new Map<string, string[]>();
  for (const file of modules) {
    const targets: string[] = [];
    for (const specifier of specifiersOf(readFileSync(join(root, file), "utf8"), file)) {
      if (!specifier.startsWith(".")) continue;
      const target = relative(root, resolve(root, dirname(file), specifier))
        .split(sep)
        .join("/")
        .replace(/\.js$/, ".ts");
      if (known.has(target)) targets.push(target);
      else if (known.has(`${target}/index.ts`)) targets.push(`${target}/index.ts`);
    }
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Import circles: each strongly connected group of modules, named by one closed path through it. */
function circlesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (module: string) => {
    index.set(module, counter);
    low.set(module, counter++);
    stack.push(module);
    onStack.add(module);
    for (const target of graph.get(module) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(module, Math.min(low.get(module)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(module, Math.min(low.get(module)!, index.get(target)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || graph.get(module)!.includes(module)) groups.push(group);
  };
  for (const module of graph.keys()) if (!index.has(module)) connect(module);
  // name each group by the shortest way round from its first module, so that the message shows where to cut
  return groups.map((group) => {
    const members = new Set(group);
    const start = [...group].sort()[0];
    const cameFrom = new Map<string, string>();
    const queue = [start];
    for (let at = 0; at < queue.length; at++) {
      for (const target of graph.get(queue[at])!) {
        if (!members.has(target)) continue;
        if (target === start) {
          const path = [start];
          for (let step: string | undefined = queue[at]; step !== start && step; step = cameFrom.get(step)) path.splice(1, 0, step);
          path.push(start);
          return group.length + 1 === path.length ? path : [...path, `(the circle holds ${group.length}: ${[...group].sort().join(", ")})`];
        }
        if (!cameFrom.has(target)) {
          cameFrom.set(target, queue[at]);
          queue.push(target);
        }
      }
    }
    return [...group, group[0]];
  });
}

describe("architecture", () => {
  it("reads every kind of import", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "./b.js";',
      "import {\n  c,\n  type C,\n} from './c.js';",
      'export { d } from "./d.js";',
      'export type * from "./e.js";',
      'const f = await import("./f.js");',
      'type G = import("./g.js").G;',
      'import "./h.js";',
      '// import { no } from "./comment.js";',
    ].join("\n");
    expect(specifiersOf(text)).toEqual(["./a.js", "./b.js", "./c.js", "./d.js", "./e.js", "./f.js", "./g.js", "./h.js"]);
  });

  it("finds a circle and names it", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts", "d.ts"]],
      ["d.ts", []],
    ]);
    expect(circlesOf(graph)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
  });

  const graph = importGraph();

  it("reads the whole program", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("rules/index.ts")?.length).toBeGreaterThan(20);
  });

  it("has no import circle, counting type-only and dynamic imports", () => {
    expect(circlesOf(graph).map((circle) => circle.join(" → ").replace(" → (", " ("))).toEqual([]);
  });

  it("puts every module in a layer", () => {
    const folders = Object.values(LAYERS).map((layer) => layer.path);
    const outside = [...graph.keys()].filter((file) => !layerOf(file));
    expect(outside, `modules outside ${folders.join(", ")}: place each in a layer`).toEqual([]);
  });

  it("writes files atomically in one place: a temporary file renamed over the old one", () => {
    const renaming = [...graph.keys()].filter((file) => /\brenameSync\b|\brename\(/.test(readFileSync(join(root, file), "utf8")));
    expect(renaming).toEqual(["src/input/write-file.ts"]);
  });

  it("imports only along the arrows: rules → runtime → parse; pipeline → rules; CLI, server, reports → pipeline", () => {
    const against: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (!from) continue;
      const allowed: readonly string[] = LAYERS[from].mayImport;
      for (const target of targets) {
        const to = layerOf(target);
        if (to && to !== from && !allowed.includes(to)) against.push(`${file} (${from}) imports ${target} (${to})`);
      }
    }
    expect(against).toEqual([]);
  });
});
