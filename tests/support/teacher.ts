import { expect, type Page } from "@playwright/test";
import { signIn, signOut } from "./accounts";

export const DEMO_TEACHER = { email: "teacher@jiji.example", password: "jiji-teacher-2026" };

/** Signs in from the sign-in page and waits until the header shows the account. */
export async function signInAs(page: Page, account: { email: string; password: string }) {
  await page.goto("/signin");
  await signIn(page, account);
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
}

export async function switchAccount(page: Page, account: { email: string; password: string }) {
  await signOut(page);
  await signInAs(page, account);
}

/** `<input type="datetime-local">` text for an instant on a zone's clocks: the teacher types in their own zone. */
export function wallClockInput(instant: Date, timeZone = "Asia/Tokyo"): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
  return parts.replace(" ", "T");
}

/** Assigns a set from its own page to a class, open now and due in three days; returns the assignment id. */
export async function assignSet(page: Page, quizSetId: string, className: string): Promise<string> {
  await page.goto(`/teacher/quiz-sets/${quizSetId}`);
  await page.getByLabel("クラス", { exact: true }).selectOption({ label: className });
  const due = wallClockInput(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
  await page.getByLabel("締切日時").fill(due);
  await page.getByRole("button", { name: "課題を出す" }).click();
  await page.waitForURL(/\/teacher\/assignments\/[a-z0-9]+$/);
  return page.url().split("/").at(-1)!;
}

/** Creates a class from the teacher page; returns its id and join code as shown to the teacher. */
export async function createClassroom(page: Page, name: string): Promise<{ id: string; code: string }> {
  await page.goto("/teacher");
  await page.getByLabel("クラス名").fill(name);
  await page.getByRole("button", { name: "クラスを作成する" }).click();
  await page.waitForURL(/\/teacher\/classes\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  return { id: page.url().split("/").at(-1)!, code };
}

export async function joinWithCode(page: Page, code: string) {
  await page.goto("/classes");
  await page.getByLabel("参加コード").fill(code);
  await page.getByRole("button", { name: "参加する" }).click();
}

/** Builds a true/false-only set (quick to answer in a journey) with the given title, count and time limit. */
export async function buildTrueFalseSet(
  page: Page,
  title: string,
  count: number,
  options: { minutes?: number } = {},
): Promise<string> {
  await page.goto("/teacher/quiz-sets/new");
  await page.getByLabel("タイトル").fill(title);
  for (const label of ["4択", "穴埋め(記述)", "並べ替え", "組み合わせ", "数値"]) {
    await page.getByRole("checkbox", { name: label, exact: true }).uncheck();
  }
  await page.getByLabel("問題数(1〜50)").fill(String(count));
  if (options.minutes) await page.getByLabel("制限時間(分・任意)").fill(String(options.minutes));
  await page.getByRole("radio", { name: "提出したあと" }).check();
  await page.getByRole("button", { name: "クイズセットを保存する" }).click();
  // The builder's own URL (/teacher/quiz-sets/new) would match too: wait for the saved set's page.
  await page.waitForURL(/\/teacher\/quiz-sets\/(?!new$)[a-z0-9]+$/);
  return page.url().split("/").at(-1)!;
}
