// HTML comments are notes to editors (and policy-lint's disable directives), never the policy's text:
// blanked character for character in every format, so a leading note is not taken for the title.

/** Spans [start, end) of each closed `<!-- … -->`; an unclosed one is left as text, as a browser shows it. */
export function commentSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", open)) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    spans.push([open, close + 3]);
    open = close + 3;
  }
  return spans;
}

/** `text` with the given spans replaced by spaces, line breaks kept, so lines and columns do not move. */
export function blankSpans(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n\r]/g, " "));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** Lines with their HTML comments blanked (a comment may span lines). */
export function blankCommentLines(lines: readonly string[]): readonly string[] {
  if (!lines.some((line) => line.includes("<!--"))) return lines;
  const joined = lines.join("\n");
  return blankSpans(joined, commentSpans(joined)).split("\n");
}
