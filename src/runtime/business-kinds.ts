// Telling a kind of business from a name: "콜센터 위탁 운영업체", "결제대행사", "협력연구기관" say what a
// processor or recipient does; "주식회사 누리인증", "KCP 결제대행사", "한빛대학교병원" say who it is. One reader for
// processors and recipients, so both rules take the same phrases for kinds. A closed list of words that say what
// a business does (rules/data/business-kinds.json): any other word is taken for a name, since a false "only a
// kind" costs more than a kind missed.
import kinds from "../../rules/data/business-kinds.json" with { type: "json" };

const STANDING = new Set(kinds.words.standing);
const WORDS = new Set([...kinds.words.standing, ...kinds.words.work].map((word) => word.toLowerCase()));
const LONGEST_WORD = Math.max(...[...WORDS].map((word) => word.length));
// longest first: "사업자" before "업자", "회사" before "사"
const HEADS = [...kinds.heads, ...kinds.manyOfAKind].sort((a, b) => b.length - a.length);
const MANY_OF_A_KIND = new Set(kinds.manyOfAKind);
const STANDALONE_HEADS = new Set(kinds.standaloneHeads);
// a word that says who: a company's mark, or a Latin word or number the lists do not hold ("AWS", "KCP")
const COMPANY_MARK = /㈜|\(주\)|주식회사|유한회사/;
const carriesName = (word: string) => COMPANY_MARK.test(word) || (/[A-Za-z0-9]/.test(word) && !ofWords(word));

/** True when the text carries a company's mark ("㈜한빛", "한빛 주식회사"): it names a company. */
export const marksCompany = (text: string) => COMPANY_MARK.test(text);
// the words a head standing alone may follow: nouns for the work, not a clause ("연구에 참여하는"), a list ("A, B 등")
// or a pointer to a list ("다음 기관", "아래 업체")
const MAX_WORDS_BEFORE_HEAD = 4;
const NOT_A_NOUN_OF_WORK = /^(?:다음|아래|위|상기|하기|이|그|본|당|동|등|및|또는)$|[,，(（)）]|(?:에|의|을|를|은|는|와|과|된|한|할|던)$/;
const describesWork = (words: readonly string[]) =>
  words.length > 0 &&
  words.length <= MAX_WORDS_BEFORE_HEAD &&
  !isBrandOfWork(words[0]) &&
  words.every((word) => !NOT_A_NOUN_OF_WORK.test(word) && !carriesName(word));

/** "새벽정보통신": a word that runs a name into words of the list, as a company calls itself after its trade. */
function isBrandOfWork(word: string): boolean {
  // a word of the list that ends in another ("장기요양" in "요양") is work, not a name run into it
  if (WORDS.has(word.toLowerCase())) return false;
  for (let split = 2; split <= word.length - 2; split++) if (!ofWords(word.slice(0, split)) && ofWords(word.slice(split))) return true;
  return false;
}
// a verb made to modify the noun after it ("참여하는", "지정된", "계약한")
const MODIFIER = /[가-힣](?:는|된|한|될|할|던)$/;
// what separates the words of a phrase: "문자/알림 발송 업체", "보험·카드사"
const WORD_BREAK = /[\s/·ㆍ]+/;
const MAX_WORDS = 8;

/**
 * True when the word is a head that makes any noun of work before it a kind: one of the list ("업체", "대행사") or
 * one fused to words that say how the business stands ("협력업체", "전문업체", "외주업체": "시공 협력업체").
 */
function isStandaloneHead(word: string): boolean {
  if (STANDALONE_HEADS.has(word)) return true;
  for (const head of STANDALONE_HEADS)
    if (word.length > head.length && word.endsWith(head) && STANDING.has(word.slice(0, -head.length))) return true;
  return false;
}

