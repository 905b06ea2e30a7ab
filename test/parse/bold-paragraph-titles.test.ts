import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const titles = async (html: string) =>
  (await parsePolicy(html, "html")).allSections.map((section) => [section.startLine, section.heading.title]);

// A page with no heading tags under its title, each section titled by a paragraph that is wholly bold: the bold
// paragraph is a title whether it is worded as a question or as a statement.
describe("wholly bold paragraphs as the section titles of a page without heading tags", () => {
  const page = (...body: string[]) =>
    [
      "<html><body>",
      "<h1>새벽빵집 개인정보 처리방침</h1>",
      "<p>새벽빵집은 주문 고객의 개인정보를 아래와 같이 다룹니다.</p>",
      ...body,
      "</body></html>",
    ].join("\n");

  it("reads questions in <strong> as the titles", async () => {
    const html = page(
      "<p><strong>무엇을 받아 두나요?</strong></p>", // 4
      "<p>주문자의 이름과 전화번호, 배달 주소를 받습니다.</p>",
      "<p><b>받은 정보는 언제 지우나요?</b></p>", // 6
      "<p>배달을 마친 뒤 30일이 지나면 지웁니다.</p>",
      "<p><strong>궁금한 점은 어디로 물으면 될까요?</strong></p>", // 8
      "<p>점주 한가람(010-0000-0000)에게 연락하십시오.</p>",
    );
    expect(await titles(html)).toEqual([
      [2, "새벽빵집 개인정보 처리방침"],
      [4, "무엇을 받아 두나요?"],
      [6, "받은 정보는 언제 지우나요?"],
      [8, "궁금한 점은 어디로 물으면 될까요?"],
    ]);
  });

  it("reads short statements that name no item in <b> as the titles too", async () => {
    const html = page(
      "<p><b>받는 정보</b></p>", // 4
      "<p>주문자의 이름과 전화번호를 받습니다.</p>",
      "<p><b>문의처</b></p>", // 6
      "<p>점주 한가람(010-0000-0000)</p>",
    );
    expect((await titles(html)).map(([line]) => line)).toEqual([2, 4, 6]);
  });

  it("does not take a bold sentence, or bold text inside a paragraph, for a title", async () => {
    const html = page(
      "<p><strong>받는 정보</strong></p>", // 4
      "<p>주문자의 이름과 전화번호를 받습니다.</p>",
      "<p><strong>주문이 끝나면 전화번호는 바로 지웁니다.</strong></p>", // 6
      "<p>배달 주소는 <b>어디로 보내나요?</b> 라는 물음에 답할 때만 씁니다.</p>", // 7
      "<p><strong>문의처</strong></p>", // 8
      "<p>점주 한가람(010-0000-0000)</p>",
    );
    expect((await titles(html)).map(([line]) => line)).toEqual([2, 4, 8]);
  });

  it("leaves bold questions inside the sections of a page numbered in text", async () => {
    const html = page(
      "<p>1. 처리하는 개인정보의 항목</p>", // 4
      "<p>이름, 전화번호, 배달 주소</p>",
      "<p><strong>전화번호는 왜 받나요?</strong></p>", // 6
      "<p>배달 기사가 도착을 알리기 위해서입니다.</p>",
      "<p>2. 개인정보의 파기</p>", // 8
      "<p>배달을 마친 뒤 30일이 지나면 전자 파일을 복구할 수 없게 지웁니다.</p>",
    );
    expect((await titles(html)).map(([line]) => line)).toEqual([2, 4, 8]);
  });

  it("a destruction question answered without the method is reported at that question", async () => {
    const html = page(
      "<p><strong>무엇을 받아 두나요?</strong></p>", // 4
      "<p>주문자의 이름과 전화번호, 배달 주소를 받습니다.</p>",
      "<p><strong>받은 정보는 어떻게 없애나요?</strong></p>", // 6
      "<p>보관 기간이 끝나면 점주의 확인을 거쳐 지체 없이 파기합니다.</p>",
      "<p><strong>궁금한 점은 어디로 물으면 될까요?</strong></p>",
      "<p>점주 한가람(010-0000-0000)에게 연락하십시오.</p>",
    );
    const findings = await findingsOf("required-destruction", html, "html");
    expect(findings.map((finding) => finding.line)).toEqual([6]);
  });
});
