import { describe, expect, it } from "vitest";
import { packageDocsBaseUrl, readmeUrl, ruleDocsUrl } from "../../src/pipeline/docs-url.js";

const manifest = (repository: unknown, homepage?: string) =>
  ({ name: "policy-lint", version: "1.2.3", repository, homepage }) as Parameters<typeof packageDocsBaseUrl>[0];

describe("packageDocsBaseUrl", () => {
  it.each([
    ["git+https://github.com/acme/policy-lint.git", "https://github.com/acme/policy-lint/blob/v1.2.3/docs/rules/"],
    ["https://github.com/acme/policy-lint", "https://github.com/acme/policy-lint/blob/v1.2.3/docs/rules/"],
    ["git@github.com:acme/policy-lint.git", "https://github.com/acme/policy-lint/blob/v1.2.3/docs/rules/"],
    ["github:acme/policy-lint", "https://github.com/acme/policy-lint/blob/v1.2.3/docs/rules/"],
    ["acme/policy-lint", "https://github.com/acme/policy-lint/blob/v1.2.3/docs/rules/"],
    ["https://gitlab.com/acme/policy-lint.git", "https://gitlab.com/acme/policy-lint/-/blob/v1.2.3/docs/rules/"],
  ])("reads the repository %s", (url, expected) => {
    expect(packageDocsBaseUrl(manifest({ type: "git", url }))).toBe(expected);
    expect(packageDocsBaseUrl(manifest(url))).toBe(expected);
  });

  it("keeps a monorepo's directory", () => {
    expect(packageDocsBaseUrl(manifest({ url: "https://github.com/acme/tools.git", directory: "packages/policy-lint/" }))).toBe(
      "https://github.com/acme/tools/blob/v1.2.3/packages/policy-lint/docs/rules/",
    );
  });

  it("falls back to the homepage, and to nothing for an unknown host without one", () => {
    expect(packageDocsBaseUrl(manifest({ url: "https://git.example.com/a/b.git" }, "https://policy-lint.example/#readme"))).toBe(
      "https://policy-lint.example/docs/rules/",
    );
    expect(packageDocsBaseUrl(manifest(undefined))).toBeNull();
  });
});

describe("ruleDocsUrl and readmeUrl", () => {
  it("append the rule page, and find the README beside docs/", () => {
    expect(ruleDocsUrl("dpo-contact", "https://example.com/docs/rules")).toBe("https://example.com/docs/rules/dpo-contact.md");
    expect(readmeUrl("suppressions", "https://github.com/a/b/blob/v1/docs/rules/")).toBe(
      "https://github.com/a/b/blob/v1/README.md#suppressions",
    );
  });
});