/** True when `token` is one word of the list or several run together ("고객센터전문운영"). */
function ofWords(token: string): boolean {
  const text = token.toLowerCase();
  // a word of one syllable ("타") stands alone: run together it would read names ("카타")
  if (WORDS.has(text)) return true;
  const reaches = new Array<boolean>(text.length + 1).fill(false);
  reaches[0] = true;
  for (let start = 0; start < text.length; start++) {
    if (!reaches[start]) continue;
    for (let length = 2; length <= LONGEST_WORD && start + length <= text.length; length++)
      if (WORDS.has(text.slice(start, start + length))) reaches[start + length] = true;
  }
  return reaches[text.length];
}

// a bracket that restates the word before it in words of work ("전자차트(EMR)") adds no name; one that holds any other
// word names one ("결제대행사(KCP)") or says whose ("고객사(근무 중인 회사)"), and the name before a gloss stays a name
const GLOSS = /[(（]([^()（）]{1,20})[)）]/g;
const withoutGlosses = (text: string) => text.replace(GLOSS, (bracket, inside: string) => (genericWordsOnly(inside) ? " " : bracket));

const wordsOf = (text: string) =>
  withoutGlosses(text)
    .trim()
    .split(WORD_BREAK)
    .filter((word) => word !== "");

/** True when the text is made only of words that say what a business does ("공동", "고객센터 전문"). */
export function genericWordsOnly(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= MAX_WORDS && words.every(ofWords);
}

/**
 * True when the phrase is a kind of business and nothing else: such words and a head noun, alone or fused to
 * the last word ("시스템 유지보수 업체", "PG사", "제휴 은행"). A head alone ("업체", "회사") is not read as one.
 */
export function isBusinessKind(phrase: string): boolean {
  let known = businessKindMemo.get(phrase);
  if (known === undefined) {
    if (businessKindMemo.size >= BUSINESS_KIND_MEMO_SIZE) businessKindMemo.clear();
    businessKindMemo.set(phrase, (known = readsAsBusinessKind(phrase)));
  }
  return known;
}

// a table's every row and every recipient phrase is asked about, and policies name the same kinds over and over
// ("결제대행사", "PG사"): each phrase is read once, in a bounded memo cleared when full
const businessKindMemo = new Map<string, boolean>();
const BUSINESS_KIND_MEMO_SIZE = 8192;

function readsAsBusinessKind(phrase: string): boolean {
  const words = wordsOf(phrase);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const last = words.pop()!;
  // "차량 탁송 업체", "문자 발송 대행사": a head as its own word after words that carry no name is a kind, whatever
  // the work they describe; a company fuses its name to the head or marks it ("한빛탁송㈜")
  if (isStandaloneHead(last) && describesWork(words)) return true;
  const head = HEADS.find(
    (candidate) => last.endsWith(candidate) && (last.length === candidate.length || ofWords(last.slice(0, -candidate.length))),
  );
  if (head === undefined || (head === last && words.length === 0)) return false;
  return words.every(ofWords);
}

/** True when the word is only a head noun for a business or body ("기관", "업체"), which names no one. */
export function isBareHead(word: string): boolean {
  return HEADS.includes(word.trim());
}

/**
 * True when the phrase ends in a kind and so names no one, whatever stands before it: its last word ("…에
 * 참여하는 협력연구기관", "한빛커피 가맹점"), or its last two where the last is only a head ("협력 병원", "참여하는
 * 병원"; "한빛대학교 병원" names one) or a head that stands as its own word ("농협 계열사", "제휴 협력사").
 */
export function endsInKind(phrase: string): boolean {
  const words = wordsOf(phrase);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (MANY_OF_A_KIND.has(last)) return true;
  if (!isBareHead(last) && !isStandaloneHead(last)) return isBusinessKind(last) || genericWordsOnly(last);
  if (words.length === 1) return true;
  // a clause before the head says which ones, not who: "연구에 참여하는 병원", "계약한 기관"
  if (MODIFIER.test(words[words.length - 2])) return true;
  const lastTwo = words.slice(-2).join(" ");
  return isBusinessKind(lastTwo) || genericWordsOnly(lastTwo);
}
