// Applying fixes to text, as ESLint does: in order of position, a fix that overlaps or touches one already
// applied waits for the next pass (it was computed against text that the first one changes).
import type { Fix } from "../runtime/rule.js";

export interface Applied {
  text: string;
  /** how many fixes were applied; the rest wait for the next pass */
  applied: number;
}

export function applyFixes(text: string, fixes: readonly Fix[]): Applied {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let copiedUpTo = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start <= lastEnd || start < 0 || end > text.length || end < start) continue;
    parts.push(text.slice(copiedUpTo, start), fix.text);
    copiedUpTo = end;
    lastEnd = end;
    applied++;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(""), applied };
}
