// A page saved minified, or exported on one line (Google Docs, many CMSs), puts every block of the policy on
// one source line; the rules read lines. The source is broken as a pretty-printer lays a page out: each block's
// opening and end tag starts or ends a line, except inside tables, where a line ends after each row. The
// offsets map back.

import type { RewrittenSource } from "./model.js";

const BLOCK =
  "p|div|h[1-6]|li|ul|ol|dl|section|article|header|footer|blockquote|details|summary|nav|main|aside|figure|figcaption|form|fieldset|address";
// a block's opening (group 1), its end or a line break, a table's opening or end (group 2: "" or "/"), a row's
// end (group 3). A <dt> and its <dd> stay one line, a label and its value; the line ends after the <dd>.
const TAG = new RegExp(
  `<((?:${BLOCK})\\b)[^<>]*>|<\\/(?:${BLOCK}|dd)\\s*>|<(?:br|hr)\\b[^<>]*>|<(\\/?)table\\b[^<>]*>|(<\\/tr\\s*>)`,
  "gi",
);
// what may follow a tag on its line and still end the line
const LINE_END = /^[ \t]*(?:$|[\r\n])/;
// comments right after a tag stay on its line: a disable comment there is about that line
const TRAILING_COMMENTS = /^(?:[ \t]*<!--.*?-->)+/;

/** Where the source's blocks start or end mid-line: inside a table, only where a row ends. */
function blockBreaks(source: string): number[] {
  const breaks: number[] = [];
  let tableDepth = 0;
  // whether anything but spaces stands on the current line before the tag being read
  let lineHasContent = false;
  let scanned = 0;
  const readUpTo = (index: number) => {
    const between = source.slice(scanned, index);
    const newline = Math.max(between.lastIndexOf("\n"), between.lastIndexOf("\r"));
    if (newline >= 0) lineHasContent = /\S/.test(between.slice(newline + 1));
    else if (!lineHasContent) lineHasContent = /\S/.test(between);
    scanned = index;
  };
  const endsLine = (at: number, pattern: RegExp) => pattern.test(source.slice(at, at + 200));
  const pastComments = (at: number) => at + (TRAILING_COMMENTS.exec(source.slice(at, at + 2000))?.[0].length ?? 0);
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(source); tag; tag = TAG.exec(source)) {
    const [, opening, table, row] = tag;
    readUpTo(tag.index);
    const after = TAG.lastIndex;
    if (opening !== undefined) {
      if (tableDepth === 0 && lineHasContent) breaks.push(tag.index);
    } else if (table === "") {
      // a table's opening tag stands on a line of its own, as its rows do
      if (tableDepth === 0 && lineHasContent) breaks.push(tag.index);
      tableDepth++;
      if (!endsLine(after, LINE_END)) {
        breaks.push(after);
        lineHasContent = false;
        scanned = after;
        continue;
      }
    } else {
      if (table === "/") tableDepth = Math.max(0, tableDepth - 1);
      const endsItsLine = row !== undefined ? tableDepth > 0 : tableDepth === 0;
      const lineEnd = pastComments(after);
      if (endsItsLine && !endsLine(lineEnd, LINE_END)) {
        breaks.push(lineEnd);
        lineHasContent = false;
        scanned = TAG.lastIndex = lineEnd;
        continue;
      }
    }
    lineHasContent = true;
    scanned = after;
  }
  return breaks;
}

/**
 * The source with its blocks on lines of their own (an inserted line ending maps back to where it was inserted),
 * or null when every block already has its own line.
 */
export function reflowHtml(source: string): RewrittenSource | null {
  const breaks = blockBreaks(source);
  if (breaks.length === 0) return null;
  const lineEnding = /\r\n|\r|\n/.exec(source)?.[0] ?? "\n";
  let text = "";
  let from = 0;
  for (const at of breaks) {
    text += source.slice(from, at) + lineEnding;
    from = at;
  }
  text += source.slice(from);
  // where each inserted line ending starts in `text`
  const inserted = breaks.map((at, index) => at + index * lineEnding.length);
  return {
    text,
    toOriginal(offset) {
      let before = 0;
      while (before < inserted.length && inserted[before] + lineEnding.length <= offset) before++;
      // inside an inserted line ending: where it was inserted
      if (before < inserted.length && inserted[before] <= offset) return breaks[before];
      return offset - before * lineEnding.length;
    },
  };
}
