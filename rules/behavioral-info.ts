// 행태정보: behavioural data for targeted ads or analytics — items, method, purpose, retention, refusal.
import type { Rule } from "../src/runtime/rule.js";
import { anchorBody, bodyLinesMatching, documentStart, headingAnchor, lineRange, type LineText } from "../src/runtime/query.js";
import { assessTopic } from "../src/runtime/required.js";
import { findMentions, missingElements, missingData, passageAround } from "../src/runtime/mentions.js";
import { clausesOf, denialOf, lineDenies, passageDeclaresNotApplicable, type Denial } from "../src/runtime/not-applicable.js";
import { hardWrapsJoined, lineAcrossWraps } from "../src/runtime/wraps.js";
import { optOutWithMethod, TURN_OFF_WORDS, turnsOff } from "../src/runtime/opt-out.js";
import type { PolicyDocument } from "../src/parse/model.js";
import { HANGUL } from "../src/runtime/extract.js";
import items from "./data/conditional-items.json" with { type: "json" };
import overseas from "./data/overseas.json" with { type: "json" };

const spec = items.behavioral;
const OWN_ADS = new RegExp(spec.ownAds);
const TOOLS = new RegExp(spec.trackingTools, "i");
// "Google Analytics와 같은 분석 도구를 설치하지 않았습니다": a tool named only to say it is not used (the same reading
// of a service not used as overseas-transfer's)
const TOOL_NOT_USED = denialOf(TOOLS, overseas.serviceNotUsed);
const { verbs, narrowing, audience, means } = spec.notApplicable;
// "아동에게 맞춤형 광고를 하지 않습니다" denies targeted ads to children only: others may still get them
// withholding behavioural data from advertisers ("광고 회사에 넘기지 않습니다") shows no targeted ads of the controller's
const DENIAL = denialOf(OWN_ADS, { verbs, means, narrowing: `${narrowing}|${audience}`, withholdingShowsTheItem: false });
// in a service for children that denial covers its users: read it as a denial there
const DENIAL_IN_CHILDREN_SERVICE = denialOf(OWN_ADS, { verbs, means, narrowing, withholdingShowsTheItem: false });
const CHILDREN_SERVICE = new RegExp(spec.childrenService);
const NEGATION = /않|아니|없/;
// a passage that gives most of the elements (items, method, purpose, retention, refusal) is the disclosure
const MAX_ABSENT_FOR_A_DISCLOSURE = 2;
const REFUSAL_ANYWHERE = new RegExp(spec.refusalAnywhere);
// what a refusal given once for the whole policy is about: ads, tracking, behavioural data or cookies
const REFUSAL_SUBJECT = /광고|맞춤|추적|행태|쿠키/;
// a word that may open the phrase above where a hard wrap splits it ("… 관심분야를 파악 및 자취" / "추적, … 타깃 마케팅")
const OWN_ADS_OPENING = /행태|맞춤형|취향|관심\s*분야|관심사|리타[겟게]팅|retargeting/;
// another company collects through its SDK or tool ("타사가 제공하는 SDK", "제3자 서비스 제공자")
const THIRD_PARTY_COLLECTOR = /타사|제\s*3\s*자\s*(서비스|광고|분석)|SDK|서비스\s*제공자|광고\s*네트워크/i;
// collecting, said as a predicate ("수집하며", "이용합니다"), not a label ("수집 목적")
const COLLECTS = /(수집|이용|활용|처리)\s*(하|합|한다|함|해|했)/;
// what a third party's tool is explained with: its name gives the tool and the company that collects
// ("네이버 애널리틱스", "Google Analytics"), so what is left is what it collects, why, and how to refuse
const TOOL_ELEMENTS = { items: spec.elements.items, purpose: spec.elements.purpose, refusal: spec.elements.refusal };

type Element = typeof spec.elements.refusal;

/** True when the policy says anywhere how to refuse ads, tracking or cookies ("쿠키 저장을 막을 수 있습니다"). */
function refusedAnywhere(document: PolicyDocument): boolean {
  if (findMentions(document, REFUSAL_ANYWHERE).length > 0) return true;
  return bodyLinesMatching(document, TURN_OFF_WORDS).some(({ text }) => REFUSAL_SUBJECT.test(text));
}

