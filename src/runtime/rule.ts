// What a rule is: metadata (id, severity, statute, messages in Korean and English) and a check that
// reads the document model and reports findings by message id, never by literal text.
import type { PolicyDocument, Range } from "../parse/model.js";
import { settleParticles } from "./particles.js";

export type Severity = "error" | "warning" | "info";
export type Locale = "ko" | "en";
export type Localized = Record<Locale, string>;

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** the law the rule rests on, as a reader would cite it */
  statute: string;
  title: Localized;
  /** one paragraph shown by --explain and in the rule docs */
  description: Localized;
  /** a passage that satisfies the rule, shown by --explain and in the rule docs */
  example: Localized;
  /** message templates by id; `{name}` is replaced from the report's data */
  messages: Record<string, Localized>;
}

/** Text to put in place of a range of the document's lines and columns; an empty range inserts. */
export interface Edit {
  range: Range;
  /** lines end with "\n"; the engine writes the document's own line ending */
  text: string;
}

export interface Report {
  messageId: string;
  range: Range;
  data?: Record<string, string | number>;
  /** a finding may be milder or harsher than the rule's default (e-mail only is a warning, no contact an error) */
  severity?: Severity;
  /** a safe, mechanical, meaning-preserving correction that --fix may apply without asking */
  fix?: Edit;
  /** corrections for a person to choose from */
  suggestions?: { desc: Localized; edit: Edit }[];
}

export interface RuleContext {
  document: PolicyDocument;
  report(report: Report): void;
  /** where the rule found its item (lines it already holds), for the checklist's "disclosed at" */
  found(...lines: number[]): void;
  /** the item does not apply: its fact pattern is absent, or the policy says so ("위탁하지 않습니다") */
  notApplicable(): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export interface Finding {
  ruleId: string;
  /** the rule's documentation (docs/rules/<id>.md in the package) */
  url: string;
  severity: Severity;
  messageId: string;
  message: string;
  statute: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** identifies the finding across edits elsewhere in the file (baselines) */
  fingerprint: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** ESLint's shape: replace the source text from offset range[0] up to range[1] with text. */
export interface Fix {
  /** offsets (UTF-16 code units) into the text that was linted */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return settleParticles(template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole)));
}
