// Passages drawn in a box of one column, as slide decks, plain-text newsletters and kiosk screens set a policy's items or
// the whole policy: "┌─ 보유 기간 ────┐" / "│ 탈퇴 시까지 보관합니다. │" / "└────────┘", or a frame with no title
// ("┌────┐" … "└────┘"), in light, heavy or double strokes, or in ASCII ("+----+" / "| 1. 제목 |" / "+----+").
// The frame is no table (a table's border has junctions, ┬ ┼ ┴, and finders read it as one): it is read as the
// title it frames and the text inside, one code unit for one, so lines and columns stay.

// "┌─ 보유 기간 ────┐": the top border with a title set into it, and no junction
const TITLED_TOP = /^([ \t]*)┌(─{1,6}[ \t]{0,3}[^\s─┬┐][^─┬┐]{0,58}[ \t]{0,3}─{1,200})┐[ \t]*$/;
// "┌────┐", "┏━━━━┓", "╔════╗": a top border with no title and no junction
const PLAIN_TOP = /^[ \t]*(?:┌─{3,400}┐|┏━{3,400}┓|╔═{3,400}╗)[ \t]*$/;
// "│ text │": a row of the box, its frame at both ends and none inside
const FRAMED_ROW = /^([ \t]*)[│┃║]([^│┃║┼╋╬]*)[│┃║][ \t]*$/;
const OPEN_ROW = /^([ \t]*)[│┃║]([^│┃║┼╋╬]*)$/;
// "└────┘": the bottom border
const BOTTOM = /^[ \t]*(?:└─{3,400}┘|┗━{3,400}┛|╚═{3,400}╝)[ \t]*$/;
// the same drawn in ASCII, as a plain-text mail or a terminal draws a heading: "+------+" over "| 1. 제목 |" over
// "+------+" (a border with a "+" inside has columns: a grid table's, which the table finder reads)
const ASCII_BORDER = /^[ \t]*\+(?:-{3,400}|={3,400})\+[ \t]*$/;
const ASCII_ROW = /^([ \t]*)\|([^|]*)\|[ \t]*$/;

/**
 * The lines with each one-column box read as its title and its text: the top border becomes a title framed by
 * strokes on both sides ("── 보유 기간 ──", which the heading reader knows), the frame of each row and the
 * bottom border blank space. Lines outside such boxes are left as they are.
 */
export function withBoxesOpened(lines: readonly string[]): readonly string[] {
  // most policies draw no box: one test of each line's first character spares the rest
  if (!lines.some((line) => line.includes("┌") || line.includes("┏") || line.includes("╔") || line.includes("+-") || line.includes("+=")))
    return lines;
  const opened = [...lines];
  let inBox = false;
  let inAsciiBox = false;
  lines.forEach((text, index) => {
    if (ASCII_BORDER.test(text)) {
      // a border opens the box, or, inside one, closes it
      opened[index] = " ".repeat(text.length);
      inAsciiBox = !inAsciiBox;
      inBox = false;
      return;
    }
    if (inAsciiBox) {
      const row = ASCII_ROW.exec(text);
      if (row) {
        opened[index] = `${row[1]} ${row[2]} ${text.slice(row[1].length + row[2].length + 2)}`;
        return;
      }
      inAsciiBox = false;
    }
    const top = TITLED_TOP.exec(text);
    if (top) {
      opened[index] = `${top[1]}─${top[2]}─`;
      inBox = true;
      return;
    }
    if (PLAIN_TOP.test(text)) {
      opened[index] = " ".repeat(text.length);
      inBox = true;
      return;
    }
    if (!inBox) return;
    if (BOTTOM.test(text)) {
      opened[index] = " ".repeat(text.length);
      inBox = false;
      return;
    }
    const row = FRAMED_ROW.exec(text) ?? OPEN_ROW.exec(text);
    if (!row) {
      inBox = false;
      return;
    }
    opened[index] = `${row[1]} ${row[2]}${text.slice(row[1].length + 1 + row[2].length).replace(/[│┃║]/, " ")}`;
  });
  return opened;
}
