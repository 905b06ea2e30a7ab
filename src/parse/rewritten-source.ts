// A source is rewritten before it is parsed where the parser reads it better so: a page's character references
// read as their characters (character-references.ts), a page's blocks put on lines of their own (html-reflow.ts).
// What is found in the rewritten text is moved back to the user's file through `toOriginal`.
import type { RewrittenSource, SourceFormat } from "./model.js";
import { decodeCharacterReferences } from "./character-references.js";
import { reflowHtml } from "./html-reflow.js";

/** The source rewritten for reading, or null when it is read as it is. */
export function rewrittenForReading(source: string, format: SourceFormat): RewrittenSource | null {
  if (format !== "html" && format !== "markdown") return null;
  const decoded = decodeCharacterReferences(source);
  const reflowed = format === "html" ? reflowHtml(decoded?.text ?? source) : null;
  if (!decoded) return reflowed;
  if (!reflowed) return decoded;
  return { text: reflowed.text, toOriginal: (offset) => decoded.toOriginal(reflowed.toOriginal(offset)) };
}
