// The registry: every rule policy-lint ships, imported by name. Adding a rule means adding it here.
import type { Rule } from "../src/runtime/rule.js";
import { dpoContact } from "./dpo-contact.js";
import { processorDisclosure } from "./processor-disclosure.js";
import { retentionStatute } from "./retention-statute.js";
import { changeNotice } from "./change-notice.js";
import { childUnder14 } from "./child-under-14.js";
import { requiredPurpose } from "./required-purpose.js";
import { requiredItems } from "./required-items.js";
import { requiredRetention } from "./required-retention.js";
import { requiredDestruction } from "./required-destruction.js";
import { requiredRights } from "./required-rights.js";
import { requiredSafety } from "./required-safety.js";
import { requiredCookies } from "./required-cookies.js";
import { requiredRemedies } from "./required-remedies.js";
import { effectiveDate } from "./effective-date.js";
import { thirdPartyProvision } from "./third-party-provision.js";
import { overseasTransfer } from "./overseas-transfer.js";
import { outdatedReference } from "./outdated-reference.js";
import { numbering } from "./numbering.js";
import { titleName } from "./title-name.js";
import { domesticAgent } from "./domestic-agent.js";
import { sensitiveInfo } from "./sensitive-info.js";
import { pseudonymizedInfo } from "./pseudonymized-info.js";
import { automatedDecision } from "./automated-decision.js";
import { behavioralInfo } from "./behavioral-info.js";
import { videoDevices } from "./video-devices.js";
import { vagueRetention } from "./vague-retention.js";
import { vagueListing } from "./vague-listing.js";

export const rules: readonly Rule[] = [
  dpoContact,
  processorDisclosure,
  retentionStatute,
  changeNotice,
  childUnder14,
  requiredPurpose,
  requiredItems,
  requiredRetention,
  requiredDestruction,
  requiredRights,
  requiredSafety,
  requiredCookies,
  requiredRemedies,
  effectiveDate,
  thirdPartyProvision,
  overseasTransfer,
  outdatedReference,
  numbering,
  titleName,
  domesticAgent,
  sensitiveInfo,
  pseudonymizedInfo,
  automatedDecision,
  behavioralInfo,
  videoDevices,
  vagueRetention,
  vagueListing,
];
