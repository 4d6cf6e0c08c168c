import { describe, expect, it } from "vitest";
import { studentPage } from "./student-pages";

describe("studentPage", () => {
  it("slices a class of 200 into pages of 30, the last one short", () => {
    expect(studentPage(200, "1")).toEqual({ page: 1, pages: 7, start: 0, end: 30, total: 200 });
    expect(studentPage(200, "7")).toEqual({ page: 7, pages: 7, start: 180, end: 200, total: 200 });
  });

  it("shows the first page when nothing or nonsense is asked, and the last when asked past the end", () => {
    for (const requested of [undefined, "", "0", "-2", "abc", "1e3", ["2"]])
      expect(studentPage(45, requested).page).toBe(1);
    expect(studentPage(45, "99")).toMatchObject({ page: 2, start: 30, end: 45 });
  });

  it("has one empty page for an empty class", () => {
    expect(studentPage(0, "3")).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
  });
});
