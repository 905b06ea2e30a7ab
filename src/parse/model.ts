// The document model every rule reads. Lines are 1-based; columns are 1-based UTF-16 code units,
// the unit editors and the LSP use, so a JavaScript string index + 1 is a column.

export type SourceFormat = "text" | "markdown" | "html";

export type NumberingStyle =
  | "chapter" // 제N장
  | "article" // 제N조
  | "english-article" // Article N, Section N, Part N ("Section 4 — 보관", "SECTION 4: …")
  | "decimal" // N.  or N.제목
  | "decimal-sub" // N-N. or N.N
  | "decimal-sub-sub" // N.N.N or N-N-N.
  | "decimal-paren" // N)
  | "paren-decimal" // (N)
  | "bracket-decimal" // [N] or 【N】: a number in square brackets, a short title after it
  | "bar-decimal" // N | 제목: a number, a vertical bar, a short title
  | "hyphen-decimal" // N- 제목 or N - 제목: a number and a dash, a title after it
  | "section-sign" // §N 제목, § N. 제목, or 제N절 제목 (a statute's 절, numbered apart from 장 and 조)
  | "ordinal" // 첫째, 제목 — 둘째, 셋째 …: a Korean ordinal word, then a title
  | "zero-padded" // 01 제목 (two digits, no punctuation)
  | "roman" // Ⅰ. or I.
  | "hanja-numeral" // 一、 or 一. — Chinese numerals, as a policy translated from Chinese numbers its parts
  | "paren-hanja-numeral" // (一) — the same numerals in brackets, a level under them
  | "lower-roman" // i. — a level of its own: a policy may number items so under "Ⅰ." chapters
  | "circled" // ① or ➀
  | "negative-circled" // ❶, ➊ or ⓫: a white number on a black circle
  | "hangul" // 가.
  | "paren-hangul" // (가) or ㈎
  | "circled-hangul" // ㉮
  | "consonant" // ㄱ.
  | "latin" // A.
  | "lower-latin" // a. or a)
  | "paren-latin" // (a) or (A)
  | "question" // Q. Q3. [Q3] 질문: 문) — a question-and-answer policy's question, its section's title; numbered where written so
  | "answer" // A: 답변: 답) — the answer under a question: its body, never a heading
  | "bullet" // • - * ※ ▶
  | "bracket" // [제목], 【제목】, < 제목 >: a title alone in brackets
  | "markdown" // # heading
  | "plain"; // an unnumbered line recognised as a heading by its words

export interface Heading {
  line: number;
  /** column of the numbering marker (or of the title when there is none), on `markerLine` when that is set */
  column: number;
  /**
   * the line of the number when it stands on a line of its own above the title, as a scraped page sets it
   * ("07", then "개인정보의 국외 이전"): `line` is then the title's line, and the number's line belongs to no body
   */
  markerLine?: number;
  /**
   * the last line a hard-wrapped title runs onto ("10. … 설치·운영 및 그" over "거부에 관한 사항"): the lines after
   * `line` through it are the title's, and belong to no body
   */
  continuedTo?: number;
  style: NumberingStyle;
  /** the marker as written ("제3조", "1.", "①", "##"), full-width forms read as ASCII ("３．" is "3.") */
  marker: string;
  /** a Markdown or HTML heading's own numbering, the one its text opens with ("## 제3장 …" → "chapter") */
  numbering?: NumberingStyle;
  /** numeric value of the marker (가 = 1, A = 1, ① = 1); null for bullets and plain headings */
  number: number | null;
  title: string;
  titleColumn: number;
  /** text that runs on after the title on the heading line ("1. 목적 개인정보는 …") */
  inlineBody: string | null;
  /** true when the line reads as a title rather than a sentence or list item */
  isTitle: boolean;
  /**
   * set where the document groups its articles under headings of another kind, the articles numbered straight
   * through the groups ("Ⅰ." over "1."–"3.", "Ⅱ." over "4."–"6."; "PART 1", "[제목]" or 제N장 over "1." …): "chapter"
   * for a group, read as 제N장 is, and "article" for what it groups, read as 제N조 is
   */
  grouping?: "chapter" | "article";
  /**
   * the heading's translation, set as a heading of its own just above or below it ("## 3. 처리위탁" then
   * "## 3. Outsourcing"): the same section, not a second one with the same number; when it stands above, its
   * line belongs to no body, as `markerLine` does
   */
  translation?: { line: number; title: string };
}

export interface Section {
  heading: Heading;
  /** 1 = top level */
  level: number;
  /** the heading line */
  startLine: number;
  /** last line of the section, children included */
  endLine: number;
  children: Section[];
  parent: Section | null;
  /** annexes after the last article that this section refers to ("위탁 현황은 [별표 1]과 같습니다"): its content too */
  annexes?: Annex[];
}

