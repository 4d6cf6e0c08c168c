import { describe, expect, it } from "vitest";
import { sectionRefLabel } from "./section-ref-label";

describe("what a teacher reads for a quiz set's sections", () => {
  it("names a chosen section by its article and heading, and shows an unknown one as written", () => {
    expect(sectionRefLabel("tokyo-skytree-opening/opening", "ja")).toBe(
      "東京スカイツリーの完成と開業: 開業の日",
    );
    expect(sectionRefLabel("tokyo-skytree-opening/opening", "en")).toBe(
      "Tokyo Skytree: completion and opening: Opening day",
    );
    expect(sectionRefLabel("tokyo-skytree-opening/no-such-section", "ja")).toBe(
      "tokyo-skytree-opening/no-such-section",
    );
    expect(sectionRefLabel("overview", "ja")).toBe("overview");
  });
});
