// Public API for editors and scripts.
export { lint, lintText, lintTextAsFile, type LintOptions, type LintResult, type LintRun } from "./pipeline/lint.js";
export { parsePolicy } from "./parse/index.js";
export type * from "./parse/model.js";
export type { Finding, Fix, Suggestion, Rule, RuleMeta, Severity, Locale } from "./runtime/rule.js";
export { rules } from "../rules/index.js";
export { toJsonResults } from "./report/json.js";
export type { Verdict, VerdictStatus, ChecklistGroup } from "./pipeline/verdict.js";
export { toChecklistJson } from "./report/checklist.js";
export {
  outlinePolicy,
  outlineDocument,
  type PolicyOutline,
  type OutlineSection,
  type OutlineListItem,
  type FileOutline,
} from "./pipeline/outline.js";
export type { Topic } from "./runtime/query.js";
export { topicName } from "./report/topic-names.js";
