// Configuration: .policylintrc.json, .policylintrc.yaml or a "policy-lint" key in package.json, found from
// the linted file's directory upward (the nearest one wins), or named with --config.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type Picomatch from "picomatch";
import { lazy } from "../input/lazy.js";
import { jsonSyntaxStop } from "./json-syntax.js";

const picomatch = lazy<typeof Picomatch>("picomatch");
import type { Locale } from "../runtime/rule.js";
import type { RuleSetting } from "./run.js";

export type SeverityName = "off" | "warn" | "warning" | "error" | "info";
export type Preset = "recommended" | "strict";

export interface Override {
  files: string | string[];
  rules?: Record<string, SeverityName>;
  locale?: Locale;
}

export interface Config {
  extends?: Preset | Preset[];
  rules?: Record<string, SeverityName>;
  locale?: Locale;
  ignorePatterns?: string[];
  overrides?: Override[];
  /** the folder of rule pages findings link to, for forks and private mirrors */
  docsBaseUrl?: string;
}

export interface LoadedConfig {
  path: string;
  config: Config;
}

/** A configuration that cannot be used; names the file and the key (or the line and column) at fault. */
export class ConfigError extends Error {
  constructor(
    readonly configPath: string,
    readonly key: string,
    reason: string,
    /** where in the file, for a syntax error */
    readonly location?: { line: number; column: number },
  ) {
    super(key ? `${key}: ${reason}` : reason);
    this.name = "ConfigError";
  }

  /** `file:line:column` when the place is known, as editors and terminals link it. */
  get where(): string {
    return this.location ? `${this.configPath}:${this.location.line}:${this.location.column}` : this.configPath;
  }
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function yamlSyntaxError(path: string, error: Error): ConfigError {
  const firstLine = error.message.split("\n")[0];
  const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (!place) return new ConfigError(path, "", `cannot be parsed: ${firstLine}`);
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  return new ConfigError(path, "", `cannot be parsed: ${reason}`, { line: place.line, column: place.col });
}

function jsonSyntaxError(path: string, text: string, error: Error): ConfigError {
  const firstLine = error.message.split("\n")[0];
  const stop = jsonSyntaxStop(text);
  if (!stop) return new ConfigError(path, "", `cannot be parsed: ${firstLine}`);
  // JSON.parse's wording when it says where ("Expected ',' or '}' after property value"), else what was found
  const position = / in JSON at position \d+/.exec(firstLine);
  const reason = position ? firstLine.slice(0, position.index) : `unexpected ${stop.found}`;
  return new ConfigError(path, "", `cannot be parsed: ${reason}`, lineAndColumn(text, stop.offset));
}

export const CONFIG_FILES = [".policylintrc.json", ".policylintrc.yaml", ".policylintrc.yml"];
const SEVERITIES = new Set(["off", "warn", "warning", "error", "info"]);
const PRESETS = new Set(["recommended", "strict"]);
const TOP_LEVEL_KEYS = new Set(["$schema", "extends", "rules", "locale", "ignorePatterns", "overrides", "docsBaseUrl"]);
const OVERRIDE_KEYS = new Set(["files", "rules", "locale"]);

function checkRules(path: string, key: string, value: unknown, ruleIds: ReadonlySet<string>): void {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ConfigError(path, key, "must be an object of rule-id: severity");
  for (const [id, severity] of Object.entries(value)) {
    if (!ruleIds.has(id)) throw new ConfigError(path, `${key}.${id}`, "unknown rule (see policy-lint --list-rules)");
    if (typeof severity !== "string" || !SEVERITIES.has(severity))
      throw new ConfigError(path, `${key}.${id}`, "must be off, warn, error or info");
  }
}

function checkLocale(path: string, key: string, value: unknown): void {
  if (value !== "ko" && value !== "en") throw new ConfigError(path, key, "must be ko or en");
}

/** Validates a parsed configuration; an unknown key or value names itself in the error. */
export function validateConfig(path: string, raw: unknown, ruleIds: ReadonlySet<string>): Config {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(path, "(root)", "must be an object");
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) if (!TOP_LEVEL_KEYS.has(key)) throw new ConfigError(path, key, "unknown key");
  if (config.extends !== undefined) {
    const presets = Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const preset of presets)
      if (typeof preset !== "string" || !PRESETS.has(preset)) throw new ConfigError(path, "extends", "must be recommended or strict");
  }
  if (config.rules !== undefined) checkRules(path, "rules", config.rules, ruleIds);
  if (config.locale !== undefined) checkLocale(path, "locale", config.locale);
  if (
    config.ignorePatterns !== undefined &&
    (!Array.isArray(config.ignorePatterns) || config.ignorePatterns.some((p) => typeof p !== "string"))
  ) {
    throw new ConfigError(path, "ignorePatterns", "must be a list of globs");
  }
  if (config.docsBaseUrl !== undefined && (typeof config.docsBaseUrl !== "string" || !/^https?:\/\/[^/\s]+/.test(config.docsBaseUrl)))
    throw new ConfigError(path, "docsBaseUrl", "must be an http(s) URL, such as https://github.com/you/policy-lint/blob/main/docs/rules/");
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) throw new ConfigError(path, "overrides", "must be a list");
    config.overrides.forEach((override: unknown, index) => {
      const key = `overrides[${index}]`;
      if (typeof override !== "object" || override === null) throw new ConfigError(path, key, "must be an object");
      const entry = override as Record<string, unknown>;
      for (const name of Object.keys(entry)) if (!OVERRIDE_KEYS.has(name)) throw new ConfigError(path, `${key}.${name}`, "unknown key");
      const files = Array.isArray(entry.files) ? entry.files : [entry.files];
      if (files.length === 0 || files.some((file) => typeof file !== "string"))
        throw new ConfigError(path, `${key}.files`, "must be a glob or a list of globs");
      if (entry.rules !== undefined) checkRules(path, `${key}.rules`, entry.rules, ruleIds);
      if (entry.locale !== undefined) checkLocale(path, `${key}.locale`, entry.locale);
    });
  }
  return config as Config;
}

