// A page's character references ("privacy&#64;example.kr", "02&#8209;555&#8209;0142", "권리&middot;의무") are read
// as their characters before the page is parsed. The text the rules read keeps every character in its column, so
// a reference left to the masker becomes its character and spaces, and the spaces split the word it stands in:
// an address, a phone number, a compound. The references that spell markup (&amp; &lt; &gt; &quot; &apos;, their
// numbers, line breaks) stay for the parser. Offsets map back (rewritten-source.ts).
import type { RewrittenSource } from "./model.js";

export const NAMED_CHARACTERS: Record<string, string> = {
  nbsp: " ",
  middot: "·",
  bull: "•",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  times: "×",
  sim: "∼",
  rarr: "→",
  copy: "©",
  reg: "®",
};

const REFERENCE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
// the characters a reference may stand for because the markup would read them as markup
const MARKUP = new Set(["&", "<", ">", '"', "'"]);

/** The character a reference stands for when it may be read as text, else null. */
function textCharacter(name: string): string | null {
  const lower = name.toLowerCase();
  if (!lower.startsWith("#")) return NAMED_CHARACTERS[lower] ?? null;
  const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
  if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  const character = String.fromCodePoint(code);
  return MARKUP.has(character) ? null : character;
}

/** The source with its text's character references read, or null when it has none. */
export function decodeCharacterReferences(source: string): RewrittenSource | null {
  // each decoded reference: where its character starts and ends in the text, and where it ended in the source
  const textStarts: number[] = [];
  const textEnds: number[] = [];
  const sourceStarts: number[] = [];
  const sourceEnds: number[] = [];
  let text = "";
  let from = 0;
  REFERENCE.lastIndex = 0;
  for (let reference = REFERENCE.exec(source); reference; reference = REFERENCE.exec(source)) {
    const character = textCharacter(reference[1]);
    if (character === null) continue;
    text += source.slice(from, reference.index);
    textStarts.push(text.length);
    text += character;
    textEnds.push(text.length);
    sourceStarts.push(reference.index);
    from = reference.index + reference[0].length;
    sourceEnds.push(from);
  }
  if (textStarts.length === 0) return null;
  text += source.slice(from);
  return {
    text,
    toOriginal(offset) {
      // the last reference whose character starts at or before the offset
      let low = 0;
      let high = textStarts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (textStarts[middle] <= offset) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      if (found < 0) return offset;
      // within the character: the reference's start; from its end on, the same distance past the reference
      if (offset < textEnds[found]) return sourceStarts[found];
      return sourceEnds[found] + (offset - textEnds[found]);
    },
  };
}
