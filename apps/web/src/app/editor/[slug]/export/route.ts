import { currentEditor } from "@/server/auth/guards";
import { exportArticleFile } from "@/server/editor/article-file";
import { slugSchema } from "@/server/editor/editor-schemas";
import { findEditorArticle } from "@/server/editor/editor-store";

/** The article as a file (the content package's format and its review), for editors only. */
export async function GET(_request: Request, { params }: RouteContext<"/editor/[slug]/export">) {
  const editor = await currentEditor();
  if (!editor.ok)
    return new Response(editor.status === 401 ? "Unauthorized" : "Forbidden", { status: editor.status });
  const { db } = editor;
  const slug = slugSchema.safeParse((await params).slug);
  const row = slug.success ? await findEditorArticle(db, slug.data) : null;
  if (!row) return new Response("Not found", { status: 404 });
  return new Response(exportArticleFile(row), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${row.slug}.article.json"`,
      "cache-control": "no-store",
    },
  });
}
