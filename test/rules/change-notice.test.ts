import { describe, expect, it } from "vitest";
import { findingsOf, linesOf, readSeed } from "../helpers.js";

const policy = (...section: string[]) => ["새봄학원 개인정보 처리방침", "", "1. 처리 목적", "수강 신청을 처리합니다.", "", ...section];

describe("change-notice", () => {
  describe("fires", () => {
    it("when no lead time is given at all, at line 1 when there is no change section", async () => {
      expect(await linesOf("change-notice", policy("2. 보유 기간", "수강 종료 시까지 보유합니다."))).toEqual([1]);
    });

    // nothing at all about changing the policy: the whole disclosure is what is missing, not only the period
    it("saying the change disclosure is missing when no section or sentence speaks of changes", async () => {
      const findings = await findingsOf(
        "change-notice",
        policy("2. 보유 기간", "수강 종료 시까지 보유합니다.", "", "시행일: 2026년 3월 1일"),
      );
      expect(findings.map((f) => [f.line, f.messageId])).toEqual([[1, "noChangeSection"]]);
    });

    it("without a change section, at the statement beside the effective date, not at a promise in another paragraph", async () => {
      const text = [
        "한결예식 개인정보 처리방침",
        "",
        "예식 예약을 받기 위해 이름과 연락처를 받습니다.",
        "하객 명단 인쇄는 바른인쇄(주)에 맡기며, 맡기는 곳이 바뀌면 이 방침을 고쳐 알립니다.",
        "",
        "예약 기록은 예식 후 1년간 보관합니다.",
        "",
        "이 방침이 바뀌면 누리집에 알립니다.",
        "이 방침은 2026년 3월 1일부터 시행합니다.",
      ];
      expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([[8, "noLeadTime"]]);
    });

    it("at the change section's heading when it gives no lead time", async () => {
      const findings = await findingsOf("change-notice", policy("2. 처리방침의 변경", "이 방침을 바꾸면 홈페이지에 게시합니다."));
      expect(findings.map((f) => [f.line, f.severity, f.messageId])).toEqual([[6, "warning", "noLeadTime"]]);
    });

    it("when only significant changes get a period ('사전에 공지' is not a period)", async () => {
      const text = policy("2. 문의", "방침이 변경되면 미리 알리며, 정보주체의 권리에 중대한 변경은 시행 30일 전에 알립니다.");
      expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([[7, "noGeneral"]]);
    });

    it("when a change said with a plain verb ('달라지면') gets too short a period", async () => {
      const text = policy("2. 문의", "이 방침의 내용이 달라지면 시행 사흘 전, 곧 3일 전에 알려 드립니다.");
      // and no period at all is given for the significant changes
      expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([
        [7, "tooShort"],
        [7, "noSignificant"],
      ]);
    });

    it("at the line of a period too short, and at the change section's heading for the significant changes' period", async () => {
      const text = policy(
        "2. 처리방침의 변경",
        "이 방침은 2025년 2월 1일부터 적용됩니다.",
        "내용이 바뀌면 시행 3일 전부터 공지사항으로 알립니다.",
      );
      expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([
        [6, "noSignificant"],
        [8, "tooShort"],
      ]);
    });

    it("when only a 7-day period is given", async () => {
      const text = policy("2. 개인정보 처리방침 변경", "내용이 추가·삭제·수정되면 시행 7일 전부터 공지사항으로 알립니다.");
      expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([[6, "noSignificant"]]);
    });

    it("when the lead time is shorter than 7 days", async () => {
      const text = policy("2. 처리방침의 변경", "변경 3일 전에 공지하며, 중요한 변경은 30일 전에 공지합니다.");
      expect((await findingsOf("change-notice", text)).map((f) => f.messageId)).toEqual(["tooShort"]);
    });
  });

  describe("does not fire", () => {
    it.each([
      "이 방침을 바꿀 때에는 7일 전에, 중요한 내용은 30일 전에 앱 공지로 알려 드립니다.",
      "방침을 고칠 때는 시행 7일 전에 알리고, 중요한 내용은 30일 전에 알립니다.",
    ])("on both periods for a change said with another plain verb: %s", async (sentence) => {
      expect(await linesOf("change-notice", policy("2. 변경 안내", sentence))).toEqual([]);
    });

    it("on a lead time whose length comes after 전 ('시행 전 7일 이상')", async () => {
      const sentence = "방침을 변경하는 경우 시행 전 7일 이상 누리집에 게시하며, 권리에 중요한 변경은 시행 1개월 전에 게시한다.";
      expect(await linesOf("change-notice", policy("2. 변경 안내", sentence))).toEqual([]);
    });

    it("reads a section's sentences whole when its lines are hard-wrapped", async () => {
      const text = policy(
        "2. 처리방침은 어떻게 바뀌나요?",
        "이 방침이 바뀌는 내용이",
        "있으면 시행 7일 전에 앱 공지로 알리고, 권리에",
        "중요한 변경은 시행 30일 전에 알려요.",
      );
      expect(await linesOf("change-notice", text)).toEqual([]);
    });

    it("on a 7-day notice for a change said with a plain verb, under a plain title ('방침이 바뀔 때')", async () => {
      const text = policy(
        "2. 이 방침이 바뀔 때",
        "- 방침이 바뀌는 경우 시행 일주일 전에 누리집에 올려 알립니다.",
        "- 이용자 권리에 중요한 내용이 달라질 때에는 시행 30일 전에 알립니다.",
      );
      expect(await linesOf("change-notice", text)).toEqual([]);
    });

    it("on a 7-day notice said with '바뀌면' outside a change section", async () => {
      const text = policy(
        "2. 그 밖의 사항",
        "이 방침이 바뀌면 시행 7일 전에 앱 알림으로 알려 드립니다.",
        "권리에 중대한 변경은 30일 전에 알려 드립니다.",
      );
      expect(await linesOf("change-notice", text)).toEqual([]);
    });

    it("on both periods in one sentence", async () => {
      const text = policy("2. 처리방침의 변경", "개정 시 최소 7일 전에, 이용자 권리에 중요한 변경은 최소 30일 전에 홈페이지로 고지합니다.");
      expect(await linesOf("change-notice", text)).toEqual([]);
    });

    it("on '1개월 전' for significant changes under the legacy heading 고지의 의무", async () => {
      const text = policy(
        "2. 고지의 의무",
        "방침 변경은 시행 일주일 전에 공지합니다. 다만 수집 항목이 늘어나는 등 중요한 변경은 1개월 전에 공지합니다.",
      );
      expect(await linesOf("change-notice", text)).toEqual([]);
    });

    it("on a general period of 30 days, which covers significant changes too", async () => {
      expect(await linesOf("change-notice", policy("부칙", "이 방침이 개정되는 경우 시행 30일 전에 공지합니다."))).toEqual([]);
    });

    it("does not take a dormant-account notice for a policy-change lead time", async () => {
      const text = policy("2. 휴면 계정", "1년간 이용하지 않으면 휴면 계정으로 변경되며, 변경 30일 전에 이메일로 통지합니다.");
      expect(await linesOf("change-notice", text)).toEqual([1]);
    });

    it("on a dormant-account notice, which is not about policy changes", async () => {
      const text = policy(
        "2. 처리방침 변경",
        "변경 7일 전 공지하며, 권리에 중요한 변경은 30일 전 공지합니다.",
        "3. 휴면",
        "휴면 전환 30일 전에 이메일로 통지합니다.",
      );
      expect(await linesOf("change-notice", text)).toEqual([]);
    });
  });

  describe("seeds", () => {
    it.each([
      ["000_db5f55dfc5c8a39a.txt", []],
      ["001_186b834dc1e90dc3.txt", []],
      ["002_f560904eedbd5243.txt", [92]],
      ["003_56b8b555a71aed3b.txt", [62]],
      ["004_d6aa57df349846ed.txt", [1]],
    ])("%s", async (seed, lines) => {
      expect(await linesOf("change-notice", readSeed(seed))).toEqual(lines);
    });
  });
});

