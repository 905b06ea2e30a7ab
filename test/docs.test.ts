// The committed rule docs must be what the rules' metadata renders; run `npm run docs` after changing a rule.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { renderRuleDocs } from "../src/docs/render.js";
import { renderConfigSchema } from "../src/docs/config-schema.js";

const dir = new URL("../docs/rules/", import.meta.url);

describe("generated rule docs", () => {
  const files = renderRuleDocs(rules);

  it("has one file per rule plus the index, and nothing else", () => {
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
  });

  for (const [name, content] of files) {
    it(`${name} is up to date`, () => {
      expect(readFileSync(new URL(name, dir), "utf8")).toBe(content);
    });
  }

  it("schemas/config.schema.json is up to date", () => {
    expect(readFileSync(new URL("../schemas/config.schema.json", import.meta.url), "utf8")).toBe(renderConfigSchema(rules));
  });

  it("every rule has an id, statute, both languages and an example", () => {
    for (const { meta } of rules) {
      expect(meta.id).toMatch(/^[a-z0-9-]+$/);
      expect(meta.statute.length).toBeGreaterThan(5);
      for (const text of [meta.title, meta.description, meta.example, ...Object.values(meta.messages)]) {
        expect(text.ko.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(rules.map((rule) => rule.meta.id)).size).toBe(rules.length);
  });
});
