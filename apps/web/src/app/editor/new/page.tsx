import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateArticleForm } from "@/components/editor/create-article-form";
import { inputLimits } from "@/components/form/input-limits";
import { requireEditor } from "@/server/auth/guards";
import { createArticleFormSchema, FORM_SOURCE_ROWS, sourceInputSchema } from "@/server/editor/editor-schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("new.title"), robots: { index: false } };
}

export default async function NewArticlePage() {
  await requireEditor("/editor/new");
  const t = await getTranslations("editor");
  return (
    <section>
      <h1>{t("new.title")}</h1>
      <CreateArticleForm
        sourceRows={FORM_SOURCE_ROWS}
        limits={inputLimits(createArticleFormSchema)}
        sourceLimits={inputLimits(sourceInputSchema)}
      />
    </section>
  );
}
