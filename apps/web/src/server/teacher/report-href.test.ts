import { describe, expect, it } from "vitest";
import { reportHref } from "./report-href";

describe("reportHref", () => {
  const assignmentId = "cmxb33iye008mno7dxh754qq0";

  it("leaves the defaults out: first attempt counted, first page of students", () => {
    expect(reportHref({ assignmentId, countedAttempt: "first", page: 1, view: "report" })).toBe(
      `/teacher/assignments/${assignmentId}`,
    );
    expect(reportHref({ assignmentId, countedAttempt: "first", page: 1, view: "mastery" })).toBe(
      `/teacher/assignments/${assignmentId}/mastery`,
    );
  });

  it("keeps the counted attempt and the student page from one view to the other", () => {
    expect(
      reportHref({ assignmentId, countedAttempt: "best", page: 3, view: "mastery", fragment: "x" }),
    ).toBe(`/teacher/assignments/${assignmentId}/mastery?attempt=best&students=3#x`);
    expect(
      reportHref({
        assignmentId,
        countedAttempt: "last",
        page: 2,
        view: "report",
        fragment: "students-heading",
      }),
    ).toBe(`/teacher/assignments/${assignmentId}?attempt=last&students=2#students-heading`);
  });
});
