// A source is rewritten before it is parsed where the parser reads it better so: a page's character references
// read as their characters (character-references.ts), line breaks inside a page's tags as spaces (tag-lines.ts), a
// page's blocks put on lines of their own (html-reflow.ts).
// What is found in the rewritten text is moved back to the user's file through `toOriginal`.
import type { RewrittenSource, SourceFormat } from "./model.js";
import { decodeCharacterReferences } from "./character-references.js";
import { reflowHtml } from "./html-reflow.js";
import { withTagsOnOneLine } from "./tag-lines.js";

/** The source rewritten for reading, or null when it is read as it is. */
export function rewrittenForReading(source: string, format: SourceFormat): RewrittenSource | null {
  if (format !== "html" && format !== "markdown") return null;
  const decoded = decodeCharacterReferences(source);
  // (a line break inside a tag read as a space moves no offset: the decoded text's map stands for it)
  const joined = format === "html" ? withTagsOnOneLine(decoded?.text ?? source) : null;
  const before: RewrittenSource | null =
    joined === null ? decoded : { text: joined, toOriginal: decoded?.toOriginal ?? ((offset) => offset) };
  const reflowed = format === "html" ? reflowHtml(before?.text ?? source) : null;
  if (!before) return reflowed;
  if (!reflowed) return before;
  return { text: reflowed.text, toOriginal: (offset) => before.toOriginal(reflowed.toOriginal(offset)) };
}
