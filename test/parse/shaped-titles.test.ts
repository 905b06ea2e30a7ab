// Unnumbered titles a document writes in one shape ("…에 관한 사항"): some name the item's subject ("처리하는
// 개인정보 항목에 관한 사항") and some do not ("보유 기간에 관한 사항"). Those that do not are headings where two or
// more of the document's item titles end as they do; alone they may be a label in running text.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/index.js";
import { findingsOf } from "../helpers.js";

const policy = (ending: string) => [
  "다온약국 개인정보 처리방침", // 1
  "",
  "다온약국(이하 '약국')은 복약 상담 고객의 개인정보를 아래와 같이 처리합니다.",
  "",
  `처리 목적${ending}`, // 5
  "복약 상담 예약과 상담 결과 안내를 위하여 개인정보를 처리합니다.",
  "",
  `처리하는 개인정보 항목${ending}`, // 8
  "성명, 휴대전화번호, 복용 중인 약 이름",
  "",
  `보유 기간${ending}`, // 11
  "상담 기록은 마지막 상담일부터 1년 동안 보관합니다.",
  "",
  `파기${ending}`, // 14
  "기간이 지나면 지체 없이 파기하며, 전자 기록은 복구할 수 없게 지우고 종이 기록은 파쇄합니다.",
  "",
  `개인정보 보호책임자${ending}`, // 17
  "약사 노하은, 02-555-0191",
];

describe("titles in the document's own shape", () => {
  it.each(["에 관한 사항", "에 대한 사항"])("reads every '…%s' title as a section", async (ending) => {
    const document = await parsePolicy(policy(ending).join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([5, 8, 11, 14, 17]));
    expect(await findingsOf("required-retention", policy(ending))).toEqual([]);
  });

  it("keeps a short title without the subject as text when no other title ends as it does", async () => {
    const text = [
      "1. 개인정보의 처리 목적",
      "상담 예약을 관리합니다.",
      "",
      "보유 기간에 관한 사항",
      "아래 표를 보십시오.",
      "",
      "2. 처리하는 개인정보의 항목",
      "성명, 휴대전화번호",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(4);
  });
});

// "Retention / 보유 기간": a title in English and Korean on one line, the Korean half naming the item
describe("titles written in English and Korean", () => {
  const bilingual = [
    "한결센터 개인정보 처리방침", // 1
    "",
    "Purpose / 처리 목적", // 3
    "임상 연구 참여자를 모집하고 연구비를 지급합니다.",
    "",
    "Retention / 보유 기간", // 6
    "연구가 끝난 날부터 3년 동안 보관합니다.",
    "",
    "Destruction / 파기", // 9
    "기간이 지나면 지체 없이 파쇄하고, 전자 자료는 복구할 수 없게 지웁니다. 동의서 등 종이는 잘게 자릅니다.",
    "",
    "Privacy Officer / 개인정보 보호책임자", // 12
    "연구관리팀장 문지호, 02-555-0170",
  ];

  it("reads each as a section, so a 등 under one is read where it stands", async () => {
    const document = await parsePolicy(bilingual.join("\n"), "text");
    expect(document.sections.map((section) => section.startLine)).toEqual(expect.arrayContaining([3, 6, 9, 12]));
    expect(await findingsOf("vague-listing", bilingual)).toEqual([]);
  });

  it("keeps an English and Korean line as text where it is the only one", async () => {
    const text = [
      "1. 개인정보의 처리 목적",
      "연구에 씁니다.",
      "",
      "Retention / 보유 기간",
      "아래 표와 같습니다.",
      "",
      "2. 처리하는 개인정보의 항목",
      "성명",
    ];
    const document = await parsePolicy(text.join("\n"), "text");
    expect(document.allSections.map((section) => section.startLine)).not.toContain(4);
  });
});