describe("change-notice under an article number in brackets", () => {
  const bracketed = (...change: string[]) => [
    "새봄학원 개인정보 처리방침",
    "",
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((number) => [`[제${number}조] 운영 사항 ${number}`, "학원이 정한 바에 따릅니다.", ""]),
    "[제11조] 개인정보 처리방침의 변경",
    ...change,
  ];

  it("must not fire: both lead times, the sentence wrapped over two lines", async () => {
    const text = bracketed("학원은 이 방침을 바꿀 때 시행 7일 전부터 누리집에 알리고,", "권리에 중요한 변경은 시행 30일 전부터 알립니다.");
    expect(await linesOf("change-notice", text)).toEqual([]);
  });

  it("must fire at the article's heading when only the general lead time is given", async () => {
    const text = bracketed("학원은 이 방침을 바꿀 때 시행 7일 전부터 누리집에 알립니다.");
    expect(await linesOf("change-notice", text)).toEqual([33]);
  });
});

describe("change-notice: a statement outside a change section read across hard wraps", () => {
  const intro = ["한솔제과 회원 개인정보 처리방침", "", "회원 가입을 받기 위해 이름과 휴대전화번호를 받습니다.", ""];

  it.each([
    [
      "a lead time split from its 전",
      [
        "이 방침의 내용이 달라지면 적용일 7일",
        "전에 누리집에 올리고, 적립금이나 수집 항목처럼 권리에 중요한 변경은 30일",
        "전부터 문자로 알립니다.",
      ],
    ],
    [
      "a lead time split from its notice verb",
      [
        "이 방침을 고쳐야 할 때에는 시행 7일 전부터",
        "누리집 공지 게시판에 올려 알리며, 회원에게 불리한 변경은 시행 30일 전부터",
        "개별 문자로도 알려 드립니다.",
      ],
    ],
    [
      "lines set in from the margin, as a PDF copy gives them",
      ["   이 방침이 바뀌는 경우 시행일 7일 전에   ", "   누리집에 게시하고, 권리에 중대한 변경은 한 달", "   전에 따로 안내합니다."],
    ],
  ])("must not fire: %s", async (_, paragraph) => {
    expect(await linesOf("change-notice", [...intro, ...paragraph])).toEqual([]);
  });

  it("must not fire on a Markdown paragraph wrapped between a lead time and its verb", async () => {
    const text = [
      "# 한솔제과 회원 개인정보 처리방침",
      "",
      "이 방침의 내용이 달라지면 시행 7일 전부터 누리집에",
      "게시하며, 회원의 권리에 중요한 변경은 시행 30일 전부터",
      "알려 드립니다.",
    ];
    expect(await linesOf("change-notice", text, "markdown")).toEqual([]);
  });

  it("must fire at the statement's first line when the wrapped sentence gives only the general lead time", async () => {
    const text = [...intro, "이 방침의 내용이 달라지면 시행 7일", "전부터 누리집에 게시합니다."];
    expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "noSignificant"]]);
  });

  it.each([
    ["a blank line", ""],
    ["a new list item", "- 적립금 안내"],
  ])("must fire: a lead time after %s is not read with the statement above it", async (_, between) => {
    const text = [
      ...intro,
      "이 방침이 바뀌는 경우 누리집에 올려 알리고",
      between,
      "적립금은 쌓인 지 1년이 지나면 사라지며 사라지기 30일 전에 문자로 알립니다.",
    ];
    expect((await findingsOf("change-notice", text)).map((f) => [f.line, f.messageId])).toEqual([[5, "noLeadTime"]]);
  });
});

