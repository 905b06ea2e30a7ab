// The GitHub Action: run its lint step's script as the runner would, on a fixture, and read the annotations.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: { name: string; run: string; env?: Record<string, string> }[] };
};
const lintStep = action.runs.steps.find((step) => step.name === "Lint")!;

function runLintStep(inputs: Record<string, string>) {
  // the runner substitutes ${{ inputs.x }} into the step's env; do the same
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(lintStep.env ?? {})) {
    env[name] = value.replace(
      /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
      (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? "",
    );
  }
  return spawnSync("bash", ["-e", "-c", lintStep.run], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: root },
  });
}

describe("action.yml", () => {
  it("is a composite action with the inputs the README documents", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(["args", "fail-on", "files", "sarif-file"]);
  });

  it("annotates a policy's lines and fails the step on errors", () => {
    const result = runLintStep({ files: "fixtures/seeds/000_db5f55dfc5c8a39a.txt" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "::error file=fixtures/seeds/000_db5f55dfc5c8a39a.txt,line=46,endLine=46,col=1,endColumn=22,title=processor-disclosure::",
    );
    expect(result.stdout).toMatch(/^::warning file=fixtures\/seeds\/000_db5f55dfc5c8a39a\.txt,line=1,/m);
  });

  it("passes a clean policy, writes SARIF when asked, and respects fail-on", () => {
    const sarif = join(mkdtempSync(join(tmpdir(), "policy-lint-action-")), "report.sarif");
    const clean = runLintStep({ files: "fixtures/synthetic/clean-policy.txt", "sarif-file": sarif });
    expect([clean.status, clean.stdout]).toEqual([0, ""]);
    expect(existsSync(sarif)).toBe(true);
    expect(JSON.parse(readFileSync(sarif, "utf8")).version).toBe("2.1.0");
    const strict = runLintStep({
      files: "fixtures/seeds/003_56b8b555a71aed3b.txt",
      "fail-on": "warning",
      args: "--rule processor-disclosure=off --rule third-party-provision=off",
    });
    expect(strict.status).toBe(1);
    expect(strict.stdout).not.toContain("::error");
  });
});
