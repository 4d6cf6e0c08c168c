import { ConfigError, loadServerConfig } from "./env";

/** A bad configuration stops the server with one readable line instead of a stack trace. */
export function checkConfigAtStart(): void {
  try {
    loadServerConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\nJiji cannot start: ${error.message}\n`);
    process.exit(1);
  }
}
