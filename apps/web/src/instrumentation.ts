/** Runs once when the server starts: a bad configuration stops it with one readable line. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadServerConfig, ConfigError } = await import("./server/env");
  try {
    loadServerConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\nJiji cannot start: ${error.message}\n`);
    process.exit(1);
  }
}
