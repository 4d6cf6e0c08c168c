import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import { BlockList, isIP } from "node:net";

/** Headers a proxy sets about the client; from anyone but a configured proxy they are the client's own claims. */
const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (IPv4 or IPv6) of the proxies in front of the app.
 * Throws with the offending entry named, so a typo stops the server instead of trusting nobody (or everybody).
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits)))
      throw new Error(`TRUSTED_PROXIES has an entry that is not an address or CIDR range: "${entry}"`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(trusted: BlockList, address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:(?=\d+\.)/, ""); // an IPv4 client seen on a dual-stack socket
  const family = isIP(plain);
  return family !== 0 && trusted.check(plain, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Decides what the app sees about where a request came from. From a peer that is not a configured proxy, every
 * forwarded header is dropped (Next.js then fills them in from the socket and the Host header). From a proxy,
 * X-Forwarded-For becomes the one client address: the right-most hop that is not itself a trusted proxy.
 */
export function guardForwardedHeaders(
  headers: IncomingHttpHeaders,
  peer: string | undefined,
  trusted: BlockList,
): void {
  if (!isTrusted(trusted, peer)) {
    for (const name of FORWARDED_HEADERS) delete headers[name];
    return;
  }
  const forwardedFor = headers["x-forwarded-for"];
  if (forwardedFor === undefined) return;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const client = hops.reverse().find((hop) => !isTrusted(trusted, hop)) ?? hops.at(-1) ?? peer;
  if (client) headers["x-forwarded-for"] = client;
}

/** The client's address for per-address limits: set from the socket or a trusted proxy by guardForwardedHeaders. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** Whether the client reached us over TLS: the socket's own, or a trusted proxy's word for it (see the guard). */
export function isHttpsRequest(headers: Headers): boolean {
  return headers.get("x-forwarded-proto") === "https";
}
