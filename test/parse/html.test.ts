import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const outline = (document: Awaited<ReturnType<typeof parsePolicy>>) =>
  document.allSections.map((section) => [section.startLine, section.level, section.heading.title]);

describe("HTML headings shown without heading tags, beside <hN> sub-headings", () => {
  // a hospital page: each item's title in a <div class="title">, two of them with <h4> sub-headings
  const page = [
    "<html><body>", // 1
    '<div class="page-title">다온병원 개인정보 처리방침</div>', // 2
    "<p>다온병원은 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다. 시행일: 2026년 3월 1일</p>", // 3
    '<div class="title">개인정보의 처리 목적</div>', // 4
    "<p>진료 예약과 진료비 청구에 씁니다.</p>", // 5
    '<div class="title">개인정보의 제3자 제공</div>', // 6
    "<h4>법령에 따른 제공</h4>", // 7
    "<p>국민건강보험공단: 요양급여비용 청구, 성명·진료 내역</p>", // 8
    "<h4>동의에 따른 제공</h4>", // 9
    "<p>환자가 고른 보험회사: 보험금 청구, 진료비 영수증</p>", // 10
    '<div class="title">개인정보 처리방침의 변경</div>', // 11
    "<p>바꿀 때에는 시행 7일 전부터 누리집에 알리고, 중요한 변경은 30일 전부터 알립니다.</p>", // 12
    "</body></html>", // 13
  ].join("\n");

  it("counts both, an <h4> under a <div class='title'> section as its child", async () => {
    const document = await parsePolicy(page, "html");
    expect(outline(document)).toEqual([
      [2, 1, "다온병원 개인정보 처리방침"],
      [4, 1, "개인정보의 처리 목적"],
      [6, 1, "개인정보의 제3자 제공"],
      [7, 2, "법령에 따른 제공"],
      [9, 2, "동의에 따른 제공"],
      [11, 1, "개인정보 처리방침의 변경"],
    ]);
  });

  it("finds the change section's notice periods", async () => {
    expect(await findingsOf("change-notice", page, "html")).toEqual([]);
  });

  it("reads a <summary> over an <hN> inside its <details> as the section", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>다온병원 개인정보 처리방침</h1>", // 2
      "<details open><summary>처리하는 개인정보의 항목</summary>", // 3
      "<h4>동의 없이 처리하는 항목</h4>", // 4
      "<p>진료: 성명, 주민등록번호, 진료 정보</p>", // 5
      "<h4>동의를 받아 처리하는 항목</h4>", // 6
      "<p>누리집 회원: 아이디, 휴대전화번호</p>", // 7
      "</details>", // 8
      "<details><summary>개인정보의 파기 절차 및 방법</summary>", // 9
      "<p>보존 기간이 지나면 닷새 안에 지웁니다.</p>", // 10
      "</details>", // 11
      "</body></html>", // 12
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(outline(document)).toEqual([
      [2, 1, "다온병원 개인정보 처리방침"],
      [3, 1, "처리하는 개인정보의 항목"],
      [4, 2, "동의 없이 처리하는 항목"],
      [6, 2, "동의를 받아 처리하는 항목"],
      [9, 1, "개인정보의 파기 절차 및 방법"],
    ]);
  });

  it("puts bold paragraphs and a <strong> on a line of its own under the <h2> sections they follow", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>다온몰 개인정보 처리방침</h1>", // 2
      "<h2>1. 개인정보의 파기</h2>", // 3
      "<p><b>파기 절차</b></p>", // 4
      "<p>보유 기간이 지난 정보는 닷새 안에 지웁니다.</p>", // 5
      "<p><strong>파기 방법</strong></p>", // 6
      "<p>전자 파일은 되살릴 수 없게 지웁니다.</p>", // 7
      "<h2>2. 개인정보의 안전성 확보조치</h2>", // 8
      "<div><strong>관리적 조치</strong><p>내부관리계획을 세워 시행합니다.</p></div>", // 9
      "<h2>3. 개인정보 보호책임자</h2>", // 10
      "<p>보호책임자: 운영이사 한다온, 02-800-0000</p>", // 11
      "</body></html>", // 12
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(outline(document)).toEqual([
      [2, 1, "다온몰 개인정보 처리방침"],
      [3, 1, "개인정보의 파기"],
      [4, 2, "파기 절차"],
      [6, 2, "파기 방법"],
      [8, 1, "개인정보의 안전성 확보조치"],
      [9, 2, "관리적 조치"],
      [10, 1, "개인정보 보호책임자"],
    ]);
  });

  // a row of summary cards above the sections, each titled in <strong>: the last card is not the parent of every
  // section after it, and a finding about an item points at its section, not at its card
  it("keeps a row of summary cards under the title, apart from the <h2> sections below them", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>다온보험 개인정보 처리방침</h1>", // 2
      '<div class="card"><strong>무엇을 모으나요?</strong><p>이름, 연락처</p></div>', // 3
      '<div class="card"><strong>해외로 가나요?</strong><p>알림 발송 업체(미국)로 일부 이전됩니다</p></div>', // 4
      '<div class="card"><strong>문의</strong><p>개인정보팀 02-800-0000</p></div>', // 5
      "<h2>어떤 정보를 모으나요?</h2>", // 6
      "<p>이름, 연락처, 보험 설계 정보를 모읍니다.</p>", // 7
      "<h2>해외로 가나요?</h2>", // 8
      "<p>Skyward Messaging Inc.(미국)에 푸시 토큰을 앱 이용 시 수시로 보내 알림 발송에 쓰고, 탈퇴 시까지 보관합니다.</p>", // 9
      "<p>원하지 않으면 앱 설정에서 알림을 끄거나 help@daon.example로 요청하시면 되며, 끄면 알림을 받을 수 없습니다.</p>", // 10
      "</body></html>", // 11
    ].join("\n");
    const document = await parsePolicy(html, "html");
    const card = document.allSections.find((section) => section.startLine === 5)!;
    const sections = document.allSections.filter((section) => section.startLine >= 6);
    expect(card.endLine).toBe(5);
    expect(sections.map((section) => [section.startLine, section.level <= card.level])).toEqual([
      [6, true],
      [8, true],
    ]);
    expect((await findingsOf("overseas-transfer", html, "html")).map((finding) => finding.line)).toEqual([8]);
  });

  it("reports the officer's e-mail-only contact at the officer's section, not at a label box's entry", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>말벗 개인정보 처리방침</h1>", // 2
      "<h2>주요 처리 표시</h2>", // 3
      '<div class="label-box">', // 4
      "<div><strong>처리 목적</strong><br>대화 서비스 제공</div>", // 5
      "<div><strong>고충처리 부서</strong><br>프라이버시팀</div>", // 6
      "</div>", // 7
      "<h2>개인정보 보호책임자</h2>", // 8
      "<p>성명: 한지우 / 직책: CTO / 전자우편: cpo@malbeot.example</p>", // 9
      "</body></html>", // 10
    ].join("\n");
    expect((await findingsOf("dpo-contact", html, "html")).map((finding) => [finding.line, finding.messageId])).toEqual([[8, "emailOnly"]]);
  });

  it("keeps bold sub-headings under the <h2> sections even when a bold line stands above the first one", async () => {
    const html = [
      "<html><body>", // 1
      "<h1>다온몰 개인정보 처리방침</h1>", // 2
      "<p><b>개정 안내</b></p>", // 3: a notice above the sections
      "<p>2026년 3월 1일부터 보유 기간이 바뀝니다.</p>", // 4
      "<h2>1. 개인정보의 파기</h2>", // 5
      "<p><b>파기 절차</b></p>", // 6
      "<p>보유 기간이 지난 정보는 닷새 안에 지웁니다.</p>", // 7
      "<p><b>파기 방법</b></p>", // 8
      "<p>전자 파일은 되살릴 수 없게 지웁니다.</p>", // 9
      "<h2>2. 개인정보 보호책임자</h2>", // 10
      "<p><b>보호책임자</b></p>", // 11
      "<p>운영이사 한다온, 02-800-0000</p>", // 12
      "<p><b>담당 부서</b></p>", // 13
      "<p>고객지원팀, 02-800-0001</p>", // 14
      "<h2>3. 개인정보 처리방침의 변경</h2>", // 15
      "<p>바꿀 때에는 7일 전부터 알립니다.</p>", // 16
      "</body></html>", // 17
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(outline(document)).toEqual([
      [2, 1, "다온몰 개인정보 처리방침"],
      [3, 2, "개정 안내"],
      [5, 1, "개인정보의 파기"],
      [6, 2, "파기 절차"],
      [8, 2, "파기 방법"],
      [10, 1, "개인정보 보호책임자"],
      [11, 2, "보호책임자"],
      [13, 2, "담당 부서"],
      [15, 1, "개인정보 처리방침의 변경"],
    ]);
    expect(document.allSections.find((section) => section.startLine === 10)?.endLine).toBe(14);
  });

  it("does not take bold words in a sentence, a bold label, a bold sentence, a table's header or a menu for headings", async () => {
    const html = [
      "<html><body>", // 1
      '<nav><div class="title">고객센터</div><a href="/terms"><strong>이용약관</strong></a></nav>', // 2
      "<h1>다온몰 개인정보 처리방침</h1>", // 3
      "<h2>1. 개인정보의 처리 목적</h2>", // 4
      "<p>회사는 <strong>주문 처리</strong>에만 개인정보를 씁니다.</p>", // 5
      "<ul><li><strong>회원 관리:</strong> 본인 확인</li></ul>", // 6
      "<p><b>회사는 개인정보를 목적 밖으로 쓰지 않습니다.</b></p>", // 7
      '<p><a href="#s2"><strong>개인정보 보호책임자</strong></a></p>', // 8: a link, set in bold
      "<table><tr><th><strong>수탁자</strong></th><th><strong>위탁업무</strong></th></tr>", // 9
      "<tr><td>다온택배</td><td>배송</td></tr></table>", // 10
      "<h2>2. 개인정보 보호책임자</h2>", // 11
      "<p>보호책임자: 운영이사 한다온, 02-800-0000</p>", // 12
      "</body></html>", // 13
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(outline(document)).toEqual([
      [3, 1, "다온몰 개인정보 처리방침"],
      [4, 1, "개인정보의 처리 목적"],
      [11, 1, "개인정보 보호책임자"],
    ]);
  });
});

