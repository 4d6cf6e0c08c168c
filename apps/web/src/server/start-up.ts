import { getDatabase } from "@jiji/db";
import { ConfigError, loadServerConfig, type ServerConfig } from "./env";
import { installRequestGuard } from "./request-guard";
import { scheduleMissedReviews } from "./review/schedule-missed-reviews";

/**
 * What the server does once, before it serves: a bad configuration stops it with one readable line instead of
 * a stack trace; forwarded headers are believed only from configured proxies and malformed paths refused; FSRS updates lost to a hard kill are applied. Called from instrumentation's register().
 */
export async function startUp(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadServerConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\nJiji cannot start: ${error.message}\n`);
    process.exit(1);
  }
  installRequestGuard(config.trustedProxies);
  // `next build` loads instrumentation too; the database is for the running server only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const scheduled = await scheduleMissedReviews(await getDatabase());
    if (scheduled > 0)
      console.log(`[review] scheduled ${scheduled} stored answers whose card updates were lost`);
  } catch (error) {
    // Answers are safe either way; serving matters more than catching up on review cards.
    console.error(
      `[review] could not check for missed card updates: ${(error as Error).message.split("\n")[0]}`,
    );
  }
}
