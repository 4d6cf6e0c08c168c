// `pnpm --filter @jiji/web run seed:demo` (run by `npm start` after `db:seed`): gives the demo accounts a few
// weeks of use. Runs the app's server code, hence `--conditions=react-server` in the package script.
import { createDatabase } from "@jiji/db";
import { seedDemoActivity } from "../src/server/demo/seed-demo-activity";

const db = await createDatabase();
try {
  const seeded = await seedDemoActivity(db);
  console.log(
    seeded.status === "seeded"
      ? `demo activity: ${seeded.answers} answers, a class and an assignment`
      : "demo activity: already there",
  );
} finally {
  await db.$disconnect();
}
