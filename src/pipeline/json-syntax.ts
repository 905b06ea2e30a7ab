// Where a JSON text stops being JSON. JSON.parse names a character position in some messages and none in
// others ("Unexpected token '}', … is not valid JSON"); a person editing a configuration wants line:column.

class SyntaxStop {
  constructor(
    readonly offset: number,
    readonly found: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The offset of the first character that is not valid JSON (the text's length when it ends too soon), or null. */
export function jsonSyntaxStop(text: string): { offset: number; found: string } | null {
  let at = 0;
  const stop = (): never => {
    throw new SyntaxStop(at, at < text.length ? `'${text[at]}'` : "the end of the file");
  };
  const skipBlanks = () => {
    while (at < text.length && (text[at] === " " || text[at] === "\t" || text[at] === "\n" || text[at] === "\r")) at++;
  };
  const expect = (char: string) => {
    skipBlanks();
    if (text[at] !== char) stop();
    at++;
  };
  const string = () => {
    if (text[at] !== '"') stop();
    at++;
    for (;;) {
      if (at >= text.length || text.charCodeAt(at) < 0x20) stop();
      const char = text[at++];
      if (char === '"') return;
      if (char !== "\\") continue;
      if ('"\\/bfnrt'.includes(text[at] ?? "x")) at++;
      else if (text[at] === "u") {
        HEX4.lastIndex = at + 1;
        if (!HEX4.test(text)) stop();
        at += 5;
      } else stop();
    }
  };
  const value = (): void => {
    skipBlanks();
    const char = text[at];
    if (char === "{") {
      at++;
      skipBlanks();
      if (text[at] === "}") return void at++;
      for (;;) {
        skipBlanks();
        string();
        expect(":");
        value();
        skipBlanks();
        if (text[at] === ",") at++;
        else return expect("}");
      }
    }
    if (char === "[") {
      at++;
      skipBlanks();
      if (text[at] === "]") return void at++;
      for (;;) {
        value();
        skipBlanks();
        if (text[at] === ",") at++;
        else return expect("]");
      }
    }
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) return void (at += word.length);
    }
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) return void (at = NUMBER.lastIndex);
    stop();
  };
  try {
    value();
    skipBlanks();
    if (at < text.length) stop();
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return { offset: error.offset, found: error.found };
    // nesting deeper than the stack: JSON.parse's own message will have to do
    if (error instanceof RangeError) return null;
    throw error;
  }
}
