// 자동 수집 장치(쿠키 등): when the service uses them, how they work and how to refuse them.
import type { Rule } from "../src/runtime/rule.js";
import type { PolicyDocument, Section } from "../src/parse/model.js";
import {
  bodyLines,
  bodyLinesMatching,
  firstBodyLineMatching,
  headingAnchor,
  lineRange,
  linesBetween,
  linesMatching,
  sectionLines,
  titleLines,
  type LineText,
} from "../src/runtime/query.js";
import { assessTopic, disclosureWithoutSection, reportMissing, requiredMessages, substanceFound } from "../src/runtime/required.js";
import { sentencesOf } from "../src/runtime/extract.js";
import { MAX_CONTINUATIONS, lineAcrossWraps } from "../src/runtime/wraps.js";
import { optOutWithMethod } from "../src/runtime/opt-out.js";
import { clausesOf, forAnotherPurpose, narrowedToSomeCases } from "../src/runtime/not-applicable.js";

// cookies and similar devices the policy says it uses
// ("생성정보 수집 툴": a tool that collects what use generates is an automatic collection device)
const USES_COOKIES =
  /쿠키|cookie|웹\s*비콘|web\s*beacon|픽셀\s*태그|자동\s*(으로\s*)?수집\s*(하는\s*)?장치|생성\s*정보\s*수집\s*(툴|도구)/i;
// app SDKs that read the advertising identifier are automatic collection devices too
const USES_AD_ID = /광고\s*(식별자|ID|아이디)|ADID|IDFA|AAID|Advertising\s*ID|AdMob|광고\s*SDK/i;
// how to reset or refuse the advertising identifier, wherever the policy says it, or a way out of targeted ads in
// other words ("맞춤형 광고를 원하지 않으시면 … 광고 ID를 새로 발급받으시면 됩니다")
const AD_ID_REFUSAL =
  /(광고\s*(식별자|ID|아이디)|맞춤\s*(?:형\s*)?광고|광고\s*추적)[^.。]{0,40}(재설정|삭제|거부|해제|제한|차단|선택\s*해제|끄기)/i;
const AD_ID_SUBJECT = /광고\s*(식별자|ID|아이디)|맞춤\s*(?:형\s*)?광고|광고\s*추적/i;
const refusesAdIdentifier = ({ text }: LineText) => AD_ID_REFUSAL.test(text) || (AD_ID_SUBJECT.test(text) && optOutWithMethod(text));
// "사용하지 않습니다", "두지 않습니다", "쓰지 아니합니다": any verb of having or using the device, denied (a hard
// wrap may fall between the noun and 하지: "설치·운영" over "하지 않습니다")
// "쿠키(나 광고식별자)를 수집하지 않습니다" too, with the cookie as the object: "쿠키는 이름을 수집하지 않습니다" says
// what a cookie holds
// and a summary's noun: "쿠키 미사용", "쿠키: 미설치", "쿠키 사용 : 없음", "자동 수집 장치: 설치·운영 안 함"
const NO_COOKIES =
  /(쿠키|웹\s*비콘|자동\s*수집\s*장치)[^.。]{0,40}?(?:(?:사용|설치|운영|저장|이용|활용)\s{0,2}하지|두지|쓰지)\s*(않|아니)|(?:쿠키|웹\s*비콘|자동\s*수집\s*장치)(?:\s*등)?\s{0,2}(?:[:：]\s{0,2})?미\s{0,2}(?:사용|설치|운영|저장|수집)(?![가-힣])|(?:쿠키|웹\s*비콘|자동\s*수집\s*장치)(?:\s*등)?\s{0,2}(?:의\s{0,2})?(?:사용|설치|운영|저장|수집)?\s{0,2}(?:여부)?\s{0,2}[:：]\s{0,2}(?:해당\s{0,2}(?:사항\s{0,2})?)?없음|(?:쿠키|웹\s*비콘)(?:\s*등)?(?:\s{0,2}(?:이나|나|와|과|및|,)\s{0,2}[가-힣A-Za-z]{1,12})?\s*(?:를|을)\s*(?:수집|처리)\s{0,2}하지\s*(?:않|아니)|(?:쿠키|웹\s*비콘|자동\s*수집\s*장치)[^.。:：\n]{0,20}[:：]?\s{0,2}(?:사용|설치|운영|저장|수집)(?:\s{0,2}[·ㆍ/]\s{0,2}(?:사용|설치|운영|저장|수집))?\s{1,2}안\s{0,2}(?:함|합니다|해요)(?![가-힣])/g;
