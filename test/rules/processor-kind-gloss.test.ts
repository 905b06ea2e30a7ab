// processor-disclosure and a processor given as a kind in a bilingual cell ("결제대행사 / Payment service provider")
// or in words of the trade ("동영상 CDN 업체"): no one is named. A name, glossed or not, is a name.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const policy = (processor: string) => [
  "# 숲속교실 개인정보 처리방침",
  "",
  "## 5. 개인정보 처리업무의 위탁",
  "",
  "| 수탁자 | 위탁 업무 |",
  "|---|---|",
  `| ${processor} | 강의 영상 전송 / video delivery |`,
];
const lines = async (processor: string) => (await findingsOf("processor-disclosure", policy(processor), "markdown")).map((f) => f.line);

describe("processor-disclosure: a kind in a bilingual cell or in the trade's words", () => {
  it.each(["결제대행사 / Payment service provider", "동영상 CDN 업체", "스트리밍 대행사", "온라인 결제대행사"])(
    "must fire: %s",
    async (processor) => {
      expect(await lines(processor)).toEqual([7]);
    },
  );
  it.each(["한빛페이(주) / Hanbit Pay Inc.", "Cloudflare, Inc.", "㈜누리스트림"])("must not fire: %s", async (processor) => {
    expect(await lines(processor)).toEqual([]);
  });
});
