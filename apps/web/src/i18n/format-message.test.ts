// The client formatter against next-intl's own, on every message of every file, with counts that take each
// plural branch (=0, one, other) and values for every plain argument.

import { LOCALES } from "@jiji/content";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesOf } from "@/test/message-files";
import { formatMessage } from "./format-message";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

function argumentNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*(?:,|\})/g)].map((m) => m[1]!))];
}

describe.each(LOCALES)("formatMessage in %s", (locale) => {
  const messages = messagesOf(locale) as Tree;
  const t = createTranslator({ locale, messages, timeZone: "Asia/Tokyo" });
  // Rich messages (`<name></name>` tags, t.rich) are rendered by server components only.
  const all = leaves(messages).filter(([, message]) => !/<\w+>/.test(message));

  it("covers the message files (plural and number arguments included)", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some(([, message]) => message.includes(", plural,"))).toBe(true);
  });

  it.each([0, 1, 2, 1234])("formats every message as next-intl does with counts of %i", (count) => {
    for (const [key, message] of all) {
      const values = Object.fromEntries(argumentNames(message).map((name) => [name, count]));
      expect([key, formatMessage(message, values, locale)]).toEqual([key, t(key as never, values as never)]);
    }
  });

  it("puts text values in place", () => {
    expect(formatMessage("{a}と{b}", { a: "ロシア", b: "北朝鮮" }, locale)).toBe("ロシアと北朝鮮");
  });

  it("refuses a message it cannot format rather than showing it half-done", () => {
    expect(() => formatMessage("{due, date}", { due: 1 }, locale)).toThrow(/unsupported/);
    expect(() => formatMessage("{name}", {}, locale)).toThrow(/missing value/);
  });
});
