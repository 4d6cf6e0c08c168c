import { describe, expect, it } from "vitest";
import { pickNamespaces } from "./client-messages";

describe("pickNamespaces", () => {
  const messages = {
    quiz: { a: "A", errors: { b: "B" } },
    teacher: { errors: { c: "C" }, builder: { d: "D" } },
  };

  it("keeps the asked namespaces at their paths and nothing else", () => {
    expect(pickNamespaces(messages, ["quiz.errors", "teacher.builder"])).toEqual({
      quiz: { errors: { b: "B" } },
      teacher: { builder: { d: "D" } },
    });
  });

  it("refuses a namespace that does not exist, so a typo fails the page's tests", () => {
    expect(() => pickNamespaces(messages, ["teacher.nothing"])).toThrow(
      /no message namespace teacher.nothing/,
    );
  });
});
