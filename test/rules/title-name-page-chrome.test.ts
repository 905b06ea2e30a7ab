// title-name and where whole-policy findings land on a page saved from a CMS: the site's logo or name in an
// <h1> above its menus is page chrome, and the policy's own title is the heading after it.
import { describe, expect, it } from "vitest";
import { findingsOf, linesOf } from "../helpers.js";
import { parsePolicy } from "../../src/parse/index.js";

const PREAMBLE = "<p>한솔군(이하 '군')은 「개인정보 보호법」 제30조에 따라 다음과 같이 개인정보 처리방침을 수립·공개합니다.</p>";

async function titleOf(html: string[]) {
  return (await parsePolicy(html.join("\n"), "html")).title;
}

describe("title-name on a page whose <h1> is the site's logo", () => {
  it("takes the heading after a logo in the page's <header> as the title", async () => {
    const html = [
      "<html><body>",
      '<header class="top">',
      '  <h1 class="logo"><a href="/main.do">한솔군 열린민원</a></h1>', // 3
      '  <ul class="menu"><li><a href="/a">민원 안내</a></li><li><a href="/b">자료실</a></li></ul>',
      "</header>",
      "<main>",
      "  <h3>개인정보 처리방침</h3>", // 7
      `  ${PREAMBLE}`,
      "</main></body></html>",
    ];
    expect(await linesOf("title-name", html, "html")).toEqual([]);
    expect((await titleOf(html))?.line).toBe(7);
    // a finding about the whole policy lands on the policy's title, not on the logo
    expect(await linesOf("dpo-contact", html, "html")).toEqual([7]);
  });

  it("reads an older layout: a header division, a logo linked home, the title in the content", async () => {
    const html = [
      '<html><body><div id="wrap">',
      '<div id="hd"><h1><a href="/"><span>다온시 상수도사업소</span></a></h1></div>', // 2
      '<div id="container">',
      '<h2 class="subject">개인정보 처리방침</h2>', // 4
      PREAMBLE,
      "</div></div></body></html>",
    ];
    expect(await linesOf("title-name", html, "html")).toEqual([]);
    expect((await titleOf(html))?.line).toBe(4);
  });

  it("passes over a site name set before the page's navigation", async () => {
    const html = [
      "<html><body>",
      "<h1>누리 복지관</h1>", // 2
      '<nav><a href="/">처음으로</a> <a href="/intro">기관 소개</a></nav>',
      "<h2>누리 복지관 개인정보 처리방침</h2>", // 4
      PREAMBLE,
      "</body></html>",
    ];
    expect(await linesOf("title-name", html, "html")).toEqual([]);
    expect((await titleOf(html))?.line).toBe(4);
    expect(await linesOf("required-purpose", html, "html")).toEqual([4]);
  });

  it("leaves the logo out of the section tree", async () => {
    const html = [
      "<html><body>",
      '<header><h1 class="site-name">한솔군 열린민원</h1></header>',
      "<h2>개인정보 처리방침</h2>",
      PREAMBLE,
      "<h3>1. 개인정보의 처리 목적</h3>",
      "<p>민원 처리를 위하여 개인정보를 처리합니다.</p>",
      "</body></html>",
    ];
    const document = await parsePolicy(html.join("\n"), "html");
    expect(document.allSections.map((section) => section.heading.title)).not.toContain("한솔군 열린민원");
  });
});

describe("title-name still judges the policy's own title", () => {
  it("fires on the policy's older name after a logo, at that heading", async () => {
    const html = [
      "<html><body>",
      '<header><h1 class="logo"><a href="/">한솔군 열린민원</a></h1></header>',
      "<h2>개인정보취급방침</h2>", // 3
      PREAMBLE,
      "</body></html>",
    ];
    const findings = await findingsOf("title-name", html.join("\n"), "html");
    expect(findings.map((finding) => finding.line)).toEqual([3]);
    expect(findings[0].message).toContain("개인정보취급방침");
  });

  it("fires on a bare document whose <h1> is another name for the policy", async () => {
    const html = ["<html><body>", "<h1>개인정보 보호정책</h1>", PREAMBLE, "<h2>1. 처리 목적</h2>", "</body></html>"];
    expect(await linesOf("title-name", html, "html")).toEqual([2]);
  });

  it("fires on another name for the policy in an article's own header, which is no page chrome", async () => {
    const html = ["<html><body><article>", "<header><h1>개인정보취급방침</h1></header>", PREAMBLE, "</article></body></html>"];
    expect(await linesOf("title-name", html, "html")).toEqual([2]);
  });

  it("keeps a text policy's first line as its title", async () => {
    expect(await linesOf("title-name", ["개인정보 보호정책", "", PREAMBLE.replace(/<\/?p>/g, "")])).toEqual([1]);
  });
});
