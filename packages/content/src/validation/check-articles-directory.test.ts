import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkArticlesDirectory } from "./check-articles-directory";
import { formatIssue } from "./validate-article";

const here = path.dirname(fileURLToPath(import.meta.url));
const brokenDirectory = path.join(here, "fixtures/broken");
const packageRoot = path.resolve(here, "../..");

function issueFor(issues: Awaited<ReturnType<typeof checkArticlesDirectory>>["issues"], factId: string) {
  return issues.filter((issue) => issue.factId === factId);
}

describe("checkArticlesDirectory on broken fixtures", () => {
  const { articles, issues } = checkArticlesDirectory(brokenDirectory);

  it("accepts no article that has a problem", () => {
    expect(articles).toEqual([]);
  });

  it("reports a dangling source id with file, fact id and field", () => {
    const [issue] = issueFor(issues, "dangling-source");
    expect(issue?.file).toMatch(/broken-article\/article\.json$/);
    expect(issue?.field).toBe("sourceIds[0]");
    expect(issue?.message).toContain("no-such-source");
  });

  it("reports a tag that is not in the topic vocabulary, and only that one", () => {
    const tagIssues = issueFor(issues, "untyped-object").filter((issue) => issue.field === "tags");
    expect(tagIssues).toHaveLength(1);
    expect(tagIssues[0]?.message).toMatch(/^"no-such-topic" is not a topic tag/);
  });

  it("reports an impossible calendar date on the date field", () => {
    const [issue] = issueFor(issues, "bad-date");
    expect(issue?.field).toBe("date.value");
  });

  it("reports an unknown kind on the kind field", () => {
    const [issue] = issueFor(issues, "weird-kind");
    expect(issue?.field).toBe("kind");
    expect(issue?.message).toContain("rumour");
  });

  it("reports a duplicate fact id", () => {
    expect(issueFor(issues, "ok-fact")).toEqual([
      expect.objectContaining({ field: "id", message: "duplicate fact id" }),
    ]);
  });

  it("reports a fact with no source ids", () => {
    const [issue] = issueFor(issues, "no-source");
    expect(issue?.field).toBe("sourceIds");
  });

  it("reports an event object without its type on objectType", () => {
    const [issue] = issueFor(issues, "untyped-object");
    expect(issue?.field).toBe("objectType");
    expect(issue?.message).toContain("goods");
  });

  it("reports an article with no sources on its article file", () => {
    const missing = issues.filter((issue) => issue.file.includes("no-sources"));
    expect(missing).toEqual([expect.objectContaining({ field: "sources", factId: "-" })]);
  });

  it("refuses editors' notes in student-facing text, in a statement and in a source title", () => {
    expect(issueFor(issues, "note-in-statement")).toEqual([
      expect.objectContaining({ field: "statement.ja", message: expect.stringContaining("editorial note") }),
    ]);
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: "sources.real-source.title",
        message: expect.stringContaining("editorial note"),
      }),
    );
  });

  it("requires each fact's sentence verbatim in its section, from reporting unless the fact is an assessment", () => {
    expect(issueFor(issues, "sentence-not-in-text")).toEqual([
      expect.objectContaining({ field: "sentence" }),
    ]);
    expect(issueFor(issues, "comment-as-fact")).toEqual([expect.objectContaining({ field: "stance" })]);
  });

  it("requires every askable value in the statement, known entities, a named holder and 約 for a tolerance", () => {
    expect(issueFor(issues, "value-not-stated")).toEqual([
      expect.objectContaining({ field: "place", message: expect.stringContaining("別のところ") }),
    ]);
    expect(issueFor(issues, "unknown-entity")).toEqual([expect.objectContaining({ field: "about[0]" })]);
    expect(issueFor(issues, "assessment-without-holder")).toEqual([
      expect.objectContaining({ field: "statement.ja", message: expect.stringContaining("専門家") }),
    ]);
    expect(issueFor(issues, "tolerance-without-yaku")).toContainEqual(
      expect.objectContaining({ field: "tolerance" }),
    );
  });

  it("formats each problem as one `file  factId  field  message` line", () => {
    expect(formatIssue({ file: "a.ts", factId: "f", field: "kind", message: "bad" })).toBe(
      "a.ts  f  kind  bad",
    );
  });
});

describe("content:check CLI", () => {
  it("exits non-zero and prints a line per problem for broken data", () => {
    const result = spawnSync("pnpm", ["exec", "tsx", "src/cli/content-check.ts", brokenDirectory], {
      cwd: packageRoot,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /broken-article\/article\.json {2}dangling-source {2}sourceIds\[0\] {2}dangling source id/,
    );
    expect(result.stderr).toMatch(/broken-article\/article\.json {2}weird-kind {2}kind {2}unknown kind/);
  });

  it("exits zero for the real articles", () => {
    const result = spawnSync("pnpm", ["exec", "tsx", "src/cli/content-check.ts"], {
      cwd: packageRoot,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