const NAMES_DEVICE = /쿠키|웹\s*비콘|자동\s*수집/;
// every denial above holds one of these
const NEGATION_WORD = /않|아니|미\s{0,2}(?:사용|설치|운영|저장|수집)(?![가-힣])|없음|(?<![가-힣])안\s{0,2}(?:함|합니다|해요)/;

// whose device or what kind, just before its name: "외부 광고 사업자의 ", "광고 ", "제3자 ", "타사 " (the controller's
// own, "당사의 쿠키", are all it uses)
const NARROWER_KIND_BEFORE =
  /(?:(?:제\s?3\s?자|타사|외부|광고|마케팅|분석|추적|서드\s?파티|제휴사|협력사)(?:\s{0,2}[가-힣]{1,6}){0,2}(?:\s{0,2}의)?|(?<![가-힣])(?!(?:회사|당사|저희|우리|본사)의)[가-힣]{2,8}의)\s{0,2}$/;
const KIND_REACH = 20;
// "쿠키를 맞춤형 광고에 사용하지 않습니다": one use named by its noun and "에", before a verb of using
const FOR_A_NAMED_USE = /(?:광고|마케팅|홍보|판촉|분석|추적|프로파일링)에(?:는|도|만)?\s{1,3}(?:사용|이용|활용|쓰|써)/;

/**
 * True when the text says no device is used ("쿠키를 사용하지 않습니다"): not a denial of one purpose or some cases
 * only ("쿠키를 맞춤형 광고 목적으로 사용하지 않습니다", "… 광고에는 이용하지 않습니다", "필수 쿠키 외에는 저장하지
 * 않습니다"), which says the rest is done.
 */
function deniesDevices(text: string): boolean {
  for (const denial of text.matchAll(NO_COOKIES)) {
    // "외부 광고 사업자의 쿠키", "광고 쿠키", "제3자 쿠키": a narrower kind of device, denied, says the rest is used
    if (NARROWER_KIND_BEFORE.test(text.slice(Math.max(0, denial.index - KIND_REACH), denial.index))) continue;
    // the clause of the negated predicate, up to the negation
    const lead = clausesOf(text.slice(0, denial.index + denial[0].length)).at(-1) ?? "";
    if (!forAnotherPurpose(lead, NAMES_DEVICE) && !FOR_A_NAMED_USE.test(lead) && !narrowedToSomeCases(lead)) return true;
  }
  return false;
}
// "광고 SDK를 사용하지 않습니다", "광고식별자를 읽는 장치도 두지 않습니다" say the opposite of using one: any verb denied
// (or a summary's noun: "광고식별자 미수집")
const NEGATED = /[가-힣]지\s*(?:않|아니)|없습니다|없음|(?<![가-힣])미\s{0,2}(?:수집|사용|설치|탑재)(?![가-힣])/;

// a section about advertising ("광고 및 광고 식별자", "맞춤형 광고", "광고 ID 안내"): where its body says an ad SDK
// or the advertising identifier collects, it is the automatic collection device's section under another name
const AD_HEADING = /광고/;

/** The first section headed as about advertising whose body affirms an advertising identifier or ad SDK. */
function advertisingSection(document: PolicyDocument): Section | undefined {
  return document.allSections.find(
    (section) =>
      AD_HEADING.test(section.heading.title) &&
      !document.tocLines.has(section.startLine) &&
      affirmed(sectionLines(document, section).slice(1), USES_AD_ID),
  );
}

/**
 * True when a line that names a device denies using it, read with its sentence across hard wraps. That sentence
 * lies within MAX_CONTINUATIONS lines either way: where none of them holds a negation, the wraps are not read
 * (most lines that name a cookie deny nothing).
 */
function devicesDenied(document: PolicyDocument): boolean {
  const negatedNear = (line: number) =>
    linesBetween(document, line - MAX_CONTINUATIONS, line + MAX_CONTINUATIONS).some(({ text }) => NEGATION_WORD.test(text));
  return bodyLinesMatching(document, NAMES_DEVICE).some(({ line }) => negatedNear(line) && deniesDevices(lineAcrossWraps(document, line)));
}

/** True when `pattern` is said in a sentence that does not deny it. */
function affirmed(lines: LineText[], pattern: RegExp): boolean {
  return lines.some(({ text }) =>
    sentencesOf(text).some((sentence) => pattern.test(sentence) && !NEGATED.test(sentence.slice(sentence.search(pattern)))),
  );
}

