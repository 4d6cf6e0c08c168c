import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("lists the items by key in their order", () => {
    const groups = groupBy(["apple", "bean", "avocado", "beet", "corn"], (word) => word[0]!);
    expect([...groups]).toEqual([
      ["a", ["apple", "avocado"]],
      ["b", ["bean", "beet"]],
      ["c", ["corn"]],
    ]);
    expect(groupBy([], String).size).toBe(0);
  });
});
