import { describe, expect, it } from "vitest";
import { jsonSyntaxStop } from "../../src/pipeline/json-syntax.js";

describe("jsonSyntaxStop", () => {
  it.each(['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', " [] ", '"x"', "0"])("finds nothing wrong in %s", (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonSyntaxStop(text)).toBeNull();
  });

  it.each([
    ['{"a":}', 5, "'}'"],
    ['{"a": 1,}', 8, "'}'"],
    ["{'a': 1}", 1, "'''"],
    ['{"a": 01}', 7, "'1'"],
    ['{"a": "x', 8, "the end of the file"],
    ['{"a": 1} x', 9, "'x'"],
    ['{"a": "\\q"}', 8, "'q'"],
  ])("stops %s at %i on %s, as JSON.parse does", (text, offset, found) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxStop(text)).toEqual({ offset, found });
  });

  it("gives up, rather than overflowing, on nesting deeper than the stack", () => {
    expect(jsonSyntaxStop("[".repeat(200_000))).toBeNull();
  });
});
