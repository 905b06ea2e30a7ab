// Findings about a file rather than its text: it is empty, or it was left out by an ignore pattern. One
// clear word each, instead of every rule reporting what an empty file lacks, or a silent pass.
import type { Finding, Locale, Severity } from "../runtime/rule.js";
import { toolFinding } from "./tool-finding.js";

const EMPTY_FILE = "empty-file";
const IGNORED_FILE = "ignored-file";

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function notice(ruleId: string, severity: Severity, message: string, anchor: string, docsBaseUrl?: string): Finding {
  return toolFinding({ ruleId, messageId: ruleId, severity, message, anchor, range: FILE_START, fingerprintText: "" }, docsBaseUrl);
}

/** An empty file (or one of blanks and comments only) is no policy: an error, since a gate must not pass it. */
export function emptyFileFinding(locale: Locale, docsBaseUrl?: string): Finding {
  const message =
    locale === "ko" ? "파일이 비어 있습니다: 검사할 처리방침 내용이 없습니다" : "the file is empty: there is no policy text to check";
  return notice(EMPTY_FILE, "error", message, "usage", docsBaseUrl);
}

/** A file named explicitly (as standard input's name) that an ignore pattern leaves out: said, as ESLint does. */
export function ignoredFileFinding(source: string, locale: Locale, docsBaseUrl?: string): Finding {
  const message =
    locale === "ko"
      ? `무시 패턴(${source})에 해당하는 파일이라 검사하지 않았습니다`
      : `File ignored because of a matching ignore pattern (${source})`;
  return notice(IGNORED_FILE, "warning", message, "configuration", docsBaseUrl);
}
