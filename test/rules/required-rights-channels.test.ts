// required-rights: the ways to exercise rights given as channel nouns before "(으)로", "에서" or "을 통해" and a
// request ("학습 포털 또는 교무실 방문으로 요청할 수 있습니다"), and the finding placed at the section's heading when
// a Markdown table of in-page links stands under the title.
import { describe, expect, it } from "vitest";
import { findingsOf } from "../helpers.js";

const found = async (lines: string[], format: "text" | "markdown" = "text") =>
  (await findingsOf("required-rights", lines, format)).map((finding) => [finding.line, finding.messageId]);
const rights = (sentence: string) => ["은빛학원 개인정보 처리방침", "", "7. 정보주체의 권리·의무 및 행사방법", sentence];

describe("required-rights: channels named as the way to ask", () => {
  it.each([
    ["a portal or a visit to an office", "수강생은 열람, 정정, 삭제, 처리정지를 학습 포털 또는 교무실 방문으로 요청할 수 있습니다."],
    ["a board through which one applies", "수강생은 열람, 정정·삭제, 처리정지를 학사 게시판을 통해 신청할 수 있습니다."],
    ["a kiosk where one asks", "수강생은 열람, 정정, 삭제를 로비 키오스크에서 요청할 수 있습니다."],
    ["a visit or a board, joined by 이나", "수강생은 열람, 정정, 삭제, 처리정지를 학생처 방문이나 문의 게시판으로 청구할 수 있습니다."],
  ])("counts %s", async (_, sentence) => {
    expect(await found(rights(sentence))).toEqual([]);
  });

  it.each([
    [
      "the request named first, then channels with their numbers and addresses in brackets",
      [
        "수강생은 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다.",
        "요구는 학원 방문, 전화(031-555-0147), 이메일(help@eunbit.co.kr), 카카오톡 채널 '은빛 학원'으로 할 수 있으며, 학원은 10일 이내에 조치 결과를 알려 드립니다.",
      ],
    ],
    [
      "the request named first, then the channels it is made by, one with its name in quotes",
      [
        "수강생은 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다.",
        "ㆍ요청은 교무실 방문, 서면 또는 카카오톡 채널 '은빛학원 상담'으로 하실 수 있습니다.",
      ],
    ],
    [
      "the request named first, then a channel",
      ["수강생은 열람, 정정, 삭제, 처리정지를 요구할 수 있습니다.", "신청은 학습 포털에서 하시면 됩니다."],
    ],
  ])("counts %s", async (_, sentences) => {
    expect(await found(["은빛학원 개인정보 처리방침", "", "7. 정보주체의 권리·의무 및 행사방법", ...sentences])).toEqual([]);
  });

  it.each([
    ["no channel at all", "수강생은 열람, 정정, 삭제, 처리정지를 요청할 수 있습니다."],
    ["a channel for news, no request", "수강생은 열람, 정정, 삭제, 처리정지를 할 수 있으며, 학원 소식은 게시판으로 알립니다."],
    ["a word that is no channel before the particle", "수강생은 열람, 정정, 삭제, 처리정지를 자유롭게 원하는 때로 요청할 수 있습니다."],
    [
      "a request named first, then no channel",
      "수강생은 열람, 정정, 삭제, 처리정지를 요구할 수 있으며, 요청은 언제든 자유롭게 하실 수 있습니다.",
    ],
  ])("still warns on %s", async (_, sentence) => {
    expect(await found(rights(sentence))).toEqual([[3, "noMethod"]]);
  });
});

// "신청: 서면, 전화, 내원(접수 데스크)": the request's own word as the label, a clinic's visit (내원) among the channels
describe("required-rights: channels under a label that names the request", () => {
  const asked = "환자는 열람, 정정·삭제, 처리정지를 요구하거나 동의를 철회할 수 있습니다.";
  it.each([["신청: 서면, 전화, 내원(원무과 창구)"], ["접수 : 내방 또는 우편"], ["요청: 이메일"]])("counts '%s'", async (line) => {
    expect(await found(["은빛치과 개인정보 처리방침", "", "7. 환자의 권리와 행사 방법", asked, line])).toEqual([]);
  });
  it.each([["신청: 언제든지 가능"], ["비고: 서면"]])("still warns on '%s'", async (line) => {
    expect(await found(["은빛치과 개인정보 처리방침", "", "7. 환자의 권리와 행사 방법", asked, line])).toEqual([[3, "noMethod"]]);
  });
});

describe("required-rights: a table of in-page links under the title", () => {
  it("points at the section's heading, not at the link to it", async () => {
    const text = [
      "## 은빛학원 개인정보 처리방침",
      "",
      "- [권리와 행사 방법](#권리와-행사-방법)",
      "- [보호책임자](#보호책임자)",
      "",
      "## 정보주체의 권리",
      "",
      "수강생은 열람, 정정, 삭제, 처리정지를 요청할 수 있습니다.",
      "",
      "## 개인정보 보호책임자",
      "",
      "- 담당: 교무실 (전화 02-555-0147)",
    ];
    expect(await found(text, "markdown")).toEqual([[6, "noMethod"]]);
  });
});

// "대리인을 통하여 하실 수 있습니다. 이 경우 … 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다": the agent's power of
// attorney is no channel to ask by
describe("required-rights: the form of a representative's power of attorney", () => {
  const article = (extra: string) => [
    "한빛농협 개인정보 처리방침",
    "",
    "제8조(정보주체와 법정대리인의 권리·의무 및 그 행사방법)",
    "① 정보주체는 조합에 대해 언제든지 개인정보 열람·정정·삭제·처리정지 요구 등의 권리를 행사할 수 있습니다.",
    "② 권리 행사는 대리인을 통하여 하실 수도 있습니다. 이 경우 「개인정보 처리 방법에 관한 고시」 별지 제11호 서식에 따른 위임장을 제출하셔야 합니다.",
    extra,
  ];
  it("still warns where no channel is given", async () => {
    expect(await found(article(""))).toEqual([[3, "noMethod"]]);
  });
  it("counts the channel given beside it", async () => {
    expect(await found(article("③ 권리 행사는 서면, 전화, 전자우편으로 하실 수 있습니다."))).toEqual([]);
    expect(await found(article("③ 열람은 「개인정보 처리 방법에 관한 고시」 별지 제8호 서식의 요구서로 청구하실 수 있습니다."))).toEqual(
      [],
    );
  });
});
