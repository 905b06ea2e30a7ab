// The registry: every rule policy-lint ships, imported by name. Adding a rule means adding it here.
import type { Rule } from "../src/engine/rule.js";
import { dpoContact } from "./dpo-contact.js";
import { processorDisclosure } from "./processor-disclosure.js";
import { retentionStatute } from "./retention-statute.js";
import { changeNotice } from "./change-notice.js";
import { childUnder14 } from "./child-under-14.js";

export const rules: readonly Rule[] = [dpoContact, processorDisclosure, retentionStatute, changeNotice, childUnder14];
