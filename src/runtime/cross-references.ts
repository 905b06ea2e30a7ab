// Where a sentence sends the reader inside the policy: an article by its number ("제6조에서 안내합니다"), a section by
// its title, quoted or not ("「개인정보의 국외 이전」을 보십시오", "국외 이전 항목 참조"). Annexes ("[별표 2]") are
// attached to the section that refers to them by the parser (src/parse/annexes.ts).
import type { PolicyDocument, Section } from "../parse/model.js";
import { articleBranch, isArticle } from "../parse/headings.js";
import { matchesOf } from "./extract.js";
import { withoutSpaces } from "../parse/lines.js";
import { titleTopics } from "./query.js";

// "제6조", "제6조의2"; not "제3자", and not an article of a statute ("법 제17조", "「개인정보 보호법」 제28조의8")
const ARTICLE = /(?<![가-힣A-Za-z0-9])제\s{0,2}(\d{1,3})\s{0,2}조(?:\s{0,2}의\s{0,2}(\d{1,2}))?/g;
const CITED_LAW_BEFORE = /(?:법|법률|령|규칙|규정|조례|고시|지침|기준|약관|동법|같은\s{0,2}법)[ \t]{0,3}[」』》>]?[ \t]{0,3}$/;
// the article a heading gives after its other marks only: "Article 6 / 제6조 (…)", "## 6. 제6조"
const HEADING_ARTICLE = /^[^가-힣\n]{0,30}제\s{0,2}(\d{1,3})\s{0,2}조(?:\s{0,2}의\s{0,2}(\d{1,2}))?/;
// a title in quotes or brackets: "「개인정보의 국외 이전」", "'국외 이전'"
const QUOTED_TITLE = /[「『'‘"“〈<]\s{0,2}([^「『」』'‘’"“”〈〉<>\n]{2,40}?)\s{0,2}[」』'’"”〉>]/g;
// a title named without quotes, then the part it names and a pointing verb: "국외 이전 항목 참조", "보유 기간 부분을 확인"
const NAMED_PART =
  /((?:[가-힣·ㆍ]{1,12} ){0,2}[가-힣·ㆍ]{1,12})\s{0,2}(?:항목|부분|조항|절|란)\s{0,2}(?:을|를|에서|의)?\s{0,2}(?:참조|참고|보십시오|보시기|확인|안내|설명)/g;
// how NAMED_PART ends, tested first: NAMED_PART tries its title words at every syllable, and most sentences point nowhere
const POINTS_TO_PART = /(?:항목|부분|조항|절|란)\s{0,2}(?:을|를|에서|의)?\s{0,2}(?:참조|참고|보십시오|보시기|확인|안내|설명)/;

// a word the sentence ends with a particle belongs to the sentence, not to the title after it ("제공은 국외 이전 항목")
const SENTENCE_WORD = /^[가-힣·ㆍ]{1,12}(?:은|는|이|가|을|를|에|의|도|로)$/;

/** "제공은 국외 이전" → "국외 이전": the title without the words of the sentence before it. */
function withoutSentenceWords(words: string): string {
  const list = words.trim().split(" ");
  while (list.length > 1 && SENTENCE_WORD.test(list[0])) list.shift();
  return list.join(" ");
}

export interface SectionReference {
  /** the reference as written: "제6조", "개인정보의 국외 이전" */
  text: string;
  /** the sections it leads to; none when it leads nowhere in this policy */
  sections: Section[];
}

/** The sections of the policy a sentence refers to, each reference with where it leads (possibly nowhere). */
export function sectionsReferredTo(document: PolicyDocument, text: string): SectionReference[] {
  const references: SectionReference[] = [];
  for (const match of matchesOf(ARTICLE, text)) {
    if (CITED_LAW_BEFORE.test(text.slice(0, match.index))) continue;
    const number = Number(match[1]);
    const branch = match[2] ?? null;
    const sections = document.allSections.filter((section) => {
      const heading = document.plain[section.startLine - 1] ?? "";
      if (isArticle(section.heading)) return section.heading.number === number && articleBranch(heading) === branch;
      // a heading that gives its article beside another numbering: "Article 6 / 제6조 (…)"
      const own = HEADING_ARTICLE.exec(heading);
      return own !== null && Number(own[1]) === number && (own[2] ?? null) === branch;
    });
    references.push({ text: match[0], sections });
  }
  // a title is a reference only when it names a statutory item ("국외 이전"), or, quoted, is a section's title word for
  // word ("「개인정보 처리 현황」"); other quoted words ('회사') are not
  const quoted = matchesOf(QUOTED_TITLE, text).map((match) => match[1].trim());
  const titles = [
    ...quoted,
    ...(POINTS_TO_PART.test(text) ? matchesOf(NAMED_PART, text).map((match) => withoutSentenceWords(match[1])) : []),
  ];
  for (const title of quoted) {
    const sections = document.allSections.filter((section) => withoutSpaces(section.heading.title) === withoutSpaces(title));
    if (sections.length > 0 && titleTopics(title).length === 0) references.push({ text: title, sections });
  }
  for (const title of titles) {
    const topics = titleTopics(title);
    if (topics.length === 0) continue;
    const sections = document.allSections.filter((section) => {
      const own = titleTopics(section.heading.title);
      return topics.every((topic) => own.includes(topic));
    });
    references.push({ text: title, sections });
  }
  return references;
}
