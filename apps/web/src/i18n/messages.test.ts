// Every string exists in both languages with the same placeholders: a key missing in English shows the raw key,
// a placeholder renamed in one language drops the value silently.

import { LOCALES } from "@jiji/content";
import { describe, expect, it } from "vitest";
import { MESSAGE_FEATURES, type Messages, messageFile } from "@/test/message-files";

/** "a.b.c" → the message, for every leaf. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") leaves.set(name, value);
    else for (const [leaf, text] of flatten(value, name)) leaves.set(leaf, text);
  }
  return leaves;
}

/** The ICU arguments a message uses: `{name}`, `{count, plural, …}`, `{due, date}`. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)].map((m) => m[1]!))].sort();
}

describe.each(MESSAGE_FEATURES)("messages%s", (feature) => {
  const [reference, ...others] = LOCALES.map((locale) => ({
    locale,
    leaves: flatten(messageFile(feature, locale)),
  }));

  it.each(others.map((other) => [other.locale, other] as const))(
    "%s has exactly the keys of ja",
    (_, other) => {
      expect([...other.leaves.keys()].sort()).toEqual([...reference!.leaves.keys()].sort());
    },
  );

  it.each(others.map((other) => [other.locale, other] as const))(
    "%s uses the same placeholders as ja in every message",
    (_, other) => {
      const differing = [...reference!.leaves].filter(
        ([key, text]) =>
          other.leaves.has(key) && argumentsOf(text).join() !== argumentsOf(other.leaves.get(key)!).join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    },
  );
});

it("finds the message files (a wrong folder would make the checks above vacuous)", () => {
  expect(MESSAGE_FEATURES.length).toBeGreaterThanOrEqual(5);
  expect(flatten(messageFile("", "ja")).size).toBeGreaterThan(20);
});
