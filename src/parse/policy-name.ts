// The policy's name as a title carries it: the statutory one and the older or foreign ones title-name reports.
// (a financial company's "개인(신용)정보 처리방침" names both kinds of data it holds)
export const POLICY_NAME =
  /개인\s*(?:[(（]\s*신용\s*[)）]\s*)?정보\s*(?:처리|취급|보호)\s*(?:방침|정책)|프라이버시\s*정책|Privacy\s*(?:Policy|Notice|Statement)/i;

// another policy the law asks for and pages publish beside this one: the video-device operating policy
// (영상정보처리기기 운영·관리 방침, 개인정보 보호법 제25조제7항), as a title ends with its name
export const COMPANION_POLICY_NAME = /(?:영상\s*정보\s*처리\s*기기|CCTV)[^.。\n]{0,24}(?:방침|정책)$/i;
