import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

const WEB_SOURCE = path.resolve(import.meta.dirname, "../../apps/web/src");
const CLASS_IN_SELECTOR = /\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)/g;

/** Every class some stylesheet of the app styles, read from the CSS sources. */
function styledClasses(): Set<string> {
  const classes = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith(".css")) {
        // Selectors only: drop comments and declaration blocks (whose values may hold ".5rem").
        const css = readFileSync(file, "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/\{[^{}]*\}/g, "{}");
        for (const match of css.matchAll(CLASS_IN_SELECTOR)) classes.add(match[1]!);
      }
    }
  };
  visit(WEB_SOURCE);
  return classes;
}

let appClasses: Set<string> | undefined;

/**
 * Classes on the current page that a stylesheet of the app styles but no stylesheet loaded on this page does: a
 * page that lost the stylesheet its markup needs (stylesheets are loaded by the pages and components that use
 * them, not by every page). Readable lines, empty when every styled class has its rules.
 */
export async function unstyledClasses(page: Page): Promise<string[]> {
  appClasses ??= styledClasses();
  const { used, loaded } = await page.evaluate(() => {
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ("cssRules" in rule && (rule as CSSGroupingRule).cssRules)
          collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const used = new Set<string>();
    for (const element of Array.from(document.querySelectorAll("[class]"))) {
      for (const name of Array.from(element.classList)) used.add(name);
    }
    return { used: [...used], loaded: selectors.join(" ") };
  });
  const loadedClasses = new Set(
    [...loaded.matchAll(/\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)/g)].map((match) => match[1]!),
  );
  const missing = used.filter((name) => appClasses!.has(name) && !loadedClasses.has(name));
  return missing.length === 0 ? [] : [`${page.url()} has no rules for: ${missing.sort().join(" ")}`];
}
