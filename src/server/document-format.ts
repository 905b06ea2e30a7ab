// Which open documents are policies, and how to parse them: by the editor's language id, else by extension.
import type { SourceFormat } from "../parse/model.js";

const BY_LANGUAGE: Record<string, SourceFormat> = { markdown: "markdown", html: "html", plaintext: "text", text: "text" };
const BY_EXTENSION: [RegExp, SourceFormat][] = [
  [/\.(md|markdown|mdx)$/i, "markdown"],
  [/\.(html?|xhtml)$/i, "html"],
  [/\.txt$/i, "text"],
];

/** A URI's path part: without its query and fragment. */
export function uriPath(uri: string): string {
  const cut = uri.search(/[?#]/);
  return cut < 0 ? uri : uri.slice(0, cut);
}

/** The format to lint a document as, or null for a document that is no policy (a .ts file, JSON). */
export function documentFormat(languageId: string, uri: string): SourceFormat | null {
  const path = uriPath(uri);
  for (const [extension, format] of BY_EXTENSION) if (extension.test(path)) return format;
  return BY_LANGUAGE[languageId] ?? null;
}
