// A policy copied out of a PDF keeps each page's furniture among its lines: the page number ("- 3 -", "3 / 12")
// and a running header or footer repeated beside it (the company's name and the policy's). None of it is text
// of the policy: a page number read as a bullet ("- 1 -") would open a list, and a header would split a section.

// "- 3 -", "— 12 —", "3 / 12", "- 3/12 -", and with the word for a page: "페이지 2 / 7", "3 / 12 쪽", "Page 3 of 7",
// "p. 3"
const PAGE_NUMBER =
  /^[ \t]*(?:[-–—][ \t]*\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})?[ \t]*[-–—]|(?:(?:페이지|[Pp]age|[Pp]\.)[ \t]*)?\d{1,3}(?:[ \t]*(?:\/|of)[ \t]*\d{1,3})?(?:[ \t]*(?:쪽|페이지))?)[ \t]*$/;
// a bare number is a page's only with a word for the page or a total beside it ("3" alone may be a list's number)
const BARE_NUMBER = /^[ \t]*\d{1,3}[ \t]*$/;
const MAX_PAGE_NUMBER_LENGTH = 20;
// pages are two or more: a lone "- 1 -" is left as it is
const MIN_PAGES = 2;
// a running header or footer stands this close to its page's number
const FURNITURE_REACH = 2;

/** The lines with page numbers and the running headers and footers beside them blanked, line for line. */
export function withoutPageFurniture(
  lines: readonly string[],
  furniture: ReadonlySet<number> = pageFurnitureLines(lines),
): readonly string[] {
  return furniture.size === 0 ? lines : lines.map((text, index) => (furniture.has(index + 1) ? "" : text));
}

/** The numbers of the lines that are a page's furniture: its page number and the running header or footer beside it. */
export function pageFurnitureLines(lines: readonly string[]): Set<number> {
  const pageNumbers: number[] = [];
  lines.forEach((text, index) => {
    if (text.length <= MAX_PAGE_NUMBER_LENGTH && PAGE_NUMBER.test(text) && !BARE_NUMBER.test(text)) pageNumbers.push(index);
  });
  if (pageNumbers.length < MIN_PAGES) return new Set();
  const near = (index: number) => pageNumbers.some((page) => Math.abs(page - index) <= FURNITURE_REACH);
  // a line repeated beside two or more page numbers is the running header or footer
  const besidePages = new Map<string, number[]>();
  lines.forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === "" || !near(index) || pageNumbers.includes(index)) return;
    besidePages.set(trimmed, [...(besidePages.get(trimmed) ?? []), index]);
  });
  const blanked = new Set(pageNumbers);
  for (const indexes of besidePages.values()) if (indexes.length >= MIN_PAGES) for (const index of indexes) blanked.add(index);
  return new Set([...blanked].map((index) => index + 1));
}
