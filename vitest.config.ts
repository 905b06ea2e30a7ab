import { defineConfig } from "vitest/config";

// The ReDoS audit takes minutes of recheck time, so it runs on demand (npm run audit:redos), not in every test run.
const audit = process.env.POLICY_LINT_REDOS === "1";

export default defineConfig({
  test: {
    include: audit ? ["test/security/**/*.test.ts"] : ["test/**/*.test.ts"],
    exclude: audit ? [] : ["test/security/**", "**/node_modules/**"],
    globalSetup: ["test/build-once.ts"],
  },
});
