// Raw policy text → document model.
import type { Heading, OutOfScope, PolicyDocument, SourceFormat, Table, TableOfContents } from "./model.js";
import type { VisualHeading } from "./html.js";
import { splitLines, firstTextColumn, isBlank, withHalfWidthForms, withHangulNumbering, withPlainBullets } from "./lines.js";
import { findLinkListTocs, findOneLineTocs, findTablesOfContents, tocLabelLine } from "./toc.js";
import { withBoxesOpened } from "./boxes.js";
import { withoutLineGutter } from "./gutter.js";
import { withoutChatTimestamps } from "./chat-log.js";
import { readTextMarkup } from "./text-markup.js";
import { readCsvPolicy } from "./csv.js";
import { withoutTemplateExamples } from "./template-examples.js";
import { pageFurnitureLines, withoutPageFurniture } from "./page-furniture.js";
import { withoutQuoteMarks } from "./quoted.js";
import { LineMarkers, isTitleText, looksLikeSentence, parseMarker, withLettersTogether } from "./headings.js";
import { buildSections, findTextHeadings, isSectionRule } from "./sections.js";
import { joinTranslatedHeadings } from "./translations.js";
import { withLabelledParagraphs } from "./labelled-paragraphs.js";
import { withFlatListSections } from "./flat-lists.js";
import { withTitlesUnderNumbers } from "./number-headings.js";
import { findPreamble } from "./preamble.js";
import { attachAnnexes } from "./annexes.js";
import { POLICY_NAME } from "./policy-name.js";
import { findTextTables, withKeyValueRecords, withRemarksApart } from "./tables.js";
import { titledTableHeadings, withTableSections } from "./table-sections.js";
import { withMarginTitles } from "./margin-titles.js";
import { blankCommentLines } from "./comments.js";
import { blankOutOfScope, endSectionsBeforeParts, findOutOfScope, linesOutOfScope, type MarkupHints } from "./scope.js";

export type * from "./model.js";

// a Markdown or HTML file with fewer headings than this is read as plain text (bold lines, numbered paragraphs)
const MIN_STRUCTURED_HEADINGS = 2;
const MAX_TITLED_TO_LEVEL = 200;

