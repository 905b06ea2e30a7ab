// A page saved from a word processor breaks its source lines at a fixed width, inside tags too ("<span
// style='font-family:"맑은" over "고딕"'>제목</span>"): a heading's element then starts on one line and its title stands
// on the next. A line break inside a tag is only a space to HTML; read as one, the tag and the text after it stay on
// one line. Each break becomes as many spaces, so every offset stays (only line numbers move, and offsets map back).

// a tag longer than this is no tag (a stray "<" before text, a quote left open): its line breaks stay
const MAX_TAG_LENGTH = 4000;

/** The page with each line break inside a tag read as spaces, or null when no tag holds one. */
export function withTagsOnOneLine(source: string): string | null {
  let units: string[] | null = null;
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf("<", at);
    if (open < 0) break;
    // a comment is no tag: a disable comment on its own line stays there
    if (source.startsWith("<!--", open)) {
      const close = source.indexOf("-->", open + 4);
      at = close < 0 ? source.length : close + 3;
      continue;
    }
    if (!/[A-Za-z/]/.test(source[open + 1] ?? "")) {
      at = open + 1;
      continue;
    }
    const breaks: number[] = [];
    let quote: string | null = null;
    let end = open + 1;
    const limit = Math.min(source.length, open + MAX_TAG_LENGTH);
    for (; end < limit; end++) {
      const unit = source[end];
      if (quote !== null) {
        if (unit === quote) quote = null;
      } else if (unit === '"' || unit === "'") quote = unit;
      else if (unit === ">" || unit === "<") break;
      if (unit === "\n" || unit === "\r") breaks.push(end);
    }
    if (source[end] === ">" && breaks.length > 0) {
      units ??= source.split("");
      for (const index of breaks) units[index] = " ";
    }
    at = end < limit && source[end] === "<" ? end : end + 1;
  }
  return units === null ? null : units.join("");
}
