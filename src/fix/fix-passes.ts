// Fixing in passes: lint, apply the fixes that do not overlap, lint the result again, until no fix is left.
import type { Finding } from "../runtime/rule.js";
import { applyFixes } from "./apply.js";

// ESLint stops after ten passes: a fix that keeps producing new fixes is a bug, not a reason to loop forever
const MAX_PASSES = 10;

export interface Fixed<Result> {
  /** the text after every pass */
  text: string;
  /** the findings of that text: what is left */
  result: Result;
  /** fixes applied over all passes */
  applied: number;
}

export async function fixInPasses<Result extends { findings: readonly Finding[] }>(
  text: string,
  lint: (text: string) => Promise<Result>,
): Promise<Fixed<Result>> {
  let result = await lint(text);
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = result.findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes);
    if (next.applied === 0 || next.text === text) break;
    applied += next.applied;
    text = next.text;
    result = await lint(text);
  }
  return { text, result, applied };
}