// A tab widget lists its titles together and shows one panel at a time: a tab's title heads its panel, and the
// list of tabs is a table of contents. Before, the tabs were one-line sections in a row and every panel fell into
// the last of them.
describe("HTML tab widgets and accordions", () => {
  const head = ["<html><body>", "<h1>새봄서점 개인정보 처리방침</h1>", "<p>새봄서점(이하 '서점')은 이 방침을 공개합니다.</p>"];
  const panels = (attributes: (index: number) => string) => [
    `<section ${attributes(1)}><p>탈퇴하거나 보관 기한이 끝난 정보는 바로 파기하며, 전산 기록은 복구할 수 없게 삭제하고 인쇄물은 파쇄합니다.</p></section>`,
    `<section ${attributes(2)}>`,
    "<p>회원은 자기 정보의 열람, 고침, 지움, 처리정지를 요구할 수 있으며, 전화(031-222-3344)나 전자우편(books@saebom.example)으로 알려 주시면 됩니다.</p>",
    "</section>",
    `<section ${attributes(3)}><p>책임자: 오하람 점장 (031-222-3344, books@saebom.example)</p></section>`,
  ];
  const tabs = (tag: string, link: (index: number) => string) => [
    '<nav role="tablist">',
    `<${tag} role="tab" ${link(1)}>가. 개인정보를 없애는 절차와 방법</${tag}>`,
    `<${tag} role="tab" ${link(2)}>나. 회원의 권리와 행사 방법</${tag}>`,
    `<${tag} role="tab" ${link(3)}>다. 개인정보 보호책임자</${tag}>`,
    "</nav>",
  ];
  const wholePage = (lines: string[]) => [...head, ...lines, "</body></html>"].join("\n");
  const expectPanelsTitled = async (html: string) => {
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [2, "새봄서점 개인정보 처리방침"],
      [9, "개인정보를 없애는 절차와 방법"],
      [11, "회원의 권리와 행사 방법"],
      [13, "개인정보 보호책임자"],
    ]);
    expect(document.tablesOfContents.map((toc) => [toc.startLine, toc.endLine])).toEqual([[5, 7]]);
    for (const rule of ["required-destruction", "required-rights", "dpo-contact"]) expect(await findingsOf(rule, html, "html")).toEqual([]);
  };

  it("titles each panel by the tab that controls it", async () => {
    await expectPanelsTitled(
      wholePage([
        ...tabs("button", (index) => `aria-controls="pane${index}"`),
        ...panels((index) => `role="tabpanel" id="pane${index}"${index > 1 ? " hidden" : ""}`),
      ]),
    );
  });

  it("titles each panel by the tab its aria-labelledby names, tabs written as links in a list", async () => {
    await expectPanelsTitled(
      wholePage([...tabs("li", (index) => `id="tab${index}"`), ...panels((index) => `role="tabpanel" aria-labelledby="tab${index}"`)]),
    );
  });

  it("titles the panels by order when neither names the other", async () => {
    await expectPanelsTitled(wholePage([...tabs("a", () => ""), ...panels(() => 'role="tabpanel"')]));
  });

  // Bootstrap's markup says "tab" in data attributes and a class, not in ARIA roles: links in a list, each to its
  // pane by "#id", and the panes classed "tab-pane"
  it("titles each Bootstrap pane by the link that toggles it", async () => {
    const bootstrapTabs = [
      '<ul class="nav nav-tabs">',
      ...[1, 2, 3].map(
        (index) => `<li><a href="#pane${index}" data-toggle="tab">${tabs("a", () => "")[index].replace(/<[^>]+>/g, "")}</a></li>`,
      ),
      "</ul>",
    ];
    await expectPanelsTitled(wholePage([...bootstrapTabs, ...panels((index) => `class="tab-pane" id="pane${index}"`)]));
    const bootstrap5 = bootstrapTabs.map((line) => line.replace("data-toggle", "data-bs-toggle"));
    await expectPanelsTitled(wholePage([...bootstrap5, ...panels((index) => `class="tab-pane fade" id="pane${index}"`)]));
  });

  it("reads an accordion's button as the title of the panel below it", async () => {
    const html = wholePage([
      '<button aria-expanded="true" aria-controls="f1">개인정보를 없애는 절차와 방법</button>',
      '<div id="f1"><p>보관 기한이 끝난 정보는 바로 파기하며, 전산 기록은 복구할 수 없게 삭제하고 인쇄물은 파쇄합니다.</p></div>',
      '<button aria-expanded="false" aria-controls="f2">개인정보 보호책임자</button>',
      '<div id="f2" hidden><p>책임자: 오하람 점장 (031-222-3344)</p></div>',
    ]);
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => [section.startLine, section.endLine, section.heading.title])).toEqual([
      [2, 3, "새봄서점 개인정보 처리방침"],
      [4, 5, "개인정보를 없애는 절차와 방법"],
      [6, 8, "개인정보 보호책임자"],
    ]);
    expect(document.tablesOfContents).toEqual([]);
  });

  it("keeps a panel's own heading, and a button that opens a menu is no title", async () => {
    const html = wholePage([
      '<button aria-expanded="false" aria-controls="menu">메뉴</button><ul id="menu"><li>공지</li></ul>',
      ...tabs("button", (index) => `aria-controls="own${index}"`),
      '<div role="tabpanel" id="own1"><h2>개인정보의 파기</h2><p>보관 기한이 끝나면 지체 없이 지웁니다.</p></div>',
    ]);
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => section.heading.title)).toEqual(["새봄서점 개인정보 처리방침", "개인정보의 파기"]);
  });
});

