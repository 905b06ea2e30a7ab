// The JSON Schema of .policylintrc, generated from the rule registry so editors complete every rule id.
import type { Rule } from "../runtime/rule.js";

export function renderConfigSchema(rules: readonly Rule[]): string {
  const severity = { enum: ["off", "warn", "warning", "error", "info"] };
  const ruleProperties = Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      { ...severity, description: `${meta.title.ko} (${meta.title.en}) — ${meta.statute}; default ${meta.severity}` },
    ]),
  );
  const rulesObject = { type: "object", properties: ruleProperties, additionalProperties: false };
  const locale = { enum: ["ko", "en"], description: "message language" };
  const schema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "policy-lint/schemas/config.schema.json",
    title: 'policy-lint configuration (.policylintrc.json / .policylintrc.yaml / package.json "policy-lint")',
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      extends: {
        description: "presets: recommended (each rule at its default) or strict (warnings become errors)",
        oneOf: [{ enum: ["recommended", "strict"] }, { type: "array", items: { enum: ["recommended", "strict"] } }],
      },
      rules: rulesObject,
      locale,
      ignorePatterns: { type: "array", items: { type: "string" }, description: "globs, relative to this file, of policies not to lint" },
      docsBaseUrl: {
        type: "string",
        pattern: "^https?://",
        description:
          "the folder of rule pages that findings link to (<rule-id>.md is appended), for forks and private mirrors; default: this version's docs/rules/ in the package's repository",
      },
      overrides: {
        type: "array",
        items: {
          type: "object",
          required: ["files"],
          additionalProperties: false,
          properties: {
            files: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] },
            rules: rulesObject,
            locale,
          },
        },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
