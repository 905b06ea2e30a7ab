// HTML policies (the page on the website): rehype finds headings and table cells; the text rules read is
// the HTML with its markup blanked out character for character, so every line and column is the file's own.
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { Heading, Table, TableCell, TableRow, TableOfContents } from "./model.js";
import { headingFromMarkup, isTitleText, isUnmarkedQuestion } from "./headings.js";
import { blankSpans, commentSpans } from "./comments.js";
import { isTocLabel, listsHeadingTitles } from "./toc.js";
import { POLICY_NAME } from "./policy-name.js";
import { isRecordFieldLabel } from "./tables.js";
import { NAMED_CHARACTERS } from "./character-references.js";

// what is left of the references once the text's are read (character-references.ts): markup's, and any met unread
const ENTITIES: Record<string, string> = { ...NAMED_CHARACTERS, amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const blank = (match: string) => match.replace(/[^\n\r]/g, " ");

const BLOCK_OPEN = /<(script|style|head)\b/gi;

/**
 * Blanks each <script>, <style> and <head> element (the page's title and metadata are not the policy's text)
 * and each comment. Found by searching for the closing text rather than with /<(…)\b[\s\S]*?<\/\1>/: on a
 * page of unclosed openings that regex reads to the end from each one.
 */
function blankBlocksAndComments(text: string): string {
  const spans: [number, number][] = [];
  const unclosed = new Set<string>();
  BLOCK_OPEN.lastIndex = 0;
  for (let open = BLOCK_OPEN.exec(text); open; open = BLOCK_OPEN.exec(text)) {
    const name = open[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, "gi");
    closing.lastIndex = BLOCK_OPEN.lastIndex;
    const close = closing.exec(text);
    if (!close) {
      unclosed.add(name); // a later opening of the same element has no closing either
      continue;
    }
    spans.push([open.index, closing.lastIndex]);
    BLOCK_OPEN.lastIndex = closing.lastIndex;
  }
  const masked = blankSpans(text, spans);
  return blankSpans(masked, commentSpans(masked));
}

// a tag as HTML reads one: "<" then a letter, "/" or "!"; "<붙임 2>" in a Markdown file's HTML is text
const TAG_NAMED = /<[/!]?[A-Za-z][^<>]*>/g;
// a lone "<" in the text is not a tag: a tag ends before the next "<"
const TAG_ANY = /<[^<>]*>/g;

/**
 * Replaces tags, comments, scripts and styles with spaces and entities with their character plus spaces.
 * `namedTagsOnly` keeps a bracketed word that opens with no letter ("<별첨>"), as HTML set in Markdown needs.
 */
// a definition list's term closed before its description: on the same line ("<dt>수탁자</dt><dd>…</dd>"), or on the
// next (group 1) when the description's text starts on its own line ("<dd>㈜한빛물류</dd>"; not a list under it)
const TERM_THEN_DESCRIPTION = /<\/dt\s*>(?=[ \t]*<dd\b|(\s*<dd\b[^<>]*>[ \t]*[^\s<]))/gi;
// the term's text, back to its opening tag on its line
const TERM_TEXT = /<dt\b[^<>]*>([^<>\n]{1,40})$/i;

/**
 * A term's closing tag before its description, written as the colon a field puts after its label ("결제대행사(PG사):
 * 정기결제 …"), where the term does not end in one already: a <dl> is a list of fields, and read as text the term
 * ran into its description. A term over its description on the next line is a label only when it names a record's
 * field ("수탁자" over "㈜한빛물류"): a name over its fields ("<dt>한빛물류</dt>" over "위탁 업무: …") is a title.
 */
function termsAsLabels(text: string): string {
  return text.replace(TERM_THEN_DESCRIPTION, (match: string, nextLine: string | undefined, offset: number) => {
    if (/[:：]\s*$/.test(text.slice(Math.max(0, offset - 3), offset))) return blank(match);
    const term = TERM_TEXT.exec(text.slice(Math.max(0, offset - 200), offset))?.[1];
    if (nextLine !== undefined && !(term !== undefined && isRecordFieldLabel(term))) return match;
    return `:${" ".repeat(match.length - 1)}`;
  });
}

export function maskHtml(text: string, namedTagsOnly = false): string {
  return termsAsLabels(blankBlocksAndComments(text))
    .replace(namedTagsOnly ? TAG_NAMED : TAG_ANY, blank)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      const lower = name.toLowerCase();
      const char = lower.startsWith("#x")
        ? String.fromCodePoint(parseInt(lower.slice(2), 16))
        : lower.startsWith("#")
          ? String.fromCodePoint(Number(lower.slice(1)))
          : (ENTITIES[lower] ?? " ");
      // keep one UTF-16 unit per masked character so later columns do not move
      const single = char.length === 1 ? char : " ";
      return single + " ".repeat(match.length - 1);
    });
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  // a line break, or a block of its own, parts the words on either side ("알림톡 발송<br>문자 발송")
  if (node.tagName === "br") return "\n";
  const text = node.children.map(textOf).join("");
  return BLOCKS.has(node.tagName) ? `\n${text}\n` : text;
}

// a block that may be a copy of the page's text for another medium: hidden from assistive technology or from
// view, or classed or named for print ("print-only", "printArea")
const MAY_BE_COPY = /aria-hidden\s*=\s*["']?true|<[a-z][^<>]*\shidden(?=[\s/>=])|(?:class|id)\s*=\s*["'][^"']*print/i;
// a copy is a block of text, not an icon or a label: this many pairs of words at least
const MIN_COPY_PAIRS = 20;
// this share of a block's pairs of words, found elsewhere on the page as well, makes it a copy: a print copy laid
// out in lines where the screen has tables shares 0.9 of them; a hidden tab's full text beside its summary, 0.3
const COPY_SHARE = 0.8;
const WORD_GAP = /[\s,.·:;/|()[\]<>\-–—]+/;

/** The adjacent pairs of words of two characters or more: what a copy laid out otherwise still shares. */
function wordPairs(text: string): string[] {
  const words = text.split(WORD_GAP).filter((word) => word.length >= 2);
  const pairs: string[] = [];
  for (let at = 0; at + 1 < words.length; at++) pairs.push(`${words[at]} ${words[at + 1]}`);
  return pairs;
}

/** True when the element is hidden (aria-hidden="true", hidden) or classed or named for print. */
function marksCopy(node: Element): boolean {
  const { ariaHidden, hidden } = node.properties ?? {};
  return ariaHidden === "true" || hidden === true || hidden === "" || nameTokens(node).some((token) => /^print/i.test(token));
}

/**
 * The page with a hidden or print-only copy of its own text blanked, character for character: a print version
 * kept under the screen version repeats every sentence, and each defect would be reported twice, once in text
 * the reader never sees. A hidden block is blanked only where most of its pairs of words stand elsewhere on the
 * page too: a collapsed panel or a hidden tab holds text of its own, and stays.
 */