/**
 * The elements the text leaves out; a way out said in other words than the refusal element's own ("맞춤형 광고를
 * 원하지 않으시면 … 재발급받으시면 됩니다") is the refusal.
 */
function absentElements(document: PolicyDocument, lines: LineText[], elements: Record<string, Element>): Element[] {
  const text = lines.map((entry) => entry.text).join("\n");
  const optsOut = () =>
    optOutWithMethod(
      hardWrapsJoined(document, lines)
        .map((entry) => entry.text)
        .join("\n"),
    );
  // stopping the collection ("광고 추적을 막아 둘 수", "광고 식별자가 저장되지 않게") refuses it, as for cookies; a
  // tracking tool named as what collects the data ("Google AdMob을 이용하며, AdMob은 … 수집하여") is the method
  return missingElements(text, elements).filter(
    (element) =>
      (element !== spec.elements.refusal || !(turnsOff(text) || optsOut())) && (element !== spec.elements.method || !TOOLS.test(text)),
  );
}

const TOOL_NAMES = new RegExp(TOOLS.source, "gi");
const RETENTION = new RegExp(spec.elements.retention.pattern);
const toolKey = (name: string) => name.replace(/\s+/g, "").toLowerCase();
// a year in a date ("2025년 3월부터"), which is no period
const YEAR = /(?:19|20)\d{2}\s{0,2}[년.\-/]/g;

/**
 * True when a line outside the section, naming a tool the section names, gives a retention period: the overseas
 * transfer table's row for the tool ("… 이용 통계 분석(Google Analytics) | 수집일로부터 14개월") gives the tool's.
 */
function retentionGivenElsewhere(document: PolicyDocument, body: LineText[], text: string): boolean {
  const named = new Set([...text.matchAll(TOOL_NAMES)].map((match) => toolKey(match[0])));
  if (named.size === 0) return false;
  const inBody = new Set(body.map((entry) => entry.line));
  return bodyLinesMatching(document, TOOLS).some(
    (entry) =>
      !inBody.has(entry.line) &&
      [...entry.text.matchAll(TOOL_NAMES)].some((match) => named.has(toolKey(match[0]))) &&
      RETENTION.test(entry.text.replace(YEAR, " ")),
  );
}

/**
 * The lines that say targeted ads are done: a line that holds the phrase, or, where none does, a line whose
 * sentence holds it across hard wraps.
 */
function ownAdsMentions(document: PolicyDocument, denialFor: () => Denial): LineText[] {
  // every wording of the phrase opens with one of these words: most policies hold none, and then no denial is read.
  // A line that holds the phrase holds its opening too: one scan finds the lines of both
  const openings = bodyLinesMatching(document, OWN_ADS_OPENING);
  // no line holds the phrase, nor any sentence across hard wraps ("맞춤형 서비스" opens none): then there is no
  // denial to read, and whether the service is for children (a scan of the whole text) is not asked
  const holdsPhrase = (lines: LineText[]) => lines.some(({ text }) => HANGUL.test(text));
  if (
    !holdsPhrase(openings.filter(({ text }) => OWN_ADS.test(text))) &&
    !holdsPhrase(openings.filter(({ line }) => OWN_ADS.test(lineAcrossWraps(document, line))))
  )
    return [];
  const denial = denialFor();
  const whole = findMentions(document, OWN_ADS, denial);
  if (whole.length > 0) return whole;
  return findMentions(document, OWN_ADS_OPENING, denial).filter(({ line }) => OWN_ADS.test(lineAcrossWraps(document, line)));
}

/**
 * True when the policy says its service is for children ("어린이 학습 앱", "이용자는 대부분 만 14세 미만"), in a
 * clause that does not deny it ("아동 대상 서비스를 제공하지 않습니다").
 */
function childrenService(document: PolicyDocument): boolean {
  return findMentions(document, CHILDREN_SERVICE).some(({ text }) =>
    clausesOf(text).some((clause) => CHILDREN_SERVICE.test(clause) && !NEGATION.test(clause)),
  );
}

/**
 * True when the line says the controller itself collects for targeted ads: a clause that names them and
 * collects, with no other company as the collector ("앱은 맞춤형 광고를 위해 광고 식별자를 수집하며").
 */