// A disclosure widget's title (a <details>'s <summary>, an accordion's button) heads what it opens whatever its
// words: a plain-spoken title ("이렇게 지웁니다") among formally worded ones is a section, not text of the section
// before it.
describe("HTML disclosure widgets titled in everyday words", () => {
  const accordionPage = (destruction: string) =>
    [
      "<html><body>", // 1
      "<h1>마루책방 개인정보 처리방침</h1>", // 2
      "<details><summary>다 쓴 정보는 이렇게 지웁니다</summary>", // 3
      `<p>${destruction}</p>`, // 4
      "</details>", // 5
      "<details><summary>개인정보 처리 업무의 위탁</summary>", // 6
      "<p>책방은 개인정보 처리 업무를 다른 곳에 맡기지 않습니다.</p>", // 7
      "</details>", // 8
      "<details open><summary>개인정보 보호책임자</summary><p>보호책임자: 점주 윤마루, 02-711-0000, maru@bookshop.example</p>", // 9
      "</details>", // 10
      "</body></html>", // 11
    ].join("\n");
  const complete = accordionPage(
    "보관 기한이 지난 기록은 책임자 확인 후 지체 없이 없애며, 파일은 되살릴 수 없게 삭제하고 종이는 파쇄합니다.",
  );

  it("reads each <summary> as the heading of its <details>, whatever its wording", async () => {
    const document = await parsePolicy(complete, "html");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [2, "마루책방 개인정보 처리방침"],
      [3, "다 쓴 정보는 이렇게 지웁니다"],
      [6, "개인정보 처리 업무의 위탁"],
      [9, "개인정보 보호책임자"],
    ]);
  });

  it("must not fire: required-destruction on a section titled by a <summary> in everyday words", async () => {
    expect(await findingsOf("required-destruction", complete, "html")).toEqual([]);
  });

  it("must fire: required-destruction at the <summary> of a section that gives no method", async () => {
    const findings = await findingsOf(
      "required-destruction",
      accordionPage("보관 기한이 지난 기록은 책임자 확인 후 지체 없이 없앱니다."),
      "html",
    );
    expect(findings.map((finding) => finding.line)).toEqual([3]);
  });

  it("keeps a heading folded in one <details> from nesting the <summary> of the next", async () => {
    const html = [
      "<html><body><h1>마루책방 개인정보 처리방침</h1>", // 1
      "<details><summary>받는 정보</summary>", // 2
      "<h3>주문할 때</h3><p>이름, 주소, 전화번호</p>", // 3
      "</details>", // 4
      "<details><summary>다 쓴 정보는 이렇게 지웁니다</summary>", // 5
      "<p>기한이 지나면 바로 삭제합니다.</p></details>", // 6
      "</body></html>", // 7
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => [section.startLine, section.level, section.heading.title])).toEqual([
      [1, 1, "마루책방 개인정보 처리방침"],
      [2, 1, "받는 정보"],
      [3, 2, "주문할 때"],
      [5, 1, "다 쓴 정보는 이렇게 지웁니다"],
    ]);
  });

  it("reads an accordion button's everyday wording as its panel's title, as a <summary>'s", async () => {
    const html = [
      "<html><body><h1>마루책방 개인정보 처리방침</h1>", // 1
      '<button aria-expanded="false" aria-controls="p1">다 쓴 정보는 이렇게 지웁니다</button>', // 2
      '<div id="p1"><p>기한이 지난 기록은 되살릴 수 없게 삭제하고 종이는 파쇄합니다.</p></div>', // 3
      '<button aria-expanded="false" aria-controls="p2">궁금할 때 연락할 곳</button>', // 4
      '<div id="p2"><p>보호책임자: 점주 윤마루, 02-711-0000</p></div>', // 5
      "</body></html>", // 6
    ].join("\n");
    const document = await parsePolicy(html, "html");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "마루책방 개인정보 처리방침"],
      [2, "다 쓴 정보는 이렇게 지웁니다"],
      [4, "궁금할 때 연락할 곳"],
    ]);
    expect(await findingsOf("required-destruction", html, "html")).toEqual([]);
  });
});

