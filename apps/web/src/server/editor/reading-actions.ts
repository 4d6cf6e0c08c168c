"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "../auth/form-action";
import { editorFormAction } from "../auth/guards";
import { applyEditorOperation, type OperationError } from "./editor-operations";
import { syncPublishedEditorArticles } from "./published-editor-articles";
import { acceptTermOperation, saveReadingOperation } from "./reading-operations";
import { acceptTermFormSchema, readingFormSchema } from "./reading-schemas";

// Same wrapper and version rule as ./actions.ts: signed in, zod-parsed, editor flag re-read, written over the
// version the editor saw.

function outcome(
  slug: string,
  result: { ok: true; version: number } | OperationError,
): FormState | undefined {
  if (!result.ok) {
    return {
      formError: result.reason,
      ...(result.detail ? { formErrorValues: { detail: result.detail } } : {}),
    };
  }
  revalidatePath(`/editor/${slug}`);
  revalidatePath(`/articles/${slug}`);
  return undefined;
}

export const saveReadingAction = editorFormAction(readingFormSchema, async (input, user, db) => {
  const result = await applyEditorOperation(db, user.id, input, saveReadingOperation(input));
  // A published article takes the correction at once: the bank reloads its readings.
  if (result.ok) await syncPublishedEditorArticles(db);
  return outcome(input.slug, result);
});

export const acceptTermAction = editorFormAction(acceptTermFormSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, acceptTermOperation(input))),
);
