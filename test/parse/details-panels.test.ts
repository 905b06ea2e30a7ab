import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

// An accordion page titles each article with a <summary> and sets the article's parts in heading tags inside the
// panel ("<summary>제1조 …</summary> … <h3>가온톡</h3>"): the parts are under the article, whatever tag they use.

const page = [
  "<html><body>", // 1
  "<h1>누리 개인정보 처리방침</h1>", // 2
  "<h2>적용 서비스</h2>", // 3
  "<p>누리 메일과 누리 지도에 적용합니다.</p>", // 4
  "<details open>", // 5
  "<summary>제1조 (개인정보의 처리 목적)</summary>", // 6
  "<p>회사는 서비스별로 다음의 목적을 위하여 개인정보를 처리합니다.</p>", // 7
  "<h3>누리 메일</h3>", // 8
  "<p>메일 계정 발급, 메일 송수신, 스팸 차단</p>", // 9
  "<h3>누리 지도</h3>", // 10
  "<p>길찾기, 즐겨찾기 저장, 장소 리뷰 관리</p>", // 11
  "</details>", // 12
  "<details>", // 13
  "<summary>제2조 (개인정보의 파기)</summary>", // 14
  "<p>회사는 보유 기간이 지나면 지체 없이 파기하며, 전자 파일은 복구할 수 없게 지웁니다.</p>", // 15
  "</details>", // 16
  "</body></html>",
];

describe("heading tags inside an accordion's panel", () => {
  it("are parts of the panel's article", async () => {
    const document = await parsePolicy(page.join("\n"), "html");
    const article = document.allSections.find((section) => section.heading.line === 6);
    expect(article?.children.map((child) => child.heading.line)).toEqual([8, 10]);
    expect(article?.endLine).toBeGreaterThanOrEqual(11);
  });
  it("leaves the purposes to the article: required-purpose does not call it hollow", async () => {
    expect(await findingsOf("required-purpose", page, "html")).toEqual([]);
  });
});