// CMS and minified output set a section's heading and its text on one source line: "<h2>…</h2><p>…</p>". The text
// after the closing heading tag is the section's body, up to the next heading on the line.
describe("HTML heading and body on the same source line", () => {
  const page = (sections: string[]) =>
    [
      "<html><body><h1>다솜공방 개인정보 처리방침</h1>",
      "<p>다솜공방(이하 '공방')은 「개인정보 보호법」 제30조에 따라 이 방침을 공개합니다.</p>",
      ...sections,
      "</body></html>",
    ].join("\n");
  const sameLine = page([
    "<div><h2>1. 개인정보의 처리 목적</h2><p>공방은 수강 신청 접수와 수강료 환불을 위하여 개인정보를 처리합니다.</p></div>", // 3
    "<div><h2>2. 개인정보의 처리 및 보유 기간</h2><p>수강 신청 정보는 강좌가 끝난 뒤 6개월간 보유합니다.</p></div>", // 4
    "<div><h2>3. 개인정보의 파기 절차 및 방법</h2><p>보유 기간이 끝나면 지체 없이 파기하며, 파일은 복구할 수 없게 지웁니다.</p></div>", // 5
  ]);

  it("takes the text after the closing heading tag as the section's body", async () => {
    const document = await parsePolicy(sameLine, "html");
    const bodies = document.allSections.filter((section) => section.heading.number !== null).map((section) => section.heading.inlineBody);
    expect(bodies).toEqual([
      "공방은 수강 신청 접수와 수강료 환불을 위하여 개인정보를 처리합니다.",
      "수강 신청 정보는 강좌가 끝난 뒤 6개월간 보유합니다.",
      "보유 기간이 끝나면 지체 없이 파기하며, 파일은 복구할 수 없게 지웁니다.",
    ]);
  });

  it.each(["required-purpose", "required-retention", "required-destruction"])(
    "must not fire: %s on a section whose body shares its heading's line",
    async (rule) => {
      expect(await findingsOf(rule, sameLine, "html")).toEqual([]);
    },
  );

  it("must fire: a heading with nothing after it on its line, and no text below, is still hollow", async () => {
    const hollow = page([
      "<div><h2>1. 개인정보의 처리 목적</h2><p>공방은 수강 신청 접수를 위하여 개인정보를 처리합니다.</p></div>",
      "<div><h2>2. 개인정보의 파기 절차 및 방법</h2></div>", // 4
      "<div><h2>3. 개인정보의 처리 및 보유 기간</h2><p>수강 신청 정보는 강좌가 끝난 뒤 6개월간 보유합니다.</p></div>",
    ]);
    expect((await findingsOf("required-destruction", hollow, "html")).map((finding) => [finding.line, finding.messageId])).toEqual([
      [4, "hollow"],
    ]);
  });

  it("gives each heading of a page written on one line the text up to the next heading", async () => {
    const oneLine = sameLine.replace(/\n/g, "");
    const document = await parsePolicy(oneLine, "html");
    const bodies = document.allSections.filter((section) => section.heading.number !== null).map((section) => section.heading.inlineBody);
    expect(bodies).toEqual([
      "공방은 수강 신청 접수와 수강료 환불을 위하여 개인정보를 처리합니다.",
      "수강 신청 정보는 강좌가 끝난 뒤 6개월간 보유합니다.",
      "보유 기간이 끝나면 지체 없이 파기하며, 파일은 복구할 수 없게 지웁니다.",
    ]);
  });
});

