import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, signInAs } from "../support/teacher";

test("a refused quiz set says why with the schema's numbers and keeps every choice the teacher made", async ({
  page,
}) => {
  await signInAs(page, DEMO_TEACHER);
  await page.goto("/teacher/quiz-sets/new");
  await page.getByLabel("タイトル").fill("足りない問題");
  for (const label of ["4択", "穴埋め(記述)", "並べ替え", "組み合わせ", "数値"]) {
    await page.getByRole("checkbox", { name: label, exact: true }).uncheck();
  }
  // Topics read by their names, not their ids.
  const topics = page.getByRole("group", { name: "タグ" });
  await expect(topics).not.toContainText("summit-2024");
  await topics.getByRole("checkbox", { name: "2024年の首脳会談", exact: true }).check();
  const count = page.getByLabel("問題数(1〜50)");
  await count.fill("50");
  await page.getByRole("button", { name: "クイズセットを保存する" }).click();

  // The pool's size travels as a message value and is said under the field.
  await expect(page.locator(".field__error")).toHaveText(/^この条件で作れる問題は\d+問です。/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("入力内容を確認してください。");
  await expect(count).toHaveAttribute("aria-invalid", "true");
  // React resets a form after its action answers: the unticked types must stay unticked.
  await expect(page.getByRole("checkbox", { name: "4択", exact: true })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "正誤", exact: true })).toBeChecked();
  await expect(topics.getByRole("checkbox", { name: "2024年の首脳会談", exact: true })).toBeChecked();
  await expect(page.getByLabel("タイトル")).toHaveValue("足りない問題");

  // The bounds come from the schema, in the message as in the input.
  await count.fill("99");
  await page.getByRole("button", { name: "クイズセットを保存する" }).click();
  await expect(page.locator(".field__error")).toHaveText("問題数は1〜50の整数で入力してください。");
  await expect(count).toHaveAttribute("max", "50");
  await expect(page.getByLabel("タイトル")).toHaveAttribute("maxlength", "100");
});
