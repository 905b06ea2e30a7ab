// Which open documents are policies, and how to parse them: by the editor's language id, else by extension.
import type { SourceFormat } from "../parse/model.js";
import { formatByExtension } from "../input/source-format.js";

const BY_LANGUAGE: Record<string, SourceFormat> = { markdown: "markdown", html: "html", plaintext: "text", text: "text" };

/** A URI's path part: without its query and fragment. */
export function uriPath(uri: string): string {
  const cut = uri.search(/[?#]/);
  return cut < 0 ? uri : uri.slice(0, cut);
}

/** The format to lint a document as, or null for a document that is no policy (a .ts file, JSON). */
export function documentFormat(languageId: string, uri: string): SourceFormat | null {
  const path = uriPath(uri);
  const byExtension = formatByExtension(path);
  if (byExtension) return byExtension;
  if (/\.txt$/i.test(path)) return "text";
  return BY_LANGUAGE[languageId] ?? null;
}
