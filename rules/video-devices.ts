// 고정형·이동형 영상정보처리기기(CCTV): when the policy covers them, the operating details.
import type { Rule } from "../src/runtime/rule.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { anchorBody, findSections, lineRange, linesBetween, topicPattern, type LineText, type TopicAnchor } from "../src/runtime/query.js";
import { assessTopic, blanksIn } from "../src/runtime/required.js";
import { findMentions, missingElements, missingData } from "../src/runtime/mentions.js";
import { denialOf, lineDenies } from "../src/runtime/not-applicable.js";
import { hardWrapsJoined, nameAcrossWrap } from "../src/runtime/wraps.js";
import { COMPANION_POLICY_NAME } from "../src/parse/policy-name.js";
import { withoutSpaces } from "../src/parse/lines.js";
import { matchesOf } from "../src/runtime/extract.js";
import items from "./data/conditional-items.json" with { type: "json" };

// how far a hard-wrapped sentence around a mention is looked for
const WRAP_REACH = 3;

const spec = items.video;
const MENTION = new RegExp(spec.mention);
const DENIAL = denialOf(MENTION, spec.notApplicable);
const SEPARATE_POLICY = new RegExp(spec.separatePolicy);
const SEPARATE_POLICY_ALL = new RegExp(spec.separatePolicy, "g");
// the elements a passage about mobile devices alone is not asked for
const NOT_ASKED_WHEN_MOBILE = new Set(spec.mobileOnly.notAsked.map((name) => spec.elements[name as keyof typeof spec.elements]));
const MODERN_TERM = new RegExp(spec.modernTerm);

const RESTRICTED_AREA = new RegExp(spec.safetyMeasure.restrictedArea);
const PUBLIC_PLACE = new RegExp(spec.safetyMeasure.publicPlace);

const SERVICE_WORK = new RegExp(spec.serviceSubject.work);
const CUSTOMERS_CAMERAS = new RegExp(spec.serviceSubject.customers);
// the controller's own places: those open to the public, and its offices and premises
const OWN_PLACE = new RegExp(`${spec.safetyMeasure.publicPlace}|${spec.serviceSubject.ownPlace}`, "g");
const CUSTOMER_BEFORE = new RegExp(spec.serviceSubject.customerBefore);
// how far before a place the customer who owns it is looked for ("고객 사업장", "고객님의 신축 건물")
const OWNER_REACH = 16;

const MOBILE_TERM = new RegExp(spec.mobileOnly.term);
const FIXED_TERM = new RegExp(spec.mobileOnly.fixedTerm);

const TITLE = topicPattern("video");
const hasText = (lines: LineText[]) => lines.some(({ text }) => text.trim() !== "");

/**
 * The heading of the article that holds the text. A heading with nothing under it repeats the article's title
 * (a contents list the parser did not recognise), and a section about the item inside another (an article in
 * a chapter, or an article read as nested under such a contents line) is the more precise place.
 */
function articleLine(document: PolicyDocument, anchors: TopicAnchor[]): number {
  const anchor = anchors.find((candidate) => hasText(anchorBody(document, candidate))) ?? anchors[0];
  const inner = document.allSections.find(
    (section) =>
      section.startLine > anchor.startLine &&
      section.endLine <= anchor.endLine &&
      section.heading.isTitle &&
      TITLE.test(section.heading.title) &&
      (section.heading.inlineBody !== null || hasText(linesBetween(document, section.startLine + 1, section.endLine))),
  );
  return inner?.startLine ?? anchor.headingLine;
}

/** The sentence holding `line`, joined with the lines it is hard-wrapped over. */
function mentionSentence(document: PolicyDocument, line: number): LineText {
  const around = linesBetween(document, line - WRAP_REACH, line + WRAP_REACH);
  const joined = hardWrapsJoined(document, around);
  const holding = joined.filter((entry) => entry.line <= line).at(-1);
  return holding ?? { line, text: document.plain[line - 1] ?? "" };
}

/**
 * True when the mention is a physical safeguard, not cameras in a place open to the public: a measure in the
 * security section ("출입통제 및 CCTV 운영"), or cameras on a server room or records store, with no public place
 * named in its sentence. A mention in the video section itself is always the item.
 */
