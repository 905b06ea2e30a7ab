// Running rules over a parsed document and turning their reports into findings.
import type { PolicyDocument } from "../parse/model.js";
import type { Finding, Locale, Report, Rule, Severity } from "../runtime/rule.js";
import { formatMessage } from "../runtime/rule.js";
import { ruleDocsUrl } from "./docs-url.js";
import { fingerprintFromDigest, lineDigest } from "./baseline.js";
import type { RuleRecord } from "./verdict.js";
import { toFix, type SourceText } from "./source-text.js";

export type RuleSetting = Severity | "off";

export interface RunOptions {
  locale: Locale;
  /** per-rule overrides; a rule not named runs at its own severity */
  ruleSettings: Readonly<Record<string, RuleSetting>>;
  /** the strict preset: every warning is reported as an error */
  escalateWarnings?: boolean;
  /** the folder of rule pages findings link to; the package's own by default */
  docsBaseUrl?: string;
  /** the text the document was parsed from: fixes and suggestions become offsets into it (none without) */
  source?: SourceText;
}

/** Milliseconds spent in each rule's check in this process, kept when TIMING is set (as ESLint and textlint do). */
export const ruleTimings = new Map<string, number>();
const timing = Boolean(process.env.TIMING);

/** Runs the rules; when `records` is given, each rule's record for the checklist is added to it. */
export function runRules(document: PolicyDocument, rules: readonly Rule[], options: RunOptions, records?: RuleRecord[]): Finding[] {
  const findings: Finding[] = [];
  // several findings often point at one line (line 1 above all): digest each line once
  const digests = new Map<number, string>();
  const digestOf = (line: number) => {
    let digest = digests.get(line);
    if (digest === undefined) digests.set(line, (digest = lineDigest(document.plain[line - 1] ?? "")));
    return digest;
  };
  for (const rule of rules) {
    const setting = options.ruleSettings[rule.meta.id];
    const record: RuleRecord = { ruleId: rule.meta.id, off: setting === "off", notApplicable: false, lines: [] };
    records?.push(record);
    if (setting === "off") continue;
    const url = ruleDocsUrl(rule.meta.id, options.docsBaseUrl);
    // a rule that reaches one finding twice (a line that names the record twice) reports it once
    const reported = new Set<string>();
    const report = (entry: Report) => {
      const template = rule.meta.messages[entry.messageId];
      if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id ${entry.messageId}`);
      const message = formatMessage(template[options.locale], entry.data);
      const { line, column, endLine, endColumn } = entry.range;
      const key = `${entry.messageId}\u0000${line}:${column}-${endLine}:${endColumn}\u0000${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      let severity = setting !== undefined && entry.severity !== "info" ? setting : (entry.severity ?? rule.meta.severity);
      if (options.escalateWarnings && severity === "warning" && setting === undefined) severity = "error";
      let fingerprint: string | undefined;
      const finding: Finding = {
        ruleId: rule.meta.id,
        url,
        // a configured severity applies to the rule's findings, as in ESLint; advice (info) stays advice
        severity,
        messageId: entry.messageId,
        message,
        statute: rule.meta.statute,
        ...entry.range,
        // only a baseline reads it: the line is digested when it is asked for, not for every finding of every run
        get fingerprint() {
          return (fingerprint ??= fingerprintFromDigest(rule.meta.id, entry.messageId, digestOf(entry.range.line)));
        },
      };
      const { source } = options;
      if (source && entry.fix) finding.fix = toFix(entry.fix, source);
      if (source && entry.suggestions)
        finding.suggestions = entry.suggestions.map((suggestion) => ({
          desc: suggestion.desc[options.locale],
          fix: toFix(suggestion.edit, source),
        }));
      findings.push(finding);
    };
    const context = {
      document,
      report,
      found: (...lines: number[]) => void record.lines.push(...lines),
      notApplicable: () => void (record.notApplicable = true),
    };
    if (timing) {
      const start = performance.now();
      rule.check(context);
      ruleTimings.set(rule.meta.id, (ruleTimings.get(rule.meta.id) ?? 0) + performance.now() - start);
    } else {
      rule.check(context);
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
