// The same policy in the encodings it arrives in gives the same findings, at the same lines.
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeBytes } from "../../src/input/decode.js";
import { lintText } from "../../src/pipeline/lint.js";
import { readSeed, SEEDS } from "../helpers.js";

const signature = async (text: string) => (await lintText(text, "p.txt")).findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
// characters a real CP949 file cannot hold, replaced by the ones it would have used
const cp949Safe = (text: string) =>
  text
    .replace(/\u2219/g, "·")
    .replace(/\u00a0/g, " ")
    .replace(/\u2022/g, "·");

describe("encodings", () => {
  it.each(SEEDS)("%s: UTF-16LE with BOM, UTF-16BE with BOM, UTF-8 with BOM and CRLF give the UTF-8 findings", async (seed) => {
    const text = readSeed(seed);
    const expected = await signature(text);
    const variants = [
      withBom([0xff, 0xfe], iconv.encode(text, "utf-16le")),
      withBom([0xfe, 0xff], iconv.encode(text, "utf-16be")),
      withBom([0xef, 0xbb, 0xbf], Buffer.from(text.replace(/\n/g, "\r\n"), "utf8")),
    ];
    for (const bytes of variants) expect(await signature(decodeBytes(bytes).text)).toEqual(expected);
  });

  it.each(SEEDS)("%s in CP949 is detected and gives the same findings", async (seed) => {
    const text = cp949Safe(readSeed(seed));
    const bytes = iconv.encode(text, "cp949");
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe("cp949");
    expect(await signature(decoded.text)).toEqual(await signature(text));
  });

  it("decodes CP949's extended syllables that EUC-KR lacks", () => {
    expect(decodeBytes(iconv.encode("똠방각하 햏 개인정보 처리방침", "cp949")).text).toBe("똠방각하 햏 개인정보 처리방침");
  });

  it("detects UTF-16 without a BOM by its NUL pattern", () => {
    expect(decodeBytes(iconv.encode("Privacy 개인정보 처리방침 policy text", "utf-16le")).encoding).toBe("utf-16le");
  });

  it("uses a forced encoding, and says so when the bytes do not fit it", () => {
    expect(decodeBytes(Buffer.from("개인정보", "utf8"), "utf-8").text).toBe("개인정보");
    expect(() => decodeBytes(Buffer.from([0xc0, 0xc1, 0xfe]), "utf-8")).toThrow("not valid utf-8 text");
  });

  it("rejects binary and bytes no encoding explains", () => {
    expect(() =>
      decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    ).toThrow(/binary/);
    expect(() => decodeBytes(Buffer.from([0xc0, 0xc1, 0xfe]))).toThrow(/not valid UTF-8, UTF-16 or CP949/);
  });
});
