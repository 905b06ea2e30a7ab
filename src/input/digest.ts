// What identifies a file's content for the result cache: a hash of its bytes, before any decoding.
import { createHash } from "node:crypto";

export function contentDigest(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64url");
}
