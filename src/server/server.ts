// The language server: lints open policies on open and (debounced) on change, with the configuration lint()
// would give the file, re-lints when a configuration file changes, and answers hovers and code actions.
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type WorkspaceFolder,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configLoader, lintTextAsFile } from "../pipeline/lint.js";
import { ConfigError, CONFIG_FILES } from "../pipeline/config.js";
import type { Finding, Locale } from "../runtime/rule.js";
import { fixInPasses } from "../fix/fix-passes.js";
import { rules } from "../../rules/index.js";
import { documentFormat, uriPath } from "./document-format.js";
import { SOURCE, toDiagnostic } from "./diagnostics.js";
import { hoverFor } from "./hover.js";
import { FIX_ALL_KIND, codeActionsFor } from "./code-actions.js";

export interface ServerSettings {
  /** wait this long after the last change before linting (default 150 ms) */
  debounceMs?: number;
}

interface Linted {
  version: number;
  findings: Finding[];
  locale: Locale;
}

const DEFAULT_DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  let workspaceFolders: WorkspaceFolder[] = [];
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let loadConfig = configLoader({ use: "discover" });
  let watchFilesDynamically = false;

  /** The path a document is linted as: its file, or for an unsaved one a name in the first workspace folder. */
  const filePathOf = (document: TextDocument) => {
    if (document.uri.startsWith("file:")) return fileURLToPath(document.uri);
    const folder = workspaceFolders[0];
    const directory = folder?.uri.startsWith("file:") ? fileURLToPath(folder.uri) : process.cwd();
    return join(directory, basename(uriPath(document.uri)) || "untitled");
  };

  const lintAs = async (document: TextDocument, text: string) => {
    const format = documentFormat(document.languageId, document.uri) ?? "text";
    return lintTextAsFile(text, filePathOf(document), { format }, loadConfig);
  };

  async function lintDocument(document: TextDocument): Promise<void> {
    if (!documentFormat(document.languageId, document.uri)) return;
    const version = document.version;
    let diagnostics: Diagnostic[];
    try {
      const { result, ignored, locale } = await lintAs(document, document.getText());
      // a newer edit has been made while this one was linted: its own lint will publish
      if (documents.get(document.uri)?.version !== version) return;
      const findings = ignored ? [] : result.findings;
      linted.set(document.uri, { version, findings, locale });
      diagnostics = findings.map(toDiagnostic);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      linted.delete(document.uri);
      const start = { line: 0, character: 0 };
      diagnostics = [
        {
          range: { start, end: start },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          message: `${error.where}: ${error.message}`,
        },
      ];
    }
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  }

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    const run = () => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) lintDocument(current).catch((error: unknown) => connection.console.error(`policy-lint: ${String(error)}`));
    };
    if (delay === 0) run();
    else timers.set(document.uri, setTimeout(run, delay));
  };

  const relintAll = () => {
    loadConfig = configLoader({ use: "discover" });
    for (const document of documents.all()) schedule(document, 0);
  };

  connection.onInitialize((params) => {
    workspaceFolders = params.workspaceFolders ?? [];
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    if (typeof settings.debounceMs === "number" && settings.debounceMs >= 0) debounceMs = settings.debounceMs;
    watchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "policy-lint-language-server" },
    };
  });

  connection.onInitialized(() => {
    if (watchFilesDynamically) {
      const watchers = [...CONFIG_FILES, "package.json"].map((name) => ({ globPattern: `**/${name}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    if (workspaceFolders.length > 0)
      connection.workspace.onDidChangeWorkspaceFolders((change) => {
        workspaceFolders = [
          ...workspaceFolders.filter((folder) => !change.removed.some((removed) => removed.uri === folder.uri)),
          ...change.added,
        ];
        relintAll();
      });
  });

  // a configuration file was created, changed or deleted: every open document may now be linted differently
  connection.onDidChangeWatchedFiles(relintAll);

  documents.onDidChangeContent(({ document }) => schedule(document, linted.has(document.uri) ? debounceMs : 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** What is known of a document's current text: nothing while an edit waits to be linted. */
  const current = (uri: string) => {
    const document = documents.get(uri);
    const state = linted.get(uri);
    return document && state && state.version === document.version ? { document, state } : null;
  };

  connection.onHover(({ textDocument, position }) => {
    const known = current(textDocument.uri);
    return known ? hoverFor(known.state.findings, position, rules, known.state.locale) : null;
  });

  connection.onCodeAction(async ({ textDocument, context }) => {
    const known = current(textDocument.uri);
    if (!known) return [];
    const { document, state } = known;
    return codeActionsFor({
      document,
      findings: state.findings,
      diagnostics: context.diagnostics,
      only: context.only,
      locale: state.locale,
      fixAll: async () => (await fixInPasses(document.getText(), async (text) => (await lintAs(document, text)).result)).text,
    });
  });

  documents.listen(connection);
  connection.listen();
}
