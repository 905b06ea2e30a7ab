// policy-lint [files…]: exit 0 with no error-level findings, 1 with any, 2 on a usage or input error.
import { packageVersion } from "./pipeline/package-info.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { resolve } from "node:path";
import {
  configLoader,
  ignoredBy,
  ignoredFileResult,
  keepFindings,
  lint,
  lintTextAsFile,
  optionsFor,
  ruleIds,
  type ConfigChoice,
  type LintOptions,
  type LintResult,
} from "./pipeline/lint.js";
import { defaultJobs } from "./pipeline/options.js";
import type { Baseline } from "./pipeline/baseline.js";
import { ConfigError } from "./pipeline/config.js";
import { ruleTimings, type RuleSetting } from "./pipeline/run.js";
import type { Locale } from "./runtime/rule.js";
import type { FileOutline } from "./pipeline/outline.js";
import { InputError, decodeText, readPolicyBytes, readStdin } from "./input/read.js";
import { sourceFormatOf } from "./input/source-format.js";
import type { SourceFormat } from "./parse/model.js";
import { ENCODINGS, type EncodingName } from "./input/decode.js";
import { WriteError, writeTextFile } from "./input/write-file.js";
import { availableParallelism } from "node:os";
import { rules as builtInRules } from "../rules/index.js";
import { defaultDocsBaseUrl } from "./pipeline/docs-url.js";

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE_OR_INPUT = 2;
const SETTINGS = new Set<string>(["off", "warn", "warning", "error", "info"]);

class UsageError extends Error {}

const FORMATS = ["stylish", "json", "github", "sarif", "checklist", "html", "markdown"] as const;
type Format = (typeof FORMATS)[number];