async function parseYaml(text: string): Promise<unknown> {
  const yaml = await import("yaml");
  // the bundled CLI sees yaml (CommonJS) as a default export only; tsc's output sees its named exports
  const parse = yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
  return parse(text);
}

async function parseConfigText(path: string, text: string): Promise<unknown> {
  const isYaml = /\.ya?ml$/.test(path);
  try {
    return isYaml ? await parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw isYaml ? yamlSyntaxError(path, error as Error) : jsonSyntaxError(path, text, error as Error);
  }
}

export async function loadConfigFile(path: string, ruleIds: ReadonlySet<string>): Promise<LoadedConfig> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(path, "(file)", (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
  }
  if (path.endsWith("package.json")) {
    const pkg = (await parseConfigText(path, text)) as Record<string, unknown>;
    return { path, config: validateConfig(path, pkg["policy-lint"], ruleIds) };
  }
  return { path: resolve(path), config: validateConfig(path, await parseConfigText(path, text), ruleIds) };
}

/** The nearest configuration file from `directory` upward, or null. */
export function findConfigFile(directory: string): string | null {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) if (existsSync(join(dir, name))) return join(dir, name);
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ("policy-lint" in (JSON.parse(readFileSync(pkg, "utf8")) as object)) return pkg;
      } catch {
        // an unreadable package.json is not ours to report
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

const normaliseSeverity = (value: SeverityName): RuleSetting => (value === "warn" ? "warning" : value);

export interface ResolvedSettings {
  ruleSettings: Record<string, RuleSetting>;
  strict: boolean;
  locale: Locale | undefined;
  ignored: boolean;
  docsBaseUrl: string | undefined;
}

/** The settings a file gets: presets, then rules, then every override whose globs match it. */
export function resolveSettings(loaded: LoadedConfig | null, filePath: string): ResolvedSettings {
  const resolved: ResolvedSettings = { ruleSettings: {}, strict: false, locale: undefined, ignored: false, docsBaseUrl: undefined };
  if (!loaded) return resolved;
  const { config } = loaded;
  const base = dirname(loaded.path);
  const relativePath = relative(base, resolve(filePath)).split("\\").join("/");
  const presets = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  // strict: every warning fails the run (rules set explicitly keep their setting)
  resolved.strict = presets.includes("strict");
  for (const [id, severity] of Object.entries(config.rules ?? {})) resolved.ruleSettings[id] = normaliseSeverity(severity);
  resolved.locale = config.locale;
  resolved.docsBaseUrl = config.docsBaseUrl;
  for (const override of config.overrides ?? []) {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    if (!picomatch()(globs, { dot: true })(relativePath)) continue;
    for (const [id, severity] of Object.entries(override.rules ?? {})) resolved.ruleSettings[id] = normaliseSeverity(severity);
    if (override.locale) resolved.locale = override.locale;
  }
  if (config.ignorePatterns && picomatch()(config.ignorePatterns, { dot: true })(relativePath)) resolved.ignored = true;
  return resolved;
}
