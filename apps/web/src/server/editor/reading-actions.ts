"use server";

import { revalidatePath } from "next/cache";
import { type FormState, fieldError, formError } from "@/components/form/form-state";
import { editorFormAction } from "../auth/guards";
import { applyEditorOperation, type OperationError } from "./editor-operations";
import { syncPublishedEditorArticles } from "./published-editor-articles";
import { acceptTermOperation, saveReadingOperation } from "./reading-operations";
import { acceptTermFormSchema, readingFormSchema } from "./reading-schemas";

// Same wrapper and version rule as ./actions.ts: signed in, zod-parsed, editor flag re-read, written over the
// version the editor saw. A refusal about one field is that field's error (aria-invalid, the message under it);
// the rest (stale version, a term no longer proposed, a fact the schema refuses) are the form's.

function outcome(
  slug: string,
  result: { ok: true; version: number } | OperationError,
  fieldOf: (reason: string) => string | undefined,
): FormState | undefined {
  if (!result.ok) {
    const values = result.detail ? { detail: result.detail } : undefined;
    const field = fieldOf(result.reason);
    return field ? fieldError(field, result.reason, values) : formError(result.reason, values);
  }
  revalidatePath(`/editor/${slug}`);
  revalidatePath(`/articles/${slug}`);
  return undefined;
}

const READING_FIELDS: Record<string, "text" | "reading"> = {
  readingTextNotInArticle: "text",
  readingDoesNotLineUp: "reading",
  readingNotFound: "reading",
};

export const saveReadingAction = editorFormAction(readingFormSchema, async (input, user, db) => {
  const result = await applyEditorOperation(db, user.id, input, saveReadingOperation(input));
  // A published article takes the correction at once: the bank reloads its readings.
  if (result.ok) await syncPublishedEditorArticles(db);
  return outcome(input.slug, result, (reason) => READING_FIELDS[reason]);
});

export const acceptTermAction = editorFormAction(acceptTermFormSchema, async (input, user, db) =>
  outcome(input.slug, await applyEditorOperation(db, user.id, input, acceptTermOperation(input)), (reason) =>
    reason === "definitionUsesTerm"
      ? input.definitionJa.includes(input.term)
        ? "definitionJa"
        : "definitionEn"
      : undefined,
  ),
);
