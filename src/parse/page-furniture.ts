// A policy copied out of a PDF keeps each page's furniture among its lines: the page number ("- 3 -", "3 / 12")
// and a running header or footer repeated beside it (the company's name and the policy's). None of it is text
// of the policy: a page number read as a bullet ("- 1 -") would open a list, and a header would split a section.

// "- 3 -", "— 12 —", "3 / 12", "- 3/12 -"
const PAGE_NUMBER = /^[ \t]*(?:[-–—][ \t]*\d{1,3}(?:[ \t]*\/[ \t]*\d{1,3})?[ \t]*[-–—]|\d{1,3}[ \t]*\/[ \t]*\d{1,3})[ \t]*$/;
// pages are two or more: a lone "- 1 -" is left as it is
const MIN_PAGES = 2;
// a running header or footer stands this close to its page's number
const FURNITURE_REACH = 2;

/** The lines with page numbers and the running headers and footers beside them blanked, line for line. */
export function withoutPageFurniture(lines: readonly string[]): readonly string[] {
  const pageNumbers: number[] = [];
  lines.forEach((text, index) => {
    if (text.length <= 16 && PAGE_NUMBER.test(text)) pageNumbers.push(index);
  });
  if (pageNumbers.length < MIN_PAGES) return lines;
  const near = (index: number) => pageNumbers.some((page) => Math.abs(page - index) <= FURNITURE_REACH);
  // a line repeated beside two or more page numbers is the running header or footer
  const besidePages = new Map<string, number[]>();
  lines.forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === "" || !near(index) || PAGE_NUMBER.test(text)) return;
    besidePages.set(trimmed, [...(besidePages.get(trimmed) ?? []), index]);
  });
  const blanked = new Set(pageNumbers);
  for (const indexes of besidePages.values()) if (indexes.length >= MIN_PAGES) for (const index of indexes) blanked.add(index);
  return lines.map((text, index) => (blanked.has(index) ? "" : text));
}