// Scripted pages render titles as <div role="heading" aria-level="N">: the ARIA heading is a heading tag of that
// level (2 where the level is not given), whatever its words; a <div> without the role is read as before.
describe("HTML ARIA headings", () => {
  const page = (role: string) =>
    [
      "<html><body>", // 1
      `<div ${role} aria-level="1">솔길서점 개인정보 처리방침</div>`, // 2
      "<p>솔길서점은 회원의 개인정보를 아래와 같이 처리합니다.</p>", // 3
      `<div ${role} aria-level="2">보관이 끝난 정보를 없애는 방법</div>`, // 4
      "<p>기간이 지난 기록은 지체 없이 되살릴 수 없게 삭제하고, 종이 영수증은 파쇄합니다.</p>", // 5
      `<div ${role}>개인정보 보호책임자</div>`, // 6
      "<p>보호책임자: 점장 한솔, 02-333-0000, sol@bookshop.example</p>", // 7
      "</body></html>", // 8
    ].join("\n");

  it("reads role=heading as a heading tag of its aria-level", async () => {
    const withTags = page('role="heading"')
      .replace(/<div role="heading" aria-level="(\d)">(.*)<\/div>/g, "<h$1>$2</h$1>")
      .replace(/<div role="heading">(.*)<\/div>/g, "<h2>$1</h2>");
    const sections = outline(await parsePolicy(page('role="heading"'), "html"));
    expect(sections.map(([line, , title]) => [line, title])).toEqual([
      [2, "솔길서점 개인정보 처리방침"],
      [4, "보관이 끝난 정보를 없애는 방법"],
      [6, "개인정보 보호책임자"],
    ]);
    expect(sections).toEqual(outline(await parsePolicy(withTags, "html")));
    expect(await findingsOf("required-destruction", page('role="heading"'), "html")).toEqual([]);
  });

  it("does not take a <div> without the role for a heading", async () => {
    const sections = outline(await parsePolicy(page('class="x"'), "html"));
    expect(sections.map(([line]) => line)).not.toContain(4);
  });
});

