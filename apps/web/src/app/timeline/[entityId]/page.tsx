import { SLUG_PATTERN } from "@jiji/content";
import { entityTimeline, getArticles } from "@jiji/content/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TimelineChart } from "@/components/reading/timeline-chart";
import { localized } from "@/lib/localized";

function entityName(entityId: string): string | undefined {
  if (!SLUG_PATTERN.test(entityId)) return undefined;
  return getArticles()
    .flatMap((article) => article.entities)
    .find((entity) => entity.id === entityId)?.name;
}

export async function generateMetadata({ params }: PageProps<"/timeline/[entityId]">): Promise<Metadata> {
  const name = entityName((await params).entityId);
  return { title: name ? (await getTranslations("reading.timeline"))("entityTitle", { name }) : undefined };
}

/** One person's, country's or document's dated facts across every article that mentions them. */
export default async function EntityTimelinePage({ params }: PageProps<"/timeline/[entityId]">) {
  const { entityId } = await params;
  const name = entityName(entityId);
  if (!name) notFound();
  const [t, locale] = await Promise.all([getTranslations("reading.timeline"), getLocale()]);
  const articles = getArticles();
  const entries = entityTimeline(articles, entityId);
  const titles = new Map(articles.map((article) => [article.slug, localized(article.title, locale)]));
  const title = t("entityTitle", { name });
  return (
    <section aria-labelledby="entity-timeline-title">
      <h1 id="entity-timeline-title">
        {t.rich("entityHeading", { name: () => <span lang="ja">{name}</span> })}
      </h1>
      <p className="muted">{t.rich("entityLead", { name: () => <span lang="ja">{name}</span> })}</p>
      <TimelineChart entries={entries} title={title} articleTitles={titles} />
    </section>
  );
}
