import { describe, expect, it } from "vitest";
import { formatMessage, type MessageValues } from "@/i18n/format-message";
import { formMessageText } from "./form-message";

const messages: Record<string, string> = {
  poolTooSmall: "この条件で作れる問題は{count}問です。",
  opensLater: "{opensAt}に始まります。",
  titleTooLong: "{max}文字以内にしてください。",
  generic: "うまくいきませんでした。",
};
const t = Object.assign(
  (key: string, values: MessageValues = {}) => formatMessage(messages[key]!, values, "ja"),
  {
    has: (key: string) => key in messages,
  },
);

describe("formMessageText", () => {
  it("renders a message value with its own values", () => {
    expect(formMessageText(t, { key: "poolTooSmall", values: { count: 12 } })).toBe(
      "この条件で作れる問題は12問です。",
    );
    expect(formMessageText(t, { key: "titleTooLong", values: { max: 100 } })).toBe(
      "100文字以内にしてください。",
    );
  });

  it("fills values the whole form provides, under the message's own", () => {
    expect(formMessageText(t, { key: "opensLater" }, { opensAt: "4月1日 9:00" })).toBe(
      "4月1日 9:00に始まります。",
    );
  });

  it("reads a key the namespace lacks as its generic message", () => {
    expect(formMessageText(t, { key: "somethingNew" })).toBe("うまくいきませんでした。");
  });
});