export async function parsePolicy(source: string, format: SourceFormat = "text"): Promise<PolicyDocument> {
  // the rules read "２０２６년 １０월" and "０５５－２１１" as they read ASCII digits (columns do not move)
  // and a word processor's symbol-font bullets ("", "Ÿ") as the bullets they are, and "第3條" as "제3조"
  const text = withHangulNumbering(withPlainBullets(withHalfWidthForms(source)));
  const lines = splitLines(text);
  // (most policies have no comment: one test of the text sets them aside)
  let plain: readonly string[] = text.includes("<!--") ? blankCommentLines(lines) : lines;
  // A text file: a code viewer's line numbers and a chat window's message times left out; a wiki's, AsciiDoc's,
  // org-mode's or LaTeX's marks and directives read (the lines they mark as headings stand apart as titles); a
  // spreadsheet saved as CSV read as a table of rows, its policy-name cell the title; one-column boxes ("┌─ 보유
  // 기간 ──┐" / "│ … │" / "└──┘") read as their titles and text; a PDF copy's page numbers and running headers left out
  let markupHeadingLines: ReadonlySet<number> = new Set();
  let tables: Table[] = [];
  let csvTitle: PolicyDocument["title"] = null;
  // a PDF copy's page breaks: a table that runs over one goes on after it
  let furniture: ReadonlySet<number> = new Set();
  if (format === "text") {
    plain = withoutQuoteMarks(withoutChatTimestamps(withoutLineGutter(plain)));
    const markup = readTextMarkup(plain);
    if (markup) [plain, markupHeadingLines, tables] = [markup.plain, markup.headingLines, markup.tables];
    const csv = markup ? null : readCsvPolicy(plain);
    if (csv) [plain, tables, csvTitle] = [csv.plain, csv.tables, csv.title];
    const opened = withBoxesOpened(plain);
    furniture = pageFurnitureLines(opened);
    plain = withoutPageFurniture(opened, furniture);
  }
  let headings: Heading[] = [];
  // headings an HTML page shows without heading tags ("<div class='title'>", a bold paragraph)
  let visualHeadings: VisualHeading[] = [];
  let withVisualHeadings: ((tagged: Heading[], visual: VisualHeading[], plain: readonly string[]) => Heading[]) | null = null;
  let markupTitle: PolicyDocument["title"] = csvTitle;
  let pageTitle: PolicyDocument["title"] = null;
  // a site's logo or name in an <h1> that no heading naming the policy follows: a line before the preamble that
  // names the policy is the title rather than it
  let markupTitleIsChrome = false;
  // a tab widget's list of tabs, read as a table of contents
  let tabLists: TableOfContents[] = [];
  // the lines a page's list items start on (see PolicyDocument.listItemLines)
  let listItemLines: ReadonlySet<number> = new Set();
  let blockStartLines: ReadonlySet<number> = new Set();
  let definitionTerms: ReadonlyMap<number, number> = new Map();
  if (format === "markdown") {
    const markdown = await import("./markdown.js");
    // a wiki's macros ("{anchor:purpose}", "{info}", "{toc}") are markup, read as blank before anything else
    const read = markdown.withoutWikiMacros(lines);
    const structure = markdown.parseMarkdownStructure(read);
    plain = markdown.withoutFrontMatter(
      markdown.withoutNavigationAbove(markdown.withoutWikiMacros(plain).map(markdown.maskMarkdownLine), read),
      read,
    );
    headings = structure.headings;
    tables = structure.tables;
    // the HTML a Markdown file sets among its text is read as a page's is: its text without its tags, its tables
    // as tables (the HTML reader is loaded only for such a file)
    if (structure.htmlSpans.length > 0) {
      const html = await import("./html.js");
      plain = markdown.maskHtmlSpans(plain, structure.htmlSpans, html);
      tables = markdown.withHtmlTables(tables, lines, structure.tableSpans, html);
    }
  } else if (format === "html") {
    const html = await import("./html.js");
    const page = html.withoutHiddenCopies(lines.join("\n"));
    plain = splitLines(html.maskHtml(page));
    const structure = html.parseHtmlStructure(page);
    // a heading's line may hold the first text of its section: after a heading tag closed on that line, or in
    // the panel a tab's or an accordion button's title heads
    const bodyColumns = new Map(structure.tagBodyColumns);
    for (const { heading, bodyColumn } of structure.panelHeadings) bodyColumns.set(heading, bodyColumn);
    headings = withBodiesOnHeadingLines(
      [...structure.headings, ...structure.panelHeadings.map(({ heading }) => heading)],
      bodyColumns,
      plain,
    );
    tabLists = structure.tabLists;
    visualHeadings = structure.visualHeadings;
    withVisualHeadings = html.withVisualHeadings;
    tables = structure.tables;
    markupTitle = structure.title;
    markupTitleIsChrome = structure.titleIsChrome;
    pageTitle = structure.pageTitle;
    listItemLines = structure.listItemLines;
    blockStartLines = structure.blockStartLines;
    definitionTerms = structure.definitionTerms;
  }
  // a template's example lines left in ("(작성예시) 제공받는 자: ○○○"): what a policy might say, blanked
  plain = withoutTemplateExamples(plain);
  // an earlier version appended to the policy, another document on the page: blanked, as comments are
  const outOfScope = findOutOfScope(plain, markupHints([...headings, ...visualHeadings.map(({ heading }) => heading)], tables));
  if (outOfScope.length > 0) {
    plain = blankOutOfScope(plain, outOfScope);
    const outside = linesOutOfScope(outOfScope, lines.length);
    const inScope = (line: number) => outside[line] !== 1;
    headings = headings.filter((heading) => inScope(heading.line));
    visualHeadings = visualHeadings.filter(({ heading }) => inScope(heading.line));
    tables = tables.filter((table) => inScope(table.startLine));
    if (markupTitle && !inScope(markupTitle.line)) markupTitle = null;
  }
  // the TOC and heading finders read every line's number: each is read once
  const markers = new LineMarkers(plain);
  // (a Markdown file may list its headings as links: read from its own lines, the links being masked in `plain`)
  // (a list of links to the headings is found by both finders that read lists: it is one table of contents)
  const listedInText = [
    ...findTablesOfContents(plain, markers),
    ...findOneLineTocs(plain),
    ...(format === "html" ? [] : findLinkListTocs(lines)),
  ]
    .sort((a, b) => a.startLine - b.startLine)
    .filter((toc, index, all) => index === 0 || toc.startLine > all[index - 1].endLine || toc.endLine > all[index - 1].endLine);
  const tablesOfContents = [
    ...listedInText,
    ...tabLists.filter((list) => !listedInText.some((toc) => toc.startLine <= list.endLine && list.startLine <= toc.endLine)),
  ].sort((a, b) => a.startLine - b.startLine);
  const tocLines = new Set<number>();
  for (const toc of tablesOfContents) {
    for (let line = toc.startLine; line <= toc.endLine; line++) tocLines.add(line);
    const label = tocLabelLine(plain, toc);
    if (label !== null) tocLines.add(label);
  }
  // a table of contents written as headings (an HTML page's anchor list) is still not sections
  headings = headings.filter((heading) => !tocLines.has(heading.line));
  visualHeadings = visualHeadings.filter(({ heading }) => !tocLines.has(heading.line));
  // tables first: a number in a table's cell is never a heading's (findTextTables adds its lines to `taken`)
  const taken = new Set<number>();
  for (const table of tables) for (let line = table.startLine; line <= table.endLine; line++) taken.add(line);
  tables = [...tables, ...findTextTables(plain, taken, furniture)]
    .sort((a, b) => a.startLine - b.startLine)
    .map(withRemarksApart)
    .map(withKeyValueRecords);
  const readAsText = headings.length < MIN_STRUCTURED_HEADINGS;
  if (readAsText) {
    // a page without heading tags is read as text; a line its markup sets apart as a title starts a block
    const standalone = new Set([...visualHeadings.map(({ heading }) => heading.line), ...markupHeadingLines]);
    if (format === "markdown") for (const line of boldParagraphLines(lines)) standalone.add(line);
    headings = findTextHeadings(plain, tocLines, tablesOfContents, taken, standalone, markers, format === "text");
    // a two-column layout copied out of a PDF: the titles in the margin, wrapped there, the text beside them
    const margin = format === "text" ? withMarginTitles(headings, plain, new Set([...taken, ...tocLines])) : null;
    if (margin) [headings, plain] = [margin.headings, margin.plain];
    // a policy written as one bullet list: its title items head the items after them (bold shows in the file's own lines)
    if (format !== "html") headings = withFlatListSections(headings, lines);
  } else {
    if (withVisualHeadings) headings = withVisualHeadings(headings, visualHeadings, plain);
    // "<h2>05</h2>" over "<p class='lead'>위탁</p>": the number's heading is the title's
    headings = withTitlesUnderNumbers(headings, plain);
  }
  // a one-page policy's numbered paragraphs "3. 파기: …" are its sections, under a Markdown title as in plain text
  if (readAsText || format === "markdown") headings = withLabelledParagraphs(headings, plain, markers, new Set([...taken, ...tocLines]));
  // a policy written as one table, a row an item ("| 번호 | 항목 | 내용 |"): where the document has no sections of its
  // own, such a table's rows are its sections
  // (a CSV file's rows are its sections whatever its cells' lines read as: the numbers and titles in its cells)
  // (a heading read on a table's row, "1⇥처리 목적⇥…" in a spreadsheet saved as text, is the table's, not the document's)
  const opening = firstTextLine(plain);
  const csvRows = tables.filter((table) => table.form === "csv");
  // (the rows' lines marked once: a sheet may hold as many headings as rows)
  const rowLines = new Uint8Array(plain.length + 2);
  for (const table of tables)
    if (table.form !== "html") for (const row of [table.header, ...table.rows]) rowLines.fill(1, row.line, row.endLine + 1);
  const ownHeadings = headings.filter((heading) => heading.line !== opening && rowLines[heading.line] !== 1);
  if (csvRows.length > 0 || ownHeadings.length < MIN_STRUCTURED_HEADINGS) {
    const read = withTableSections(tables, lines, plain);
    if (read.headings.length > 0) {
      const sectioned = tables.filter((table) => table.form === "csv" || (table.form !== "html" && !read.tables.includes(table)));
      const inSectioned = (line: number) => sectioned.some((table) => table.startLine <= line && line <= table.endLine);
      tables = read.tables;
      plain = read.plain;
      headings = [...headings.filter((heading) => !inSectioned(heading.line)), ...read.headings].sort(
        (a, b) => a.line - b.line || a.column - b.column,
      );
    }
  }
  // "| 7. 개인정보의 파기 절차 및 방법 | 파기 절차: … |": a table a section, its title in the first cell
  const headingLines = new Set([...headings.map((heading) => heading.line), ...tocLines]);
  const titled = titledTableHeadings(tables, headingLines);
  tables = titled.tables;
  // (each in turn, so that one table's title numbers on from the one before it; a policy has a few dozen sections,
  // and a hostile file's thousands of titled rows are left at their own style rather than compared with every other)
  const titledTables: Heading[] = [];
  for (const heading of titled.headings)
    titledTables.push(titled.headings.length > MAX_TITLED_TO_LEVEL ? heading : inNumberingOf(heading, [...headings, ...titledTables]));
  if (titledTables.length > 0) headings = [...headings, ...titledTables].sort((a, b) => a.line - b.line || a.column - b.column);
  // "## 3. 처리위탁" / "## 3. Outsourcing": one section under two titles
  headings = joinTranslatedHeadings(headings, plain);
  // "6. 개 인 정 보 의   파 기": a title set letter by letter is read as its words
  headings = headings.map((heading) => {
    const title = withLettersTogether(heading.title);
    return title === heading.title ? heading : { ...heading, title };
  });

  const { sections, allSections } = buildSections(headings, lines);
  endSectionsBeforeParts(allSections, outOfScope, plain);
  attachAnnexes(sections, allSections, plain, tocLines);
  // an HTML page's <h1> (or the heading naming the policy after its logo's); else the line before the preamble
  // that names the policy; else an HTML page's <title>; else the first line of text when it reads as a title
  const named = () => namedTitle(lines, plain, headings, tocLines, outOfScope);
  const title = markupTitleIsChrome
    ? (named() ?? markupTitle)
    : (markupTitle ??
      named() ??
      pageTitle ??
      firstLineTitle(lines, plain, headings) ??
      titleAfterPreface(lines, plain, headings, tocLines));
  // a policy that gives an English version first has its Korean title further down: the Korean text is the policy
  const koreanTitle =
    title && !HANGUL_SYLLABLE.test(title.text) ? titleOfKoreanVersion(lines, plain, headings, tocLines, title.line) : null;
  const policyTitle = koreanTitle ?? title;
  return {
    format,
    // the lines as written (full-width forms kept): a fix or a new heading is written in the file's own forms
    lines: text === source ? lines : splitLines(source),
    plain,
    title: policyTitle,
    openingLine: policyTitle?.line ?? firstTextLine(plain),
    sections,
    allSections,
    tablesOfContents,
    tables,
    tocLines,
    listItemLines,
    blockStartLines,
    definitionTerms,
    outOfScope,
    preamble: findPreamble(plain, policyTitle?.line ?? null, allSections, tocLines),
  };
}

