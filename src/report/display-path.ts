// Paths as reports show them: relative to the working directory when the file is inside it.
import { relative } from "node:path";

export function displayPath(filePath: string, cwd = process.cwd()): string {
  if (filePath.startsWith("<")) return filePath;
  const shown = relative(cwd, filePath);
  return shown && !shown.startsWith("..") ? shown : filePath;
}
