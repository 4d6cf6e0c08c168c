import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Serious and critical WCAG 2.1 A/AA violations on the current page, as readable lines (empty when clean). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  // After a client-side navigation (a quiz started, the results opened) the URL changes before the new page's
  // streamed <title> is in place (CI once caught the quiz page between the two); judge the page a reader meets.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${page.url()} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