/**
 * The headings in line order, each with the text its line holds after it (from its body column to the next
 * heading on the line, or the line's end) as its run-on body: `<h2>3. 보유 기간</h2><p>탈퇴 시까지 보관합니다.</p>`
 * is a section with a body, and a page written on one line gives each heading the text up to the next one.
 */
function withBodiesOnHeadingLines(headings: Heading[], bodyColumns: ReadonlyMap<Heading, number>, plain: readonly string[]): Heading[] {
  const ordered = [...headings].sort((a, b) => a.line - b.line || a.column - b.column);
  return ordered.map((heading, at) => {
    const bodyColumn = bodyColumns.get(heading);
    if (bodyColumn === undefined) return heading;
    const next = ordered[at + 1];
    const end = next?.line === heading.line ? next.column - 1 : undefined;
    const body = plain[heading.line - 1]?.slice(bodyColumn - 1, end).trim() ?? "";
    if (body === "") return heading;
    return { ...heading, inlineBody: heading.inlineBody ? `${heading.inlineBody} ${body}` : body };
  });
}

/** What the markup says of lines the masked text may not show: a heading's text, a table's lines. */
function markupHints(headings: Heading[], tables: Table[]): MarkupHints {
  const headingTexts = new Map<number, string>();
  for (const heading of headings) {
    const numbered = heading.number === null ? "" : heading.numbering === "article" ? `제${heading.number}조 ` : `${heading.number}. `;
    headingTexts.set(heading.line, numbered + heading.title);
  }
  const tableLines = new Set<number>();
  for (const table of tables) for (let line = table.startLine; line <= table.endLine; line++) tableLines.add(line);
  return { headingTexts, tableLines };
}

