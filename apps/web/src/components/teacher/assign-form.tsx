import { getTranslations } from "next-intl/server";
import { toWallClockInput } from "@/lib/time-zone";
import { viewerTimeZone } from "@/server/auth/session";
import { assignQuizSetAction } from "@/server/teacher/actions";
import { ActionForm } from "../form/action-form";
import { Field, HiddenField, SelectField } from "../form/fields";

const DEFAULT_OPEN_DAYS = 7;

/**
 * Assigning a quiz set to a class, from either side: the class page fixes the class and lists the sets,
 * the set page fixes the set and lists the classes.
 */
export async function AssignForm({
  fixed,
  choose,
  now,
}: {
  fixed: { name: "classroomId" | "quizSetId"; value: string };
  choose: { name: "classroomId" | "quizSetId"; label: string; options: { value: string; label: string }[] };
  now: Date;
}) {
  // The teacher types dates on their own clocks, as every page shows them.
  const [t, timeZone] = await Promise.all([getTranslations("teacher"), viewerTimeZone()]);
  return (
    <ActionForm
      messages="teacher.errors"
      action={assignQuizSetAction}
      submitLabel={t("assign.submit")}
      pendingLabel={t("saving")}
    >
      <HiddenField name={fixed.name} value={fixed.value} />
      <SelectField name={choose.name} label={choose.label} options={choose.options} />
      <Field
        name="opensAt"
        type="datetime-local"
        label={t("assign.opensAt")}
        hint={t("assign.timeZoneHint", { zone: timeZone })}
        defaultValue={toWallClockInput(now, timeZone)}
        required
      />
      <Field
        name="dueAt"
        type="datetime-local"
        label={t("assign.dueAt")}
        defaultValue={toWallClockInput(
          new Date(now.getTime() + DEFAULT_OPEN_DAYS * 24 * 60 * 60 * 1000),
          timeZone,
        )}
        required
      />
    </ActionForm>
  );
}
