// Linting one text: parse it, run the rules, apply its disable comments and settle the verdicts. Nothing is
// read but the text; lint.ts finds files and their configuration, and the worker reads and decodes them.
import { parsePolicy } from "../parse/index.js";
import type { SourceFormat } from "../parse/model.js";
import { runRules } from "./run.js";
import type { Finding, Rule } from "../runtime/rule.js";
import { recordsOf, settleVerdicts, type RuleRecord, type Verdict } from "./verdict.js";
import { rules as builtInRules } from "../../rules/index.js";
import { sourceFormatOf } from "../input/source-format.js";
import { isBlank } from "../parse/lines.js";
import { emptyFileFinding } from "./file-notices.js";
import { applyDirectives, parseDirectives, unknownRuleFindings, unusedDirectiveFinding, type Directive } from "./directives.js";
import { sourceText } from "./source-text.js";
import { rewrittenForReading } from "../parse/rewritten-source.js";
import { toOriginalPositions } from "./reflowed-positions.js";
import type { LintOptions } from "./options.js";
import type { LintResult } from "./results.js";

export function summarise(filePath: string, findings: Finding[], verdicts: Verdict[] = []): LintResult {
  const count = (severity: Finding["severity"], fixable = false) =>
    findings.filter((finding) => finding.severity === severity && (!fixable || finding.fix !== undefined)).length;
  return {
    filePath,
    findings,
    verdicts,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
    fixableErrorCount: count("error", true),
    fixableWarningCount: count("warning", true),
  };
}

/**
 * The result with only `kept` of its findings (what a baseline or --quiet leaves to report): counts and
 * verdicts settled again from them, so that nothing taken away is counted or makes an item fall short; the
 * fixed text stays.
 */
export function keepFindings(result: LintResult, kept: Finding[]): LintResult {
  const narrowed = summarise(result.filePath, kept, settleVerdicts(recordsOf(result.verdicts), kept));
  return result.output === undefined ? narrowed : { ...narrowed, output: result.output };
}

export async function lintText(
  text: string,
  filePath = "<text>",
  options: LintOptions & { format?: SourceFormat } = {},
): Promise<LintResult> {
  const format = options.format ?? sourceFormatOf(text, filePath, options.parser);
  // a page whose blocks share a line is read with a line for each, character references as their characters,
  // and the findings moved back
  const rewritten = rewrittenForReading(text, format);
  if (rewritten) {
    const result = await lintReadable(rewritten.text, filePath, options, format);
    const findings = toOriginalPositions(result.findings, rewritten, text);
    return summarise(filePath, findings, result.verdicts);
  }
  return lintReadable(text, filePath, options, format);
}

/** lintText on a source the parser reads as it is. */
async function lintReadable(text: string, filePath: string, options: LintOptions, format: SourceFormat): Promise<LintResult> {
  const document = await parsePolicy(text, format);
  const locale = options.locale ?? "ko";
  // every rule would report what an empty file lacks; one finding says what is wrong
  if (document.plain.every(isBlank)) return summarise(filePath, [emptyFileFinding(locale, options.docsBaseUrl)]);
  const records: RuleRecord[] = [];
  const findings = runRules(
    document,
    options.ruleSet ?? builtInRules,
    {
      locale,
      ruleSettings: options.rules ?? {},
      escalateWarnings: options.strict ?? false,
      docsBaseUrl: options.docsBaseUrl,
      source: sourceText(text),
    },
    records,
  );
  const directives = parseDirectives(document.lines);
  const { kept, unused } = applyDirectives(findings, directives);
  const knownRuleIds = new Set(ruleIds(options.ruleSet));
  for (const directive of directives) kept.push(...unknownRuleFindings(directive, knownRuleIds, locale, options.docsBaseUrl));
  if (options.reportUnusedDisables) {
    // a directive that names only unknown rules is reported as such already
    const namesAKnownRule = (directive: Directive) =>
      directive.ruleIds.length === 0 || directive.ruleIds.some((id) => knownRuleIds.has(id));
    for (const directive of unused.filter(namesAKnownRule))
      kept.push(unusedDirectiveFinding(directive, options.reportUnusedDisables, locale, options.docsBaseUrl));
  }
  kept.sort((a, b) => a.line - b.line || a.column - b.column);
  return summarise(filePath, kept, settleVerdicts(records, kept));
}

export function ruleIds(ruleSet: readonly Rule[] = builtInRules): string[] {
  return ruleSet.map((rule) => rule.meta.id);
}
