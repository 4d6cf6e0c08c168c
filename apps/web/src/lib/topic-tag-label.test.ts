import { describe, expect, it } from "vitest";
import { topicTagLabel } from "./topic-tag-label";

describe("a topic tag's name", () => {
  it("names a topic tag in the UI language, and shows a tag outside the vocabulary as written", () => {
    expect(topicTagLabel("treaty", "ja")).toBe("条約");
    expect(topicTagLabel("treaty", "en")).toBe("Treaty");
    expect(topicTagLabel("summit-2024", "ja")).toBe("2024年の首脳会談");
    expect(topicTagLabel("local-topic", "ja")).toBe("local-topic");
  });
});