interface CliOptions {
  format: Format;
  outputFile?: string;
  locale: Locale;
  rule: string[];
  quiet?: boolean;
  stdinFilename?: string;
  color?: boolean;
  version?: boolean;
  listRules?: boolean;
  explain?: string;
  outline?: boolean;
  config?: string | false;
  printConfig?: string;
  reportUnusedDisables?: boolean;
  baseline?: string;
  baselineWrite?: string;
  maxWarnings?: number;
  failOn: "error" | "warning";
  encoding?: EncodingName;
  parser?: SourceFormat;
  maxFileSize?: number;
  jobs?: number;
  cache?: boolean;
  cacheLocation: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

function parseRuleSettings(entries: string[], known: Set<string>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const entry of entries) {
    const [id, value] = entry.split("=");
    if (!id || !value || !SETTINGS.has(value)) throw new UsageError(`--rule expects id=off|warn|error|info, got '${entry}'`);
    if (!known.has(id)) throw new UsageError(`--rule names unknown rule '${id}' (known: ${[...known].join(", ")})`);
    settings[id] = value === "warn" ? "warning" : (value as RuleSetting);
  }
  return settings;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * Every rule with the severity it runs at, in the configuration's words (warn, not warning): what is set,
 * else the rule's default, which the strict preset raises from warn to error.
 */
function effectiveRules(settings: Readonly<Record<string, RuleSetting>>, strict: boolean): Record<string, string> {
  const inConfigWords = (setting: RuleSetting) => (setting === "warning" ? "warn" : setting);
  return Object.fromEntries(
    builtInRules.map(({ meta }) => {
      const setting = settings[meta.id] ?? (strict && meta.severity === "warning" ? "error" : meta.severity);
      return [meta.id, inConfigWords(setting)];
    }),
  );
}

function formatTimings(): string {
  const rows = [...ruleTimings].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const lines = rows.map(([id, ms]) => `${id.padEnd(24)} ${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(6)}%`);
  return `${"Rule".padEnd(24)} ${"Time".padStart(12)} ${"Relative".padStart(8)}\n${lines.join("\n")}\n`;
}

function writeReport(report: string, outputFile: string | undefined): void {
  if (outputFile) writeTextFile(outputFile, report);
  else process.stdout.write(report);
}

function reportInputErrors(errors: readonly InputError[]): void {
  for (const error of errors) process.stderr.write(`policy-lint: ${error.filePath}: ${error.message}\n`);
}

/** --outline: the sections of each file as the rules read them; nothing is linted, so only unreadable input fails. */
async function printOutlines(files: string[], options: CliOptions, lintOptions: LintOptions, locale: Locale): Promise<number> {
  if (options.format !== "stylish" && options.format !== "json")
    throw new UsageError(`--outline prints text (the default) or --format json, not --format ${options.format}`);
  const { outlineFiles, outlinePolicy } = await import("./pipeline/outline.js");
  const outlines: FileOutline[] = [];
  const inputErrors: InputError[] = [];
  if (files.includes("-")) {
    try {
      const text = await readStdin(options.encoding, options.maxFileSize);
      const filePath = options.stdinFilename ? resolve(options.stdinFilename) : "<stdin>";
      outlines.push({ filePath, ...(await outlinePolicy(text, sourceFormatOf(text, filePath, options.parser))) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputErrors.push(error);
    }
  }
  const fileRun = await outlineFiles(
    files.filter((file) => file !== "-"),
    lintOptions,
  );
  outlines.push(...fileRun.outlines);
  inputErrors.push(...fileRun.inputErrors);
  const { formatOutlineJson, formatOutlineText } = await import("./report/outline.js");
  writeReport(
    options.format === "json" ? formatOutlineJson(outlines, locale) : formatOutlineText(outlines, { locale }),
    options.outputFile,
  );
  reportInputErrors(inputErrors);
  return inputErrors.length > 0 ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}

/**
 * The text each result's findings are about, for the HTML report's quotes: the fixed text when a fix produced
 * one (the remaining findings' lines and columns are in it), else stdin as it was read and files read again.
 */
function sourcesOf(results: readonly LintResult[], stdin: { name: string; text: string } | undefined, options: CliOptions) {
  const sources = new Map<string, string>();
  for (const result of results) {
    if (result.output !== undefined) sources.set(result.filePath, result.output);
    else if (stdin && result.filePath === stdin.name) sources.set(result.filePath, stdin.text);
    else {
      try {
        sources.set(result.filePath, decodeText(readPolicyBytes(result.filePath, options.maxFileSize), result.filePath, options.encoding));
      } catch (error) {
        // changed or gone since it was linted: the report goes without its quotes
        if (!(error instanceof InputError)) throw error;
      }
    }
  }
  return sources;
}

/**
 * --quiet: the errors alone, counted and judged as if the rest had not been found, as a baseline leaves a
 * result: a hidden warning adds to no count, no "fixable" line and no checklist item's shortfall.
 */
function errorsOnly(result: LintResult): LintResult {
  const errors = result.findings.filter((finding) => finding.severity === "error");
  return keepFindings(result, errors);
}

/** Each formatter is loaded only when asked for: a run prints one format. */
async function render(
  format: Format,
  results: LintResult[],
  locale: Locale,
  color: boolean,
  sources: () => Map<string, string>,
): Promise<string> {
  switch (format) {
    case "checklist":
      return (await import("./report/checklist.js")).formatChecklist(results, builtInRules, locale);
    case "html":
      return (await import("./report/html.js")).formatHtml(results, builtInRules, {
        locale,
        version: packageVersion(),
        sources: sources(),
      });
    case "markdown":
      return (await import("./report/markdown.js")).formatMarkdown(results, builtInRules, { locale });
    case "json":
      return (await import("./report/json.js")).formatJson(results);
    case "github":
      return (await import("./report/github.js")).formatGithub(results);
    case "sarif":
      return (await import("./report/sarif.js")).formatSarif(results, builtInRules, locale);
    default:
      return (await import("./report/stylish.js")).formatStylish(results, {
        color,
        locale,
        // wrap to the terminal; piped output keeps a finding on one line for grep and CI logs
        width: process.stdout.isTTY ? process.stdout.columns : undefined,
      });
  }
}

function buildProgram(): Command {
  return (
    new Command()
      .name("policy-lint")
      .description("Lint Korean privacy policies (개인정보 처리방침) against the disclosures the law requires.")
      // an option rather than commander's .version(), which wants the string up front: reading package.json
      // belongs to the runs that ask for it, not to every start
      .option("-v, --version", "print the version and exit")
      .argument("[files...]", "files, directories or globs to lint; - reads standard input")
      .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish"))
      .option("-o, --output-file <file>", "write the report to a file instead of standard output")
      .addOption(new Option("--locale <locale>", "message language").choices(["ko", "en"]).default("ko"))
      .option("--rule <id=severity>", "set a rule to off, warn, error or info (repeatable)", collect, [])
      .option("--quiet", "report errors only")
      .option(
        "--stdin-filename <name>",
        "name to report for standard input: its extension picks the format, and ignore patterns apply to it",
      )
      .addOption(
        new Option(
          "--parser <format>",
          "read input as this format instead of by its extension (or, for .txt and stdin, its content)",
        ).choices(["text", "markdown", "html"]),
      )
      .option("--no-color", "plain output even on a terminal")
      .option("-c, --config <file>", "use this configuration file instead of looking for one")
      .option("--no-config", "use no configuration file")
      .option("--print-config <file>", "print the configuration that applies to a file, and exit")
      .addOption(
        new Option(
          "--encoding <name>",
          `decode input with this encoding instead of detecting it (${ENCODINGS.join(", ")}, euc-kr)`,
        ).argParser((value) => {
          const name = value.toLowerCase() === "euc-kr" ? "cp949" : value.toLowerCase();
          if (!(ENCODINGS as readonly string[]).includes(name)) throw new InvalidArgumentError(`expects one of ${ENCODINGS.join(", ")}`);
          return name;
        }),
      )
      .option(
        "-j, --jobs <n>",
        "lint files on this many threads (default: the available cores, one on a machine of two or fewer)",
        (value) => {
          if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expects a positive whole number");
          return Number(value);
        },
      )
      .option("--max-file-size <bytes>", "refuse files larger than this (suffixes k, m; default 10m)", (value) => {
        const match = /^(\d+)([km]?)$/i.exec(value);
        if (!match) throw new InvalidArgumentError("expects a size such as 500k or 20m");
        return Number(match[1]) * (match[2].toLowerCase() === "m" ? 1024 * 1024 : match[2].toLowerCase() === "k" ? 1024 : 1);
      })
      .option("--fix", "apply the safe fixes (old names and agency contacts) and write the files back; the report shows what remains")
      .option("--fix-dry-run", "fix as --fix does without writing; --format json carries each fixed text as output")
      .option("--cache", "reuse results for files unchanged since the last run with --cache")
      .option("--cache-location <path>", "the cache file, or a directory to keep it in", ".policylintcache")
      .option("--report-unused-disables", "report policy-lint-disable comments that suppress nothing")
      .option("--baseline <file>", "report only findings not recorded in this baseline")
      .option("--baseline-write <file>", "record today's findings as the baseline, and exit 0")
      .option("--max-warnings <n>", "exit 1 when there are more warnings than this", (value) => {
        if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expects a whole number");
        return Number(value);
      })
      .addOption(
        new Option("--fail-on <level>", "the lowest severity that makes the exit code 1").choices(["error", "warning"]).default("error"),
      )
      .option("--list-rules", "list the rules with their severity and statute (with --format json for tools)")
      .option("--explain <rule-id>", "explain a rule: what the law requires, what counts as a violation, a compliant example")
      .option(
        "--outline",
        "print each file's sections as the rules read them (line ranges, numbering, the items each is taken for) instead of linting; --format json for tools",
      )
      .showHelpAfterError()
      .exitOverride()
  );
}

async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CLEAN : EXIT_USAGE_OR_INPUT;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const files = program.args;
  try {
    if (options.version) {
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT_CLEAN;
    }
    if (options.listRules) {
      const { formatRuleList } = await import("./report/rule-list.js");
      process.stdout.write(formatRuleList(builtInRules, options.locale, options.format === "json" ? "json" : "stylish"));
      return EXIT_CLEAN;
    }
    if (options.explain !== undefined) {
      const rule = builtInRules.find((candidate) => candidate.meta.id === options.explain);
      if (!rule) throw new UsageError(`--explain names unknown rule '${options.explain}' (see --list-rules)`);
      const { formatExplanation } = await import("./report/rule-list.js");
      process.stdout.write(formatExplanation(rule, options.locale));
      return EXIT_CLEAN;
    }
    const configChoice: ConfigChoice =
      options.config === false
        ? { use: "none" }
        : typeof options.config === "string"
          ? { use: "file", path: options.config }
          : { use: "discover" };
    // --locale on the command line wins; otherwise a configuration file may choose one
    const explicitLocale = program.getOptionValueSource("locale") === "cli" ? options.locale : undefined;
    if (options.fix && options.fixDryRun) throw new UsageError("--fix and --fix-dry-run do not go together: choose one");
    const fix = options.fix ? ("write" as const) : options.fixDryRun ? ("dry-run" as const) : undefined;
    const lintOptions = {
      fix,
      locale: explicitLocale,
      rules: parseRuleSettings(options.rule, new Set(ruleIds())),
      config: configChoice,
      reportUnusedDisables: options.reportUnusedDisables ? ("warning" as const) : undefined,
      encoding: options.encoding,
      parser: options.parser,
      maxFileSize: options.maxFileSize,
      // per-rule timings are kept per process, so TIMING lints on one thread
      jobs: process.env.TIMING ? 1 : (options.jobs ?? defaultJobs(availableParallelism())),
      cache: options.cache ? options.cacheLocation : undefined,
    };
    const loadConfig = configLoader(configChoice);
    if (options.printConfig !== undefined) {
      const loaded = await loadConfig(options.printConfig);
      const { ignored, options: resolved } = await optionsFor(options.printConfig, lintOptions, loadConfig);
      const printed = {
        configFile: loaded?.path ?? null,
        ignored,
        strict: resolved.strict,
        locale: resolved.locale ?? "ko",
        docsBaseUrl: resolved.docsBaseUrl ?? defaultDocsBaseUrl(),
        parser: resolved.parser ?? null,
        rules: effectiveRules(resolved.rules, resolved.strict),
      };
      process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
      return EXIT_CLEAN;
    }
    if (files.length === 0) throw new UsageError("no files given (use - to read standard input)");
    if (options.outline) return await printOutlines(files, options, lintOptions, explicitLocale ?? "ko");

    const results: LintResult[] = [];
    const inputErrors: InputError[] = [];
    let stdin: { name: string; text: string } | undefined;
    if (files.includes("-")) {
      const name = options.stdinFilename ? resolve(options.stdinFilename) : "<stdin>";
      try {
        const text = await readStdin(options.encoding, options.maxFileSize);
        stdin = { name, text };
        const ignorePattern = options.stdinFilename ? await ignoredBy(options.stdinFilename, lintOptions, loadConfig) : null;
        if (ignorePattern) {
          const { options: stdinOptions } = await optionsFor(options.stdinFilename ?? "<stdin>", lintOptions, loadConfig);
          results.push(ignoredFileResult(name, ignorePattern, stdinOptions));
        } else {
          const lintAs = async (source: string) => (await lintTextAsFile(source, name, lintOptions, loadConfig)).result;
          if (fix) {
            // standard input is never written back: the fixed text is the JSON report's output
            const { fixInPasses } = await import("./fix/fix-passes.js");
            const fixed = await fixInPasses(text, lintAs);
            results.push(fixed.text === text ? fixed.result : { ...fixed.result, output: fixed.text });
          } else {
            results.push(await lintAs(text));
          }
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        inputErrors.push(error);
      }
    }
    const fileRun = await lint(
      files.filter((file) => file !== "-"),
      lintOptions,
    );
    results.push(...fileRun.results);
    inputErrors.push(...fileRun.inputErrors);

    if (options.baselineWrite) {
      const { createBaseline, writeBaseline } = await import("./pipeline/baseline.js");
      writeBaseline(createBaseline(results, options.baselineWrite), options.baselineWrite);
      const count = results.reduce((sum, result) => sum + result.findings.length, 0);
      process.stderr.write(`policy-lint: recorded ${count} findings in ${options.baselineWrite}\n`);
      if (fileRun.cacheError) process.stderr.write(`policy-lint: ${fileRun.cacheError}\n`);
      return inputErrors.length > 0 || fileRun.cacheError ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
    }
    if (options.baseline) {
      const { readBaseline, subtractBaseline } = await import("./pipeline/baseline.js");
      let baseline: Baseline;
      try {
        baseline = readBaseline(options.baseline);
      } catch (error) {
        throw new UsageError(`${options.baseline}: ${(error as Error).message}`);
      }
      results.forEach((result, index) => {
        results[index] = keepFindings(result, subtractBaseline(result.findings, result.filePath, baseline, options.baseline!));
      });
    }
    // the exit code below still weighs every finding, as ESLint's --max-warnings does under --quiet
    const shown = options.quiet ? results.map(errorsOnly) : results;
    const color =
      options.outputFile === undefined && options.color !== false && process.stdout.isTTY === true && !("NO_COLOR" in process.env);
    const report = await render(options.format, shown, explicitLocale ?? "ko", color, () => sourcesOf(shown, stdin, options));
    writeReport(report, options.outputFile);
    reportInputErrors(inputErrors);
    if (fileRun.cacheError) process.stderr.write(`policy-lint: ${fileRun.cacheError}\n`);

    if (process.env.TIMING) process.stderr.write(formatTimings());
    if (inputErrors.length > 0 || fileRun.cacheError) return EXIT_USAGE_OR_INPUT;
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      process.stderr.write(`policy-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
      return EXIT_FINDINGS;
    }
    return errors > 0 || (options.failOn === "warning" && warnings > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`policy-lint: ${error.message}\n`);
      return EXIT_USAGE_OR_INPUT;
    }
    if (error instanceof WriteError) {
      process.stderr.write(`policy-lint: ${error.filePath}: cannot write: ${error.message}\n`);
      return EXIT_USAGE_OR_INPUT;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`policy-lint: ${error.where}: ${error.message}\n`);
      return EXIT_USAGE_OR_INPUT;
    }
    throw error;
  }
}

// a reader that stops early (`| head`) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_CLEAN);
  throw error;
});

run(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_USAGE_OR_INPUT;
  },
);
