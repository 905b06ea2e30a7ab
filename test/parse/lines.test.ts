import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.js";
import { parsePolicy } from "../../src/parse/index.js";
import { lintText } from "../../src/pipeline/lint.js";
import { readSeed } from "../helpers.js";

describe("splitLines", () => {
  it("gives the same lines for LF, CRLF and CR endings", () => {
    const lines = ["제1조 (목적)", "본문입니다.", "", "끝"];
    expect(splitLines(lines.join("\n"))).toEqual(lines);
    expect(splitLines(lines.join("\r\n"))).toEqual(lines);
    expect(splitLines(lines.join("\r"))).toEqual(lines);
  });

  it("drops a UTF-8 byte-order mark so line 1 column 1 is the first real character", () => {
    expect(splitLines("\uFEFF개인정보 처리방침\n본문")).toEqual(["개인정보 처리방침", "본문"]);
  });
});

describe("line endings and BOM do not move findings", () => {
  it("a seed with CRLF endings and a BOM gives the LF findings at the same lines and columns", async () => {
    const text = readSeed("000_db5f55dfc5c8a39a.txt");
    const positions = (result: Awaited<ReturnType<typeof lintText>>) =>
      result.findings.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
    const lf = await lintText(text, "a.txt");
    const crlf = await lintText(`\uFEFF${text.replace(/\n/g, "\r\n")}`, "a.txt");
    const cr = await lintText(text.replace(/\n/g, "\r"), "a.txt");
    expect(lf.findings.length).toBeGreaterThan(0);
    expect(positions(crlf)).toEqual(positions(lf));
    expect(positions(cr)).toEqual(positions(lf));
  });

  it("keeps UTF-16 columns: a heading after wide characters reports the code-unit column", async () => {
    const document = await parsePolicy("가나다\n  제1조 (목적)\n", "text");
    expect(document.allSections[0].heading.column).toBe(3);
    expect(document.allSections[0].heading.titleColumn).toBe(8);
  });
});
