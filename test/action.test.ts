// The GitHub Action: run its lint step's script as the runner would, on a fixture, and read the annotations.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const SEED_000 = join(root, "fixtures/seeds/000_db5f55dfc5c8a39a.txt");
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: { name: string; run: string; shell: string; env?: Record<string, string> }[] };
};
const lintStep = action.runs.steps.find((step) => step.name === "Lint")!;

/** The README's workflow: the inputs it gives the action are the ones a new user copies. */
function readmeActionInputs(): Record<string, string> {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### In GitHub Actions"));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
  const workflow = parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  return steps.find((step) => step.uses?.includes("/policy-lint@"))!.with!;
}

interface StepRun {
  step?: typeof lintStep;
  workspace?: string;
  extraEnv?: Record<string, string>;
}

function runLintStep(inputs: Record<string, string>, { step = lintStep, workspace = root, extraEnv = {} }: StepRun = {}) {
  // the runner substitutes ${{ inputs.x }} into the step's env; do the same
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(
      /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
      (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? "",
    );
  }
  // as the runner runs a `shell: bash` step: the script in a file, bash --noprofile --norc -eo pipefail {0}
  expect(step.shell).toBe("bash");
  const script = join(mkdtempSync(join(tmpdir(), "policy-lint-step-")), "step.sh");
  writeFileSync(script, step.run);
  return spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
    cwd: workspace,
    encoding: "utf8",
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: workspace, ...extraEnv },
  });
}

/** A checkout with policies in nested folders and in names with spaces, each a copy of a seed with findings. */
function workspaceWith(files: string[]): string {
  const workspace = mkdtempSync(join(tmpdir(), "policy-lint-workspace-"));
  for (const file of files) {
    mkdirSync(dirname(join(workspace, file)), { recursive: true });
    copyFileSync(SEED_000, join(workspace, file));
  }
  return workspace;
}

const annotatedFiles = (stdout: string) =>
  new Set([...stdout.matchAll(/^::\w+ file=([^,]+),/gm)].map((match) => decodeURIComponent(match[1])));

function sarifFiles(path: string): Set<string> {
  const sarif = JSON.parse(readFileSync(path, "utf8")) as {
    runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
  };
  return new Set(sarif.runs[0].results.map((result) => decodeURI(result.locations[0].physicalLocation.artifactLocation.uri)));
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
    expect(result.stdout).toMatch(/^::warning file=fixtures\/seeds\/000_db5f55dfc5c8a39a\.txt,line=\d+,/m);
  });

  it("runs the README's example on a checkout with nested folders and names with spaces: every policy is linted", () => {
    const inputs = readmeActionInputs();
    const policies = ["policies/privacy.md", "policies/ko/2024/privacy.md", "policies/my site/privacy policy.md", "privacy.txt"];
    const workspace = workspaceWith([...policies, "policies/notes/readme.txt"]);
    const result = runLintStep(inputs, { workspace });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(annotatedFiles(result.stdout)).toEqual(new Set(policies));
    expect(sarifFiles(join(workspace, inputs["sarif-file"]))).toEqual(new Set(policies));
    // the notice of findings past GitHub's cap comes before the annotations the cap may cut
    expect(result.stdout.split("\n")[0]).toMatch(/^::notice title=policy-lint::.* are not annotated/);
  });

  it("takes one path a line, so that names with spaces need no glob", () => {
    const workspace = workspaceWith(["my policies/privacy policy.txt", "other/a b.md"]);
    const result = runLintStep({ files: "my policies/privacy policy.txt\n  other/a b.md  \n\n" }, { workspace });
    expect(result.stderr).toBe("");
    expect(annotatedFiles(result.stdout)).toEqual(new Set(["my policies/privacy policy.txt", "other/a b.md"]));
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
      const result = runLintStep(
        { files: "fixtures/seeds/*.txt", args: "--locale en" },
        { step: summaryStep as never, extraEnv: { GITHUB_STEP_SUMMARY: summary } },
      );
      expect(result.status).toBe(0);
      const written = readFileSync(summary, "utf8");
      expect(written.startsWith("earlier step\n## Privacy policy review\n")).toBe(true);
      // every seed the glob names is in the summary
      expect(written.match(/<details>/g)).toHaveLength(5);
      expect(written).toContain("| Item | Result | Statute | Where / findings |");
      expect(action.runs.steps.indexOf(summaryStep as never)).toBeLessThan(action.runs.steps.indexOf(lintStep));
    });

    it("takes the files as the lint step does: one path a line, names with spaces kept whole", () => {
      const policies = ["my policies/privacy policy.txt", "other/a b.md"];
      const workspace = workspaceWith(policies);
      const summary = join(workspace, "summary.md");
      const files = "my policies/privacy policy.txt\n  other/a b.md  \n\n";
      const result = runLintStep(
        { files, args: "--locale en" },
        { step: summaryStep as never, workspace, extraEnv: { GITHUB_STEP_SUMMARY: summary } },
      );
      expect([result.status, result.stderr]).toEqual([0, ""]);
      const written = readFileSync(summary, "utf8");
      // one fold per policy, each named by its path; the lint step reads the same input to the same files
      expect(written.match(/<details>/g)).toHaveLength(2);
      for (const policy of policies) expect(written).toContain(policy);
      expect(annotatedFiles(runLintStep({ files }, { workspace }).stdout)).toEqual(new Set(policies));
    });

    it("is on by default and turned off with step-summary: false", () => {
      expect(action.inputs["step-summary"].default).toBe("true");
      expect(summaryStep.if).toBe("inputs.step-summary == 'true'");
    });
  });
});
