// The source of a pattern to scan a whole text with, when each hit is then tested on its own line with the pattern
// itself. V8 scans a pattern whose alternatives open with an optional part ("(만\s*)?14\s*세", "(?:관련\s*)?법령")
// many times slower than one that opens with a fixed character: "(만\s*)?(14|십사)\s*세…" took 60 µs a policy,
// "(14|십사)\s*세…" 1.6 µs. Wherever an alternative matches, what follows its optional opening matches too (on the
// same text, so look-arounds see the same characters), so a scan without the openings still hits every line the
// pattern is on; it may hit more, which the test on the line sorts out.

/** The index just past the group, class or escape that starts at `at`, or -1 when it is not one to leave out. */
function elementEnd(source: string, at: number): number {
  const char = source[at];
  if (char === "\\") {
    // \s, \d, \. …; not \u, \x, \p, \c, \k or a back-reference, whose length or meaning needs more reading
    const next = source[at + 1];
    return next === undefined || /[uxpPck0-9]/.test(next) ? -1 : at + 2;
  }
  if (char === "[") {
    for (let index = at + 1; index < source.length; index++) {
      if (source[index] === "\\") index++;
      else if (source[index] === "]") return index + 1;
    }
    return -1;
  }
  if (char === "(") {
    // a look-around asserts rather than matches: it is never left out
    if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(at, at + 4))) return -1;
    let depth = 0;
    let inClass = false;
    for (let index = at; index < source.length; index++) {
      const current = source[index];
      if (current === "\\") index++;
      else if (inClass) inClass = current !== "]";
      else if (current === "[") inClass = true;
      else if (current === "(") depth++;
      else if (current === ")" && --depth === 0) return index + 1;
    }
    return -1;
  }
  // a plain character (not an anchor, a quantifier or half of a surrogate pair)
  if ("^$|)?*+{".includes(char) || (char >= "\ud800" && char <= "\udfff")) return -1;
  return at + 1;
}

/** The index just past an optional quantifier (?, *, {0,n}, lazy or not) at `at`, or -1 when there is none. */
function optionalQuantifierEnd(source: string, at: number): number {
  const quantifier = /^(?:\?|\*|\{0(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
  return quantifier ? at + quantifier[0].length : -1;
}

/** The alternative without the optional elements it opens with; itself when nothing would be left. */
function withoutOptionalOpening(alternative: string): string {
  let start = 0;
  for (;;) {
    const end = elementEnd(alternative, start);
    const after = end < 0 ? -1 : optionalQuantifierEnd(alternative, end);
    if (after < 0 || after >= alternative.length) break;
    start = after;
  }
  return alternative.slice(start);
}

/** The top-level alternatives of a source, split at the bars outside groups and classes. */
export function alternativesOf(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      alternatives.push(source.slice(from, index));
      from = index + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

// a back-reference may point into an opening that is left out
const REFERS_BACK = /\\[1-9]|\\k</;

/** The source to scan a whole text with: each alternative without its optional opening (see above). */
export function scanSource(source: string): string {
  if (REFERS_BACK.test(source)) return source;
  return alternativesOf(source).map(withoutOptionalOpening).join("|");
}

/** The index just past the group that opens at `at` (a "(" of the source), or -1. */
function groupEnd(source: string, at: number): number {
  const end = elementEnd(source, at);
  return source[at] === "(" ? end : -1;
}

/**
 * True when every match of the alternative opens with a Hangul syllable it names: it starts with one, or with a
 * group (not optional, not a look-around) each of whose alternatives does.
 */
function opensWithHangul(alternative: string): boolean {
  if (/^[가-힣]/.test(alternative)) return true;
  const end = groupEnd(alternative, 0);
  if (end < 0 || /^[?*{]/.test(alternative.slice(end, end + 1))) return false;
  const inner = alternative.slice(alternative.startsWith("(?:") ? 3 : 1, end - 1);
  return alternativesOf(inner).every(opensWithHangul);
}

/**
 * The sources as two lists: those whose alternatives all open with a Hangul syllable, and the rest; a source with
 * both kinds is cut in two, one part in each list. V8 checks a union's possible first characters before trying it
 * at a place; one alternative that may open with a digit, a Latin letter, a space, a class or a look-behind lets
 * nearly every place through, and the whole union is tried there: scanning the two apart took 6.7 + 2.4 ms per
 * 1,000 policies for outdated-reference's union, scanning it whole 17.4 ms.
 */
export function byOpening(sources: readonly string[]): [hangul: string[], other: string[]] {
  const hangul: string[] = [];
  const other: string[] = [];
  for (const source of sources) {
    const alternatives = alternativesOf(source);
    const led = alternatives.filter(opensWithHangul);
    if (led.length === alternatives.length) hangul.push(source);
    else if (led.length === 0) other.push(source);
    else {
      hangul.push(led.join("|"));
      other.push(alternatives.filter((alternative) => !opensWithHangul(alternative)).join("|"));
    }
  }
  return [hangul, other];
}