function safeguardOnly(document: PolicyDocument, line: number): boolean {
  const inSection = (topic: "safety" | "video") =>
    findSections(document, topic).some((section) => section.startLine <= line && section.endLine >= line);
  if (inSection("video")) return false;
  const sentence = mentionSentence(document, line).text;
  if (PUBLIC_PLACE.test(sentence)) return false;
  return inSection("safety") || RESTRICTED_AREA.test(sentence);
}

/**
 * True when the mention is cameras the business serves its customers with, not cameras it runs: installation work,
 * sales, maintenance or the customer's cameras in its sentence ("방범 카메라(CCTV) 설치 공사 및 원격 점검"), and no
 * place of the controller's own ("매장에 CCTV를 설치·운영합니다"; "고객 매장" is the customer's). A mention in the
 * video section's body is always the item, and so is one among processors or recipients ("CCTV 유지보수: ㈜…"), work
 * done on the controller's own cameras.
 */
function serviceSubjectOnly(document: PolicyDocument, line: number): boolean {
  const inSection = (topic: "video" | "entrustment" | "third-party", body = false) =>
    findSections(document, topic).some(
      (section) => section.startLine <= line && section.endLine >= line && !(body && section.startLine === line),
    );
  // a line read as a heading of its own ("1) CCTV 설치 공사 및 점검") is weighed by its words, not as the section
  if (inSection("video", true) || inSection("entrustment") || inSection("third-party")) return false;
  const sentence = mentionSentence(document, line).text;
  if (!SERVICE_WORK.test(sentence) && !CUSTOMERS_CAMERAS.test(sentence)) return false;
  for (const place of sentence.matchAll(OWN_PLACE))
    if (!CUSTOMER_BEFORE.test(sentence.slice(Math.max(0, place.index - OWNER_REACH), place.index))) return false;
  return true;
}

// "건물의 CCTV는 해당 건물 관리주체가 운영합니다": cameras another party runs where the service stands are not the
// controller's (its devices are what 제25조 asks about)
const OTHERS_OPERATE =
  /(?:관리\s{0,2}주체|관리\s{0,2}사무소|건물주|임대인|건물\s{0,2}관리(?:단|회사|업체)?|시설\s{0,2}관리(?:공단|주체|자)|(?:역사|공항|쇼핑몰|백화점|상가)\s{0,2}(?:측|운영사|관리자))(?:가|이|에서|측이|측에서)\s{0,2}(?:[가-힣]{1,10}\s{1,2})?(?:운영|설치|관리)/;

const SENTENCE_BREAK = /(?<=[.。])\s+/;

/**
 * True when every sentence of the mention's line that names cameras gives them to another party that runs them
 * ("해당 건물 관리주체가 운영합니다") or denies running any: none of them is the controller's.
 */
function othersDevicesOnly(document: PolicyDocument, line: number): boolean {
  const naming = mentionSentence(document, line)
    .text.split(SENTENCE_BREAK)
    .filter((sentence) => MENTION.test(sentence));
  return (
    naming.some((sentence) => OTHERS_OPERATE.test(sentence)) &&
    naming.every((sentence) => OTHERS_OPERATE.test(sentence) || lineDenies(sentence, DENIAL))
  );
}

// the party whose operating policy a sentence names: "각 고객사가 공개한", "건물 관리주체의"
const OTHERS_POLICY_OWNER =
  /(?:고객사|고객|위탁자|사업주|원청|발주처|입주사|임차인|관리\s{0,2}주체|관리\s{0,2}사무소|건물주|임대인|각\s{0,2}(?:기관|사업장|시설|매장|가맹점|점포))(?:가|이|의|에서)\s{0,2}(?:[가-힣]{1,10}\s{1,2}){0,2}$/;
// how far before the policy's name its owner may stand ("각 고객사가 공개한 고정형 ")
const OWNER_BEFORE_POLICY = 30;

/** True when every operating policy the line names is another party's ("각 고객사가 공개한 … 운영·관리 방침"). */
function othersPolicyOnly(text: string): boolean {
  return matchesOf(SEPARATE_POLICY_ALL, text).every((policy) => {
    const before = text.slice(Math.max(0, policy.index - OWNER_BEFORE_POLICY), policy.index);
    return OTHERS_POLICY_OWNER.test(before.replace(/(?:고정형|이동형)\s{0,2}$/, ""));
  });
}

interface DevicePart {
  startLine: number;
  title: string;
  /** the part's lines with the lines of the section before its first part, which speak for both */
  text: string;
}

