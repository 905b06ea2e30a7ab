// A policy pasted from a messenger's chat window: every message led by its time ("[오후 3:12] ", "[홍길동] [오후
// 3:12] ", "[15:12] ") and the days parted by a date line ("--------------- 2025년 6월 12일 목요일 ---------------").
// The times and the date lines are the chat's, not the policy's: they are blanked, one space for each code unit, so
// lines and columns stay. The messages before the one that gives the policy's title ("최종본 여기 붙여요") are the
// chat's too, and are blanked with them.
import { POLICY_NAME } from "./policy-name.js";

// the sender's name in brackets, if the export writes it, and the time: "[오후 3:12]", "[PM 3:12]", "[15:12:08]",
// "[2025-06-12 15:12]"
const TIMESTAMP =
  /^[ \t]*(?:\[[^\][\n]{1,20}\][ \t]{0,2})?\[(?:\d{4}[-./][ \t]?\d{1,2}[-./][ \t]?\d{1,2}\.?[ \t])?(?:(?:오전|오후|AM|PM)[ \t]?)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:AM|PM))?\][ \t]?/;
// a line that parts the days: a date between runs of dashes or rules
const DATE_LINE = /^[ \t]*[-─━=]{3,}[ \t]*\d{4}년[^-─━=\n]{1,30}[-─━=]{3,}[ \t]*$/;
// the times run down the text: this many lines at least, and this share of the lines that hold anything
const MIN_TIMED_LINES = 10;
const MIN_SHARE = 0.6;
// a message that is the policy's title: its name at the end, and little else
const TITLE_MESSAGE = new RegExp(`(?:${POLICY_NAME.source})[ \\t]*$`, POLICY_NAME.flags);
const MAX_TITLE_LENGTH = 60;

/** The lines with a chat window's message times and date lines blanked, or the lines as they are where there are none. */
export function withoutChatTimestamps(lines: readonly string[]): readonly string[] {
  // most texts are no chat: the first few lines that hold anything show a time, or none does
  const opening = lines.filter((line) => line.trim() !== "").slice(0, 3);
  if (!opening.some((line) => TIMESTAMP.test(line))) return lines;
  let filled = 0;
  let timed = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    filled++;
    if (TIMESTAMP.test(line)) timed++;
  }
  if (timed < MIN_TIMED_LINES || timed < filled * MIN_SHARE) return lines;
  const opened = lines.map((line) => {
    if (DATE_LINE.test(line)) return " ".repeat(line.length);
    const time = TIMESTAMP.exec(line);
    return time ? " ".repeat(time[0].length) + line.slice(time[0].length) : line;
  });
  const title = opened.findIndex((line) => line.trim().length <= MAX_TITLE_LENGTH && TITLE_MESSAGE.test(line));
  return title <= 0 ? opened : opened.map((line, index) => (index < title ? " ".repeat(line.length) : line));
}
