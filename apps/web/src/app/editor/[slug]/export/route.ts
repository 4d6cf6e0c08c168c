import { getDatabase } from "@jiji/db";
import { exportArticleFile } from "@/server/editor/article-file";
import { isEditor } from "@/server/editor/editor-access";
import { slugSchema } from "@/server/editor/editor-schemas";
import { findEditorArticle } from "@/server/editor/editor-store";
import { currentUser } from "@/server/session";

/** The article as a file (the content package's format and its review), for editors only. */
export async function GET(_request: Request, { params }: RouteContext<"/editor/[slug]/export">) {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const db = await getDatabase();
  if (!(await isEditor(db, user.id))) return new Response("Forbidden", { status: 403 });
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
