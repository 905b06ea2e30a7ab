// The GitHub Action: run its lint step's script as the runner would, on a fixture, and read the annotations.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
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

function runLintStep(inputs: Record<string, string>, step = lintStep, extraEnv: Record<string, string> = {}) {
  // the runner substitutes ${{ inputs.x }} into the step's env; do the same
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(
      /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
      (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? "",
    );
  }
  return spawnSync("bash", ["-e", "-c", step.run], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: root, ...extraEnv },
  });
}

describe("action.yml", () => {
  it("is a composite action with the inputs the README documents", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(["args", "fail-on", "files", "sarif-file", "step-summary"]);
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

  describe("job summary", () => {
    const summaryStep = action.runs.steps.find((step) => step.name === "Job summary") as {
      run: string;
      if?: string;
      env?: Record<string, string>;
    };

    it("appends the checklist as Markdown to $GITHUB_STEP_SUMMARY, before the lint step can fail the job", () => {
      const summary = join(mkdtempSync(join(tmpdir(), "policy-lint-summary-")), "summary.md");
      writeFileSync(summary, "earlier step\n");
      const result = runLintStep({ files: "fixtures/seeds/*.txt", args: "--locale en" }, summaryStep as never, {
        GITHUB_STEP_SUMMARY: summary,
      });
      expect(result.status).toBe(0);
      const written = readFileSync(summary, "utf8");
      expect(written.startsWith("earlier step\n## Privacy policy review\n")).toBe(true);
      // every seed the glob names is in the summary
      expect(written.match(/<details>/g)).toHaveLength(5);
      expect(written).toContain("| Item | Result | Statute | Where / findings |");
      expect(action.runs.steps.indexOf(summaryStep as never)).toBeLessThan(action.runs.steps.indexOf(lintStep));
    });

    it("is on by default and turned off with step-summary: false", () => {
      expect(action.inputs["step-summary"].default).toBe("true");
      expect(summaryStep.if).toBe("inputs.step-summary == 'true'");
    });
  });
});