/** An annex ([별표 1], <별첨>, [붙임 2], 부록) a section refers to, set apart after the policy's articles. */
export interface Annex {
  startLine: number;
  endLine: number;
  /** its label line as written ("[별표 1] 개인정보 처리 위탁 현황") */
  title: string;
}

export interface TocEntry {
  /** the entry's line; entries set side by side ("제1조(목적)  제2조(적용 범위)") share one */
  line: number;
  number: number | null;
  title: string;
  /** the entry's numbering where its line's marker does not give it ("목차: 1. … 2. …" along one line) */
  style?: NumberingStyle;
}

export interface TableOfContents {
  startLine: number;
  endLine: number;
  entries: TocEntry[];
}

export type TableForm = "delimited" | "space-aligned" | "cell-per-line" | "run-together" | "box" | "markdown" | "html" | "csv";

export interface TableCell {
  text: string;
  line: number;
  column: number;
  /** a cell written in a row above that spans this one (HTML rowspan): its text stands here too */
  spanned?: true;
  /** a drawn table's cell wrapped over several lines: its piece on each, in order (its text is theirs joined) */
  pieces?: TableCell[];
}

export interface TableRow {
  line: number;
  endLine: number;
  cells: TableCell[];
}

export interface Table {
  form: TableForm;
  startLine: number;
  endLine: number;
  header: TableRow;
  rows: TableRow[];
  /**
   * rows of one cell spanning every column (a remark "※ …", a group's label, "해당 없음"): read as text, never as
   * one of the table's records, so no rule takes the remark for a record with empty cells
   */
  notes?: TableRow[];
}

/**
 * A part of the page the rules do not read: an earlier version appended to the policy, a table of the old text beside
 * the new, or another document.
 */
export interface OutOfScope {
  startLine: number;
  endLine: number;
  reason: "previous-version" | "comparison" | "other-document";
  /** the part's heading as written ("이전 개인정보 처리방침 (2023.1.1 ~ 2024.6.30)", "회원 이용약관") */
  title: string;
}

export interface PolicyDocument {
  format: SourceFormat;
  /** source lines without their line endings, index 0 = line 1 */
  lines: readonly string[];
  /**
   * lines with markup masked to spaces (Markdown `#`, `**`, link targets; HTML tags), same length as `lines`
   * so that a column found in `plain` is a column in the file
   */
  plain: readonly string[];
  title: { text: string; line: number; column: number } | null;
  /**
   * where findings about the whole policy point: the title line (an HTML page's <h1> or <title>), else the
   * first line of text; never a comment or a <!DOCTYPE>
   */
  openingLine: number;
  /** top-level sections in document order */
  sections: Section[];
  /** every section at every level, in document order */
  allSections: Section[];
  tablesOfContents: TableOfContents[];
  tables: Table[];
  /** lines that belong to a table of contents: their words do not make a section present */
  tocLines: ReadonlySet<number>;
  /**
   * the lines on which a page's list item (<li>) starts its text: the plain text lost the item's bullet with the
   * markup, and a reader of "- name: task" items reads such a line as one (empty for text and Markdown, whose items
   * keep their marks)
   */
  listItemLines: ReadonlySet<number>;
  /**
   * the lines on which a page's block element (a paragraph, a list item, a cell, a heading) starts its text: a
   * sentence never runs on from the block before into one (empty for text and Markdown, whose blocks are set apart
   * by blank lines or marks)
   */
  blockStartLines: ReadonlySet<number>;
  /**
   * a page's definition lists (<dl>) whose term and description start on lines of their own: the line of each term's
   * text to the line of its description's ("<dt>주식회사 페이온</dt>" over "<dd>결제 처리</dd>"), read as a name and what
   * it is given, as one line "name: description" would be (empty for text and Markdown)
   */
  definitionTerms: ReadonlyMap<number, number>;
  /** parts of the page that are not the policy in force; blanked in `plain`, so no rule reads them */
  outOfScope: OutOfScope[];
  /**
   * the preamble's lines ("(주)한별(이하 '회사')는 …"), between the title and the first section: the paragraph that
   * defines the controller's short name, else the first that reads as prose, however far down; null when none
   */
  preamble: { startLine: number; endLine: number } | null;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A source rewritten before it is parsed (rewritten-source.ts), and the way back to the user's file. */
export interface RewrittenSource {
  /** the source as the parser reads it */
  text: string;
  /** the offset in the original source of an offset in `text` */
  toOriginal(offset: number): number;
}
