// The policy's name as a title carries it: the statutory one and the older or foreign ones title-name reports.
export const POLICY_NAME = /개인\s*정보\s*(?:처리|취급|보호)\s*(?:방침|정책)|프라이버시\s*정책|Privacy\s*(?:Policy|Notice|Statement)/i;
