// The titles of statutes cited in a policy: "「부동산 거래신고 등에 관한 법률」", "방문판매 등에 관한 법률 제6조".
// A statute's title may hold words that mean something elsewhere in a policy ("등" closing a list), so a reader
// of lists masks them first. So may the names a statute gives the records it makes a business keep ("계약 또는
// 청약철회 등에 관한 기록", "대금결제 및 재화 등의 공급에 관한 기록"), read from retention-statute's data.
import retention from "../../rules/data/statutory-retention.json" with { type: "json" };

// a title in the brackets Korean legal writing quotes titles in
const BRACKETED_TITLE = /「[^」\n]{1,80}」|『[^』\n]{1,80}』/g;
// a title without brackets, from its "등" to the word that ends a law's title: "등에 관한 법률", "등에서의
// 소비자보호에 관한 법률 시행령", "등 예우 및 지원에 관한 법률", "등에 대한 특수교육법"; a title names what it
// governs and then "…에 관한 / 에 대한 / 에서의 … 법(률)", which a list of items or purposes never does
const DEUNG_IN_UNBRACKETED_TITLE =
  /등(?:[^,，、.。:：;()（）「」『』\n]{0,40}?(?:에\s?(?:관한|대한)|에서의|에\s?있어서의?))\s?(?:[가-힣·]{1,12}\s?)?(?:법률|법(?![령적인원정무학관규칙]))/g;

// the statutory records whose own name holds "등"
const RECORD_NAMES_WITH_DEUNG = retention.records
  .filter((record) => record.label.includes("등"))
  .map((record) => new RegExp(record.pattern, "g"));

/**
 * The text with every "등" inside a statute's title, or inside the name a statute gives a record, replaced by "＿",
 * so that no reader takes it for a list's end.
 */
export function maskDeungInStatuteTitles(text: string): string {
  if (!text.includes("등")) return text;
  const mask = (title: string) => title.replaceAll("등", "＿");
  let masked = text.replace(BRACKETED_TITLE, mask).replace(DEUNG_IN_UNBRACKETED_TITLE, mask);
  for (const record of RECORD_NAMES_WITH_DEUNG) masked = masked.replace(record, mask);
  return masked;
}

// the title of an article cited from a statute, in the brackets after its number: "「개인정보 보호법」 제23조(민감정보의
// 처리 제한)", "같은 법 시행령 제29조의2[가명정보의 처리]"; a policy's own articles are cited without a statute before them
const CITED_ARTICLE_TITLE =
  /((?:」|』|법|령|규칙)\s{0,2}제\s?\d{1,3}\s?조(?:의\s?\d{1,2})?(?:\[\^\w{1,8}\])?\s{0,2})([(（[][^()（）[\]\n]{1,40}[)）\]])/g;

// the policy's own section cited by its number and title, pointed to: "8.(AI 역량검사와 자동화된 결정)을 참고하십시오",
// "제9조(자동화된 결정)에 따릅니다"
const CITED_SECTION_TITLE =
  /((?<![\d가-힣A-Za-z.])(?:제\s?\d{1,3}\s?조(?:의\s?\d{1,2})?|\d{1,2}\.)\s?)([(（][^()（）\n]{1,40}[)）])(?=\s{0,2}(?:을|를|에|의|과|와|항목|참고|참조))/g;

const blankTitle = (_: string, citation: string, title: string) => citation + " ".repeat(title.length);

/**
 * The text with the titles of the statutes' articles it cites blanked (one space for each code unit, so indexes
 * stay): such a title names what the article governs ("민감정보의 처리 제한"), not what the policy does.
 */
export function maskCitedArticleTitles(text: string): string {
  if (!text.includes("조")) return text;
  return text.replace(CITED_ARTICLE_TITLE, blankTitle);
}

/**
 * The text with the titles of the policy's own sections it points to blanked ("8.(AI 역량검사와 자동화된 결정)을
 * 참고하십시오"): cited to send the reader there, the title says nothing the section does not say itself. (Where a
 * rule reads what the citation says of the section, "제3조(처리 목적)에 적은 목적", it keeps the title.)
 */
export function maskCitedSectionTitles(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  return text.replace(CITED_SECTION_TITLE, blankTitle);
}
