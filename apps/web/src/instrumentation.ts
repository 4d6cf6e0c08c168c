import type { Instrumentation } from "next";
import { serverErrorLogLine } from "./server/error-log";

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

/** Every server error (page, route, action, proxy) as one JSON line carrying the request id and the digest. */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(serverErrorLogLine(error, request, context));
};
