import { defineConfig } from "vitest/config";

// The ReDoS audit takes minutes of recheck time: it runs as its own step (npm run audit:redos, and in .ci/run), not in every test run.
const audit = process.env.POLICY_LINT_REDOS === "1";

export default defineConfig({
  test: {
    include: audit ? ["test/security/**/*.test.ts"] : ["test/**/*.test.ts"],
    exclude: audit ? [] : ["test/security/**", "**/node_modules/**"],
    globalSetup: ["test/build-once.ts"],
  },
});