/**
 * A table's titled section set at the level of the headings it is numbered on with: "## 2. …", then the table
 * "| 3. … |", then "## 4. …" make one run, so the table's title takes the style of the heading numbered one before or
 * one after it (a Markdown heading's depth, a text heading's marker).
 */
function inNumberingOf(heading: Heading, headings: readonly Heading[]): Heading {
  if (heading.number === null) return heading;
  const before = headings.filter((other) => other.line < heading.line && other.number === heading.number! - 1).at(-1);
  const after = headings.find((other) => other.line > heading.line && other.number === heading.number! + 1);
  // (or, where the numbers next to it title sections another way, the nearest in the run before or after it)
  const run = (other: Heading) => other.number !== null && (other.numbering ?? other.style) === (heading.numbering ?? heading.style);
  const earlier = headings.filter((other) => other.line < heading.line && run(other) && other.number! < heading.number!).at(-1);
  const later = headings.find((other) => other.line > heading.line && run(other) && other.number! > heading.number!);
  const peer = before ?? after ?? earlier ?? later;
  if (!peer || (peer.style === heading.style && peer.marker === heading.marker)) return heading;
  return { ...heading, style: peer.style, marker: peer.marker, numbering: heading.numbering ?? heading.style, column: peer.column };
}

/** The first line with text once comments and markup are blanked (1 for a blank document). */
function firstTextLine(plain: readonly string[]): number {
  return plain.findIndex((text) => !isBlank(text)) + 1 || 1;
}

