// The words a pattern cannot match without: for each alternative, a run of plain characters it always matches.
// A whole-text scan for a pattern whose first character is common ("가명\s*(정보|처리)" opens with the particle
// 가) tries the pattern at every such character; `includes` finds that the text holds none of the words far faster,
// and most of a policy's scans find nothing (pseudonymized data, automated decisions, a domestic agent).
import { alternativesOf } from "./scan-source.js";

// more words than this cost more to look for than the scan they would spare
const MOST_WORDS = 6;
const SHORTEST_WORD = 2;

/**
 * Words one of which every match of `source` holds, or null when some alternative has no such word (or there
 * would be too many to be worth looking for). With the i flag, only words without a cased letter count.
 */
export function requiredWords(source: string, ignoreCase: boolean): string[] | null {
  const words = new Set<string>();
  for (const alternative of alternativesOf(source)) {
    const own = wordsOfAlternative(alternative, ignoreCase);
    if (own === null) return null;
    for (const word of own) words.add(word);
    if (words.size > MOST_WORDS) return null;
  }
  return words.size > 0 ? [...words] : null;
}

/**
 * The best requirement of one alternative: its longest run of plain characters that are always matched, or the
 * words of a group it always matches, whichever is fewer words (the longer when equal).
 */
function wordsOfAlternative(alternative: string, ignoreCase: boolean): string[] | null {
  const candidates: string[][] = [];
  let run = "";
  const closeRun = () => {
    const cased = run !== run.toLowerCase() || run !== run.toUpperCase();
    if (run.length >= SHORTEST_WORD && !(ignoreCase && cased)) candidates.push([run]);
    run = "";
  };
  let at = 0;
  while (at < alternative.length) {
    const element = elementAt(alternative, at);
    if (element === null) return best(candidates, closeRun);
    const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(alternative.slice(element.end, element.end + 12))?.[0] ?? "";
    const optional = quantifier !== "" && /^(?:\?|\*|\{0)/.test(quantifier);
    if (element.literal !== undefined && quantifier === "") {
      run += element.literal;
    } else {
      closeRun();
      if (element.group !== undefined && !optional) {
        const inner = requiredWords(element.group, ignoreCase);
        if (inner) candidates.push(inner);
      }
      // "가+" always matches one 가: it ends the run after it
      if (element.literal !== undefined && !optional) run = element.literal;
    }
    at = element.end + quantifier.length;
  }
  return best(candidates, closeRun);
}

function best(candidates: string[][], closeRun: () => void): string[] | null {
  closeRun();
  let chosen: string[] | null = null;
  for (const words of candidates) {
    const shortest = Math.min(...words.map((word) => word.length));
    if (
      chosen === null ||
      words.length < chosen.length ||
      (words.length === chosen.length && shortest > Math.min(...chosen.map((word) => word.length)))
    )
      chosen = words;
  }
  return chosen;
}

interface Element {
  end: number;
  /** the character it matches, when it is a plain one */
  literal?: string;
  /** the source inside it, when it is a group that matches (not a look-around) */
  group?: string;
}

// an escape that stands for its character
const ESCAPED_LITERAL = /^[.\\/()[\]{}|?*+^$-]$/;

/** The element that starts at `at`, or null where reading further needs more than this reader knows. */
function elementAt(source: string, at: number): Element | null {
  const char = source[at];
  if (char === "\\") {
    const next = source[at + 1];
    if (next !== undefined && ESCAPED_LITERAL.test(next)) return { end: at + 2, literal: next };
    // \s, \d, \b …: a class or an assertion; \u, \x, \p and back-references are not read
    return next !== undefined && /[sSdDwWbB]/.test(next) ? { end: at + 2 } : null;
  }
  if (char === "[") {
    for (let index = at + 1; index < source.length; index++) {
      if (source[index] === "\\") index++;
      else if (source[index] === "]") return { end: index + 1 };
    }
    return null;
  }
  if (char === "(") {
    let depth = 0;
    let inClass = false;
    for (let index = at; index < source.length; index++) {
      const current = source[index];
      if (current === "\\") index++;
      else if (inClass) inClass = current !== "]";
      else if (current === "[") inClass = true;
      else if (current === "(") depth++;
      else if (current === ")" && --depth === 0) {
        const head = source.slice(at, at + 4);
        if (/^\(\?(?:=|!|<=|<!)/.test(head)) return { end: index + 1 };
        const open = head.startsWith("(?:") ? 3 : head.startsWith("(?<") ? source.indexOf(">", at) + 1 - at : 1;
        return { end: index + 1, group: source.slice(at + open, index) };
      }
    }
    return null;
  }
  // anchors, and the dot that matches any character
  if (char === "^" || char === "$" || char === ".") return { end: at + 1 };
  // a quantifier or bar here means the source is not read as this reader expects
  if ("|)?*+{".includes(char)) return null;
  // half of a surrogate pair: both halves are one character to match
  if (char >= "\ud800" && char <= "\udbff") return { end: at + 2, literal: source.slice(at, at + 2) };
  return { end: at + 1, literal: char };
}
