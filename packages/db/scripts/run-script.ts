import { DatabaseUrlError } from "../src/database-url";

/** Runs a CLI body; configuration errors print one clear line instead of a stack trace. */
export function runScript(body: () => Promise<void>): void {
  body().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseUrlError) console.error(`error: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}
