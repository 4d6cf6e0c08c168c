import type { Instrumentation } from "next";
import { serverErrorLogLine } from "./server/error-log";

/** Runs once when the server starts. Node-only code sits behind the runtime check, in its own module. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./server/start-up");
  await startUp();
}

/** Every server error (page, route, action, proxy) as one JSON line carrying the request id and the digest. */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  console.error(serverErrorLogLine(error, request, context));
};