export function withoutHiddenCopies(text: string): string {
  if (!MAY_BE_COPY.test(text)) return text;
  const tree = unified().use(rehypeParse, { fragment: false }).parse(text) as Root;
  const counts = new Map<string, number>();
  for (const pair of wordPairs(spacedTextOf(tree))) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  const spans: [number, number][] = [];
  const visit = (node: Root | RootContent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "element" && marksCopy(node) && start !== undefined && end !== undefined) {
      const pairs = wordPairs(spacedTextOf(node));
      const repeated = pairs.filter((pair) => (counts.get(pair) ?? 0) >= 2).length;
      if (pairs.length >= MIN_COPY_PAIRS && repeated >= pairs.length * COPY_SHARE) {
        spans.push([start, end]);
        return;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return spans.length > 0 ? blankSpans(text, spans) : text;
}

/** The text of a node with a space between its elements' texts: "<td>성명</td><td>연락처</td>" is two words. */
function spacedTextOf(node: Root | RootContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root") return node.children.map(spacedTextOf).join(" ");
  return "";
}

// a section number set apart in an element of its own at the start of a heading: "<em>3</em>", "<span class="num">3</span>"
const NUMBER_ALONE = /^\s*([0-9]{1,3})\s*$/;
// what a title starts with after its number; a unit after a figure ("<em>3</em>년 보관") makes it an amount
const TITLE_AFTER_NUMBER = /^(?!(?:년|월|일|개월|시간|명|세|회|차)(?:간|째|동안|마다|이내|[\s,.)]|$))[가-힣A-Za-z[(「『<〈【]/;

/**
 * A heading's text as the page shows it, its number set in an element of its own read as one ("<h3><em>3</em>개인
 * 정보의 파기</h3>" → "3. 개인정보의 파기"): run together with the title, "3개인정보의 파기" reads no number, and
 * "3 개인정보의 파기" none below 10.
 */
function headingTextOf(node: Element): string {
  const content = textOf(node).replace(/\s+/g, " ").trim();
  const first = node.children.find((child) => child.type !== "text" || child.value.trim() !== "");
  if (first?.type !== "element") return content;
  const number = NUMBER_ALONE.exec(textOf(first));
  const rest = node.children
    .slice(node.children.indexOf(first) + 1)
    .map(textOf)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return number && TITLE_AFTER_NUMBER.test(rest) ? `${number[1]}. ${rest}` : content;
}

/**
 * The cells of each table row as the page shows them: a cell that spans rows below (rowspan) stands in its
 * column of each of them too, and a cell that spans columns (colspan) in each of its columns, the copies marked
 * as spanned, so that the rows line up with the header.
 */
class RowSpans {
  private pending: { cell: TableCell; rows: number }[] = [];

  row(written: { cell: TableCell; rowSpan: number; colSpan: number }[]): TableCell[] {
    const cells: TableCell[] = [];
    const next: { cell: TableCell; rows: number }[] = [];
    const fillSpanned = () => {
      for (let above = this.pending[cells.length]; above && above.rows > 0; above = this.pending[cells.length]) {
        cells.push({ ...above.cell, spanned: true });
        next[cells.length - 1] = { cell: above.cell, rows: above.rows - 1 };
      }
    };
    for (const { cell, rowSpan, colSpan } of written) {
      fillSpanned();
      for (let column = 0; column < colSpan; column++) {
        cells.push(column === 0 ? cell : { ...cell, spanned: true });
        if (Number.isInteger(rowSpan) && rowSpan > 1) next[cells.length - 1] = { cell, rows: rowSpan - 1 };
      }
    }
    fillSpanned();
    this.pending = next;
    return cells;
  }
}

function firstTextPosition(node: Element): { line: number; column: number } | null {
  for (const child of node.children) {
    if (child.type === "text" && child.value.trim() !== "" && child.position) {
      const leading = child.value.length - child.value.trimStart().length;
      const before = child.value.slice(0, leading);
      const lines = before.split("\n");
      return lines.length > 1
        ? { line: child.position.start.line + lines.length - 1, column: lines[lines.length - 1].length + 1 }
        : { line: child.position.start.line, column: child.position.start.column + leading };
    }
    if (child.type === "element") {
      const found = firstTextPosition(child);
      if (found) return found;
    }
  }
  return null;
}

export interface HtmlStructure {
  headings: Heading[];
  /**
   * titles a page shows as headings without heading tags: a <summary>, an element with a title class ("title",
   * "tit", "page-title"), a paragraph all in bold, a <strong> on a line of its own; each with its kind, the
   * element it is written as ("div.title", "p>b")
   */
  visualHeadings: VisualHeading[];
  tables: Table[];
  /**
   * the page's first <h1>; when that is page chrome (a site's logo or name in its header) and the first heading
   * after it names the policy, that heading
   */
  title: TitleLine | null;
  /** true when `title` is a chrome <h1> that no heading naming the policy follows: a weaker title than a tag's */
  titleIsChrome: boolean;
  /** the page's <title>, in its head: the title when the body has none of its own */
  pageTitle: TitleLine | null;
  /**
   * the sections a tab widget or an accordion shows, each titled by its tab or button (see `panelHeadings`),
   * with the column on the heading's line where the section's own text starts
   */
  panelHeadings: PanelHeading[];
  /** tabs listed together above their panels, and lists of links to the page's headings: tables of contents, not sections */
  tabLists: TableOfContents[];
  /**
   * for a heading tag closed on the line it starts on, the column after its closing tag: where its section's
   * text starts when the page sets it on the same line (`<h2>3. 보유 기간</h2><p>…</p>`, as CMS output does)
   */
  tagBodyColumns: Map<Heading, number>;
  /** the lines on which a list item (<li>) starts its text */
  listItemLines: Set<number>;
  /** the lines on which a block element (a paragraph, a list item, a cell, a heading) starts its text */
  blockStartLines: Set<number>;
  /** each definition term's line to its description's, where the two start on lines of their own */
  definitionTerms: Map<number, number>;
}

export interface PanelHeading {
  heading: Heading;
  /** where on the heading's line the panel's text begins (the line may hold it: `<div role="tabpanel"><p>…`) */
  bodyColumn: number;
}

export interface VisualHeading {
  heading: Heading;
  kind: string;
}

export interface TitleLine {
  text: string;
  line: number;
  column: number;
}

// a class that marks a title: "title", "tit", "ttl", "page-title", "s_tit", "tit02", "subtitle", "heading"
const TITLE_CLASS_TOKEN = /^[a-z]{0,4}(?:tit|title|ttl|heading|headline)\d*$/i;
// a component's header that titles its body: "card-header", "panel_head", "box-hd", "section-header" (a bare
// "header" class is the page's header, chrome)
const COMPONENT_HEADER_CLASS =
  /(?:^|[\s_-])(?:card|panel|box|section|accordion|collapse|item|block|article|content)[-_]?(?:header|head|hd)(?:$|[\s_-])/i;
const BOLD = new Set(["b", "strong"]);
// inline elements a bold title may sit in, or that put a word in a sentence
const INLINE = new Set(["a", "span", "em", "i", "u", "font", "small", "mark", "code", "sup", "sub", "img", "label"]);
// elements a title may stand in as a block of its own
const CONTAINERS = new Set(["body", "div", "section", "article", "main", "details", "header", "aside", "center", "blockquote"]);
// what a page shows as a list, a menu or a control: a bold word there is not a section's title
const NOT_SECTIONS = new Set(["nav", "li", "dt", "dd", "a", "button", "select", "form", "caption", "figcaption", "label"]);
const MAX_VISUAL_TITLE_LENGTH = 60;
// the parts of a page that hold its content: a <header> or a "header" class inside them heads that content
const CONTENT_ELEMENTS = new Set(["main", "article", "section"]);
// page chrome wherever it stands: a logo, the site's name or brand, its navigation
const LOGO_TOKEN = /^(?:logo|brand|site|sitename|sitelogo|sitetitle|gnb|lnb|snb|nav|navbar|navigation|masthead)$/i;
// page chrome outside the content: the page's header
const HEADER_TOKEN = /^(?:header|hd|top|topmenu)$/i;

/** Where an element stands on the page: in its chrome (header, navigation, logo), in its content, or neither yet. */
type Region = "page" | "chrome" | "content";

/** An element's class and id tokens, split at the separators CMS names use ("h_logo", "site-name"). */
function nameTokens(node: Element): string[] {
  const { className, id } = node.properties ?? {};
  return [...tokensOf(className), ...tokensOf(id)].flatMap((token) => token.split(/[_-]+/)).filter((token) => token !== "");
}

/** The region an element's children stand in, given the region the element stands in. */
function regionOf(node: Element, region: Region): Region {
  if (region === "chrome") return region;
  const tokens = nameTokens(node);
  if (node.tagName === "nav" || tokens.some((token) => LOGO_TOKEN.test(token))) return "chrome";
  if (region === "page" && (node.tagName === "header" || tokens.some((token) => HEADER_TOKEN.test(token)))) return "chrome";
  return CONTENT_ELEMENTS.has(node.tagName) ? "content" : region;
}

/** True when the element's words are all one link: a logo's link home, not a title. */
function isWhollyLink(node: Element): boolean {
  const content = node.children.filter((child) => !isBlankText(child));
  if (content.length !== 1 || content[0].type !== "element") return false;
  return content[0].tagName === "a" || isWhollyLink(content[0]);
}

/** The <a> a list item is wholly (through wrappers around it, "<li><span><a>…"), or null. */
function soleLink(node: Element): Element | null {
  const content = node.children.filter((child) => !isBlankText(child));
  if (content.length !== 1 || content[0].type !== "element") return null;
  return content[0].tagName === "a" ? content[0] : soleLink(content[0]);
}

// a TOC entry's title is short, as the link-list TOC reader of a Markdown file takes it
const MAX_LINK_ENTRY_LENGTH = 80;

/**
 * A list whose every item is only a link to a place in the page (`<li><a href="#s3">보유 기간</a></li>`), or, under
 * the TOC's own label or in a <nav> (`labelled`), only its text, one item a line, read as a table of contents: an
 * <ol> numbers its entries 1, 2, 3 … (from its `start`) as the page shows them, a <ul> gives none. Null for any
 * other list; whether the entries are the page's titles is asked after.
 */
function linkListToc(node: Element, labelled: boolean): TableOfContents | null {
  const content = node.children.filter((child) => !isBlankText(child));
  const items = content.filter((item): item is Element => item.type === "element" && item.tagName === "li");
  if (items.length < 2 || items.length !== content.length) return null;
  const { start, reversed, type } = node.properties ?? {};
  // an <ol> that counts down or by letters or numerals is read by title alone
  const counts = node.tagName === "ol" && reversed === undefined && (type === undefined || type === "1");
  const first = typeof start === "number" && Number.isInteger(start) ? start : 1;
  const entries: TableOfContents["entries"] = [];
  for (const item of items) {
    const link = soleLink(item);
    const href = link?.properties?.href;
    // under the TOC's own label ("<h2>목차</h2><ol><li>처리 목적</li>…"), or in a <nav>, an entry need not be a link
    const at = link ? firstTextPosition(link) : labelled && !hasBlockInside(item) ? firstTextPosition(item) : null;
    const title = textOf(item).replace(/\s+/g, " ").trim();
    if (!at || (link && (typeof href !== "string" || !href.startsWith("#") || href.length < 2))) return null;
    if (title === "" || title.length > MAX_LINK_ENTRY_LENGTH) return null;
    // one entry a line: a TOC's lines are set apart from the text, and a list run onto the text's line is not
    if (item.position?.start.line !== item.position?.end.line || at.line <= (entries.at(-1)?.line ?? 0)) return null;
    entries.push({ line: at.line, number: counts ? first + entries.length : null, title, ...(counts && { style: "decimal" as const }) });
  }
  return { startLine: entries[0].line, endLine: entries[entries.length - 1].line, entries };
}

/** True when a list item holds a list or a paragraph of its own: an item of the text, not a TOC's entry. */
function hasBlockInside(item: Element): boolean {
  return item.children.some(
    (child) => child.type === "element" && (BLOCKS.has(child.tagName) || child.tagName === "ul" || child.tagName === "ol"),
  );
}

/** True when a list stands in a <nav>, or right under its own label ("<h2>목차</h2>", "<p>차례</p>"). */
function underTocLabel(parent: Element | Root | null, at: number): boolean {
  if (!parent) return false;
  if (parent.type === "element" && parent.tagName === "nav") return true;
  const before = (parent.children as ElementContent[])
    .slice(0, at)
    .reverse()
    .find((sibling) => !isBlankText(sibling));
  return before?.type === "element" && isTocLabel(textOf(before));
}

/** True when the next element after the parent's child `at` is a navigation: a <nav>, or a list of links. */
function followedByNavigation(parent: Element | Root, at: number): boolean {
  const next = (parent.children as ElementContent[]).slice(at + 1).find((sibling) => !isBlankText(sibling));
  if (next?.type !== "element") return false;
  if (next.tagName === "nav") return true;
  if (next.tagName !== "ul" && next.tagName !== "ol") return false;
  const items = next.children.filter((item): item is Element => item.type === "element" && item.tagName === "li");
  return items.length > 0 && items.every((item) => isWhollyLink(item));
}

interface HeadingTag {
  title: TitleLine;
  heading: Heading | null;
  level: number;
  chrome: boolean;
}

/**
 * The page's title: its first <h1>, unless that is chrome (a logo, the site's name) that does not name the
 * policy and the first heading of the content after it does ("새봄구 복지포털", a menu, then "개인정보 처리방침").
 */
function pageHeadingTitle(tags: HeadingTag[]): { title: TitleLine | null; titleIsChrome: boolean; logo: Heading | null } {
  const first = tags.findIndex((tag) => tag.level === 1);
  if (first < 0) return { title: null, titleIsChrome: false, logo: null };
  const h1 = tags[first];
  if (!h1.chrome || POLICY_NAME.test(h1.title.text)) return { title: h1.title, titleIsChrome: false, logo: null };
  const next = tags.slice(first + 1).find((tag) => !tag.chrome);
  if (next && next.heading?.number == null && POLICY_NAME.test(next.title.text) && isTitleText(next.title.text))
    return { title: next.title, titleIsChrome: false, logo: h1.heading };
  return { title: h1.title, titleIsChrome: true, logo: null };
}

const isBlankText = (node: ElementContent) => node.type === "comment" || (node.type === "text" && node.value.trim() === "");

/**
 * True when every word of the element is in bold (<b>, <strong>, or a span the page's style sheet or its own style
 * sets in bold: a word processor's export, "<span class='c7'>"), with nothing but inline elements around it.
 */
function allBold(node: Element, boldClasses: ReadonlySet<string>, inBold = false): boolean {
  let bold = false;
  for (const child of node.children) {
    if (isBlankText(child)) continue;
    if (child.type === "text") {
      if (!inBold) return false;
      bold = true;
    } else if (child.type === "element") {
      if (child.tagName === "br") continue;
      // a link in bold is a way to another place (a menu, a TOC), not a title
      if (child.tagName === "a" || (!BOLD.has(child.tagName) && !INLINE.has(child.tagName))) return false;
      if (!allBold(child, boldClasses, inBold || BOLD.has(child.tagName) || styledBold(child, boldClasses))) return false;
      bold = true;
    }
  }
  return bold;
}

const BOLD_DECLARATION = /font-weight\s{0,3}:\s{0,3}(?:bold(?:er)?|[6-9]00)\b/i;
// a rule of the style sheet for a class alone: ".c7{color:#1a1a1a;font-weight:700}"
const CLASS_RULE = /\.([A-Za-z_][\w-]{0,40})\s{0,3}\{([^{}]{0,2000})\}/g;

/** The classes the page's style sheets set in bold. */
function boldClassesOf(tree: Root): Set<string> {
  const classes = new Set<string>();
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && node.tagName === "style") {
      for (const rule of textOf(node).matchAll(CLASS_RULE)) if (BOLD_DECLARATION.test(rule[2])) classes.add(rule[1]);
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return classes;
}

/** True when the element's class or its own style sets it in bold. */
function styledBold(node: Element, boldClasses: ReadonlySet<string>): boolean {
  const style = node.properties?.style;
  if (typeof style === "string" && BOLD_DECLARATION.test(style)) return true;
  return boldClasses.size > 0 && tokensOf(node.properties?.className).some((token) => boldClasses.has(token));
}

/** True when the element (its parent's child `at`) stands between blocks, not among the words of a sentence. */
function standsAlone(parent: Element | Root, at: number): boolean {
  const siblings = parent.children as ElementContent[];
  const block = (step: number) => {
    let index = at + step;
    while (index >= 0 && index < siblings.length && isBlankText(siblings[index])) index += step;
    const sibling = siblings[index];
    return sibling === undefined || (sibling.type === "element" && !INLINE.has(sibling.tagName) && !BOLD.has(sibling.tagName));
  };
  return block(-1) && block(1);
}

// a heading with no heading tag: <div role="heading" aria-level="3">, as scripted pages render their titles
const DEFAULT_ARIA_LEVEL = 2;

/** The element's heading level: an h1–h6 tag's, or an ARIA heading's aria-level (2 where it gives none); null for any other. */
function headingLevelOf(node: Element): number | null {
  if (/^h[1-6]$/.test(node.tagName)) return Number(node.tagName[1]);
  if (!tokensOf(node.properties?.role).includes("heading")) return null;
  const level = Number(node.properties?.ariaLevel);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_ARIA_LEVEL;
}

const hasHeadingTag = (node: Element): boolean =>
  node.children.some((child) => child.type === "element" && (headingLevelOf(child) !== null || hasHeadingTag(child)));

/** The kind of visual heading an element (its parent's child `at`) is ("div.title", "p>b", "strong"), or null. */
function visualKind(node: Element, parent: Element | Root, at: number, boldClasses: ReadonlySet<string>): string | null {
  const kind = visualKindOf(node, parent, at, boldClasses);
  // an element that holds a heading tag is that heading's wrapper: the tag is read
  return kind && !hasHeadingTag(node) ? kind : null;
}

function visualKindOf(node: Element, parent: Element | Root, at: number, boldClasses: ReadonlySet<string>): string | null {
  const inBlock = parent.type === "root" || CONTAINERS.has(parent.tagName);
  const className = node.properties?.className;
  const classes = className === undefined ? "" : tokensOf(className).join(" ");
  if (
    className !== undefined &&
    (classes.split(/[\s,_-]+/).some((token) => TITLE_CLASS_TOKEN.test(token)) || COMPONENT_HEADER_CLASS.test(classes))
  ) {
    if (node.tagName === "div" || node.tagName === "p" || (inBlock && standsAlone(parent, at)))
      return `${node.tagName}.${String(className)}`;
  }
  if ((node.tagName === "p" || node.tagName === "div") && allBold(node, boldClasses)) return `${node.tagName}>b`;
  if (BOLD.has(node.tagName) && inBlock && standsAlone(parent, at)) return node.tagName;
  return null;
}

/** An attribute's tokens: hast gives space-separated attributes (role, aria-controls) as arrays. */
function tokensOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/).filter((token) => token !== "") : [];
}

interface PanelControl {
  node: Element;
  title: string;
  at: { line: number; column: number };
  /** the ids it opens: aria-controls, or a link's "#id" */
  targets: string[];
  id: string | null;
  isTab: boolean;
  /** the panel it opens by where it stands: an accordion's button with no aria-controls, the element after its own */
  panel?: Element;
}

/**
 * An accordion's button that names no panel (aria-expanded, no aria-controls), standing alone in its element or
 * wrapped alone in one (`<div class="acc-head"><button aria-expanded="false">…</button></div>`), with the panel the
 * element after it: the button titles that panel, as a <summary> titles its <details>.
 */
function siblingPanelControl(children: readonly ElementContent[], index: number): PanelControl | null {
  let button: ElementContent | undefined = children[index];
  for (let depth = 0; depth < 3 && button?.type === "element" && button.tagName !== "button"; depth++) {
    const inner: ElementContent[] = button.children.filter((child) => !isBlankText(child));
    button = inner.length === 1 ? inner[0] : undefined;
  }
  if (button?.type !== "element" || button.tagName !== "button") return null;
  const properties = button.properties ?? {};
  if (properties.ariaExpanded === undefined || properties.ariaControls !== undefined) return null;
  let next = index + 1;
  while (next < children.length && isBlankText(children[next])) next++;
  const panel = children[next];
  if (panel?.type !== "element" || !CONTAINERS.has(panel.tagName)) return null;
  const at = firstTextPosition(button);
  const title = textOf(button).replace(/\s+/g, " ").trim();
  if (!at || !titlesPanel(title)) return null;
  return { node: button, title, at, targets: [], id: null, isTab: false, panel };
}

const togglesTab = (value: unknown) => typeof value === "string" && (value === "tab" || value === "pill");

/** A tab (role="tab") or an accordion's button (aria-expanded with aria-controls): what titles a panel. */
function panelControlOf(node: Element): PanelControl | null {
  const properties = node.properties ?? {};
  // (a Bootstrap tab says so by its data attribute: `<a href="#tab3" data-toggle="tab">`)
  const isTab = tokensOf(properties.role).includes("tab") || [properties.dataToggle, properties.dataBsToggle].some(togglesTab);
  const targets = tokensOf(properties.ariaControls);
  if (!isTab && (targets.length === 0 || properties.ariaExpanded === undefined)) return null;
  const href = typeof properties.href === "string" && properties.href.startsWith("#") ? properties.href.slice(1) : "";
  if (href) targets.push(href);
  const at = firstTextPosition(node);
  const title = textOf(node).replace(/\s+/g, " ").trim();
  if (!at || !titlesPanel(title)) return null;
  return { node, title, at, targets, id: typeof properties.id === "string" ? properties.id : null, isTab };
}

/**
 * A disclosure widget's control (a <summary>, an accordion's button, a tab) is the title of what it opens whatever
 * its words ("파기는 이렇게 합니다"), as a heading tag's text is: the markup says so. Only an overlong text is not.
 */
function titlesPanel(title: string): boolean {
  return title.length >= 2 && title.length <= MAX_VISUAL_TITLE_LENGTH;
}

/** A widget title's heading level: one under the heading tag it stands under (`above`, 0 for none), and at least 2. */
const levelUnder = (above: number): number => Math.max(2, Math.min(6, above + 1));

/**
 * A <details>'s <summary> titles the disclosure it opens, as an accordion's button titles its panel: a heading
 * where it stands, a level under the heading tag it stands under (not one folded in an earlier <details>), its
 * text on the same line after it (`<summary>…</summary><p>…`) the section's first words.
 */
function summaryHeadings(summaries: readonly { summary: Element; above: number }[]): PanelHeading[] {
  const panelHeadings: PanelHeading[] = [];
  for (const { summary, above } of summaries) {
    const at = firstTextPosition(summary);
    const title = textOf(summary).replace(/\s+/g, " ").trim();
    if (!at || !titlesPanel(title)) continue;
    const heading = headingFromMarkup(title, levelUnder(above), { ...at, titleColumn: at.column });
    if (!heading) continue;
    const end = summary.position?.end;
    panelHeadings.push({ heading, bodyColumn: end && end.line === at.line ? end.column : Number.MAX_SAFE_INTEGER });
  }
  return panelHeadings;
}

/** True when the element's first content is a heading tag: a panel that titles itself (its tab repeats the title). */
function opensWithHeading(node: Element): boolean {
  const first = node.children.find((child) => !isBlankText(child));
  if (!first || first.type !== "element") return false;
  return headingLevelOf(first) !== null || (CONTAINERS.has(first.tagName) && opensWithHeading(first));
}

/** The index of the first of the sorted numbers greater than `value` (their length when none is). */
function firstAbove(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Tab widgets and accordions: a tab's or a button's title is the heading of the panel it opens (matched by
 * aria-controls, by the panel's aria-labelledby, else tabs and tab panels by order). A control just above its
 * panel is the heading where it stands, as a title above its text is; tabs listed together above their panels
 * title each panel at the panel, and the list of them is a table of contents.
 */
function panelStructure(
  controls: PanelControl[],
  tabPanels: Element[],
  byId: ReadonlyMap<string, Element>,
  tagHeadings: readonly Heading[],
): { panelHeadings: PanelHeading[]; tabLists: TableOfContents[] } {
  const panelOf = new Map<PanelControl, Element>();
  const taken = new Set<Element>();
  // maps, not searches: a page of FAQ accordions has thousands of buttons
  const labelledBy = new Map<string, Element>();
  for (const panel of tabPanels)
    for (const id of tokensOf(panel.properties?.ariaLabelledBy)) if (!labelledBy.has(id)) labelledBy.set(id, panel);
  for (const control of controls) {
    const panel =
      control.panel ??
      control.targets.map((id) => byId.get(id)).find((element) => element && element !== control.node) ??
      (control.id === null ? undefined : labelledBy.get(control.id));
    // an accordion opens a block of text; a button that opens a menu or a pop-up list is no title
    const opensText =
      control.isTab || (panel !== undefined && CONTAINERS.has(panel.tagName) && control.node.properties?.ariaHasPopup === undefined);
    if (panel && opensText && !taken.has(panel)) {
      panelOf.set(control, panel);
      taken.add(panel);
    }
  }
  const freePanels = tabPanels.filter((panel) => !taken.has(panel));
  for (const control of controls)
    if (control.isTab && !panelOf.has(control) && freePanels.length > 0) panelOf.set(control, freePanels.shift()!);
  // where each control and each panel opens: a control is above its panel when none of the others opens between them
  const starts = [
    ...controls.map((control) => control.at.line),
    ...[...panelOf.values()].map((panel) => panel.position?.start.line ?? 0),
  ].sort((a, b) => a - b);
  const headingLines = tagHeadings.map((heading) => heading.line);
  const panelHeadings: PanelHeading[] = [];
  const listed: PanelControl[] = [];
  for (const [control, panel] of panelOf) {
    if (!panel.position || opensWithHeading(panel)) continue;
    const panelLine = panel.position.start.line;
    // a control with no other control or panel between it and its panel stands above it, as a title does
    const above = control.at.line <= panelLine && !((starts[firstAbove(starts, control.at.line)] ?? Infinity) < panelLine);
    // a panel titled where it stands is titled on its first line of text, which is also the start of its body
    const at = above ? control.at : (firstTextPosition(panel) ?? panel.position.start);
    const line = at.line;
    // a level under the heading tag above the widget
    const before = firstAbove(headingLines, Math.min(control.at.line, panelLine) - 1) - 1;
    const level = levelUnder(tagHeadings[before]?.marker.length ?? 0);
    const heading = headingFromMarkup(control.title, level, {
      line,
      column: at.column,
      titleColumn: at.column,
    });
    if (!heading) continue;
    const controlEnd = control.node.position?.end;
    const bodyColumn = above ? (controlEnd && controlEnd.line === line ? controlEnd.column : Number.MAX_SAFE_INTEGER) : at.column;
    panelHeadings.push({ heading, bodyColumn });
    if (!above) listed.push(control);
  }
  // the tabs listed together, when no panel lies among them
  const tabLists: TableOfContents[] = [];
  if (listed.length > 0) {
    const startLine = Math.min(...listed.map((control) => control.at.line));
    const endLine = Math.max(...listed.map((control) => control.at.line));
    if (!panelHeadings.some(({ heading }) => heading.line >= startLine && heading.line <= endLine))
      tabLists.push({
        startLine,
        endLine,
        entries: listed.map((control) => ({ line: control.at.line, number: null, title: control.title })),
      });
  }
  return { panelHeadings: panelHeadings.sort((a, b) => a.heading.line - b.heading.line), tabLists };
}

/** A <table> element's rows, the first its header, at the lines and columns of the text that holds them. */
function tableOf(node: Element): Table | null {
  return readTable(node, false).table;
}

/**
 * A <table> element as a table, and, when `titled` and its first row is one cell across it worded as a title
 * ("처리 목적", "개인정보의 파기"), that cell: the table is then a section, the title its heading and the rows below
 * its body (no table at all when they are only sentences across it). Rows of one cell across the table are not
 * records: those above the first row of cells (an introducing sentence) are read as text, those below are notes.
 */
/** True when a table holds another table in its cells: a layout table. */
function holdsTable(node: Element): boolean {
  const inside = (element: Element): boolean =>
    element.children.some((child) => child.type === "element" && (isTable(child) || inside(child)));
  return inside(node);
}

// a grid of <div>s that says what it is by ARIA roles (<div role="table">, role="row", role="cell") is a table as
// <table>, <tr> and <td> are: a page that lays out its records in CSS rows means them as rows
const TABLE_ROLES = new Set(["table", "grid", "treegrid"]);
const CELL_ROLES = new Set(["cell", "gridcell", "columnheader", "rowheader"]);
const roleOf = (node: Element) => (typeof node.properties.role === "string" ? node.properties.role.trim() : "");
const isTable = (node: Element) => node.tagName === "table" || TABLE_ROLES.has(roleOf(node));
const isRow = (node: Element) => node.tagName === "tr" || roleOf(node) === "row";
const isCell = (node: Element) => node.tagName === "td" || node.tagName === "th" || CELL_ROLES.has(roleOf(node));
const isHeaderCell = (node: Element) => node.tagName === "th" || roleOf(node) === "columnheader";

function readTable(node: Element, titled: boolean): { table: Table | null; title: TableCell | null } {
  const rows: { row: TableRow; soleCellSpan: number; columns: number; heading: boolean }[] = [];
  const spans = new RowSpans();
  const collectRows = (element: Element) => {
    for (const child of element.children) {
      if (child.type !== "element") continue;
      if (isRow(child)) {
        const cellElements = child.children.filter((cell): cell is Element => cell.type === "element" && isCell(cell));
        const written = cellElements.map((cell) => {
          const at = firstTextPosition(cell) ?? { line: cell.position?.start.line ?? 1, column: cell.position?.start.column ?? 1 };
          const text = textOf(cell).replace(/\s+/g, " ").trim();
          return {
            cell: { text, line: at.line, column: at.column },
            rowSpan: Number(cell.properties.rowSpan ?? 1),
            // (a remark across the table stays one cell: see soleCellSpan)
            colSpan: cellElements.length === 1 ? 1 : Math.min(columnSpanOf(cell), MAX_COLUMN_SPAN),
          };
        });
        const cells = spans.row(written);
        const first = written[0]?.cell ?? cells[0];
        // a row written as one cell: how many columns it spans (colspan), to tell a remark across the table
        const soleCellSpan = written.length === 1 && cells.length === 1 ? columnSpanOf(cellElements[0]) : 0;
        // the columns the row fills as the page shows it: its cells' colspans, and the cells spanned from above
        const fromAbove = cells.filter((cell) => cell.spanned).length - written.reduce((sum, { colSpan }) => sum + colSpan - 1, 0);
        const columns = cellElements.reduce((sum, cell) => sum + columnSpanOf(cell), fromAbove);
        const heading = element.tagName === "thead" || (cellElements.length > 0 && cellElements.every(isHeaderCell));
        if (cells.length > 0)
          rows.push({ row: { line: first.line, endLine: child.position?.end.line ?? first.line, cells }, soleCellSpan, columns, heading });
      } else collectRows(child);
    }
  };
  collectRows(node);
  if (rows.length === 0 || !node.position) return { table: null, title: null };
  const width = Math.max(...rows.map(({ columns }) => columns));
  const spansTable = (soleCellSpan: number) => width > 1 && soleCellSpan >= width;
  const firstCell = rows[0].row.cells[0];
  const title = titled && spansTable(rows[0].soleCellSpan) && readsAsTitle(firstCell.text) ? firstCell : null;
  const body = title ? rows.slice(1) : rows;
  // the rows above the header that span the table (a caption, an introducing sentence) name no columns: the
  // header is the first row of cells; rows that span the table below it are remarks
  const headerAt = body.findIndex(({ soleCellSpan }) => !spansTable(soleCellSpan));
  if (headerAt < 0 && title) return { table: null, title };
  const header = Math.max(0, headerAt);
  // a header of two or three rows ("처리 항목" over "필수 | 선택"): the rows of heading cells under the first are
  // part of it, each column named by its cells top to bottom
  let headerRows = 1;
  while (
    headerRows < MAX_HEADER_ROWS &&
    body[header].heading &&
    body[header + headerRows]?.heading &&
    (body[header].row.cells.some((cell) => cell.spanned) || body[header + headerRows].row.cells.some((cell) => cell.spanned)) &&
    !spansTable(body[header + headerRows].soleCellSpan)
  )
    headerRows++;
  const headerRow = headerRows === 1 ? body[header].row : joinedHeader(body.slice(header, header + headerRows).map(({ row }) => row));
  const notes = body.filter(({ soleCellSpan }, index) => (index < header || index >= header + headerRows) && spansTable(soleCellSpan));
  // a <caption> read as a heading ("<caption>5. 처리 위탁</caption>") heads its own table: the table starts there, in
  // the section the caption opens, not on the <table> line before it
  const caption = node.children.find((child): child is Element => child.type === "element" && child.tagName === "caption");
  const table: Table = {
    form: "html",
    startLine: title ? body[header].row.line : (caption?.position?.start.line ?? node.position.start.line),
    endLine: node.position.end.line,
    header: headerRow,
    rows: body
      .slice(header + headerRows)
      .filter(({ soleCellSpan }) => !spansTable(soleCellSpan))
      .map(({ row }) => row),
    ...(notes.length > 0 ? { notes: notes.map(({ row }) => row) } : {}),
  };
  return { table, title };
}

// a cell spans at most this many columns (a hostile colspan="100000" would make a row of that many)
const MAX_COLUMN_SPAN = 50;
const MAX_HEADER_ROWS = 3;

/** The rows of a header read as one: each column's texts, top to bottom, once each ("처리 항목 필수"). */
function joinedHeader(rows: readonly TableRow[]): TableRow {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const cells: TableCell[] = [];
  for (let column = 0; column < width; column++) {
    const texts: string[] = [];
    for (const row of rows) {
      const text = row.cells[column]?.text ?? "";
      if (text !== "" && !texts.includes(text)) texts.push(text);
    }
    const own = rows.map((row) => row.cells[column]).find((cell) => cell !== undefined && !cell.spanned) ?? rows[0].cells[column];
    cells.push({ ...own, text: texts.join(" "), ...(own.spanned ? { spanned: true as const } : {}) });
  }
  return { line: rows[0].line, endLine: rows[rows.length - 1].endLine, cells };
}

/** A table's first row across it reads as a title: short, not a sentence, not a remark ("※ …"). */
const readsAsTitle = (text: string) => text.length >= 2 && !/^[※*]/.test(text) && isTitleText(text, MAX_VISUAL_TITLE_LENGTH);

/** The columns a cell spans: its colspan, 1 when it gives none. */
function columnSpanOf(cell: Element): number {
  const span = Number(cell.properties.colSpan ?? 1);
  return Number.isInteger(span) && span > 0 ? span : 1;
}

/**
 * The tables of HTML set inside another format (a Markdown file's HTML blocks), read from `text` as a page
 * fragment: `text` keeps the file's lines and columns, everything but the HTML blanked.
 */
export function parseHtmlTables(text: string): Table[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(text) as Root;
  const tables: Table[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === "element" && isTable(node)) {
      const table = tableOf(node);
      if (table) tables.push(table);
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return tables;
}

// elements that open a block of text of their own: text in one never goes on a sentence of the block before it
const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "dd",
  "dt",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "section",
  "article",
  "pre",
]);

/**
 * The lines on which the page's list items (<li>) start their text, in tables and wherever else they stand, and
 * those on which any block element (a paragraph, an item, a cell, a heading) starts its text.
 */
function blockLinesOf(tree: Root): { listItemLines: Set<number>; blockStartLines: Set<number>; definitionTerms: Map<number, number> } {
  const listItemLines = new Set<number>();
  const blockStartLines = new Set<number>();
  const definitionTerms = new Map<number, number>();
  // a stack, not recursion: a page's elements nest thousands deep
  const stack: (Root | RootContent)[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "element" && BLOCKS.has(node.tagName)) {
      const at = firstTextPosition(node);
      if (at) {
        blockStartLines.add(at.line);
        if (node.tagName === "li") listItemLines.add(at.line);
      }
    }
    if (node.type === "element" && node.tagName === "dl") addDefinitionTerms(node, definitionTerms);
    if ("children" in node) stack.push(...node.children);
  }
  return { listItemLines, blockStartLines, definitionTerms };
}

/** Each term of the list with the description after it, where the description's text starts on a later line. */
function addDefinitionTerms(list: Element, terms: Map<number, number>): void {
  const items = list.children.filter((child): child is Element => child.type === "element");
  items.forEach((term, at) => {
    const description = items[at + 1];
    if (term.tagName !== "dt" || description?.tagName !== "dd") return;
    const termAt = firstTextPosition(term);
    const descriptionAt = firstTextPosition(description);
    if (termAt && descriptionAt && descriptionAt.line > termAt.line) terms.set(termAt.line, descriptionAt.line);
  });
}

export function parseHtmlStructure(text: string): HtmlStructure {
  const tree = unified().use(rehypeParse, { fragment: false }).parse(text) as Root;
  const boldClasses = boldClassesOf(tree);
  const headings: Heading[] = [];
  const visualHeadings: VisualHeading[] = [];
  const tables: Table[] = [];
  const headingTags: HeadingTag[] = [];
  let pageTitle: TitleLine | null = null;
  const tagBodyColumns = new Map<Heading, number>();
  const controls: PanelControl[] = [];
  const tabPanels: Element[] = [];
  const byId = new Map<string, Element>();
  const summaries: { summary: Element; above: number }[] = [];
  const linkLists: TableOfContents[] = [];
  // the level of the last heading tag seen, one entry per <details> open around the visit: a heading folded in a
  // <details> is not above the <summary> of the next one
  const tagLevels = [0];
  // the level of the heading each open <details>'s <summary> became (0 for none): the panel's heading tags are under it
  const summaryLevels: number[] = [];
  const summaryFloor = () => (summaryLevels.length === 0 ? 0 : Math.max(...summaryLevels));
  const visit = (node: Root | RootContent, parent: Element | Root | null = null, inSections = true, index = 0, region: Region = "page") => {
    if (node.type === "element" && node.properties) {
      const { id, role, ariaControls, dataToggle, dataBsToggle } = node.properties;
      if (typeof id === "string" && !byId.has(id)) byId.set(id, node);
      // (a Bootstrap panel by its class: `<div class="tab-pane" id="tab3">`)
      if (tokensOf(role).includes("tabpanel") || tokensOf(node.properties.className).includes("tab-pane")) tabPanels.push(node);
      if (role !== undefined || ariaControls !== undefined || dataToggle !== undefined || dataBsToggle !== undefined) {
        const control = panelControlOf(node);
        if (control) controls.push(control);
      }
      for (let at = 0; at < node.children.length; at++) {
        const control = node.children[at].type === "element" ? siblingPanelControl(node.children, at) : null;
        if (control) controls.push(control);
      }
    }
    if (node.type === "element" && (node.tagName === "ol" || node.tagName === "ul")) {
      const toc = linkListToc(node, underTocLabel(parent, index));
      if (toc) linkLists.push(toc);
    }
    if (node.type === "element" && node.tagName === "title" && !pageTitle) {
      const at = firstTextPosition(node);
      const content = textOf(node).replace(/\s+/g, " ").trim();
      if (at && content) pageTitle = { text: content, ...at };
      return;
    }
    // a heading tag inside a <details> whose <summary> titles it is a part of that panel: a level under the summary
    const ownLevel = node.type === "element" ? headingLevelOf(node) : null;
    const tagLevel = ownLevel === null ? null : Math.min(6, Math.max(ownLevel, summaryFloor() + 1));
    if (node.type === "element" && tagLevel !== null && node.position) {
      const at = firstTextPosition(node) ?? { line: node.position.start.line, column: node.position.start.column };
      const content = headingTextOf(node);
      const heading = headingFromMarkup(content, tagLevel, { ...at, titleColumn: at.column });
      if (content) {
        const chrome =
          regionOf(node, region) === "chrome" || isWhollyLink(node) || (parent !== null && followedByNavigation(parent, index));
        headingTags.push({
          title: { text: content, ...at },
          heading: heading ?? null,
          level: tagLevel,
          chrome,
        });
      }
      // a heading tag with no text (an icon, "<h2><i class='icon'></i></h2>") titles nothing: the title the page sets
      // after it is read as a title of its own
      if (heading && content) headings.push(heading);
      if (heading && content) tagLevels[tagLevels.length - 1] = tagLevel;
      const end = node.position.end;
      if (heading && end.line === at.line) tagBodyColumns.set(heading, end.column);
      return;
    }
    // a table that lays out the page (an e-mail's, its cells holding the tables of data) is no table: what is in
    // its cells is read, as a <div>'s is
    if (node.type === "element" && isTable(node) && !holdsTable(node)) {
      // a table whose first row is a title across it is a section: the title heads it, the rows below are its body
      const { table, title } = readTable(node, inSections);
      const heading = title && headingFromMarkup(title.text, 0, { line: title.line, column: title.column, titleColumn: title.column });
      if (heading) visualHeadings.push({ heading, kind: "table-title-row" });
      if (table) tables.push(table);
      return;
    }
    // a <summary> that holds a heading tag is that heading's wrapper: the tag is read
    if (node.type === "element" && node.tagName === "summary" && inSections && !hasHeadingTag(node)) {
      const above = tagLevels[tagLevels.length - 1];
      summaries.push({ summary: node, above });
      if (summaryLevels.length > 0 && titlesPanel(textOf(node).replace(/\s+/g, " ").trim()))
        summaryLevels[summaryLevels.length - 1] = levelUnder(above);
      return;
    }
    // a list item's own title, marked by its class ("<li><p class='title'>제목</p><p>…</p></li>", a list of the
    // policy's sections), is a title; a bold word in a list item is not
    const itemTitle = !inSections && parent?.type === "element" && parent.tagName === "li";
    if (node.type === "element" && (inSections || itemTitle) && parent) {
      const found = visualKind(node, parent, index, boldClasses);
      const kind = found && (inSections || found.includes(".")) ? found : null;
      const content = kind ? textOf(node).replace(/\s+/g, " ").trim() : "";
      const at = kind ? firstTextPosition(node) : null;
      // (a title the markup sets apart may be a question without its mark: "<p class='title'>어디에 쓰나요</p>")
      if (kind && at && content.length >= 2 && (isTitleText(content, MAX_VISUAL_TITLE_LENGTH) || isUnmarkedQuestion(content))) {
        const heading = headingFromMarkup(content, 0, { ...at, titleColumn: at.column });
        if (heading) visualHeadings.push({ heading, kind });
        return;
      }
    }
    const sections = inSections && !(node.type === "element" && NOT_SECTIONS.has(node.tagName));
    // a plain loop: a page's elements nest thousands deep, and each call in between would cost a frame
    const childRegion = node.type === "element" ? regionOf(node, region) : region;
    const details = node.type === "element" && node.tagName === "details";
    if (details) {
      tagLevels.push(tagLevels[tagLevels.length - 1]);
      summaryLevels.push(0);
    }
    if ("children" in node)
      for (let child = 0; child < node.children.length; child++) visit(node.children[child], node, sections, child, childRegion);
    if (details) {
      tagLevels.pop();
      summaryLevels.pop();
    }
  };
  visit(tree);
  const { listItemLines, blockStartLines, definitionTerms } = blockLinesOf(tree);
  const widgets = controls.length > 0 ? panelStructure(controls, tabPanels, byId, headings) : { panelHeadings: [], tabLists: [] };
  const panelHeadings = summaries.length > 0 ? [...widgets.panelHeadings, ...summaryHeadings(summaries)] : widgets.panelHeadings;
  // a list of links to the page's own headings is its table of contents, as a tab list is (the headings an
  // accordion's <summary> or a tab gives too)
  const titles = [...headings, ...visualHeadings.map(({ heading }) => heading), ...panelHeadings.map(({ heading }) => heading)].map(
    (heading) => heading.title,
  );
  // (a tab list is also a list of links to its panels: the same lines are one table of contents)
  const tabLines = new Set(widgets.tabLists.map((toc) => `${toc.startLine}:${toc.endLine}`));
  const tabLists = [
    ...widgets.tabLists,
    ...linkLists.filter((toc) => !tabLines.has(`${toc.startLine}:${toc.endLine}`) && listsHeadingTitles(toc.entries, titles)),
  ].sort((a, b) => a.startLine - b.startLine);
  const { title, titleIsChrome, logo } = pageHeadingTitle(headingTags);
  // the logo above the policy's own title heads the page, not a section of the policy
  const sections = logo ? headings.filter((heading) => heading !== logo) : headings;
  return {
    headings: sections,
    visualHeadings,
    tables,
    title,
    titleIsChrome,
    pageTitle,
    panelHeadings,
    tabLists,
    tagBodyColumns,
    listItemLines,
    blockStartLines,
    definitionTerms,
  };
}

/**
 * The heading tags and the headings a page shows without them, in one outline. Which of a visual kind and a
 * heading tag is the other's parent is what the page shows: a parent's title is followed at once by its first
 * child's (<div class="title">제3자 제공</div><h4>법령에 따른 제공</h4>), a child's by its text; where that does not
 * tell, the one that comes first is the parent. A kind sits under every tag depth it is not the parent of. Heading
 * tags keep their depth where there is room, and move down one where a visual kind takes their place.
 */
/**
 * True when two kinds of heading number one run between them: each numbered, at least two of each, and in line
 * order every number greater than the one before it (the numbers between may title sections another way, a
 * table's row header); a sub-number ("8-1.") belongs to the section before it and is left out.
 */
function numberedTogether(kind: readonly Heading[], tag: readonly Heading[]): boolean {
  const own = (headings: readonly Heading[]) =>
    headings.filter((heading) => heading.style !== "decimal-sub" && heading.numbering !== "decimal-sub");
  const [ofKind, ofTag] = [own(kind), own(tag)];
  if (ofKind.length < 2 || ofTag.length < 2 || [...ofKind, ...ofTag].some((heading) => heading.number === null)) return false;
  const run = [...ofKind, ...ofTag].sort((a, b) => a.line - b.line);
  return run.every((heading, at) => at === 0 || heading.number! > run[at - 1].number!);
}

export function withVisualHeadings(tagged: Heading[], visual: VisualHeading[], plain: readonly string[]): Heading[] {
  if (visual.length === 0) return tagged;
  type Entry = { heading: Heading; label: string };
  const entries: Entry[] = [
    ...tagged.map((heading) => ({ heading, label: `h${heading.marker.length}` })),
    ...visual.map(({ heading, kind }) => ({ heading, label: kind })),
  ].sort((a, b) => a.heading.line - b.heading.line);
  const first = new Map<string, number>();
  for (const { heading, label } of entries) if (!first.has(label)) first.set(label, heading.line);
  // how often a heading of one label is followed at once, with no text between, by one of another
  const leads = new Map<string, number>();
  for (let at = 0; at + 1 < entries.length; at++) {
    const [current, next] = [entries[at], entries[at + 1]];
    if (current.label === next.label || current.heading.line === next.heading.line) continue;
    let textBetween = false;
    for (let line = current.heading.line + 1; line < next.heading.line && !textBetween; line++)
      textBetween = plain[line - 1]?.trim() !== "";
    if (!textBetween) leads.set(`${current.label}>${next.label}`, (leads.get(`${current.label}>${next.label}`) ?? 0) + 1);
  }
  const linesOf = (label: string) => entries.filter((entry) => entry.label === label).map((entry) => entry.heading.line);
  const isParent = (kind: string, tag: string) => {
    // unnumbered titles of a kind that run together above every heading of the tag (a row of summary cards, "<div
    // class='card'><strong>무엇을 모으나요?</strong>…") head none of the sections below them: their last would
    // take them all, the first tag right after it or not
    const kindLines = linesOf(kind);
    const tagLines = linesOf(tag);
    const runTogether =
      kindLines.length > 1 &&
      tagLines.every((line) => line > kindLines[kindLines.length - 1]) &&
      entries.every((entry) => entry.label !== kind || entry.heading.number === null);
    if (runTogether) return false;
    const over = leads.get(`${kind}>${tag}`) ?? 0;
    const under = leads.get(`${tag}>${kind}`) ?? 0;
    return over !== under ? over > under : first.get(kind)! < first.get(tag)!;
  };
  const depths = [...new Set(tagged.map((heading) => heading.marker.length))];
  // a kind's place: half a level under the deepest tag it is not the parent of, kinds in order of appearance; a kind
  // numbered on with a tag's headings ("<h2>2. …</h2>", then "<p><span class='c7'>3. …</span></p>", then "<h2>5. …")
  // is that tag's level, the page setting some of its sections apart by style alone
  const placeOf = new Map<string, number>();
  let order = 0;
  for (const kind of first.keys()) {
    if (kind.startsWith("h") && /^h\d$/.test(kind)) continue;
    const ofKind = entries.filter((entry) => entry.label === kind).map((entry) => entry.heading);
    const peer = depths.find((depth) =>
      numberedTogether(
        ofKind,
        tagged.filter((heading) => heading.marker.length === depth),
      ),
    );
    if (peer !== undefined) {
      placeOf.set(kind, peer);
      continue;
    }
    const under = depths.filter((depth) => !isParent(kind, `h${depth}`));
    placeOf.set(kind, Math.max(0, ...under) + 0.5 + order++ / 100);
  }
  const places = [...new Set([...depths, ...placeOf.values()])].sort((a, b) => a - b);
  const depthAt = new Map<number, number>();
  let depth = 0;
  for (const place of places) {
    depth = Number.isInteger(place) ? Math.max(place, depth + 1) : depth + 1;
    depthAt.set(place, depth);
  }
  // (a sub-number among a kind's titles, "5-1. 자동 수집 장치", is a part of the section before it: a level below)
  return entries.map(({ heading, label }) => {
    const place = placeOf.get(label) ?? heading.marker.length;
    const below = placeOf.has(label) && heading.numbering === "decimal-sub" ? 1 : 0;
    return { ...heading, marker: "#".repeat(depthAt.get(place)! + below) };
  });
}