// a scraped page's navigation above the title: a menu ("로그인 | 회원가입"), a breadcrumb ("홈 > 고객센터 > …"),
// a link or a version selector ("이전 방침 보기", "2026.01.01 ▼")
const NAVIGATION = /[|｜]|\S\s*[>›»＞]\s*\S|\s\/\s|보기$|바로\s*가기|다운로드|인쇄|[▼▲]/;
// the link a page opens with to skip its menus: "본문 바로가기", "주메뉴 건너뛰기", "Skip to content"
const SKIP_LINK = /(?:바로\s*가기|건너\s*뛰기)$|^[Ss]kip\s+to\b/;
// a site's notice that it uses cookies, asking the visitor to accept or set them ("… 쿠키를 사용합니다. 계속 이용하시면
// 동의하는 것으로 봅니다", "모두 허용")
const COOKIE_BANNER = /(?:쿠키|[Cc]ookie)[^\n]{0,80}(?:동의|허용|수락|설정)|(?:동의|허용|수락)[^\n]{0,40}(?:쿠키|[Cc]ookie)/;
// the title stands within this many lines of the first text, before the preamble or the first section
const MAX_OPENING_LINES = 40;
const MAX_OPENING_LINE_LENGTH = 100;

/** The policy's title as its first line of text, set as a title and not already a numbered section. */
function firstLineTitle(lines: readonly string[], plain: readonly string[], headings: Heading[]): PolicyDocument["title"] {
  const first = plain.findIndex((text) => !isBlank(text));
  if (first < 0) return null;
  const heading = headings.find((candidate) => candidate.line === first + 1);
  if (heading && heading.style !== "markdown" && heading.style !== "plain") return null;
  // a page's skip link ("본문 바로가기") is no title: the title after the page's chrome is read instead
  if (SKIP_LINK.test(plain[first].trim())) return null;
  // a policy that opens with its preamble has no title line
  if (!heading && !isTitleText(plain[first].replace(/\([^()]*\)/g, ""))) return null;
  return { text: heading ? heading.title : plain[first].trim(), line: first + 1, column: firstTextColumn(plain[first] ?? lines[first]) };
}