// A page built of cards or panels titles each body with its header element ("card-header", "panel-head"); a bare
// "header" class is the page's own header, chrome.
describe("HTML component headers", () => {
  const cards = (headerClass: string) =>
    [
      "<html><body>",
      "<h1>온새미로 개인정보 처리방침</h1>",
      ...[
        ["처리 목적", "예약 상담에 씁니다."],
        ["수집 항목", "성명, 휴대전화번호"],
        ["파기", "상담이 끝나면 지체 없이 지웁니다."],
        ["제3자 제공", "제공하지 않습니다."],
      ].flatMap(([title, body]) => [
        `<div class="card"><div class="${headerClass}">${title}</div>`,
        `<div class="card-body"><p>${body}</p></div></div>`,
      ]),
      "</body></html>",
    ].join("\n");

  it.each(["card-header", "panel_head", "box-hd", "section-header"])("reads a %s as its card's title", async (headerClass) => {
    const document = await parsePolicy(cards(headerClass), "html");
    expect(outline(document).map(([line, , title]) => [line, title])).toEqual(
      expect.arrayContaining([
        [3, "처리 목적"],
        [5, "수집 항목"],
        [7, "파기"],
        [9, "제3자 제공"],
      ]),
    );
  });

  it("does not read the page's own header class as a title", async () => {
    const page = ['<html><body><div class="header">누리몰</div>', "<h1>누리몰 개인정보 처리방침</h1>", "<p>본문</p></body></html>"].join(
      "\n",
    );
    expect(outline(await parsePolicy(page, "html")).map(([, , title]) => title)).not.toContain("누리몰");
  });
});

// "<table><caption>5. 처리 위탁</caption>…": a table titled by its caption is the section the caption heads, its rows
// that section's records
describe("HTML tables titled by their caption", () => {
  const page = (processor: string) =>
    [
      "<html><body><h1>바른마켓 개인정보 처리방침</h1>",
      "<table>",
      "<caption>1. 처리 목적</caption>",
      "<tr><th>목적</th><th>항목</th></tr>",
      "<tr><td>주문 처리</td><td>성명, 주소</td></tr>",
      "</table>",
      "<table>",
      "<caption>2. 처리 위탁</caption>",
      "<tr><th>수탁자</th><th>위탁 업무</th></tr>",
      `<tr><td>${processor}</td><td>상품 배송</td></tr>`,
      "</table>",
      "</body></html>",
    ].join("\n");

  it("reads the rows under the caption as the section's", async () => {
    const document = await parsePolicy(page("한빛물류㈜"), "html");
    const section = document.allSections.find((candidate) => candidate.heading.title === "처리 위탁");
    expect(section).toBeDefined();
    expect(document.tables.filter((table) => table.startLine >= section!.startLine && table.startLine <= section!.endLine)).toHaveLength(1);
  });

  it("checks the processor cells, so a kind alone is found and a company is not", async () => {
    expect((await findingsOf("processor-disclosure", page("배송 대행업체"), "html")).map((f) => [f.line, f.messageId])).toEqual([
      [10, "unnamedProcessor"],
    ]);
    expect(await findingsOf("processor-disclosure", page("한빛물류㈜"), "html")).toEqual([]);
  });
});

