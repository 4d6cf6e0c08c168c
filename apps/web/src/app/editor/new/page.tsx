import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateArticleForm } from "@/components/editor/create-article-form";
import { requireEditor } from "@/server/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("new.title"), robots: { index: false } };
}

export default async function NewArticlePage() {
  await requireEditor("/editor/new");
  const t = await getTranslations("editor");
  return (
    <section>
      <h1>{t("new.title")}</h1>
      <CreateArticleForm />
    </section>
  );
}