// a change of something else announced is no statement about changing the policy: the whole disclosure is missing
describe("change-notice: notices of other changes", () => {
  it.each([
    ["an appointment change texted", "2. 예약 관리: 예약 접수, 예약 확인 및 변경 안내 문자 발송"],
    ["a processor change announced through the policy", "수탁자가 바뀌는 경우 지체 없이 이 처리방침을 통하여 알려 드립니다."],
  ])("reports the missing disclosure at line 1 beside %s", async (_, line) => {
    const found = await findingsOf("change-notice", policy("2. 기타", line));
    expect(found.map((f) => [f.line, f.messageId])).toEqual([[1, "noChangeSection"]]);
  });
});

// a copy cut at a narrow column puts a period's number on one line and the word bound to it on the next, under a
// circled item that, so short, reads like a title
describe("change-notice: a period cut from the word bound to it", () => {
  const section = (...items: string[]) => policy("7. 처리방침의 변경", ...items);
  it("must not fire: '7일' over '전부터', '30일' over '전에'", async () => {
    const text = section(
      "① 이 방침은 2025년 4월 1일",
      "부터 적용됩니다.",
      "② 내용이 바뀌면 시행 7일",
      "전부터 누리집에 알리며, 수강료 항목처럼 중요한 변경은 시행 30일",
      "전에 알립니다.",
    );
    expect(await linesOf("change-notice", text)).toEqual([]);
  });
  it("must fire: the same cut with no general period", async () => {
    const text = section("① 이 방침은 2025년 4월 1일", "부터 적용됩니다.", "② 중요한 변경은 시행 30일", "전에 알립니다.");
    expect(await linesOf("change-notice", text)).toEqual([6]);
  });
});
