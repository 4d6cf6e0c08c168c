/** The header that carries a request's id: from the load balancer when it sends a sane one, else ours. */
export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits, dot, underscore, colon and hyphen, 8 to 128 long: UUIDs and the usual proxy ids pass;
// anything that could break a log line or a header (spaces, quotes, newlines) does not.
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming id when it is well-formed, otherwise a fresh UUID. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && WELL_FORMED_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
