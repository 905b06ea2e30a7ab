// Where a page's links go: a Markdown link's target ("[문의 양식](https://…)", or "[문의 양식][form]" with "[form]:
// https://…" below) and an HTML anchor's href are no text of the page, yet a contact given so is given.
import type { PolicyDocument } from "../parse/model.js";

const INLINE_TARGET = /\]\(\s*<?([^()\s<>]{1,500})>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE = /\]\[([^\]\n]{1,100})\]/g;
const DEFINITION = /^ {0,3}\[([^\]\n]{1,100})\]:\s*<?(\S{1,500}?)>?(?:\s+["'(].*)?$/;
const HREF = /\bhref\s*=\s*["']([^"']{1,500})["']/gi;

const definitionsCache = new WeakMap<PolicyDocument, ReadonlyMap<string, string>>();

/** A Markdown file's link reference definitions, by their label in lower case. */
function definitions(document: PolicyDocument): ReadonlyMap<string, string> {
  let found = definitionsCache.get(document);
  if (!found) {
    const byLabel = new Map<string, string>();
    for (const line of document.lines) {
      if (!line.includes("]:")) continue;
      const definition = DEFINITION.exec(line);
      if (definition && !byLabel.has(definition[1].toLowerCase())) byLabel.set(definition[1].toLowerCase(), definition[2]);
    }
    definitionsCache.set(document, (found = byLabel));
  }
  return found;
}

/** The targets of the links on a line of the source (1-based): Markdown's inline and reference links, HTML's hrefs. */
export function linkTargetsOn(document: PolicyDocument, line: number): string[] {
  const source = document.lines[line - 1] ?? "";
  if (document.format === "html") return [...source.matchAll(HREF)].map((match) => match[1]);
  if (document.format !== "markdown" || (!source.includes("](") && !source.includes("]["))) return [];
  const targets = [...source.matchAll(INLINE_TARGET)].map((match) => match[1]);
  for (const reference of source.matchAll(REFERENCE)) {
    const target = definitions(document).get(reference[1].toLowerCase());
    if (target !== undefined) targets.push(target);
  }
  return targets;
}
