import { getArticle } from "@jiji/content/server";
import { localized } from "@/lib/localized";
import { SECTION_REF_PATTERN } from "./teacher-schemas";

// What a teacher reads for a quiz set's chosen sections: each by its article's title and heading, never an id.

/** A chosen section ("slug/section") by its article's title and its heading; an unknown one as written. */
export function sectionRefLabel(ref: string, locale: string): string {
  const [, slug, id] = SECTION_REF_PATTERN.exec(ref) ?? [];
  const article = slug ? getArticle(slug) : undefined;
  const section = article?.sections.find((candidate) => candidate.id === id);
  if (!article || !section) return ref;
  return `${localized(article.title, locale)}: ${localized(section.heading, locale)}`;
}
