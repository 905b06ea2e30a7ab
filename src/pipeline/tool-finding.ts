// Findings policy-lint makes about its input rather than a rule's: an empty or ignored file, a disable comment
// that names no rule or silences nothing. Linked to the README section that explains them.
import type { Range } from "../parse/model.js";
import type { Finding, Severity } from "../runtime/rule.js";
import { fingerprintOf } from "./baseline.js";
import { readmeUrl } from "./docs-url.js";

export interface ToolFinding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  /** the README section, by its anchor */
  anchor: string;
  range: Range;
  /** what tells this finding from others of its rule in a baseline */
  fingerprintText: string;
}

export function toolFinding(finding: ToolFinding, docsBaseUrl?: string): Finding {
  const { ruleId, messageId, severity, message, anchor, range, fingerprintText } = finding;
  return {
    ruleId,
    url: readmeUrl(anchor, docsBaseUrl),
    severity,
    messageId,
    message,
    statute: "policy-lint",
    ...range,
    fingerprint: fingerprintOf(ruleId, messageId, fingerprintText),
  };
}
