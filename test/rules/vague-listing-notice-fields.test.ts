// "…목적 외로 제공하는 경우 그 근거, 일시, 목적, 항목 등을 누리집에 게재합니다": the '등' closes the fields of a notice the
// statute prescribes (제18조제4항), named bare, not the items or recipients themselves.
import { describe, expect, it } from "vitest";
import { linesOf } from "../helpers.js";

const section = (...body: string[]) => ["바다시 개인정보 처리방침", "", "3. 개인정보의 제3자 제공", ...body];

describe("vague-listing: the fields of a notice closed by 등", () => {
  it("must not fire on bare field names", async () => {
    const text = section(
      " ② 시는 「개인정보 보호법」 제18조제2항에 따라 목적 외로 이용·제공하는 경우 그 근거,",
      "일시, 목적, 항목 등을 관보 또는 시 누리집에 30일 이상 게재합니다.",
    );
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  // the fields joined by 및 ("그 근거, 목적 및 범위 등"), the sentence opening with its legal ground on a numbered line
  it("must not fire on field names joined by 및", async () => {
    const text = section(
      "③ 「개인정보 보호법」 제18조제2항에 따라 목적 외로 이용하거나 제3자에게 제공하는 경우에는",
      "그 근거, 목적 및 범위 등을 이용·제공한 날부터 30일 이내에 시 누리집에 10일 이상 게재합니다.",
    );
    expect(await linesOf("vague-listing", text)).toEqual([]);
  });

  it("must fire on recipients closed by 등", async () => {
    const text = section("시는 국민건강보험공단, 관할 세무서 등에 개인정보를 제공합니다.");
    expect(await linesOf("vague-listing", text)).toEqual([4]);
  });
});
