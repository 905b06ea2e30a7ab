// Bytes → text for the encodings Korean policies arrive in: UTF-8 (with or without BOM), UTF-16 LE/BE
// (BOM, or the NUL pattern of ASCII in UTF-16), and CP949/EUC-KR from Korean word processors and older sites.
// CP949 needs iconv-lite: Node's built-in "euc-kr" decoder rejects CP949's extended syllables (똠, 햏).
import type IconvLite from "iconv-lite";
import { lazy } from "./lazy.js";

export type EncodingName = "utf-8" | "utf-16le" | "utf-16be" | "cp949";
export const ENCODINGS: readonly EncodingName[] = ["utf-8", "utf-16le", "utf-16be", "cp949"];

export class DecodeError extends Error {}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
// loaded on first use: most policies are UTF-8 and should not pay for the code tables
const iconv = lazy<typeof IconvLite>("iconv-lite");

function decodeCp949(bytes: Uint8Array): string {
  return iconv().decode(Buffer.from(bytes), "cp949");
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName): string {
  if (encoding === "cp949") return decodeCp949(bytes);
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

/** ASCII text in UTF-16 leaves every other byte zero: at odd offsets for LE, at even ones for BE. */
function utf16WithoutBom(bytes: Uint8Array): EncodingName | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = sample.length / 2;
  const guess: EncodingName | null =
    oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05
      ? "utf-16le"
      : evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05
        ? "utf-16be"
        : null;
  if (!guess || sample.length < 8) return null;
  // binary data can show the same pattern; text decodes to (almost) no control characters
  try {
    const text = decodeAs(sample.subarray(0, sample.length - (sample.length % 2)), guess);
    let controls = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls++;
    }
    return controls <= text.length * 0.01 ? guess : null;
  } catch {
    return null;
  }
}

const startsWithUtf16Bom = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** the bytes began with a byte-order mark (not part of the text) */
  bom: boolean;
}

export function decodeBytes(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (forced) {
    try {
      const skip = forced === "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      const text = decodeAs(bytes.subarray(skip), forced);
      const bom = skip > 0 || text.startsWith("\uFEFF") || (forced.startsWith("utf-16") && startsWithUtf16Bom(bytes));
      return { text: text.startsWith("\uFEFF") ? text.slice(1) : text, encoding: forced, bom };
    } catch {
      throw new DecodeError(`not valid ${forced} text`);
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeAs(bytes.subarray(3), "utf-8"), encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), "utf-16le"), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, bom: false };
  if (bytes.includes(0)) throw new DecodeError("binary file (contains NUL bytes), not a text policy");
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    const text = decodeCp949(bytes);
    // iconv-lite marks undecodable bytes with U+FFFD; a real CP949 policy has Hangul and no such marks
    if (!text.includes("\uFFFD") && /[가-힣]/.test(text)) return { text, encoding: "cp949", bom: false };
    throw new DecodeError("not valid UTF-8, UTF-16 or CP949 text (use --encoding)");
  }
}

/** Text → bytes in the encoding it was read in, with the byte-order mark it had: what --fix writes back. */
export function encodeText(text: string, encoding: EncodingName, bom: boolean): Buffer {
  let body: Buffer;
  if (encoding === "cp949") body = iconv().encode(text, "cp949");
  else if (encoding === "utf-8") body = Buffer.from(text, "utf8");
  else {
    body = Buffer.from(text, "utf16le");
    if (encoding === "utf-16be") body.swap16();
  }
  if (!bom) return body;
  const mark = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff], cp949: [] }[encoding];
  return Buffer.concat([Buffer.from(mark), body]);
}
