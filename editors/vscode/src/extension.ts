// The VS Code extension: starts policy-lint-language-server and hands it the Markdown, text and HTML documents.
// Everything else (diagnostics, hover, quick fixes, configuration) is the server's.
import { workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The server to run: the configured path, the workspace's own policy-lint (as ESLint's extension prefers), or ours. */
function serverModule(): string {
  const configured = workspace.getConfiguration("policyLint").get<string>("serverPath");
  if (configured) return configured;
  const folders = (workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === "file").map((folder) => folder.uri.fsPath);
  try {
    return require.resolve("policy-lint/language-server", { paths: folders });
  } catch {
    return require.resolve("policy-lint/language-server");
  }
}

export async function activate(context: ExtensionContext): Promise<void> {
  const serverPath = serverModule();
  const serverOptions: ServerOptions = {
    run: { module: serverPath, transport: TransportKind.stdio },
    debug: { module: serverPath, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ["markdown", "plaintext", "html"].flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: { debounceMs: workspace.getConfiguration("policyLint").get<number>("debounceMs") },
  };
  client = new LanguageClient("policyLint", "policy-lint", serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