/**
 * The parts of a video section titled for the fixed cameras and for the mobile ones, each read with the section's
 * lead-in; none unless the section has both.
 */
function deviceParts(document: PolicyDocument, anchor: TopicAnchor): DevicePart[] {
  const children = (anchor.section?.children ?? []).filter(
    (child) => child.heading.isTitle && (FIXED_TERM.test(child.heading.title) || MOBILE_TERM.test(child.heading.title)),
  );
  const fixed = children.filter((child) => FIXED_TERM.test(child.heading.title) && !MOBILE_TERM.test(child.heading.title));
  const mobile = children.filter((child) => MOBILE_TERM.test(child.heading.title) && !FIXED_TERM.test(child.heading.title));
  if (fixed.length === 0 || mobile.length === 0) return [];
  const lead = anchorBody(document, anchor).filter(({ line }) => line < children[0].startLine);
  return [...fixed, ...mobile]
    .sort((a, b) => a.startLine - b.startLine)
    .map((child) => ({
      startLine: child.startLine,
      title: child.heading.title,
      text: [...lead, ...linesBetween(document, child.startLine, child.endLine)].map((entry) => entry.text).join("\n"),
    }));
}

export const videoDevices: Rule = {
  meta: {
    id: "video-devices",
    severity: "warning",
    statute: "개인정보 보호법 제25조, 제25조의2, 시행령 제25조",
    title: { ko: "영상정보처리기기 운영·관리", en: "CCTV and other video devices" },
    description: {
      ko: "고정형·이동형 영상정보처리기기(CCTV 등)를 운영하고 별도의 운영·관리 방침이 없으면, 설치 근거·목적, 설치 대수·위치·촬영 범위, 관리책임자, 보관 기간 등을 처리방침에 적어야 합니다(법 제25조, 시행령 제25조). CCTV를 언급하면서 이 사항이 빠졌거나 칸을 비워 두었으면 경고합니다. CCTV를 설치·운영하지 않는다고 밝히면 충족합니다. 운영·관리 방침을 같은 페이지에 처리방침 뒤에 실었으면 그 방침에 이 사항이 있는지 읽고, 빠진 것은 방침의 제목에서 알립니다. 보관 기간은 기간이어야 합니다: '녹화기에 보관합니다'는 보관 장소입니다. 고정형과 이동형을 절 안에서 나누어 적었으면 각 부분을 따로 읽으며, 고객사·임대인 등 다른 사업자가 공개한 운영·관리 방침을 가리키는 문장은 자기 기기의 방침이 아닙니다. 2023-09-15부터 '고정형'과 '이동형'을 나누어 부르므로 옛 용어만 쓰면 안내(정보)합니다.",
      en: "Operating CCTV or other fixed or mobile video devices without a separate operating policy requires the privacy policy to give the legal basis and purpose, the number, location and range, the person in charge and the retention period (PIPA Art. 25, Decree Art. 25). Mentioning CCTV with these missing or left blank is a warning; stating that none are run satisfies the rule. An operating policy published on the same page after the privacy policy is read for these items, and what it lacks is reported at its title. The retention period must be a period: 'stored on the recorder' is a place. A section that gives fixed and mobile devices a part each is read part by part, and a pointer to another party's operating policy (a client's, a landlord's) is not the controller's own. Since 2023-09-15 the law distinguishes fixed (고정형) and mobile (이동형) devices; using only the old term gets an info note.",
    },
    example: {
      ko: "고정형 영상정보처리기기: 설치 근거·목적(시설 안전), 설치 대수·위치(2대, 출입구), 관리책임자(총무팀장), 보관 기간(30일)",
      en: "Fixed video devices: basis and purpose (facility safety), number and location (2, entrance), person in charge (head of administration), retention (30 days)",
    },
    messages: {
      incomplete: {
        ko: "영상정보처리기기 운영·관리에 관한 {missing}이(가) 없습니다",
        en: "the video-device section does not give: {missingEn}",
      },
      blank: { ko: "영상정보처리기기 절에 채우지 않은 칸이 있습니다{value}", en: "the video-device section has a field left blank{value}" },
      legacyTerm: {
        ko: "'영상정보처리기기'는 2023-09-15부터 '고정형'과 '이동형'으로 나뉩니다",
        en: "since 2023-09-15 the law says 'fixed' (고정형) or 'mobile' (이동형) video devices",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const all = findMentions(document, MENTION, DENIAL);
    const cameras = all.filter(
      ({ line }) => !safeguardOnly(document, line) && !serviceSubjectOnly(document, line) && !othersDevicesOnly(document, line),
    );
    // a title over a body whose every mention is of cameras that are not the controller's is about none of its own
    const titleOverOthers = (line: number) => {
      const section = document.allSections.find((candidate) => candidate.startLine === line);
      if (!section) return false;
      const inBody = all.filter((mention) => mention.line > line && mention.line <= section.endLine);
      return inBody.length > 0 && inBody.every((mention) => !cameras.includes(mention));
    };
    const mentions = cameras.filter(({ line }) => !titleOverOthers(line));
    if (mentions.length === 0) return notApplicable();
    const { anchors } = assessTopic(document, "video");
    // the operating policy published on this page after the privacy policy is the one to read, not a reference
    const companion = anchors.find((anchor) => COMPANION_POLICY_NAME.test(anchor.title.trim()));
    // (another party's operating policy, "각 고객사가 공개한 … 운영·관리 방침에 따릅니다", covers its cameras, not the
    // controller's own)
    const separatePolicy = companion ? [] : findMentions(document, SEPARATE_POLICY).filter(({ text }) => !othersPolicyOnly(text));
    if (separatePolicy.length > 0) return found(separatePolicy[0].line);
    // the operating policy's name cut by a hard wrap ("「… 영상정보처리기기 운영·관리" over "방침」에 따릅니다")
    const nearby = [...anchors.flatMap((anchor) => anchorBody(document, anchor)), ...mentions].map(({ line }) => line);
    const cut = companion
      ? undefined
      : nearby.find((line) => {
          const joined = nameAcrossWrap(document, line, SEPARATE_POLICY_ALL);
          return joined !== null && !othersPolicyOnly(joined.text);
        });
    if (cut !== undefined) return found(cut);
    // with no section of its own, what the policy says is the sentence that mentions the cameras, read whole
    // across a hard wrap ("…시설 안전을 위하여 / CCTV가 설치되어 있습니다")
    const body =
      anchors.length > 0 ? anchors.flatMap((anchor) => anchorBody(document, anchor)) : [mentionSentence(document, mentions[0].line)];
    // the operating policy as a whole is reported at its title, not at its first article
    const where = companion ? companion.headingLine : anchors.length > 0 ? articleLine(document, anchors) : mentions[0].line;
    found(where);
    const text = body.map((entry) => entry.text).join("\n");
    // the title says which kind of device the passage is about
    const about = `${document.plain[where - 1] ?? ""}\n${text}`;
    // a blank field ("보관 기간: ") is reported as blank, not again as missing
    const blanks = blanksIn(document, body);
    const blankLabels = blanks.map((blank) => withoutSpaces(document.plain[blank.range.line - 1] ?? ""));
    // a section that gives the fixed cameras and the mobile ones a part each is read part by part: the mobile
    // cameras' period is not the fixed ones' ("(1) 고정형 …" with no period over "(2) 이동형 … 보관 기간: 30일")
    const parts = anchors.length === 1 ? deviceParts(document, anchors[0]) : [];
    const passages =
      parts.length > 0
        ? parts.map((part) => ({ line: part.startLine, text: part.text, about: part.title }))
        : [{ line: where, text, about }];
    for (const passage of passages) {
      const mobileOnly = MOBILE_TERM.test(passage.about) && !FIXED_TERM.test(passage.about);
      const absent = missingElements(passage.text, spec.elements).filter(
        (element) =>
          !(mobileOnly && NOT_ASKED_WHEN_MOBILE.has(element)) &&
          !blankLabels.some((label) => label.includes(withoutSpaces(element.ko.split("·")[0]))),
      );
      if (absent.length === 0) continue;
      // the range filmed is often left to follow from the places named: alone, it is worth a note, not a warning
      const rangeOnly = absent.length === 1 && absent[0] === spec.elements.range;
      report({
        messageId: "incomplete",
        range: lineRange(document, passage.line),
        data: missingData(absent),
        ...(rangeOnly ? { severity: "info" as const } : {}),
      });
    }
    for (const blank of blanks) report(blank);
    if (!MODERN_TERM.test(text + mentions.map((mention) => mention.text).join("\n"))) {
      report({ messageId: "legacyTerm", range: lineRange(document, where), severity: "info" });
    }
  },
};
