// Adds the demo accounts (idempotent).
import { createDatabase } from "../src/client";
import { seedDemoData } from "../src/demo-data";
import { runScript } from "./run-script";

runScript(async () => {
  const db = await createDatabase();
  await seedDemoData(db);
  await db.$disconnect();
  console.log("seeded demo data");
});