// a line that ends in the policy's name: "깨동 개인정보 처리방침", not a line about it ("처리방침의 개정과 그 공지")
const ENDS_IN_POLICY_NAME = new RegExp(`(?:${POLICY_NAME.source})[ \\t]*$`, POLICY_NAME.flags.replace(/[gy]/g, ""));
const HANGUL_SYLLABLE = /[가-힣]/;
// a title stands apart between blank lines or rules drawn across the page, as a plain-text e-mail frames one ("=====")
const blankOrRule = (text: string | undefined) => text === undefined || isBlank(text) || isSectionRule(text.trim());

/**
 * The title of the Korean version after an English one ("Privacy Policy" … "누리도서관 개인정보 처리방침"): the
 * first line after the English title that ends in the policy's Korean name and stands apart, as a title after a
 * preface does.
 */
function titleOfKoreanVersion(
  lines: readonly string[],
  plain: readonly string[],
  headings: Heading[],
  tocLines: ReadonlySet<number>,
  after: number,
): PolicyDocument["title"] {
  return standingTitle(lines, plain, headings, tocLines, after, plain.length, (text) => HANGUL_SYLLABLE.test(text));
}

/**
 * The policy's title after a preface it was sent or posted in (an e-mail's header and greeting, a notice of the
 * change): the first line before any numbered section that names the policy and stands apart.
 */
function titleAfterPreface(
  lines: readonly string[],
  plain: readonly string[],
  headings: Heading[],
  tocLines: ReadonlySet<number>,
): PolicyDocument["title"] {
  const firstNumbered = headings.find((heading) => heading.number !== null)?.line ?? Infinity;
  const end = Math.min(plain.length, MAX_OPENING_LINES, firstNumbered - 1);
  return standingTitle(lines, plain, headings, tocLines, 0, end, (text) => !NAVIGATION.test(text));
}

/**
 * The first line in [from, to) that ends in the policy's name and stands apart, between blank lines or rules,
 * whether or not it was read as a heading: no entry of a table of contents, no numbered line, and `accepts` it.
 */
function standingTitle(
  lines: readonly string[],
  plain: readonly string[],
  headings: Heading[],
  tocLines: ReadonlySet<number>,
  from: number,
  to: number,
  accepts: (text: string) => boolean,
): PolicyDocument["title"] {
  const headingAt = new Map(headings.map((heading) => [heading.line, heading]));
  for (let index = from; index < to; index++) {
    const text = plain[index];
    if (isBlank(text) || tocLines.has(index + 1) || !ENDS_IN_POLICY_NAME.test(text) || !accepts(text)) continue;
    if (!blankOrRule(plain[index - 1]) || !blankOrRule(plain[index + 1]) || (parseMarker(text)?.number ?? null) !== null) continue;
    const heading = headingAt.get(index + 1);
    const title = withoutSpaceName(heading ? heading.title : text.trim());
    if (isTitleText(title)) return { text: title, line: index + 1, column: firstTextColumn(text ?? lines[index]) };
  }
  return null;
}

