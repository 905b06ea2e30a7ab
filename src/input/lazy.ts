// Loading a dependency on first use: a CI run on one policy should not pay for glob walking, ignore files or
// override matching it does not need (start-up is measured by npm run bench).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
