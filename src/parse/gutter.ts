// A text copied from a code viewer or a diff, each line led by its number and a bar ("  12 | 텍스트"): the numbers
// are the viewer's, not the policy's. The gutter is blanked, one space for each code unit, so lines and columns stay.

// the line's number and the bar after it; a line left empty shows the gutter alone
const GUTTER = /^([ \t]*)(\d{1,5})[ \t]?\|(?:[ \t]|$)/;
// the gutter runs down the text: this many lines at least, this share of the lines that hold anything, and the
// numbers rise by one from line to line (a policy's "1 | 목적" headings are a few, and do not)
const MIN_GUTTER_LINES = 10;
const MIN_SHARE = 0.8;

/** The lines with a code viewer's line-number gutter blanked, or the lines as they are where there is none. */
export function withoutLineGutter(lines: readonly string[]): readonly string[] {
  // most texts start with no gutter: one test of the first line that holds anything spares the rest
  const first = lines.find((line) => line.trim() !== "");
  if (first === undefined || !GUTTER.test(first)) return lines;
  let filled = 0;
  let numbered = 0;
  let rising = 0;
  let previous: number | null = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    filled++;
    const gutter = GUTTER.exec(line);
    if (!gutter) continue;
    numbered++;
    const number = Number(gutter[2]);
    if (previous !== null && number === previous + 1) rising++;
    previous = number;
  }
  if (numbered < MIN_GUTTER_LINES || numbered < filled * MIN_SHARE || rising < numbered * MIN_SHARE) return lines;
  return lines.map((line) => {
    const gutter = GUTTER.exec(line);
    if (!gutter) return line;
    return gutter[1] + " ".repeat(gutter[0].length - gutter[1].length) + line.slice(gutter[0].length);
  });
}
