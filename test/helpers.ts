import { readFileSync } from "node:fs";
import { lintText } from "../src/pipeline/lint.js";
import type { Finding } from "../src/runtime/rule.js";
import type { SourceFormat } from "../src/parse/model.js";

export const SEEDS = [
  "000_db5f55dfc5c8a39a.txt",
  "001_186b834dc1e90dc3.txt",
  "002_f560904eedbd5243.txt",
  "003_56b8b555a71aed3b.txt",
  "004_d6aa57df349846ed.txt",
] as const;

export function readSeed(name: string): string {
  return readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), "utf8");
}

/** Findings of one rule on a passage; the passage's lines are joined with LF. */
export async function findingsOf(ruleId: string, text: string | string[], format: SourceFormat = "text"): Promise<Finding[]> {
  const source = Array.isArray(text) ? text.join("\n") : text;
  const result = await lintText(source, format === "markdown" ? "passage.md" : format === "html" ? "passage.html" : "passage.txt");
  return result.findings.filter((finding) => finding.ruleId === ruleId && finding.severity !== "info");
}

/** Lines at which a rule fires, for compact assertions. */
export async function linesOf(ruleId: string, text: string | string[], format: SourceFormat = "text"): Promise<number[]> {
  return (await findingsOf(ruleId, text, format)).map((finding) => finding.line);
}
