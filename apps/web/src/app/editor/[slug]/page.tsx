import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FactsStep } from "@/components/editor/facts-step";
import { GlossaryStep } from "@/components/editor/glossary-step";
import { PublishStep } from "@/components/editor/publish-step";
import { QuestionsStep } from "@/components/editor/questions-step";
import { ReadingsStep } from "@/components/editor/readings-step";
import { SourceStep } from "@/components/editor/source-step";
import { requireEditor } from "@/server/auth/guards";
import { slugSchema } from "@/server/editor/editor-schemas";
import { findEditorArticle } from "@/server/editor/editor-store";

const STEPS = ["source", "facts", "readings", "glossary", "questions", "publish"] as const;
type Step = (typeof STEPS)[number];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("list.title"), robots: { index: false } };
}

export default async function EditArticlePage({ params, searchParams }: PageProps<"/editor/[slug]">) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const { db } = await requireEditor(`/editor/${slug.data}`);
  const row = await findEditorArticle(db, slug.data);
  if (!row) notFound();
  const requested = (await searchParams).step;
  const step: Step = STEPS.find((candidate) => candidate === requested) ?? "facts";
  const t = await getTranslations("editor");
  const target = { slug: row.slug, version: row.version };
  return (
    <section className="editor-article">
      <p>
        <Link href="/editor">{t("list.title")}</Link>
      </p>
      <h1 lang="ja">
        {row.title}{" "}
        <span className={`badge editor-status editor-status--${row.status}`}>
          {t(`status.${row.status}`)}
        </span>
      </h1>
      <nav aria-label={t("steps.label")} className="editor-steps">
        <ol>
          {STEPS.map((candidate) => (
            <li key={candidate}>
              <Link
                href={`/editor/${row.slug}?step=${candidate}`}
                aria-current={candidate === step ? "step" : undefined}
              >
                {t(`steps.${candidate}`)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {step === "source" && <SourceStep row={row} />}
      {step === "facts" && <FactsStep row={row} target={target} />}
      {step === "readings" && <ReadingsStep row={row} target={target} />}
      {step === "glossary" && <GlossaryStep row={row} target={target} />}
      {step === "questions" && <QuestionsStep row={row} target={target} />}
      {step === "publish" && <PublishStep row={row} target={target} />}
    </section>
  );
}
