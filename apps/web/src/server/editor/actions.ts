"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, fieldError, formError } from "@/components/form/form-state";
import { editorFormAction } from "../auth/guards";
import { importArticleFile } from "./article-file";
import { createEditorArticle } from "./create-article";
import {
  acceptAllProposalsOperation,
  acceptProposalOperation,
  applyEditorOperation,
  discardProposalOperation,
  type OperationError,
  proposeOperation,
  publishOperation,
  removeFactOperation,
  reviewQuestionOperation,
  saveEntityOperation,
  saveFactOperation,
  unpublishOperation,
} from "./editor-operations";
import {
  articleTargetSchema,
  createArticleFormSchema,
  entityFormSchema,
  factFormSchema,
  factTargetSchema,
  importFormSchema,
  proposalTargetSchema,
  reviewFormSchema,
} from "./editor-schemas";
import { syncPublishedEditorArticles } from "./published-editor-articles";

// Every action: signed in, zod-parsed, editor flag re-read (editorFormAction); each change is written over the
// version the editor saw, so a concurrent save is reported ("versionConflict") instead of overwritten.

function outcome(
  slug: string,
  result: { ok: true; version: number } | OperationError,
  done?: string,
): FormState | undefined {
  if (!result.ok) {
    // Field errors alone mean "check the fields"; a named reason (an article check) is said above them as well.
    if (result.fieldErrors && result.reason === "checkFields") return { fieldErrors: result.fieldErrors };
    return {
      ...formError(result.reason, result.detail ? { detail: result.detail } : undefined),
      ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}),
    };
  }
  revalidatePath(`/editor/${slug}`);
  revalidatePath("/editor");
  if (done) redirect(`/editor/${slug}?step=${done}`);
  return undefined;
}

export const createArticleAction = editorFormAction(createArticleFormSchema, async (input, user, db) => {
  const created = await createEditorArticle(db, user.id, input);
  if (!created.ok) {
    const field = created.reason === "slugTaken" ? "slug" : "body";
    return fieldError(field, created.reason);
  }
  revalidatePath("/editor");
  redirect(`/editor/${created.slug}?step=facts`);
});

export const importArticleAction = editorFormAction(importFormSchema, async (input, user, db) => {
  const imported = await importArticleFile(db, user.id, input.json);
  if (!imported.ok) {
    return formError(imported.reason, imported.detail ? { detail: imported.detail } : undefined);
  }
  revalidatePath("/editor");
  redirect(`/editor/${imported.slug}`);
});

export const proposeFactsAction = editorFormAction(articleTargetSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, proposeOperation), "facts"),
);

export const acceptProposalAction = editorFormAction(proposalTargetSchema, async (input, user, db) =>
  outcome(
    input.slug,
    await applyEditorOperation(db, user.id, input, acceptProposalOperation(input.proposalId)),
  ),
);

export const acceptAllProposalsAction = editorFormAction(articleTargetSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, acceptAllProposalsOperation)),
);

export const discardProposalAction = editorFormAction(proposalTargetSchema, async (input, user, db) =>
  outcome(
    input.slug,
    await applyEditorOperation(db, user.id, input, discardProposalOperation(input.proposalId)),
  ),
);

export const saveFactAction = editorFormAction(factFormSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, saveFactOperation(input))),
);

export const removeFactAction = editorFormAction(factTargetSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, removeFactOperation(input.factId))),
);

export const saveEntityAction = editorFormAction(entityFormSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, saveEntityOperation(input))),
);

export const reviewQuestionAction = editorFormAction(reviewFormSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, reviewQuestionOperation(input))),
);

export const publishAction = editorFormAction(articleTargetSchema, async (input, user, db) => {
  const result = await applyEditorOperation(db, user.id, input, publishOperation);
  if (result.ok) await syncPublishedEditorArticles(db);
  revalidatePath("/articles");
  return outcome(input.slug, result, "publish");
});

export const unpublishAction = editorFormAction(articleTargetSchema, async (input, user, db) => {
  const result = await applyEditorOperation(db, user.id, input, unpublishOperation);
  if (result.ok) await syncPublishedEditorArticles(db);
  revalidatePath("/articles");
  return outcome(input.slug, result, "publish");
});
