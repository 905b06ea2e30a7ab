// Code actions on findings: apply the fix, apply every fix in the file, take a suggestion, or disable the rule
// for the line with a comment in the file's syntax.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding, Fix, Locale } from "../runtime/rule.js";
import { disableNextLineSuggestion } from "../pipeline/directives.js";
import { sourceText, toFix } from "../pipeline/source-text.js";
import { findingOf, SOURCE } from "./diagnostics.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

export interface CodeActionRequest {
  document: TextDocument;
  /** the findings of the document's current text */
  findings: readonly Finding[];
  /** the diagnostics the editor asks about */
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
  locale: Locale;
  /** the document's text with every fix applied, pass after pass */
  fixAll(): Promise<string>;
}

const TITLES: Record<Locale, { fix: string; fixAll: string }> = {
  ko: { fix: "고치기", fixAll: "이 파일에서 자동으로 고칠 수 있는 문제 모두 고치기" },
  en: { fix: "Fix", fixAll: "Fix all auto-fixable problems in this file" },
};

function textEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

/** One edit from `before` to `after`: the span between their common start and common end. */
function smallestEdit(document: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return textEdit(document, { range: [start, before.length - end], text: after.slice(start, after.length - end) });
}

const wanted = (only: readonly string[] | undefined, kind: string) =>
  !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));

export async function codeActionsFor(request: CodeActionRequest): Promise<CodeAction[]> {
  const { document, findings, diagnostics, only, locale } = request;
  const uri = document.uri;
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const lines = document.getText().split(/\r\n|\r|\n/);
    const source = sourceText(document.getText());
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingOf(diagnostic, findings);
      if (!finding) continue;
      const quickFix = (title: string, fix: Fix, isPreferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: edit([textEdit(document, fix)]),
      });
      if (finding.fix) actions.push(quickFix(`${TITLES[locale].fix}: '${finding.fix.text.trim()}'`, finding.fix, true));
      for (const suggestion of finding.suggestions ?? []) actions.push(quickFix(suggestion.desc, suggestion.fix));
      const disable = disableNextLineSuggestion(finding.ruleId, finding.line, lines, locale);
      actions.push(quickFix(disable.desc, toFix(disable.edit, source)));
    }
  }
  // fixing the whole file lints it again pass after pass: only beside a fixable finding, or when the editor
  // asks for source.fixAll (fix on save), not on every move of the cursor
  const besideFixable = wanted(only, CodeActionKind.QuickFix) && diagnostics.some((diagnostic) => findingOf(diagnostic, findings)?.fix);
  const askedForFixAll = only !== undefined && wanted(only, FIX_ALL_KIND);
  if (findings.some((finding) => finding.fix) && (besideFixable || askedForFixAll)) {
    const before = document.getText();
    const after = await request.fixAll();
    if (after !== before) {
      const fixAll = edit([smallestEdit(document, before, after)]);
      if (besideFixable) actions.push({ title: TITLES[locale].fixAll, kind: CodeActionKind.QuickFix, edit: fixAll });
      if (askedForFixAll) actions.push({ title: TITLES[locale].fixAll, kind: FIX_ALL_KIND, edit: fixAll });
    }
  }
  return actions;
}
