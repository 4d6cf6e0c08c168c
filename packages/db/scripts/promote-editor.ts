// Lets an existing account use the article editor: `pnpm --filter @jiji/db promote-editor <email>` (--demote to undo).
// Editor access is granted by whoever runs the server, never by self-service sign-up.
import { createDatabase } from "../src/client";
import { normalizeEmail } from "../src/users";
import { runScript } from "./run-script";

runScript(async () => {
  const args = process.argv.slice(2);
  const demote = args.includes("--demote");
  const email = args.find((arg) => !arg.startsWith("--"));
  if (!email) {
    console.error("usage: pnpm --filter @jiji/db promote-editor <email> [--demote]");
    process.exit(2);
  }
  const db = await createDatabase();
  const { count } = await db.user.updateMany({
    where: { email: normalizeEmail(email) },
    data: { isEditor: !demote },
  });
  await db.$disconnect();
  if (count === 0) {
    console.error(`error: no account with the email ${normalizeEmail(email)} (sign up first, then promote)`);
    process.exit(1);
  }
  console.log(`${normalizeEmail(email)} ${demote ? "may no longer" : "may now"} use the article editor.`);
});