// "<h2><i class='icon'></i></h2><p class='title'>어디에 쓰나요</p>": the heading tag holds only an icon, and the title
// the page sets after it, a question without its mark, heads the section
describe("HTML icon-only headings over a title paragraph", () => {
  const page = [
    "<html><body>",
    "<h1>솔길마라톤 개인정보 처리방침</h1>",
    '<h2><i class="icon"></i></h2>',
    '<p class="title">개인정보를 어디에 쓰나요</p>', // 4
    "<ul><li>참가 신청 접수와 기록 측정</li></ul>",
    '<h2><i class="icon"></i></h2>',
    '<p class="title">어떤 정보를 받나요</p>', // 7
    "<ul><li>이름, 생년월일, 휴대전화번호</li></ul>",
    '<h2><i class="icon"></i></h2>',
    '<p class="title">언제 지우나요</p>', // 10
    "<p>대회가 끝나고 1년 뒤 지체 없이 파쇄하거나 복구할 수 없게 지웁니다.</p>",
    "</body></html>",
  ].join("\n");

  it("reads each title paragraph as a section, and no empty heading", async () => {
    const document = await parsePolicy(page, "html");
    expect(document.allSections.map((section) => section.heading.title)).not.toContain("");
    expect(document.allSections.map((section) => section.startLine)).toEqual(expect.arrayContaining([4, 7, 10]));
    expect(await findingsOf("required-purpose", page, "html")).toEqual([]);
  });
});

// "<ol><li><p class='title'>제목</p><p>…</p></li>": the sections as a list, each item titled by its class
describe("a list of the policy's sections, each item's title marked by its class", () => {
  const page = () =>
    [
      "<html><body><h1>솔길 공방 개인정보 처리방침</h1>",
      "<ol>",
      ...[
        ["개인정보의 처리 목적", "클래스 예약과 안내에 씁니다."],
        ["개인정보 자동 수집 장치의 설치·운영", "로그인 유지를 위하여 쿠키를 씁니다."],
        ["만 14세 미만 아동의 개인정보 처리", "만 14세 미만 아동의 가입은 받지 않습니다."],
      ].flatMap(([title, body]) => ["<li>", `<p class="title">${title}</p>`, `<p>${body}</p>`, "</li>"]),
      "</ol></body></html>",
    ].join("\n");

  it("reads each item's title as a section's, so each section holds its own text", async () => {
    const document = await parsePolicy(page(), "html");
    expect(document.sections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "솔길 공방 개인정보 처리방침"],
      [4, "개인정보의 처리 목적"],
      [8, "개인정보 자동 수집 장치의 설치·운영"],
      [12, "만 14세 미만 아동의 개인정보 처리"],
    ]);
    // the next item's "받지 않습니다" is not the cookie section's way to refuse cookies
    expect((await findingsOf("required-cookies", page(), "html")).map((finding) => finding.messageId)).toEqual(["hollow"]);
  });
});

// An e-mail's layout: the whole page one table, the policy's tables of data inside its cells
describe("a table that lays out the page, the data tables in its cells", () => {
  const page = (period: string) =>
    [
      "<html><body>",
      '<table width="600"><tr><td>', // 2
      "<h1>물결 요트 개인정보 처리방침</h1>",
      '<table><tr><td style="font-weight:bold">5. 개인정보의 제3자 제공</td></tr>', // 4
      "<tr><td><table>", // 5
      "<tr><th>제공받는 자</th><th>제공 목적</th><th>제공 항목</th><th>보유 기간</th></tr>", // 6
      `<tr><td>물결손해보험 주식회사</td><td>승선자 상해보험 가입</td><td>이름, 생년월일</td><td>${period}</td></tr>`, // 7
      "</table></td></tr></table>",
      "</td></tr></table>",
      "</body></html>",
    ].join("\n");

  it("reads the data table, not the layout, as the table", async () => {
    const document = await parsePolicy(page("보험 기간 종료 후 1년"), "html");
    expect(document.tables.map((table) => [table.startLine, table.header.cells.map((cell) => cell.text)])).toEqual([
      [5, ["제공받는 자", "제공 목적", "제공 항목", "보유 기간"]],
    ]);
  });

  it("reports the data table's empty cell", async () => {
    expect((await findingsOf("third-party-provision", page(""), "html")).map((finding) => [finding.line, finding.messageId])).toEqual([
      [7, "emptyCell"],
    ]);
  });
});