export const requiredCookies: Rule = {
  meta: {
    id: "required-cookies",
    severity: "error",
    statute: "개인정보 보호법 제30조제1항제7호",
    title: { ko: "자동 수집 장치(쿠키 등)의 설치·운영 및 거부", en: "cookies and other automatic collection devices" },
    description: {
      ko: "쿠키 등 개인정보를 자동으로 수집하는 장치를 쓰면 그 설치·운영과 거부 방법을 처리방침에 적어야 합니다(법 제30조제1항제7호). 쿠키를 쓴다고 하면서 해당 절이 없으면 오류, 절은 있으나 거부(설정) 방법을 적지 않았으면 경고입니다. 쿠키를 쓰지 않는다고 밝히면 충족합니다. 한 가지 용도나 일부 경우에만 쓰지 않는다는 말('쿠키를 맞춤형 광고 목적으로 쓰지 않습니다', '맞춤형 광고에는 이용하지 않습니다', '필수 쿠키 외에는 저장하지 않습니다')이나 남의 쿠키·한 종류의 쿠키만 두지 않는다는 말('외부 광고 사업자의 쿠키를 설치하지 않습니다', '제3자 쿠키는 두지 않습니다')은 쿠키를 쓰지 않는다는 말이 아닙니다.",
      en: "When the service uses cookies or other devices that collect personal information automatically, the policy must explain their installation and operation and how to refuse them (PIPA Art. 30(1)7). Using cookies with no such section is an error; a section that never says how to refuse or block them is a warning. Stating that no cookies are used satisfies the rule; denying one use or some cases only (not for targeted ads, none but essential cookies), or another's or one kind of cookie only (no advertisers' or third-party cookies), does not say that.",
    },
    example: {
      ko: "제10조 (자동 수집 장치의 설치·운영 및 거부)\n회사는 쿠키를 사용합니다. 이용자는 웹 브라우저의 설정에서 쿠키 저장을 거부할 수 있습니다.",
      en: "Art. 10 (Cookies)\nThe company uses cookies. Users can refuse them in their web browser's settings.",
    },
    messages: {
      ...requiredMessages({ ko: "자동 수집 장치(쿠키 등)의 설치·운영 및 거부", en: "cookies and how to refuse them" }),
      hollow: { ko: "쿠키 등 자동 수집 장치를 거부하는 방법이 없습니다", en: "the section never says how to refuse cookies" },
    },
  },
  check(context) {
    const { document, report, found, notApplicable } = context;
    // a denial is read with its sentence across hard wraps, on the lines that name a device (found with one scan)
    const cookies = firstBodyLineMatching(document, USES_COOKIES) !== undefined && !devicesDenied(document);
    // an advertising identifier decides only where there are no cookies or no cookie section: its scan of the
    // whole text waits until then
    let affirmsAdIdentifier: boolean | undefined;
    const adIdentifier = () =>
      (affirmsAdIdentifier ??= affirmed(
        linesMatching(document, USES_AD_ID).map((line) => ({ line, text: document.plain[line - 1] })),
        USES_AD_ID,
      ));
    // a heading that names the refusal ("광고 식별자의 수집 및 거부") does not say how: the way is in a body. Every
    // line is read for it, so only where it decides: an advertising identifier, and no cookies
    const refused = () => {
      const headings = titleLines(document);
      return bodyLines(document).some((entry) => !headings.has(entry.line) && refusesAdIdentifier(entry));
    };
    if (!cookies && !(adIdentifier() && !refused())) return notApplicable();
    const { anchors, body } = assessTopic(document, "cookies");
    found(...anchors.map((anchor) => anchor.headingLine));
    const advertising = anchors.length === 0 && adIdentifier() ? advertisingSection(document) : undefined;
    if (advertising) {
      found(advertising.startLine);
      if (!substanceFound("cookies", sectionLines(document, advertising).slice(1)))
        report({ messageId: "hollow", range: lineRange(document, advertising.startLine), severity: "warning" });
    } else if (anchors.length === 0) {
      const evidence = disclosureWithoutSection(document, "cookies");
      if (evidence) found(evidence.line);
      else reportMissing(context, "cookies");
    } else if (!substanceFound("cookies", body))
      report({ messageId: "hollow", range: lineRange(document, headingAnchor(anchors).headingLine), severity: "warning" });
  },
};