function collectsItself(text: string): boolean {
  return clausesOf(text).some((clause) => OWN_ADS.test(clause) && COLLECTS.test(clause) && !THIRD_PARTY_COLLECTOR.test(clause));
}

export const behavioralInfo: Rule = {
  meta: {
    id: "behavioral-info",
    severity: "warning",
    statute: "개인정보 보호법 제30조제1항제7호, 개인정보 처리방침 작성지침(행태정보), 온라인 맞춤형 광고 개인정보보호 가이드라인",
    title: { ko: "행태정보의 수집·이용 및 거부", en: "Behavioural information" },
    description: {
      ko: "맞춤형 광고 등을 위해 행태정보를 수집하면 수집 항목, 수집 방법(도구), 목적, 보유·이용 기간, 거부 방법을 처리방침에 적어야 합니다(작성지침). 행태정보 절에 이 가운데 빠진 것이 있거나, 맞춤형 광고를 한다면서 행태정보 안내가 없으면 경고입니다. 제3자가 분석·광고 도구(Google Analytics, AdMob 등)로 행태정보를 수집하도록 허용하면서 안내가 없거나, 도구를 적은 곳에 수집 항목·목적·거부 방법 가운데 빠진 것이 있으면 권장 사항으로 안내(정보)합니다. 회사가 직접 광고 식별자 등을 수집한다고 적었으면 광고 SDK를 함께 쓰더라도 경고입니다.",
      en: "Collecting behavioural data for targeted advertising requires the policy to give the items, the method or tools, the purpose, the retention period and how to refuse (PIPC drafting guideline). A behavioural-data section missing any of these, or targeted advertising with no such section, is a warning. Letting third-party analytics or ad tools (Google Analytics, AdMob …) collect behavioural data without saying so, or without giving the items, purpose or way to refuse where the tool is named, gets an info note, as the guideline recommends disclosure. Where the policy says the controller itself collects (an advertising ID for targeted ads, say), an ad SDK beside it does not lower the warning.",
    },
    example: {
      ko: "행태정보: 수집 항목(방문 기록, 광고식별자), 수집 방법(Google Analytics SDK), 목적(맞춤형 광고), 보유 기간(수집 후 1년), 거부 방법(기기 설정에서 광고 ID 재설정·맞춤 광고 해제)",
      en: "Behavioural data: items (visit history, ad ID), method (Google Analytics SDK), purpose (targeted ads), retention (1 year), refusal (reset the ad ID or turn off personalised ads in device settings)",
    },
    messages: {
      incomplete: { ko: "행태정보 안내에 {missing}이(가) 없습니다", en: "the behavioural-information section does not give: {missingEn}" },
      missing: {
        ko: "맞춤형 광고·행태정보를 언급하면서 행태정보의 수집·이용·거부에 관한 안내가 없습니다",
        en: "targeted advertising or behavioural data is mentioned with no section on collecting and refusing it",
      },
      thirdPartyTools: {
        ko: "분석·광고 도구({tool})가 행태정보를 수집하는데 도구·수집 회사·항목·목적·거부 방법 안내가 없습니다(권장)",
        en: "analytics or ad tools ({tool}) collect behavioural data but the tool, company, items, purpose and refusal are not explained (recommended)",
      },
      thirdPartyToolIncomplete: {
        ko: "분석·광고 도구({tool})의 행태정보 수집 안내에 {missing}이(가) 없습니다(권장)",
        en: "the explanation of the analytics or ad tool ({tool}) collecting behavioural data does not give: {missingEn} (recommended)",
      },
    },
  },
  check({ document, report, found, notApplicable }) {
    const { anchors } = assessTopic(document, "behavioral");
    // a service for children reads a denial its own way; whether it is one is asked only where a denial is read
    const denialFor = () => (childrenService(document) ? DENIAL_IN_CHILDREN_SERVICE : DENIAL);
    if (anchors.length > 0) {
      found(...anchors.map((anchor) => anchor.headingLine));
      const body = anchors.flatMap((anchor) => anchorBody(document, anchor));
      const text = body.map((entry) => entry.text).join("\n");
      if (passageDeclaresNotApplicable(hardWrapsJoined(document, body), denialFor()) && !TOOLS.test(text)) return notApplicable();
      const absent = absentElements(document, body, spec.elements).filter(
        (element) => element !== spec.elements.retention || !retentionGivenElsewhere(document, body, text),
      );
      if (absent.length > 0) {
        report({
          messageId: "incomplete",
          range: lineRange(document, headingAnchor(anchors).headingLine),
          data: missingData(absent),
        });
      }
      return;
    }
    const mentions = ownAdsMentions(document, denialFor);
    if (mentions.length > 0) {
      // the disclosure may sit in another section ("제3자 서비스 제공자에 의한 수집", the cookie section):
      // read each passage that mentions it and take the one that says the most
      // how to refuse is often given once, under cookies or the rights
      const refusalElsewhere = refusedAnywhere(document);
      const readings = mentions.map((mention) => {
        const passage = passageAround(document, mention.line);
        const text = passage.map((entry) => entry.text).join("\n");
        const absent = absentElements(document, passage, spec.elements).filter(
          (element) => !(element === spec.elements.refusal && refusalElsewhere),
        );
        // an ad SDK in the passage leaves the controller the collector when its own sentence says so
        const thirdParty = THIRD_PARTY_COLLECTOR.test(text) && !collectsItself(mention.text);
        return { line: passage[0].line, absent, thirdParty };
      });
      // where no passage that names targeted ads discloses them, a passage on the ad or analytics tool that
      // collects is the disclosure, though it does not repeat the words "맞춤형 광고" said in the purposes: where it
      // says what the tool collects and why (its name gives the method and the company), what it leaves out is
      // its finding, not a missing disclosure
      const disclosed = readings.some((reading) => reading.absent.length <= MAX_ABSENT_FOR_A_DISCLOSURE);
      for (const mention of disclosed ? [] : toolsInUse(document)) {
        const passage = passageAround(document, mention.line);
        const absent = absentElements(document, passage, TOOL_ELEMENTS).filter(
          (element) => !(element === TOOL_ELEMENTS.refusal && refusalElsewhere),
        );
        if (absent.length <= 1) readings.push({ line: passage[0].line, absent, thirdParty: false });
      }
      const best = readings.reduce((a, b) => (b.absent.length < a.absent.length ? b : a));
      found(best.line);
      if (best.absent.length > MAX_ABSENT_FOR_A_DISCLOSURE) report({ messageId: "missing", range: documentStart(document) });
      else if (best.absent.length > 0)
        // collection by another company's SDK or tool: the guideline recommends the disclosure (info), the
        // checklist binds what the controller collects itself
        report({
          messageId: "incomplete",
          range: lineRange(document, best.line),
          data: missingData(best.absent),
          ...(best.thirdParty ? { severity: "info" as const } : {}),
        });
      return;
    }
    notApplicable();
    const tools = toolsInUse(document);
    if (tools.length === 0) return;
    // the passage that names a tool may explain it ("방문 통계를 위해 네이버 애널리틱스 쿠키를 사용합니다 … 브라우저
    // 설정에서 차단"): say only what it leaves out, and nothing when it leaves out nothing
    const refusalElsewhere = refusedAnywhere(document);
    const readings = tools.map((mention) => {
      const passage = passageAround(document, mention.line);
      const absent = absentElements(document, passage, TOOL_ELEMENTS).filter(
        (element) => !(element === TOOL_ELEMENTS.refusal && refusalElsewhere),
      );
      return { line: passage[0].line, tool: TOOLS.exec(mention.text)![0], absent };
    });
    const best = readings.reduce((a, b) => (b.absent.length < a.absent.length ? b : a));
    if (best.absent.length === Object.keys(TOOL_ELEMENTS).length)
      report({ messageId: "thirdPartyTools", range: documentStart(document), severity: "info", data: { tool: best.tool } });
    else if (best.absent.length > 0)
      report({
        messageId: "thirdPartyToolIncomplete",
        range: lineRange(document, best.line),
        severity: "info",
        data: { tool: best.tool, ...missingData(best.absent) },
      });
  },
};

/**
 * The lines that name an ad or analytics tool, but for a line that names it only to say it is not used. (A line
 * that names it in brackets only, "Google LLC (AdMob)", is no denial and stays.)
 */
function toolsInUse(document: PolicyDocument): LineText[] {
  return findMentions(document, TOOLS).filter((mention) => !lineDenies(lineAcrossWraps(document, mention.line), TOOL_NOT_USED));
}