// a wiki's page title after its space's name: "워크플랫 : 개인정보 처리방침", as Confluence exports it
const SPACE_NAME = /^[^:：]{1,30}?\s[:：]\s+(?=\S)/;

/** The title without the wiki space's name before it, when what follows names the policy. */
function withoutSpaceName(title: string): string {
  const space = SPACE_NAME.exec(title);
  return space && ENDS_IN_POLICY_NAME.test(title) ? title.slice(space[0].length) : title;
}

/**
 * The line before the preamble that names the policy, a scraped page's site name, menus and breadcrumb above
 * it passed over; null when no line there names it.
 */
function namedTitle(
  lines: readonly string[],
  plain: readonly string[],
  headings: Heading[],
  tocLines: ReadonlySet<number>,
  outOfScope: readonly OutOfScope[],
): PolicyDocument["title"] {
  const first = plain.findIndex((text) => !isBlank(text));
  if (first < 0) return null;
  const headingAt = new Map(headings.map((heading) => [heading.line, heading]));
  let named: number[] = [];
  for (let index = first; index < Math.min(plain.length, first + MAX_OPENING_LINES); index++) {
    const text = plain[index];
    if (isBlank(text)) continue;
    const heading = headingAt.get(index + 1);
    // a site's cookie banner above the title is the page's chrome, no preamble
    if (COOKIE_BANNER.test(text)) continue;
    // the opening ends at the preamble's first sentence, a table of contents or the first numbered section
    if (text.length > MAX_OPENING_LINE_LENGTH || looksLikeSentence(text) || tocLines.has(index + 1) || (heading && heading.number !== null))
      break;
    if (POLICY_NAME.test(text) && !NAVIGATION.test(text) && isTitleText(text.replace(/\([^()]*\)/g, ""))) named.push(index);
  }
  if (named.length === 0) return null;
  // a page that sets another document before the policy ("이용약관 및 개인정보 처리방침", "[회원 이용약관]" …,
  // "[개인정보 처리방침]"): the policy's title is the one after it
  const last = named[named.length - 1] + 1;
  const skipped = outOfScope.reduce((latest, part) => (part.endLine < last ? Math.max(latest, part.endLine) : latest), 0);
  named = named.filter((index) => index + 1 > skipped);
  // a page that names the policy twice before its preamble lists it in a menu first, then has it as its title
  const squeezed = (index: number) => plain[index].replace(/\s/g, "");
  const index = named.filter((candidate) => squeezed(candidate) === squeezed(named[0])).at(-1)!;
  const heading = headingAt.get(index + 1);
  return { text: heading ? heading.title : plain[index].trim(), line: index + 1, column: firstTextColumn(plain[index] ?? lines[index]) };
}

// a Markdown paragraph all in bold: "**어떤 정보를 모으나요?**", "__보유 기간__"
const BOLD_PARAGRAPH = /^[ \t]{0,3}(\*\*|__)(?=\S)[^*_\n]{1,80}(?<=\S)\1[ \t]*$/;

/** The lines of a Markdown file that are a paragraph of their own set all in bold, as a page sets a title apart. */
function boldParagraphLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((text, index) => {
    if (!BOLD_PARAGRAPH.test(text)) return;
    const before = lines[index - 1];
    const after = lines[index + 1];
    if ((before === undefined || isBlank(before)) && (after === undefined || isBlank(after) || !BOLD_PARAGRAPH.test(after)))
      found.push(index + 1);
  });
  return found;
}