// a site builder's accordion whose buttons name no panel (aria-expanded, no aria-controls): the button, alone in its
// header element, titles the panel that follows that element, beside <details> items of the same accordion
describe("an accordion's button with no aria-controls, among <details> items", () => {
  const page = [
    "<html><body><h1>너른들 동물병원 개인정보 처리방침</h1>", // 1
    "<details><summary>1. 개인정보의 처리 목적</summary><p>진료 예약과 접종 안내에 씁니다.</p></details>", // 2
    '<div class="acc-item">', // 3
    '  <div class="acc-head"><button type="button" aria-expanded="false">2. 개인정보 처리업무의 위탁</button></div>', // 4
    '  <div class="acc-panel"><p>접종 안내 문자 발송을 (주)소식나루에 맡깁니다.</p></div>', // 5
    "</div>", // 6
    "<details><summary>3. 개인정보의 파기</summary><p>기한이 지나면 지체 없이 복구할 수 없게 지웁니다.</p></details>", // 7
    '<div><button aria-expanded="false">전체 메뉴</button><ul><li>공지</li></ul></div>', // 8
    "</body></html>",
  ].join("\n");

  it("reads each button and summary as a section, in order", async () => {
    const document = await parsePolicy(page, "html");
    expect(document.allSections.map((section) => [section.startLine, section.heading.title])).toEqual([
      [1, "너른들 동물병원 개인정보 처리방침"],
      [2, "개인정보의 처리 목적"],
      [4, "개인정보 처리업무의 위탁"],
      [7, "개인정보의 파기"],
    ]);
    expect(await findingsOf("numbering", page, "html")).toEqual([]);
  });
});

// a table whose header takes two rows, a heading spanning columns over the names of each ("처리 항목" over "필수 |
// 선택"), the others spanning both rows: the header is one row of the columns as the page shows them, and the
// body's rows line up with it; a cell spanning columns in the body stands in each of them
describe("an HTML table with a header of two rows", () => {
  const page = [
    "<html><body><h1>느티 도서관 개인정보 처리방침</h1>", // 1
    "<h2>1. 개인정보파일 현황</h2>", // 2
    "<table>", // 3
    '<thead><tr><th rowspan="2">파일명</th><th colspan="2">처리 항목</th><th rowspan="2">보유기간</th></tr>', // 4
    "<tr><th>필수</th><th>선택</th></tr></thead>", // 5
    "<tbody><tr><td>대출 회원</td><td>성명, 연락처</td><td>이메일</td><td>탈퇴 시까지</td></tr>", // 6
    '<tr><td>행사 참가자</td><td colspan="2">성명, 연락처</td><td>행사 후 6개월</td></tr></tbody>', // 7
    "</table>", // 8
    "</body></html>",
  ].join("\n");

  it("reads the header as one row of four columns, and no header row as a record", async () => {
    const document = await parsePolicy(page, "html");
    const [table] = document.tables;
    expect(table.header.cells.map((cell) => cell.text)).toEqual(["파일명", "처리 항목 필수", "처리 항목 선택", "보유기간"]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["대출 회원", "성명, 연락처", "이메일", "탈퇴 시까지"],
      ["행사 참가자", "성명, 연락처", "성명, 연락처", "행사 후 6개월"],
    ]);
  });
});

// a government site's articles and their groups in one heading tag, told apart by class only ("<h4 class=
// "tit_group">Ⅰ. …" over "<h4 class="tit">제1조(…)"): the Roman headings group the articles, as chapters do, and
// the articles number on through them
describe("Roman groups and articles in the same heading tag", () => {
  const page = [
    "<html><body><h3>가온군 개인정보 처리방침</h3>", // 1
    '<h4 class="tit_group">Ⅰ. 개인정보의 처리</h4>', // 2
    '<h4 class="tit">제1조(개인정보의 처리 목적)</h4><p>민원 처리에 씁니다.</p>', // 3
    '<h4 class="tit">제2조(개인정보의 파기)</h4><p>지체 없이 복구할 수 없게 지웁니다.</p>', // 4
    '<h4 class="tit_group">Ⅱ. 정보주체의 권리</h4>', // 5
    '<h4 class="tit">제3조(정보주체의 권리·의무 및 행사방법)</h4><p>열람, 정정·삭제, 처리정지를 서면으로 요구할 수 있습니다.</p>', // 6
    '<h4 class="tit">제4조(개인정보 보호책임자)</h4><p>기획감사실장 윤가온, 031-555-0190</p>', // 7
    "</body></html>",
  ].join("\n");

  it("nests the articles under their groups", async () => {
    const document = await parsePolicy(page, "html");
    const groups = document.sections.filter((section) => section.heading.numbering === "roman");
    expect(groups.map((group) => group.children.map((child) => child.heading.number))).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("numbering: no duplicate or gap", async () => {
    expect(await findingsOf("numbering", page, "html")).toEqual([]);
  });
});
