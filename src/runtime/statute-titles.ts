// The titles of statutes cited in a policy: "「부동산 거래신고 등에 관한 법률」", "방문판매 등에 관한 법률 제6조".
// A statute's title may hold words that mean something elsewhere in a policy ("등" closing a list), so a reader
// of lists masks them first.

// a title in the brackets Korean legal writing quotes titles in
const BRACKETED_TITLE = /「[^」\n]{1,80}」|『[^』\n]{1,80}』/g;
// a title without brackets, from its "등" to the word that ends a law's title: "등에 관한 법률", "등에서의
// 소비자보호에 관한 법률 시행령", "등 예우 및 지원에 관한 법률", "등에 대한 특수교육법"; a title names what it
// governs and then "…에 관한 / 에 대한 / 에서의 … 법(률)", which a list of items or purposes never does
const DEUNG_IN_UNBRACKETED_TITLE =
  /등(?:[^,，、.。:：;()（）「」『』\n]{0,40}?(?:에\s?(?:관한|대한)|에서의|에\s?있어서의?))\s?(?:[가-힣·]{1,12}\s?)?(?:법률|법(?![령적인원정무학관규칙]))/g;

/** The text with every "등" inside a statute's title replaced by "＿", so that no reader takes it for a list's end. */
export function maskDeungInStatuteTitles(text: string): string {
  if (!text.includes("등")) return text;
  const mask = (title: string) => title.replaceAll("등", "＿");
  return text.replace(BRACKETED_TITLE, mask).replace(DEUNG_IN_UNBRACKETED_TITLE, mask);
}
